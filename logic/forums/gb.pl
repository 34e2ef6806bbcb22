/*  gb.pl -- England and Wales as the forum.

    Three routes for a foreign money judgment [UK1][ICLG]:
      - the common-law action on the judgment as a debt, open to a
        judgment of any state: no reciprocity is required;
      - registration under Part II of the Administration of Justice Act
        1920, for the Commonwealth states and territories listed by Order
        in Council (the common-law action stays open beside it);
      - registration under Part I of the Foreign Judgments (Reciprocal
        Enforcement) Act 1933, for the states listed by Order in Council;
        s. 6 makes registration the only route for such a judgment.
    The HCCH 2019 Convention binds the UK for proceedings instituted on or
    after 1 July 2025 (SI 2024/713) [H2]: logic/instruments/hague2019.pl.
    Its art. 15 preserves recognition under national law, so the bases
    here stand beside it; the common-law defences give way to its grounds
    where it applies (subject_to).

    Not modelled: the Civil Jurisdiction and Judgments Act 1982 and the
    Brussels/Lugano regimes (judgments of EU and EFTA states before 2021),
    maintenance orders, insolvency (Cross-Border Insolvency Regulations
    2006), and the recognition of a non-money judgment as res judicata.

    Dates: the common-law rules have no date of commencement and are
    valid throughout ('0000-01-01'); the 1933 Act from royal assent,
    13 Apr 1933; the Limitation Act 1980 from 1 May 1981; the
    1920 Act from royal assent, 23 Dec 1920 (not confirmed, and marked so).

    [UK1]  lexbiblio.co.uk, Recognition and enforcement of foreign
           judgments, parts 1-2 (law.md source UK1)
    [ICLG] ICLG, Enforcement of Foreign Judgments 2016, England & Wales
    [H2]   The Gazette, notice 4879564 (Hague 2019 in force for the UK)
*/
:- module(forum_gb, []).
:- use_module('../lang/language', []).
:- encoding(utf8).
:- multifile law:rule/4, world:forum/3, world:describe/6.

world:forum('GB', "England and Wales",
            "Common-law action on a foreign judgment; AJA 1920 Part II and FJ(RE)A 1933 Part I registration; Limitation Act 1980 s. 24").

                 /*******************************
                 *     THE LISTS OF STATES      *
                 *******************************/

%!  registration_state(?Act, -Order) is nondet.
%
%   The origin's state is one to which Act (aja_1920 or fjrea_1933) has
%   been extended, by Order. Only states whose listing is still in force
%   are kept; the European 1933-Act conventions (Austria, Belgium, France,
%   Germany, Italy, Netherlands, Norway) are left out: Brussels and Lugano
%   superseded them, and whether any revived after 31 December 2020 is
%   not confirmed.

registration_state(Act, Order) :-
    world:origin_country(C),
    listed(Act, C, Order, _Source, _Status).

%   listed(Act, Country, Order, Source, Status)

%  FJ(RE)A 1933 s. 1(1): "His Majesty, if he is satisfied that, in the
%  event of the benefits conferred by this Part of this Act being extended
%  to judgments given in the superior courts of any foreign country,
%  substantial reciprocity of treatment will be assured ..., may by Order
%  in Council direct that this Part of this Act shall extend to that
%  foreign country".
listed(fjrea_1933, 'AU', "Reciprocal Enforcement of Foreign Judgments (Australia) Order 1994 (SI 1994/1901), in force 1 Sep 1994",
       "legislation.gov.uk, SI 1994/1901; FJ(RE)A 1933 as revised, note C5 <https://www.legislation.gov.uk/uksi/1994/1901>", confirmed).
listed(fjrea_1933, 'CA', "Reciprocal Enforcement of Foreign Judgments (Canada) Order 1987 (SI 1987/468), under the UK-Canada Convention in force 1 Jan 1987",
       "legislation.gov.uk, SI 1995/2708 (recitals) and FJ(RE)A 1933 as revised, note C4 <https://www.legislation.gov.uk/uksi/1995/2708>",
       unconfirmed("Quebec is excluded, and a case file cannot tell a Quebec judgment from another Canadian one")).
