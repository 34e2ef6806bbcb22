:- begin_tests(forum_cn).
:- use_module('../testing').

cn(Origin, Date, C) :- favourable_case("CN", Origin, Date, C).

test(nanning_presumption_not_before_the_statement) :-
    cn("TH", "2016-06-01", C), outcome(C, refused), grounds(C, [no_reciprocity]).
test(nanning_presumption_after_the_statement) :-
    cn("TH", "2018-06-01", C), outcome(C, recognised),
    bases(C, [cn_nanning_statement_presumed_reciprocity]).
test(nanning_presumption_defeated_by_a_refusal) :-
    cn("TH", "2018-06-01", C0),
    with_evidence(C0, _{origin_refused_forum_judgments:[_{ref:"Bangkok 2017", date:"2017-09-01", for_lack_of_reciprocity:true}]}, C),
    outcome(C, refused).
test(summary_2022_de_jure_not_before_it) :-
    % English law permits recognising Chinese money judgments (knowledge base);
    % the UK has signed no Belt and Road cooperation document
    cn("GB", "2021-06-01", C0), with_facts(C0, _{origin_belt_and_road_partner:false}, C),
    outcome(C, refused).
test(summary_2022_de_jure_after_it) :-
    cn("GB", "2022-06-01", C), outcome(C, recognised),
    bases(C, [cn_summary_2022_de_jure_reciprocity]).
test(bri_2015_first_step_on_a_commitment) :-
    cn("CL", "2016-06-01", C0),
    with_evidence(C0, _{reciprocity_arrangements:[_{ref:"SPC-CL memorandum", date:"2016-01-01"}],
                        origin_law_permits_recognition:false}, C),
    bases(C, [cn_bri_2015_first_step]).
test(bri_2015_not_before_july_2015) :-
    cn("CL", "2015-06-01", C0),
    with_evidence(C0, _{reciprocity_arrangements:[_{ref:"SPC-CL memorandum", date:"2015-01-01"}],
                        origin_law_permits_recognition:false}, C),
    outcome(C, refused).
test(bri_2019_presumption_for_a_partner) :-
    cn("CL", "2020-06-01", C0),
    with_evidence(C0, _{origin_law_permits_recognition:false}, C1),
    with_facts(C1, _{origin_belt_and_road_partner:true}, C),
    bases(C, [cn_bri_2019_presumed_reciprocity]).
test(bri_2019_not_before_december_2019) :-
    cn("CL", "2019-06-01", C0),
    with_evidence(C0, _{origin_law_permits_recognition:false}, C1),
    with_facts(C1, _{origin_belt_and_road_partner:true}, C),
    outcome(C, refused).
test(bri_2019_partnership_unknown_is_for_the_applicant) :-
    cn("CL", "2020-06-01", C0),
    with_evidence(C0, _{origin_law_permits_recognition:false}, C),
    case_result(C, R), R.outcome == undetermined,
    R.missing_facts == [origin_belt_and_road_partner].
test(bri_2019_defeated_by_a_refusal) :-
    % Japanese courts refused Chinese judgments for lack of reciprocity
    cn("JP", "2021-12-01", C0), with_facts(C0, _{origin_belt_and_road_partner:true}, C),
    outcome(C, refused).
test(summary_2022_consensual) :-
    cn("KR", "2022-06-01", C0),
    with_evidence(C0, _{reciprocity_arrangements:[_{ref:"SPC-KR memorandum", date:"2016-06-01"}],
                        origin_law_permits_recognition:false}, C),
    bases(C, Bs), memberchk(cn_summary_2022_consensual_reciprocity, Bs).
