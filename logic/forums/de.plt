:- begin_tests(forum_de).
:- use_module('../testing').

de(Origin, Date, C) :- favourable_case("DE", Origin, Date, C).
%  Brazil: not a modelled forum, nothing on its law in the knowledge base,
%  and bound by no instrument with Germany.
br_case(C) :- de("BR", "2021-01-01", C).
with_subject(C0, Subject, C) :-
    (   get_dict(decision, C0, D0) -> true ; D0 = _{} ),
    C = C0.put(decision, D0.put(subject, Subject)).
recognitions(Items, _{origin_recognised_forum_judgments:Items}).

                 /*******************************
                 *      RECIPROCITY, DE JURE    *
                 *******************************/

test(de_jure_from_knowledge_base) :-
    % US law permits recognising money judgments without reciprocity (kb/foreign_law.pl)
    de("US", "2021-01-01", C), outcome(C, recognised),
    bases(C, [de_zpo_328_1_5_reciprocity_de_jure]).
test(de_jure_from_evidence) :-
    br_case(C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C),
    outcome(C, recognised), bases(C, [de_zpo_328_1_5_reciprocity_de_jure]).
test(de_jure_does_not_fire) :-
    br_case(C0), with_evidence(C0, _{origin_law_permits_recognition:false}, C),
    outcome(C, refused), grounds(C, [no_reciprocity]).
test(de_jure_yields_to_a_practice_of_refusal) :-
    % BGHZ 49, 50: the origin's practice comes before its statute
    br_case(C0),
    with_evidence(C0, _{origin_law_permits_recognition:true,
                        origin_refused_forum_judgments:[_{ref:"Sao Paulo 2019", date:"2019-05-01", for_lack_of_reciprocity:true}]}, C),
    outcome(C, refused), grounds(C, [no_reciprocity]).
test(unknown_reciprocity_is_undetermined) :-
    br_case(C), case_result(C, R),
    R.outcome == undetermined, R.missing_facts == [origin_law_permits_recognition].

                 /*******************************
                 *      RECIPROCITY, FACTUAL    *
                 *******************************/

test(factual_fires) :-
    br_case(C0), recognitions([_{ref:"STJ 2015", date:"2015-03-01"}], Ev),
    with_evidence(C0, Ev.put(origin_law_permits_recognition, false), C),
    outcome(C, recognised), bases(C, [de_zpo_328_1_5_reciprocity_factual]).
test(factual_ignores_later_evidence) :-
    br_case(C0), recognitions([_{ref:"STJ 2023", date:"2023-03-01"}], Ev),
    with_evidence(C0, Ev.put(origin_law_permits_recognition, false), C),
    outcome(C, refused), grounds(C, [no_reciprocity]).

                 /*******************************
                 *      S. 328(2) NON-PECUNIARY *
                 *******************************/

test(non_pecuniary_claim_needs_no_reciprocity) :-
    br_case(C0), with_subject(C0, "non_money", C),
    case_result(C, R), R.outcome == recognised,
    bases(C, [de_zpo_328_2_non_pecuniary]),
    memberchk(c('de:no_german_forum', _), R.caveats).
test(money_claim_is_not_non_pecuniary) :-
    br_case(C0), with_evidence(C0, _{origin_law_permits_recognition:false}, C),
    bases(C, Bs), \+ memberchk(de_zpo_328_2_non_pecuniary, Bs),
    outcome(C, refused).

                 /*******************************
                 *           RUSSIA             *
                 *******************************/

test(russia_reciprocity_not_guaranteed) :-
    de("RU", "2019-01-01", C), outcome(C, refused), grounds(C, [no_reciprocity]).
test(russian_law_permitting_is_not_enough) :-
    % OLG Hamburg 6 U 152/11 (2016), BGH IX ZR 195/16 (2018)
    de("RU", "2019-01-01", C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C),
    case_result(C, R), R.outcome == refused,
    once(rule_node(R, de_zpo_328_1_5_reciprocity_de_jure, node(_, _, _, _, false, _, _, _))).
test(russian_law_counted_before_the_first_finding) :-
    de("RU", "2003-06-01", C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C),
    bases(C, [de_zpo_328_1_5_reciprocity_de_jure]).
test(russian_recognition_weighed_by_the_finding_does_not_count) :-
    de("RU", "2019-01-01", C0), recognitions([_{ref:"Moscow AC 2015", date:"2015-06-01"}], Ev),
    with_evidence(C0, Ev, C), outcome(C, refused).
test(russian_recognition_after_the_finding_counts) :-
    de("RU", "2019-01-01", C0), recognitions([_{ref:"Moscow AC 2017", date:"2017-06-01"}], Ev),
    with_evidence(C0, Ev, C), bases(C, [de_zpo_328_1_5_reciprocity_factual]).

                 /*******************************
                 *    CHINA, UNITED STATES, KZ  *
                 *******************************/