listed(fjrea_1933, 'IM', "Reciprocal Enforcement of Foreign Judgments (Isle of Man) Order 1973 (SI 1973/611)",
       "legislation.gov.uk, SI 1973/611 <https://legislation.gov.uk/uksi/1973/611>", confirmed).
listed(fjrea_1933, 'GG', "Reciprocal Enforcement of Foreign Judgments (Guernsey) Order 1973",
       "ICLG, Enforcement of Foreign Judgments 2016, England & Wales; lexbiblio.co.uk (law.md UK1)",
       unconfirmed("the Order's SI number is not in the project's sources")).
listed(fjrea_1933, 'JE', "Reciprocal Enforcement of Foreign Judgments (Jersey) Order 1973",
       "ICLG, Enforcement of Foreign Judgments 2016, England & Wales; lexbiblio.co.uk (law.md UK1)",
       unconfirmed("the Order's SI number is not in the project's sources")).
listed(fjrea_1933, 'IN', "Reciprocal Enforcement of Judgments (India) Order 1958",
       "ICLG, Enforcement of Foreign Judgments 2016, England & Wales; lexbiblio.co.uk (law.md UK1)",
       unconfirmed("the Order's title and date are not in the project's sources")).
listed(fjrea_1933, 'PK', "Reciprocal Enforcement of Judgments (Pakistan) Order 1958",
       "ICLG, Enforcement of Foreign Judgments 2016, England & Wales; lexbiblio.co.uk (law.md UK1)",
       unconfirmed("the Order's title and date are not in the project's sources")).
listed(fjrea_1933, 'IL', "Reciprocal Enforcement of Foreign Judgments (Israel) Order 1971",
       "ICLG, Enforcement of Foreign Judgments 2016, England & Wales; lexbiblio.co.uk (law.md UK1)",
       unconfirmed("the Order's title and date are not in the project's sources")).
listed(fjrea_1933, 'SR', "Reciprocal Enforcement of Foreign Judgments (Suriname) Order 1981",
       "ICLG, Enforcement of Foreign Judgments 2016, England & Wales; lexbiblio.co.uk (law.md UK1)",
       unconfirmed("the Order's title and date are not in the project's sources")).
listed(fjrea_1933, 'TO', "Reciprocal Enforcement of Foreign Judgments (Tonga) Order 1980",
       "ICLG, Enforcement of Foreign Judgments 2016, England & Wales; lexbiblio.co.uk (law.md UK1)",
       unconfirmed("the Order's title and date are not in the project's sources")).

%  AJA 1920 s. 14(1): where His Majesty is satisfied that reciprocal
%  provisions have been made by the legislature of any part of His
%  Majesty's dominions outside the United Kingdom, he may by Order in
%  Council declare that this Part of this Act shall extend to that part.
%  The list is the Schedule to the Reciprocal Enforcement of Judgments
%  (Administration of Justice Act 1920, Part II) (Consolidation) Order
%  1984 (SI 1984/129), as amended (Gibraltar deleted from 1 Feb 1998 by
%  SI 1997/2601).
listed(aja_1920, C, "Reciprocal Enforcement of Judgments (Administration of Justice Act 1920, Part II) (Consolidation) Order 1984 (SI 1984/129), Schedule",
       "ICLG, Enforcement of Foreign Judgments 2016, England & Wales; lexbiblio.co.uk (law.md UK1); SI 1997/2601 (Gibraltar deleted)",
       Status) :-
    aja_listed(C, Status).

