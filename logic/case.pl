/*  case.pl -- one case's facts: parsed as data, checked, held, removed.

    The Prolog boundary is a security boundary. A case crosses it as one
    JSON text; it is parsed here as data (never called), every key is
    checked against the format-1 whitelist (vocabulary.pl), and only then
    are its facts asserted -- thread-locally, and removed by
    setup_call_cleanup/3 even when the query throws. snapshot/1 is not
    used: it leaks on SWI-Prolog 9.0.4 (../shared/research/pyswip-and-swi.md).

    Errors are thrown as  case_error(Key, Expected, Found) , where Key is
    the dotted path of the offending key ('' for the whole case).
*/
:- module(case,
          [ case_from_json/3,           % +Text, +DefaultId, -Case
            case_from_dict/3,           % +Dict, +DefaultId, -Case
            with_case/3,                % +Case, +AsOf, :Goal
            case_value/2,               % ?Key, ?Value
            case_fact/2,                % ?Name, ?Bool
            case_evidence_law_permits/1,% ?Bool
            case_recognition/3,         % ?Ref, ?Date, ?Subject
            case_refusal/4,             % ?Ref, ?Date, ?Subject, ?ForLack
            case_arrangement/2,         % ?Ref, ?Date
            current_context/1,          % -Context
            iso_date/1,                 % @Atom
            day_shift/3                 % +Date, +Days, -Date
          ]).
