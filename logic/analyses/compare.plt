:- begin_tests(compare).
:- use_module('../testing').
:- use_module('../analysis').
:- use_module('../case').
:- use_module(compare).

case_term(Dict, Case) :- case_from_dict(Dict, "t", Case).

row_outcome(row(_, R), O) :- O = R.outcome.
row_forum(row(F, _), F).

test(recognised_first_then_undetermined_then_refused) :-
    % a Japanese money judgment in late 2022: New York needs no reciprocity;
    % Kazakhstan needs proof of Japanese law; Russia (Japan is on its list) refuses
    favourable_case("KZ", "JP", "2022-11-15", D), case_term(D, C),
    compare_rows(C, '2022-11-15', ['RU', 'KZ', 'US-NY'], Rows),
    maplist(row_outcome, Rows, Os),
    Os == [recognised, undetermined, refused].
test(treaty_ahead_of_the_forums_own_law_and_reciprocity) :-
    favourable_case("KZ", "CN", "2023-03-01", D), case_term(D, C),
    compare_rows(C, '2023-03-01', ['US-NY', 'DE', 'KZ'], Rows),
    maplist(row_forum, Rows, Fs),
    Fs = ['KZ', 'US-NY', 'DE'].
test(only_the_forum_changes) :-
    % the unknown time limit stays unknown in every forum that asks for it
    favourable_case("KZ", "TR", "2023-03-01", D0), without_facts(D0, [time_limit_met], D1),
    with_evidence(D1, _{origin_law_permits_recognition:true}, D), case_term(D, C),
    compare_rows(C, '2023-03-01', ['KZ', 'RU'], Rows),
    forall(member(row(_, R), Rows), ( R.outcome == undetermined, R.missing_facts == [time_limit_met] )).
test(why_differences_between_kazakhstan_and_russia) :-
    favourable_case("RU", "US", "2022-11-15", D0),
    with_evidence(D0, _{origin_law_permits_recognition:true}, D), case_term(D, C),
    rule_differences(C, '2022-11-15', [], 'KZ'-'RU', Diffs),
    member(json(P1), Diffs), memberchk(rule=kz_cpc_501_reciprocity_de_jure, P1), !,
    memberchk('KZ'=holds, P1), memberchk('RU'=not_weighed, P1),
    member(json(P2), Diffs), memberchk(rule=ru_practice_reciprocity_de_jure, P2), !,
    memberchk('RU'=fails, P2).

:- end_tests(compare).
