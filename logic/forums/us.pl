/*  us.pl -- a state of the United States as the forum.

    Recognition of foreign-country judgments is state law: the 2005
    Uniform Foreign-Country Money Judgments Recognition Act, or the 1962
    Act (New York's CPLR art. 53 until June 2021), and comity where a
    judgment is outside the statute. The federal SPEECH Act governs
    foreign defamation judgments from 10 August 2010 [U1][U4][U5][U7].
    No reciprocity is required (unless a state's statute adds it).

    These rules carry scope(us): they apply in every modelled US forum,
    each through the statute that forum follows on the as-of date
    (kb/us_acts.pl). Adding a state is adding its us_act/6 facts and a
    forum/3 clause.

    Dates: comity from Hilton v. Guyot, decided 3 Jun 1895; earlier law
    is not modelled (forum_law_before_modelled, decision.pl). The rules of
    the two Acts are valid throughout ('0000-01-01'): each state follows
    an Act only between the dates kb/us_acts.pl gives (forum_follows_act),
    and those dates carry their own sources and caveats.
*/
:- module(forum_us, []).
:- multifile law:rule/4, world:forum/3, world:forum_law_modelled_from/2.

%  Before Hilton v. Guyot the recognition of foreign judgments in the
%  United States is not modelled.
world:forum_law_modelled_from(F, '1895-06-03') :-
    member(F, ['US', 'US-NY', 'US-CA', 'US-FL', 'US-TX']).

world:forum('US', "United States (common position of the 2005 Uniform Act)",
            "Uniform Foreign-Country Money Judgments Recognition Act 2005 ss. 3-4; comity; SPEECH Act").
world:forum('US-NY', "New York (USA)",
            "CPLR art. 53: 1962-Act text until June 2021, 2005-Act text after; comity (CPLR 5307); SPEECH Act").
world:forum('US-CA', "California (USA)",
            "Code Civ. Proc. s. 1713 et seq.: the 1962 Act, the 2005 Act from 2008; comity; SPEECH Act").
world:forum('US-FL', "Florida (USA)",
            "Fla. Stat. ss. 55.601-55.607 (1962-type Act with a discretionary reciprocity ground); comity; SPEECH Act").
world:forum('US-TX', "Texas (USA)",
            "CPRC ch. 36 (1985, discretionary reciprocity ground), ch. 36A (2005 Act) from 1 Jun 2017; comity; SPEECH Act").

                 /*******************************
                 *        LEGAL BASES           *
                 *******************************/

%  1962 Act / CPLR 5302 (1970): the article "applies to any foreign
%  country judgment which is final, conclusive and enforceable where
%  rendered"; a money judgment, not for taxes, fines or penalties, or
%  support in matrimonial or family matters.
law:rule(us_ufmjra1962_money_judgment,
    [ citation("Uniform Foreign Money-Judgments Recognition Act (1962), ss. 2-3, as enacted by the forum state (N.Y. CPLR 5302-5303, 1970 text; Fla. Stat. 55.603; Tex. CPRC 36.004)"),
      text("The forum state recognises a foreign-country money judgment that is final, conclusive and enforceable where rendered."),
      scope(us),
      valid('0000-01-01', open) ],
    legal_basis(_Forum, domestic_law(recognition_act)),
    ( forum_follows_act(ufmjra1962),
      kind_is(judgment),
      money_judgment,
      applicant_proves(final, true),
      applicant_proves(enforceable_in_origin, true) )).

%  2005 Act s. 3(a): the Act "applies to a foreign-country judgment to the
%  extent that the judgment grants or denies recovery of a sum of money
%  [and] under the law of the foreign country where rendered, is final,
%  conclusive, and enforceable"; s. 3(c): the party seeking recognition
%  must establish that the Act applies.
law:rule(us_ufcmjra2005_s3_money_judgment,
    [ citation("Uniform Foreign-Country Money Judgments Recognition Act (2005), ss. 3-4(a), as enacted by the forum state (N.Y. CPLR 5302-5303 as amended in 2021)"),
      text("The forum state recognises a foreign-country money judgment that is final, conclusive and enforceable where rendered; the applicant must establish this."),
      scope(us),
      valid('0000-01-01', open) ],
    legal_basis(_Forum, domestic_law(recognition_act)),
    ( forum_follows_act(ufcmjra2005),
      kind_is(judgment),
      money_judgment,
      applicant_proves(final, true),
      applicant_proves(enforceable_in_origin, true) )).

