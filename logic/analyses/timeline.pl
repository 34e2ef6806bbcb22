/*  timeline.pl -- when the law changed, for one case.

    The dates at which the outcome or its basis changes between From and
    To, and the legal event behind each: a rule taking or losing effect,
    a convention or treaty entering into force, a list extended, a
    statute replaced, a precedent given. The candidate dates are read
    from the knowledge base -- the validity dates of the rules that apply
    in the forum, the dates of the treaty relations, lists, statutes and
    precedents that concern the two states, and the dates of the case's
    own evidence -- and the case is evaluated as of each of them, not on
    every day.

        ?- timeline:timeline_json(CaseJson, "{\"from\":\"2010-01-01\",\"to\":\"2025-12-31\"}", Out).
*/
:- module(timeline,
          [ timeline_json/3,            % +CaseText, +OptionsText, -Out
            timeline/5                  % +Case, +From, +To, +Options, -Changes
          ]).
:- use_module(library(http/json)).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(option)).
:- use_module('../analysis').
:- use_module('../law').
:- use_module('../case').
:- use_module('../kb/states').
:- use_module('../kb/treaties').
:- use_module('../kb/eu').
:- use_module('../kb/official_lists').
:- use_module('../kb/us_acts').
:- use_module('../kb/precedents').
:- use_module('../kb/arrangements').

%!  timeline_json(+CaseText, +OptionsText, -Out) is det.
%
%   Options (JSON): from, to (ISO dates; default: the case's application
%   date for to, and for from 2000-01-01, or 1 January ten years before
%   to where that is earlier), time_limit, inference_limit.

timeline_json(Text, OptText, Out) :-
    catch(timeline_json_(Text, OptText, Json), E, analysis_error_json(E, Json)),
    with_output_to(string(S), json_write(current_output, Json, [width(0)])),
    Out = S.

timeline_json_(Text, OptText, json([case=Id, origin=O, forum=F, from=From, to=To,
                                    start=Start, changes=Changes])) :-
    case_input(Text, "", Case, AppDate),
    limits_options(OptText, Options),
    option_date(to, Options, AppDate, To),
    default_from(To, DefaultFrom),
    option_date(from, Options, DefaultFrom, From),
    (   From @< To -> true
    ;   throw(case_error('--from', "a date before --to", From))
    ),
    case_value_of(Case, id, Id), case_value_of(Case, origin, O), case_value_of(Case, forum, F),
    evaluate_term(Case, From, Options, R0),
    state_json(R0, Start),
    timeline(Case, From, To, Options, Changes).

default_from(To, From) :-
    (   To @> '2000-01-01' -> From = '2000-01-01'
    ;   sub_atom(To, 0, 4, _, Y0), atom_number(Y0, Y), Y1 is Y - 10,
        format(atom(From), '~|~`0t~w~4+-01-01', [Y1])
    ).

option_date(Key, Options, Default, Date) :-
    Opt =.. [Key, V],
    (   option(Opt, Options)
    ->  atom_string(Date, V),
        (   iso_date(Date) -> true
        ;   atom_concat('--', Key, K), throw(case_error(K, "an ISO date YYYY-MM-DD", V))
        )
    ;   Date = Default
    ).

%!  timeline(+Case, +From, +To, +Options, -Changes) is det.
%
%   Changes lists json([date, outcome, ..., events]) for each candidate
%   date in (From, To] at which the outcome, the bases or the grounds
%   differ from the day before.

timeline(Case, From, To, Options, Changes) :-
    candidate_dates(Case, From, To, Dates),
    evaluate_term(Case, From, Options, R0),
    signature(R0, S0),
    changes(Dates, Case, Options, S0, R0, Changes).

changes([], _, _, _, _, []).
changes([D|Ds], Case, Options, S0, R0, Changes) :-
    evaluate_term(Case, D, Options, R),
    signature(R, S),
    (   S == S0
    ->  Changes = Rest, S1 = S0, R1 = R0
    ;   events_on(Case, D, Events),
        state_json(R0, Before), state_json(R, After),
        Changes = [json([date=D, before=Before, after=After, events=Events])|Rest],
        S1 = S, R1 = R
    ),
    changes(Ds, Case, Options, S1, R1, Rest).

