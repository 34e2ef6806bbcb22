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

evaluate_lines(Text, First, AsOf, Options, Out) :-
    split_string(Text, "\n", "\r", Lines),
    foldl(tagged_line(AsOf, Options), Lines, Tagged0, First, _),
    exclude(==(""), Tagged0, Tagged),
    atomic_list_concat(Tagged, '\n', Out).

tagged_line(AsOf, Options, Line, Tagged, N, N1) :-
    N1 is N + 1,
    (   split_string(Line, "", " \t", [""])
    ->  Tagged = ""
    ;   evaluate_line(Line, N, AsOf, Options, Tagged)
    ).

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
            atomic_list_concat([Outcome, '\t', Text], Tagged0),
            atom_string(Tagged0, Tagged) ),
          E,
          ( api:error_json(E, json([error=Err])),
            json_text(json([line=N, error=Err]), ErrText),
            string_concat("error\t", ErrText, Tagged) )).
