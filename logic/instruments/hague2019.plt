:- begin_tests(instrument_hague2019).
:- use_module('../testing').
:- use_module('../explain').

hague(Forum, Origin, Started, Date, C) :-
    favourable_case(Forum, Origin, Date, C0),
    C = C0.put(decision, _{proceedings_started:Started}).

test(applies_for_proceedings_after_entry_into_force) :-
    hague("FR", "UA", "2023-10-01", "2024-06-01", C),
    outcome(C, recognised), bases(C, [hague2019_art_4]).
test(not_for_proceedings_before_entry_into_force, [nondet]) :-
    hague("FR", "UA", "2023-08-01", "2024-06-01", C),
    case_result(C, R), R.outcome == undetermined,
    rule_node(R, hague2019_art_4, N), node_value(N, false).
test(uk_from_1_july_2025) :-
    hague("FR", "GB", "2025-07-01", "2026-01-01", C), bases(C, [hague2019_art_4]).
test(uk_not_for_proceedings_before_1_july_2025) :-
    hague("FR", "GB", "2025-06-30", "2026-01-01", C), bases(C, Bs),
    \+ memberchk(hague2019_art_4, Bs).
test(uruguay_from_1_october_2024) :-
    hague("FR", "UY", "2024-10-01", "2025-06-01", C), bases(C, [hague2019_art_4]).
test(not_between_member_states) :-
    hague("FR", "IT", "2024-01-01", "2025-01-01", C), bases(C, [brussels_ia_art_36]).
test(not_for_a_non_party) :-
    hague("FR", "US", "2024-01-01", "2025-01-01", C), bases(C, Bs),
    \+ memberchk(hague2019_art_4, Bs).
test(not_for_defamation) :-
    hague("FR", "UA", "2023-10-01", "2024-06-01", C0),
    C = C0.put(decision, C0.decision.put(subject, "defamation")),
    bases(C, Bs), \+ memberchk(hague2019_art_4, Bs).
test(jurisdictional_filter_required) :-
    hague("FR", "UA", "2023-10-01", "2024-06-01", C0),
    with_facts(C0, _{origin_had_jurisdiction:false}, C), bases(C, Bs),
    \+ memberchk(hague2019_art_4, Bs).

ground(Facts, Code, Rule) :-
    hague("FR", "UA", "2023-10-01", "2024-06-01", C0), with_facts(C0, Facts, C),
    case_result(C, R), memberchk(g(Code, Rule, _, true), R.refusal_grounds).

test(notice) :- ground(_{defendant_notified:false}, no_notice, hague2019_art_7_1_a_notice).
test(fraud) :- ground(_{fraud:true}, fraud, hague2019_art_7_1_b_fraud).
test(public_policy) :- ground(_{public_policy_violation:true}, public_policy, hague2019_art_7_1_c_public_policy).
test(not_heard) :- ground(_{defendant_heard:false}, not_heard, hague2019_art_7_1_c_not_heard).
test(inconsistent) :- ground(_{conflicting_judgment:true}, conflicting_judgment, hague2019_art_7_1_e_f_inconsistent).
test(pending) :- ground(_{forum_proceedings_pending:true}, pending_proceedings, hague2019_art_7_2_pending).
test(forum_agreement) :-
    ground(_{proceedings_contrary_to_forum_agreement:true}, no_jurisdiction, hague2019_art_7_1_d_forum_agreement).
test(forum_agreement_unknown_is_not_shown) :-
    hague("FR", "UA", "2023-10-01", "2024-06-01", C), case_result(C, R),
    \+ memberchk(g(_, hague2019_art_7_1_d_forum_agreement, _, _), R.refusal_grounds).
test(no_ground_on_favourable_facts) :-
    hague("FR", "UA", "2023-10-01", "2024-06-01", C), grounds(C, []).

:- end_tests(instrument_hague2019).
