/*  api.pl -- the entry points pyenforce calls, and anyone may.

    Every entry takes a case as one JSON text and returns one JSON text
    (an atom): the result of format 1, or {"error": {...}}. Case data is
    parsed as data (case.pl) and never called. Each evaluation runs under
    a time limit and an inference limit, and its facts are removed even
    when it throws.

        ?- api:evaluate_json("{\"origin\":\"NL\", ...}", "", [explain(true)], Out).
*/
:- module(api,
          [ evaluate_json/4,            % +Text, +AsOf, +Options, -OutAtom
            validate_json/3,            % +Text, +DefaultId, -OutAtom
            forums_json/1,              % -OutAtom
            evaluate_case/4             % +Case, +AsOf, +Options, -JsonTerm
          ]).
:- use_module(library(http/json)).
:- use_module(library(time)).
:- use_module(library(option)).
:- use_module(library(error)).
:- use_module(case).
:- use_module(decision).
:- use_module(world).

%!  evaluate_json(+Text, +AsOf, +Options, -Out) is det.
%
%   Text is one case in JSON. AsOf is "" (the application date) or an
%   ISO date string. Options:
%     explain(Bool)            include the derivation (default true)
%     default_id(String)       the case id when the case has none
%     time_limit(Seconds)      default 10
%     inference_limit(N)       default 50,000,000
%   Out is an atom holding the result's JSON, or {"error": {...}}.

evaluate_json(Text, AsOf, Options, Out) :-
    catch(evaluate_json_(Text, AsOf, Options, Json), E, error_json(E, Json)),
    json_atom(Json, Out).

evaluate_json_(Text, AsOf0, Options, Json) :-
    option(default_id(DefaultId), Options, ""),
    as_of_option(AsOf0, AsOf),
    case_from_json(Text, DefaultId, Case),
    evaluate_case(Case, AsOf, Options, Json).

%!  evaluate_case(+Case, +AsOf, +Options, -Json) is det.
%
%   Evaluate a checked Case (case_from_json/3) under the limits of
%   Options; Json is a json([...]) term.

evaluate_case(Case, AsOf, Options, Json) :-
    option(time_limit(T), Options, 10),
    option(inference_limit(N), Options, 50_000_000),
    with_case(Case, AsOf,
              limited(T, N, ( evaluate(R, Options),
                              result_json(R, Options, Json) ))).

limited(T, N, Goal) :-
    call_with_time_limit(T, call_with_inference_limit(Goal, N, Result)),
    (   Result == inference_limit_exceeded
    ->  throw(pyenforce_limit(inferences, N))
    ;   true
    ).

as_of_option(AsOf0, AsOf) :-
    (   AsOf0 == "" -> AsOf = application_date
    ;   atom_string(AsOf, AsOf0), iso_date(AsOf) -> true
    ;   throw(case_error('--as-of', "an ISO date YYYY-MM-DD", AsOf0))
    ).

%!  validate_json(+Text, +DefaultId, -Out) is det.
%
%   Check a case without evaluating it. Out is {"ok": true} or
%   {"error": {...}}.

validate_json(Text, DefaultId, Out) :-
    catch(( case_from_json(Text, DefaultId, _), Json = json([ok=true]) ),
          E, error_json(E, Json)),
    json_atom(Json, Out).

%!  forums_json(-Out) is det.
%
%   The modelled forums: [{"code", "name", "models"}, ...].

forums_json(Out) :-
    findall(json([code=C, name=N, models=M]), world:forum(C, N, M), L),
    json_atom(L, Out).

json_atom(Json, Out) :-
    with_output_to(string(S), json_write(current_output, Json, [width(0)])),
    atom_string(Out, S).

error_json(case_error(Key, Expected, Found), json([error=json([kind=case, key=Key, expected=Expected, found=F])])) :- !,
    found_text(Found, F).
error_json(time_limit_exceeded, json([error=json([kind=limit, limit=time, message="the evaluation exceeded its time limit"])])) :- !.
error_json(pyenforce_limit(inferences, N), json([error=json([kind=limit, limit=inferences, message=M])])) :- !,
    format(string(M), "the evaluation exceeded its limit of ~D inferences", [N]).
error_json(E, json([error=json([kind=internal, message=M])])) :-
    (   catch(message_to_codes(E, _, Codes), _, fail)
    ->  string_codes(M, Codes)
    ;   format(string(M), "~q", [E])
    ).

found_text(missing, "nothing") :- !.
found_text(D, "an object") :- is_dict(D), !.
found_text(L, "a list") :- is_list(L), !.
found_text(S, F) :- string(S), !, format(string(F), "\"~s\"", [S]).
found_text(X, F) :- format(string(F), "~w", [X]).
