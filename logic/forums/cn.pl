/*  cn.pl -- the People's Republic of China as the forum.

    Civil Procedure Law (CPL): art. 282 (2017 text), art. 289 (2021 text),
    art. 299 (2023 text, in force 1 Jan 2024): recognition "in accordance
    with international treaties ... or the principle of reciprocity";
    grounds of refusal codified in arts. 300-302 from 1 Jan 2024 [C1][C2]
    [C3]. Reciprocity changed over time: factual only (Gomi Akira, 1995);
    presumed among participants of the Nanning Statement (8 Jun 2017);
    de jure and consensual under the 2021 Conference Summary (published
    January 2022). Insolvency follows Enterprise Bankruptcy Law art. 5,
    to which the 2022 policy does not apply [C9][C10].

    Dates: the Civil Procedure Law of 9 Apr 1991 took effect on its
    adoption; its articles were renumbered by the amendments of 2007,
    2012, 2017, 2021 and 2023 (the citations give the 2023 number and
    those of 2012-2021; the 1991 and 2007 numbers are not in the
    sources). The two-year time limit dates from the 2007
    amendment, in force 1 Apr 2008; before it the limit was one year, or
    six months where both parties were legal persons. Chinese law before
    9 Apr 1991 is not modelled (forum_law_before_modelled, decision.pl).
*/
:- module(forum_cn, []).
:- multifile law:rule/4, world:forum/3, world:forum_law_modelled_from/2.

world:forum_law_modelled_from('CN', '1991-04-09').

world:forum('CN', "China",
            "Civil Procedure Law arts. 299-303 (2023): treaty or reciprocity (factual, Nanning presumption, 2022 Summary); Enterprise Bankruptcy Law art. 5").

                 /*******************************
                 *        LEGAL BASES           *
                 *******************************/

%  CPL art. 299 (2023): a people's court reviews an application "in
%  accordance with the international treaties concluded or acceded to by
%  the PRC or with the principle of reciprocity".
law:rule(cn_cpl_299_treaty_bilateral,
    [ citation("PRC Civil Procedure Law, art. 299 (2023; formerly art. 289 (2021), art. 282 (2017)); the bilateral judicial-assistance treaty with the state of origin"),
      text("China recognises a foreign decision where a bilateral treaty with a clause on court decisions binds China and the state of origin."),
      valid('1991-04-09', open) ],
    legal_basis('CN', treaty(bilateral)),
    ( kind_is(judgment),
      bilateral_treaty_in_force(_) )).

%  Factual reciprocity: the courts of the state of origin have recognised
%  a Chinese decision (SPC reply in Gomi Akira, 1995; Liu Li, Wuhan 2017;
%  Kolmar, Nanjing 2016).
law:rule(cn_cpl_299_reciprocity_factual,
    [ citation("PRC Civil Procedure Law, art. 299 (formerly arts. 289, 282), principle of reciprocity as applied since the SPC reply in Gomi Akira (1995)"),
      text("China recognises a foreign civil or commercial decision on reciprocity where the courts of the state of origin have recognised a Chinese decision."),
      valid('1991-04-09', open) ],
    legal_basis('CN', reciprocity(factual)),
    ( kind_is(judgment),
      \+ subject_is(insolvency),
      origin_recognised_forum_judgment(_Ref, _Date) )).

%  Nanning Statement of the 2nd China-ASEAN Justice Forum (8 Jun 2017),
%  art. 7: absent a treaty, participating states may presume reciprocity
%  where the courts of the other state have not refused their judgments
%  on the ground of lack of reciprocity [C5][C12].
law:rule(cn_nanning_statement_presumed_reciprocity,
    [ citation("Nanning Statement of the 2nd China-ASEAN Justice Forum (8 Jun 2017), art. 7; PRC Civil Procedure Law, art. 299"),
      text("For a state that took part in the Nanning Statement, China presumes reciprocity unless that state's courts have refused a Chinese decision for lack of reciprocity."),
      valid('2017-06-08', open),
      unconfirmed("the text of art. 7 was only partly retrieved") ],
    legal_basis('CN', reciprocity(presumed)),
    ( kind_is(judgment),
      \+ subject_is(insolvency),
      origin_took_part_in_nanning_statement,
      \+ origin_refused_forum_judgment_for_lack_of_reciprocity(_Ref, _Date) )).

