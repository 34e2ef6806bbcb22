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
    put_char(S, '"'),
    string_codes(Str, Codes),
    maplist(write_code(S), Codes),
    put_char(S, '"').

write_pairs([], _).
write_pairs([K=V|Ps], S) :-
    write_json_text(S, K), write(S, ': '), write_json_text(S, V),
    (   Ps == [] -> true ; write(S, ', '), write_pairs(Ps, S) ).

write_items([], _).
write_items([X|Xs], S) :-
    write_json_text(S, X),
    (   Xs == [] -> true ; write(S, ', '), write_items(Xs, S) ).

write_code(S, 0'") :- !, write(S, '\\"').
write_code(S, 0'\\) :- !, write(S, '\\\\').
write_code(S, 0'\n) :- !, write(S, '\\n').
write_code(S, 0'\r) :- !, write(S, '\\r').
write_code(S, 0'\t) :- !, write(S, '\\t').
write_code(S, 8) :- !, write(S, '\\b').
write_code(S, 12) :- !, write(S, '\\f').
write_code(S, C) :- C < 32, !, format(S, "\\u~|~`0t~16r~4+", [C]).
write_code(S, 0x2028) :- !, write(S, '\\u2028').
write_code(S, 0x2029) :- !, write(S, '\\u2029').
write_code(S, C) :- put_code(S, C).
