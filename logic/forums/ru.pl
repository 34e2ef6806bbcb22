/*  ru.pl -- Russia as the forum.

    Commercial (arbitrazh) courts: Arbitrazh Procedure Code arts. 241-246
    [R1][R2]; general courts: Civil Procedure Code arts. 409-412 [R3].
    The case format does not say which court hears a case; family matters
    are taken to the general courts (CPC), every other subject to the
    arbitrazh courts (APC) -- a simplification, marked so in the rules.
    After 28 February 2022, judicial practice requires proof of current
    reciprocity from states on the "unfriendly" list [R5], and treats
    counter-sanctions as part of public policy [R5][R9].

    Dates: the Arbitrazh Procedure Code (Federal Law No. 95-FZ of 24 Jul
    2002) is in force from 1 Sep 2002, the Civil Procedure Code (No.
    138-FZ of 14 Nov 2002) from 1 Feb 2003, the Insolvency Law (No.
    127-FZ of 26 Oct 2002) from 3 Dec 2002; the practice on reciprocity
    is read under the APC. The earlier codes (APC 1995, CPC RSFSR 1964)
    are not modelled: the forum_law_before_modelled rule (decision.pl)
    leaves Russian law unknown before 1 Feb 2003, when all three codes
    are in force (the APC rules apply from 1 Sep 2002 beside it).
*/
:- module(forum_ru, []).
:- multifile law:rule/4, world:forum/3, world:forum_law_modelled_from/2.

world:forum_law_modelled_from('RU', '2003-02-01').

world:forum('RU', "Russia",
            "Arbitrazh Procedure Code arts. 241-246: treaty, reciprocity in practice; post-2022 unfriendly-state practice; art. 248.1").

                 /*******************************
                 *        LEGAL BASES           *
                 *******************************/

%  APC art. 241(1): foreign judgments are recognised and enforced "if the
%  recognition and enforcement of such judgments is provided for by an
%  international treaty of the Russian Federation and federal law."

law:rule(ru_apc_241_treaty_bilateral,
    [ citation("Arbitrazh Procedure Code of the Russian Federation, art. 241(1); the bilateral legal-assistance treaty with the state of origin"),
      text("Russia recognises a foreign decision where a bilateral treaty with the state of origin provides for it."),
      valid('2002-09-01', open) ],
    legal_basis('RU', treaty(bilateral)),
    ( kind_is(judgment),
      \+ subject_is(family),
      bilateral_treaty_in_force(_) )).

%  Courts nevertheless recognise judgments without a treaty on
%  reciprocity and comity, reading art. 241 together with treaties such as
%  the ECHR's art. 6 [R12][R8][R6]. That practice is "subject to" the
%  post-2022 rule below: it applies only to states not on the unfriendly
%  list.

law:rule(ru_practice_reciprocity_de_jure,
    [ citation("Arbitrazh Procedure Code, art. 241(1), as applied on reciprocity and comity (e.g. Avanen Holdings v Verden Capital, Moscow Arbitrazh Court, 17 Jul 2020)"),
      text("Russian courts recognise a decision of a state not on the unfriendly list on reciprocity where that state's law permits its courts to recognise Russian decisions."),
      unconfirmed("judicial practice, not statute: the standard of proof for reciprocity varies between courts"),
      valid('2002-09-01', open) ],
    legal_basis('RU', reciprocity(de_jure)),
    ( kind_is(judgment),
      \+ subject_is(family),
      \+ subject_is(insolvency),
      \+ origin_on_unfriendly_list(_Since),
      origin_law_permits_recognition )).

law:rule(ru_practice_reciprocity_factual,
    [ citation("Arbitrazh Procedure Code, art. 241(1), as applied on reciprocity (e.g. Stichting Adm. Nems, A40-68312/2018, 19 Jun 2019)"),
      text("Russian courts recognise a decision of a state not on the unfriendly list on reciprocity where that state's courts have recognised a Russian decision."),
      valid('2002-09-01', open) ],
    legal_basis('RU', reciprocity(factual)),
    ( kind_is(judgment),
      \+ subject_is(family),
      \+ subject_is(insolvency),
      \+ origin_on_unfriendly_list(_Since),
      origin_recognised_forum_judgment(_Ref, _Date) )).

