:- begin_tests(forum_gb).
:- use_module('../testing').

gb(Origin, Date, C) :- favourable_case("GB", Origin, Date, C).
us_case(C) :- gb("US", "2024-06-01", C).
au_case(C) :- gb("AU", "2024-06-01", C).

%  The bases.

test(us_money_judgment_recognised_at_common_law) :-
    us_case(C), outcome(C, recognised), bases(C, [gb_common_law_action]).
test(no_reciprocity_required) :-
    us_case(C0), with_evidence(C0, _{origin_law_permits_recognition:false}, C),
    outcome(C, recognised).
test(common_law_needs_jurisdiction_by_english_rules) :-
    us_case(C0), with_facts(C0, _{origin_had_jurisdiction:false}, C),
    outcome(C, refused), bases(C, []), grounds(C, [no_legal_basis]).
test(applicant_must_prove_finality) :-
    us_case(C0), without_facts(C0, [final], C),
    case_result(C, R), R.outcome == undetermined, R.missing_facts == [final].
test(applicant_must_prove_jurisdiction) :-
    us_case(C0), without_facts(C0, [origin_had_jurisdiction], C),
    case_result(C, R), R.outcome == undetermined, R.missing_facts == [origin_had_jurisdiction].
test(non_money_judgment_has_no_basis) :-
    us_case(C0), C = C0.put(decision, _{subject:"non_money"}),
    outcome(C, refused), grounds(C, [no_legal_basis]),
    ground_rules(C, [gb_no_legal_basis]).
test(tax_judgment_has_no_basis) :-
    au_case(C0), C = C0.put(decision, _{subject:"tax"}),
    outcome(C, refused), grounds(C, [no_legal_basis]).
test(no_legal_basis_not_for_money_judgment) :-
    us_case(C), grounds(C, Gs), \+ memberchk(no_legal_basis, Gs).

test(australian_judgment_registered_under_1933_act) :-
    au_case(C), outcome(C, recognised), bases(C, [gb_fjrea_1933_registration]).
test(indian_judgment_registered_under_1933_act) :-
    gb("IN", "2024-06-01", C), outcome(C, recognised), bases(C, [gb_fjrea_1933_registration]),
    case_result(C, R), memberchk(c('kb:gb_registration:fjrea_1933', _), R.caveats).
test(the_1933_act_displaces_the_common_law_action) :-
    au_case(C), case_result(C, R),
    once(rule_node(R, gb_common_law_action, N)), N = node(_, _, _, _, false, _, _, Extra),
    memberchk(displaced_by(gb_fjrea_1933_registration), Extra).
test(the_1933_act_does_not_reach_a_us_judgment) :-
    us_case(C), bases(C, Bs), \+ memberchk(gb_fjrea_1933_registration, Bs).
test(the_1933_act_needs_finality_proved) :-
    au_case(C0), without_facts(C0, [final], C),
    case_result(C, R), R.outcome == undetermined, R.missing_facts == [final].

test(new_zealand_judgment_under_1920_act_and_common_law) :-
    gb("NZ", "2024-06-01", C), outcome(C, recognised),
    bases(C, Bs), msort(Bs, [gb_aja_1920_registration, gb_common_law_action]).
test(the_1920_act_barred_where_original_court_lacked_jurisdiction) :-
    gb("NZ", "2024-06-01", C0), with_facts(C0, _{origin_had_jurisdiction:false}, C),
    bases(C, []), outcome(C, refused).
test(the_1920_act_does_not_reach_a_us_judgment) :-
    us_case(C), bases(C, Bs), \+ memberchk(gb_aja_1920_registration, Bs).