aja_listed('BM', confirmed).
aja_listed('VG', confirmed).
aja_listed('KY', confirmed).
aja_listed('GH', confirmed).
aja_listed('KE', confirmed).
aja_listed('NG', confirmed).
aja_listed('UG', confirmed).
aja_listed('TZ', confirmed).
aja_listed('ZM', confirmed).
aja_listed('ZW', confirmed).
aja_listed('NZ', confirmed).
aja_listed('MY', confirmed).
aja_listed('CY', unconfirmed("the Brussels regime superseded the 1920 Act for Cyprus from 1 May 2004 to 31 Dec 2020; whether the 1920 Act applies again after Brexit is not confirmed")).
aja_listed('MT', unconfirmed("the Brussels regime superseded the 1920 Act for Malta from 1 May 2004 to 31 Dec 2020; whether the 1920 Act applies again after Brexit is not confirmed")).
aja_listed('SG', unconfirmed("Singapore's listing under the 1920 Act is not in the project's sources")).
aja_listed('LK', unconfirmed("Sri Lanka's listing under the 1920 Act is not in the project's sources")).
aja_listed('JM', unconfirmed("Jamaica's listing under the 1920 Act is not in the project's sources")).
aja_listed('TT', unconfirmed("Trinidad and Tobago's listing under the 1920 Act is not in the project's sources")).
aja_listed('BS', unconfirmed("the Bahamas' listing under the 1920 Act is not in the project's sources")).
aja_listed('BB', unconfirmed("Barbados' listing under the 1920 Act is not in the project's sources")).
aja_listed('MU', unconfirmed("Mauritius' listing under the 1920 Act is not in the project's sources")).
aja_listed('FJ', unconfirmed("Fiji's listing under the 1920 Act is not in the project's sources")).
aja_listed('PG', unconfirmed("Papua New Guinea's listing under the 1920 Act is not in the project's sources")).

act_name(aja_1920, "Part II of the Administration of Justice Act 1920").
act_name(fjrea_1933, "Part I of the Foreign Judgments (Reciprocal Enforcement) Act 1933").

act_name_ru(aja_1920, "Часть II Закона об отправлении правосудия 1920 года").
act_name_ru(fjrea_1933, "Часть I Закона об иностранных судебных решениях (взаимное исполнение) 1933 года").

world:describe(forum_gb:registration_state(Act, Order), V, Id, Text, Cite, Extra) :-
    atom_concat('kb:gb_registration:', Act, Id),
    (   language:current_lang(ru) -> act_name_ru(Act, AN) ; act_name(Act, AN) ),
    world:origin_country(C), world:state_name(C, CN),
    (   V == true, listed(Act, C, Order, Src, Status)
    ->  language:trf("~s extends to ~s (~s).",
                     "~s распространяется на государство происхождения (~s) («~s»).",
                     [AN, CN, Order], Text),
        Cite = Src,
        ( Status = unconfirmed(Why) -> Extra = [unconfirmed(Why)] ; Extra = [] )
    ;   language:trf("~s does not extend to ~s.",
                     "~s не распространяется на государство происхождения (~s).",
                     [AN, CN], Text),
        Cite = "ICLG, Enforcement of Foreign Judgments 2016, England & Wales; lexbiblio.co.uk (law.md UK1); the lists in logic/forums/gb.pl",
        Extra = []
    ).

                 /*******************************
                 *        LEGAL BASES           *
                 *******************************/

%  Common law: a foreign judgment in personam of a court of competent
%  jurisdiction, for a debt or definite sum of money, final and conclusive
%  on the merits, may be enforced by an action on it as a debt. The
%  foreign court's jurisdiction is judged by English rules: the defendant
%  was present or resident there when the proceedings were instituted, or
%  submitted to its jurisdiction (Adams v Cape Industries plc [1990] Ch
%  433, CA) [UK1].
law:rule(gb_common_law_action,
    [ citation("Common law: action on a foreign judgment as a debt (Adams v Cape Industries plc [1990] Ch 433, CA)"),
      text("An English court enforces a foreign judgment for a debt or definite sum of money by action, where it is final and conclusive on the merits and the foreign court had jurisdiction by English rules (presence, residence or submission); no reciprocity is required."),
      valid('0000-01-01', open) ],
    legal_basis('GB', domestic_law(common_law)),
    ( kind_is(judgment),
      money_judgment,
      applicant_proves(final, true),
      applicant_proves(origin_had_jurisdiction, true) )).