%  Insolvency: Federal Law No. 127-FZ "On Insolvency (Bankruptcy)",
%  art. 1(6): decisions of foreign courts in insolvency cases are
%  recognised under the international treaties of the Russian
%  Federation; without a treaty, "on the basis of reciprocity, unless
%  federal law provides otherwise" [R7]. A statutory reciprocity route,
%  not only practice -- but subject, like the practice, to the post-2022
%  rule for unfriendly states.
law:rule(ru_127fz_1_6_reciprocity_de_jure,
    [ citation("Federal Law No. 127-FZ on Insolvency (Bankruptcy), art. 1(6); Stichting Adm. Nems, Moscow Arbitrazh Court, A40-68312/2018 (19 Jun 2019)"),
      text("Russia recognises a foreign insolvency decision on reciprocity where the law of the state of origin permits its courts to recognise Russian insolvency decisions."),
      unconfirmed("the statute names reciprocity without defining its proof; the de jure reading follows Stichting Adm. Nems"),
      valid('2002-12-03', open) ],
    legal_basis('RU', reciprocity(de_jure)),
    ( kind_is(judgment),
      subject_is(insolvency),
      \+ origin_on_unfriendly_list(_Since),
      origin_law_permits_recognition )).

law:rule(ru_127fz_1_6_reciprocity_factual,
    [ citation("Federal Law No. 127-FZ on Insolvency (Bankruptcy), art. 1(6)"),
      text("Russia recognises a foreign insolvency decision on reciprocity where the courts of the state of origin have recognised a Russian insolvency decision."),
      valid('2002-12-03', open) ],
    legal_basis('RU', reciprocity(factual)),
    ( kind_is(judgment),
      subject_is(insolvency),
      \+ origin_on_unfriendly_list(_Since),
      origin_recognised_forum_judgment(_Ref, _Date) )).

%  Moscow District Arbitrazh Court, A40-242631/2022 (24 Jul 2023): for a
%  state on the list of Government Order 430-r, the applicant must prove
%  that the state of origin recognised a Russian decision after
%  28 February 2022; earlier practice is irrelevant [R5].
law:rule(ru_unfriendly_state_current_reciprocity,
    [ citation("Arbitrazh Procedure Code, art. 241(1); Government Order No. 430-r of 5 Mar 2022; Moscow District Arbitrazh Court, A40-242631/2022 (24 Jul 2023)"),
      text("For a state on Russia's list of unfriendly states, reciprocity holds only if its courts recognised a Russian decision after 28 February 2022."),
      valid('2022-02-28', open),
      unconfirmed("judicial practice of the Moscow District court, not statute") ],
    legal_basis('RU', reciprocity(factual)),
    ( kind_is(judgment),
      \+ subject_is(family),
      origin_on_unfriendly_list(_Since),
      origin_recognised_forum_judgment(_Ref, Date),
      on_or_after(Date, '2022-02-28') )).

                 /*******************************
                 *      GROUNDS OF REFUSAL      *
                 *******************************/

%  APC art. 244(1): "the arbitrazh court refuses" (отказывает -- every
%  ground is mandatory) where:

%  (1) "the decision has not entered into legal force under the law of
%  the state in whose territory it was rendered"
law:rule(ru_apc_244_1_1_not_final,
    [ citation("Arbitrazh Procedure Code of the Russian Federation, art. 244(1)(1)"),
      text("Recognition is refused unless the decision has entered into legal force in the state of origin; the applicant must show it."),
      kind(judgment), discretionary(false),
      valid('2002-09-01', open) ],
    refusal_ground('RU', not_final),
    ( \+ subject_is(family),
      \+ applicant_proves(final, true) )).

