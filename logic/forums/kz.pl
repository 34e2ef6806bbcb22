/*  kz.pl -- Kazakhstan as the forum.

    Civil Procedure Code of the Republic of Kazakhstan (2015, No. 377-V),
    in force 1 January 2016, arts. 501-503; the 1999 Code before it
    recognised foreign decisions only under a treaty [K1][K2][K3].

    Dates: the 1999 Code (13 Jul 1999, No. 411-I) was put in force from
    1 Jul 1999 by Law No. 412-I and lost force on 1 Jan 2016 [K13]. Its
    refusal list (art. 512-1) is the 2015 Code's, so the grounds below are
    valid from 1 Jul 1999; when art. 512-1 was inserted into the 1999 Code
    is not in the sources. Kazakh law before 1 Jul 1999 is not modelled
    (forum_law_before_modelled, decision.pl).
*/
:- module(forum_kz, []).
:- multifile law:rule/4, world:forum/3, world:forum_law_modelled_from/2.

world:forum_law_modelled_from('KZ', '1999-07-01').

world:forum('KZ', "Kazakhstan",
            "Civil Procedure Code 2015 arts. 501-503: treaty, law or reciprocity; Minsk 1993 and Chisinau 2002; bilateral treaties").

                 /*******************************
                 *        LEGAL BASES           *
                 *******************************/

%  CPC RK art. 501(1): "decisions of foreign courts ... are recognised and
%  enforced by the courts of the Republic of Kazakhstan if this is
%  provided by the law and (or) an international treaty ratified by the
%  Republic of Kazakhstan, or on the basis of reciprocity."
%
%  Reciprocity is an independent basis: the three rules below need no
%  treaty. No Supreme Court normative resolution on foreign decisions or
%  reciprocity was found, though one said to date from December 2023 was
%  looked for (docs/research/2026-11-cis-china.md and
%  2026-12-kz-supreme-court.md): the December 2023 resolutions found
%  (No. 4 of 7 Dec 2023; amendments of 28 Dec 2023 to No. 5 of 2003)
%  concern domestic judgments, and No. 3 of 2 Nov 2023 concerns
%  arbitration. So nothing here rests on such a resolution, and the
%  rules say so in their caveats.

law:rule(kz_cpc_501_treaty_bilateral,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 501(1) (before 2016: 1999 Code, art. 425); the bilateral legal-assistance treaty with the state of origin"),
      text("Kazakhstan recognises a foreign decision where a ratified bilateral treaty with the state of origin provides for it."),
      valid('1999-07-01', open) ],
    legal_basis('KZ', treaty(bilateral)),
    ( kind_is(judgment),
      bilateral_treaty_in_force(_) )).

law:rule(kz_cpc_501_reciprocity_de_jure,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 501(1)"),
      text("Kazakhstan recognises a foreign decision on reciprocity where the law of the state of origin permits its courts to recognise Kazakh decisions."),
      valid('2016-01-01', open),
      unconfirmed("art. 501 names reciprocity without defining it, and no Supreme Court normative resolution explaining it was found (one said to date from December 2023 was searched for in 2026 and not found); which proof of reciprocity the courts accept is not confirmed") ],
    legal_basis('KZ', reciprocity(de_jure)),
    ( kind_is(judgment),
      origin_law_permits_recognition )).

law:rule(kz_cpc_501_reciprocity_factual,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 501(1)"),
      text("Kazakhstan recognises a foreign decision on reciprocity where the courts of the state of origin have recognised a Kazakh decision."),
      valid('2016-01-01', open),
      unconfirmed("art. 501 names reciprocity without defining it, and no Supreme Court normative resolution explaining it was found (one said to date from December 2023 was searched for in 2026 and not found); which proof of reciprocity the courts accept is not confirmed") ],
    legal_basis('KZ', reciprocity(factual)),
    ( kind_is(judgment),
      origin_recognised_forum_judgment(_Ref, _Date) )).

law:rule(kz_cpc_501_reciprocity_consensual,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 501(1)"),
      text("Kazakhstan recognises a foreign decision on reciprocity where the two states have agreed on reciprocity in a memorandum, joint statement or diplomatic commitment."),
      valid('2016-01-01', open),
      unconfirmed("art. 501 names reciprocity without defining it, and no Supreme Court normative resolution explaining it was found (one said to date from December 2023 was searched for in 2026 and not found); whether an arrangement short of a treaty suffices is not confirmed") ],
    legal_basis('KZ', reciprocity(consensual)),
    ( kind_is(judgment),
      reciprocity_arrangement(_Ref, _Date) )).

                 /*******************************
                 *      GROUNDS OF REFUSAL      *
                 *******************************/

%  Refusal list of the 2015 Code (commonly cited as art. 503; the 1999
%  Code's art. 512-1 is worded "не допускается" -- recognition "is not
%  permitted", so every ground is mandatory) [K2]:

%  (1) "the decision has not entered into legal force or is not subject
%  to enforcement under the law of the state where it was rendered"
law:rule(kz_cpc_503_not_final,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 503(1) (formerly 1999 Code art. 512-1(1))"),
      text("Recognition is refused unless the decision has entered into legal force under the law of the state of origin; the applicant must show it."),
      kind(judgment), discretionary(false),
      unconfirmed("the article number of the 2015 Code's refusal list is not confirmed (commonly cited as art. 503)"),
      valid('1999-07-01', open) ],
    refusal_ground('KZ', not_final),
    \+ applicant_proves(final, true)).