%  AJA 1920 s. 9(1): where a judgment has been obtained in a superior
%  court of a part of His Majesty's dominions to which this Part extends,
%  the judgment creditor may apply within twelve months "to have the
%  judgment registered", and the court "may, if in all the circumstances
%  of the case they think it is just and convenient that the judgment
%  should be enforced in the United Kingdom, ... order the judgment to be
%  registered". s. 9(2): "No judgment shall be ordered to be registered
%  ... if (a) the original court acted without jurisdiction; or (b) the
%  judgment debtor ... did not voluntarily appear or otherwise submit ...;
%  (c) ... was not duly served ... and did not appear; (d) the judgment
%  was obtained by fraud; (e) the judgment debtor satisfies the
%  registering court either that an appeal is pending, or that he is
%  entitled and intends to appeal ...; (f) the judgment was in respect of
%  a cause of action which for reasons of public policy ... could not have
%  been entertained by the registering court." s. 12(1): a judgment
%  "whereby any sum of money is made payable". Bars (c), (d) and (f) are
%  the common-law defences below, which apply beside this route.
law:rule(gb_aja_1920_registration,
    [ citation("Administration of Justice Act 1920, Part II, ss. 9(1)-(2), 12(1) and 14; Consolidation Order 1984 (SI 1984/129)"),
      text("A money judgment of a superior court of a Commonwealth state or territory to which Part II of the 1920 Act extends may be registered in the High Court, unless the judgment debtor shows that the original court lacked jurisdiction or that an appeal is pending."),
      unconfirmed("registration is at the court's discretion (\"just and convenient\") and must be sought within twelve months of the judgment unless the court allows longer: neither is modelled, nor the requirement of a superior court; the Act's date of commencement is taken as its royal assent (23 Dec 1920), not confirmed"),
      valid('1920-12-23', open) ],
    legal_basis('GB', domestic_law(aja_1920)),
    ( kind_is(judgment),
      money_judgment,
      forum_gb:registration_state(aja_1920, _Order),
      \+ resisting_party_proves(origin_had_jurisdiction, false),
      \+ resisting_party_proves(final, false) )).

%  FJ(RE)A 1933 s. 1(2): Part I applies to a judgment of a superior court
%  of a listed country if "(a) it is final and conclusive as between the
%  parties thereto; and (b) there is payable thereunder a sum of money,
%  not being a sum payable in respect of taxes or other charges of a like
%  nature or in respect of a fine or other penalty". s. 2(1): the High
%  Court "shall, subject to proof of the prescribed matters and to the
%  other provisions of this Act, order the judgment to be registered".
%  s. 6: "No proceedings for the recovery of a sum payable under a
%  foreign judgment, being a judgment to which this Part of this Act
%  applies, other than proceedings by way of registration of the
%  judgment, shall be entertained by any court in the United Kingdom."
law:rule(gb_fjrea_1933_registration,
    [ citation("Foreign Judgments (Reciprocal Enforcement) Act 1933, ss. 1(2), 2(1) and 6"),
      text("A final and conclusive money judgment of a superior court of a state to which Part I of the 1933 Act extends is registered in the High Court as of right; registration is then the only route, and the common-law action is barred (s. 6)."),
      valid('1933-04-13', open),
      overrides([gb_common_law_action]),
      unconfirmed("only judgments of the superior courts named in each Order are covered, and only those given after the Order came into force; neither is modelled") ],
    legal_basis('GB', domestic_law(fjrea_1933)),
    ( kind_is(judgment),
      money_judgment,
      forum_gb:registration_state(fjrea_1933, _Order),
      applicant_proves(final, true) )).

                 /*******************************
                 *      GROUNDS OF REFUSAL      *
                 *******************************/

%  The common-law defences: a foreign judgment is impeachable for fraud,
%  for being contrary to public policy, and for a breach of natural
%  justice [UK1]. They are for the defendant to raise and prove, and
%  where established the court does not enforce the judgment: no
%  discretion. They give way where the Hague Convention governs (its own
%  art. 7 grounds apply) and where the 1933 Act does (s. 6; its s. 4
%  grounds apply).

