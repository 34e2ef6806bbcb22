:- begin_tests(case).
:- use_module(case).
:- use_module(testing).

valid(_{origin:"NL", forum:"KZ", application_date:"2023-03-01"}).

test(defaults) :-
    valid(D), case_from_dict(D, "x", case(Values, [], [])),
    memberchk(kind-judgment, Values), memberchk(subject-money, Values),
    memberchk(id-"x", Values).

test(unknown_top_key, [throws(case_error(colour, _, _))]) :-
    valid(D0), D = D0.put(colour, "red"), case_from_dict(D, "x", _).

test(unknown_fact, [throws(case_error('facts.pwned', _, _))]) :-
    valid(D0), D = D0.put(facts, _{pwned:true}), case_from_dict(D, "x", _).

test(non_boolean_fact, [throws(case_error('facts.final', "true or false", "yes"))]) :-
    valid(D0), D = D0.put(facts, _{final:"yes"}), case_from_dict(D, "x", _).

test(bad_month, [throws(case_error(application_date, _, "2023-13-01"))]) :-
    valid(D0), D = D0.put(application_date, "2023-13-01"), case_from_dict(D, "x", _).

test(bad_day, [throws(case_error(application_date, _, _))]) :-
    valid(D0), D = D0.put(application_date, "2023-02-29"), case_from_dict(D, "x", _).

test(leap_day) :-
    valid(D0), D = D0.put(application_date, "2024-02-29"), case_from_dict(D, "x", _).

test(unknown_state, [throws(case_error(origin, _, "XX"))]) :-
    valid(D0), D = D0.put(origin, "XX"), case_from_dict(D, "x", _).

test(lower_case_state, [throws(case_error(origin, _, "nl"))]) :-
    valid(D0), D = D0.put(origin, "nl"), case_from_dict(D, "x", _).

test(forum_not_modelled, [throws(case_error(forum, _, 'BR'))]) :-
    valid(D0), D = D0.put(forum, "BR"), case_from_dict(D, "x", _).

test(missing_forum, [throws(case_error(forum, _, missing))]) :-
    valid(D0), del_dict(forum, D0, _, D), case_from_dict(D, "x", _).

test(evidence_item_needs_date, [throws(case_error('evidence.origin_recognised_forum_judgments[0].date', _, missing))]) :-
    valid(D0), D = D0.put(evidence, _{origin_recognised_forum_judgments:[_{ref:"r"}]}),
    case_from_dict(D, "x", _).

test(facts_removed_after_success) :-
    valid(D), case_from_dict(D, "x", C),
    with_case(C, application_date, case_value(origin, 'NL')),
    \+ case:held_value(_, _, _).

test(facts_removed_after_exception) :-
    valid(D), case_from_dict(D, "x", C),
    catch(with_case(C, application_date, throw(boom)), boom, true),
    \+ case:held_value(_, _, _), \+ case:held_fact(_, _, _).

test(nested_case_is_isolated_and_the_outer_case_returns) :-
    valid(D), case_from_dict(D, "x", C),
    case_from_dict(D.put(origin, "CN"), "y", C2),
    with_case(C, application_date,
              ( with_case(C2, application_date, case_value(origin, 'CN')),
                case_value(origin, 'NL'),
                \+ case:held_value(1, _, _) )),
    \+ case:held_value(_, _, _).

test(text_is_never_called) :-
    valid(D0), D = D0.put(id, "x'), halt, ('").put(title, "\"))), assertz(pwned), (\""),
    case_from_dict(D, "x", C),
    with_case(C, application_date, true),
    \+ current_predicate(_:pwned/0).

test(day_shift, [true(Ds == ['2006-05-19', '2020-02-29', '2021-01-01', '2019-12-31'])]) :-
    maplist([D-N, S]>>day_shift(D, N, S),
            ['2006-05-18'-1, '2020-02-28'-1, '2020-12-31'-1, '2020-01-01'-(-1)], Ds).
test(day_shift_needs_an_iso_date, [fail]) :-
    day_shift('2020-13-01', 1, _).

:- end_tests(case).
