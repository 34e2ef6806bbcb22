/*  eu.pl -- membership of the European Union, for the Brussels regime.

    eu_member(State, From, To, Source, Status): State is a member state
    from From until To (open while a member). The United Kingdom left on
    31 January 2020; under the Withdrawal Agreement art. 67(2) the
    Brussels Ia Regulation still governs judgments in proceedings
    instituted before the end of the transition period (31 Dec 2020), so
    its membership is dated here to 2021-01-01.

    Denmark is not bound by the Regulations themselves, but applies them
    by the EC-Denmark Agreement of 19 Oct 2005 (Council Decision
    2006/325/EC): danish_agreement/4.
*/
:- module(eu, [eu_member/5, danish_agreement/4]).

%!  eu_member(?State, ?From, ?To, ?Source, ?Status) is nondet.

eu_member(S, '1958-01-01', open, eu_treaties, confirmed) :- member(S, ['BE', 'DE', 'FR', 'IT', 'LU', 'NL']).
eu_member(S, '1973-01-01', open, eu_treaties, confirmed) :- member(S, ['DK', 'IE']).
eu_member('GB', '1973-01-01', '2021-01-01', eu_treaties,
          unconfirmed("end dated to the end of the transition period, for Withdrawal Agreement art. 67(2)")).
eu_member('GR', '1981-01-01', open, eu_treaties, confirmed).
eu_member(S, '1986-01-01', open, eu_treaties, confirmed) :- member(S, ['ES', 'PT']).
eu_member(S, '1995-01-01', open, eu_treaties, confirmed) :- member(S, ['AT', 'FI', 'SE']).
eu_member(S, '2004-05-01', open, eu_treaties, confirmed) :-
    member(S, ['CY', 'CZ', 'EE', 'HU', 'LV', 'LT', 'MT', 'PL', 'SK', 'SI']).
eu_member(S, '2007-01-01', open, eu_treaties, confirmed) :- member(S, ['BG', 'RO']).
eu_member('HR', '2013-07-01', open, eu_treaties, confirmed).

%!  danish_agreement(?Instrument, ?From, ?Source, ?Status) is nondet.
%
%   Denmark applies Instrument from From under the EC-Denmark Agreement.

danish_agreement(brussels_i, '2007-07-01', eu_dk_agreement,
                 unconfirmed("the date the EC-Denmark Agreement took effect is not in the project's sources")).
danish_agreement(brussels_ia, '2015-01-10', eu_dk_agreement,
                 unconfirmed("Denmark's notification that it applies Regulation 1215/2012 is not in the project's sources")).
