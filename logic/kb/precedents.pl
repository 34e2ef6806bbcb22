/*  precedents.pl -- decisions by which one state's courts recognised, or
    refused, another state's decisions.

    These are evidence, not outcomes: they prove factual reciprocity and
    defeat presumed reciprocity. A case file's evidence adds to them, and
    nothing dated after the "as of" date counts; a precedent here counts
    from the day after it was given, since on its own day it may be the
    decision being weighed (world.pl).

    precedent(DecidingState, DecisionOrigin, Date, Subject, Outcome,
              ForLackOfReciprocity, Ref, Source, Status)
      Outcome   recognised | refused
      Status    confirmed | unconfirmed(Why)
*/
:- module(precedents, [precedent/9]).

%!  precedent(?Decider, ?Origin, ?Date, ?Subject, ?Outcome, ?ForLack, ?Ref, ?Source, ?Status) is nondet.

% -- courts of the PRC deciding on foreign decisions
precedent('CN', 'JP', '1995-06-26', money, refused, true,
          "Gomi Akira, SPC reply of 1995 to Dalian IPC", x8,
          unconfirmed("date of the SPC reply approximated to mid-1995")).
precedent('CN', 'US', '2017-06-30', money, recognised, false,
          "Liu Li v Tao Li & Tong Wu, Wuhan IPC, (2015) E Wuhan Zhong Min Shang Wai Chu Zi No.00026", x1, confirmed).
precedent('CN', 'SG', '2016-12-09', money, recognised, false,
          "Kolmar Group AG v Jiangsu Textile I/E, Nanjing IPC, (2016) Su 01 Xie Wai Ren No.3", x3, confirmed).
precedent('CN', 'DE', '2013-11-26', insolvency, recognised, false,
          "Wuhan IPC, recognition of a German insolvency judgment", x11,
          unconfirmed("applicant's name not confirmed")).
precedent('CN', 'GB', '2022-03-17', money, recognised, false,
          "Spar Shipping v Grand China Logistics, Shanghai Maritime Court", c9, confirmed).
precedent('CN', 'DE', '2023-01-15', insolvency, recognised, false,
          "In re DAR, Beijing No.1 IPC, (2022) Jing 01 Po Shen 786", c9,
          unconfirmed("day of the month not given in the source (January 2023)")).
precedent('CN', 'JP', '2023-09-15', insolvency, recognised, false,
          "Shanghai No.3 IPC, (2021) Hu 03 Xie Wai Ren No.1 (Tokyo civil rehabilitation)", x7,
          unconfirmed("day of the month not given in the source (September 2023)")).
precedent('CN', 'TH', '2024-06-15', money, recognised, false,
          "Guangxi Nanning CTS v Orient Thai Airlines, Nanning Int'l Commercial Tribunal, (2023) Gui 71 Xie Wai Ren No.1", c12,
          unconfirmed("day of the month not given in the source (June 2024)")).
precedent('CN', 'KR', '2019-03-15', money, recognised, false,
          "Choi Jongwon v Yoon Jiyoung, Qingdao IPC, (2018) Lu 02 Xie Wai Ren No.6", x13,
          unconfirmed("day of the month not given in the source (March 2019)")).
precedent('CN', 'KR', '2020-04-02', money, recognised, false,
          "Pektor Art v Shanghai Chuangyi, Shanghai No.1 IPC, (2019) Hu 01 Xie Wai Ren No.17", x13, confirmed).
precedent('CN', 'GB', '2004-06-15', money, refused, true,
          "Russian National Symphony Orchestra, Beijing courts (2004)", x3,
          unconfirmed("exact date and reasoning not given in the source")).

% -- foreign courts deciding on PRC decisions
precedent('JP', 'CN', '2003-04-09', non_money, refused, true,
          "Osaka High Court, 9 April 2003, Hanrei Jiho 1841-111", x9, confirmed).
precedent('JP', 'CN', '2015-11-25', defamation, refused, true,
          "Tokyo High Court, 25 November 2015", x10, confirmed).
precedent('US', 'CN', '2009-07-21', money, recognised, false,
          "Hubei Gezhouba Sanlian v Robinson Helicopter, C.D. Cal. 2009, aff'd 9th Cir. 2011", x16, confirmed).
precedent('SG', 'CN', '2014-01-24', money, recognised, false,
          "Giant Light Metal (Kunshan) v Aksa Far East [2014] SGHC 16", x20,
          unconfirmed("day of the month not confirmed")).
precedent('KR', 'CN', '1999-07-09', money, recognised, false,
          "Seoul District Court 1999, recognition of a Weifang judgment", x13,
          unconfirmed("exact date not given in the source (1999)")).
precedent('KR', 'CN', '2019-07-12', money, recognised, false,
          "Daegu High Court 2018na23101", x13, confirmed).
precedent('DE', 'CN', '2006-05-18', money, recognised, false,
          "KG Berlin, recognition of a Wuxi IPC judgment", x12,
          unconfirmed("docket number and exact date not confirmed (2006)")).
precedent('DE', 'CN', '2021-04-16', money, refused, true,
          "LG Saarbruecken 5 O 249/19", x11, confirmed).
precedent('IL', 'CN', '2017-08-15', money, recognised, false,
          "Jiangsu Overseas Group v Reitmann, Israel Supreme Court", x14, confirmed).

% -- courts of Russia and of Israel on Russian decisions
precedent('RU', 'GB', '2020-07-17', money, recognised, false,
          "Avanen Holdings v Verden Capital, Moscow Arbitrazh Court", r6, confirmed).
precedent('RU', 'GB', '2012-04-20', non_money, recognised, false,
          "Boegli-Gravures, FAS Moscow District, A40-119397/11-63-950", r8,
          unconfirmed("exact date not given in the source (2012)")).
precedent('RU', 'NL', '2019-06-19', insolvency, recognised, false,
          "Stichting Adm. Nems, Moscow Arbitrazh Court, A40-68312/2018", r7, confirmed).
precedent('RU', 'US', '2023-07-24', money, refused, true,
          "Moscow District Arbitrazh Court, A40-242631/2022", r5, confirmed).
precedent('IL', 'RU', '2012-06-15', money, recognised, false,
          "Gazprom Transgaz Ukhta v Double K, Tel Aviv District Court", r18,
          unconfirmed("exact date not given in the source (2012)")).

% -- courts of Kazakhstan
precedent('KZ', 'GB', '2020-06-15', money, recognised, false,
          "English High Court judgment recognised in Kazakhstan on reciprocity, upheld on appeal", k3,
          unconfirmed("parties and exact date not given in the source (about 2020)")).