%   What counts as a change: the outcome, the bases' rules, the grounds.
signature(R, s(O, Bs, Gs)) :-
    O = R.outcome,
    findall(Id, member(b(_, _, _, Id, _), R.bases), Bs0), sort(Bs0, Bs),
    findall(G, member(g(G, _, _, _), R.refusal_grounds), Gs0), sort(Gs0, Gs).

state_json(R, json([outcome=R.outcome, bases=Bases, refusal_grounds=Grounds])) :-
    R.json = json(Pairs),
    memberchk(bases=Bases, Pairs),
    memberchk(refusal_grounds=Grounds, Pairs).

%!  candidate_dates(+Case, +From, +To, -Dates) is det.
%
%   The dates in (From, To] at which something in the knowledge base that
%   concerns this case takes or loses effect.

candidate_dates(Case, From, To, Dates) :-
    findall(D, ( case_date(Case, D), D @> From, D @=< To ), Ds),
    sort(Ds, Dates).

case_date(Case, D) :-
    case_value_of(Case, forum, F), case_value_of(Case, origin, O),
    country_of(F, FC), country_of(O, OC),
    (   law_forum(F, O, LF), api:forum_rules(LF, Ids), member(Id, Ids), rule_validity(Id, D0, D1),
        ( D = D0 ; D = D1 )
    ;   member(C, [FC, OC]), party(_, C, D0, D1, _, _), ( D = D0 ; D = D1 )
    ;   ( bilateral(FC, OC, _, D0, D1, _, _, _) ; bilateral(OC, FC, _, D0, D1, _, _, _) ),
        ( D = D0 ; D = D1 )
    ;   member(C, [FC, OC]), eu_member(C, D0, D1, _, _), ( D = D0 ; D = D1 )
    ;   member(C, [FC, OC]), danish_agreement(_, D, _, _), C == 'DK'
    ;   nyc_reciprocity_reservation(FC, D0, D1, _, _), ( D = D0 ; D = D1 )
    ;   member(C, [OC, FC]), unfriendly_state(C, D, _, _, _)
    ;   us_act(F, _, D0, D1, _, _), ( D = D0 ; D = D1 )
    ;   ( precedent(OC, FC, PD, _, _, _, _, _, _) ; precedent(FC, OC, PD, _, _, _, _, _, _) ),
        day_shift(PD, 1, D)             % a precedent counts from the next day (world.pl)
    ;   arrangement_between(FC, OC, D, _, _, _, _)
    ;   evidence_date(Case, D)
    ;   member(D, ['2002-03-01', '2015-01-10'])          % the Brussels regime
    ),
    atom(D), D \== open, D \== '0000-01-01'.

%   law_forum(+Forum, +Origin, -LawForum): whose rules can change the
%   outcome -- the forum's, and the origin's where its law is modelled as
%   a forum's (de jure reciprocity asks them, the roles swapped).
law_forum(F, _, F).
law_forum(_, O, OF) :-
    world:law_modelled_as(O, OF).

evidence_date(case(_, _, Evidence), D) :-
    member(E, Evidence),
    ( E = recognition(_, D, _) ; E = refusal(_, D, _, _) ; E = arrangement(_, D) ).

%!  events_on(+Case, +Date, -Events) is det.
%
%   What happens in the law on Date, for this case: each event with the
%   text, the citation and the source.

events_on(Case, D, Events) :-
    findall(E, event(Case, D, E), Es0),
    list_to_set(Es0, Events).

event(Case, D, json([event=Kind, rule=Id, text=Text, citation=Cite])) :-
    case_value_of(Case, forum, F), case_value_of(Case, origin, O),
    law_forum(F, O, LF), api:forum_rules(LF, Ids), member(Id, Ids),
    rule_validity(Id, From, To),
    (   From == D -> Kind = takes_effect ; To == D -> Kind = ceases ),
    law:rule(Id, Meta, _, _),
    ( memberchk(text(Text), Meta) -> true ; Text = "" ),
    ( memberchk(citation(Cite), Meta) -> true ; Cite = "" ).
