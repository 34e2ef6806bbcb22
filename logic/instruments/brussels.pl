/*  brussels.pl -- judgments between EU member states.

    Regulation (EU) No 1215/2012 (Brussels Ia), applicable to proceedings
    instituted on or after 10 January 2015 (art. 66(1)), and before it
    Regulation (EC) No 44/2001 (Brussels I, from 1 March 2002) [E1].
    Denmark applies both by the EC-Denmark Agreement; the United Kingdom
    for proceedings instituted before 1 January 2021 (Withdrawal
    Agreement art. 67(2)). Membership and dates: kb/eu.pl.

    Rules carry scope(eu) (weighed in the forums of EU member states) and
    kind(judgment). A forum's national rules on foreign judgments are
    subject_to these bases (see forums/de.pl).

    Dates: the Brussels I rules are valid from 1 Mar 2002 with no end
    date, since Brussels Ia art. 66(2) keeps them for proceedings
    instituted before 10 Jan 2015; the Brussels Ia rules from 10 Jan 2015.
*/
:- module(instrument_brussels, []).
:- multifile law:rule/4.

                 /*******************************
                 *         BRUSSELS IA          *
                 *******************************/

%  Art. 36(1): "A judgment given in a Member State shall be recognised in
%  the other Member States without any special procedure being required."
%  Art. 39: enforceable there "without any declaration of
%  enforceability being required". Art. 66(1): applies "only to legal
%  proceedings instituted ... on or after 10 January 2015".
law:rule(brussels_ia_art_36,
    [ citation("Regulation (EU) No 1215/2012 (Brussels Ia), arts. 36, 39 and 66(1)"),
      text("A judgment given in one EU member state in a civil or commercial matter is recognised and enforced in the others without special procedure, for proceedings instituted on or after 10 January 2015."),
      scope(eu), kind(judgment),
      valid('2015-01-10', open) ],
    legal_basis(_Forum, treaty(brussels_ia)),
    ( civil_or_commercial(brussels_ia),
      instrument_window(brussels_ia, From, To),
      as_of(AsOf), on_or_after(AsOf, From),
      proceedings_instituted_between(From, To) )).

%  Art. 45(1): "On the application of any interested party, the
%  recognition of a judgment shall be refused: (a) if such recognition is
%  manifestly contrary to public policy (ordre public) in the Member
%  State addressed; (b) where the judgment was given in default of
%  appearance, if the defendant was not served ... in sufficient time
%  ...; (c) if the judgment is irreconcilable with a judgment given
%  between the same parties in the Member State addressed; (d) ... with
%  an earlier judgment given in another Member State or in a third State
%  ...; (e) if the judgment conflicts with ... Section 6 of Chapter II
%  [exclusive jurisdiction]." Refusal is mandatory once a ground is
%  established, but only on application: the resisting party's burden.
law:rule(brussels_ia_art_45_1_a_public_policy,
    [ citation("Regulation (EU) No 1215/2012 (Brussels Ia), art. 45(1)(a)"),
      text("Recognition is refused, on application, where it is manifestly contrary to the public policy of the member state addressed."),
      scope(eu), kind(judgment), discretionary(false),
      valid('2015-01-10', open) ],
    refusal_ground(Forum, public_policy),
    ( legal_basis(Forum, treaty(brussels_ia)),
      resisting_party_proves(public_policy_violation, true) )).

law:rule(brussels_ia_art_45_1_b_no_service,
    [ citation("Regulation (EU) No 1215/2012 (Brussels Ia), art. 45(1)(b)"),
      text("Recognition of a default judgment is refused, on application, where the defendant was not served in time to arrange a defence."),
      scope(eu), kind(judgment), discretionary(false),
      valid('2015-01-10', open) ],
    refusal_ground(Forum, no_notice),
    ( legal_basis(Forum, treaty(brussels_ia)),
      resisting_party_proves(defendant_notified, false) )).

law:rule(brussels_ia_art_45_1_c_d_irreconcilable,
    [ citation("Regulation (EU) No 1215/2012 (Brussels Ia), art. 45(1)(c)-(d)"),
      text("Recognition is refused, on application, where the judgment is irreconcilable with a judgment between the same parties in the member state addressed, or with an earlier recognisable judgment."),
      scope(eu), kind(judgment), discretionary(false),
      valid('2015-01-10', open) ],
    refusal_ground(Forum, conflicting_judgment),
    ( legal_basis(Forum, treaty(brussels_ia)),
      resisting_party_proves(conflicting_judgment, true) )).