%  The SPC-Singapore Memorandum of Guidance (31 Aug 2018) is an
%  arrangement of the knowledge base: the 2022 Summary counts it for a
%  money judgment, not before the memorandum's date, not for insolvency.
test(memorandum_of_guidance_is_consensual_reciprocity, [nondet]) :-
    cn("SG", "2023-06-01", C), case_result(C, R),
    findall(Id, member(b(_, _, _, Id, _), R.bases), Ids),
    memberchk(cn_summary_2022_consensual_reciprocity, Ids),
    rule_node(R, cn_summary_2022_consensual_reciprocity, node(_, _, _, _, true, _, Kids, _)),
    member(K, Kids),
    sub_node_text(K, 'kb:arrangement', Text, Cite),
    sub_string(Text, _, _, _, "Memorandum of Guidance"),
    sub_string(Cite, _, _, _, "shiplawlog").
test(memorandum_of_guidance_not_before_its_date) :-
    cn("SG", "2018-06-01", C), bases(C, Ids),
    \+ memberchk(cn_bri_2015_first_step, Ids).
test(memorandum_of_guidance_speaks_only_to_money_judgments) :-
    cn("SG", "2023-06-01", C0), C = C0.put(decision, _{kind:"judgment", subject:"non_money"}),
    bases(C, Ids),
    \+ memberchk(cn_summary_2022_consensual_reciprocity, Ids).
test(factual_reciprocity) :-
    % Hubei Gezhouba v Robinson Helicopter (C.D. Cal. 2009)
    cn("US", "2017-06-01", C), bases(C, [cn_cpl_299_reciprocity_factual]).
test(factual_reciprocity_needs_an_earlier_precedent) :-
    cn("US", "2009-01-01", C), outcome(C, refused).
test(insolvency_de_jure) :-
    cn("JP", "2021-12-01", C0), C = C0.put(decision, _{subject:"insolvency"}),
    bases(C, [cn_ebl_5_reciprocity_de_jure]).
test(insolvency_factual_from_a_civil_recognition) :-
    % the Wuhan IPC (2013) relied on KG Berlin's 2006 recognition of a money judgment
    cn("DE", "2013-11-01", C0), C1 = C0.put(decision, _{subject:"insolvency"}),
    with_evidence(C1, _{origin_law_permits_recognition:false}, C),
    bases(C, [cn_ebl_5_reciprocity_factual]).
test(insolvency_factual_needs_a_recognition) :-
    cn("CL", "2013-11-01", C0), C1 = C0.put(decision, _{subject:"insolvency"}),
    with_evidence(C1, _{origin_law_permits_recognition:false}, C),
    outcome(C, refused).
test(civil_refusals_do_not_weigh_on_insolvency) :-
    cn("JP", "2021-12-01", C0), C1 = C0.put(decision, _{subject:"insolvency"}),
    with_evidence(C1, _{origin_refused_forum_judgments:[_{ref:"Osaka HC 2003", date:"2003-04-09", subject:"non_money", for_lack_of_reciprocity:true}]}, C),
    outcome(C, recognised).
test(japanese_money_judgment_refused) :-
    cn("JP", "2021-12-01", C), outcome(C, refused), grounds(C, [no_reciprocity]).
test(treaty_known_only_from_a_list, [nondet]) :-
    % Poland: the treaty's judgment clause is confirmed, its date of entry
    % into force is not: taken as in force from the list of 1 Feb 2023
    cn("PL", "2024-01-01", C), case_result(C, R),
    findall(Id, member(b(_, _, _, Id, _), R.bases), Ids),
    memberchk(cn_cpl_299_treaty_bilateral, Ids),
    memberchk(c('kb:bilateral_treaty', _), R.caveats).
test(treaty_known_only_from_a_list_may_be_in_force_before, [nondet]) :-
    % before the list, whether the treaty was in force is unknown, not
    % false: the outcome is undetermined, and the caveat says why
    cn("PL", "2020-01-01", C0), with_facts(C0, _{origin_belt_and_road_partner:false}, C),
    case_result(C, R),
    R.outcome == undetermined,
    R.missing_facts == [treaty_in_force],
    memberchk(c('kb:bilateral_treaty', _), R.caveats),
    rule_node(R, 'kb:bilateral_treaty', node(_, _, Text, _, unknown, _, _, _)),
    sub_string(Text, _, _, _, "may already have been in force on 2020-01-01").
