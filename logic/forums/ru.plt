:- begin_tests(forum_ru).
:- use_module('../testing').

ru(Origin, Date, C) :- favourable_case("RU", Origin, Date, C).

test(unfriendly_state_after_2022_needs_current_recognition) :-
    ru("US", "2022-11-15", C), outcome(C, refused), grounds(C, [no_reciprocity]).
test(same_facts_before_2022_recognised_de_jure) :-
    ru("US", "2021-12-31", C), outcome(C, recognised),
    bases(C, [ru_practice_reciprocity_de_jure]).
test(as_of_changes_the_law_applied) :-
    ru("US", "2022-11-15", C), outcome(C, "2021-12-31", recognised).
test(old_recognition_does_not_count_for_unfriendly_state) :-
    ru("US", "2022-11-15", C0),
    with_evidence(C0, _{origin_recognised_forum_judgments:[_{ref:"SDNY 2015", date:"2015-03-01"}]}, C),
    outcome(C, refused).
test(current_recognition_satisfies_post_2022_test) :-
    ru("US", "2023-06-01", C0),
    with_evidence(C0, _{origin_recognised_forum_judgments:[_{ref:"SDNY 2023", date:"2023-01-10"}]}, C),
    outcome(C, recognised), bases(C, [ru_unfriendly_state_current_reciprocity]).
test(friendly_state_after_2022_de_jure) :-
    ru("TR", "2023-06-01", C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C),
    bases(C, [ru_practice_reciprocity_de_jure]).
test(factual_reciprocity_from_knowledge_base) :-
    % Israeli courts recognised a Russian judgment in 2012 (Gazprom Transgaz Ukhta v Double K)
    ru("IL", "2019-01-01", C0), with_evidence(C0, _{origin_law_permits_recognition:false}, C),
    bases(C, [ru_practice_reciprocity_factual]).
test(ussr_treaty_with_cyprus_after_2022) :-
    % the 1984 USSR-Cyprus treaty (ch. V) binds Russia: a treaty basis,
    % which the post-2022 practice on reciprocity does not touch
    ru("CY", "2023-06-01", C), outcome(C, recognised),
    bases(C, [ru_apc_241_treaty_bilateral]).
test(no_treaty_with_france_after_2022) :-
    ru("FR", "2023-06-01", C), outcome(C, refused), grounds(C, [no_reciprocity]).
test(bilateral_treaty) :-
    ru("CN", "2019-01-01", C), bases(C, Bs), memberchk(ru_apc_241_treaty_bilateral, Bs).

ground_fires(Facts, Code) :-
    ru("TR", "2023-06-01", C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C1),
    with_facts(C1, Facts, C), grounds(C, Gs), memberchk(Code, Gs).

test(not_final) :- ground_fires(_{final:false}, not_final).
test(no_notice) :- ground_fires(_{defendant_notified:false}, no_notice).
test(not_heard) :- ground_fires(_{defendant_heard:false}, not_heard).
test(exclusive_jurisdiction) :- ground_fires(_{forum_exclusive_jurisdiction:true}, exclusive_jurisdiction).
test(sanctions) :- ground_fires(_{respondent_under_foreign_sanctions:true}, sanctions).
test(sanctions_not_before_art_248_1) :-
    ru("TR", "2019-06-01", C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C1),
    with_facts(C1, _{respondent_under_foreign_sanctions:true}, C),
    grounds(C, []).
test(conflicting_judgment) :- ground_fires(_{conflicting_judgment:true}, conflicting_judgment).
test(pending_proceedings) :- ground_fires(_{forum_proceedings_pending:true}, pending_proceedings).
test(time_limit) :- ground_fires(_{time_limit_met:false}, time_limit).
test(public_policy) :- ground_fires(_{public_policy_violation:true}, public_policy).
test(no_ground_on_favourable_facts) :-
    ru("TR", "2023-06-01", C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C),
    grounds(C, []).

test(counter_sanctions_for_an_unfriendly_applicant) :-
    ru("TR", "2023-06-01", C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C1),
    C = C1.put(parties, _{applicant:"CH"}),
    case_result(C, R), R.outcome == refused,
    memberchk(g(sanctions, ru_counter_sanctions_public_policy, _, true), R.refusal_grounds).