%  SPC Several Opinions on Providing Judicial Services and Safeguards for
%  the Belt and Road Initiative (Fa Fa [2015] No. 9, 7 Jul 2015), art. 6:
%  where a state has not yet established reciprocity with China, courts
%  may, on the basis of that state's commitment to cooperation, "take the
%  first step" and give judicial assistance to its parties [C6].
law:rule(cn_bri_2015_first_step,
    [ citation("SPC Opinions on the Belt and Road Initiative, Fa Fa [2015] No. 9 (7 Jul 2015), art. 6; PRC Civil Procedure Law, art. 282 (2017 text)"),
      text("Since July 2015, Chinese courts may take the first step and recognise a decision of a state that has committed to judicial cooperation with China, although reciprocity is not yet established."),
      valid('2015-07-07', open),
      unconfirmed("the Opinion's article number and wording are from secondary sources; it is guidance to the courts, not a binding rule") ],
    legal_basis('CN', reciprocity(consensual)),
    ( kind_is(judgment),
      \+ subject_is(insolvency),
      reciprocity_arrangement(_Ref, _Date),
      \+ origin_refused_forum_judgment_for_lack_of_reciprocity(_Ref2, _Date2) )).

%  SPC Opinions on Further Providing Judicial Services and Safeguards for
%  the Belt and Road Initiative (Fa Fa [2019] No. 29, 9 Dec 2019): courts
%  are to presume reciprocity with states taking part in the Initiative
%  where the other state has no precedent of refusing to recognise
%  Chinese judgments. The Opinion names no states; whether the origin is
%  a partner is for the applicant to show (fact
%  origin_belt_and_road_partner). The refusal condition comes first: a
%  refusal defeats the presumption whatever the partnership.
law:rule(cn_bri_2019_presumed_reciprocity,
    [ citation("SPC Opinions on Further Providing Judicial Services and Safeguards for the Belt and Road Initiative, Fa Fa [2019] No. 29 (9 Dec 2019); PRC Civil Procedure Law, art. 289 (2021 text)"),
      text("From December 2019, Chinese courts presume reciprocity with a state taking part in the Belt and Road Initiative whose courts have not refused a Chinese decision for lack of reciprocity."),
      valid('2019-12-09', open),
      unconfirmed("the presumption's wording is known from secondary sources; the Opinion is guidance to the courts, not a binding rule") ],
    legal_basis('CN', reciprocity(presumed)),
    ( kind_is(judgment),
      \+ subject_is(insolvency),
      \+ origin_refused_forum_judgment_for_lack_of_reciprocity(_Ref, _Date),
      applicant_proves(origin_belt_and_road_partner, true) )).

%  Conference Summary of the National Symposium on Foreign-related
%  Commercial and Maritime Trials (2021, published Jan 2022), art. 44:
%  reciprocity may be found where (1) under the law of the state of
%  origin Chinese judgments can be recognised; (2) the two states have
%  reached a reciprocal understanding or consensus; (3) the state of
%  origin made a reciprocity commitment through diplomatic channels and
%  has not refused a Chinese judgment for lack of reciprocity. It does not
%  apply to bankruptcy [C4][C8][C9].
law:rule(cn_summary_2022_de_jure_reciprocity,
    [ citation("SPC Conference Summary on Foreign-related Commercial and Maritime Trials (2021), art. 44(1); PRC Civil Procedure Law, art. 299"),
      text("China finds reciprocity where the law of the state of origin permits its courts to recognise Chinese civil and commercial decisions."),
      valid('2022-01-24', open),
      unconfirmed("the Summary's exact wording, article number and date of effect (published January 2022) are not confirmed") ],
    legal_basis('CN', reciprocity(de_jure)),
    ( kind_is(judgment),
      \+ subject_is(insolvency),
      origin_law_permits_recognition )).

law:rule(cn_summary_2022_consensual_reciprocity,
    [ citation("SPC Conference Summary on Foreign-related Commercial and Maritime Trials (2021), art. 44(2)-(3); PRC Civil Procedure Law, art. 299"),
      text("China finds reciprocity where China and the state of origin have reached a reciprocal understanding or consensus, or the state of origin made a diplomatic commitment to reciprocity, and that state's courts have not refused a Chinese decision for lack of reciprocity."),
      valid('2022-01-24', open),
      unconfirmed("the Summary's exact wording, article number and date of effect (published January 2022) are not confirmed") ],
    legal_basis('CN', reciprocity(consensual)),
    ( kind_is(judgment),
      \+ subject_is(insolvency),
      reciprocity_arrangement(_Ref, _Date),
      \+ origin_refused_forum_judgment_for_lack_of_reciprocity(_Ref2, _Date2) )).

