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

:- end_tests(forum_ru).
