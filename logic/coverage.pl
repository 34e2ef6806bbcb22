/*  coverage.pl -- do the tests make every basis and ground hold and fail?

        swipl -g coverage:main -t halt logic/load.pl logic/coverage.pl

    Runs every plunit test with the explainer recording each rule it
    applies and the value it reached, then lists each rule for a legal
    basis or a ground of refusal that no test made hold, or no test made
    fail. Exit status 1 when any is listed.
*/
:- module(coverage, [main/0, untested_rules/1]).
:- use_module(library(plunit)).
:- use_module(explain).

main :-
    record_rule_outcomes,
    load_test_files([]),
    (   run_tests -> true ; format(user_error, "plunit: some tests failed~n", []) ),
    untested_rules(Gaps),
    (   Gaps == []
    ->  format("every basis and ground rule both holds and fails in some test~n")
    ;   forall(member(Id-Missing, Gaps),
               format("~w: no test where it ~w~n", [Id, Missing])),
        halt(1)
    ).

%!  untested_rules(-Gaps) is det.
%
%   Gaps lists Id-Missing for each basis or ground rule lacking a
%   recorded outcome: Missing is 'holds', 'fails' or 'holds or fails'.

untested_rules(Gaps) :-
    findall(Id-Missing,
            ( law:rule(Id, Meta, Head, _),
              ( Head = legal_basis(_, _) ; Head = refusal_ground(_, _) ),
              missing(Id, Meta, Missing) ),
            Gaps).

%   A placeholder rule (placeholder(true): the forum's unmodelled national
%   law) never holds by design; its "holds" is its being unknown.
missing(Id, Meta, Missing) :-
    (   memberchk(placeholder(true), Meta) -> Holds = unknown ; Holds = true ),
    (   recorded_rule_outcome(Id, Holds) -> T = yes ; T = no ),
    (   recorded_rule_outcome(Id, false) -> F = yes ; F = no ),
    missing_words(T, F, Missing).

missing_words(no, no, 'holds or fails').
missing_words(no, yes, holds).
missing_words(yes, no, fails).
