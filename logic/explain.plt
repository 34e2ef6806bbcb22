:- begin_tests(explain).
:- use_module(testing).
:- use_module(explain).
:- use_module(case).

%  Strong Kleene connectives, and the burden of proof through them.

test(and_or_not) :-
    explain:and_values([true, unknown], unknown),
    explain:and_values([unknown, false], false),
    explain:or_values([false, unknown], unknown),
    explain:or_values([unknown, true], true),
    explain:not_value(unknown, unknown).

test(unknown_applicant_fact_leaves_outcome_undetermined) :-
    favourable_case("KZ", "NL", "2023-03-01", C0),
    with_evidence(C0, _{origin_law_permits_recognition:true}, C1),
    without_facts(C1, [final], C),
    case_result(C, R),
    R.outcome == undetermined,
    R.missing_facts == [final].

test(unknown_resisting_fact_is_assumed_not_established) :-
    favourable_case("KZ", "NL", "2023-03-01", C0),
    with_evidence(C0, _{origin_law_permits_recognition:true}, C1),
    without_facts(C1, [public_policy_violation], C),
    case_result(C, R),
    R.outcome == recognised,
    R.assumptions == [public_policy_violation].

test(missing_facts_name_only_what_the_outcome_turns_on) :-
    % refused for a mandatory ground: the unknown time limit does not matter
    favourable_case("KZ", "NL", "2023-03-01", C0),
    with_evidence(C0, _{origin_law_permits_recognition:true}, C1),
    with_facts(C1, _{forum_exclusive_jurisdiction:true}, C2),
    without_facts(C2, [time_limit_met], C),
    case_result(C, R),
    R.outcome == refused,
    R.missing_facts == [].

test(failed_branches_are_kept, [nondet]) :-
    favourable_case("RU", "US", "2022-11-15", C),
    case_result(C, R),
    rule_node(R, ru_practice_reciprocity_de_jure, N),
    node_value(N, false).

test(not_in_force_rule_is_shown_and_fails, [nondet]) :-
    favourable_case("CN", "TH", "2016-06-01", C),
    case_result(C, R),
    rule_node(R, cn_nanning_statement_presumed_reciprocity, N),
    node_value(N, false),
    node_extra(N, not_in_force('2017-06-08', open)).

test(unknown_goal_is_an_error_not_false, [throws(error(existence_error(legal_goal, no_such_goal_xyz), _))]) :-
    favourable_case("KZ", "NL", "2023-03-01", C),
    case_from_dict(C, "t", Case),
    with_case(Case, application_date, (begin_explanation, prove(no_such_goal_xyz, _))).

:- end_tests(explain).