test(counter_sanctions_for_an_award) :-
    ru("CH", "2023-06-01", C0),
    C = C0.put(decision, _{kind:"arbitral_award"}).put(parties, _{applicant:"CH"}),
    ground_rules(C, Rs), memberchk(ru_counter_sanctions_public_policy, Rs).
test(counter_sanctions_not_before_the_list) :-
    ru("TR", "2021-06-01", C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C1),
    C = C1.put(parties, _{applicant:"CH"}), grounds(C, []).
test(counter_sanctions_not_for_a_friendly_applicant) :-
    ru("TR", "2023-06-01", C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C1),
    C = C1.put(parties, _{applicant:"TR"}), grounds(C, []).

family(Origin, Date, C) :-
    ru(Origin, Date, C0), C = C0.put(decision, _{subject:"family"}).

test(cpc_409_family_decision_on_a_treaty) :-
    family("CN", "2019-01-01", C), outcome(C, recognised), bases(C, [ru_cpc_409_treaty_bilateral]).
test(cpc_409_no_reciprocity_route_for_family) :-
    family("US", "2019-01-01", C), outcome(C, refused), grounds(C, [no_legal_basis]).
test(cpc_412_grounds_are_discretionary) :-
    family("CN", "2019-01-01", C0), with_facts(C0, _{public_policy_violation:true}, C),
    case_result(C, R), R.refusal_grounds = [g(public_policy, ru_cpc_412_1_5_public_policy, _, true)].
test(cpc_412_not_final) :-
    family("CN", "2019-01-01", C0), with_facts(C0, _{final:false}, C), grounds(C, [not_final]).
test(cpc_412_no_notice) :-
    family("CN", "2019-01-01", C0), with_facts(C0, _{defendant_notified:false}, C), grounds(C, [no_notice]).
test(cpc_412_exclusive_jurisdiction) :-
    family("CN", "2019-01-01", C0), with_facts(C0, _{forum_exclusive_jurisdiction:true}, C), grounds(C, [exclusive_jurisdiction]).
test(cpc_412_conflicting_judgment) :-
    family("CN", "2019-01-01", C0), with_facts(C0, _{conflicting_judgment:true}, C), grounds(C, [conflicting_judgment]).
test(cpc_412_pending) :-
    family("CN", "2019-01-01", C0), with_facts(C0, _{forum_proceedings_pending:true}, C), grounds(C, [pending_proceedings]).
test(cpc_412_time_limit) :-
    family("CN", "2019-01-01", C0), with_facts(C0, _{time_limit_met:false}, C), grounds(C, [time_limit]).
test(apc_grounds_not_for_family) :-
    family("CN", "2019-01-01", C0), with_facts(C0, _{final:false}, C),
    ground_rules(C, Rs), \+ memberchk(ru_apc_244_1_1_not_final, Rs).

insolvency(Origin, Date, Ev, C) :-
    ru(Origin, Date, C0), C1 = C0.put(decision, _{subject:"insolvency"}), with_evidence(C1, Ev, C).

test(insolvency_127fz_de_jure) :-
    insolvency("NL", "2019-06-01", _{origin_law_permits_recognition:true}, C),
    bases(C, [ru_127fz_1_6_reciprocity_de_jure]).
test(insolvency_127fz_factual) :-
    insolvency("BR", "2019-06-01", _{origin_law_permits_recognition:false,
        origin_recognised_forum_judgments:[_{ref:"Sao Paulo 2018", date:"2018-02-01", subject:"insolvency"}]}, C),
    bases(C, [ru_127fz_1_6_reciprocity_factual]).
test(insolvency_127fz_neither) :-
    insolvency("BR", "2019-06-01", _{origin_law_permits_recognition:false}, C),
    outcome(C, refused), grounds(C, [no_reciprocity]).
test(insolvency_127fz_unfriendly_after_2022) :-
    insolvency("NL", "2023-06-01", _{origin_law_permits_recognition:true}, C),
    outcome(C, refused).

:- end_tests(forum_ru).