law:rule(brussels_ia_art_45_1_e_exclusive_jurisdiction,
    [ citation("Regulation (EU) No 1215/2012 (Brussels Ia), art. 45(1)(e)(ii)"),
      text("Recognition is refused, on application, where the judgment conflicts with the exclusive jurisdiction rules of the Regulation."),
      scope(eu), kind(judgment), discretionary(false),
      valid('2015-01-10', open) ],
    refusal_ground(Forum, exclusive_jurisdiction),
    ( legal_basis(Forum, treaty(brussels_ia)),
      resisting_party_proves(forum_exclusive_jurisdiction, true) )).

%  Art. 39 and 42(1)(b): enforcement needs a judgment enforceable in the
%  member state of origin, shown by the certificate of art. 53.
law:rule(brussels_ia_art_39_not_enforceable,
    [ citation("Regulation (EU) No 1215/2012 (Brussels Ia), arts. 39, 42(1)(b) and 53"),
      text("Enforcement requires a judgment enforceable in the member state of origin; the applicant shows it with the certificate."),
      scope(eu), kind(judgment), discretionary(false),
      valid('2015-01-10', open) ],
    refusal_ground(Forum, not_enforceable),
    ( legal_basis(Forum, treaty(brussels_ia)),
      \+ applicant_proves(enforceable_in_origin, true) )).

                 /*******************************
                 *          BRUSSELS I          *
                 *******************************/

%  Reg. 44/2001 art. 33(1): "A judgment given in a Member State shall be
%  recognised in the other Member States without any special procedure
%  being required"; art. 38: enforced once declared enforceable there.
law:rule(brussels_i_art_33,
    [ citation("Regulation (EC) No 44/2001 (Brussels I), arts. 33, 38 and 66; Regulation 1215/2012, art. 66(2)"),
      text("A judgment given in one EU member state in proceedings instituted from 1 March 2002 until 9 January 2015 is recognised in the others, and enforced once declared enforceable."),
      scope(eu), kind(judgment),
      valid('2002-03-01', open) ],
    legal_basis(_Forum, treaty(brussels_i)),
    ( civil_or_commercial(brussels_i),
      instrument_window(brussels_i, From, To),
      as_of(AsOf), on_or_after(AsOf, From),
      proceedings_instituted_between(From, To) )).

%  Art. 34: "A judgment shall not be recognised: 1. if such recognition
%  is manifestly contrary to public policy ...; 2. where it was given in
%  default of appearance, if the defendant was not served ...; 3. if it
%  is irreconcilable with a judgment given in a dispute between the same
%  parties in the Member State in which recognition is sought; 4. ...
%  with an earlier judgment given in another Member State or in a third
%  State ..." Art. 35(1): conflict with the exclusive jurisdiction rules.
law:rule(brussels_i_art_34_1_public_policy,
    [ citation("Regulation (EC) No 44/2001 (Brussels I), art. 34(1)"),
      text("A judgment is not recognised where recognition is manifestly contrary to public policy."),
      scope(eu), kind(judgment), discretionary(false),
      valid('2002-03-01', open) ],
    refusal_ground(Forum, public_policy),
    ( legal_basis(Forum, treaty(brussels_i)),
      resisting_party_proves(public_policy_violation, true) )).

law:rule(brussels_i_art_34_2_no_service,
    [ citation("Regulation (EC) No 44/2001 (Brussels I), art. 34(2)"),
      text("A default judgment is not recognised where the defendant was not served in time to arrange a defence."),
      scope(eu), kind(judgment), discretionary(false),
      valid('2002-03-01', open) ],
    refusal_ground(Forum, no_notice),
    ( legal_basis(Forum, treaty(brussels_i)),
      resisting_party_proves(defendant_notified, false) )).

law:rule(brussels_i_art_34_3_4_irreconcilable,
    [ citation("Regulation (EC) No 44/2001 (Brussels I), art. 34(3)-(4)"),
      text("A judgment irreconcilable with a judgment between the same parties in the state addressed, or with an earlier recognisable judgment, is not recognised."),
      scope(eu), kind(judgment), discretionary(false),
      valid('2002-03-01', open) ],
    refusal_ground(Forum, conflicting_judgment),
    ( legal_basis(Forum, treaty(brussels_i)),
      resisting_party_proves(conflicting_judgment, true) )).

law:rule(brussels_i_art_35_exclusive_jurisdiction,
    [ citation("Regulation (EC) No 44/2001 (Brussels I), art. 35(1)"),
      text("A judgment that conflicts with the exclusive jurisdiction rules of the Regulation is not recognised."),
      scope(eu), kind(judgment), discretionary(false),
      valid('2002-03-01', open) ],
    refusal_ground(Forum, exclusive_jurisdiction),
    ( legal_basis(Forum, treaty(brussels_i)),
      resisting_party_proves(forum_exclusive_jurisdiction, true) )).
