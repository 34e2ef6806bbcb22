/*  de.pl -- Germany as the forum.

    The national route for judgments of states outside the EU and treaty
    regimes: Zivilprozessordnung (ZPO) s. 328 (recognition) and ss. 722-723
    (the enforcement judgment, Vollstreckungsurteil) [G1]. Section 328(1)
    lists when recognition "ist ausgeschlossen" (is excluded): every ground
    is mandatory. Nos 1 and 5 (jurisdiction, reciprocity) are read as
    preconditions the party seeking recognition must prove (BGH, 29 Apr
    1999, IX ZR 263/97 = BGHZ 141, 286). Reciprocity is guaranteed
    ("verbuergt") unless the recognition of comparable German judgments in
    the state of origin meets appreciable obstacles ("nennenswerte
    Erschwernisse"); the origin's actual practice comes first, its statute
    law only where no practice can be shown (BGHZ 49, 50); it must exist
    at the time of recognition. There is no official German list of
    states with which reciprocity is guaranteed: the lists are in the
    commentaries (research: docs/research/2026-11-western-instruments.md
    s. 4).

    The national route gives way where an instrument applies: every rule
    here is subject_to Brussels Ia art. 36, Brussels I art. 33 and the
    Hague Convention 2019 art. 4 (logic/instruments/).

    Not modelled: family matters, governed since 1 Sep 2009 by FamFG
    ss. 107-109 rather than ZPO s. 328, and foreign insolvency
    proceedings, recognised under InsO s. 343 without reciprocity (both
    outside the project's research; here they run through s. 328); the
    CMR art. 31(3) route for Russian carriage judgments.

    Dates: the rules encode s. 328 in the wording of the Act on the Reform
    of Private International Law of 25 Jul 1986 (BGBl. I 1142), in force
    1 Sep 1986, and are valid from that day. Nos 1, 3 and 5 stood in
    substance before it, but the dates of each item's earlier wording are
    not in the sources, so German law before 1 Sep 1986 is not modelled:
    the forum_law_before_modelled rule (decision.pl) leaves it unknown.
*/
:- module(forum_de, []).
:- use_module('../lang/language', []).
:- encoding(utf8).
:- multifile law:rule/4, world:forum/3, world:describe/6, world:forum_law_modelled_from/2.

world:forum_law_modelled_from('DE', '1986-09-01').

world:forum('DE', "Germany",
            "ZPO s. 328 and ss. 722-723: reciprocity (de jure, factual), s. 328(2) non-pecuniary claims; subject to Brussels Ia / Brussels I / Hague 2019").

                 /*******************************
                 *        LEGAL BASES           *
                 *******************************/

%  ZPO s. 328(1): "Die Anerkennung des Urteils eines auslaendischen
%  Gerichts ist ausgeschlossen: ... 5. wenn die Gegenseitigkeit nicht
%  verbuergt ist." -- recognition is excluded if reciprocity is not
%  guaranteed. "Die Verbuergung der Gegenseitigkeit muss beweisen, wer die
%  Anerkennung des auslaendischen Urteils im Inland erstrebt" (BGHZ 141,
%  286): the applicant proves it. Where the origin's courts have no
%  practice on German judgments, its statute law decides (BGHZ 49, 50);
%  a practice of refusing German judgments for lack of reciprocity, or a
%  German appellate finding that reciprocity is not guaranteed, defeats
%  an argument from the origin's statute.

law:rule(de_zpo_328_1_5_reciprocity_de_jure,
    [ citation("ZPO s. 328(1) No. 5; BGH IX ZR 263/97 (29 Apr 1999), BGHZ 141, 286 (burden on the applicant); BGHZ 49, 50 (practice first, then the origin's statute)"),
      text("Germany recognises a foreign judgment where reciprocity is guaranteed: the law of the state of origin permits its courts to recognise comparable German judgments without appreciable obstacles, its courts have not refused German judgments for lack of reciprocity, and no German appellate court has found reciprocity with that state not guaranteed."),
      subject_to([brussels_ia_art_36, brussels_i_art_33, hague2019_art_4]),
      unconfirmed("courts differ on whether the origin's statute suffices where its courts have not yet recognised a German judgment: for China, KG Berlin (2006) held it did, the Chinese conditions being no stricter; LG Saarbruecken (16 Apr 2021, 5 O 249/19) demanded an established practice"),
      valid('1986-09-01', open) ],
    legal_basis('DE', reciprocity(de_jure)),
    ( kind_is(judgment),
      \+ forum_de:reciprocity_found_not_guaranteed(_FRef, _FDate),
      \+ origin_refused_forum_judgment_for_lack_of_reciprocity(_RRef, _RDate),
      origin_law_permits_recognition )).

