/*  analysis.pl -- what the analyses (compare, what-if, timeline, ask) share.

    They all evaluate a case many times with something changed: another
    forum, another fact, another date. These helpers do that on the
    checked case term of case.pl, case(Values, Facts, Evidence), without
    going through JSON each time.
*/
:- module(analysis,
          [ case_input/4,               % +Text, +AsOf, -Case, -AsOfAtom
            evaluate_term/3,            % +Case, +AsOf, -Result
            evaluate_term/4,            % +Case, +AsOf, +Options, -Result
            limits_options/2,           % +OptionsText, -Options
            case_with_value/4,          % +Case, +Key, +Value, -Case2
            case_with_fact/4,           % +Case, +Fact, +Bool, -Case2
            case_without_fact/3,        % +Case, +Fact, -Case2
            case_with_evidence/3,       % +Case, +EvidenceTerm, -Case2
            case_value_of/3,            % +Case, +Key, -Value
            analysis_error_json/2       % +Error, -Json
          ]).
:- use_module(library(http/json)).
:- use_module(library(option)).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(case).
:- use_module(decision).
:- use_module(api).

%!  case_input(+Text, +AsOf, -Case, -AsOfAtom) is det.
%
%   Parse and check a case given as JSON text; AsOf "" means the
%   application date. Throws case_error/3 as case_from_json/3 does.

case_input(Text, AsOf0, Case, AsOf) :-
    case_from_json(Text, "", Case),
    (   AsOf0 == ""
    ->  case_value_of(Case, application_date, AsOf)
    ;   atom_string(AsOf, AsOf0), iso_date(AsOf) -> true
    ;   throw(case_error('--as-of', "an ISO date YYYY-MM-DD", AsOf0))
    ).

%!  evaluate_term(+Case, +AsOf, -Result) is det.
%!  evaluate_term(+Case, +AsOf, +Options, -Result) is det.
%
%   Result is decision:evaluate/2's dict for Case on AsOf, plus key json:
%   the format-1 result as a json/1 term (with the derivation when
%   Options has explain(true)). Runs under the limits of Options.

evaluate_term(Case, AsOf, R) :- evaluate_term(Case, AsOf, [], R).
evaluate_term(Case, AsOf, Options, R) :-
    option(time_limit(T), Options, 10),
    option(inference_limit(N), Options, 50_000_000),
    with_case(Case, AsOf,
              api:limited(T, N, ( decision:evaluate(R0, Options),
                                  decision:result_json(R0, Options, J) ))),
    R = R0.put(json, J).

%!  limits_options(+Text, -Options) is det.
%
%   Options from a JSON object text such as {"time_limit": 10,
%   "inference_limit": 50000000, "max_size": 2} (any keys; numbers and
%   booleans become Name(Value) options).

limits_options("", []) :- !.
limits_options(Text, Options) :-
    atom_json_dict(Text, Dict, []),
    dict_pairs(Dict, _, Pairs),
    findall(O, ( member(K-V, Pairs), O =.. [K, V] ), Options).

case_value_of(case(Values, _, _), K, V) :- memberchk(K-V, Values).

case_with_value(case(Vs0, F, E), K, V, case(Vs, F, E)) :-
    without_key(Vs0, K, Vs1),
    append(Vs1, [K-V], Vs).

case_with_fact(case(V, F0, E), N, B, case(V, F, E)) :-
    without_key(F0, N, F1),
    append(F1, [N-B], F).

case_without_fact(case(V, F0, E), N, case(V, F, E)) :-
    without_key(F0, N, F).

%   without_key(+Pairs, +Key, -Rest): Pairs less every Key-_ pair.
without_key([], _, []).
without_key([K0-V0|Ps], K, Rest) :-
    (   K0 == K -> Rest = Rest1 ; Rest = [K0-V0|Rest1] ),
    without_key(Ps, K, Rest1).

%   An evidence term: law_permits(Bool) replaces any earlier one;
%   recognition/3, refusal/4 and arrangement/2 are added.
case_with_evidence(case(V, F, E0), law_permits(B), case(V, F, E)) :- !,
    exclude(is_law_permits, E0, E1),
    append(E1, [law_permits(B)], E).
case_with_evidence(case(V, F, E0), Item, case(V, F, E)) :-
    append(E0, [Item], E).

is_law_permits(law_permits(_)).

%!  analysis_error_json(+Error, -Json) is det.
analysis_error_json(E, Json) :- api:error_json(E, Json).