%  The common-law defences: each fires on a US judgment when the
%  defendant proves it, and is not established when nothing is said
%  (the defendant's burden).

common_ground(Facts, Code, Rule) :-
    us_case(C0), with_facts(C0, Facts, C), case_result(C, R),
    R.outcome == refused,
    memberchk(g(Code, Rule, _, false), R.refusal_grounds).

common_ground_assumed(Fact, Code) :-
    us_case(C0), without_facts(C0, [Fact], C), case_result(C, R),
    R.outcome == recognised, memberchk(Fact, R.assumptions),
    \+ memberchk(g(Code, _, _, _), R.refusal_grounds).

test(fraud) :- common_ground(_{fraud:true}, fraud, gb_common_law_fraud).
test(fraud_not_assumed) :- common_ground_assumed(fraud, fraud).
test(public_policy) :- common_ground(_{public_policy_violation:true}, public_policy, gb_common_law_public_policy).
test(public_policy_not_assumed) :- common_ground_assumed(public_policy_violation, public_policy).
test(no_notice) :- common_ground(_{defendant_notified:false}, no_notice, gb_common_law_no_notice).
test(no_notice_not_assumed) :- common_ground_assumed(defendant_notified, no_notice).
test(natural_justice) :- common_ground(_{defendant_heard:false}, not_heard, gb_common_law_natural_justice).
test(natural_justice_not_assumed) :- common_ground_assumed(defendant_heard, not_heard).
test(res_judicata) :- common_ground(_{conflicting_judgment:true}, conflicting_judgment, gb_common_law_res_judicata).
test(res_judicata_not_assumed) :- common_ground_assumed(conflicting_judgment, conflicting_judgment).
test(partial_court) :- common_ground(_{origin_system_impartial:false}, systemic_due_process, gb_common_law_partial_court).
test(partial_court_not_assumed) :- common_ground_assumed(origin_system_impartial, systemic_due_process).
test(limitation) :- common_ground(_{time_limit_met:false}, time_limit, gb_limitation_act_1980_s24).
test(limitation_not_assumed) :- common_ground_assumed(time_limit_met, time_limit).

test(russian_judgment_of_a_partial_court_refused) :-
    gb("RU", "2024-06-01", C0), with_facts(C0, _{origin_system_impartial:false}, C),
    case_result(C, R), R.outcome == refused,
    R.bases = [b(domestic_law, null, null, gb_common_law_action, _)],
    R.refusal_grounds = [g(systemic_due_process, gb_common_law_partial_court, _, false)].
test(russian_judgment_otherwise_recognised) :-
    gb("RU", "2024-06-01", C), outcome(C, recognised).
test(no_ground_on_favourable_facts) :- us_case(C), grounds(C, []).

%  The 1933 Act's grounds: each fires on an Australian judgment, and
%  gives way to the common-law defence on a US judgment; the common-law
%  defences give way to it (s. 6).

act_ground(Facts, Code, Rule, Disc) :-
    au_case(C0), with_facts(C0, Facts, C), case_result(C, R),
    R.outcome == refused,
    R.refusal_grounds = [g(Code, Rule, _, Disc)].

not_for_us_judgment(Facts, Rule) :-
    us_case(C0), with_facts(C0, Facts, C), ground_rules(C, Rs),
    \+ memberchk(Rule, Rs).

test(s4_jurisdiction) :-
    act_ground(_{origin_had_jurisdiction:false}, no_jurisdiction, gb_fjrea_1933_s4_1_a_ii_jurisdiction, false).
test(s4_jurisdiction_not_for_us_judgment) :-
    not_for_us_judgment(_{origin_had_jurisdiction:false}, gb_fjrea_1933_s4_1_a_ii_jurisdiction).
test(s4_notice) :-
    act_ground(_{defendant_notified:false}, no_notice, gb_fjrea_1933_s4_1_a_iii_notice, false).
test(s4_notice_not_for_us_judgment) :-
    not_for_us_judgment(_{defendant_notified:false}, gb_fjrea_1933_s4_1_a_iii_notice).
test(s4_fraud) :-
    act_ground(_{fraud:true}, fraud, gb_fjrea_1933_s4_1_a_iv_fraud, false).
test(s4_fraud_not_for_us_judgment) :-
    not_for_us_judgment(_{fraud:true}, gb_fjrea_1933_s4_1_a_iv_fraud).
test(s4_public_policy) :-
    act_ground(_{public_policy_violation:true}, public_policy, gb_fjrea_1933_s4_1_a_v_public_policy, false).
test(s4_public_policy_not_for_us_judgment) :-
    not_for_us_judgment(_{public_policy_violation:true}, gb_fjrea_1933_s4_1_a_v_public_policy).
test(s4_prior_judgment_discretionary) :-
    act_ground(_{conflicting_judgment:true}, conflicting_judgment, gb_fjrea_1933_s4_1_b_prior_judgment, true).
test(s4_prior_judgment_not_for_us_judgment) :-
    not_for_us_judgment(_{conflicting_judgment:true}, gb_fjrea_1933_s4_1_b_prior_judgment).
test(s2_time_limit) :-
    act_ground(_{time_limit_met:false}, time_limit, gb_fjrea_1933_s2_1_time_limit, false).
test(s2_time_limit_not_for_us_judgment) :-
    not_for_us_judgment(_{time_limit_met:false}, gb_fjrea_1933_s2_1_time_limit).
test(s2_time_limit_is_for_the_applicant) :-
    au_case(C0), without_facts(C0, [time_limit_met], C),
    case_result(C, R), R.outcome == undetermined, R.missing_facts == [time_limit_met].
%  Under the 1933 Act a partial court can be raised only as public policy
%  (s. 4(1)(a)(v)); the common-law defence gives way.
test(partial_court_defence_displaced_by_the_1933_act) :-
    au_case(C0), with_facts(C0, _{origin_system_impartial:false}, C),
    outcome(C, recognised), grounds(C, []).

:- end_tests(forum_gb).
