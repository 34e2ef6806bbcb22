/*  world.pl -- what rule bodies may ask about the case and the world.

    The explainer (explain.pl) calls every goal of a rule body that is
    neither control, a rule head nor a leaf in this module. Three kinds
    of thing live here:

    Leaves (three-valued, with a burden of proof)
        applicant_proves(Fact, Bool)        the applicant must establish
                                            that Fact is Bool; unknown
                                            stays unknown (missing_facts)
        resisting_party_proves(Fact, Bool)  the resisting party must; an
                                            unknown is taken as not
                                            established (assumptions)
        origin_law_permits_recognition      the applicant must show that
                                            the origin's law permits
                                            recognising forum decisions
    The case           forum_is/1, origin_is/1, subject_is/1, kind_is/1,
                       as_of/1, origin_country/1, forum_country/1
    The world          treaties, lists, precedents, each with its source.

    describe/6 gives each of them a sentence and a citation.
*/
:- module(world,
          [ leaf/3, leaf_goal/1, describe/6, forum/3,
            forum_is/1, origin_is/1, origin_country/1, forum_country/1,
            subject_is/1, kind_is/1, as_of/1,
            on_or_after/2, before/2,
            treaty_known_in_force/1,
            party_in_force/2,
            origin_recognised_forum_judgment/2,
            origin_refused_forum_judgment_for_lack_of_reciprocity/2,
            reciprocity_arrangement/2,
            origin_on_unfriendly_list/1,
            origin_took_part_in_nanning_statement/0,
            forum_follows_act/1,
            forum_follows_no_act/0,
            law_of_origin_stated/2,
            law_of_origin_unknown/2,
            origin_modelled_as_forum/1,
            law_modelled_as/2,
            instrument_window/3,
            both_member_states/0,
            civil_or_commercial/1,
            forum_made_reciprocity_reservation/0,
            applicant_from_unfriendly_state/1,
            money_judgment/0,
            forum_in_scope/2,
            state_name/2,
            subject_words/2
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(case).
:- use_module(kb/vocabulary).
:- use_module(kb/states).
:- use_module(kb/sources).
:- use_module(kb/precedents).
:- use_module(kb/arrangements).
:- use_module(kb/treaties).
:- use_module(kb/official_lists).
:- use_module(kb/foreign_law).
:- use_module(kb/us_acts).
:- use_module(kb/eu).
:- use_module(law).
:- use_module(lang/language).
:- use_module(lang/ru).
:- encoding(utf8).

%!  forum(?Code, ?Name, ?Models) is nondet.
%
%   Code is a modelled forum. Each forum file adds its own clause, so
%   that adding a jurisdiction is adding a file.

:- multifile forum/3, describe/6, forum_law_modelled_from/2.
:- discontiguous leaf/3.
:- dynamic forum/3, forum_law_modelled_from/2.

%!  forum_law_modelled_from(?Forum, ?Date) is nondet.
%
%   The forum's own law is modelled from Date (its rules are valid from
%   then); each forum file that models it from a date says so.

                 /*******************************
                 *   LEAVES: FACTS OF THE CASE   *
                 *******************************/

%!  leaf_goal(@Goal) is semidet.
leaf_goal(applicant_proves(_, _)).
leaf_goal(resisting_party_proves(_, _)).
leaf_goal(proceedings_instituted_between(_, _)).
leaf_goal(forum_national_law_applies).
leaf_goal(forum_law_before_modelled_applies).
leaf_goal(bilateral_treaty_in_force(_)).

%!  leaf(+Goal, -Value, -Info) is det.
%
%   Value is true, false or unknown; Info = leaf(Id, Text, Citation, Extra).

leaf(applicant_proves(F, B), V, leaf(Id, Text, Cite, Extra)) :-
    fact_leaf(F, B, applicant, V, Id, Text, Cite, Extra).
leaf(resisting_party_proves(F, B), V, leaf(Id, Text, Cite, Extra)) :-
    fact_leaf(F, B, resisting_party, V, Id, Text, Cite, Extra).
%!  law_of_origin_stated(-Value, -Info) is semidet.
%
%   What the case file's evidence, or else the knowledge base, says of
%   whether the origin's law permits recognising the forum's decisions on
%   the case's subject. Fails when neither says.

law_of_origin_stated(V, leaf('fact:origin_law_permits_recognition', Text, Cite, Extra)) :-
    law_of_origin_text(Text),
    (   case_evidence_law_permits(B)
    ->  V = B,
        format(string(Cite), "case file: evidence.origin_law_permits_recognition = ~w", [B]),
        Extra = [burden(applicant)]
    ;   origin_is(O), forum_is(F), subject_is(S),
        country_of(O, OC), country_of(F, FC),
        law_permits(OC, FP, SP, B, Src, Status),
        ( FP == any ; FP == FC ), ( SP == any ; SP == S )
    ->  V = B,
        source_text(Src, Cite),
        status_extra(Status, SE),
        Extra = [burden(applicant)|SE]
    ).

%!  law_of_origin_unknown(-Value, -Info) is det.
%
%   Nothing says, and the origin is not a modelled forum: unknown, and
%   for the applicant to show.

law_of_origin_unknown(unknown, leaf('fact:origin_law_permits_recognition', Text,
                                    "not stated in the case file, not in the knowledge base, and the origin's law is not modelled",
                                    [burden(applicant), missing(origin_law_permits_recognition)])) :-
    law_of_origin_text(Text).

law_of_origin_text(Text) :-
    origin_is(O), forum_is(F), subject_is(S),
    state_name(O, ON), state_name(F, FN), subject_words(S, SW),
    tr_format("The law of ~s permits its courts to recognise decisions of the courts of ~s (~w).", [ON, FN, S],
              "Право государства происхождения (~s) допускает признание его судами решений судов государства признания (~s); предмет решения: ~s.", [ON, FN, SW],
              Text).

%!  origin_modelled_as_forum(-Forum) is semidet.
%
%   The origin's law is modelled here as a forum's: Forum is its code
%   (a US state not modelled on its own answers as 'US', the common
%   position of the 2005 Act).

origin_modelled_as_forum(OF) :-
    origin_is(O),
    law_modelled_as(O, OF).

%!  law_modelled_as(+State, -Forum) is semidet.
%
%   State's law is modelled here as Forum's: State itself where it is a
%   modelled forum, 'US' for a US state not modelled on its own.

law_modelled_as(S, F) :-
    (   forum(S, _, _) -> F = S
    ;   country_of(S, 'US'), forum('US', _, _) -> F = 'US'
    ).

%   The Hague 2019 Convention (art. 16) and the Brussels regime (art. 66)
%   apply by the date the proceedings in the state of origin were
%   instituted; the applicant must show it (decision.proceedings_started).
leaf(proceedings_instituted_between(From, To), V,
     leaf('case:proceedings_started', Text, Cite, Extra)) :-
    (   To == open
    ->  trf("The proceedings in the state of origin were instituted on or after ~w.",
            "Производство в государстве происхождения возбуждено ~w или позднее.", [From], Text)
    ;   trf("The proceedings in the state of origin were instituted on or after ~w and before ~w.",
            "Производство в государстве происхождения возбуждено не ранее ~w и до ~w.", [From, To], Text)
    ),
    (   case_value(proceedings_started, D)
    ->  (   D @>= From, ( To == open -> true ; D @< To ) -> V = true ; V = false ),
        format(string(Cite), "case file: decision.proceedings_started = ~w", [D]),
        Extra = [burden(applicant)]
    ;   V = unknown,
        Cite = "case file: decision.proceedings_started not stated; the applicant must show it",
        Extra = [burden(applicant), missing('decision.proceedings_started')]
    ).
%   A bilateral treaty with a judgment clause is in force (true); or one
%   whose date of entry into force is not known (treaties:
%   entry_into_force_not_known/2), though signed, may already have been in
%   force before the date from which the sources show it (unknown, for the
%   applicant to show); or none is (false).
leaf(bilateral_treaty_in_force(I), V, leaf(Id, Text, Cite, Extra)) :-
    (   treaty_known_in_force(I) -> V = true
    ;   treaty_possibly_in_force -> V = unknown
    ;   V = false
    ),
    describe(bilateral_treaty_in_force(I), V, Id, Text, Cite, Extra).

%   Before the date from which the forum's law is modelled, that earlier
%   law decides, and it is unknown here.
leaf(forum_law_before_modelled_applies, V, leaf('law:forum_earlier_law', Text, Cite, Extra)) :-
    forum_is(F), state_name(F, N), as_of(D),
    (   forum_law_modelled_from(F, From), D @< From
    ->  V = unknown,
        trf("The law of ~s in force before ~w may recognise the decision; pyenforce does not model it, so the outcome under it is unknown.",
            "Право государства признания (~s), действовавшее до ~w, может допускать признание решения; pyenforce его не моделирует, поэтому результат по нему не известен.",
            [N, From], Text),
        trf("the law of ~s before ~w is not modelled", "право государства признания (~s) до ~w не моделируется", [N, From], Why),
        Cite = "not modelled in pyenforce",
        Extra = [missing(forum_earlier_law), unconfirmed(Why)]
    ;   V = false,
        (   forum_law_modelled_from(F, From)
        ->  trf("The law of ~s is modelled from ~w, and the as-of date is not before it.",
                "Право государства признания (~s) моделируется с ~w, и дата, на которую применяется право, не ранее её.",
                [N, From], Text)
        ;   trf("No date is set before which the law of ~s is left aside as not modelled.",
                "Дата, до которой право государства признания (~s) не моделируется, не установлена.", [N], Text)
        ),
        Cite = "logic/forums", Extra = []
    ).
%   The forum's own law, for an EU member state whose national law on
%   foreign decisions is not modelled here: neither true nor false.
leaf(forum_national_law_applies, unknown,
     leaf('law:forum_national_law', Text, "not modelled in pyenforce", Extra)) :-
    forum_is(F), state_name(F, N),
    trf("The national law of ~s may recognise the decision; pyenforce does not model it, so the outcome under it is unknown.",
        "Национальное право государства признания (~s) может допускать признание решения; pyenforce его не моделирует, поэтому результат по нему не известен.",
        [N], Text),
    trf("the national law of ~s on foreign decisions is not modelled",
        "национальное право государства признания (~s) об иностранных решениях не моделируется", [N], Why),
    Extra = [missing(forum_national_law), unconfirmed(Why)].

fact_leaf(F, B, Burden, V, Id, Text, Cite, Extra) :-
    atom_concat('fact:', F, Id),
    (   case_fact_name(F, _) -> true
    ;   existence_error(case_fact, F)
    ),
    current_lang(L),
    case_fact_sentence(L, F, Sentence),
    (   B == true
    ->  capitalise(Sentence, S1), format(string(Text), "~s.", [S1])
    ;   trf("It is not the case that ~s.", "Неверно, что ~s.", [Sentence], Text)
    ),
    (   case_fact(F, Given)
    ->  ( Given == B -> V = true ; V = false ),
        format(string(Cite), "case file: facts.~w = ~w", [F, Given]),
        Extra = [burden(Burden)]
    ;   Burden == applicant
    ->  V = unknown,
        format(string(Cite), "case file: facts.~w not stated; the applicant bears the burden", [F]),
        Extra = [burden(applicant), missing(F)]
    ;   V = false,
        format(string(Cite), "case file: facts.~w not stated; the resisting party bears the burden, so it is taken as not established", [F]),
        Extra = [burden(resisting_party), assumed(F)]
    ).

capitalise(S, C) :-
    string_chars(S, [H|T]), upcase_atom(H, HU), atom_chars(HU, [HC]),
    string_chars(C, [HC|T]).

                 /*******************************
                 *           THE CASE           *
                 *******************************/

%!  forum_is(?Forum) is semidet.
%!  origin_is(?Origin) is semidet.
%!  subject_is(?Subject) is semidet.
%!  kind_is(?Kind) is semidet.
%!  as_of(?Date) is semidet.
%
%   The case's forum, origin, subject, kind of decision, and the date
%   whose law is applied.

forum_is(F) :- case_value(forum, F).
origin_is(O) :- case_value(origin, O).
subject_is(S) :- case_value(subject, S).
kind_is(K) :- case_value(kind, K).
as_of(D) :- case_value(as_of, D).
origin_country(C) :- origin_is(O), country_of(O, C).
forum_country(C) :- forum_is(F), country_of(F, C).

%!  on_or_after(+Date, +From) is semidet.
%!  before(+Date, +To) is semidet.
on_or_after(D, From) :- D @>= From.
before(D, To) :- D @< To.

                 /*******************************
                 *          THE WORLD           *
                 *******************************/

%!  treaty_known_in_force(-Instrument) is semidet.
%
%   A bilateral treaty between the forum's and the origin's states, with
%   a clause on the recognition of court decisions, is in force on the
%   as-of date. Instrument is bilateral(A, B), A @< B. (The rules ask
%   bilateral_treaty_in_force/1, a leaf: three-valued.)

treaty_known_in_force(bilateral(A, B)) :-
    forum_country(FC), origin_country(OC),
    msort([FC, OC], [A, B]), A \== B,
    as_of(D),
    bilateral(A, B, _, From, To, true, _, _),
    D @>= From, ( To == open -> true ; D @< To ), !.

%   treaty_possibly_in_force: such a treaty, signed by the as-of date,
%   is known to be in force only from a later date, its date of entry
%   into force not being known.
treaty_possibly_in_force :-
    forum_country(FC), origin_country(OC), msort([FC, OC], [A, B]), as_of(D),
    entry_into_force_not_known(A, B),
    bilateral(A, B, Signed, From, _, true, _, _),
    D @< From, ( Signed == unknown ; Signed @=< D ), !.

%!  party_in_force(+Instrument, +Role) is semidet.
%
%   The forum's (Role = forum) or the origin's (Role = origin) state is
%   bound by Instrument on the as-of date.

party_in_force(I, Role) :-
    role_country(Role, C), as_of(D),
    party(I, C, From, To, _, _),
    D @>= From, ( To == open -> true ; D @< To ), !.

role_country(forum, C) :- forum_country(C).
role_country(origin, C) :- origin_country(C).

%!  origin_recognised_forum_judgment(-Ref, -Date) is nondet.
%
%   The origin's courts recognised a decision of the forum's courts, on a
%   subject the forum's law weighs as this case's: a precedent of the
%   knowledge base given before the as-of date, or evidence in the case
%   file dated on or before it. A precedent given on the as-of date itself
%   may be the very decision being weighed -- with the roles swapped, a
%   court's own recognition would prove the reciprocity it rests on -- so
%   it counts from the next day; the case file's evidence is the
%   applicant's, and counts as the format says (case-format.md).

origin_recognised_forum_judgment(Ref, Date) :-
    origin_country(OC), forum_country(FC), subject_is(S), as_of(AsOf),
    (   precedent(OC, FC, Date, PS, recognised, _, Ref, _, _), Date @< AsOf
    ;   case_recognition(Ref, Date, PS), Date @=< AsOf
    ),
    recognition_weighs_as(PS, S).

%!  origin_refused_forum_judgment_for_lack_of_reciprocity(-Ref, -Date) is nondet.

origin_refused_forum_judgment_for_lack_of_reciprocity(Ref, Date) :-
    origin_country(OC), forum_country(FC), subject_is(S), as_of(AsOf),
    (   precedent(OC, FC, Date, PS, refused, true, Ref, _, _), Date @< AsOf
    ;   case_refusal(Ref, Date, PS, true), Date @=< AsOf
    ),
    refusal_weighs_as(PS, S).

%!  reciprocity_arrangement(-Ref, -Date) is nondet.
%
%   A memorandum, joint statement or diplomatic commitment on reciprocity
%   between the two states, covering the case's subject, dated on or
%   before the as-of date: an arrangement of the knowledge base or
%   evidence in the case file.

reciprocity_arrangement(Ref, Date) :-
    as_of(AsOf),
    (   origin_country(OC), forum_country(FC), subject_is(S),
        arrangement_between(FC, OC, Date, AS, Ref, _, _),
        ( AS == any ; AS == S )
    ;   case_arrangement(Ref, Date)
    ),
    Date @=< AsOf.

%   recognition_weighs_as(+PrecedentSubject, +CaseSubject)
%   refusal_weighs_as(+PrecedentSubject, +CaseSubject)
%   How a precedent on one subject is weighed for another. A recognition
%   of a civil or commercial decision also shows reciprocity for
%   insolvency (the Wuhan IPC relied on KG Berlin's 2006 recognition of a
%   money judgment to recognise a German insolvency decision in 2013
%   [X5][X11]); an insolvency recognition speaks only to insolvency. A
%   refusal speaks only to its own kind: Chinese courts held mutual
%   refusals of civil judgments irrelevant to recognising a Japanese
%   insolvency decision [X7][C9].

recognition_weighs_as(any, _) :- !.
recognition_weighs_as(insolvency, S) :- !, S == insolvency.
recognition_weighs_as(_, _).

refusal_weighs_as(any, _) :- !.
refusal_weighs_as(insolvency, S) :- !, S == insolvency.
refusal_weighs_as(_, S) :- S \== insolvency.

%!  origin_on_unfriendly_list(-Since) is semidet.
%
%   The origin's state is on Russia's list of unfriendly states on the
%   as-of date; Since is the date its listing took effect.

origin_on_unfriendly_list(Since) :-
    origin_country(C), as_of(D),
    unfriendly_state(C, Since, _, _, _),
    Since @=< D, !.

%!  origin_took_part_in_nanning_statement is semidet.
origin_took_part_in_nanning_statement :-
    origin_country(C),
    nanning_participant(C, _, _), !.

%!  forum_follows_act(?Act) is semidet.
%
%   The forum (a US state) follows the recognition statute Act on the
%   as-of date (kb/us_acts.pl).

forum_follows_act(Act) :-
    forum_is(F), as_of(D),
    us_act(F, Act, From, To, _, _),
    D @>= From, ( To == open -> true ; D @< To ), !.

%!  forum_follows_no_act is semidet.
%
%   The forum (a US state) follows no recognition statute on the as-of
%   date: it recognises foreign judgments by comity.

forum_follows_no_act :-
    \+ forum_follows_act(_).

%!  money_judgment is semidet.
%
%   The decision grants or denies a sum of money, and is not for taxes,
%   fines or penalties, or family support.

money_judgment :- subject_is(money).
money_judgment :- subject_is(defamation).

%!  instrument_window(+Instrument, -From, -To) is semidet.
%
%   Instrument (hague2019, brussels_ia, brussels_i) binds the forum's and
%   the origin's states together for proceedings instituted from From
%   until To (open: no end). Fails when it never binds both.

instrument_window(hague2019, From, To) :-
    forum_country(FC), origin_country(OC), FC \== OC,
    party(hague2019, FC, F1, T1, _, _), party(hague2019, OC, F2, T2, _, _),
    later([F1, F2], From), earlier([T1, T2], To), !.
instrument_window(I, From, To) :-
    brussels_start(I, Start, End),
    forum_country(FC), origin_country(OC), FC \== OC,
    brussels_state(I, FC, F1, T1), brussels_state(I, OC, F2, T2),
    later([Start, F1, F2], From), earlier([End, T1, T2], To),
    ( To == open -> true ; From @< To ), !.

brussels_start(brussels_i, '2002-03-01', '2015-01-10').
brussels_start(brussels_ia, '2015-01-10', open).

brussels_state(I, 'DK', From, open) :- !, danish_agreement(I, From, _, _).
brussels_state(_, S, From, To) :- eu_member(S, From, To, _, _).

later(Dates, Latest) :- max_member(Latest, Dates).
earlier(Dates, Earliest) :-
    exclude(==(open), Dates, Closed),
    (   Closed == [] -> Earliest = open ; min_member(Earliest, Closed) ).

%!  both_member_states is semidet.
%
%   The forum's and the origin's states are both EU member states on the
%   as-of date (the Brussels regime prevails between them, not the Hague
%   Convention: Hague 2019 art. 23).

both_member_states :-
    forum_country(FC), origin_country(OC), as_of(D),
    member_on(FC, D), member_on(OC, D), !.

member_on(S, D) :-
    eu_member(S, From, To, _, _),
    D @>= From, ( To == open -> true ; D @< To ), !.

%!  civil_or_commercial(+Instrument) is semidet.
%
%   The decision's subject is within the civil and commercial matters
%   that Instrument covers: Brussels excludes insolvency, family status
%   and revenue; Hague 2019 also excludes defamation (art. 2(1)(k)).

civil_or_commercial(I) :-
    subject_is(S),
    (   I == hague2019 -> memberchk(S, [money, non_money])
    ;   memberchk(S, [money, non_money, defamation])
    ).

%!  forum_made_reciprocity_reservation is semidet.
%
%   The forum's state applies the New York Convention only to awards
%   made in another Contracting State (art. I(3)), on the as-of date.

forum_made_reciprocity_reservation :-
    forum_country(FC), as_of(D),
    nyc_reciprocity_reservation(FC, From, To, _, _),
    D @>= From, ( To == open -> true ; D @< To ), !.

%!  applicant_from_unfriendly_state(-Since) is semidet.
%
%   The party seeking enforcement is of a state on Russia's list of
%   unfriendly states on the as-of date.

applicant_from_unfriendly_state(Since) :-
    case_value(applicant, A), country_of(A, C), as_of(D),
    unfriendly_state(C, Since, _, _, _),
    Since @=< D, !.

%!  forum_in_scope(+Scope, +Forum) is semidet.
%
%   Rules marked scope(Scope) apply in Forum: scope(us) in every US
%   forum, scope(eu) in every state that has been an EU member (or
%   applies the Brussels regime by agreement).

:- multifile forum_in_scope/2.
forum_in_scope(us, F) :- country_of(F, 'US').
forum_in_scope(eu, F) :- eu_member(F, _, _, _, _), !.

                 /*******************************
                 *        DESCRIPTIONS          *
                 *******************************/

%!  describe(+Goal, +Value, -Id, -Text, -Citation, -Extra) is semidet.
%
%   The sentence and source shown for a data goal that has Value.

describe(forum_is(F), V, 'case:forum', T, "case file: forum", []) :-
    forum_is(Actual), state_name(F, N), state_name(Actual, AN),
    (   V == true -> trf("Recognition is sought in ~s.", "Признание испрашивается в государстве: ~s.", [N], T)
    ;   trf("Recognition is sought in ~s, not in ~s.", "Признание испрашивается в государстве: ~s, а не ~s.", [AN, N], T)
    ).
describe(subject_is(S), V, 'case:subject', T, "case file: decision.subject", []) :-
    subject_is(Actual), subject_words(S, SW), subject_words(Actual, AW),
    (   V == true
    ->  tr_format("The decision concerns ~w.", [S], "Предмет решения: ~s.", [SW], T)
    ;   tr_format("The decision concerns ~w, not ~w.", [Actual, S], "Предмет решения: ~s, а не ~s.", [AW, SW], T)
    ).
describe(kind_is(K), V, 'case:kind', T, "case file: decision.kind", []) :-
    kind_is(Actual), kind_words(K, KW), kind_words(Actual, AW),
    (   V == true -> trf("The decision is ~s.", "Вид решения: ~s.", [KW], T)
    ;   trf("The decision is ~s, not ~s.", "Вид решения: ~s, а не ~s.", [AW, KW], T)
    ).
describe(on_or_after(D, From), V, 'time:on_or_after', T, "", []) :-
    (   V == true -> trf("~w is on or after ~w.", "Дата ~w — не ранее ~w.", [D, From], T)
    ;   trf("~w is before ~w.", "Дата ~w — ранее ~w.", [D, From], T)
    ).
describe(before(D, To), V, 'time:before', T, "", []) :-
    (   V == true -> trf("~w is before ~w.", "Дата ~w — ранее ~w.", [D, To], T)
    ;   trf("~w is not before ~w.", "Дата ~w — не ранее ~w.", [D, To], T)
    ).
describe(as_of(D), _, 'case:as_of', T, "the application date, or --as-of", []) :-
    trf("The law in force on ~w is applied.", "Применяется право, действующее на ~w.", [D], T).
describe(bilateral_treaty_in_force(I), V, 'kb:bilateral_treaty', T, Cite, Extra) :-
    forum_country(FC), origin_country(OC), state_name(FC, FN), state_name(OC, ON), as_of(D),
    (   V == true, I = bilateral(A, B), bilateral(A, B, _, From, _, _, Src, Status)
    ->  tr_format("A bilateral treaty between ~s and ~s with a judgment clause is in force on ~w (since ~w).", [FN, ON, D, From],
                  "На ~w действует (с ~w) двусторонний договор, содержащий положение о признании судебных решений; его стороны — ~s и ~s.", [D, From, FN, ON], T),
        source_text(Src, Cite), status_extra(Status, Extra)
    ;   V == unknown, msort([FC, OC], [A, B]), bilateral(A, B, _, From, _, true, Src, _)
    ->  tr_format("A bilateral treaty between ~s and ~s with a judgment clause may already have been in force on ~w: the sources show it in force from ~w, and its date of entry into force is not known.", [FN, ON, D, From],
                  "Двусторонний договор с положением о признании судебных решений, сторонами которого являются ~s и ~s, мог действовать уже на ~w: по источникам он действует с ~w, а дата его вступления в силу не известна.", [FN, ON, D, From], T),
        source_text(Src, Cite),
        Extra = [burden(applicant), missing(treaty_in_force),
                 unconfirmed("the treaty's date of entry into force is not in the project's sources")]
    ;   msort([FC, OC], [A, B]),
        bilateral(A, B, _, From, _, true, Src, Status), D @< From
    ->  tr_format("A bilateral treaty between ~s and ~s with a judgment clause is known to be in force only from ~w, not on ~w.", [FN, ON, From, D],
                  "Двусторонний договор с положением о признании судебных решений, сторонами которого являются ~s и ~s, известен как действующий лишь с ~w, но не на ~w.", [FN, ON, From, D], T),
        source_text(Src, Cite), status_extra(Status, Extra)
    ;   msort([FC, OC], [A, B]),
        bilateral(A, B, _, _, _, false, Src, Status)
    ->  trf("The treaty between ~s and ~s has no clause on the recognition of court decisions.",
            "Договор, сторонами которого являются ~s и ~s, не содержит положения о признании судебных решений.", [FN, ON], T),
        source_text(Src, Cite), status_extra(Status, Extra)
    ;   tr_format("No bilateral treaty between ~s and ~s with a judgment clause is in force on ~w.", [FN, ON, D],
                  "На ~w не действует двусторонний договор с положением о признании судебных решений, сторонами которого являлись бы ~s и ~s.", [D, FN, ON], T),
        Cite = "knowledge base: logic/kb/treaties.pl", Extra = []
    ).
describe(party_in_force(I, Role), V, Id, T, Cite, Extra) :-
    atom_concat('kb:party:', I, Id),
    role_country(Role, C), state_name(C, N), as_of(D), instrument_name(I, IN), role_words(Role, RW),
    (   V == true, party(I, C, From, _, Src, Status)
    ->  tr_format("~s is bound by ~s on ~w (since ~w).", [N, IN, D, From],
                  "На ~w ~s (~s) связано актом: ~s (с ~w).", [D, RW, N, IN, From], T),
        source_text(Src, Cite), status_extra(Status, Extra)
    ;   tr_format("~s is not bound by ~s on ~w.", [N, IN, D],
                  "На ~w ~s (~s) не связано актом: ~s.", [D, RW, N, IN], T),
        Cite = "knowledge base: logic/kb/treaties.pl", Extra = []
    ).
describe(origin_recognised_forum_judgment(Ref, Date), V, 'kb:precedent', T, Cite, Extra) :-
    origin_country(OC), forum_country(FC), state_name(OC, ON), state_name(FC, FN), as_of(D),
    (   V == true
    ->  tr_format("The courts of ~s recognised a decision of the courts of ~s: ~s (~w).", [ON, FN, Ref, Date],
                  "Суды государства происхождения (~s) признали решение суда государства признания (~s): «~s» (~w).", [ON, FN, Ref, Date], T),
        ref_source(Ref, Cite, Extra)
    ;   tr_format("No decision is known by which the courts of ~s recognised a decision of the courts of ~s on a comparable subject by ~w.", [ON, FN, D],
                  "По состоянию на ~w не известно ни одного решения, которым суды государства происхождения (~s) признали бы решение суда государства признания (~s) по сопоставимому предмету.", [D, ON, FN], T),
        Cite = "knowledge base: logic/kb/precedents.pl, and the case file's evidence", Extra = []
    ).
describe(origin_refused_forum_judgment_for_lack_of_reciprocity(Ref, Date), V, 'kb:precedent', T, Cite, Extra) :-
    origin_country(OC), forum_country(FC), state_name(OC, ON), state_name(FC, FN), as_of(D),
    (   V == true
    ->  tr_format("The courts of ~s refused a decision of the courts of ~s for lack of reciprocity: ~s (~w).", [ON, FN, Ref, Date],
                  "Суды государства происхождения (~s) отказали в признании решения суда государства признания (~s) за отсутствием взаимности: «~s» (~w).", [ON, FN, Ref, Date], T),
        ref_source(Ref, Cite, Extra)
    ;   tr_format("No decision is known by which the courts of ~s refused a decision of the courts of ~s on a comparable subject for lack of reciprocity by ~w.", [ON, FN, D],
                  "По состоянию на ~w не известно ни одного решения, которым суды государства происхождения (~s) отказали бы в признании решения суда государства признания (~s) по сопоставимому предмету за отсутствием взаимности.", [D, ON, FN], T),
        Cite = "knowledge base: logic/kb/precedents.pl, and the case file's evidence", Extra = []
    ).
describe(reciprocity_arrangement(Ref, Date), V, 'kb:arrangement', T, Cite, Extra) :-
    origin_country(OC), forum_country(FC), state_name(OC, ON), state_name(FC, FN),
    (   V == true
    ->  trf("~s and ~s have an arrangement on reciprocity: ~s (~w).",
            "Между государством признания (~s) и государством происхождения (~s) имеется договорённость о взаимности: «~s» (~w).", [FN, ON, Ref, Date], T),
        (   arrangement(_, _, _, _, Ref, Src, Status)
        ->  source_text(Src, Cite), status_extra(Status, Extra)
        ;   Cite = "case file: evidence.reciprocity_arrangements", Extra = []
        )
    ;   trf("No memorandum, joint statement or diplomatic commitment on reciprocity between ~s and ~s is shown.",
            "Не представлено ни меморандума, ни совместного заявления, ни дипломатического обязательства о взаимности между государством признания (~s) и государством происхождения (~s).", [FN, ON], T),
        Cite = "knowledge base: logic/kb/arrangements.pl, and the case file's evidence", Extra = []
    ).
describe(origin_on_unfriendly_list(Since), V, 'kb:unfriendly_list', T, Cite, Extra) :-
    origin_country(OC), state_name(OC, ON), as_of(D),
    (   V == true, unfriendly_state(OC, Since, Act, Src, Status)
    ->  official_act_words(Act, AW),
        tr_format("~s is on Russia's list of unfriendly states since ~w (~s).", [ON, Since, Act],
                  "Государство происхождения (~s) включено в перечень недружественных России государств с ~w (~s).", [ON, Since, AW], T),
        source_text(Src, Cite), status_extra(Status, Extra)
    ;   trf("~s is not on Russia's list of unfriendly states on ~w.",
            "Государство происхождения (~s) не включено в перечень недружественных России государств на ~w.", [ON, D], T),
        source_text(r13, Cite), Extra = []
    ).
describe(origin_took_part_in_nanning_statement, V, 'kb:nanning_statement', T, Cite, Extra) :-
    origin_country(OC), state_name(OC, ON),
    (   V == true, nanning_participant(OC, Src, Status)
    ->  trf("The judiciary of ~s took part in the Nanning Statement of 8 June 2017.",
            "Судебные органы государства происхождения (~s) участвовали в принятии Наньнинского заявления от 8 июня 2017 года.", [ON], T),
        source_text(Src, Cite), status_extra(Status, Extra)
    ;   trf("~s did not take part in the Nanning Statement of 8 June 2017.",
            "Государство происхождения (~s) не участвовало в принятии Наньнинского заявления от 8 июня 2017 года.", [ON], T),
        source_text(c5, Cite), Extra = []
    ).

describe(forum_follows_act(Act), V, 'kb:us_act', T, Cite, Extra) :-
    forum_is(F), state_name(F, N), as_of(D), act_name(Act, AN),
    (   V == true, us_act(F, Act, From, _, Src, Status)
    ->  tr_format("~s follows ~s on ~w (since ~w).", [N, AN, D, From],
                  "На ~w в государстве признания (~s) действует ~s (с ~w).", [D, N, AN, From], T),
        source_text(Src, Cite), status_extra(Status, Extra)
    ;   tr_format("~s does not follow ~s on ~w.", [N, AN, D],
                  "На ~w в государстве признания (~s) не действует ~s.", [D, N, AN], T),
        Cite = "knowledge base: logic/kb/us_acts.pl", Extra = []
    ).
describe(money_judgment, V, 'case:money_judgment', T, "case file: decision.subject", []) :-
    subject_is(S), subject_words(S, SW),
    (   V == true
    ->  tr_format("The decision grants or denies a sum of money (~w).", [S],
                  "Решением присуждается денежная сумма или отказывается в её взыскании (предмет: ~s).", [SW], T)
    ;   tr_format("The decision is not a money judgment within the statute (~w).", [S],
                  "Решение не является денежным решением в смысле закона (предмет: ~s).", [SW], T)
    ).
describe(instrument_window(I, From, To), V, Id, T, Cite, []) :-
    atom_concat('kb:window:', I, Id),
    forum_country(FC), origin_country(OC), state_name(FC, FN), state_name(OC, ON),
    instrument_name(I, IN),
    (   V == true
    ->  (   To == open
        ->  trf("~s binds ~s and ~s for proceedings instituted from ~w.",
                "~s связывает государство признания (~s) и государство происхождения (~s) в отношении производств, возбуждённых с ~w.", [IN, FN, ON, From], T)
        ;   trf("~s binds ~s and ~s for proceedings instituted from ~w until ~w.",
                "~s связывает государство признания (~s) и государство происхождения (~s) в отношении производств, возбуждённых с ~w до ~w.", [IN, FN, ON, From, To], T)
        )
    ;   trf("~s does not bind both ~s and ~s.",
            "~s не связывает одновременно государство признания (~s) и государство происхождения (~s).", [IN, FN, ON], T)
    ),
    Cite = "knowledge base: logic/kb/treaties.pl and logic/kb/eu.pl".
describe(both_member_states, V, 'kb:eu_members', T, "knowledge base: logic/kb/eu.pl", []) :-
    forum_country(FC), origin_country(OC), state_name(FC, FN), state_name(OC, ON), as_of(D),
    (   V == true
    ->  tr_format("~s and ~s are both EU member states on ~w.", [FN, ON, D],
                  "На ~w государство признания (~s) и государство происхождения (~s) являются государствами — членами ЕС.", [D, FN, ON], T)
    ;   tr_format("~s and ~s are not both EU member states on ~w.", [FN, ON, D],
                  "На ~w государство признания (~s) и государство происхождения (~s) не являются одновременно государствами — членами ЕС.", [D, FN, ON], T)
    ).
describe(civil_or_commercial(I), V, 'case:subject', T, "case file: decision.subject", []) :-
    subject_is(S), instrument_name(I, IN), subject_words(S, SW),
    (   V == true
    ->  tr_format("The decision (~w) is a civil or commercial matter within ~s.", [S, IN],
                  "Решение (предмет: ~s) относится к гражданским или торговым делам в смысле акта: ~s.", [SW, IN], T)
    ;   tr_format("The decision (~w) is outside the civil and commercial matters ~s covers.", [S, IN],
                  "Решение (предмет: ~s) не относится к гражданским и торговым делам, на которые распространяется акт: ~s.", [SW, IN], T)
    ).
describe(forum_made_reciprocity_reservation, V, 'kb:nyc_reservation', T, Cite, Extra) :-
    forum_country(FC), state_name(FC, N),
    (   V == true, nyc_reciprocity_reservation(FC, _, _, Src, Status)
    ->  trf("~s applies the New York Convention only to awards made in another Contracting State (art. I(3)).",
            "Государство признания (~s) применяет Нью-Йоркскую конвенцию лишь к арбитражным решениям, вынесенным на территории другого Договаривающегося государства (ст. I(3)).", [N], T),
        source_text(Src, Cite), status_extra(Status, Extra)
    ;   trf("~s applies the New York Convention to awards made in any state (no reciprocity reservation in force).",
            "Государство признания (~s) применяет Нью-Йоркскую конвенцию к арбитражным решениям, вынесенным в любом государстве (оговорка о взаимности не действует).", [N], T),
        source_text(n1, Cite), Extra = []
    ).
describe(applicant_from_unfriendly_state(Since), V, 'kb:unfriendly_list', T, Cite, []) :-
    source_text(r13, Cite),
    (   V == true, case_value(applicant, A)
    ->  state_name(A, N),
        trf("The party seeking enforcement is of ~s, on Russia's list of unfriendly states since ~w.",
            "Сторона, добивающаяся исполнения, — лицо государства (~s), включённого в перечень недружественных России государств с ~w.", [N, Since], T)
    ;   case_value(applicant, A)
    ->  state_name(A, N),
        trf("The party seeking enforcement is of ~s, not on Russia's list of unfriendly states.",
            "Сторона, добивающаяся исполнения, — лицо государства (~s), не включённого в перечень недружественных России государств.", [N], T)
    ;   tr("The case file does not say of which state the party seeking enforcement is (parties.applicant).",
           "В материалах дела не указано, к какому государству относится сторона, добивающаяся исполнения (parties.applicant).", T)
    ).

describe(forum_follows_no_act, V, 'kb:us_act', T, "knowledge base: logic/kb/us_acts.pl", []) :-
    forum_is(F), state_name(F, N), as_of(D),
    (   V == true
    ->  tr_format("~s follows no recognition statute on ~w: it recognises foreign judgments by comity.", [N, D],
                  "На ~w в государстве признания (~s) не действует закон о признании: иностранные решения признаются в порядке международной вежливости.", [D, N], T)
    ;   tr_format("~s follows a recognition statute on ~w.", [N, D],
                  "На ~w в государстве признания (~s) действует закон о признании.", [D, N], T)
    ).

%   The names and words used in the sentences above, in the language of
%   the evaluation (language.pl): lang_name(Lang, Key, Words).

act_name(Act, N) :- current_lang(L), lang_name(L, act(Act), N).
kind_words(K, W) :- current_lang(L), lang_name(L, kind(K), W).
instrument_name(I, N) :- current_lang(L), lang_name(L, instrument(I), N).

%!  subject_words(+Subject, -Words) is det.
%
%   The decision's subject in words: in English the subject itself.
subject_words(S, W) :-
    current_lang(L),
    (   lang_name(L, subject(S), W0) -> W = W0 ; format(string(W), "~w", [S]) ).

role_words(Role, W) :- current_lang(L), lang_name(L, role(Role), W).

%   An official act of the Russian list (kb/official_lists.pl): in
%   Russian, its Russian title where known, else its title as given.
official_act_words(Act, W) :-
    current_lang(L),
    (   lang_name(L, official_act(Act), W0) -> W = W0
    ;   L == en -> W = Act
    ;   format(string(W), "«~s»", [Act])
    ).

lang_name(en, act(ufcmjra2005), "the Uniform Foreign-Country Money Judgments Recognition Act (2005)").
lang_name(en, act(ufmjra1962), "the Uniform Foreign Money-Judgments Recognition Act (1962) as the state enacted it").
lang_name(en, kind(judgment), "a court judgment").
lang_name(en, kind(arbitral_award), "an arbitral award").
lang_name(en, instrument(minsk1993), "the Minsk Convention (1993)").
lang_name(en, instrument(chisinau2002), "the Chisinau Convention (2002)").
lang_name(en, instrument(hague2019), "the Hague Judgments Convention (2019)").
lang_name(en, instrument(nyc1958), "the New York Convention (1958)").
lang_name(en, instrument(brussels_ia), "the Brussels Ia Regulation").
lang_name(en, instrument(brussels_i), "the Brussels I Regulation").
lang_name(en, role(forum), "the forum's state").
lang_name(en, role(origin), "the origin's state").
lang_name(ru, act(ufcmjra2005), "Единообразный закон о признании денежных решений иностранных государств (2005)").
lang_name(ru, act(ufmjra1962), "Единообразный закон о признании иностранных денежных решений (1962) в редакции, принятой штатом").
lang_name(ru, kind(judgment), "судебное решение").
lang_name(ru, kind(arbitral_award), "арбитражное решение").
lang_name(ru, instrument(minsk1993), "Минская конвенция (1993)").
lang_name(ru, instrument(chisinau2002), "Кишинёвская конвенция (2002)").
lang_name(ru, instrument(hague2019), "Гаагская конвенция о признании и приведении в исполнение иностранных судебных решений (2019)").
lang_name(ru, instrument(nyc1958), "Нью-Йоркская конвенция (1958)").
lang_name(ru, instrument(brussels_ia), "Регламент Брюссель Ia (№ 1215/2012)").
lang_name(ru, instrument(brussels_i), "Регламент Брюссель I (№ 44/2001)").
lang_name(ru, role(forum), "государство признания").
lang_name(ru, role(origin), "государство происхождения").
lang_name(ru, subject(money), "денежное требование").
lang_name(ru, subject(non_money), "неденежное требование").
lang_name(ru, subject(insolvency), "несостоятельность").
lang_name(ru, subject(family), "семейное дело").
lang_name(ru, subject(defamation), "диффамация").
lang_name(ru, subject(penalty), "штраф или иная санкция").
lang_name(ru, subject(tax), "налоги").
lang_name(ru, official_act("Government Order No. 430-r of 5 March 2022"),
          "распоряжение Правительства Российской Федерации от 5 марта 2022 г. № 430-р").
lang_name(ru, official_act("Government Order of 24 July 2022 (addition to Order No. 430-r)"),
          "распоряжение Правительства Российской Федерации от 24 июля 2022 г. (дополнение к распоряжению № 430-р)").
lang_name(ru, official_act("Government Order of October 2022 (British Overseas Territories)"),
          "распоряжение Правительства Российской Федерации от октября 2022 г. (британские заморские территории)").

ref_source(Ref, Cite, Extra) :-
    (   precedent(_, _, _, _, _, _, Ref, Src, Status)
    ->  source_text(Src, Cite), status_extra(Status, Extra)
    ;   Cite = "case file: evidence", Extra = []
    ).

source_text(Key, Text) :-
    (   source(Key, Desc, Url)
    ->  (   Url == "" -> Text = Desc
        ;   format(string(Text), "~s <~s>", [Desc, Url])
        )
    ;   format(string(Text), "source ~w", [Key])
    ).

status_extra(confirmed, []).
status_extra(unconfirmed(Why), [unconfirmed(Why)]).

%!  state_name(+Code, -Name) is det.
%
%   The state's name in the language of the evaluation: in Russian from
%   lang/ru.pl (the English name where it has none).
state_name(Code, Name) :-
    current_lang(ru), lang_ru:ru_state_name(Code, N), !,
    Name = N.
state_name('GB', "England and Wales") :- !.
state_name(Code, Name) :-
    (   iso_country(Code, N) -> true
    ;   us_subdivision(Code, N0) -> format(string(N), "~s (USA)", [N0])
    ;   N = Code
    ),
    format(string(Name), "~w", [N]).