%  The same s. 328(1) No. 5, shown by practice: the origin's courts have
%  recognised a German judgment on a comparable subject. A recognition
%  that a German appellate court later weighed, finding reciprocity not
%  guaranteed all the same, no longer shows it.

law:rule(de_zpo_328_1_5_reciprocity_factual,
    [ citation("ZPO s. 328(1) No. 5; BGHZ 49, 50 (the origin's practice comes first); BGHZ 141, 286"),
      text("Germany recognises a foreign judgment where reciprocity is guaranteed in practice: the courts of the state of origin have recognised a German judgment on a comparable subject, and no German appellate court has since found reciprocity with that state not guaranteed."),
      subject_to([brussels_ia_art_36, brussels_i_art_33, hague2019_art_4]),
      unconfirmed("courts differ on whether one isolated recognition shows a practice: LG Saarbruecken (16 Apr 2021, 5 O 249/19) held a single Chinese recognition of a German decision (Wuhan 2013) insufficient"),
      valid('1986-09-01', open) ],
    legal_basis('DE', reciprocity(factual)),
    ( kind_is(judgment),
      origin_recognised_forum_judgment(_Ref, Date),
      \+ forum_de:reciprocity_found_not_guaranteed_since(Date, _FRef, _FDate) )).

%  ZPO s. 328(2): "Die Vorschrift der Nummer 5 steht der Anerkennung des
%  Urteils nicht entgegen, wenn das Urteil einen nichtvermoegensrechtlichen
%  Anspruch betrifft und nach den deutschen Gesetzen ein Gerichtsstand im
%  Inland nicht begruendet war." -- No. 5 does not bar recognition of a
%  judgment on a non-pecuniary claim where German law gave no German
%  forum. The case format has no fact for the second condition: it is a
%  visible, unconfirmed assumption of the derivation (see
%  no_german_forum_assumed below).

law:rule(de_zpo_328_2_non_pecuniary,
    [ citation("ZPO s. 328(2)"),
      text("Reciprocity is not required for a judgment on a non-pecuniary claim where German law provided no forum in Germany for it."),
      subject_to([brussels_ia_art_36, brussels_i_art_33, hague2019_art_4]),
      unconfirmed("family matters are weighed here as non-pecuniary claims, but since 1 Sep 2009 they fall under FamFG ss. 107-109, which are not modelled"),
      valid('1986-09-01', open) ],
    legal_basis('DE', domestic_law(zpo_328_2)),
    ( kind_is(judgment),
      ( subject_is(non_money) ; subject_is(family) ),
      forum_de:no_german_forum_assumed )).

                 /*******************************
                 *      GROUNDS OF REFUSAL      *
                 *******************************/

%  ZPO s. 328(1): "Die Anerkennung des Urteils eines auslaendischen
%  Gerichts ist ausgeschlossen:" (recognition is excluded -- every ground
%  is mandatory)

%  "1. wenn die Gerichte des Staates, dem das auslaendische Gericht
%  angehoert, nach den deutschen Gesetzen nicht zustaendig sind" -- the
%  origin's courts lacked jurisdiction by German rules (mirror principle);
%  a precondition the applicant proves (BGHZ 141, 286).
law:rule(de_zpo_328_1_1_no_jurisdiction,
    [ citation("ZPO s. 328(1) No. 1; BGH IX ZR 263/97 (29 Apr 1999), BGHZ 141, 286"),
      text("Recognition is excluded unless the courts of the state of origin had jurisdiction under German rules of jurisdiction applied in mirror image; the applicant must show it."),
      kind(judgment), discretionary(false),
      subject_to([brussels_ia_art_36, brussels_i_art_33, hague2019_art_4]),
      valid('1986-09-01', open) ],
    refusal_ground('DE', no_jurisdiction),
    \+ applicant_proves(origin_had_jurisdiction, true)).

%  "2. wenn dem Beklagten, der sich auf das Verfahren nicht eingelassen
%  hat und sich hierauf beruft, das verfahrenseinleitende Dokument nicht
%  ordnungsmaessig oder nicht so rechtzeitig zugestellt worden ist, dass
%  er sich verteidigen konnte" -- a defendant who did not appear and
%  invokes it was not served properly or in time to defend.
law:rule(de_zpo_328_1_2_no_notice,
    [ citation("ZPO s. 328(1) No. 2"),
      text("Recognition is excluded where the defendant, who did not enter an appearance and invokes it, was not served with the document instituting the proceedings properly or in time to defend; the defendant must show it."),
      kind(judgment), discretionary(false),
      subject_to([brussels_ia_art_36, brussels_i_art_33, hague2019_art_4]),
      unconfirmed("the case format has no fact for whether the defendant entered an appearance; a defendant who proves lack of notice is taken not to have appeared"),
      valid('1986-09-01', open) ],
    refusal_ground('DE', no_notice),
    resisting_party_proves(defendant_notified, false)).

