/*  nyc1958.pl -- the New York Convention of 10 June 1958 on the
    Recognition and Enforcement of Foreign Arbitral Awards [N1].

    Every modelled forum is a party; an award's "origin" is the state of
    its seat. Parties, dates and reciprocity reservations: kb/treaties.pl.
    The rules carry kind(arbitral_award): for court judgments they are not
    weighed at all. In force from 7 Jun 1959 (art. XII(1)); each State is
    bound from its own date (kb/treaties.pl). The rule that no basis is
    modelled for an award outside the Convention holds on every date.
*/
:- module(instrument_nyc1958, []).
:- multifile law:rule/4.

%  Art. III: "Each Contracting State shall recognize arbitral awards as
%  binding and enforce them ..."; art. I(1): awards made in the territory
%  of another State; art. I(3): a State may declare that it applies the
%  Convention only to awards made in another Contracting State.
law:rule(nyc1958_art_iii,
    [ citation("New York Convention (1958), arts. I and III"),
      text("An arbitral award made in another state is recognised and enforced in a Contracting State; a state that made the reciprocity reservation does so only for awards made in another Contracting State."),
      kind(arbitral_award),
      valid('1959-06-07', open) ],
    legal_basis(_Forum, treaty(nyc1958)),
    ( party_in_force(nyc1958, forum),
      ( \+ forum_made_reciprocity_reservation
      ; party_in_force(nyc1958, origin) ) )).

law:rule(nyc1958_no_legal_basis,
    [ citation("New York Convention (1958), arts. I and III"),
      text("The Convention does not oblige the forum to recognise this award, and no other basis is modelled."),
      kind(arbitral_award), discretionary(false),
      valid('0000-01-01', open) ],
    refusal_ground(Forum, no_legal_basis),
    \+ legal_basis_holds(Forum)).

%  Art. V(1): "Recognition and enforcement of the award may be refused,
%  at the request of the party against whom it is invoked, only if that
%  party furnishes ... proof that: (a) the parties ... were ... under some
%  incapacity, or the said agreement is not valid ...; (b) the party ...
%  was not given proper notice ... or was otherwise unable to present his
%  case; (c) the award deals with a difference not ... falling within
%  the terms of the submission ...; (d) the composition of the arbitral
%  authority or the arbitral procedure was not in accordance with the
%  agreement ...; (e) the award has not yet become binding on the
%  parties, or has been set aside or suspended ..."
law:rule(nyc1958_art_v_1_a_agreement,
    [ citation("New York Convention (1958), art. V(1)(a)"),
      text("Enforcement may be refused if the resisting party proves incapacity or an invalid arbitration agreement."),
      kind(arbitral_award), discretionary(true),
      valid('1959-06-07', open) ],
    refusal_ground(_Forum, invalid_arbitration_agreement),
    resisting_party_proves(arbitration_agreement_valid, false)).

law:rule(nyc1958_art_v_1_b_notice,
    [ citation("New York Convention (1958), art. V(1)(b)"),
      text("Enforcement may be refused if the resisting party proves it had no proper notice of the arbitrator's appointment or the proceedings."),
      kind(arbitral_award), discretionary(true),
      valid('1959-06-07', open) ],
    refusal_ground(_Forum, no_notice),
    resisting_party_proves(defendant_notified, false)).

law:rule(nyc1958_art_v_1_b_not_heard,
    [ citation("New York Convention (1958), art. V(1)(b)"),
      text("Enforcement may be refused if the resisting party proves it was otherwise unable to present its case."),
      kind(arbitral_award), discretionary(true),
      valid('1959-06-07', open) ],
    refusal_ground(_Forum, not_heard),
    resisting_party_proves(defendant_heard, false)).

law:rule(nyc1958_art_v_1_c_beyond_submission,
    [ citation("New York Convention (1958), art. V(1)(c)"),
      text("Enforcement may be refused if the resisting party proves the award goes beyond the submission to arbitration."),
      kind(arbitral_award), discretionary(true),
      valid('1959-06-07', open) ],
    refusal_ground(_Forum, beyond_submission),
    resisting_party_proves(award_within_submission, false)).

law:rule(nyc1958_art_v_1_d_tribunal,
    [ citation("New York Convention (1958), art. V(1)(d)"),
      text("Enforcement may be refused if the resisting party proves the tribunal or the procedure departed from the agreement or the law of the seat."),
      kind(arbitral_award), discretionary(true),
      valid('1959-06-07', open) ],
    refusal_ground(_Forum, irregular_tribunal),
    resisting_party_proves(tribunal_properly_constituted, false)).

law:rule(nyc1958_art_v_1_e_not_binding,
    [ citation("New York Convention (1958), art. V(1)(e)"),
      text("Enforcement may be refused if the resisting party proves the award is not yet binding, or was set aside or suspended at the seat."),
      kind(arbitral_award), discretionary(true),
      valid('1959-06-07', open) ],
    refusal_ground(_Forum, not_final),
    resisting_party_proves(final, false)).

%  Art. V(2): "Recognition and enforcement ... may also be refused if the
%  competent authority ... finds that: (a) the subject matter of the
%  difference is not capable of settlement by arbitration under the law
%  of that country; or (b) the recognition or enforcement of the award
%  would be contrary to the public policy of that country." The court
%  examines these of its own motion; nothing before it shows them, they
%  are taken as not established.
law:rule(nyc1958_art_v_2_a_arbitrability,
    [ citation("New York Convention (1958), art. V(2)(a)"),
      text("The court may refuse of its own motion if the subject matter cannot be settled by arbitration under its law."),
      kind(arbitral_award), discretionary(true),
      valid('1959-06-07', open) ],
    refusal_ground(_Forum, not_arbitrable),
    resisting_party_proves(arbitrable, false)).

law:rule(nyc1958_art_v_2_b_public_policy,
    [ citation("New York Convention (1958), art. V(2)(b)"),
      text("The court may refuse of its own motion if enforcement would be contrary to its public policy."),
      kind(arbitral_award), discretionary(true),
      valid('1959-06-07', open) ],
    refusal_ground(_Forum, public_policy),
    resisting_party_proves(public_policy_violation, true)).
