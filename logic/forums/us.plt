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

:- end_tests(forum_us).