%  "3. wenn das Urteil mit einem hier erlassenen oder einem anzuerkennenden
%  frueheren auslaendischen Urteil oder wenn das ihm zugrunde liegende
%  Verfahren mit einem frueher hier rechtshaengig gewordenen Verfahren
%  unvereinbar ist"
law:rule(de_zpo_328_1_3_conflicting_judgment,
    [ citation("ZPO s. 328(1) No. 3, first alternative"),
      text("Recognition is excluded where the judgment is irreconcilable with a German judgment or with an earlier foreign judgment that is to be recognised."),
      kind(judgment), discretionary(false),
      subject_to([brussels_ia_art_36, brussels_i_art_33, hague2019_art_4]),
      valid('1986-09-01', open) ],
    refusal_ground('DE', conflicting_judgment),
    resisting_party_proves(conflicting_judgment, true)).

law:rule(de_zpo_328_1_3_pending_proceedings,
    [ citation("ZPO s. 328(1) No. 3, second alternative"),
      text("Recognition is excluded where the proceedings abroad are irreconcilable with proceedings that became pending in Germany earlier."),
      kind(judgment), discretionary(false),
      subject_to([brussels_ia_art_36, brussels_i_art_33, hague2019_art_4]),
      valid('1986-09-01', open) ],
    refusal_ground('DE', pending_proceedings),
    resisting_party_proves(forum_proceedings_pending, true)).

%  "4. wenn die Anerkennung des Urteils zu einem Ergebnis fuehrt, das mit
%  wesentlichen Grundsaetzen des deutschen Rechts offensichtlich
%  unvereinbar ist, insbesondere wenn die Anerkennung mit den Grundrechten
%  unvereinbar ist" (ordre public)
law:rule(de_zpo_328_1_4_public_policy,
    [ citation("ZPO s. 328(1) No. 4"),
      text("Recognition is excluded where it would lead to a result manifestly incompatible with essential principles of German law, in particular with fundamental rights."),
      kind(judgment), discretionary(false),
      subject_to([brussels_ia_art_36, brussels_i_art_33, hague2019_art_4]),
      valid('1986-09-01', open) ],
    refusal_ground('DE', public_policy),
    resisting_party_proves(public_policy_violation, true)).

%  ZPO s. 723(2): "Das Vollstreckungsurteil ist erst zu erlassen, wenn das
%  Urteil des auslaendischen Gerichts nach dem fuer dieses Gericht
%  geltenden Recht die Rechtskraft erlangt hat." -- enforcement only once
%  the judgment is res judicata under the law of origin.
law:rule(de_zpo_723_2_not_final,
    [ citation("ZPO s. 723(2), first sentence"),
      text("The enforcement judgment is given only once the foreign judgment has become final (res judicata) under the law of the state of origin; the applicant must show it."),
      kind(judgment), discretionary(false),
      subject_to([brussels_ia_art_36, brussels_i_art_33, hague2019_art_4]),
      valid('1986-09-01', open) ],
    refusal_ground('DE', not_final),
    \+ applicant_proves(final, true)).

%  ZPO s. 328(1) No. 5 and s. 723(2), second sentence: "Es ist nicht zu
%  erlassen, wenn die Anerkennung des Urteils nach s. 328 ausgeschlossen
%  ist." Without an instrument, recognition needs reciprocity (or s.
%  328(2)); where no basis holds, it is excluded.
law:rule(de_zpo_328_1_5_no_reciprocity,
    [ citation("ZPO s. 328(1) No. 5 and (2); s. 723(2), second sentence"),
      text("Recognition is excluded where reciprocity with the state of origin is not guaranteed and no other basis holds."),
      kind(judgment), discretionary(false),
      subject_to([brussels_ia_art_36, brussels_i_art_33, hague2019_art_4]),
      valid('1986-09-01', open) ],
    refusal_ground('DE', no_reciprocity),
    \+ legal_basis_holds('DE')).

                 /*******************************
                 *     GERMAN FINDINGS (DATA)   *
                 *******************************/

%!  reciprocity_not_guaranteed(?State, ?Ref, ?Date, ?Source, ?Status) is nondet.
%
%   A German appellate court found that reciprocity with State is not
%   guaranteed (ZPO s. 328(1) No. 5), by the decision Ref of Date.
%   Status is confirmed or unconfirmed(Why). Single first-instance
%   decisions are not listed: they bind no other court, and for China
%   they conflict (KG Berlin 2006 recognised; LG Saarbruecken 2021
%   refused).