law:rule(kz_cpc_503_not_enforceable,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 503(1) (formerly 1999 Code art. 512-1(1))"),
      text("Enforcement is refused unless the decision is enforceable under the law of the state of origin; the applicant must show it."),
      kind(judgment), discretionary(false),
      unconfirmed("the article number of the 2015 Code's refusal list is not confirmed (commonly cited as art. 503)"),
      valid('1999-07-01', open) ],
    refusal_ground('KZ', not_enforceable),
    \+ applicant_proves(enforceable_in_origin, true)).

%  (2) "the party against whom the decision was made was deprived of the
%  opportunity to take part in the proceedings, having not been duly and
%  timely notified"
law:rule(kz_cpc_503_no_notice,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 503(2) (formerly 1999 Code art. 512-1(2))"),
      text("Recognition is refused where the defendant was not duly and timely notified of the proceedings; the applicant files the proof of notice with the application."),
      kind(judgment), discretionary(false),
      unconfirmed("that the applicant bears the burden of proving notice follows the CIS practice of filing proof of summons with the application; not confirmed for the 2015 Code"),
      valid('1999-07-01', open) ],
    refusal_ground('KZ', no_notice),
    \+ applicant_proves(defendant_notified, true)).

%  (3) "the case falls within the exclusive jurisdiction of the courts of
%  the Republic of Kazakhstan"
law:rule(kz_cpc_503_exclusive_jurisdiction,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 503(3) (formerly 1999 Code art. 512-1(3))"),
      text("Recognition is refused where the dispute falls within the exclusive jurisdiction of the courts of Kazakhstan."),
      kind(judgment), discretionary(false),
      valid('1999-07-01', open) ],
    refusal_ground('KZ', exclusive_jurisdiction),
    resisting_party_proves(forum_exclusive_jurisdiction, true)).

%  (4) "there is a decision of a court of the Republic of Kazakhstan that
%  has entered into legal force, between the same parties, on the same
%  subject and on the same grounds"
law:rule(kz_cpc_503_conflicting_judgment,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 503(4) (formerly 1999 Code art. 512-1(4))"),
      text("Recognition is refused where a Kazakh decision in force exists between the same parties on the same subject and grounds."),
      kind(judgment), discretionary(false),
      valid('1999-07-01', open) ],
    refusal_ground('KZ', conflicting_judgment),
    resisting_party_proves(conflicting_judgment, true)).

%  (5)-(7): an earlier case pending in Kazakhstan; sovereignty, security
%  or public order; the time limit for enforcement expired.
law:rule(kz_cpc_503_pending_proceedings,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 503(5)"),
      text("Recognition is refused where earlier proceedings on the same dispute between the same parties are pending in Kazakhstan."),
      kind(judgment), discretionary(false),
      unconfirmed("this item of the refusal list is not confirmed in the sources; it mirrors Russian CPC art. 412"),
      valid('1999-07-01', open) ],
    refusal_ground('KZ', pending_proceedings),
    resisting_party_proves(forum_proceedings_pending, true)).

law:rule(kz_cpc_503_public_policy,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 503(6)"),
      text("Recognition is refused where it would harm the sovereignty, security or public order of Kazakhstan."),
      kind(judgment), discretionary(false),
      unconfirmed("this item of the refusal list is not confirmed in the sources; it mirrors Russian CPC art. 412"),
      valid('1999-07-01', open) ],
    refusal_ground('KZ', public_policy),
    resisting_party_proves(public_policy_violation, true)).

law:rule(kz_cpc_503_time_limit,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 503(7)"),
      text("Enforcement is refused where the time limit for presenting the decision for enforcement has expired and was not restored; the applicant must show the application is in time."),
      kind(judgment), discretionary(false),
      unconfirmed("this item of the refusal list is not confirmed in the sources; it mirrors Russian CPC art. 412"),
      valid('1999-07-01', open) ],
    refusal_ground('KZ', time_limit),
    \+ applicant_proves(time_limit_met, true)).

%  Without a treaty or a law, art. 501(1) leaves reciprocity as the only
%  basis (from 2016); under the 1999 Code a treaty was needed [K3].
law:rule(kz_cpc_501_no_reciprocity,
    [ citation("Civil Procedure Code of Kazakhstan (2015), art. 501(1)"),
      text("Without a ratified treaty or a law providing for it, Kazakhstan recognises a foreign decision only on reciprocity; no basis holds here."),
      valid('2016-01-01', open),
      kind(judgment), discretionary(false) ],
    refusal_ground('KZ', no_reciprocity),
    \+ legal_basis_holds('KZ')).

law:rule(kz_cpc1999_no_treaty,
    [ citation("Civil Procedure Code of Kazakhstan (1999), art. 425: recognition only where a treaty provides"),
      text("Before 2016, Kazakhstan recognised foreign decisions only where a treaty provided for it; none does here."),
      valid('1999-07-01', '2016-01-01'),
      kind(judgment), discretionary(false),
      unconfirmed("the article number of the 1999 Code's provision is not confirmed; the practice of refusing without a treaty is [K3]") ],
    refusal_ground('KZ', no_legal_basis),
    \+ legal_basis_holds('KZ')).
