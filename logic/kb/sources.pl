/*  sources.pl -- where each fact about the world comes from.

    source(Key, Description, Url). The keys are those of the project's
    research brief (law.md, section E); the knowledge-base facts name them
    so that every node of a derivation can say where its fact comes from.
*/
:- module(sources, [source/3]).

%!  source(?Key, ?Description, ?Url) is nondet.

source(k1, "SIONLF, Recognition and enforcement of foreign court decisions in Kazakhstan", "https://sionlf.com/en/recognition-and-enforcement-of-foreign-court-decisions-in-kazakhstan").
source(k2, "Civil Procedure Code of Kazakhstan (1999), art. 425/512-1, as published by Continent Online", "https://continent-online.com/Document/?doc_id=31618587").
source(k3, "TKL, Foreign court judgments are enforceable in Kazakhstan", "https://tkl.kz/en/publications/foreign-court-judjement-are-enforceable-in-kazakhstan").
source(k4, "Signum Law, Recognition and enforcement of foreign court decisions (Kazakhstan)", "https://signumlaw.com/posts/priznanie-i-privedenie-v-ispolnenie-resheniy-inostrannyh-sudov").
source(k5, "Treaty between Kazakhstan and China on legal assistance in civil and criminal matters (14 Jan 1993), ratified by Decree No. 2309 of 30 May 1995; Protocol of 17 May 2023", "https://adilet.zan.kz/rus/docs/U950002309_").
source(k13, "Civil Procedure Code of Kazakhstan of 13 Jul 1999 No. 411-I, in force from 1 Jul 1999 (Law No. 412-I), lost force 1 Jan 2016, as published by BestProfi", "https://bestprofi.com/m/document/section/443585764").
source(k6, "Law of Kazakhstan of 31 Oct 1997 No. 180 ratifying the Treaty with Turkey on legal assistance in civil matters (Almaty, 13 Jun 1995); in force 2 Oct 1999", "https://adilet.zan.kz/rus/docs/Z970000180_").
source(k9, "Law of Kazakhstan of 9 Nov 1998 No. 293 ratifying the Treaty with Pakistan on legal assistance (23 Aug 1995); in force 9 Feb 2001", "https://adilet.zan.kz/kaz/docs/Z980000293_").
source(k10, "Law of Kazakhstan of 9 Nov 1998 No. 291 ratifying the Treaty with the DPRK on mutual legal assistance in civil and criminal matters (Pyongyang, 7 Apr 1997); in force 28 Jul 2001", "https://zakonpravo.kz/en/on-the-ratification-of-the-treaty-between-the-republic-of-kazakhstan-and-the-democratic-people-s-republic-of-korea-on-mutual-legal-assistance-in-civil-and-criminal-matters").
source(k14, "Law of Kazakhstan of 30 Jun 1997 No. 142 ratifying the Agreement with Kyrgyzstan on mutual legal assistance in civil and criminal matters (Almaty, 26 Aug 1996), art. 3 (recognition and execution of judgments); in force 18 Dec 1998", "http://www.zakonpravo.kz/en/on-ratification-of-the-agreement-between-the-republic-of-kazakhstan-and-the-kyrgyz-republic-on-mutual-legal-assistance-in-civil-and-criminal-matters").
source(k12, "Law of Kazakhstan on the ratification of the Chisinau Convention (2002); deposit 29 Mar 2004", "https://zakonpravo.kz/en/on-the-ratification-of-the-convention-on-legal-assistance-and-legal-relations-in-civil-family-and-criminal-matters").
source(r1, "Arbitrazh Procedure Code of the Russian Federation, art. 241", "https://zakonrf.info/amp/apk/241").
source(r2, "Arbitrazh Procedure Code of the Russian Federation, art. 244", "https://pravorub.ru/help/laws/apk/244.html").
source(r3, "Civil Procedure Code of the Russian Federation, art. 412", "https://stgpkrf.ru/412").
source(r5, "KDB Legal, Russian courts' post-sanctions approach to reciprocity (A40-242631/2022)", "https://kdb.legal/en/russian-courts-post-sanctions-approach-to-reciprocity/").
source(r6, "KDB Legal, Enforcement of English judgments in Russia: reciprocity (Avanen v Verden)", "https://kdb.legal/en/enforcement-of-english-judgments-in-russia-reciprocity/").
source(r7, "KDB Legal, No treaty but reciprocity: Dutch state court decision recognised in Russia", "https://kdb.legal/no-treaty-but-reciprocity-dutch-state-court-decision-recognized-in-russia/").
source(r8, "CIS Arbitration Forum, Enforcement of foreign courts' judgments in Russia: reciprocity confirmed (2012)", "https://cisarbitration.com/2012/04/24/enforcement-of-foreign-courts-judgments-in-russia-reciprocity-confirmed/").
source(r9, "KKP Law, Russian courts justify refusal to enforce arbitral awards in favour of unfriendly parties by counter-sanctions decrees", "https://kkplaw.ru/en/russian-courts-justify-refusal-to-enforce-arbitral-award-in-favour-of-unfriendly-parties-by-reference-to-counter-sanctions-decrees/").
source(r13, "Government of the Russian Federation, Order No. 430-r of 5 March 2022 (list of unfriendly foreign states), as summarised by L2B Partners", "https://l2bpartners.com/russia-ukraine-crisis-russia-publishes-the-list-of-the-so-called-unfriendly-countries/").
source(r18, "CIS Arbitration Forum, Israeli court recognises a Russian judgment on the basis of reciprocity (2013)", "https://cisarbitration.com/2013/03/01/israeli-court-recognizes-a-russian-judgment-on-the-basis-of-reciprocity/").
source(ru_cy, "Treaty between the USSR and Cyprus on legal assistance in civil and criminal matters (Nicosia, 19 Jan 1984), ch. V, art. 23; in force 27 Mar 1987 (State Customs Committee letter of 17 May 1995 No. 01-13/6885, annex 2)", "https://bazanpa.ru/prezidium-vs-sssr-dogovor-ot19011984-h1742356/glava5/statya23").
source(ru_gr, "Treaty between the USSR and Greece on legal assistance in civil and criminal matters (Athens, 21 May 1981), ch. V, arts. 23-24; in force 1 Sep 1982", "https://docs.cntd.ru/document/1900324/titles/7DO0KB").
source(ru_it, "Convention between the USSR and Italy on legal assistance in civil matters (Rome, 25 Jan 1979), art. 22; in force 8 Aug 1986", "https://bazanpa.ru/prezidium-vs-sssr-konventsiia-ot25011979-h1777425/glava2/statya22").
source(ru_bg, "Treaty between the USSR and Bulgaria on legal assistance in civil, family and criminal matters (Moscow, 19 Feb 1975), art. 46; in force 19 Jan 1976", "https://bazanpa.ru/prezidium-vs-sssr-dogovor-ot19021975-h1780019/glava2/statya46").
source(ru_cz, "Treaty between the USSR and Czechoslovakia on legal assistance and legal relations in civil, family and criminal matters (Moscow, 12 Aug 1982), Section III, art. 53 ff.; in force 4 Jun 1983 (decree 95/1983 Sb.)", "https://psp.cz/eknih/1981fs/tisky/t0060_03.htm").
source(ru_iq, "Treaty between the USSR and Iraq on mutual legal assistance (Moscow, 22 Jun 1973), art. 19; in force 22 Apr 1974", "https://docs.cntd.ru/document/1900498/titles/7EC0KG").
source(r_cn, "Treaty between the PRC and the Russian Federation on legal assistance in civil and criminal matters (19 Jun 1992), in force 14 Nov 1993", "https://eluosilvshi.com").
source(c1, "PRC Civil Procedure Law (2023 amendment), arts. 299-300", "https://fasuixing.com/6304.html").
source(c2, "PRC Civil Procedure Law (2023 amendment), art. 301", "https://fasuixing.com/6303.html").
source(c3, "China Justice Observer, What's new for China's rules on foreign judgments recognition and enforcement", "https://chinajusticeobserver.com/a/whats-new-for-chinas-rules-on-foreign-judgments-recognition-and-enforcement-1").
source(c4, "Hylands Law, recognition and enforcement of foreign judgments in China", "https://hylandslaw.com/content/details18_14684.html").
source(c5, "China Justice Observer, The Nanning Statement: a milestone in recognizing and enforcing foreign judgments in China", "https://chinajusticeobserver.com/insights/the-nanning-statement-a-milestone-in-recognizing-and-enforcing-foreign-judgments-in-china.html").
source(c6, "China Ningbo Lawyer, The Chinese legal basis for recognizing US civil and commercial judgments (the 2015 Belt and Road Opinions)", "https://china-ningbo-lawyer.com/blog/the-chinese-legal-basis-for-recognizing-us-civil-and-commercial-judgments.amp").
source(c9, "China Justice Observer, China recognizes another German bankruptcy judgment in 2023", "https://chinajusticeobserver.com/a/china-recognizes-another-german-bankruptcy-judgment-in-2023").
source(c10, "Schiebe, Anerkennung deutscher Insolvenzverfahren in China (Enterprise Bankruptcy Law art. 5)", "https://schiebe.de/anerkennung-deutscher-insolvenzverfahren-in-china/").
source(c11, "China Justice Observer, Recognizing and enforcing foreign judgments in China (treaty list)", "https://chinajusticeobserver.com/t/recognizing-and-enforcing-foreign-judgments-in-china?p=2").
source(c12, "Conflict of Laws, September 2024 update: list of China's cases on recognition of foreign judgments", "https://conflictoflaws.net/2024/september-2024-update-list-of-chinas-cases-on-recognition-of-foreign-judgments/").
source(hl23, "Hogan Lovells, Enforcement of money judgments in China (as of February 2023): the 35 states whose treaties with China have a judgment clause (arbitrationlaw.com/pdf/china-enforcement-money-judgments, as recorded in docs/research/2026-11-cis-china.md s. 6)", "").
source(c13, "China Justice Observer, List of China's bilateral treaties on judicial assistance in civil and commercial matters", "https://zh-cn.chinajusticeobserver.com/a/list-of-chinas-bilateral-treaties-on-judicial-assistance-in-civil-and-commercial-matters").
source(x1, "China Law Insight, Recognition and enforcement of foreign judgments in China: progress and challenges (2017)", "https://chinalawinsight.com/2017/10/articles/dispute-resolution/recognition-and-enforcement-of-foreign-judgments-in-china-progress-and-challenges-go-hand-in-hand/").
source(x3, "Bird & Bird, Nanjing court enforces Singapore judgment based on the principle of reciprocity (2017)", "https://twobirds.com/en/news/articles/2017/singapore/nanjing-court-enforces-singapore-judgment-based-on-the-principle-of-reciprocity").
source(x7, "China Justice Observer, Turning point: China first recognizes Japanese bankruptcy decision", "https://chinajusticeobserver.com/a/turning-point:-china-first-recognizes-japanese-bankruptcy-decision").
source(x8, "China Justice Observer, How to start the recognition and enforcement of court judgments between China and Japan", "https://chinajusticeobserver.com/a/how-to-start-the-recognition-and-enforcement-of-court-judgments-between-china-and-japan").
source(x9, "Osaka High Court, 9 April 2003, Hanrei Jiho 1841-111 (via web-nippyo)", "https://web-nippyo.jp/28724").
source(x10, "Tokyo High Court, 25 November 2015 (via kokusaishihou.jp)", "https://kokusaishihou.jp/?p=16183").
source(x11, "China Justice Observer, Germany refuses to enforce a Chinese judgment in 2021 (LG Saarbruecken 5 O 249/19)", "https://chinajusticeobserver.com/a/germany-refuses-to-enforce-a-chinese-judgment-in-2021").
source(x12, "KG Berlin 2006 recognition of a Wuxi judgment, as reported by news.china.com", "https://news.china.com/domestic/945/20170914/31396742_5.html").
source(x13, "China Justice Observer, Chinese court first recognizes a South Korean judgment; South Korea recognizes Chinese judgment for the second time", "https://chinajusticeobserver.com/a/chinese-court-first-recognizes-a-south-korean-judgment").
source(x14, "Afik & Co., Israel recognises a Chinese judgment (2017)", "https://afiklaw.com/updates/4330").
source(x16, "Hubei Gezhouba Sanlian v Robinson Helicopter (C.D. Cal. 2009; 9th Cir. 2011), via CourtListener and Letters Blogatory", "https://www.courtlistener.com/api/rest/v3/opinions/213564/").
source(x17, "Shanghai Yongrun v Kashi Galaxy, 2021 NY Slip Op 31459(U); 203 A.D.3d 495 (2022)", "https://law.justia.com/cases/new-york/other-courts/2021/2021-ny-slip-op-31459-u.html").
source(x18, "Bridgeway Corp v Citibank, 45 F.Supp.2d 276 (SDNY 1999), 201 F.3d 134 (2d Cir 2000)", "https://casebriefsco.com/casebrief/bridgeway-corp-v-citibank").
source(x20, "Giant Light Metal Technology (Kunshan) v Aksa Far East [2014] SGHC 16", "https://sg.vlex.com/vid/giant-light-metal-technology-842808171").
source(x21, "Shiplawlog, Singapore courts and PRC courts sign Memorandum of Guidance on the recognition and enforcement of money judgments in commercial cases (10 Oct 2018); the same in CMS Holborn Asia (17 Oct 2018) and ADVOC", "https://www.shiplawlog.com/2018/10/10/singapore-courts-and-prc-courts-sign-memorandum-of-guidance-on-the-recognition-and-enforcement-of-money-judgments-in-commercial-cases/").
source(u1, "Uniform Foreign-Country Money Judgments Recognition Act (2005), s. 4, e.g. Haw. Rev. Stat. s. 658F-4", "https://statutes.laws.com/hawaii/volume-13/title-36/chapter-658-f/hrs-658-f-4-htm").
source(u4, "New York CPLR art. 53, s. 5304 (before the 2021 amendment)", "https://ny.elaws.us/law/cvp_art53_sec.5304").
source(u5, "Fox Rothschild, N.Y. amends law on recognition of foreign judgments (June 2021)", "https://globaldisputeresolutioninsights.foxrothschild.com/2021/06/n-y-amends-law-on-recognition-of-foreign-judgments/").
source(u6, "Uniform Law Commission / USLegal, Uniform Foreign-Country Money Judgments Recognition Act and the 1962 Act: adopting states", "https://definitions.uslegal.com/u/uniform-foreign-country-money-judgments-recognition-act").
source(u9, "Florida Statutes ss. 55.601-55.607 (Uniform Out-of-Country Foreign Money-Judgment Recognition Act), s. 55.605", "https://www.flsenate.gov/Laws/Statutes/2012/55.605").
source(u10, "Texas Civil Practice and Remedies Code ch. 36A (Acts 2017, 85th Leg., ch. 390, eff. 1 Jun 2017) and former ch. 36, s. 36.005", "https://law.justia.com/codes/texas/civil-practice-and-remedies-code/title-2/subtitle-c/chapter-36a/").
source(u8, "Uniform Law Commission, Why states should adopt the UFCMJRA (no reciprocity requirement)", "https://www.uniformlaws.org").
source(h1, "HCCH, status table and news of the 2019 Judgments Convention (EU, Ukraine, Uruguay, Andorra)", "https://www.hcch.net/en/instruments/conventions/status-table/?cid=137").
source(h2, "The Gazette, notice 4879564: the 2019 Hague Judgments Convention in force for the United Kingdom on 1 Jul 2025; SI 2024/713", "https://www.thegazette.co.uk/notice/4879564").
source(n1, "New York Convention status (UN Treaty Collection MTDSG XXII-1; WIPO Lex remarks for the US and Germany; national treaty databases)", "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXII-1&chapter=22").
source(eu_treaties, "Treaties of accession to the European Union; Withdrawal Agreement (2019/C 384 I/01), art. 67", "https://eur-lex.europa.eu").
source(eu_dk_agreement, "Agreement between the European Community and the Kingdom of Denmark (19 Oct 2005), Council Decision 2006/325/EC", "https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=CELEX:22013A0921(01)").
source(consultant_minsk, "Minsk Convention (1993), ConsultantPlus edition with notes on entry into force", "https://www.consultant.ru/document/cons_doc_LAW_5942/").
source(ua_2783, "Law of Ukraine No. 2783-IX of 1 Dec 2022 on withdrawal from the Minsk Convention; Ministry of Justice notice", "https://minjust.gov.ua").
source(nl_gazprombank, "Hoge Raad 26 Sep 2014, Gazprombank v Bensadon, ECLI:NL:HR:2014:2838 (Rv art. 431(2)); M.H. ten Wolde, NIPR 2018, p. 274", "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2014:2838").
source(study, "Execution of Foreign Judicial Decisions: A Comparative Analysis (2025), Table 2", "").
