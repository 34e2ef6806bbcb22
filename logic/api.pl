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
            jurisdictions_json/1,       % -OutAtom
            treaties_json/3,            % +State, +AsOf, -OutAtom
            evaluate_case/4,            % +Case, +AsOf, +Options, -JsonTerm
            evaluate_json_plain/8,      % +Text, +AsOf, +DefaultId, +Explain, +Lang, +Seconds, +Inferences, -Out
            plain_options/4             % +Explain, +Seconds, +Inferences, -Options
          ]).
:- use_module(library(http/json)).
:- use_module(library(time)).
:- use_module(library(option)).
:- use_module(library(error)).
:- use_module(case).
:- use_module(decision).
:- use_module(world).
:- use_module(law).
:- use_module(kb/states).
:- use_module(kb/treaties).
:- use_module(kb/arrangements).
:- use_module(kb/eu).
:- use_module(kb/sources).
:- use_module(lang/language).

%!  evaluate_json(+Text, +AsOf, +Options, -Out) is det.
%
%   Text is one case in JSON. AsOf is "" (the application date) or an
%   ISO date string. Options:
%     explain(Bool)            include the derivation (default true)
%     default_id(String)       the case id when the case has none
%     time_limit(Seconds)      default 10
%     inference_limit(N)       default 50,000,000
%     lang(Lang)               the language of the derivation's texts:
%                              en (default) or ru; held for this
%                              evaluation only (lang/language.pl)
%   Out is an atom holding the result's JSON, or {"error": {...}}.

evaluate_json(Text, AsOf, Options, Out) :-
    catch(evaluate_json_(Text, AsOf, Options, Json), E, error_json(E, Json)),
    json_atom(Json, Out).

%!  evaluate_json_plain(+Text, +AsOf, +DefaultId, +Explain, +Lang, +Seconds, +Inferences, -Out) is det.
%
%   evaluate_json/4 with plain arguments, for a caller that passes them
%   through the C interface (pyenforce does): Explain "true" or "false",
%   Lang "en" or "ru", Seconds a number written as text, Inferences an
%   integer. Out is a string.

evaluate_json_plain(Text, AsOf, DefaultId, Explain, Lang0, Seconds, Inferences, Out) :-
    plain_options(Explain, Seconds, Inferences, Options),
    atom_string(Lang, Lang0),
    evaluate_json(Text, AsOf, [default_id(DefaultId), lang(Lang)|Options], Out).

%!  plain_options(+Explain, +Seconds, +Inferences, -Options) is det.
%
%   The options of an evaluation from the plain arguments of an entry
%   called through the C interface: Explain "true" or "false", Seconds a
%   number written as text, Inferences a positive integer.

plain_options(Explain0, Seconds0, Inferences,
              [explain(Explain), time_limit(Seconds), inference_limit(Inferences)]) :-
    atom_string(Explain, Explain0),
    must_be(oneof([true, false]), Explain),
    number_string(Seconds, Seconds0),
    must_be(positive_integer, Inferences).

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
    option(lang(L0), Options, en),
    lang_option(L0, L),
    with_lang(L,
              with_case(Case, AsOf,
                        limited(T, N, ( evaluate(R, Options),
                                        result_json(R, Options, Json) )))).

lang_option(L0, L) :-
    (   atom(L0), lang_code(L0) -> L = L0
    ;   findall(C, lang_code(C), Cs), atomic_list_concat(Cs, ' or ', Expected),
        format(string(F), "~w", [L0]),
        throw(case_error('--lang', Expected, F))
    ).

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

%!  jurisdictions_json(-Out) is det.
%
%   Each modelled forum: its code, name, what is modelled, how many rules
%   apply in it, and the dates on which a rule applying in it takes or
%   loses effect (the first of them: "since when").

jurisdictions_json(Out) :-
    get_time(Now), format_time(atom(Today), '%F', Now),
    findall(json([code=C, name=N, models=M, rules=Count, since=Since, changes=Changes,
                  instruments=Is]),
            ( world:forum(C, N, M),
              forum_rules(C, Ids), length(Ids, Count),
              rule_dates(Ids, Changes),
              ( Changes = [Since|_] -> true ; Since = @(null) ),
              country_of(C, Country),
              findall(json([instrument=I, from=F]),
                      ( instrument_in_force(Country, Today, json(Ps)),
                        memberchk(instrument=I, Ps), memberchk(from=F, Ps) ), Is) ),
            L),
    json_atom(L, Out).

forum_rules(F, Ids) :-
    findall(Id, ( law:rule(Id, Meta, Head, _),
                  compound(Head), arg(1, Head, HF),
                  applies_in(HF, Meta, F) ), Ids0),
    sort(Ids0, Ids).