%  Abouloff v Oppenheimer (1882) 10 QBD 295; Owens Bank v Bracco [1992]
%  2 AC 443: a foreign judgment obtained by fraud is not enforced, even
%  where the fraud was or could have been raised in the foreign court;
%  limited by estoppel where the fraud was tried in separate proceedings
%  abroad (House of Spring Gardens v Waite [1991] 1 QB 241).
law:rule(gb_common_law_fraud,
    [ citation("Common law: Abouloff v Oppenheimer (1882) 10 QBD 295; Owens Bank Ltd v Bracco [1992] 2 AC 443; House of Spring Gardens v Waite [1991] 1 QB 241"),
      text("An English court does not enforce a foreign judgment obtained by fraud, even if the fraud could have been raised in the foreign court, unless it was tried and rejected in separate proceedings abroad."),
      kind(judgment), discretionary(false),
      subject_to([hague2019_art_4, gb_fjrea_1933_registration]),
      unconfirmed("Abouloff and Owens Bank are cited from general knowledge; the project's sources name only House of Spring Gardens v Waite"),
      valid('0000-01-01', open) ],
    refusal_ground('GB', fraud),
    resisting_party_proves(fraud, true)).

%  United States v Montgomery (No 2) [2004] UKHL 37: a foreign judgment
%  is not enforced where enforcement would be contrary to English public
%  policy, including a flagrant breach of the right to a fair trial (ECHR
%  art. 6) [UK1].
law:rule(gb_common_law_public_policy,
    [ citation("Common law: United States of America v Montgomery (No 2) [2004] UKHL 37"),
      text("An English court does not enforce a foreign judgment whose enforcement would be contrary to English public policy, including a flagrant denial of a fair trial."),
      kind(judgment), discretionary(false),
      subject_to([hague2019_art_4, gb_fjrea_1933_registration]),
      valid('0000-01-01', open) ],
    refusal_ground('GB', public_policy),
    resisting_party_proves(public_policy_violation, true)).

%  Jacobson v Frachon (1927) 138 LT 386; Adams v Cape [1990] Ch 433:
%  natural justice requires that the defendant had due notice of the
%  proceedings and a proper opportunity to be heard [UK1].
law:rule(gb_common_law_no_notice,
    [ citation("Common law, natural justice: Jacobson v Frachon (1927) 138 LT 386; Adams v Cape Industries plc [1990] Ch 433"),
      text("An English court does not enforce a foreign judgment where the defendant was not given due notice of the foreign proceedings."),
      kind(judgment), discretionary(false),
      subject_to([hague2019_art_4, gb_fjrea_1933_registration]),
      valid('0000-01-01', open) ],
    refusal_ground('GB', no_notice),
    resisting_party_proves(defendant_notified, false)).

law:rule(gb_common_law_natural_justice,
    [ citation("Common law, natural justice: Jacobson v Frachon (1927) 138 LT 386; Adams v Cape Industries plc [1990] Ch 433"),
      text("An English court does not enforce a foreign judgment given in proceedings that denied the defendant a proper opportunity to present its case (substantial justice)."),
      kind(judgment), discretionary(false),
      subject_to([hague2019_art_4, gb_fjrea_1933_registration]),
      unconfirmed("whether the defendant must first have used the remedies available in the foreign court is not settled in the project's sources"),
      valid('0000-01-01', open) ],
    refusal_ground('GB', not_heard),
    resisting_party_proves(defendant_heard, false)).

%  A foreign judgment inconsistent with an earlier English judgment
%  between the same parties (res judicata in England), or with an
%  earlier foreign judgment entitled to recognition, is not recognised
%  (Vervaeke v Smith [1983] 1 AC 145; Showlag v Mansour [1995] 1 AC 431).
law:rule(gb_common_law_res_judicata,
    [ citation("Common law: Vervaeke v Smith [1983] 1 AC 145; Showlag v Mansour [1995] 1 AC 431 (PC)"),
      text("An English court does not enforce a foreign judgment inconsistent with an earlier English judgment between the same parties, or with an earlier foreign judgment that English law recognises."),
      kind(judgment), discretionary(false),
      subject_to([hague2019_art_4, gb_fjrea_1933_registration]),
      unconfirmed("the defence and its cases are stated from general knowledge, not from the project's sources"),
      valid('0000-01-01', open) ],
    refusal_ground('GB', conflicting_judgment),
    resisting_party_proves(conflicting_judgment, true)).

