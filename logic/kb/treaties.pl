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
:- module(treaties, [bilateral/8, entry_into_force_not_known/2, party/6, nyc_reciprocity_reservation/5]).
:- use_module(eu).

%!  bilateral(?A, ?B, ?Signed, ?From, ?To, ?JudgmentClause, ?Source, ?Status) is nondet.

bilateral('CN', 'KZ', '1993-01-14', '1995-07-11', open, true, k5,
          unconfirmed("entry into force from one secondary list (economiclaws.net), printed \"1995.7.1 1\"")).
bilateral('CN', 'FR', '1987-05-04', '1988-02-08', open, true, c13, confirmed).
bilateral('CN', 'IT', '1991-05-20', '1995-01-01', open, true, c13, confirmed).
bilateral('CN', 'ES', '1992-05-02', '1994-01-01', open, true, c13, confirmed).
bilateral('BG', 'CN', '1993-06-02', '1995-06-30', open, true, c13, confirmed).
bilateral('CN', 'HU', '1995-10-09', '1997-03-21', open, true, c13,
          unconfirmed("entry into force from one source (zh.wikipedia treaty table)")).
bilateral('CN', 'MA', '1996-04-16', '1999-11-26', open, true, c13,
          unconfirmed("entry into force from one source (zh.wikipedia treaty table)")).
bilateral('CN', 'MN', '1989-08-31', '1990-10-29', open, true, c13,
          unconfirmed("entry into force from one secondary list")).
bilateral('CN', 'RO', '1991-01-16', '1993-01-22', open, true, c13,
          unconfirmed("entry into force from one secondary list")).
bilateral('CN', 'UA', '1992-10-31', '1994-01-19', open, true, c13,
          unconfirmed("entry into force from one secondary list")).
bilateral('CN', 'CU', '1992-11-24', '1994-03-26', open, true, c13,
          unconfirmed("entry into force from one secondary list")).
bilateral('CN', 'EG', '1994-04-21', '1995-05-31', open, true, c13,
          unconfirmed("entry into force from one secondary list")).
bilateral('KZ', 'UZ', '1997-06-02', '1998-11-29', open, true, k1,
          unconfirmed("entry into force from the ratification law as reported by zakonpravo.kz; whether the treaty has a judgment chapter is not confirmed")).
bilateral('CN', 'RU', '1992-06-19', '1993-11-14', open, true, r_cn, confirmed).

%  Russia's treaties with a chapter on recognising court decisions, the
%  USSR's among them (Russia continues them), with the dates of the State
%  Customs Committee's table of 17 May 1995 or the treaty's own header
%  (docs/research/2026-12-ru-kz-treaties.md, part A). Not here: Spain,
%  Poland, Hungary, Romania and others whose date of entry into force or
%  whose judgment chapter was not seen, and the Baltic treaties, which
%  Latvia, Estonia and Lithuania have denounced.
bilateral('CY', 'RU', '1984-01-19', '1987-03-27', open, true, ru_cy, confirmed).
bilateral('GR', 'RU', '1981-05-21', '1982-09-01', open, true, ru_gr,
          unconfirmed("the treaty recognises decisions, and enforces those on property matters only (art. 23): the difference is not modelled")).
bilateral('IT', 'RU', '1979-01-25', '1986-08-08', open, true, ru_it,
          unconfirmed("the enforcement article (art. 22) was seen, the recognition article was not")).
bilateral('BG', 'RU', '1975-02-19', '1976-01-19', open, true, ru_bg,
          unconfirmed("the recognition of non-property decisions (art. 46) was seen, the article on enforcing property decisions was not")).
bilateral('CZ', 'RU', '1982-08-12', '1983-06-04', open, true, ru_cz,
          unconfirmed("a USSR-Czechoslovakia treaty (Section III, art. 53 ff.): that it still binds Russia and the Czech Republic is not confirmed")).
bilateral('RU', 'SK', '1982-08-12', '1983-06-04', open, true, ru_cz,
          unconfirmed("a USSR-Czechoslovakia treaty (Section III, art. 53 ff.): that it still binds Russia and Slovakia is not confirmed")).
bilateral('IQ', 'RU', '1973-06-22', '1974-04-22', open, true, ru_iq,
          unconfirmed("the article on petitions to enforce decisions (art. 19) was seen, the recognition article was not")).
