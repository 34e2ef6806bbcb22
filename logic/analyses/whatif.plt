:- begin_tests(whatif).
:- use_module(library(http/json)).
:- use_module(library(readutil)).
:- use_module(library(apply)).
:- use_module(library(lists)).

example_text(Name, Text) :-
    module_property(whatif, file(F)), file_directory_name(F, Dir),
    atomic_list_concat([Dir, '/../../examples/', Name, '.json'], Path),
    read_file_to_string(Path, Text, [encoding(utf8)]).

run(Text, Options, J) :-
    whatif:whatif_json(Text, "", Options, Out),
    atom_json_dict(Out, J, [value_string_as(string)]).

changes(A, Cs) :-
    findall(Key=To, ( member(C, A.changes), atom_string(Key, C.key), To = C.to ), Cs).

kz_only_final_false(T) :-
    T = "{\"origin\":\"NL\",\"forum\":\"KZ\",\"application_date\":\"2023-03-01\",\"facts\":{\"final\":false,\"enforceable_in_origin\":true,\"defendant_notified\":true,\"defendant_heard\":true,\"origin_had_jurisdiction\":true,\"forum_exclusive_jurisdiction\":false,\"conflicting_judgment\":false,\"time_limit_met\":true},\"evidence\":{\"origin_law_permits_recognition\":true}}".
kz_in_de(T) :-
    T = "{\"origin\":\"KZ\",\"forum\":\"DE\",\"application_date\":\"2023-03-01\",\"facts\":{\"final\":true,\"enforceable_in_origin\":true,\"defendant_notified\":true,\"defendant_heard\":true,\"origin_had_jurisdiction\":true}}".
de_in_kz(T) :-
    T = "{\"origin\":\"DE\",\"forum\":\"KZ\",\"application_date\":\"2023-03-01\",\"facts\":{\"final\":true,\"enforceable_in_origin\":true,\"defendant_notified\":true,\"defendant_heard\":true,\"origin_had_jurisdiction\":true,\"time_limit_met\":true}}".
ua_in_de_hague(T) :-
    T = "{\"origin\":\"UA\",\"forum\":\"DE\",\"application_date\":\"2024-06-01\",\"decision\":{\"proceedings_started\":\"2023-10-01\"},\"facts\":{\"final\":true,\"enforceable_in_origin\":true,\"defendant_notified\":true,\"defendant_heard\":true,\"origin_had_jurisdiction\":true}}".
ua_in_de_no_date(T) :-
    T = "{\"origin\":\"UA\",\"forum\":\"DE\",\"application_date\":\"2024-06-01\",\"facts\":{\"final\":true,\"enforceable_in_origin\":true,\"defendant_notified\":true,\"defendant_heard\":true,\"origin_had_jurisdiction\":true}}".

test(single_failing_condition_first) :-
    kz_only_final_false(T), run(T, "", J),
    J.outcome == "refused", J.target == "recognised",
    J.answers = [A|_],
    A.size == 1, changes(A, ['facts.final'=true]),
    A.outcome == "recognised".

test(us_ru_post_2022_recognition_first) :-
    example_text('us-ru-2023', T), run(T, "", J),
    J.outcome == "refused",
    J.answers = [A|_], A.size == 1,
    [C] = A.changes,
    C.kind == "evidence", C.key == "evidence.origin_recognised_forum_judgments",
    C.op == "add", C.to.date @>= "2022-02-28",
    A.outcome == "recognised",
    memberchk(B, A.bases), B.rule == "ru_unfriendly_state_current_reciprocity".

test(recognised_case_turns_refused_by_fraud) :-
    ua_in_de_hague(T), run(T, "{\"max_results\": 100}", J),
    J.outcome == "recognised", J.target == "refused",
    member(A, J.answers), changes(A, ['facts.fraud'=true]), !,
    A.outcome == "refused",
    memberchk(G, A.refusal_grounds), G.ground == "fraud".

test(a_missing_proceedings_date_is_set_to_the_instruments_start) :-
    ua_in_de_no_date(T), run(T, "", J),
    J.outcome == "undetermined",
    J.answers = [A|_], changes(A, ['decision.proceedings_started'="2023-09-01"]).

test(answers_are_minimal) :-
    forall(( member(N, ['us-ru-2023', 'nl-kz-2023', 'th-cn-2024', 'jp-cn-2022', 'cn-usny-2020']),
             example_text(N, T)
           ; member(G, [kz_in_de, de_in_kz, ua_in_de_hague, ua_in_de_no_date]), call(G, T) ),
           ( run(T, "{\"max_size\": 3, \"max_results\": 100}", J),
             maplist(changes, J.answers, Sets),
             forall(( select(S1, Sets, Rest), member(S2, Rest) ),
                    \+ subset(S1, S2)) )).

test(smallest_first_and_bounded) :-
    example_text('nl-kz-2023', T),
    run(T, "{\"max_results\": 3}", J),
    length(J.answers, 3), J.exhausted == false,
    run(T, "{\"max_size\": 1, \"max_results\": 100}", J1),
    forall(member(A, J1.answers), A.size == 1),
    ua_in_de_hague(U), run(U, "{\"max_size\": 2, \"max_results\": 100}", J2),
    findall(S, ( member(A2, J2.answers), S = A2.size ), Sizes),
    msort(Sizes, Sizes).

test(circular_reciprocity_is_named_and_broken) :-
    kz_in_de(T), run(T, "", J),
    J.outcome == "refused",
    J.cycle.between == ["DE", "KZ"],
    maplist(changes, J.answers, Sets),
    memberchk(['evidence.origin_law_permits_recognition'=true], Sets),
    memberchk(['evidence.origin_recognised_forum_judgments'=_], Sets).

test(an_arrangement_breaks_the_cycle_where_the_forum_accepts_one) :-
    de_in_kz(T), run(T, "", J),
    J.cycle \== null,
    maplist(changes, J.answers, Sets),
    memberchk(['evidence.reciprocity_arrangements'=_], Sets),
    kz_in_de(T2), run(T2, "", J2),
    maplist(changes, J2.answers, Sets2),
    \+ memberchk(['evidence.reciprocity_arrangements'=_], Sets2).

test(candidates_come_from_the_derivation) :-
    example_text('us-ru-2023', T), run(T, "", J),
    J.candidates == 1, J.evaluations =< 2.

test(explain_gives_each_answer_its_derivation) :-
    example_text('us-ru-2023', T), run(T, "{\"explain\": true}", J),
    J.answers = [A|_],
    A.derivation.rule == "recognition_and_enforcement",
    A.derivation.holds == true.

test(bad_options_are_case_errors) :-
    example_text('us-ru-2023', T),
    run(T, "{\"max_size\": 0}", J), J.error.kind == "case", J.error.key == "max_size",
    run(T, "{\"max_results\": \"many\"}", J2), J2.error.key == "max_results",
    run(T, "not json", J3), J3.error.kind == "case".

test(bad_case_is_a_case_error) :-
    run("{\"origin\":\"XX\",\"forum\":\"KZ\",\"application_date\":\"2020-01-01\"}", "", J),
    J.error.kind == "case", J.error.key == "origin".

:- end_tests(whatif).
