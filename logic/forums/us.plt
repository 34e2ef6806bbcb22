:- begin_tests(forum_us).
:- use_module('../testing').

ny(Origin, Date, C) :- favourable_case("US-NY", Origin, Date, C).

test(money_judgment_recognised_under_1970_text) :-
    ny("DE", "2019-06-01", C), outcome(C, recognised),
    bases(C, [us_ufmjra1962_money_judgment]).
test(money_judgment_recognised_under_2021_text) :-
    ny("DE", "2022-06-01", C), bases(C, [us_ufcmjra2005_s3_money_judgment]).
test(no_reciprocity_required) :-
    ny("CN", "2019-06-01", C0), with_evidence(C0, _{origin_law_permits_recognition:false}, C),
    outcome(C, recognised).
test(systemic_due_process_mandatory_1970) :-
    ny("CN", "2019-06-01", C0), with_facts(C0, _{origin_system_impartial:false}, C),
    case_result(C, R), R.outcome == refused,
    R.refusal_grounds = [g(systemic_due_process, us_ufmjra1962_s4_a_1_system, _, false)].
test(systemic_due_process_mandatory_2005) :-
    ny("CN", "2022-06-01", C0), with_facts(C0, _{origin_system_impartial:false}, C),
    ground_rules(C, [us_ufcmjra2005_s4_b_1_system]).
test(systemic_due_process_needs_proof_by_resisting_party) :-
    ny("CN", "2022-06-01", C0), without_facts(C0, [origin_system_impartial], C),
    case_result(C, R), R.outcome == recognised,
    memberchk(origin_system_impartial, R.assumptions).
test(applicant_must_prove_finality) :-
    ny("CN", "2022-06-01", C0), without_facts(C0, [final], C),
    case_result(C, R), R.outcome == undetermined, R.missing_facts == [final].

ground(Date, Facts, Code, Disc) :-
    ny("DE", Date, C0), with_facts(C0, Facts, C), case_result(C, R),
    memberchk(g(Code, _, _, Disc), R.refusal_grounds).

test(no_jurisdiction) :- ground("2019-06-01", _{origin_had_jurisdiction:false}, no_jurisdiction, false),
                         ground("2022-06-01", _{origin_had_jurisdiction:false}, no_jurisdiction, false).
test(no_notice_discretionary) :- ground("2019-06-01", _{defendant_notified:false}, no_notice, true),
                                 ground("2022-06-01", _{defendant_notified:false}, no_notice, true).
test(fraud_discretionary) :- ground("2019-06-01", _{fraud:true}, fraud, true),
                             ground("2022-06-01", _{fraud:true}, fraud, true).
test(public_policy_discretionary) :- ground("2019-06-01", _{public_policy_violation:true}, public_policy, true),
                                     ground("2022-06-01", _{public_policy_violation:true}, public_policy, true).
test(conflicting_judgment_discretionary) :- ground("2019-06-01", _{conflicting_judgment:true}, conflicting_judgment, true),
                                            ground("2022-06-01", _{conflicting_judgment:true}, conflicting_judgment, true).
test(due_process_of_the_proceeding_2005) :- ground("2022-06-01", _{defendant_heard:false}, not_heard, true).

ground_rule(Date, Facts, Rule) :-
    ny("DE", Date, C0), with_facts(C0, Facts, C), ground_rules(C, Rules), memberchk(Rule, Rules).
no_ground_rule(Date, Facts, Rule) :-
    ny("DE", Date, C0), with_facts(C0, Facts, C), ground_rules(C, Rules), \+ memberchk(Rule, Rules).

test(forum_agreement_1962) :-
    ground_rule("2019-06-01", _{proceedings_contrary_to_forum_agreement:true}, us_ufmjra1962_s4_b_5_forum_agreement),
    no_ground_rule("2019-06-01", _{proceedings_contrary_to_forum_agreement:false}, us_ufmjra1962_s4_b_5_forum_agreement).
test(inconvenient_forum_1962) :-
    ground_rule("2019-06-01", _{origin_seriously_inconvenient_forum:true}, us_ufmjra1962_s4_b_6_inconvenient_forum),
    no_ground_rule("2019-06-01", _{}, us_ufmjra1962_s4_b_6_inconvenient_forum).
test(forum_agreement_2005, [nondet]) :-
    ground_rule("2022-06-01", _{proceedings_contrary_to_forum_agreement:true}, us_ufcmjra2005_s4_c_5_forum_agreement),
    no_ground_rule("2022-06-01", _{}, us_ufcmjra2005_s4_c_5_forum_agreement),
    % discretionary, and under the code of a want of jurisdiction
    ny("DE", "2022-06-01", C0), with_facts(C0, _{proceedings_contrary_to_forum_agreement:true}, C),
    case_result(C, R), memberchk(g(no_jurisdiction, us_ufcmjra2005_s4_c_5_forum_agreement, _, true), R.refusal_grounds).
