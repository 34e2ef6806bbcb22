/*  batch.pl -- the pure-Prolog batch engine: the floor of every ratio.

        swipl logic/batch.pl IN.jsonl [--explain] [--as-of DATE] > OUT.jsonl

    Reads IN.jsonl one line at a time, evaluates each case with the same
    rules and the same entry (batch_lines:evaluate_line/5) as `pyenforce
    batch`, and writes one result line for each good input line, in
    order. A bad line is reported on standard error with its number, and
    the others go on; the summary goes to standard error. Exit status 2
    when a line was bad.
*/
:- initialization(main, main).
:- use_module(library(main)).
:- use_module(library(readutil)).
:- use_module(library(http/json)).

:- prolog_load_context(directory, Dir),
   atom_concat(Dir, '/load.pl', Load),
   use_module(Load).
:- use_module(batch_lines).

main(Argv) :-
    argv_options(Argv, Files, Opts),
    (   Files = [File] -> true
    ;   format(user_error, "usage: swipl logic/batch.pl IN.jsonl [--explain] [--as-of DATE]~n", []),
        halt(2)
    ),
    (   memberchk(explain(true), Opts) -> Explain = true ; Explain = false ),
    (   memberchk('as-of'(AsOf0), Opts) -> atom_string(AsOf0, AsOf) ; AsOf = "" ),
    Options = [explain(Explain)],
    get_time(T0),
    setup_call_cleanup(open(File, read, In, [encoding(utf8)]),
                       lines(In, File, 1, AsOf, Options, counts(0, 0, 0, 0), Counts),
                       close(In)),
    get_time(T1),
    Counts = counts(R, F, U, E),
    Total is R + F + U,
    Rate is Total / max(T1 - T0, 1.0e-9),
    format(user_error, "~D recognised, ~D refused, ~D undetermined, ~D bad lines; ~0f cases/s~n",
           [R, F, U, E, Rate]),
    (   E > 0 -> halt(2) ; true ).

lines(In, File, N, AsOf, Options, C0, C) :-
    read_line_to_string(In, Line),
    (   Line == end_of_file
    ->  C = C0
    ;   (   split_string(Line, "", " \t\r", [""])
        ->  C1 = C0
        ;   evaluate_line(Line, N, AsOf, Options, Tagged),
            sub_string(Tagged, B, 1, A, "\t"), !,
            sub_string(Tagged, 0, B, _, Tag),
            sub_string(Tagged, _, A, 0, Json),
            (   Tag == "error"
            ->  error_message(File, N, Json, Message),
                format(user_error, "pyenforce: error: ~s~n", [Message])
            ;   format("~s~n", [Json])
            ),
            count(Tag, C0, C1)
        ),
        N1 is N + 1,
        lines(In, File, N1, AsOf, Options, C1, C)
    ).

%   The message of the CLI: FILE:LINE: key "K": expected E, found F.
error_message(File, N, Json, Message) :-
    atom_json_dict(Json, Dict, []),
    Err = Dict.error,
    (   Err.kind == "case"
    ->  (   Err.key == "" -> KeyPart = "" ; format(string(KeyPart), "key \"~s\": ", [Err.key]) ),
        (   Err.found == "" -> Found = "" ; format(string(Found), ", found ~s", [Err.found]) ),
        format(string(Message), "~w:~d: ~sexpected ~s~s", [File, N, KeyPart, Err.expected, Found])
    ;   format(string(Message), "~w:~d: ~s", [File, N, Err.message])
    ).

count("recognised", counts(R, F, U, E), counts(R1, F, U, E)) :- R1 is R + 1.
count("refused", counts(R, F, U, E), counts(R, F1, U, E)) :- F1 is F + 1.
count("undetermined", counts(R, F, U, E), counts(R, F, U1, E)) :- U1 is U + 1.
count("error", counts(R, F, U, E), counts(R, F, U, E1)) :- E1 is E + 1.
