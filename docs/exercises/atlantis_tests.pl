/*  atlantis_tests.pl -- plunit tests for the fictional treaty in atlantis.pl.

        $ swipl -g run_tests -t halt logic/load.pl docs/exercises/atlantis_tests.pl

    The directive below loads atlantis.pl, found beside this file, the
    way --rules does (through the sandbox, into a module of its own).
*/
:- use_module('../../logic/testing').
:- prolog_load_context(directory, Here),
   directory_file_path(Here, 'atlantis.pl', File),
   user_rules:load_user_rules(File, _Ids).

:- begin_tests(atlantis).

brazil(Date, Case) :- favourable_case("KZ", "BR", Date, Case).

test(recognised_under_the_treaty) :-
    brazil("2024-05-01", C),
    outcome(C, recognised),
    bases(C, [kz_br_fictional_treaty]).
test(not_in_force_in_2023) :-
    brazil("2023-12-31", C),
    outcome(C, undetermined).
test(argentina_is_not_a_party) :-
    favourable_case("KZ", "AR", "2024-05-01", C),
    bases(C, Bases),
    \+ memberchk(kz_br_fictional_treaty, Bases).

:- end_tests(atlantis).