%  Yukos Capital Sarl v OJSC Rosneft Oil Co [2012] EWCA Civ 855: an
%  English court may find that a foreign court was partial and dependent,
%  and then gives its decisions no effect [UK1].
law:rule(gb_common_law_partial_court,
    [ citation("Common law: Yukos Capital Sarl v OJSC Rosneft Oil Co [2012] EWCA Civ 855"),
      text("An English court does not give effect to a foreign judgment of a court shown to be partial and dependent; the defendant must prove it with cogent evidence."),
      kind(judgment), discretionary(false),
      subject_to([hague2019_art_4, gb_fjrea_1933_registration]),
      unconfirmed("Yukos concerned Russian decisions annulling arbitral awards; that proof about the foreign judicial system as a whole (the fact origin_system_impartial), rather than about the court in the case, suffices to refuse a judgment is not confirmed"),
      valid('0000-01-01', open) ],
    refusal_ground('GB', systemic_due_process),
    resisting_party_proves(origin_system_impartial, false)).

%  Limitation Act 1980 s. 24(1): "An action shall not be brought upon any
%  judgment after the expiration of six years from the date on which the
%  judgment became enforceable."
law:rule(gb_limitation_act_1980_s24,
    [ citation("Limitation Act 1980, s. 24(1); Berliner Industriebank AG v Jost [1971] 2 QB 463 (CA)"),
      text("An action on a foreign judgment is barred six years after the judgment became enforceable; limitation is a defence the defendant must plead."),
      kind(judgment), discretionary(false),
      subject_to([hague2019_art_4, gb_fjrea_1933_registration]),
      unconfirmed("whether s. 24 or the six-year period for actions on a debt governs a foreign judgment is not in the project's sources (both give six years); once limitation is pleaded the claimant may have to show the action is in time, modelled here as the defendant's burden"),
      valid('1981-05-01', open) ],
    refusal_ground('GB', time_limit),
    resisting_party_proves(time_limit_met, false)).

%  FJ(RE)A 1933 s. 4(1): the registration of a judgment "(a) shall be
%  set aside if the registering court is satisfied -- ... (ii) that the
%  courts of the country of the original court had no jurisdiction in
%  the circumstances of the case; or (iii) that the judgment debtor, being
%  the defendant in the proceedings in the original court, did not
%  (notwithstanding that process may have been duly served on him in
%  accordance with the law of the country of the original court) receive
%  notice of those proceedings in sufficient time to enable him to defend
%  the proceedings and did not appear; or (iv) that the judgment was
%  obtained by fraud; or (v) that the enforcement of the judgment would be
%  contrary to public policy in the country of the registering court ...;
%  (b) may be set aside if the registering court is satisfied that the
%  matter in dispute in the proceedings in the original court had
%  previously to the date of the judgment in the original court been the
%  subject of a final and conclusive judgment by a court having
%  jurisdiction in the matter." The judgment debtor applies to set aside.
law:rule(gb_fjrea_1933_s4_1_a_ii_jurisdiction,
    [ citation("Foreign Judgments (Reciprocal Enforcement) Act 1933, s. 4(1)(a)(ii) and (2)"),
      text("The registration of a judgment under the 1933 Act shall be set aside where the courts of the state of origin had no jurisdiction in the circumstances of the case (s. 4(2): submission, residence or place of business)."),
      kind(judgment), discretionary(false),
      valid('1933-04-13', open) ],
    refusal_ground('GB', no_jurisdiction),
    ( forum_gb:registration_state(fjrea_1933, _Order),
      resisting_party_proves(origin_had_jurisdiction, false) )).

law:rule(gb_fjrea_1933_s4_1_a_iii_notice,
    [ citation("Foreign Judgments (Reciprocal Enforcement) Act 1933, s. 4(1)(a)(iii)"),
      text("The registration shall be set aside where the defendant did not receive notice of the proceedings in time to defend and did not appear."),
      kind(judgment), discretionary(false),
      valid('1933-04-13', open) ],
    refusal_ground('GB', no_notice),
    ( forum_gb:registration_state(fjrea_1933, _Order),
      resisting_party_proves(defendant_notified, false) )).