bilateral('BY', 'CN', '1993-01-11', '1993-11-29', open, true, c13, confirmed).
bilateral('CN', 'DZ', '2010-01-10', '2012-06-16', open, true, c13,
          unconfirmed("sources conflict on the entry into force: 16 Jun 2012 or 16 Oct 2012")).
bilateral('CN', 'TH', '1994-03-16', '1997-07-06', open, false, c4,
          unconfirmed("dates not confirmed; the source confirms only that the treaty has no judgment clause")).
bilateral('CN', 'SG', '1997-04-28', '1999-06-27', open, false, x3,
          unconfirmed("dates not confirmed; the source confirms only that the treaty is silent on judgments")).
bilateral('KZ', 'LT', '1994-08-09', '1999-04-08', open, true, k1,
          unconfirmed("whether the treaty has a judgment chapter is not confirmed")).
bilateral('KG', 'KZ', '1996-08-26', '1998-12-18', open, true, k14, confirmed).
%  Kazakhstan's treaties with Turkey (civil matters), Pakistan and the
%  DPRK, cited to the ratification laws [K6][K9][K10]; as for Lithuania
%  and Uzbekistan, the sources do not say whether each has a chapter on
%  the recognition of court decisions.
bilateral('KZ', 'TR', '1995-06-13', '1999-10-02', open, true, k6,
          unconfirmed("whether the treaty has a judgment chapter is not confirmed")).
bilateral('KZ', 'PK', '1995-08-23', '2001-02-09', open, true, k9,
          unconfirmed("whether the treaty has a judgment chapter is not confirmed")).
bilateral('KP', 'KZ', '1997-04-07', '2001-07-28', open, true, k10,
          unconfirmed("whether the treaty has a judgment chapter is not confirmed")).