%  Enterprise Bankruptcy Law art. 5(2) (in force 1 Jun 2007): a foreign
%  insolvency judgment is recognised "in accordance with international
%  treaties ... or the principle of reciprocity", provided it does not
%  violate basic principles of PRC law, sovereignty, security or public
%  interest, nor harm the rights of creditors in China [C10].
law:rule(cn_ebl_5_reciprocity_de_jure,
    [ citation("PRC Enterprise Bankruptcy Law, art. 5(2); In re DAR, Beijing No.1 IPC (2023); Shanghai No.3 IPC, (2021) Hu 03 Xie Wai Ren No.1 (2023)"),
      text("China recognises a foreign insolvency decision on reciprocity where the law of the state of origin permits its courts to recognise Chinese insolvency decisions."),
      valid('2007-06-01', open),
      unconfirmed("courts applied de jure reciprocity to insolvency case by case; no binding rule states it") ],
    legal_basis('CN', reciprocity(de_jure)),
    ( subject_is(insolvency),
      origin_law_permits_recognition )).

law:rule(cn_ebl_5_reciprocity_factual,
    [ citation("PRC Enterprise Bankruptcy Law, art. 5(2); Wuhan IPC (2013), recognising a German insolvency judgment"),
      text("China recognises a foreign insolvency decision on reciprocity where the courts of the state of origin have recognised a Chinese insolvency decision."),
      valid('2007-06-01', open) ],
    legal_basis('CN', reciprocity(factual)),
    ( subject_is(insolvency),
      origin_recognised_forum_judgment(_Ref, _Date) )).

                 /*******************************
                 *      GROUNDS OF REFUSAL      *
                 *******************************/

%  CPL art. 299: the decision must be "legally effective".
law:rule(cn_cpl_299_not_final,
    [ citation("PRC Civil Procedure Law, art. 299 (formerly arts. 289, 282): a legally effective judgment"),
      text("Recognition is refused unless the decision is legally effective (final) in the state of origin; the applicant must show it."),
      kind(judgment), discretionary(false),
      valid('1991-04-09', open) ],
    refusal_ground('CN', not_final),
    \+ applicant_proves(final, true)).

%  CPL art. 300 (2023): "the people's court shall rule not to recognise
%  and enforce" where, after review: (1) the foreign court had no
%  jurisdiction under art. 301; ...
law:rule(cn_cpl_300_1_no_jurisdiction,
    [ citation("PRC Civil Procedure Law, arts. 300(1) and 301 (2023)"),
      text("Recognition is refused where the foreign court had no jurisdiction under its own law or no appropriate connection with the dispute."),
      valid('2024-01-01', open),
      kind(judgment), discretionary(false) ],
    refusal_ground('CN', no_jurisdiction),
    resisting_party_proves(origin_had_jurisdiction, false)).

law:rule(cn_cpl_301_2_exclusive_jurisdiction,
    [ citation("PRC Civil Procedure Law, arts. 300(1) and 301(2) (2023)"),
      text("Recognition is refused where the foreign court's jurisdiction violated the exclusive jurisdiction of the Chinese courts."),
      valid('2024-01-01', open),
      kind(judgment), discretionary(false) ],
    refusal_ground('CN', exclusive_jurisdiction),
    resisting_party_proves(forum_exclusive_jurisdiction, true)).

%  (2) "the respondent was not lawfully summoned, or ... was not given a
%  reasonable opportunity to be heard"
law:rule(cn_cpl_300_2_no_notice,
    [ citation("PRC Civil Procedure Law, art. 300(2) (2023)"),
      text("Recognition is refused where the respondent was not lawfully summoned."),
      valid('2024-01-01', open),
      kind(judgment), discretionary(false) ],
    refusal_ground('CN', no_notice),
    resisting_party_proves(defendant_notified, false)).

law:rule(cn_cpl_300_2_not_heard,
    [ citation("PRC Civil Procedure Law, art. 300(2) (2023)"),
      text("Recognition is refused where the respondent, though summoned, had no reasonable opportunity to be heard."),
      valid('2024-01-01', open),
      kind(judgment), discretionary(false) ],
    refusal_ground('CN', not_heard),
    resisting_party_proves(defendant_heard, false)).

%  Before 2024: an application for a default judgment had to show that
%  the absent party was lawfully summoned (SPC Interpretation of the CPL).
law:rule(cn_spc_interpretation_no_notice,
    [ citation("SPC Interpretation on the Application of the Civil Procedure Law (2015, amended 2022), provisions on recognising default judgments"),
      text("Before 2024, recognition was refused where the respondent in a default judgment was not lawfully summoned."),
      valid('0000-01-01', '2024-01-01'),
      kind(judgment), discretionary(false),
      unconfirmed("the article number of the Interpretation (about art. 543) is not confirmed") ],
    refusal_ground('CN', no_notice),
    resisting_party_proves(defendant_notified, false)).