event(Case, D, json([event=Kind, rule= @(null), text=Text, citation=Cite])) :-
    case_value_of(Case, forum, F), case_value_of(Case, origin, O),
    country_of(F, FC), country_of(O, OC),
    kb_event(FC, OC, F, Case, D, Kind, Text, Key),
    api:source_string(Key, Cite).

kb_event(FC, OC, _, _, D, Kind, Text, Key) :-
    member(C, [FC, OC]), party(I, C, From, To, Key, _),
    (   From == D -> Kind = enters_into_force, Verb = "binds"
    ;   To == D -> Kind = ceases, Verb = "ceases to bind"
    ),
    world:instrument_name(I, IN), world:state_name(C, CN),
    format(string(Text), "~s ~s ~s.", [IN, Verb, CN]).
kb_event(FC, OC, _, _, D, Kind, Text, Key) :-
    ( bilateral(FC, OC, _, From, To, _, Key, _) ; bilateral(OC, FC, _, From, To, _, Key, _) ),
    (   From == D -> Kind = enters_into_force, Verb = "enters into force"
    ;   To == D -> Kind = ceases, Verb = "ceases to be in force"
    ),
    world:state_name(FC, FN), world:state_name(OC, ON),
    format(string(Text), "The bilateral treaty between ~s and ~s ~s.", [FN, ON, Verb]).
kb_event(FC, OC, _, _, D, Kind, Text, Key) :-
    member(C, [FC, OC]), eu_member(C, From, To, Key, _),
    (   From == D -> Kind = joins_eu, Verb = "joins the European Union"
    ;   To == D -> Kind = leaves_eu, Verb = "leaves the Brussels regime"
    ),
    world:state_name(C, CN),
    format(string(Text), "~s ~s.", [CN, Verb]).
kb_event(FC, OC, _, _, D, list_extended, Text, Key) :-
    member(C, [OC, FC]),                % the forum's too: Russia as the origin
    unfriendly_state(C, D, Act, Key, _),
    world:state_name(C, ON),
    format(string(Text), "~s is put on Russia's list of unfriendly states (~s).", [ON, Act]).
kb_event(_, _, F, _, D, Kind, Text, Key) :-
    us_act(F, Act, From, To, Key, _),
    (   From == D -> Kind = statute_enacted, Verb = "begins to follow"
    ;   To == D -> Kind = statute_replaced, Verb = "stops following"
    ),
    world:state_name(F, FN), world:act_name(Act, AN),
    format(string(Text), "~s ~s ~s.", [FN, Verb, AN]).
kb_event(FC, OC, _, _, D, precedent, Text, Key) :-
    (   precedent(OC, FC, PD, _, Outcome, _, Ref, Key, _), Decider = OC, Of = FC
    ;   precedent(FC, OC, PD, _, Outcome, _, Ref, Key, _), Decider = FC, Of = OC
    ),
    day_shift(PD, 1, D),
    world:state_name(Decider, DN), world:state_name(Of, ON),
    format(string(Text), "The courts of ~s ~w a decision of ~s on ~w: ~s (a precedent counts from the next day).", [DN, Outcome, ON, PD, Ref]).
kb_event(FC, OC, _, _, D, arrangement, Text, Key) :-
    arrangement_between(FC, OC, D, _, Ref, Key, _),
    world:state_name(FC, FN), world:state_name(OC, ON),
    format(string(Text), "~s and ~s make an arrangement on reciprocity: ~s.", [FN, ON, Ref]).
kb_event(_, _, _, Case, D, evidence, Text, case_file) :-
    evidence_date(Case, D),
    format(string(Text), "Evidence in the case file is dated ~w.", [D]).
kb_event(FC, OC, _, _, D, enters_into_force, Text, eu_treaties) :-
    member(D-IN, ['2002-03-01'-"the Brussels I Regulation", '2015-01-10'-"the Brussels Ia Regulation"]),
    eu_member(FC, _, _, _, _), eu_member(OC, _, _, _, _),
    format(string(Text), "~s applies to proceedings instituted from this date.", [IN]).