test(inconvenient_forum_2005) :-
    ground_rule("2022-06-01", _{origin_seriously_inconvenient_forum:true}, us_ufcmjra2005_s4_c_6_inconvenient_forum),
    no_ground_rule("2022-06-01", _{origin_seriously_inconvenient_forum:false}, us_ufcmjra2005_s4_c_6_inconvenient_forum).
test(integrity_of_the_rendering_court_2005_only) :-
    ground_rule("2022-06-01", _{origin_court_integrity_doubtful:true}, us_ufcmjra2005_s4_c_7_integrity),
    no_ground_rule("2019-06-01", _{origin_court_integrity_doubtful:true}, us_ufcmjra2005_s4_c_7_integrity).
test(no_ground_on_favourable_facts) :- ny("DE", "2022-06-01", C), grounds(C, []).

defamation(Date, Facts, C) :-
    ny("GB", Date, C0), C1 = C0.put(decision, _{subject:"defamation"}), with_facts(C1, Facts, C).

test(speech_act_refuses_defamation) :-
    defamation("2012-01-01", _{speech_protection_adequate:false}, C),
    grounds(C, Gs), memberchk(free_speech, Gs),
    ground_rules(C, Rs), memberchk(us_speech_act_4102, Rs).
test(speech_act_burden_on_the_applicant) :-
    defamation("2012-01-01", _{}, C), case_result(C, R),
    R.outcome == undetermined, R.missing_facts == [speech_protection_adequate].
test(speech_act_satisfied) :-
    defamation("2012-01-01", _{speech_protection_adequate:true}, C), outcome(C, recognised).
test(speech_act_not_before_2010) :-
    defamation("2009-01-01", _{speech_protection_adequate:false}, C),
    ground_rules(C, Rs), \+ memberchk(us_speech_act_4102, Rs).
test(comity_for_non_money) :-
    ny("DE", "2022-06-01", C0), C = C0.put(decision, _{subject:"non_money"}),
    bases(C, [us_comity_non_money]).
test(tax_judgment_has_no_basis) :-
    ny("DE", "2022-06-01", C0), C = C0.put(decision, _{subject:"tax"}),
    outcome(C, refused), grounds(C, [no_legal_basis]).
test(plain_us_follows_the_2005_act) :-
    favourable_case("US", "DE", "2019-06-01", C), bases(C, [us_ufcmjra2005_s3_money_judgment]).

%  Texas before its 1985 Act: no statute, so comity (Hilton v. Guyot).
tx_comity(Facts, C) :-
    favourable_case("US-TX", "DE", "1980-06-01", C0), with_facts(C0, Facts, C).

test(comity_where_no_act) :-
    tx_comity(_{}, C), outcome(C, recognised), bases(C, [us_comity_money]).
test(comity_not_where_an_act_applies) :-
    favourable_case("US-TX", "DE", "1990-06-01", C), bases(C, [us_ufmjra1962_money_judgment]).
test(comity_system) :- tx_comity(_{origin_system_impartial:false}, C), ground_rules(C, [us_comity_hilton_system]).
test(comity_jurisdiction) :- tx_comity(_{origin_had_jurisdiction:false}, C), ground_rules(C, [us_comity_hilton_jurisdiction]).
test(comity_fraud) :- tx_comity(_{fraud:true}, C), ground_rules(C, [us_comity_hilton_fraud]).
test(comity_public_policy) :- tx_comity(_{public_policy_violation:true}, C), ground_rules(C, [us_comity_public_policy]).
test(comity_no_ground_on_favourable_facts) :- tx_comity(_{}, C), grounds(C, []).

fl(Ev, C) :- favourable_case("US-FL", "BR", "2010-06-01", C0), with_evidence(C0, Ev, C).

test(florida_reciprocity_ground) :-
    fl(_{origin_law_permits_recognition:false}, C), case_result(C, R),
    R.outcome == refused,
    R.refusal_grounds = [g(no_reciprocity, us_fl_55_605_2_g_reciprocity, _, true)].
test(florida_reciprocity_shown) :-
    fl(_{origin_law_permits_recognition:true}, C), outcome(C, recognised).
test(florida_reciprocity_unknown_is_the_resisting_partys_loss) :-
    fl(_{}, C), case_result(C, R), R.outcome == recognised,
    memberchk(origin_law_permits_recognition, R.assumptions).
test(texas_reciprocity_ground) :-
    favourable_case("US-TX", "BR", "2018-06-01", C0),
    with_evidence(C0, _{origin_law_permits_recognition:false}, C),
    ground_rules(C, [us_tx_reciprocity]).
test(texas_reciprocity_shown) :-
    favourable_case("US-TX", "BR", "2018-06-01", C0),
    with_evidence(C0, _{origin_law_permits_recognition:true}, C), grounds(C, []).
test(ny_switch_2021_not_heard_only_under_the_2005_act) :-
    % the same facts, before and after New York's June 2021 switch
    favourable_case("US-NY", "DE", "2021-06-01", C0), with_facts(C0, _{defendant_heard:false}, C),
    outcome(C, recognised), outcome(C, "2021-07-01", refused).

:- end_tests(forum_us).