%  A judgment outside the statute may be recognised under comity (Hilton
%  v Guyot, 159 U.S. 113 (1895)); CPLR 5307 and s. 11 of the 2005 Act
%  preserve it.
law:rule(us_comity_non_money,
    [ citation("Hilton v. Guyot, 159 U.S. 113 (1895); N.Y. CPLR 5307; Uniform Act (2005), s. 11"),
      text("A final foreign judgment that is not a money judgment may be recognised under comity."),
      scope(us),
      unconfirmed("comity is judge-made and its conditions vary between states"),
      valid('1895-06-03', open) ],
    legal_basis(_Forum, domestic_law(comity)),
    ( kind_is(judgment),
      ( subject_is(non_money) ; subject_is(family) ),
      applicant_proves(final, true) )).

%  A state that follows no recognition statute recognises a foreign
%  money judgment by comity: "where there has been opportunity for a full
%  and fair trial abroad before a court of competent jurisdiction ...
%  under a system of jurisprudence likely to secure an impartial
%  administration of justice ... and there is nothing to show either
%  prejudice in the court ... or fraud in procuring the judgment" (Hilton
%  v. Guyot, 159 U.S. 113, 202 (1895)).
law:rule(us_comity_money,
    [ citation("Hilton v. Guyot, 159 U.S. 113, 202-203 (1895)"),
      text("Where the forum state follows no recognition statute, a final foreign money judgment is recognised by comity."),
      scope(us),
      valid('1895-06-03', open) ],
    legal_basis(_Forum, domestic_law(comity)),
    ( kind_is(judgment),
      forum_follows_no_act,
      money_judgment,
      applicant_proves(final, true) )).

                 /*******************************
                 *      GROUNDS OF REFUSAL      *
                 *******************************/

%  Comity is refused where the conditions of Hilton v. Guyot fail: no
%  impartial system, no jurisdiction, fraud, or a judgment contrary to
%  the forum's policy.
law:rule(us_comity_hilton_system,
    [ citation("Hilton v. Guyot, 159 U.S. 113, 202 (1895)"),
      text("Comity is refused to a judgment rendered under a system not likely to secure an impartial administration of justice."),
      scope(us), kind(judgment), discretionary(false),
      valid('1895-06-03', open) ],
    refusal_ground(Forum, systemic_due_process),
    ( legal_basis(Forum, domestic_law(comity)),
      resisting_party_proves(origin_system_impartial, false) )).

law:rule(us_comity_hilton_jurisdiction,
    [ citation("Hilton v. Guyot, 159 U.S. 113, 202 (1895)"),
      text("Comity is refused to a judgment of a court without jurisdiction."),
      scope(us), kind(judgment), discretionary(false),
      valid('1895-06-03', open) ],
    refusal_ground(Forum, no_jurisdiction),
    ( legal_basis(Forum, domestic_law(comity)),
      resisting_party_proves(origin_had_jurisdiction, false) )).

law:rule(us_comity_hilton_fraud,
    [ citation("Hilton v. Guyot, 159 U.S. 113, 202-203 (1895)"),
      text("Comity is refused to a judgment procured by fraud."),
      scope(us), kind(judgment), discretionary(false),
      valid('1895-06-03', open) ],
    refusal_ground(Forum, fraud),
    ( legal_basis(Forum, domestic_law(comity)),
      resisting_party_proves(fraud, true) )).

law:rule(us_comity_public_policy,
    [ citation("Hilton v. Guyot, 159 U.S. 113 (1895); Restatement (Third) of Foreign Relations Law s. 482(2)(d)"),
      text("A court may refuse comity to a judgment repugnant to the public policy of the forum state or of the United States."),
      scope(us), kind(judgment), discretionary(true),
      valid('1895-06-03', open) ],
    refusal_ground(Forum, public_policy),
    ( legal_basis(Forum, domestic_law(comity)),
      resisting_party_proves(public_policy_violation, true) )).

