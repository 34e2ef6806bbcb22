:- begin_tests(timeline).
:- use_module('../testing').
:- use_module('../case').
:- use_module(timeline).

change_dates(Dict, From, To, Dates) :-
    case_from_dict(Dict, "t", C),
    timeline(C, From, To, [], Changes),
    findall(D, member(json([date=D|_]), Changes), Dates).

test(nanning_statement_date) :-
    favourable_case("CN", "TH", "2025-06-01", D),
    change_dates(D, '2010-01-01', '2025-12-31', Dates),
    memberchk('2017-06-08', Dates).
test(no_change_without_a_legal_event) :-
    favourable_case("CN", "KZ", "2025-06-01", D),
    change_dates(D, '2024-02-01', '2025-12-31', Dates),
    Dates == [].
test(a_change_of_basis_is_a_change) :-
    % from 24 Jan 2022 China also finds de jure reciprocity with Kazakhstan
    favourable_case("CN", "KZ", "2025-06-01", D),
    change_dates(D, '2020-01-01', '2025-12-31', Dates),
    memberchk('2022-01-24', Dates).
test(an_arrangement_is_an_event) :-
    % the SPC-Singapore Memorandum of Guidance (31 Aug 2018) opens the 2015
    % Belt and Road Opinion's first step for Singapore judgments
    favourable_case("CN", "SG", "2025-06-01", D), case_from_dict(D, "t", C),
    timeline(C, '2018-01-01', '2019-12-31', [], Changes),
    member(json([date='2018-08-31'|P]), Changes),
    memberchk(events=Es, P),
    member(json(E), Es), memberchk(event=arrangement, E),
    memberchk(text=T, E), sub_string(T, _, _, _, "Memorandum of Guidance"), !.
test(a_change_in_the_origins_law_is_a_change) :-
    % Texas weighs Kazakhstan's reciprocity for a money judgment: the
    % 2015 Code (in force 1 Jan 2016) changes the outcome, and the events
    % name its rules
    favourable_case("US-TX", "KZ", "2023-06-01", D),
    case_from_dict(D, "t", C),
    timeline(C, '2010-01-01', '2024-12-31', [], Changes),
    member(json([date='2016-01-01'|P]), Changes),
    memberchk(events=Es, P),
    memberchk(json([event=takes_effect, rule=kz_cpc_501_reciprocity_de_jure|_]), Es), !.
test(russias_list_changes_the_answer_of_russian_law) :-
    % Florida weighs Russia's reciprocity; the United States is put on
    % Russia's list of unfriendly states on 5 Mar 2022
    favourable_case("US-FL", "RU", "2023-06-01", D),
    change_dates(D, '2020-01-01', '2023-06-01', Dates),
    memberchk('2022-03-05', Dates).
test(a_precedent_changes_the_outcome_from_the_next_day) :-
    % KG Berlin, 18 May 2006: China's factual reciprocity with Germany
    favourable_case("DE", "CN", "2006-06-01", D), case_from_dict(D, "t", C),
    timeline(C, '2005-01-01', '2007-01-01', [], Changes),
    findall(Date, member(json([date=Date|_]), Changes), ['2006-05-19']),
    member(json([date='2006-05-19'|P]), Changes),
    memberchk(events=Es, P),
    memberchk(json([event=precedent|_]), Es), !.
test(the_default_period_reaches_back_before_an_early_case) :-
    % a German case of 1985: the period starts ten years before it
    favourable_case("DE", "US", "1985-06-01", D), case_from_dict(D, "t", C),
    timeline:default_from('1985-06-01', From), From == '1975-01-01',
    timeline:default_from('2023-06-01', From2), From2 == '2000-01-01',
    timeline(C, From, '1985-06-01', [], Changes), is_list(Changes).
test(russia_unfriendly_list) :-
    favourable_case("RU", "US", "2023-06-01", D),
    change_dates(D, '2020-01-01', '2023-06-01', Dates),
    memberchk('2022-03-05', Dates).
test(events_name_the_rule) :-
    favourable_case("CN", "TH", "2025-06-01", D), case_from_dict(D, "t", C),
    timeline(C, '2010-01-01', '2025-12-31', [], [json(P)|_]),
    memberchk(events=Es, P),
    member(json(E), Es), memberchk(rule=cn_nanning_statement_presumed_reciprocity, E), !.

:- end_tests(timeline).