%  (2) "the party against whom the decision was rendered was deprived of
%  the possibility of defending its rights, in particular for lack of
%  timely and proper notice"
law:rule(ru_apc_244_1_2_no_notice,
    [ citation("Arbitrazh Procedure Code of the Russian Federation, art. 244(1)(2); art. 242(2)(4): the application attaches proof of notice"),
      text("Recognition is refused where the defendant was not timely and properly notified of the proceedings; the applicant files the proof of notice."),
      kind(judgment), discretionary(false),
      valid('2002-09-01', open) ],
    refusal_ground('RU', no_notice),
    ( \+ subject_is(family),
      \+ applicant_proves(defendant_notified, true) )).

law:rule(ru_apc_244_1_2_not_heard,
    [ citation("Arbitrazh Procedure Code of the Russian Federation, art. 244(1)(2)"),
      text("Recognition is refused where the defendant was otherwise unable to present its case."),
      kind(judgment), discretionary(false),
      valid('2002-09-01', open) ],
    refusal_ground('RU', not_heard),
    ( \+ subject_is(family),
      resisting_party_proves(defendant_heard, false) )).

%  (3) "the case falls within the exclusive competence of the courts of
%  the Russian Federation"
law:rule(ru_apc_244_1_3_exclusive_jurisdiction,
    [ citation("Arbitrazh Procedure Code of the Russian Federation, art. 244(1)(3)"),
      text("Recognition is refused where the dispute falls within the exclusive competence of the Russian courts."),
      kind(judgment), discretionary(false),
      valid('2002-09-01', open) ],
    refusal_ground('RU', exclusive_jurisdiction),
    ( \+ subject_is(family),
      resisting_party_proves(forum_exclusive_jurisdiction, true) )).

%  APC art. 248.1 (Federal Law No. 171-FZ of 8 Jun 2020): disputes
%  involving Russian persons under foreign restrictive measures belong to
%  the exclusive competence of the Russian arbitrazh courts.
law:rule(ru_apc_248_1_sanctions,
    [ citation("Arbitrazh Procedure Code of the Russian Federation, arts. 248.1 and 244(1)(3)"),
      text("Recognition is refused where the resisting party is a Russian person under foreign restrictive measures: such disputes belong exclusively to the Russian courts."),
      valid('2020-06-19', open),
      kind(judgment), discretionary(false),
      unconfirmed("the date art. 248.1 took effect (19 Jun 2020) is not in the project's sources") ],
    refusal_ground('RU', sanctions),
    resisting_party_proves(respondent_under_foreign_sanctions, true)).

%  (4) "there is a decision of a Russian court in force in a dispute
%  between the same persons, on the same subject and grounds"
law:rule(ru_apc_244_1_4_conflicting_judgment,
    [ citation("Arbitrazh Procedure Code of the Russian Federation, art. 244(1)(4)"),
      text("Recognition is refused where a Russian decision in force exists between the same persons on the same subject and grounds."),
      kind(judgment), discretionary(false),
      valid('2002-09-01', open) ],
    refusal_ground('RU', conflicting_judgment),
    ( \+ subject_is(family),
      resisting_party_proves(conflicting_judgment, true) )).

%  (5) "proceedings between the same persons, on the same subject and
%  grounds, were begun earlier in a Russian court"
law:rule(ru_apc_244_1_5_pending_proceedings,
    [ citation("Arbitrazh Procedure Code of the Russian Federation, art. 244(1)(5)"),
      text("Recognition is refused where proceedings between the same persons on the same dispute began earlier in a Russian court."),
      kind(judgment), discretionary(false),
      valid('2002-09-01', open) ],
    refusal_ground('RU', pending_proceedings),
    ( \+ subject_is(family),
      resisting_party_proves(forum_proceedings_pending, true) )).

%  (6) "the limitation period for presenting the decision for enforcement
%  has expired and was not restored"
law:rule(ru_apc_244_1_6_time_limit,
    [ citation("Arbitrazh Procedure Code of the Russian Federation, arts. 244(1)(6) and 246"),
      text("Enforcement is refused where the time limit for presenting the decision has expired and was not restored; the applicant must show it is in time."),
      kind(judgment), discretionary(false),
      valid('2002-09-01', open) ],
    refusal_ground('RU', time_limit),
    ( \+ subject_is(family),
      \+ applicant_proves(time_limit_met, true) )).

