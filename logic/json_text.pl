/*  json_text.pl -- JSON written exactly as Python's json.dumps writes it.

    pyenforce's results reach users through Python (`check`, the API) and
    through Prolog alone (`logic/batch.pl`, the batch engine). So that the
    two give the same lines, character for character, results are written
    here in the form of Python's json.dumps(value, ensure_ascii=False):
    ", " between items, ": " after keys, non-ASCII characters as they
    are, and in strings \" \\ \n \r \t \b \f and \u00XX for the other
    control characters -- plus \u2028 and \u2029 escaped, as
    pyenforce.output.json_line does, so that no line-splitting reader
    breaks a result.

    Values are json/1 terms (json([Key=Value, ...])), lists, strings,
    atoms (written as strings), integers, and @(true), @(false), @(null).
*/
:- module(json_text, [json_text/2, write_json_text/2]).
:- use_module(library(apply)).
:- use_module(library(lists)).

%!  json_text(+Value, -String) is det.
json_text(Value, String) :-
    with_output_to(string(String), write_json_text(current_output, Value)).

%!  write_json_text(+Stream, +Value) is det.
write_json_text(S, json(Pairs)) :- !,
    put_char(S, '{'),
    write_pairs(Pairs, S),
    put_char(S, '}').
write_json_text(S, @(C)) :- !,
    write(S, C).
write_json_text(S, List) :- is_list(List), !,
    put_char(S, '['),
    write_items(List, S),
    put_char(S, ']').
write_json_text(S, N) :- integer(N), !,
    write(S, N).
write_json_text(S, N) :- float(N), !,
    format(S, "~15g", [N]).
write_json_text(S, X) :-
    ( string(X) -> Str = X ; atom_string(X, Str) ),
    special_chars(Chars),
    (   split_string(Str, Chars, "", [_])          % nothing to escape: one scan, in C
    ->  Escaped = Str
    ;   specials(Specials),
        foldl(escape, [0'\\|Specials], Str, Escaped)
    ),
    put_char(S, '"'),
    write(S, Escaped),
    put_char(S, '"').

%   The characters to escape, the backslash first (it is in the others'
%   escapes): each is looked for by sub_string/5, in C, and replaced by
%   splitting and joining, so that a string with nothing to escape -- most
%   of them -- costs one scan per character class, not a Prolog step per
%   character.
specials([0'", 0x2028, 0x2029|Controls]) :- numlist(0, 31, Controls).

:- dynamic special_chars_/1.
special_chars(Chars) :-
    (   special_chars_(Chars) -> true
    ;   specials(Cs), string_codes(Chars0, [0'\\|Cs]),
        assertz(special_chars_(Chars0)), Chars = Chars0
    ).

escape(Code, S0, S) :-
    char_code(Ch, Code),
    (   sub_string(S0, _, _, _, Ch)
    ->  escaped_code(Code, Rep),
        atomic_list_concat(Parts, Ch, S0),
        atomic_list_concat(Parts, Rep, A),
        atom_string(A, S)
    ;   S = S0
    ).

escaped_code(0'\\, '\\\\') :- !.
escaped_code(0'", '\\"') :- !.
escaped_code(0'\n, '\\n') :- !.
escaped_code(0'\r, '\\r') :- !.
escaped_code(0'\t, '\\t') :- !.
escaped_code(8, '\\b') :- !.
escaped_code(12, '\\f') :- !.
escaped_code(C, Rep) :- format(atom(Rep), "\\u~|~`0t~16r~4+", [C]).

write_pairs([], _).
write_pairs([K=V|Ps], S) :-
    write_json_text(S, K), write(S, ': '), write_json_text(S, V),
    (   Ps == [] -> true ; write(S, ', '), write_pairs(Ps, S) ).

write_items([], _).
write_items([X|Xs], S) :-
    write_json_text(S, X),
    (   Xs == [] -> true ; write(S, ', '), write_items(Xs, S) ).