test(a_treaty_signed_later_is_not_in_doubt_before) :-
    % the UAE treaty was signed on 21 Apr 2004: not in force before it
    cn("AE", "2003-01-01", C), case_result(C, R),
    \+ memberchk(treaty_in_force, R.missing_facts),
    rule_node(R, 'kb:bilateral_treaty', node(_, _, Text, _, false, _, _, _)),
    sub_string(Text, _, _, _, "known to be in force only from 2023-02-01").
test(bilateral_treaty) :-
    cn("KZ", "2020-01-01", C), bases(C, [cn_cpl_299_treaty_bilateral]).
test(treaty_without_judgment_clause_is_no_basis) :-
    cn("SG", "2015-01-01", C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C),
    bases(C, Bs), \+ memberchk(cn_cpl_299_treaty_bilateral, Bs).

ground_fires(Date, Facts, Code) :-
    cn("KZ", Date, C0), with_facts(C0, Facts, C), grounds(C, Gs), memberchk(Code, Gs).
ground_silent(Date, Facts, Code) :-
    cn("KZ", Date, C0), with_facts(C0, Facts, C), grounds(C, Gs), \+ memberchk(Code, Gs).

test(not_final) :- ground_fires("2020-01-01", _{final:false}, not_final).
test(public_policy) :- ground_fires("2020-01-01", _{public_policy_violation:true}, public_policy).
test(time_limit) :- ground_fires("2020-01-01", _{time_limit_met:false}, time_limit).
test(time_limit_of_1991_before_april_2008) :-
    % the same ground under the 1991 text (one year, or six months)
    cn("KZ", "2005-01-01", C0), with_facts(C0, _{time_limit_met:false}, C),
    ground_rules(C, Rs), memberchk(cn_cpl_1991_219_time_limit, Rs),
    \+ memberchk(cn_cpl_250_time_limit, Rs).
test(time_limit_of_1991_met) :-
    cn("KZ", "2005-01-01", C), ground_rules(C, Rs),
    \+ memberchk(cn_cpl_1991_219_time_limit, Rs).
test(chinese_law_before_1991_is_not_modelled) :-
    cn("KZ", "1990-06-01", C), case_result(C, R),
    R.outcome == undetermined,
    R.missing_facts == [forum_earlier_law],
    memberchk(c('law:forum_earlier_law', _), R.caveats).
test(no_notice_before_2024) :- ground_fires("2020-01-01", _{defendant_notified:false}, no_notice).
test(no_notice_from_2024) :- ground_fires("2024-06-01", _{defendant_notified:false}, no_notice).
test(not_heard_from_2024) :- ground_fires("2024-06-01", _{defendant_heard:false}, not_heard).
test(fraud_from_2024) :- ground_fires("2024-06-01", _{fraud:true}, fraud).
test(fraud_not_a_listed_ground_before_2024) :- ground_silent("2023-06-01", _{fraud:true}, fraud).
test(no_jurisdiction_from_2024) :- ground_fires("2024-06-01", _{origin_had_jurisdiction:false}, no_jurisdiction).
test(no_jurisdiction_not_before_2024) :- ground_silent("2023-06-01", _{origin_had_jurisdiction:false}, no_jurisdiction).
test(exclusive_jurisdiction_from_2024) :- ground_fires("2024-06-01", _{forum_exclusive_jurisdiction:true}, exclusive_jurisdiction).
test(conflicting_judgment_from_2024) :- ground_fires("2024-06-01", _{conflicting_judgment:true}, conflicting_judgment).
test(pending_proceedings_discretionary) :-
    cn("KZ", "2024-06-01", C0), with_facts(C0, _{forum_proceedings_pending:true}, C),
    case_result(C, R), memberchk(g(pending_proceedings, _, _, true), R.refusal_grounds).

sub_node_text(N, Id, Text, Cite) :-
    testing:sub_node(N, node(Id, _, Text, Cite, _, _, _, _)).

:- end_tests(forum_cn).