%  (7) "enforcement would be contrary to the public policy of the Russian
%  Federation"
law:rule(ru_apc_244_1_7_public_policy,
    [ citation("Arbitrazh Procedure Code of the Russian Federation, art. 244(1)(7)"),
      text("Recognition is refused where it would be contrary to Russian public policy."),
      kind(judgment), discretionary(false),
      valid('2002-09-01', open) ],
    refusal_ground('RU', public_policy),
    ( \+ subject_is(family),
      resisting_party_proves(public_policy_violation, true) )).

%  APC art. 241(1): without a treaty, recognition rests on reciprocity as
%  the courts practise it; where none is shown, the application fails.
law:rule(ru_apc_241_no_reciprocity,
    [ citation("Arbitrazh Procedure Code of the Russian Federation, art. 241(1)"),
      text("Without a treaty, Russian courts recognise a foreign decision only on reciprocity; no treaty applies and reciprocity is not established."),
      kind(judgment), discretionary(false),
      valid('2002-09-01', open) ],
    refusal_ground('RU', no_reciprocity),
    ( \+ subject_is(family),
      \+ legal_basis_holds('RU') )).

%  Counter-sanctions as public policy: Russian courts refused to enforce
%  in favour of a creditor from a state on the unfriendly list, holding
%  that the counter-sanctions decrees (Decree No. 95 of 5 Mar 2022 and
%  Order 430-r) form part of public policy -- for an LCIA award
%  (Krasnodar Arbitrazh Court; N. Caucasus District, A32-47144/2022,
%  16 Oct 2023) and in Rostov (A53-33710/2023, 16 Jan 2024) [R5][R9].
law:rule(ru_counter_sanctions_public_policy,
    [ citation("Arbitrazh Procedure Code, arts. 244(1)(7) and 244(3); Decree No. 95 of 5 Mar 2022; N. Caucasus District Arbitrazh Court, A32-47144/2022 (16 Oct 2023); Rostov Arbitrazh Court, A53-33710/2023 (16 Jan 2024)"),
      text("Russian courts have refused, as contrary to public policy, to enforce a decision or award in favour of a party from a state on the unfriendly list."),
      valid('2022-03-05', open),
      discretionary(true),
      unconfirmed("judicial practice of some courts, not a settled rule: other courts still enforce in favour of such parties") ],
    refusal_ground('RU', sanctions),
    applicant_from_unfriendly_state(_Since)).

                 /*******************************
                 *  GENERAL COURTS: CPC 409-412  *
                 *******************************/

%  CPC art. 409(1): "Decisions of foreign courts ... are recognised and
%  enforced in the Russian Federation if this is provided for by an
%  international treaty of the Russian Federation." No reciprocity route.
law:rule(ru_cpc_409_treaty_bilateral,
    [ citation("Civil Procedure Code of the Russian Federation, art. 409(1); the bilateral legal-assistance treaty with the state of origin"),
      text("Russia's general courts recognise a foreign decision in a family matter only where a treaty provides for it."),
      unconfirmed("the case format does not say which court hears the case: family matters are taken to the general courts"),
      valid('2003-02-01', open) ],
    legal_basis('RU', treaty(bilateral)),
    ( kind_is(judgment),
      subject_is(family),
      bilateral_treaty_in_force(_) )).

law:rule(ru_cpc_409_no_treaty,
    [ citation("Civil Procedure Code of the Russian Federation, art. 409(1)"),
      text("Without a treaty, Russia's general courts do not enforce a foreign decision (decisions on personal status need no exequatur: CPC art. 415, not modelled)."),
      kind(judgment), discretionary(false),
      unconfirmed("the case format does not say which court hears the case: family matters are taken to the general courts"),
      valid('2003-02-01', open) ],
    refusal_ground('RU', no_legal_basis),
    ( subject_is(family),
      \+ legal_basis_holds('RU') )).

