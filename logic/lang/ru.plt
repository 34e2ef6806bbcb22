:- begin_tests(lang_ru).
:- encoding(utf8).
:- use_module(language).
:- use_module(ru).
:- use_module('../case').
:- use_module('../decision').
:- use_module('../testing').

%  Every rule has a sentence in English (text("...")) and in Russian
%  (ru_text/2); a rule lacking either is named.

test(every_rule_has_an_english_and_a_russian_sentence, [true(Missing == [])]) :-
    findall(Id-Lang, rule_lacks_sentence(Id, Lang), Missing).

test(no_russian_sentence_for_a_rule_that_does_not_exist, [true(Orphans == [])]) :-
    findall(Id, ( ru_text(Id, _), \+ law:rule(Id, _, _, _) ), Orphans).

test(russian_sentences_are_russian, [true(Bad == [])]) :-
    findall(Id, ( ru_text(Id, T), \+ cyrillic(T) ), Bad).

test(every_node_of_a_russian_derivation_is_russian, [true(Bad == [])]) :-
    favourable_case("KZ", "NL", "2023-03-01", C),
    case_from_dict(C, "t", Case),
    with_case(Case, application_date, evaluate(R, [lang(ru)])),
    findall(T, ( sub_node(R.root, node(_, _, T, _, _, _, _, _)), \+ cyrillic(T) ), Bad).

test(the_language_does_not_outlive_the_evaluation) :-
    favourable_case("KZ", "NL", "2023-03-01", C),
    case_from_dict(C, "t", Case),
    with_case(Case, application_date, evaluate(_, [lang(ru)])),
    current_lang(en),
    with_case(Case, application_date, evaluate(R, [])),
    R.root = node(_, _, Text, _, _, _, _, _),
    \+ cyrillic(Text).

test(the_language_is_restored_when_the_goal_throws) :-
    catch(with_lang(ru, throw(oops)), oops, true),
    current_lang(en).

test(an_unknown_language_is_an_error, [throws(error(domain_error(lang, fr), _))]) :-
    with_lang(fr, true).

sub_node(N, N).
sub_node(node(_, _, _, _, _, _, Cs, _), N) :- member(C, Cs), sub_node(C, N).

cyrillic(S) :- string_codes(S, Cs), member(X, Cs), X >= 0x0400, X =< 0x04FF, !.

:- end_tests(lang_ru).