%  (3) "the judgment was obtained by fraud"
law:rule(cn_cpl_300_3_fraud,
    [ citation("PRC Civil Procedure Law, art. 300(3) (2023)"),
      text("Recognition is refused where the decision was obtained by fraud."),
      valid('2024-01-01', open),
      kind(judgment), discretionary(false) ],
    refusal_ground('CN', fraud),
    resisting_party_proves(fraud, true)).

%  (4) "a people's court has already rendered a judgment on the same
%  dispute, or has recognised a third-state judgment on it"
law:rule(cn_cpl_300_4_conflicting_judgment,
    [ citation("PRC Civil Procedure Law, art. 300(4) (2023)"),
      text("Recognition is refused where a Chinese court has already decided the same dispute, or recognised a third-state decision on it."),
      valid('2024-01-01', open),
      kind(judgment), discretionary(false) ],
    refusal_ground('CN', conflicting_judgment),
    resisting_party_proves(conflicting_judgment, true)).

%  (5) "violates the basic principles of PRC law or harms state
%  sovereignty, security or the social public interest" (also CPL art.
%  299 and its predecessors, and EBL art. 5(2)).
law:rule(cn_cpl_300_5_public_policy,
    [ citation("PRC Civil Procedure Law, art. 300(5) (2023; formerly arts. 289, 282); Enterprise Bankruptcy Law, art. 5(2)"),
      text("Recognition is refused where it would violate the basic principles of Chinese law or harm sovereignty, security or the public interest."),
      kind(judgment), discretionary(false),
      valid('1991-04-09', open) ],
    refusal_ground('CN', public_policy),
    resisting_party_proves(public_policy_violation, true)).

%  CPL art. 302 (2023): parallel proceedings in China may lead the court
%  to suspend or dismiss the application.
law:rule(cn_cpl_302_pending_proceedings,
    [ citation("PRC Civil Procedure Law, art. 302 (2023)"),
      text("The court may refuse where proceedings on the same dispute are pending before a Chinese court."),
      valid('2024-01-01', open),
      kind(judgment), discretionary(true) ],
    refusal_ground('CN', pending_proceedings),
    resisting_party_proves(forum_proceedings_pending, true)).

%  Time limit: two years for applications for enforcement (CPL art. 250
%  (2023), formerly art. 246 (2021), art. 239 (2017)) [C4].
law:rule(cn_cpl_250_time_limit,
    [ citation("PRC Civil Procedure Law, art. 250 (2023; formerly arts. 246, 239, 215): two years, from the 2007 amendment in force 1 Apr 2008"),
      text("The application is refused unless it was made within the two-year time limit; the applicant must show it."),
      kind(judgment), discretionary(false),
      unconfirmed("the article numbers of the time-limit provision across the CPL's revisions are not confirmed"),
      valid('2008-04-01', open) ],
    refusal_ground('CN', time_limit),
    \+ applicant_proves(time_limit_met, true)).

%  CPL (1991) art. 219: the time limit for applying for execution was one
%  year where one or both parties were natural persons, and six months
%  where both were legal persons or other organisations; the 2007
%  amendment (in force 1 Apr 2008) made it two years (the rule above).
law:rule(cn_cpl_1991_219_time_limit,
    [ citation("PRC Civil Procedure Law (1991), art. 219: one year, or six months where both parties are legal persons"),
      text("The application is refused unless it was made within the time limit then in force (one year, or six months where both parties are legal persons); the applicant must show it."),
      kind(judgment), discretionary(false),
      unconfirmed("the article number and the periods are those of the 1991 text as commonly cited, not confirmed in the project's sources"),
      valid('1991-04-09', '2008-04-01') ],
    refusal_ground('CN', time_limit),
    \+ applicant_proves(time_limit_met, true)).

%  CPL art. 299 (formerly arts. 289, 282): without a treaty, only
%  reciprocity; where neither holds the application is rejected.
law:rule(cn_cpl_299_no_reciprocity,
    [ citation("PRC Civil Procedure Law, art. 299 (formerly arts. 289, 282); Enterprise Bankruptcy Law, art. 5(2)"),
      text("Without a treaty, Chinese courts recognise a foreign decision only on reciprocity; no treaty applies and reciprocity is not established."),
      kind(judgment), discretionary(false),
      valid('1991-04-09', open) ],
    refusal_ground('CN', no_reciprocity),
    \+ legal_basis_holds('CN')).