%  CPC art. 412(1): "Refusal ... is permitted (допускается) where: (1) the
%  decision has not entered into legal force or is not enforceable ...;
%  (2) the party ... was deprived of the possibility to take part in the
%  proceedings for lack of timely and proper notice; (3) the case is in
%  the exclusive jurisdiction of Russian courts; (4) there is a Russian
%  decision in force ... or proceedings were begun earlier in a Russian
%  court; (5) enforcement may harm the sovereignty or security of the
%  Russian Federation or is contrary to its public policy; (6) the time
%  limit ... has expired." Refusal is permitted, not required.
law:rule(ru_cpc_412_1_1_not_final,
    [ citation("Civil Procedure Code of the Russian Federation, art. 412(1)(1)"),
      text("A general court may refuse where the decision is not in force or not enforceable in the state of origin."),
      kind(judgment), discretionary(true),
      valid('2003-02-01', open) ],
    refusal_ground('RU', not_final),
    ( subject_is(family),
      \+ applicant_proves(final, true) )).

law:rule(ru_cpc_412_1_2_no_notice,
    [ citation("Civil Procedure Code of the Russian Federation, art. 412(1)(2)"),
      text("A general court may refuse where the party against whom the decision was made had no timely and proper notice."),
      kind(judgment), discretionary(true),
      valid('2003-02-01', open) ],
    refusal_ground('RU', no_notice),
    ( subject_is(family),
      \+ applicant_proves(defendant_notified, true) )).

law:rule(ru_cpc_412_1_3_exclusive_jurisdiction,
    [ citation("Civil Procedure Code of the Russian Federation, art. 412(1)(3)"),
      text("A general court may refuse where the case falls within the exclusive jurisdiction of Russian courts."),
      kind(judgment), discretionary(true),
      valid('2003-02-01', open) ],
    refusal_ground('RU', exclusive_jurisdiction),
    ( subject_is(family),
      resisting_party_proves(forum_exclusive_jurisdiction, true) )).

law:rule(ru_cpc_412_1_4_conflicting_judgment,
    [ citation("Civil Procedure Code of the Russian Federation, art. 412(1)(4)"),
      text("A general court may refuse where a Russian decision in force exists between the same parties on the same subject."),
      kind(judgment), discretionary(true),
      valid('2003-02-01', open) ],
    refusal_ground('RU', conflicting_judgment),
    ( subject_is(family),
      resisting_party_proves(conflicting_judgment, true) )).

law:rule(ru_cpc_412_1_4_pending_proceedings,
    [ citation("Civil Procedure Code of the Russian Federation, art. 412(1)(4)"),
      text("A general court may refuse where proceedings on the same dispute were begun earlier in a Russian court."),
      kind(judgment), discretionary(true),
      valid('2003-02-01', open) ],
    refusal_ground('RU', pending_proceedings),
    ( subject_is(family),
      resisting_party_proves(forum_proceedings_pending, true) )).

law:rule(ru_cpc_412_1_5_public_policy,
    [ citation("Civil Procedure Code of the Russian Federation, art. 412(1)(5)"),
      text("A general court may refuse where enforcement may harm Russia's sovereignty or security or is contrary to its public policy."),
      kind(judgment), discretionary(true),
      valid('2003-02-01', open) ],
    refusal_ground('RU', public_policy),
    ( subject_is(family),
      resisting_party_proves(public_policy_violation, true) )).

law:rule(ru_cpc_412_1_6_time_limit,
    [ citation("Civil Procedure Code of the Russian Federation, arts. 412(1)(6) and 409(2)"),
      text("A general court may refuse where the time limit for presenting the decision for enforcement has expired."),
      kind(judgment), discretionary(true),
      valid('2003-02-01', open) ],
    refusal_ground('RU', time_limit),
    ( subject_is(family),
      \+ applicant_proves(time_limit_met, true) )).
