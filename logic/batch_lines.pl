/*  batch_lines.pl -- evaluate many cases, one JSON line each.

    The one path by which every batch is evaluated: `pyenforce batch`
    (one call per chunk of lines, in each worker), the pure-Prolog floor
    `swipl logic/batch.pl`, and the Dask adapter all call
    evaluate_line/5. Results are written by json_text.pl in the exact form
    of Python's json.dumps, so that every path, and `pyenforce check
    --format json`, gives the same lines.
*/
:- module(batch_lines,
          [ evaluate_lines/5,           % +Text, +FirstLine, +AsOf, +Options, -Out
            evaluate_lines_plain/7,     % +Text, +FirstLine, +AsOf, +Explain, +Seconds, +Inferences, -Out
            evaluate_line/5             % +Line, +LineNo, +AsOf, +Options, -Tagged
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(api).
:- use_module(case).
:- use_module(json_text).

%!  evaluate_lines(+Text, +FirstLine, +AsOf, +Options, -Out) is det.
%
%   Text holds JSON lines, the first of them line FirstLine of its file.
%   Out is an atom with one tagged line for each non-blank input line,
%   in order: "recognised\t{...}", "refused\t{...}", "undetermined\t{...}"
%   or "error\t{\"line\": N, \"error\": {...}}".

%   Results are built as strings, never atoms: atom garbage collection is
%   triggered by the number of new atoms, not their size, so a few
%   thousand atoms of a result each (tens of kilobytes with a derivation)
%   piled up between collections -- memory that grew with the input.
evaluate_lines(Text, First, AsOf, Options, Out) :-
    split_string(Text, "\n", "\r", Lines),
    foldl(tagged_line(AsOf, Options), Lines, Tagged0, First, _),
    exclude(==(""), Tagged0, Tagged),
    atomics_to_string_sep(Tagged, "\n", Out).

atomics_to_string_sep(Strings, Sep, Out) :-
    with_output_to(string(Out), write_separated(Strings, Sep)).

write_separated([], _).
write_separated([S|Ss], Sep) :-
    write(S),
    (   Ss == [] -> true ; write(Sep), write_separated(Ss, Sep) ).

%   Each line is evaluated inside findall/3, which keeps a copy of its
%   answer and backtracks: all the line's working memory is given back at
%   once, as in the floor's failure-driven loop, instead of waiting for
%   the garbage collector (over a long batch that made the difference
%   between flat memory and memory that grew).
tagged_line(AsOf, Options, Line, Tagged, N, N1) :-
    N1 is N + 1,
    (   split_string(Line, "", " \t", [""])
    ->  Tagged = ""
    ;   findall(T, evaluate_line(Line, N, AsOf, Options, T), [Tagged])
    ).

%!  evaluate_lines_plain(+Text, +FirstLine, +AsOf, +Explain, +Seconds, +Inferences, -Out) is det.
%
%   evaluate_lines/5 with every argument plain text or a number, for a
%   caller that passes them through the C interface: Explain is "true" or
%   "false", Seconds a number written as text. Out is a string.

evaluate_lines_plain(Text, First, AsOf, Explain, Seconds, Inferences, Out) :-
    plain_options(Explain, Seconds, Inferences, Options),
    evaluate_lines(Text, First, AsOf, Options, Out).

%!  evaluate_line(+Line, +LineNo, +AsOf, +Options, -Tagged) is det.
%
%   Tagged is the string "Outcome\tResultJson", or "error\tErrorJson".
%   The case id defaults to the line number.

evaluate_line(Line, N, AsOf0, Options, Tagged) :-
    number_string(N, Id),
    catch(( api:as_of_option(AsOf0, AsOf),
            case_from_json(Line, Id, Case),
            evaluate_case(Case, AsOf, Options, Json),
            Json = json(Pairs), memberchk(outcome=Outcome, Pairs),
            json_text(Json, Text),
            format(string(Tagged), "~w\t~s", [Outcome, Text]) ),
          E,
          ( api:error_json(E, json([error=Err])),
            json_text(json([line=N, error=Err]), ErrText),
            string_concat("error\t", ErrText, Tagged) )).