law:rule(gb_fjrea_1933_s4_1_a_iv_fraud,
    [ citation("Foreign Judgments (Reciprocal Enforcement) Act 1933, s. 4(1)(a)(iv)"),
      text("The registration shall be set aside where the judgment was obtained by fraud."),
      kind(judgment), discretionary(false),
      valid('1933-04-13', open) ],
    refusal_ground('GB', fraud),
    ( forum_gb:registration_state(fjrea_1933, _Order),
      resisting_party_proves(fraud, true) )).

law:rule(gb_fjrea_1933_s4_1_a_v_public_policy,
    [ citation("Foreign Judgments (Reciprocal Enforcement) Act 1933, s. 4(1)(a)(v)"),
      text("The registration shall be set aside where enforcing the judgment would be contrary to English public policy."),
      kind(judgment), discretionary(false),
      valid('1933-04-13', open) ],
    refusal_ground('GB', public_policy),
    ( forum_gb:registration_state(fjrea_1933, _Order),
      resisting_party_proves(public_policy_violation, true) )).

law:rule(gb_fjrea_1933_s4_1_b_prior_judgment,
    [ citation("Foreign Judgments (Reciprocal Enforcement) Act 1933, s. 4(1)(b)"),
      text("The registration may be set aside where the matter had already been decided by a final and conclusive judgment of a court having jurisdiction, before the judgment of origin."),
      kind(judgment), discretionary(true),
      unconfirmed("s. 4(1)(b) covers only an earlier judgment; the fact conflicting_judgment does not say which came first"),
      valid('1933-04-13', open) ],
    refusal_ground('GB', conflicting_judgment),
    ( forum_gb:registration_state(fjrea_1933, _Order),
      resisting_party_proves(conflicting_judgment, true) )).

%  FJ(RE)A 1933 s. 2(1): the judgment creditor "may apply to the High
%  Court at any time within six years after the date of the judgment, or,
%  where there have been proceedings by way of appeal against the
%  judgment, after the date of the last judgment given in those
%  proceedings, to have the judgment registered".
law:rule(gb_fjrea_1933_s2_1_time_limit,
    [ citation("Foreign Judgments (Reciprocal Enforcement) Act 1933, s. 2(1)"),
      text("A judgment can be registered under the 1933 Act only on an application made within six years of the judgment (or of the last judgment on appeal); the applicant must show it."),
      kind(judgment), discretionary(false),
      unconfirmed("that the applicant bears the burden follows from s. 2(1) making the period a condition of the application; the rules of court on the application's evidence (CPR 74.4) are not in the project's sources"),
      valid('1933-04-13', open) ],
    refusal_ground('GB', time_limit),
    ( forum_gb:registration_state(fjrea_1933, _Order),
      \+ applicant_proves(time_limit_met, true) )).

%  Neither the common law nor the Acts reach the decision: only a
%  judgment for a definite sum of money is enforced by action or
%  registration (AJA 1920 s. 12(1); FJ(RE)A 1933 s. 1(2)(b)), and no
%  action lies on a foreign judgment for taxes or a penalty (Huntington v
%  Attrill [1893] AC 150 (PC); Government of India v Taylor [1955] AC 491).
law:rule(gb_no_legal_basis,
    [ citation("Common law (a judgment for a debt or definite sum only; Huntington v Attrill [1893] AC 150; Government of India v Taylor [1955] AC 491); AJA 1920 s. 12(1); FJ(RE)A 1933 s. 1(2)(b)"),
      text("No route to enforcement in England is open: the common law and the 1920 and 1933 Acts enforce only a final judgment for a definite sum of money, not for taxes or a penalty, of a court with jurisdiction by English rules."),
      kind(judgment), discretionary(false),
      unconfirmed("a non-money judgment may still be recognised, e.g. as res judicata, which is not modelled; insolvency (Cross-Border Insolvency Regulations 2006) and maintenance orders have their own regimes, not modelled"),
      valid('0000-01-01', open) ],
    refusal_ground('GB', no_legal_basis),
    \+ legal_basis_holds('GB')).
