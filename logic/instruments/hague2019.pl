/*  hague2019.pl -- the HCCH Convention of 2 July 2019 on the Recognition
    and Enforcement of Foreign Judgments in Civil or Commercial Matters.

    In force for the EU (except Denmark) and Ukraine from 1 Sep 2023,
    Uruguay from 1 Oct 2024, the United Kingdom from 1 Jul 2025, Andorra
    from 1 Jun 2026 [H1][H2]; parties and dates: kb/treaties.pl. The
    article wording below is paraphrased: the verbatim text (OJ L 187,
    14.7.2022) is not yet in the project's sources.

    The basis applies in any forum (no scope): a forum that is not a
    party shows the basis failing and why. The rules are valid from the
    Convention's entry into force, 1 Sep 2023.
*/
:- module(instrument_hague2019, []).
:- multifile law:rule/4.

%  Art. 4(1): a judgment of a Contracting State "shall be recognised and
%  enforced in another Contracting State"; art. 4(3): only if it has
%  effect / is enforceable in the State of origin. Art. 16: the
%  Convention applies if, when the proceedings were instituted in the
%  State of origin, it had effect between that State and the requested
%  State. Arts. 1-2: civil or commercial matters (not insolvency, family,
%  defamation, revenue ...). Art. 5(1): the judgment is eligible only if
%  one of the jurisdictional filters is met (summarised by the fact
%  origin_had_jurisdiction). Art. 23: EU law prevails between member
%  states.
law:rule(hague2019_art_4,
    [ citation("HCCH Judgments Convention (2019), arts. 1-2, 4, 5(1), 16 and 23"),
      text("A judgment of one Contracting State in a civil or commercial matter is recognised and enforced in another, where the Convention bound both when the proceedings were instituted and a jurisdictional filter of art. 5 is met."),
      kind(judgment),
      unconfirmed("the Convention's wording is paraphrased; the verbatim text is not yet in the project's sources"),
      valid('2023-09-01', open) ],
    legal_basis(_Forum, treaty(hague2019)),
    ( civil_or_commercial(hague2019),
      instrument_window(hague2019, From, To),
      as_of(AsOf), on_or_after(AsOf, From),
      proceedings_instituted_between(From, To),
      \+ both_member_states,
      applicant_proves(origin_had_jurisdiction, true),
      applicant_proves(final, true) )).

%  Art. 7(1): "Recognition or enforcement may be refused if -- (a) the
%  document which instituted the proceedings ... was not notified to the
%  defendant in sufficient time ...; (b) the judgment was obtained by
%  fraud; (c) recognition or enforcement would be manifestly incompatible
%  with the public policy of the requested State ...; (e) the judgment is
%  inconsistent with a judgment given by a court of the requested State
%  in a dispute between the same parties; (f) ... with an earlier
%  judgment given by a court of another State ...". Art. 7(2):
%  postponement or refusal where earlier proceedings are pending in the
%  requested State. Every ground is discretionary ("may be refused").
law:rule(hague2019_art_7_1_a_notice,
    [ citation("HCCH Judgments Convention (2019), art. 7(1)(a)"),
      text("Recognition may be refused where the defendant was not notified in time to arrange a defence."),
      kind(judgment), discretionary(true),
      valid('2023-09-01', open) ],
    refusal_ground(Forum, no_notice),
    ( legal_basis(Forum, treaty(hague2019)),
      resisting_party_proves(defendant_notified, false) )).

law:rule(hague2019_art_7_1_b_fraud,
    [ citation("HCCH Judgments Convention (2019), art. 7(1)(b)"),
      text("Recognition may be refused where the judgment was obtained by fraud."),
      kind(judgment), discretionary(true),
      valid('2023-09-01', open) ],
    refusal_ground(Forum, fraud),
    ( legal_basis(Forum, treaty(hague2019)),
      resisting_party_proves(fraud, true) )).

law:rule(hague2019_art_7_1_c_public_policy,
    [ citation("HCCH Judgments Convention (2019), art. 7(1)(c)"),
      text("Recognition may be refused where it would be manifestly incompatible with the public policy of the requested state, including fundamental procedural fairness."),
      kind(judgment), discretionary(true),
      valid('2023-09-01', open) ],
    refusal_ground(Forum, public_policy),
    ( legal_basis(Forum, treaty(hague2019)),
      resisting_party_proves(public_policy_violation, true) )).

%  Art. 7(1)(d): recognition may be refused if "the proceedings in the
%  court of origin were contrary to an agreement, or a designation in a
%  trust instrument, under which the dispute in question was to be
%  determined in a court of a State other than the State of origin".
law:rule(hague2019_art_7_1_d_forum_agreement,
    [ citation("HCCH Judgments Convention (2019), art. 7(1)(d)"),
      text("Recognition may be refused where the proceedings in the court of origin were contrary to an agreement under which the dispute was to be decided in a court of another state."),
      kind(judgment), discretionary(true),
      valid('2023-09-01', open) ],
    refusal_ground(Forum, no_jurisdiction),
    ( legal_basis(Forum, treaty(hague2019)),
      resisting_party_proves(proceedings_contrary_to_forum_agreement, true) )).

law:rule(hague2019_art_7_1_c_not_heard,
    [ citation("HCCH Judgments Convention (2019), art. 7(1)(c): procedural fairness"),
      text("Recognition may be refused where the specific proceedings were incompatible with fundamental principles of procedural fairness."),
      kind(judgment), discretionary(true),
      valid('2023-09-01', open) ],
    refusal_ground(Forum, not_heard),
    ( legal_basis(Forum, treaty(hague2019)),
      resisting_party_proves(defendant_heard, false) )).

law:rule(hague2019_art_7_1_e_f_inconsistent,
    [ citation("HCCH Judgments Convention (2019), art. 7(1)(e)-(f)"),
      text("Recognition may be refused where the judgment is inconsistent with a judgment of the requested state between the same parties, or with an earlier recognisable judgment."),
      kind(judgment), discretionary(true),
      valid('2023-09-01', open) ],
    refusal_ground(Forum, conflicting_judgment),
    ( legal_basis(Forum, treaty(hague2019)),
      resisting_party_proves(conflicting_judgment, true) )).

law:rule(hague2019_art_7_2_pending,
    [ citation("HCCH Judgments Convention (2019), art. 7(2)"),
      text("Recognition may be postponed or refused where earlier proceedings between the same parties on the same subject are pending in the requested state."),
      kind(judgment), discretionary(true),
      valid('2023-09-01', open) ],
    refusal_ground(Forum, pending_proceedings),
    ( legal_basis(Forum, treaty(hague2019)),
      resisting_party_proves(forum_proceedings_pending, true) )).