%  Fla. Stat. s. 55.605(2)(g): "An out-of-country foreign judgment need
%  not be recognized if: ... (g) The foreign jurisdiction where judgment
%  was rendered would not give recognition to a similar judgment rendered
%  in this state." Discretionary; the party resisting must show it. The
%  Act, and so the ground, reaches money judgments only (s. 55.602);
%  a judgment recognised by comity is not within it.
law:rule(us_fl_55_605_2_g_reciprocity,
    [ citation("Fla. Stat. s. 55.605(2)(g)"),
      text("A Florida court need not recognise a judgment of a state whose courts would not recognise a similar Florida judgment; the resisting party must show it."),
      kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground('US-FL', no_reciprocity),
    ( legal_basis('US-FL', domestic_law(recognition_act)),
      shown_by_resisting_party(\+ origin_law_permits_recognition) )).

%  Tex. CPRC s. 36.005(b)(7) (1985 Act): a judgment need not be
%  recognised if "it is established that the foreign country in which
%  the judgment was rendered does not recognize judgments rendered in
%  this state"; kept in the 2017 Act as s. 36A.004(c)(9). Both Acts
%  reach money judgments only; comity is not subject to the ground.
law:rule(us_tx_reciprocity,
    [ citation("Tex. Civ. Prac. & Rem. Code s. 36.005(b)(7) (1985 Act); s. 36A.004(c)(9) (2017 Act)"),
      text("A Texas court need not recognise a judgment of a country shown not to recognise Texas judgments."),
      kind(judgment), discretionary(true),
      unconfirmed("that the reciprocity ground survived into the enrolled text of the 2017 Act is from one source (a floor amendment)"),
      valid('0000-01-01', open) ],
    refusal_ground('US-TX', no_reciprocity),
    ( legal_basis('US-TX', domestic_law(recognition_act)),
      shown_by_resisting_party(\+ origin_law_permits_recognition) )).

%  CPLR 5304(a) (1970): "A foreign country judgment is not conclusive if:
%  1. the judgment was rendered under a system which does not provide
%  impartial tribunals or procedures compatible with the requirements of
%  due process of law; 2. the foreign court did not have personal
%  jurisdiction over the defendant."
law:rule(us_ufmjra1962_s4_a_1_system,
    [ citation("Uniform Foreign Money-Judgments Recognition Act (1962), s. 4(a)(1) (N.Y. CPLR 5304(a)(1), 1970 text; Fla. Stat. 55.605(1)(a))"),
      text("A judgment rendered under a system that does not provide impartial tribunals or procedures compatible with due process is not conclusive and cannot be recognised."),
      scope(us), kind(judgment), discretionary(false),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, systemic_due_process),
    ( forum_follows_act(ufmjra1962),
      resisting_party_proves(origin_system_impartial, false) )).

law:rule(us_ufmjra1962_s4_a_2_3_jurisdiction,
    [ citation("Uniform Foreign Money-Judgments Recognition Act (1962), s. 4(a)(2)-(3) (N.Y. CPLR 5304(a)(2), 1970 text; Fla. Stat. 55.605(1)(b)-(c))"),
      text("A judgment is not conclusive where the foreign court lacked personal jurisdiction over the defendant."),
      scope(us), kind(judgment), discretionary(false),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, no_jurisdiction),
    ( forum_follows_act(ufmjra1962),
      resisting_party_proves(origin_had_jurisdiction, false) )).

%  CPLR 5304(b) (1970): "A foreign country judgment need not be
%  recognized if: ... 2. the defendant ... did not receive notice ... in
%  sufficient time to enable him to defend; 3. the judgment was obtained
%  by fraud; 4. the cause of action ... is repugnant to the public policy
%  of this state; 5. the judgment conflicts with another final and
%  conclusive judgment; ... 8. the cause of action resulted in a
%  defamation judgment obtained in a jurisdiction outside the United
%  States, unless [its law] provided at least as much protection for
%  freedom of speech and press ..." (item 8 added in 2008).
law:rule(us_ufmjra1962_s4_b_1_notice,
    [ citation("Uniform Foreign Money-Judgments Recognition Act (1962), s. 4(b)(1) (N.Y. CPLR 5304(b)(2), 1970 text; Fla. Stat. 55.605(2)(a))"),
      text("The court need not recognise a judgment where the defendant did not receive notice in time to defend."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, no_notice),
    ( forum_follows_act(ufmjra1962),
      resisting_party_proves(defendant_notified, false) )).

law:rule(us_ufmjra1962_s4_b_2_fraud,
    [ citation("Uniform Foreign Money-Judgments Recognition Act (1962), s. 4(b)(2) (N.Y. CPLR 5304(b)(3), 1970 text; Fla. Stat. 55.605(2)(b))"),
      text("The court need not recognise a judgment obtained by fraud."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, fraud),
    ( forum_follows_act(ufmjra1962),
      resisting_party_proves(fraud, true) )).

law:rule(us_ufmjra1962_s4_b_3_public_policy,
    [ citation("Uniform Foreign Money-Judgments Recognition Act (1962), s. 4(b)(3) (N.Y. CPLR 5304(b)(4), 1970 text; Fla. Stat. 55.605(2)(c))"),
      text("The court need not recognise a judgment on a cause of action repugnant to the public policy of the forum state."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, public_policy),
    ( forum_follows_act(ufmjra1962),
      resisting_party_proves(public_policy_violation, true) )).

law:rule(us_ufmjra1962_s4_b_4_conflicting_judgment,
    [ citation("Uniform Foreign Money-Judgments Recognition Act (1962), s. 4(b)(4) (N.Y. CPLR 5304(b)(5), 1970 text; Fla. Stat. 55.605(2)(d))"),
      text("The court need not recognise a judgment that conflicts with another final and conclusive judgment."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, conflicting_judgment),
    ( forum_follows_act(ufmjra1962),
      resisting_party_proves(conflicting_judgment, true) )).

%  1962 Act s. 4(b): a judgment need not be recognised if "(5) the
%  proceeding in the foreign court was contrary to an agreement between
%  the parties under which the dispute in question was to be settled
%  otherwise than by proceedings in that court; or (6) in the case of
%  jurisdiction based only on personal service, the foreign court was a
%  seriously inconvenient forum for the trial of the action."
law:rule(us_ufmjra1962_s4_b_5_forum_agreement,
    [ citation("Uniform Foreign Money-Judgments Recognition Act (1962), s. 4(b)(5) (N.Y. CPLR 5304(b)(6), 1970 text; Fla. Stat. 55.605(2)(e))"),
      text("The court need not recognise a judgment given in proceedings contrary to the parties' agreement to settle the dispute otherwise than in that court."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, no_jurisdiction),
    ( forum_follows_act(ufmjra1962),
      resisting_party_proves(proceedings_contrary_to_forum_agreement, true) )).

law:rule(us_ufmjra1962_s4_b_6_inconvenient_forum,
    [ citation("Uniform Foreign Money-Judgments Recognition Act (1962), s. 4(b)(6) (N.Y. CPLR 5304(b)(7), 1970 text; Fla. Stat. 55.605(2)(f))"),
      text("The court need not recognise a judgment where the foreign court's jurisdiction rested only on personal service and it was a seriously inconvenient forum."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, no_jurisdiction),
    ( forum_follows_act(ufmjra1962),
      resisting_party_proves(origin_seriously_inconvenient_forum, true) )).

law:rule(us_ny_cplr_5304_b_8_defamation,
    [ citation("N.Y. CPLR 5304(b)(8) (Libel Terrorism Protection Act, 2008)"),
      text("The court need not recognise a foreign defamation judgment unless the foreign law protected speech and press at least as much as the U.S. and New York constitutions."),
      valid('2008-04-28', open),
      scope(us), kind(judgment), discretionary(true),
      unconfirmed("the date the 2008 amendment took effect is not in the project's sources") ],
    refusal_ground(_Forum, free_speech),
    ( forum_is('US-NY'),
      forum_follows_act(ufmjra1962),
      subject_is(defamation),
      \+ applicant_proves(speech_protection_adequate, true) )).

%  2005 Act s. 4(b): "A court of this state may not recognize a
%  foreign-country judgment if: (1) the judgment was rendered under a
%  judicial system that does not provide impartial tribunals or
%  procedures compatible with the requirements of due process of law;
%  (2) the foreign court did not have personal jurisdiction over the
%  defendant; or (3) the foreign court did not have jurisdiction over the
%  subject matter." s. 4(d): the party resisting recognition has the
%  burden of establishing a ground.
law:rule(us_ufcmjra2005_s4_b_1_system,
    [ citation("Uniform Foreign-Country Money Judgments Recognition Act (2005), s. 4(b)(1) and (d) (N.Y. CPLR 5304(a)(1) as amended in 2021)"),
      text("The court may not recognise a judgment rendered under a judicial system that does not provide impartial tribunals or procedures compatible with due process; the resisting party must prove it."),
      scope(us), kind(judgment), discretionary(false),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, systemic_due_process),
    ( forum_follows_act(ufcmjra2005),
      resisting_party_proves(origin_system_impartial, false) )).

law:rule(us_ufcmjra2005_s4_b_2_3_jurisdiction,
    [ citation("Uniform Foreign-Country Money Judgments Recognition Act (2005), s. 4(b)(2)-(3) and (d)"),
      text("The court may not recognise a judgment where the foreign court lacked personal or subject-matter jurisdiction."),
      scope(us), kind(judgment), discretionary(false),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, no_jurisdiction),
    ( forum_follows_act(ufcmjra2005),
      resisting_party_proves(origin_had_jurisdiction, false) )).

%  2005 Act s. 4(c): "A court of this state need not recognize a
%  foreign-country judgment if: (1) the defendant ... did not receive
%  notice ... in sufficient time to enable the defendant to defend; (2)
%  the judgment was obtained by fraud ...; (3) the judgment or the cause
%  of action ... is repugnant to the public policy of this state or of the
%  United States; (4) the judgment conflicts with another final and
%  conclusive judgment; ... (8) the specific proceeding in the foreign
%  court leading to the judgment was not compatible with the requirements
%  of due process of law."
law:rule(us_ufcmjra2005_s4_c_1_notice,
    [ citation("Uniform Foreign-Country Money Judgments Recognition Act (2005), s. 4(c)(1)"),
      text("The court need not recognise a judgment where the defendant did not receive notice in time to defend."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, no_notice),
    ( forum_follows_act(ufcmjra2005),
      resisting_party_proves(defendant_notified, false) )).

law:rule(us_ufcmjra2005_s4_c_2_fraud,
    [ citation("Uniform Foreign-Country Money Judgments Recognition Act (2005), s. 4(c)(2)"),
      text("The court need not recognise a judgment obtained by fraud that deprived the losing party of an adequate opportunity to present its case."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, fraud),
    ( forum_follows_act(ufcmjra2005),
      resisting_party_proves(fraud, true) )).

law:rule(us_ufcmjra2005_s4_c_3_public_policy,
    [ citation("Uniform Foreign-Country Money Judgments Recognition Act (2005), s. 4(c)(3)"),
      text("The court need not recognise a judgment repugnant to the public policy of the forum state or of the United States."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, public_policy),
    ( forum_follows_act(ufcmjra2005),
      resisting_party_proves(public_policy_violation, true) )).

law:rule(us_ufcmjra2005_s4_c_4_conflicting_judgment,
    [ citation("Uniform Foreign-Country Money Judgments Recognition Act (2005), s. 4(c)(4)"),
      text("The court need not recognise a judgment that conflicts with another final and conclusive judgment."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, conflicting_judgment),
    ( forum_follows_act(ufcmjra2005),
      resisting_party_proves(conflicting_judgment, true) )).

%  2005 Act s. 4(c): "(5) the proceeding in the foreign court was
%  contrary to an agreement between the parties under which the dispute
%  in question was to be determined otherwise than by proceedings in that
%  foreign court; (6) in the case of jurisdiction based only on personal
%  service, the foreign court was a seriously inconvenient forum for the
%  trial of the action; (7) the judgment was rendered in circumstances
%  that raise substantial doubt about the integrity of the rendering
%  court with respect to the judgment".
law:rule(us_ufcmjra2005_s4_c_5_forum_agreement,
    [ citation("Uniform Foreign-Country Money Judgments Recognition Act (2005), s. 4(c)(5)"),
      text("The court need not recognise a judgment given in proceedings contrary to the parties' agreement to determine the dispute otherwise than in that court."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, no_jurisdiction),
    ( forum_follows_act(ufcmjra2005),
      resisting_party_proves(proceedings_contrary_to_forum_agreement, true) )).

law:rule(us_ufcmjra2005_s4_c_6_inconvenient_forum,
    [ citation("Uniform Foreign-Country Money Judgments Recognition Act (2005), s. 4(c)(6)"),
      text("The court need not recognise a judgment where the foreign court's jurisdiction rested only on personal service and it was a seriously inconvenient forum."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, no_jurisdiction),
    ( forum_follows_act(ufcmjra2005),
      resisting_party_proves(origin_seriously_inconvenient_forum, true) )).

law:rule(us_ufcmjra2005_s4_c_7_integrity,
    [ citation("Uniform Foreign-Country Money Judgments Recognition Act (2005), s. 4(c)(7)"),
      text("The court need not recognise a judgment rendered in circumstances that raise substantial doubt about the integrity of the rendering court with respect to it."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, not_heard),
    ( forum_follows_act(ufcmjra2005),
      resisting_party_proves(origin_court_integrity_doubtful, true) )).

law:rule(us_ufcmjra2005_s4_c_8_due_process,
    [ citation("Uniform Foreign-Country Money Judgments Recognition Act (2005), s. 4(c)(8)"),
      text("The court need not recognise a judgment where the specific proceeding was not compatible with due process."),
      scope(us), kind(judgment), discretionary(true),
      valid('0000-01-01', open) ],
    refusal_ground(_Forum, not_heard),
    ( forum_follows_act(ufcmjra2005),
      resisting_party_proves(defendant_heard, false) )).

%  SPEECH Act, 28 U.S.C. s. 4102(a): "a domestic court shall not recognize
%  or enforce a foreign judgment for defamation unless the domestic court
%  determines that (A) the defamation law applied ... provided at least
%  as much protection for freedom of speech and press ... as would be
%  provided by the first amendment ... or (B) ... the party opposing
%  recognition ... would have been found liable for defamation by a
%  domestic court"; (b)(2): the party seeking recognition bears the
%  burden.
law:rule(us_speech_act_4102,
    [ citation("SPEECH Act, 28 U.S.C. s. 4102(a)-(b) (10 Aug 2010)"),
      text("A US court shall not recognise a foreign defamation judgment unless the party seeking recognition shows that the foreign law protected speech as much as the First Amendment, or that the defendant would be liable under US law too."),
      valid('2010-08-10', open),
      scope(us), kind(judgment), discretionary(false) ],
    refusal_ground(_Forum, free_speech),
    ( subject_is(defamation),
      \+ applicant_proves(speech_protection_adequate, true) )).

%  Neither the statute nor comity reaches the decision (e.g. a judgment
%  for taxes, fines or penalties, or an insolvency decision, which is for
%  the Bankruptcy Code's chapter 15, not modelled here).
law:rule(us_no_legal_basis,
    [ citation("Uniform Act (2005) s. 3(b) / N.Y. CPLR 5301(b): taxes, fines, penalties and family support are excluded; comity does not reach them"),
      text("The decision is outside the recognition statute and comity does not reach it."),
      scope(us), kind(judgment), discretionary(false),
      valid('0000-01-01', open) ],
    refusal_ground(Forum, no_legal_basis),
    \+ legal_basis_holds(Forum)).
