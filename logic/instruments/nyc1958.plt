:- begin_tests(instrument_nyc1958).
:- use_module('../testing').

award(Forum, Seat, Date, C) :-
    favourable_case(Forum, Seat, Date, C0),
    C1 = C0.put(decision, _{kind:"arbitral_award"}),
    with_facts(C1, _{arbitration_agreement_valid:true, award_within_submission:true,
                     tribunal_properly_constituted:true, arbitrable:true}, C).

test(award_recognised) :-
    award("KZ", "GB", "2020-01-01", C), outcome(C, recognised), bases(C, [nyc1958_art_iii]).
test(award_in_every_modelled_forum) :-
    forall(member(F, ["KZ", "RU", "CN", "US-NY", "FR"]),
           ( award(F, "CH", "2020-01-01", C), bases(C, [nyc1958_art_iii]) )).
test(reciprocity_reservation_bars_award_from_non_party) :-
    % China applies the Convention only to awards made in Contracting States;
    % no non-party seat is modelled with a date, so take a seat not in the table
    award("CN", "TW", "2020-01-01", C), outcome(C, refused), grounds(C, [no_legal_basis]).
test(no_reservation_no_bar) :-
    award("KZ", "TW", "2020-01-01", C), outcome(C, recognised).
test(judgment_rules_not_weighed_for_an_award) :-
    award("RU", "GB", "2020-01-01", C), case_result(C, R),
    \+ rule_node(R, ru_apc_244_1_1_not_final, _).
test(finality_is_the_resisting_partys_burden) :-
    award("KZ", "GB", "2020-01-01", C0), without_facts(C0, [final], C),
    case_result(C, R), R.outcome == recognised, memberchk(final, R.assumptions).

ground(Facts, Code, Disc) :-
    award("KZ", "GB", "2020-01-01", C0), with_facts(C0, Facts, C),
    case_result(C, R), memberchk(g(Code, _, _, Disc), R.refusal_grounds).

test(invalid_agreement) :- ground(_{arbitration_agreement_valid:false}, invalid_arbitration_agreement, true).
test(notice) :- ground(_{defendant_notified:false}, no_notice, true).
test(not_heard) :- ground(_{defendant_heard:false}, not_heard, true).
test(beyond_submission) :- ground(_{award_within_submission:false}, beyond_submission, true).
test(irregular_tribunal) :- ground(_{tribunal_properly_constituted:false}, irregular_tribunal, true).
test(not_binding) :- ground(_{final:false}, not_final, true).
test(not_arbitrable) :- ground(_{arbitrable:false}, not_arbitrable, true).
test(public_policy) :- ground(_{public_policy_violation:true}, public_policy, true).
test(no_ground_on_favourable_facts) :- award("KZ", "GB", "2020-01-01", C), grounds(C, []).

:- end_tests(instrument_nyc1958).
