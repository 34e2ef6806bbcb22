/*  treaties.pl -- which instruments bind which states, and from when.

    bilateral(StateA, StateB, Signed, From, To, JudgmentClause, Source, Status)
        a bilateral legal-assistance treaty, StateA @< StateB; From is its
        entry into force, To the end of its force (open while in force);
        JudgmentClause is true when it provides for the recognition and
        enforcement of court decisions.
    party(Instrument, State, From, To, Source, Status)
        State is bound by a multilateral Instrument from From to To.

    Status is confirmed, or unconfirmed(Why): what the sources do not
    confirm stays marked so, and shows in a result's caveats.
*/
:- module(treaties, [bilateral/8, party/6]).

%!  bilateral(?A, ?B, ?Signed, ?From, ?To, ?JudgmentClause, ?Source, ?Status) is nondet.

bilateral('CN', 'KZ', '1993-01-14', '1995-05-30', open, true, k5,
          unconfirmed("entry into force not confirmed: the date of the ratifying Decree No. 2309 is used")).
bilateral('CN', 'RU', '1992-06-19', '1993-11-14', open, true, r_cn, confirmed).
bilateral('BY', 'CN', '1993-01-11', '1993-11-29', open, true, c13,
          unconfirmed("signature date not confirmed")).
bilateral('DZ', 'CN', '2010-01-10', '2012-06-16', open, true, c13,
          unconfirmed("signature date not confirmed")).
bilateral('CN', 'TH', '1994-03-16', '1997-07-06', open, false, c4,
          unconfirmed("dates not confirmed; the source confirms only that the treaty has no judgment clause")).
bilateral('CN', 'SG', '1997-04-28', '1999-06-27', open, false, x3,
          unconfirmed("dates not confirmed; the source confirms only that the treaty is silent on judgments")).
bilateral('KZ', 'LT', '1994-08-09', '1999-04-08', open, true, k1,
          unconfirmed("whether the treaty has a judgment chapter is not confirmed")).
bilateral('KZ', 'TR', '1995-06-13', '1999-10-02', open, true, k1,
          unconfirmed("whether the treaty has a judgment chapter is not confirmed")).
bilateral('KZ', 'PK', '1995-08-23', '2001-02-09', open, true, k1,
          unconfirmed("whether the treaty has a judgment chapter is not confirmed")).
bilateral('KP', 'KZ', '1997-04-07', '2001-07-28', open, true, k1,
          unconfirmed("whether the treaty has a judgment chapter is not confirmed")).

%!  party(?Instrument, ?State, ?From, ?To, ?Source, ?Status) is nondet.

% Minsk Convention on legal assistance in civil, family and criminal
% matters (22 Jan 1993). Dates of entry into force per state are not in
% the project's sources yet.
party(minsk1993, State, '1994-05-19', open, k1,
      unconfirmed("date of entry into force for this state not confirmed")) :-
    member(State, ['AM', 'BY', 'KG', 'KZ', 'MD', 'RU', 'TJ', 'UZ', 'AZ']).
party(minsk1993, 'UA', '1994-05-19', '2022-12-01', k1,
      unconfirmed("Ukraine withdrew by Law No. 2783-IX of 1 Dec 2022; the date its withdrawal took effect is not confirmed")).

% Chisinau Convention (7 Oct 2002); in force 30 days after the third
% ratification; replaces Minsk between its parties (art. 120).
party(chisinau2002, 'BY', '2004-10-02', open, k12,
      unconfirmed("entry into force computed from deposit dates")).
party(chisinau2002, 'KZ', '2004-10-02', open, k12,
      unconfirmed("entry into force computed from deposit dates")).
party(chisinau2002, 'KG', '2004-10-02', open, k12,
      unconfirmed("entry into force computed from deposit dates")).
party(chisinau2002, 'AM', '2005-02-20', open, k12,
      unconfirmed("entry into force computed from the deposit date")).