reciprocity_not_guaranteed('RU', "OLG Hamburg, 13 Jul 2016, 6 U 152/11; BGH, 5 Jul 2018, IX ZR 195/16, dismissing the complaint against refusal of leave to appeal", '2016-07-13',
    "Noerr, 25 Aug 2016; openjur.de/u/907716; docs/research/2026-11-western-instruments.md s. 4c",
    confirmed).
reciprocity_not_guaranteed('RU', "OLG Hamburg, 28 Oct 2004, 6 U 89/04", '2004-10-28',
    "docs/research/2026-11-western-instruments.md s. 4c (listed as earlier authority to OLG Hamburg 6 U 152/11)",
    unconfirmed("listed in the research as earlier authority to the same effect; its holding was not re-read")).

%!  reciprocity_found_not_guaranteed(-Ref, -Date) is nondet.
%
%   A German appellate court found reciprocity with the case's state of
%   origin not guaranteed, before the as-of date: like a precedent
%   (world.pl), a finding counts from the day after it was given, since
%   on its own day it may be the decision being weighed.

reciprocity_found_not_guaranteed(Ref, Date) :-
    world:origin_country(C), world:as_of(AsOf),
    reciprocity_not_guaranteed(C, Ref, Date, _, _),
    Date @< AsOf.

%!  reciprocity_found_not_guaranteed_since(+From, -Ref, -Date) is nondet.
%
%   As reciprocity_found_not_guaranteed/2, by a decision dated on or
%   after From: a later finding outweighs an earlier recognition.

reciprocity_found_not_guaranteed_since(From, Ref, Date) :-
    reciprocity_found_not_guaranteed(Ref, Date),
    Date @>= From.

%!  no_german_forum_assumed is det.
%
%   ZPO s. 328(2)'s condition that German law provided no German forum:
%   the case format has no fact for it, so it is assumed, and shown.

no_german_forum_assumed.

                 /*******************************
                 *        DESCRIPTIONS          *
                 *******************************/

world:describe(forum_de:reciprocity_found_not_guaranteed(Ref, Date), V,
               'de:reciprocity_not_guaranteed', T, Cite, Extra) :-
    world:origin_country(C), world:state_name(C, N), world:as_of(AsOf),
    (   V == true, reciprocity_not_guaranteed(C, Ref, Date, Src, Status)
    ->  language:trf("A German court found reciprocity with ~s not guaranteed: ~s (~w).",
                     "Германский суд констатировал, что взаимность с государством происхождения (~s) не обеспечена: «~s» (~w).",
                     [N, Ref, Date], T),
        Cite = Src, status_extra(Status, Extra)
    ;   language:tr_format("No German appellate decision finding reciprocity with ~s not guaranteed is known by ~w.", [N, AsOf],
                           "По состоянию на ~w не известно ни одного решения германского апелляционного суда, констатирующего, что взаимность с государством происхождения (~s) не обеспечена.", [AsOf, N],
                           T),
        Cite = "logic/forums/de.pl: reciprocity_not_guaranteed/5", Extra = []
    ).
world:describe(forum_de:reciprocity_found_not_guaranteed_since(From, Ref, Date), V,
               'de:reciprocity_not_guaranteed', T, Cite, Extra) :-
    world:origin_country(C), world:state_name(C, N), world:as_of(AsOf),
    (   V == true, reciprocity_not_guaranteed(C, Ref, Date, Src, Status)
    ->  language:trf("After that recognition, a German court found reciprocity with ~s not guaranteed all the same: ~s (~w).",
                     "После этого признания германский суд всё же констатировал, что взаимность с государством происхождения (~s) не обеспечена: «~s» (~w).",
                     [N, Ref, Date], T),
        Cite = Src, status_extra(Status, Extra)
    ;   language:trf("No German appellate decision from ~w to ~w finds reciprocity with ~s not guaranteed.",
                     "Ни одно решение германского апелляционного суда, вынесенное с ~w по ~w, не констатирует, что взаимность с государством происхождения (~s) не обеспечена.",
                     [From, AsOf, N], T),
        Cite = "logic/forums/de.pl: reciprocity_not_guaranteed/5", Extra = []
    ).
world:describe(forum_de:no_german_forum_assumed, _V, 'de:no_german_forum', T,
               "ZPO s. 328(2); the case format (format 1) has no fact for it", Extra) :-
    language:tr("German law provided no forum in Germany for the claim (assumed: the case file cannot say).",
                "Германское право не предусматривало подсудности этого требования суду в Германии (предполагается: материалы дела не могут этого установить).",
                T),
    language:tr("assumed, not established: format 1 has no fact for whether a German court had jurisdiction over the claim",
                "предполагается, но не установлено: в формате 1 нет факта о том, была ли у германского суда компетенция по этому требованию",
                Why),
    Extra = [unconfirmed(Why)].

status_extra(confirmed, []).
status_extra(unconfirmed(Why), [unconfirmed(Why)]).