:- use_module(library(http/json)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- use_module(kb/vocabulary).
:- use_module(kb/states).

:- meta_predicate with_case(+, +, 0).

% The cases being evaluated, one context each: 0 for the case itself,
% 1, 2, ... for hypothetical cases inside it (the origin's law applied
% with the roles swapped, explain.pl). thread_local: each thread sees
% only its own cases.
:- thread_local
    held_value/3,                       % Context, Key, Value
    held_fact/3,                        % Context, Name, Bool
    held_law_permits/2,                 % Context, Bool
    held_recognition/4,                 % Context, Ref, Date, Subject
    held_refusal/5,                     % Context, Ref, Date, Subject, ForLack
    held_arrangement/3.                 % Context, Ref, Date

%!  current_context(-Context) is semidet.
%
%   The context of the case being evaluated; fails outside with_case/3.

current_context(C) :-
    nb_current(pyenforce_context, C),
    integer(C).

%!  case_value(?Key, ?Value) is nondet.
%!  case_fact(?Name, ?Bool) is nondet.
%!  case_evidence_law_permits(?Bool) is semidet.
%!  case_recognition(?Ref, ?Date, ?Subject) is nondet.
%!  case_refusal(?Ref, ?Date, ?Subject, ?ForLack) is nondet.
%!  case_arrangement(?Ref, ?Date) is nondet.
%
%   The facts of the case in the current context.

case_value(K, V) :- current_context(C), held_value(C, K, V).
case_fact(N, B) :- current_context(C), held_fact(C, N, B).
case_evidence_law_permits(B) :- current_context(C), held_law_permits(C, B).
case_recognition(R, D, S) :- current_context(C), held_recognition(C, R, D, S).
case_refusal(R, D, S, L) :- current_context(C), held_refusal(C, R, D, S, L).
case_arrangement(R, D) :- current_context(C), held_arrangement(C, R, D).

%!  case_from_json(+Text, +DefaultId, -Case) is det.
%
%   Parse Text (a string holding one JSON object) into a checked Case
%   term. Throws case_error/3 on anything that is not format 1.

case_from_json(Text, DefaultId, Case) :-
    catch(atom_json_dict(Text, Dict, [value_string_as(string)]),
          _, throw(case_error('', "a JSON object (the text is not valid JSON)", ""))),
    case_from_dict(Dict, DefaultId, Case).

%!  case_from_dict(+Dict, +DefaultId, -Case) is det.
%
%   Case is case(Values, Facts, Evidence): Values a list of Key-Value
%   (atoms and ISO date atoms), Facts a list of Name-Bool, Evidence a list
%   of evidence terms. Defaults of format 1 are filled in.

case_from_dict(Dict, DefaultId, case(Values, Facts, Evidence)) :-
    (   is_dict(Dict) -> true
    ;   throw(case_error('', "a JSON object", Dict))
    ),
    dict_pairs(Dict, _, Pairs),
    forall(member(K-_, Pairs), allowed_key('', K,
           [format, id, title, origin, forum, parties, decision,
            application_date, facts, evidence])),
    opt(Dict, format, 1, Format),
    (   Format == 1 -> true
    ;   throw(case_error(format, "1", Format))
    ),
    opt(Dict, id, DefaultId, Id0), text_value(id, Id0, Id),
    opt(Dict, title, "", Title0), text_value(title, Title0, _),
    required(Dict, origin, Origin0), state_value(origin, Origin0, Origin),
    required(Dict, forum, Forum0), state_value(forum, Forum0, Forum),
    (   forum_modelled(Forum) -> true
    ;   findall(F, forum_modelled(F), Fs), atomic_list_concat(Fs, ', ', FL),
        format(string(E), "a modelled forum (~w)", [FL]),
        throw(case_error(forum, E, Forum))
    ),
    (   same_country(Origin, Forum)
    ->  throw(case_error(origin, "a state other than the forum's own: a decision of its own courts is not foreign, and between US states the Full Faith and Credit Clause applies (not modelled)", Origin0))
    ;   true
    ),
    opt(Dict, parties, _{}, Parties),
    object(parties, Parties, [applicant, respondent]),
    findall(Role-S, ( member(Role, [applicant, respondent]),
                      get_dict(Role, Parties, S0),
                      atom_concat('parties.', Role, PK),
                      state_value(PK, S0, S) ), PartyValues),
    opt(Dict, decision, _{}, Decision),
    object(decision, Decision, [kind, subject, court, proceedings_started, rendered]),
    opt(Decision, kind, "judgment", Kind0), enum('decision.kind', Kind0, decision_kind, Kind),
    opt(Decision, subject, "money", Subj0), enum('decision.subject', Subj0, decision_subject, Subject),
    opt(Decision, court, "", Court0), text_value('decision.court', Court0, _),
    findall(DK-D, ( member(DK, [proceedings_started, rendered]),
                    get_dict(DK, Decision, D0),
                    atom_concat('decision.', DK, DPK),
                    date_value(DPK, D0, D) ), DecisionDates),
    required(Dict, application_date, AD0), date_value(application_date, AD0, AD),
    opt(Dict, facts, _{}, FactDict),
    object(facts, FactDict, _),
    dict_pairs(FactDict, _, FactPairs0),
    maplist(fact_pair, FactPairs0, Facts),
    opt(Dict, evidence, _{}, EvDict),
    evidence(EvDict, Evidence),
    append([ [id-Id, origin-Origin, forum-Forum, kind-Kind, subject-Subject,
              application_date-AD],
             PartyValues, DecisionDates ], Values).

forum_modelled(F) :-
    catch(world:forum(F, _, _), _, fail).

allowed_key(Path, K, Allowed) :-
    (   memberchk(K, Allowed) -> true
    ;   key_path(Path, K, P),
        atomic_list_concat(Allowed, ', ', A),
        format(string(E), "no such key; allowed here: ~w", [A]),
        throw(case_error(P, E, K))
    ).

key_path('', K, K) :- !.
key_path(P, K, PK) :- atomic_list_concat([P, K], '.', PK).

opt(Dict, Key, Default, Value) :-
    (   get_dict(Key, Dict, V) -> Value = V ; Value = Default ).

required(Dict, Key, Value) :-
    (   get_dict(Key, Dict, V) -> Value = V
    ;   throw(case_error(Key, "a value (this key is required)", missing))
    ).

object(Path, Value, Allowed) :-
    (   is_dict(Value) -> true
    ;   throw(case_error(Path, "an object", Value))
    ),
    (   var(Allowed) -> true
    ;   dict_pairs(Value, _, Pairs),
        forall(member(K-_, Pairs), allowed_key(Path, K, Allowed))
    ).

text_value(_, V, V) :- string(V), !.
text_value(Path, V, _) :- throw(case_error(Path, "a string", V)).

state_value(Path, V, Code) :-
    (   string(V) -> true
    ;   throw(case_error(Path, "a state code such as \"KZ\" or \"US-NY\"", V))
    ),
    atom_string(Code, V),
    (   state_code(Code) -> true
    ;   throw(case_error(Path,
              "an ISO 3166-1 alpha-2 code in upper case (\"KZ\", \"GB\"), or a US state as ISO 3166-2 (\"US-NY\")",
              V))
    ).

enum(Path, V, Domain, Atom) :-
    (   string(V), atom_string(Atom, V), call(Domain, Atom) -> true
    ;   findall(A, call(Domain, A), As), atomic_list_concat(As, ', ', L),
        format(string(E), "one of ~w", [L]),
        throw(case_error(Path, E, V))
    ).

date_value(Path, V, Date) :-
    (   string(V), atom_string(Date, V), iso_date(Date) -> true
    ;   throw(case_error(Path, "an ISO date YYYY-MM-DD", V))
    ).

bool_value(_, V, V) :- (V == true ; V == false), !.
bool_value(Path, V, _) :- throw(case_error(Path, "true or false", V)).

fact_pair(Name-V, Name-Bool) :-
    atom_concat('facts.', Name, Path),
    (   case_fact_name(Name, _) -> true
    ;   findall(F, case_fact_name(F, _), Fs), atomic_list_concat(Fs, ', ', L),
        format(string(E), "a fact of the format-1 vocabulary (~w)", [L]),
        throw(case_error(Path, E, Name))
    ),
    bool_value(Path, V, Bool).

%!  iso_date(@Atom) is semidet.
%
%   Atom is a calendar date written YYYY-MM-DD.

iso_date(Atom) :-
    atom(Atom),
    atom_codes(Atom, [Y1,Y2,Y3,Y4,0'-,M1,M2,0'-,D1,D2]),
    maplist(digit, [Y1,Y2,Y3,Y4,M1,M2,D1,D2]),
    number_codes(Y, [Y1,Y2,Y3,Y4]),
    number_codes(M, [M1,M2]),
    number_codes(D, [D1,D2]),
    between(1, 12, M),
    days_in_month(Y, M, Max),
    between(1, Max, D).

digit(C) :- between(0'0, 0'9, C).

%!  day_shift(+Date, +Days, -Shifted) is semidet.
%
%   Shifted is the ISO date Days days after Date (before it, for negative
%   Days), counted in UTC so that the machine's time zone plays no part.
%   Fails where Date is not an ISO date.

day_shift(Date, Days, Shifted) :-
    iso_date(Date),
    atomic_list_concat([Y0, M0, D0], '-', Date),
    maplist(atom_number, [Y0, M0, D0], [Y, M, D]),
    D1 is D + Days,
    date_time_stamp(date(Y, M, D1, 0, 0, 0, 0, -, -), Stamp),
    stamp_date_time(Stamp, DT, 'UTC'),
    format_time(atom(Shifted), '%F', DT).

days_in_month(Y, 2, D) :- !,
    (   (Y mod 4 =:= 0, Y mod 100 =\= 0 ; Y mod 400 =:= 0) -> D = 29 ; D = 28 ).
days_in_month(_, M, 30) :- memberchk(M, [4,6,9,11]), !.
days_in_month(_, _, 31).

evidence(EvDict, Evidence) :-
    object(evidence, EvDict,
           [ origin_law_permits_recognition, origin_recognised_forum_judgments,
             origin_refused_forum_judgments, reciprocity_arrangements ]),
    (   get_dict(origin_law_permits_recognition, EvDict, P0)
    ->  bool_value('evidence.origin_law_permits_recognition', P0, P),
        E1 = [law_permits(P)]
    ;   E1 = []
    ),
    opt(EvDict, origin_recognised_forum_judgments, [], R0),
    items('evidence.origin_recognised_forum_judgments', R0, recognition, E2),
    opt(EvDict, origin_refused_forum_judgments, [], F0),
    items('evidence.origin_refused_forum_judgments', F0, refusal, E3),
    opt(EvDict, reciprocity_arrangements, [], A0),
    items('evidence.reciprocity_arrangements', A0, arrangement, E4),
    append([E1, E2, E3, E4], Evidence).

items(Path, List, Type, Terms) :-
    (   is_list(List) -> true
    ;   throw(case_error(Path, "a list", List))
    ),
    foldl(item(Path, Type), List, Terms, 0, _).

item(Path, Type, Dict, Term, I, I1) :-
    I1 is I + 1,
    format(atom(P), '~w[~d]', [Path, I]),
    item_keys(Type, Allowed, Required),
    object(P, Dict, Allowed),
    forall(member(K, Required),
           (   get_dict(K, Dict, _) -> true
           ;   key_path(P, K, PK),
               throw(case_error(PK, "a value (this key is required)", missing))
           )),
    key_path(P, ref, RP), text_value(RP, Dict.ref, Ref),
    key_path(P, date, DP), date_value(DP, Dict.date, Date),
    (   get_dict(subject, Dict, S0)
    ->  key_path(P, subject, SP), enum(SP, S0, decision_subject, Subject)
    ;   Subject = any
    ),
    item_term(Type, Dict, P, Ref, Date, Subject, Term).

item_keys(recognition, [ref, date, subject], [ref, date]).
item_keys(refusal, [ref, date, subject, for_lack_of_reciprocity], [ref, date, for_lack_of_reciprocity]).
item_keys(arrangement, [ref, date], [ref, date]).

item_term(recognition, _, _, Ref, Date, Subject, recognition(Ref, Date, Subject)).
item_term(refusal, Dict, P, Ref, Date, Subject, refusal(Ref, Date, Subject, ForLack)) :-
    key_path(P, for_lack_of_reciprocity, FP),
    bool_value(FP, Dict.for_lack_of_reciprocity, ForLack).
item_term(arrangement, _, _, Ref, Date, _, arrangement(Ref, Date)).

%!  with_case(+Case, +AsOf, :Goal) is semidet.
%
%   Run Goal with Case's facts visible through the case_* predicates of
%   this module, the law applied as on AsOf (an ISO date atom, or the
%   atom application_date). Called inside another with_case/3, Case is a
%   hypothetical in a context of its own, and the outer case is visible
%   again afterwards. The facts are removed afterwards, whether Goal
%   succeeds, fails or throws.

with_case(case(Values, Facts, Evidence), AsOf0, Goal) :-
    (   AsOf0 == application_date
    ->  memberchk(application_date-AsOf, Values)
    ;   AsOf = AsOf0
    ),
    (   current_context(Outer) -> Ctx is Outer + 1 ; Outer = none, Ctx = 0 ),
    setup_call_cleanup(
        enter_case(Ctx, Values, Facts, Evidence, AsOf),
        once(Goal),
        leave_case(Ctx, Outer)).

enter_case(Ctx, Values, Facts, Evidence, AsOf) :-
    (   Ctx == 0 -> retract_context(_) ; retract_context(Ctx) ),  % never see a predecessor's facts
    forall(member(K-V, Values), assertz(held_value(Ctx, K, V))),
    assertz(held_value(Ctx, as_of, AsOf)),
    forall(member(N-B, Facts), assertz(held_fact(Ctx, N, B))),
    forall(member(E, Evidence), assert_evidence(Ctx, E)),
    nb_setval(pyenforce_context, Ctx).

leave_case(Ctx, Outer) :-
    retract_context(Ctx),
    nb_setval(pyenforce_context, Outer).

assert_evidence(C, law_permits(B)) :- assertz(held_law_permits(C, B)).
assert_evidence(C, recognition(R, D, S)) :- assertz(held_recognition(C, R, D, S)).
assert_evidence(C, refusal(R, D, S, L)) :- assertz(held_refusal(C, R, D, S, L)).
assert_evidence(C, arrangement(R, D)) :- assertz(held_arrangement(C, R, D)).

retract_context(C) :-
    retractall(held_value(C, _, _)),
    retractall(held_fact(C, _, _)),
    retractall(held_law_permits(C, _)),
    retractall(held_recognition(C, _, _, _)),
    retractall(held_refusal(C, _, _, _, _)),
    retractall(held_arrangement(C, _, _)).