test(chinese_money_judgment_2021_recognised_de_jure) :-
    % LG Saarbruecken refused on 16 Apr 2021. The model: China's own rules,
    % the roles swapped, recognise a German money judgment on factual
    % reciprocity, KG Berlin having recognised a Chinese one in 2006; the
    % Chinese recognitions of German insolvency decisions (2013, 2023) do
    % not weigh for a money judgment.
    de("CN", "2021-04-16", C), case_result(C, R),
    R.outcome == recognised, bases(C, [de_zpo_328_1_5_reciprocity_de_jure]),
    once(rule_node(R, law_of_origin, node(_, _, _, _, true, _, _, _))),
    once(rule_node(R, cn_cpl_299_reciprocity_factual, node(_, _, _, _, true, _, _, _))),
    memberchk(c(de_zpo_328_1_5_reciprocity_de_jure, _), R.caveats).
test(chinese_insolvency_recognitions_do_not_show_money_reciprocity) :-
    de("CN", "2021-04-16", C), bases(C, Bs),
    \+ memberchk(de_zpo_328_1_5_reciprocity_factual, Bs).
test(chinese_money_judgment_before_kg_berlin_refused) :-
    de("CN", "2005-01-01", C), outcome(C, refused), grounds(C, [no_reciprocity]).
test(kazakh_judgment_circular_reciprocity) :-
    % each state waits for the other to go first
    de("KZ", "2021-01-01", C), case_result(C, R),
    R.outcome == refused, once(rule_node(R, reciprocity_cycle, _)).

                 /*******************************
                 *        SUBJECT TO            *
                 *******************************/

test(brussels_ia_displaces_the_national_route) :-
    de("FR", "2021-01-01", C0),
    C1 = C0.put(decision, _{proceedings_started:"2019-01-01"}),
    with_facts(C1, _{public_policy_violation:true}, C),
    bases(C, Bs), \+ ( member(B, Bs), sub_atom(B, 0, _, _, de_) ),
    ground_rules(C, Rs), \+ memberchk(de_zpo_328_1_4_public_policy, Rs).

                 /*******************************
                 *      GROUNDS OF REFUSAL      *
                 *******************************/

us_case(C) :- de("US", "2021-01-01", C).
ground_fires(Facts, Code) :-
    us_case(C0), with_facts(C0, Facts, C),
    grounds(C, Gs), memberchk(Code, Gs), outcome(C, refused).
ground_silent_without(Fact, Code) :-
    us_case(C0), without_facts(C0, [Fact], C),
    grounds(C, Gs), \+ memberchk(Code, Gs).

test(no_jurisdiction) :- ground_fires(_{origin_had_jurisdiction:false}, no_jurisdiction).
test(no_jurisdiction_silent_when_shown) :-
    us_case(C), grounds(C, Gs), \+ memberchk(no_jurisdiction, Gs).
test(no_jurisdiction_unknown_is_the_applicants_burden) :-
    us_case(C0), without_facts(C0, [origin_had_jurisdiction], C), case_result(C, R),
    R.outcome == undetermined, R.missing_facts == [origin_had_jurisdiction].
test(no_notice) :- ground_fires(_{defendant_notified:false}, no_notice).
test(no_notice_must_be_invoked) :-
    ground_silent_without(defendant_notified, no_notice).
test(conflicting_judgment) :- ground_fires(_{conflicting_judgment:true}, conflicting_judgment).
test(conflicting_judgment_silent) :-
    ground_silent_without(conflicting_judgment, conflicting_judgment).
test(pending_proceedings) :- ground_fires(_{forum_proceedings_pending:true}, pending_proceedings).
test(pending_proceedings_silent) :-
    ground_silent_without(forum_proceedings_pending, pending_proceedings).
test(public_policy) :- ground_fires(_{public_policy_violation:true}, public_policy).
test(public_policy_silent) :-
    ground_silent_without(public_policy_violation, public_policy).
test(not_final) :- ground_fires(_{final:false}, not_final).
test(not_final_silent_when_final) :-
    us_case(C), grounds(C, Gs), \+ memberchk(not_final, Gs).
test(not_final_unknown_is_the_applicants_burden) :-
    us_case(C0), without_facts(C0, [final], C), case_result(C, R),
    R.outcome == undetermined, R.missing_facts == [final].
test(no_reciprocity) :-
    br_case(C0), with_evidence(C0, _{origin_law_permits_recognition:false}, C),
    ground_rules(C, [de_zpo_328_1_5_no_reciprocity]).
test(no_reciprocity_silent_when_a_basis_holds) :-
    us_case(C), grounds(C, Gs), \+ memberchk(no_reciprocity, Gs).
test(every_ground_mandatory) :-
    us_case(C0),
    with_facts(C0, _{origin_had_jurisdiction:false, defendant_notified:false,
                     conflicting_judgment:true, forum_proceedings_pending:true,
                     public_policy_violation:true, final:false}, C),
    case_result(C, R), length(R.refusal_grounds, 6),
    forall(member(g(_, _, _, D), R.refusal_grounds), D == false).
test(no_ground_on_favourable_facts) :-
    us_case(C), grounds(C, []).

:- end_tests(forum_de).