applies_in(HF, Meta, F) :-
    (   HF == F -> true
    ;   var(HF), memberchk(scope(S), Meta) -> world:forum_in_scope(S, F)
    ;   var(HF)
    ).

rule_dates(Ids, Dates) :-
    findall(D, ( member(Id, Ids), rule_validity(Id, From, To),
                 ( D = From ; D = To ),
                 D \== open, D \== '0000-01-01' ), Ds),
    sort(Ds, Dates).

%!  treaties_json(+State, +AsOf, -Out) is det.
%
%   The instruments in force for State (a code) on AsOf (an ISO date
%   string): bilateral treaties, conventions, and the Brussels regime,
%   each with its dates, source and status; and, apart, the arrangements
%   on reciprocity short of a treaty made by then. Out holds
%   {"error": ...} for an unknown state or a bad date.

treaties_json(State0, AsOf0, Out) :-
    catch(( atom_string(State, State0),
            (   state_code(State) -> true
            ;   throw(case_error('STATE', "an ISO 3166-1 alpha-2 code (\"KZ\") or a US state (\"US-NY\")", State0))
            ),
            atom_string(AsOf, AsOf0),
            (   iso_date(AsOf) -> true
            ;   throw(case_error('--as-of', "an ISO date YYYY-MM-DD", AsOf0))
            ),
            country_of(State, C),
            findall(T, instrument_in_force(C, AsOf, T), Ts),
            findall(A, arrangement_made(C, AsOf, A), As),
            Json = json([state=State, as_of=AsOf, instruments=Ts, arrangements=As]) ),
          E, error_json(E, Json)),
    json_atom(Json, Out).

instrument_in_force(C, D, json([instrument=I, with=W, from=From, to=To, note=Note, source=Src, status=St])) :-
    (   ( bilateral(C, W, _, From, To0, JC, Key, Status) ; bilateral(W, C, _, From, To0, JC, Key, Status) ),
        msort([C, W], [A, B]), format(atom(I), 'bilateral:~w-~w', [A, B]),
        (   JC == true -> Note = "provides for the recognition of court decisions"
        ;   Note = "no clause on the recognition of court decisions"
        )
    ;   party(I, C, From, To0, Key, Status), W = @(null),
        party_note(I, C, D, Note)
    ;   brussels_membership(C, I, From, To0, Key, Status), W = @(null),
        Note = "between EU member states (and Denmark by agreement)"
    ),
    in_force(From, To0, D),
    ( To0 == open -> To = @(null) ; To = To0 ),
    source_string(Key, Src),
    status_string(Status, St).

%   Arrangements on reciprocity short of a treaty (memoranda), made on or
%   before the date: they bind no court, and a forum's law decides what
%   they are worth (kb/arrangements.pl).
arrangement_made(C, D, json([arrangement=Ref, with=W, from=From, subject=S, source=Src, status=St])) :-
    arrangement_between(C, W, From, S, Ref, Key, Status),
    From @=< D,
    source_string(Key, Src),
    status_string(Status, St).

party_note(nyc1958, C, D, Note) :- !,
    (   nyc_reciprocity_reservation(C, F, T, _, _), in_force(F, T, D)
    ->  Note = "applies only to awards made in another Contracting State (art. I(3) reservation)"
    ;   Note = "applies to awards made in any state"
    ).
party_note(_, _, _, "").

brussels_membership(C, I, From, To, Key, Status) :-
    member(I-Start-End, [brussels_i-'2002-03-01'-'2015-01-10', brussels_ia-'2015-01-10'-open]),
    (   C == 'DK' -> danish_agreement(I, From0, Key, Status), To0 = open
    ;   eu_member(C, From0, To0, Key, Status)
    ),
    max_member(From, [From0, Start]),
    exclude(==(open), [To0, End], Ends),
    ( Ends == [] -> To = open ; min_member(To, Ends) ),
    ( To == open -> true ; From @< To ).

in_force(From, To, D) :- D @>= From, ( To == open -> true ; D @< To ).

source_string(Key, S) :-
    (   source(Key, Desc, Url)
    ->  ( Url == "" -> S = Desc ; format(string(S), "~s <~s>", [Desc, Url]) )
    ;   format(string(S), "~w", [Key])
    ).

status_string(confirmed, "confirmed").
status_string(unconfirmed(Why), S) :- format(string(S), "UNCONFIRMED: ~s", [Why]).

%   Answers are strings, not atoms: atom garbage collection is triggered
%   by the number of new atoms, not their size, and a result with its
%   derivation is tens of kilobytes.
json_atom(Json, Out) :-
    with_output_to(string(Out), json_write(current_output, Json, [width(0)])).

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
