:- begin_tests(interview).
:- use_module(library(http/json)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- use_module('../case').
:- use_module('../analysis').
:- use_module(interview).

%   A checked case term from a dict written as a case file would be.
t_case(Dict, Case) :- case_from_dict(Dict, "test", Case).

t_full_facts(_{ final:true, enforceable_in_origin:true, defendant_notified:true,
                defendant_heard:true, origin_had_jurisdiction:true,
                forum_exclusive_jurisdiction:false, conflicting_judgment:false,
                time_limit_met:true }).

%   NL -> KZ, 2023: recognised on de jure reciprocity when all is known.
t_nl_kz(Drop, Case) :-
    t_full_facts(F0),
    foldl([K, D0, D]>>del_dict(K, D0, _, D), Drop, F0, F),
    t_case(_{origin:"NL", forum:"KZ", application_date:"2023-03-01", facts:F}, Case).

%   NL -> GB, 2023: recognised at common law, five defences assumed
%   away; forum_exclusive_jurisdiction, if shown, leaves it undetermined.
t_nl_gb(Case) :-
    t_case(_{origin:"NL", forum:"GB", application_date:"2023-03-01",
             facts:_{final:true, enforceable_in_origin:true, defendant_notified:true,
                     defendant_heard:true, origin_had_jurisdiction:true,
                     origin_system_impartial:true}}, Case).

contains(S, Sub) :- once(sub_string(S, _, _, _, Sub)).

%   The tests below run in challenge mode: the assumptions are asked too.
t_next(Case, D) :-
    case_value_of(Case, application_date, AsOf),
    next_question(Case, AsOf, [challenge(true)], D).

t_candidates(Case, Qs) :-
    case_value_of(Case, application_date, AsOf),
    interview_candidates(Case, AsOf, [challenge(true)], Qs).

t_outcome(Case, O) :-
    case_value_of(Case, application_date, AsOf),
    evaluate_term(Case, AsOf, R), O = R.outcome.

%   Every candidate has an answer that changes the outcome, checked here
%   by evaluating the case with that answer, independently of ranking.
t_all_change(Case) :-
    t_outcome(Case, O),
    t_candidates(Case, Qs),
    forall(member(q(_, _, F, _, _, Os), Qs),
           ( member(a(A, _, _), Os),
             interview:case_answered(Case, F, A, C2),
             t_outcome(C2, O2), O2 \== O -> true )).

test(settled_when_everything_is_known) :-
    t_nl_kz([], C0),
    case_with_fact(C0, forum_proceedings_pending, false, C1),
    case_with_fact(C1, public_policy_violation, false, C),
    t_next(C, D),
    D.settled == true, D.outcome == recognised.

test(asks_the_missing_fact, [true(Key-Os == 'facts.final'-[recognised, refused])]) :-
    t_nl_kz([final], C), t_next(C, D),
    D.settled == false, D.outcome == undetermined,
    Key = D.question.key,
    D.question.kind == boolean,
    D.question.why.rule == kz_cpc_503_not_final,
    D.question.why.burden == applicant,
    string_concat("Is it true that the decision has entered into legal force", _, D.question.text),
    maplist([X, O]>>get_dict(outcome, X, O), D.question.outcomes, Os).

test(asks_evidence_of_the_law_of_origin) :-
    t_case(_{origin:"BR", forum:"KZ", application_date:"2023-03-01",
             facts:_{final:true, enforceable_in_origin:true, defendant_notified:true,
                     defendant_heard:true, origin_had_jurisdiction:true,
                     forum_exclusive_jurisdiction:false, conflicting_judgment:false,
                     time_limit_met:true}}, C),
    t_next(C, D),
    D.question.key == 'evidence.origin_law_permits_recognition',
    D.question.why.rule == kz_cpc_501_reciprocity_de_jure,
    contains(D.question.text, "Brazil").

test(stops_once_an_answer_settles_it) :-
    t_nl_kz([final], C0),
    case_with_fact(C0, final, false, C),
    t_next(C, D),
    D.settled == true, D.outcome == refused.

test(by_default_a_recognised_outcome_is_settled) :-
    t_nl_gb(C), case_value_of(C, application_date, AsOf),
    next_question(C, AsOf, [], D),
    D.settled == true, D.outcome == recognised.

test(by_default_only_missing_facts_are_asked) :-
    t_nl_kz([final], C), case_value_of(C, application_date, AsOf),
    next_question(C, AsOf, [], D),
    D.settled == false, atom_string(D.question.key, "facts.final").

test(assumptions_are_asked_when_they_can_change_the_outcome) :-
    t_nl_gb(C), t_next(C, D),
    D.outcome == recognised,
    D.question.why.burden == resisting_party.

test(never_asks_what_cannot_change_the_outcome) :-
    t_nl_gb(C), t_all_change(C),
    t_nl_kz([final, time_limit_met], C2), t_all_change(C2),
    t_nl_kz([final, defendant_notified, defendant_heard], C3), t_all_change(C3).

test(an_unknown_that_changes_nothing_is_not_asked) :-
    %   us-ru-2023 is refused for want of reciprocity; whatever the
    %   defendant's hearing was, it stays refused: not a question.
    t_case(_{origin:"US", forum:"RU", application_date:"2022-11-15",
             facts:_{final:true, enforceable_in_origin:true, defendant_notified:true,
                     origin_had_jurisdiction:true}}, C),
    t_next(C, D),
    D.settled == true, D.outcome == refused.

test(ranking_every_answer_settling_comes_first) :-
    t_nl_gb(C), t_candidates(C, Qs),
    findall(F, member(q(_, _, F, _, _, _), Qs), Fs),
    last(Fs, forum_exclusive_jurisdiction),
    Fs = [fraud, public_policy_violation, conflicting_judgment, time_limit_met|_].

test(ranking_score) :-
    interview:question_score([a(true, "yes", undetermined), a(false, "no", refused)], 0, S1),
    interview:question_score([a(true, "yes", recognised), a(false, "no", refused)], 5, S2),
    interview:question_score([a(d1, "before", undetermined), a(d2, "on", recognised),
                    a(d3, "after", undetermined)], 1, S3),
    msort([S1-one, S2-two, S3-three], Sorted),
    pairs_values(Sorted, [two, one, three]).

test(ranking_ties_follow_the_derivation) :-
    t_nl_kz([final, time_limit_met], C), t_candidates(C, Qs),
    findall(F, member(q(_, _, F, _, _, _), Qs), [final, time_limit_met]).

test(non_askable_missing_facts_are_skipped) :-
    %   France's national law is not modelled: the outcome turns on it,
    %   and nothing can be asked about it.
    t_case(_{origin:"BR", forum:"FR", application_date:"2023-03-01",
             facts:_{final:true}}, C),
    t_next(C, D),
    D.outcome == undetermined, D.settled == true,
    D.not_askable == [forum_national_law],
    contains(D.reason, "not modelled").

test(skipped_questions_are_not_asked_again) :-
    t_nl_kz([final, time_limit_met], C),
    case_value_of(C, application_date, AsOf),
    next_question(C, AsOf, [skip(["facts.final"])], D1),
    D1.question.key == 'facts.time_limit_met',
    next_question(C, AsOf, [skip(["facts.final", "facts.time_limit_met"])], D2),
    D2.settled == true, D2.outcome == undetermined,
    D2.skipped == ['facts.final', 'facts.time_limit_met'].

test(date_question_periods) :-
    %   A Dutch judgment in England: Brussels I and Ia bound both from
    %   2002 to Brexit; the date the proceedings began decides.
    t_case(_{origin:"NL", forum:"GB", application_date:"2023-03-01",
             facts:_{enforceable_in_origin:true, defendant_notified:true,
                     defendant_heard:true, origin_had_jurisdiction:true,
                     origin_system_impartial:true}}, C),
    t_candidates(C, Qs),
    memberchk(q('decision.proceedings_started', date, _, _, _, Os), Qs),
    memberchk(a(_, "before 2002-03-01", _), Os),
    forall(( member(a(A, _, _), Os) ), iso_date(A)),
    t_all_change(C).

test(day_before, [true(Ds == ['2023-08-31', '2024-02-29', '2022-12-31'])]) :-
    maplist([D, B]>>day_shift(D, -1, B), ['2023-09-01', '2024-03-01', '2023-01-01'], Ds).

test(json_entry_point) :-
    next_question_json("{\"origin\":\"NL\",\"forum\":\"KZ\",\"application_date\":\"2023-03-01\",\"facts\":{\"final\":true,\"enforceable_in_origin\":true,\"defendant_notified\":true,\"defendant_heard\":true,\"origin_had_jurisdiction\":true,\"forum_exclusive_jurisdiction\":false,\"conflicting_judgment\":false}}",
                       "", "{\"time_limit\": 10}", Out),
    atom_json_dict(Out, D, []),
    D.settled == false, D.question.key == "facts.time_limit_met",
    D.candidates == 1.

test(json_errors) :-
    next_question_json("{not json", "", "", O1),
    atom_json_dict(O1, D1, []), D1.error.kind == "case",
    next_question_json("{\"origin\":\"NL\",\"forum\":\"KZ\",\"application_date\":\"2023-03-01\"}",
                       "yesterday", "", O2),
    atom_json_dict(O2, D2, []), D2.error.key == "--as-of".

:- end_tests(interview).
