/*  eu.pl -- the other member states of the European Union as forums.

    For these forums pyenforce models the instruments that bind them --
    the Brussels regime between member states, the Hague 2019 Convention
    and the New York Convention -- but not their national law on foreign
    judgments. Where no instrument applies, the national route is shown as
    unknown, and the result says so in its caveats: pyenforce does not
    guess. Germany has a forum file of its own (de.pl).
*/
:- module(forum_eu, [eu_forum/1]).
:- use_module('../kb/states').
:- multifile law:rule/4, world:forum/3, world:forum_in_scope/2.

%!  eu_forum(?State) is nondet.
%
%   A member state whose national law is not modelled here.

eu_forum(S) :-
    member(S, [ 'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'GR',
                'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO',
                'SK', 'SI', 'ES', 'SE' ]).

world:forum(S, Name,
            "EU member state: Brussels Ia (Brussels I before 2015), the Hague 2019 Convention, the New York Convention; national law not modelled") :-
    eu_forum(S),
    iso_country(S, Name).

world:forum_in_scope(eu_national, F) :- eu_forum(F).

%  Outside the instruments, each member state applies its own law (for
%  example the French exequatur, or Dutch art. 431 Rv); it is not modelled.
law:rule(eu_national_law_not_modelled,
    [ citation("the national law of the forum on foreign judgments (not modelled)"),
      text("Where no instrument applies, the forum's national law decides; pyenforce does not model it for this forum."),
      scope(eu_national), kind(judgment), placeholder(true),
      valid('0000-01-01', open),
      subject_to([brussels_ia_art_36, brussels_i_art_33, hague2019_art_4]) ],
    legal_basis(_Forum, domestic_law(national_law)),
    forum_national_law_applies).
