:- begin_tests(law).
:- use_module(law).
:- use_module(case, [iso_date/1]).
:- use_module(testing).

%  A legal rule is data the explainer can show: every legal basis and
%  every ground of refusal has a citation, a plain sentence and the dates
%  between which it is law.

basis_or_ground(legal_basis(_, _)).
basis_or_ground(refusal_ground(_, _)).

test(every_basis_and_ground_has_citation_sentence_and_dates,
     [forall(( law:rule(Id, Meta, Head, _), basis_or_ground(Head) ))]) :-
    assertion(( memberchk(citation(C), Meta), string(C), C \== "" )),
    assertion(( memberchk(text(T), Meta), string(T), T \== "" )),
    assertion(( memberchk(valid(From, To), Meta), iso_date(From),
                ( To == open -> true ; iso_date(To), From @< To ) )),
    assertion(atom(Id)).

test(a_rule_is_in_force_from_its_first_day_up_to_its_last) :-
    rule_in_force(kz_cpc_501_reciprocity_de_jure, '2016-01-01'),
    \+ rule_in_force(kz_cpc_501_reciprocity_de_jure, '2015-12-31'),
    rule_in_force(kz_cpc1999_no_treaty, '2015-12-31'),
    \+ rule_in_force(kz_cpc1999_no_treaty, '2016-01-01').

%  The knowledge base states each treaty relation once: no pair of states
%  has two bilateral entries, and each entry's states are in order.
test(each_bilateral_relation_is_stated_once) :-
    findall(A-B, treaties:bilateral(A, B, _, _, _, _, _, _), Pairs),
    msort(Pairs, Sorted), sort(Pairs, Set),
    assertion(Sorted == Set),
    forall(member(A-B, Pairs), assertion(A @< B)).

%  The format: "refused always comes with at least one ground" -- on any
%  date, before a forum's modelled law begins and before an instrument is
%  in force too, for judgments and awards, with every fact stated or
%  none.
test(a_refusal_always_names_a_ground) :-
    Forums = ["KZ", "RU", "CN", "DE", "GB", "US", "US-NY", "US-TX", "US-FL", "US-CA", "FR"],
    Origins = ["KZ", "CN", "DE", "US-TX", "JP"],
    Dates = ["1950-06-01", "1985-06-01", "2002-10-01", "2010-06-01", "2023-06-01"],
    Kinds = ["judgment"-"money", "judgment"-"family", "judgment"-"insolvency", "arbitral_award"-"money"],
    forall(( member(F, Forums), member(O, Origins), \+ states:same_country(F, O),
             member(D, Dates), member(K-S, Kinds), member(All, [true, false]) ),
           ( (   All == true -> favourable_case(F, O, D, C0)
             ;   C0 = _{origin:O, forum:F, application_date:D}
             ),
             C = C0.put(decision, _{kind:K, subject:S}),
             case_result(C, R),
             assertion(( R.outcome \== refused ; R.refusal_grounds \== [] )) )).

:- end_tests(law).
