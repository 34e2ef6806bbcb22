:- begin_tests(forum_kz).
:- use_module('../testing').

kz(Origin, Date, C) :- favourable_case("KZ", Origin, Date, C).
nl_case(C) :- kz("NL", "2023-03-01", C).

test(dutch_law_permits_recognition_without_reciprocity) :-
    % Hoge Raad 26 Sep 2014, Gazprombank (knowledge base)
    nl_case(C), bases(C, [kz_cpc_501_reciprocity_de_jure]).
test(de_jure_reciprocity_fires) :-
    nl_case(C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C),
    outcome(C, recognised), bases(C, [kz_cpc_501_reciprocity_de_jure]).
test(de_jure_reciprocity_does_not_fire) :-
    nl_case(C0), with_evidence(C0, _{origin_law_permits_recognition:false}, C),
    outcome(C, refused), grounds(C, [no_reciprocity]).
test(unknown_reciprocity_is_undetermined) :-
    kz("BR", "2023-03-01", C), case_result(C, R),
    R.outcome == undetermined, R.missing_facts == [origin_law_permits_recognition].
test(factual_reciprocity_fires) :-
    nl_case(C0), with_evidence(C0, _{origin_recognised_forum_judgments:[_{ref:"Amsterdam DC 2020", date:"2020-05-05"}],
                                origin_law_permits_recognition:false}, C),
    bases(C, [kz_cpc_501_reciprocity_factual]).
test(factual_reciprocity_ignores_later_evidence) :-
    nl_case(C0), with_evidence(C0, _{origin_recognised_forum_judgments:[_{ref:"Amsterdam DC 2024", date:"2024-05-05"}],
                                origin_law_permits_recognition:false}, C),
    outcome(C, refused).
test(reciprocity_says_no_supreme_court_resolution_was_found, [nondet]) :-
    % a recognition on reciprocity carries the caveat that no normative
    % resolution of the Supreme Court on it was found
    nl_case(C), case_result(C, R),
    R.outcome == recognised,
    member(c(kz_cpc_501_reciprocity_de_jure, Note), R.caveats),
    sub_string(Note, _, _, _, "no Supreme Court normative resolution"),
    sub_string(Note, _, _, _, "December 2023").
test(consensual_reciprocity_fires) :-
    nl_case(C0), with_evidence(C0, _{reciprocity_arrangements:[_{ref:"MoU", date:"2019-01-01"}],
                                origin_law_permits_recognition:false}, C),
    bases(C, [kz_cpc_501_reciprocity_consensual]).
test(no_reciprocity_before_2016_code) :-
    kz("NL", "2015-06-01", C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C),
    outcome(C, refused), grounds(C, [no_legal_basis]).
test(bilateral_treaty_fires) :-
    kz("CN", "2020-01-01", C), bases(C, Bs), memberchk(kz_cpc_501_treaty_bilateral, Bs),
    case_result(C, R), memberchk(b(treaty, null, 'bilateral:CN-KZ', _, _), R.bases).
test(bilateral_treaty_does_not_fire) :-
    nl_case(C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C),
    bases(C, Bs), \+ memberchk(kz_cpc_501_treaty_bilateral, Bs).
test(minsk_fires_for_a_party_outside_chisinau) :-
    kz("RU", "2010-01-01", C), bases(C, Bs), memberchk(minsk1993_art_51, Bs).
test(chisinau_displaces_minsk) :-
    kz("BY", "2010-01-01", C), bases(C, Bs),
    memberchk(chisinau2002_recognition, Bs), \+ memberchk(minsk1993_art_51, Bs).
test(minsk_applies_before_chisinau_in_force) :-
    kz("BY", "2003-01-01", C), bases(C, Bs),
    memberchk(minsk1993_art_51, Bs), \+ memberchk(chisinau2002_recognition, Bs).

ground_fires(Facts, Code) :-
    nl_case(C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C1),
    with_facts(C1, Facts, C), grounds(C, Gs), memberchk(Code, Gs),
    outcome(C, refused).

test(not_final) :- ground_fires(_{final:false}, not_final).
test(not_enforceable) :- ground_fires(_{enforceable_in_origin:false}, not_enforceable).
test(no_notice) :- ground_fires(_{defendant_notified:false}, no_notice).
test(exclusive_jurisdiction) :- ground_fires(_{forum_exclusive_jurisdiction:true}, exclusive_jurisdiction).
test(conflicting_judgment) :- ground_fires(_{conflicting_judgment:true}, conflicting_judgment).
test(pending_proceedings) :- ground_fires(_{forum_proceedings_pending:true}, pending_proceedings).
test(public_policy) :- ground_fires(_{public_policy_violation:true}, public_policy).
test(time_limit) :- ground_fires(_{time_limit_met:false}, time_limit).
test(no_ground_on_favourable_facts) :-
    nl_case(C0), with_evidence(C0, _{origin_law_permits_recognition:true}, C),
    grounds(C, []).

:- end_tests(forum_kz).
