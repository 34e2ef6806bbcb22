/*  pairs.pl -- time the role swap: every pair of modelled forums.

        swipl bench/pairs.pl [Repeat]

    Each case is a favourable money judgment of one modelled forum's
    courts, to be recognised in another's, on two dates, so that every
    de jure reciprocity question is put to the origin's own rules with
    the roles swapped (answered by tabling, logic/explain.pl). Prints the
    mean time per case with the derivation, and the same for origins
    whose law is not modelled (no role swap), measured in the same run.
    Speed is measured here, never asserted in tests.
*/
:- initialization(main, main).
:- use_module('../logic/load').
:- use_module('../logic/testing').

main :-
    current_prolog_flag(argv, Argv),
    (   Argv = [A|_], atom_number(A, Repeat) -> true ; Repeat = 5 ),
    Forums = ["KZ", "RU", "CN", "DE", "GB", "US-NY", "US-TX", "FR"],
    Others = ["BR", "IN", "TH", "AE", "KR", "JP", "SG", "TR"],
    Dates = ["2015-01-01", "2023-06-01"],
    findall(F-O-D, ( member(F, Forums), member(O, Forums), \+ states:same_country(F, O),   % else not foreign
                     member(D, Dates) ), Swapped),
    findall(F-O-D, ( member(F, Forums), member(O, Others), member(D, Dates) ), Plain),
    per_case(Swapped, Repeat, MsS),
    per_case(Plain, Repeat, MsP),
    length(Swapped, NS), length(Plain, NP),
    Ratio is MsS / MsP,
    format("origin a modelled forum (role swap): ~w cases, ~3f ms a case~n", [NS, MsS]),
    format("origin not modelled:                 ~w cases, ~3f ms a case~n", [NP, MsP]),
    format("ratio: ~2f~n", [Ratio]).

per_case(Triples, Repeat, Ms) :-
    statistics(cputime, T0),
    forall(between(1, Repeat, _),
           forall(member(F-O-D, Triples),
                  ( favourable_case(F, O, D, C), case_result(C, R), _ = R.outcome ))),
    statistics(cputime, T1),
    length(Triples, N),
    Ms is (T1 - T0) * 1000 / (Repeat * N).
