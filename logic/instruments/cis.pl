/*  cis.pl -- the CIS conventions on legal assistance.

    Minsk Convention on legal assistance and legal relations in civil,
    family and criminal matters (22 Jan 1993), art. 51: the Contracting
    Parties recognise and enforce one another's decisions in civil and
    family matters [C-RU1]. Chisinau Convention (7 Oct 2002) replaces it
    between the States bound by both (art. 120) [R-Y]. Membership and
    dates: kb/treaties.pl.

    These rules carry scope(cis): they are weighed in forums bound by
    either convention.

    Dates: Minsk in force from 19 May 1994; Chisinau from 2 Oct 2004, the
    date kb/treaties.pl derives from the third deposit (art. 120(2)) and
    marks unconfirmed. Each State is bound from its own date there.
*/
:- module(instrument_cis, []).
:- multifile law:rule/4, world:forum_in_scope/2.

world:forum_in_scope(cis, F) :-
    treaties:party(I, F, _, _, _, _),
    memberchk(I, [minsk1993, chisinau2002]), !.

%  Minsk art. 51: "each Contracting Party recognises and enforces the
%  following decisions rendered in the territory of the other Contracting
%  Parties: (a) decisions of institutions of justice in civil and family
%  matters, including court-approved settlements ..."
law:rule(minsk1993_art_51,
    [ citation("Minsk Convention on Legal Assistance (1993), art. 51"),
      text("Decisions of the courts of one party to the Minsk Convention in civil and family matters are recognised and enforced in the others."),
      scope(cis),
      valid('1994-05-19', open) ],
    legal_basis(_Forum, treaty(minsk1993)),
    ( kind_is(judgment),
      party_in_force(minsk1993, forum),
      party_in_force(minsk1993, origin) )).

%  Chisinau art. 120: between its parties the Chisinau Convention
%  replaces the Minsk Convention -- "subject to": it overrides
%  minsk1993_art_51 wherever it applies.
law:rule(chisinau2002_recognition,
    [ citation("Chisinau Convention on Legal Assistance (2002), arts. 54 and 120"),
      text("Between parties to the Chisinau Convention, their courts' decisions in civil and family matters are recognised under it, in place of the Minsk Convention."),
      scope(cis),
      overrides([minsk1993_art_51]),
      unconfirmed("the article of the Chisinau Convention on recognition (about art. 54) is not confirmed"),
      valid('2004-10-02', open) ],
    legal_basis(_Forum, treaty(chisinau2002)),
    ( kind_is(judgment),
      party_in_force(chisinau2002, forum),
      party_in_force(chisinau2002, origin) )).