%  China's other treaties with a judgment clause. The 35 treaty states are
%  confirmed [c13][hl23], but their dates of entry into force are not in
%  the project's sources (docs/research/2026-11-cis-china.md s. 6). Each
%  is known to be in force from 1 Feb 2023, the date of the list that
%  names it as in force [hl23], and marked unconfirmed. Before then,
%  once signed, whether it was in force is unknown, not false
%  (entry_into_force_not_known/2 below; world.pl): an earlier case is
%  undetermined, and says why.
bilateral('CN', 'VN', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('AE', 'CN', '2004-04-21', '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'PL', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'TR', '1992-09-28', '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'CY', '1995-04-25', '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'GR', '1994-10-17', '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'KG', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'UZ', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'TJ', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'TN', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'LA', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'LT', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'KP', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'KW', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('BR', 'CN', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('AR', 'CN', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'PE', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('BA', 'CN', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'ET', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).
bilateral('CN', 'IR', unknown, '2023-02-01', open, true, hl23,
          unconfirmed("the date of entry into force is not in the project's sources: in force at the latest on 1 Feb 2023, when Hogan Lovells listed it")).


%!  entry_into_force_not_known(?A, ?B) is nondet.
%
%   The bilateral treaty between A and B is known to be in force from its
%   From date, but its date of entry into force is not known: before
%   From, whether it was in force is unknown, not false (world.pl,
%   bilateral_treaty_possibly_in_force).

entry_into_force_not_known('CN', 'VN').
entry_into_force_not_known('AE', 'CN').
entry_into_force_not_known('CN', 'PL').
entry_into_force_not_known('CN', 'TR').
entry_into_force_not_known('CN', 'CY').
entry_into_force_not_known('CN', 'GR').
entry_into_force_not_known('CN', 'KG').
entry_into_force_not_known('CN', 'UZ').
entry_into_force_not_known('CN', 'TJ').
entry_into_force_not_known('CN', 'TN').
entry_into_force_not_known('CN', 'LA').
entry_into_force_not_known('CN', 'LT').
entry_into_force_not_known('CN', 'KP').
entry_into_force_not_known('CN', 'KW').
entry_into_force_not_known('BR', 'CN').
entry_into_force_not_known('AR', 'CN').
entry_into_force_not_known('CN', 'PE').
entry_into_force_not_known('BA', 'CN').
entry_into_force_not_known('CN', 'ET').
entry_into_force_not_known('CN', 'IR').

%!  party(?Instrument, ?State, ?From, ?To, ?Source, ?Status) is nondet.

% Minsk Convention on legal assistance in civil, family and criminal
% matters (22 Jan 1993). Dates of entry into force per state are not in
% the project's sources yet.
party(minsk1993, 'RU', '1994-12-10', open, consultant_minsk,
      unconfirmed("date for Russia from one secondary source (the ConsultantPlus header)")).
party(minsk1993, State, '1994-05-19', open, consultant_minsk,
      unconfirmed("the convention's general entry into force is used; the date for this state is not confirmed")) :-
    member(State, ['AM', 'BY', 'KG', 'KZ', 'MD', 'TJ', 'UZ', 'AZ', 'GE', 'TM']).
party(minsk1993, 'UA', '1994-05-19', '2023-12-29', ua_2783,
      unconfirmed("Law No. 2783-IX (in force 23 Dec 2022) withdrew Ukraine; the withdrawal took effect on 29 Dec 2023 per one source")).

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
party(chisinau2002, 'RU', '2023-06-28', open, consultant_minsk,
      unconfirmed("in force for Russia from 28 Jun 2023 per one source (ConsultantPlus); the ratifying law is not confirmed")).

% Hague Convention of 2 July 2019 on the Recognition and Enforcement of
% Foreign Judgments (HCCH status table; research notes 2026-11).
party(hague2019, S, '2023-09-01', open, h1, confirmed) :-
    eu_member(S, _, open, _, _), S \== 'DK'.
party(hague2019, 'UA', '2023-09-01', open, h1, confirmed).
party(hague2019, 'UY', '2024-10-01', open, h1, confirmed).
party(hague2019, 'GB', '2025-07-01', open, h2, confirmed).
party(hague2019, 'AD', '2026-06-01', open, h1, confirmed).
party(hague2019, S, '2026-03-01', open, h1,
      unconfirmed("entry into force from one secondary source (Reed Smith); the deposit date is not confirmed")) :-
    member(S, ['AL', 'ME']).

% New York Convention of 10 June 1958 on the Recognition and Enforcement
% of Foreign Arbitral Awards: in force 90 days after deposit (art. XII(2)).
party(nyc1958, 'CN', '1987-04-22', open, n1, confirmed).
party(nyc1958, 'DE', '1961-09-28', open, n1, confirmed).
party(nyc1958, 'NL', '1964-07-23', open, n1, confirmed).
party(nyc1958, 'RU', '1960-11-22', open, n1,
      unconfirmed("the USSR's entry into force from one secondary source; Russia continues the USSR")).
party(nyc1958, 'JP', '1961-09-18', open, n1,
      unconfirmed("computed from the accession of 20 Jun 1961 and the 90-day rule")).
party(nyc1958, 'KZ', '1996-02-18', open, n1,
      unconfirmed("computed from the accession of 20 Nov 1995 and the 90-day rule")).
party(nyc1958, 'US', '1970-12-29', open, n1,
      unconfirmed("date from a lead not yet checked against the UN Treaty Collection")).
party(nyc1958, 'GB', '1975-12-23', open, n1,
      unconfirmed("date from a lead not yet checked against the UN Treaty Collection")).
party(nyc1958, 'CH', '1965-08-30', open, n1,
      unconfirmed("date from a lead not yet checked against the UN Treaty Collection")).
party(nyc1958, 'TH', '1960-03-20', open, n1,
      unconfirmed("date from a lead not yet checked against the UN Treaty Collection")).

party(nyc1958, S, '2001-01-01', open, n1,
      unconfirmed("a party earlier; its date of entry into force is not in the project's sources, so 1 Jan 2001 -- by which every EU member state had joined -- is used as a lower bound")) :-
    eu_member(S, _, _, _, _),
    \+ memberchk(S, ['DE', 'NL', 'GB']).

%!  nyc_reciprocity_reservation(?State, ?From, ?To, ?Source, ?Status) is nondet.
%
%   State declared under art. I(3) that it applies the Convention only to
%   awards made in another Contracting State.

nyc_reciprocity_reservation('US', '1970-12-29', open, n1, confirmed).
nyc_reciprocity_reservation('CN', '1987-04-22', open, n1,
      unconfirmed("the reservation's footnote marker is in the status list but its legend was not seen")).
nyc_reciprocity_reservation('DE', '1961-09-28', '1998-08-31', n1, confirmed).
nyc_reciprocity_reservation('GB', '1975-12-23', open, n1,
      unconfirmed("from a lead not yet checked against the UN Treaty Collection")).
