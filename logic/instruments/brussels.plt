:- begin_tests(instrument_brussels).
:- use_module('../testing').
:- use_module('../explain').

eu(Forum, Origin, Started, Date, C) :-
    favourable_case(Forum, Origin, Date, C0),
    C = C0.put(decision, _{proceedings_started:Started}).

test(brussels_ia_fires_between_member_states) :-
    eu("FR", "IT", "2016-03-01", "2018-01-01", C),
    outcome(C, recognised), bases(C, [brussels_ia_art_36]),
    case_result(C, R), memberchk(b(treaty, null, brussels_ia, _, _), R.bases).
test(brussels_ia_not_before_10_january_2015) :-
    eu("FR", "IT", "2014-06-01", "2016-01-01", C), bases(C, [brussels_i_art_33]).
test(brussels_ia_needs_the_date_proceedings_began) :-
    favourable_case("FR", "IT", "2018-01-01", C), case_result(C, R),
    R.outcome == undetermined,
    memberchk('decision.proceedings_started', R.missing_facts).
test(brussels_ia_not_for_a_non_member) :-
    eu("FR", "US", "2016-03-01", "2018-01-01", C), bases(C, Bs),
    \+ memberchk(brussels_ia_art_36, Bs).
test(brussels_ia_not_for_insolvency) :-
    eu("FR", "IT", "2016-03-01", "2018-01-01", C0),
    C = C0.put(decision, C0.decision.put(subject, "insolvency")),
    bases(C, Bs), \+ memberchk(brussels_ia_art_36, Bs).
test(brussels_ia_for_uk_proceedings_before_2021) :-
    eu("FR", "GB", "2020-06-01", "2022-01-01", C), bases(C, [brussels_ia_art_36]).
test(brussels_ia_not_for_uk_proceedings_from_2021) :-
    eu("FR", "GB", "2021-02-01", "2022-01-01", C), bases(C, Bs),
    \+ memberchk(brussels_ia_art_36, Bs).
test(brussels_ia_denmark_by_agreement) :-
    eu("DK", "FR", "2016-03-01", "2018-01-01", C), bases(C, [brussels_ia_art_36]).
test(national_law_displaced_where_brussels_applies, [nondet]) :-
    eu("FR", "IT", "2016-03-01", "2018-01-01", C), case_result(C, R),
    rule_node(R, eu_national_law_not_modelled, N), node_extra(N, displaced_by(brussels_ia_art_36)).
test(national_law_unknown_outside_the_instruments) :-
    eu("FR", "BR", "2016-03-01", "2018-01-01", C), case_result(C, R),
    R.outcome == undetermined, R.missing_facts == [forum_national_law],
    memberchk(c('law:forum_national_law', _), R.caveats).

ground(Facts, Code, Rule) :-
    eu("FR", "IT", "2016-03-01", "2018-01-01", C0), with_facts(C0, Facts, C),
    case_result(C, R), R.outcome == refused,
    memberchk(g(Code, Rule, _, false), R.refusal_grounds).

test(public_policy) :- ground(_{public_policy_violation:true}, public_policy, brussels_ia_art_45_1_a_public_policy).
test(no_service) :- ground(_{defendant_notified:false}, no_notice, brussels_ia_art_45_1_b_no_service).
test(irreconcilable) :- ground(_{conflicting_judgment:true}, conflicting_judgment, brussels_ia_art_45_1_c_d_irreconcilable).
test(exclusive_jurisdiction) :- ground(_{forum_exclusive_jurisdiction:true}, exclusive_jurisdiction, brussels_ia_art_45_1_e_exclusive_jurisdiction).
test(not_enforceable) :- ground(_{enforceable_in_origin:false}, not_enforceable, brussels_ia_art_39_not_enforceable).
test(finality_not_required) :-
    eu("FR", "IT", "2016-03-01", "2018-01-01", C0), with_facts(C0, _{final:false}, C),
    outcome(C, recognised).
test(no_ground_on_favourable_facts) :-
    eu("FR", "IT", "2016-03-01", "2018-01-01", C), grounds(C, []).
test(brussels_i_grounds) :-
    eu("FR", "IT", "2010-03-01", "2012-01-01", C0), with_facts(C0, _{public_policy_violation:true}, C),
    ground_rules(C, Rs), memberchk(brussels_i_art_34_1_public_policy, Rs).

test(brussels_i_no_service) :-
    eu("FR", "IT", "2010-03-01", "2012-01-01", C0), with_facts(C0, _{defendant_notified:false}, C),
    ground_rules(C, [brussels_i_art_34_2_no_service]).
test(brussels_i_irreconcilable) :-
    eu("FR", "IT", "2010-03-01", "2012-01-01", C0), with_facts(C0, _{conflicting_judgment:true}, C),
    ground_rules(C, [brussels_i_art_34_3_4_irreconcilable]).
test(brussels_i_exclusive_jurisdiction) :-
    eu("FR", "IT", "2010-03-01", "2012-01-01", C0), with_facts(C0, _{forum_exclusive_jurisdiction:true}, C),
    ground_rules(C, [brussels_i_art_35_exclusive_jurisdiction]).
test(brussels_i_no_ground_on_favourable_facts) :-
    eu("FR", "IT", "2010-03-01", "2012-01-01", C), grounds(C, []).

:- end_tests(instrument_brussels).
