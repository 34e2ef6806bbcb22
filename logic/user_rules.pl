/*  user_rules.pl -- a user's own rules, loaded through the sandbox.

    A user rule file holds plain clauses: rule(Id, Meta, Head, Body) in
    the form of law:rule/4 (without the law: prefix), and any helper
    predicates of its own, which rule bodies call unqualified. It is
    loaded into a module of its own with SWI-Prolog's sandbox
    (load_files/2 with sandboxed(true)): a directive that could touch the
    file system, the network or the process is refused. Then every
    predicate the file defines must pass library(sandbox)'s safe_goal/1
    (nothing unsafe even where it is not yet called), every rule must be
    well formed, may not reuse an id of the engine's own rules, and may
    call only goals the explainer knows (control, leaves, rules, the
    world's data) or the file's own predicates. Only then are its rules
    added to law:rule/4. A rule that loops is stopped at evaluation by
    the time and inference limits.
*/
:- module(user_rules,
          [ load_user_rules/2,          % +File, -Ids
            load_user_rules_json/2,     % +FileString, -OutAtom
            unload_user_rules/0
          ]).
% library(sandbox) is loaded when a rule file is, not with the law: it
% alone costs a tenth of a second of every start.
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(http/json)).
:- use_module(law).
:- use_module(kb/vocabulary).

:- dynamic user_rule/2.                 % Id, Module

%!  load_user_rules_json(+File, -Out) is det.
%
%   Out: {"ids": [...]} or {"error": {"kind": "rules", "file", "message"}}.

load_user_rules_json(File0, Out) :-
    atom_string(File, File0),
    catch(( load_user_rules(File, Ids), Json = json([ids=Ids]) ),
          E, rules_error_json(File, E, Json)),
    with_output_to(string(S), json_write(current_output, Json, [width(0)])),
    Out = S.

rules_error_json(File, user_rules_error(Message), json([error=json([kind=rules, file=File, message=Message])])) :- !.
rules_error_json(File, E, json([error=json([kind=rules, file=File, message=M])])) :-
    (   catch(message_to_codes(E, _, Codes), _, fail) -> string_codes(M, Codes)
    ;   format(string(M), "~q", [E])
    ).

refuse(Format, Args) :-
    format(string(M), Format, Args),
    throw(user_rules_error(M)).

%!  load_user_rules(+File, -Ids) is det.
%
%   Load File as described above; Ids are the rules added. Throws
%   user_rules_error(Message) and adds nothing when anything is wrong.

load_user_rules(File, Ids) :-
    use_module(library(sandbox), [safe_goal/1]),
    (   exists_file(File) -> true ; refuse("no such file", []) ),
    gensym(user_rules_, M),
    sandboxed_load(M, File),
    findall(rule(Id, Meta, H, B), M:rule(Id, Meta, H, B), Rules),
    (   Rules == [] -> refuse("the file defines no rule(Id, Meta, Head, Body) clause", []) ; true ),
    check_definitions(M),
    maplist(checked_rule(M), Rules, Checked),
    findall(Id, member(rule(Id, _, _, _), Checked), Ids),
    (   msort(Ids, Sorted), \+ ( append(_, [X, X|_], Sorted) ) -> true
    ;   refuse("two rules have the same id", [])
    ),
    forall(member(rule(Id, Meta, H, B), Checked),
           ( assertz(law:rule(Id, Meta, H, B)), assertz(user_rule(Id, M)) )).

%!  unload_user_rules is det.
%
%   Remove every rule a user file added.

unload_user_rules :-
    forall(retract(user_rule(Id, _)), retractall(law:rule(Id, _, _, _))).

%   The sandboxed load: errors and warnings become a refusal (none is
%   printed), and the module must define nothing outside itself.
sandboxed_load(M, File) :-
    setup_call_cleanup(
        asserta((user:message_hook(T, Kind, _) :- user_rules:collect(T, Kind)), Ref),
        catch(load_files(M:File, [sandboxed(true), if(true), silent(true)]), E, true),
        erase(Ref)),
    (   nonvar(E) -> load_refusal(E)
    ;   retract(collected(T)) -> retractall(collected(_)), load_refusal(T)
    ;   true
    ).

:- dynamic collected/1.
collect(T, Kind) :-
    memberchk(Kind, [error, warning]),
    assertz(collected(T)).

load_refusal(E) :-
    unsafe_message(E, M),
    refuse("refused while loading: ~s", [M]).

%   Every predicate the file defines must be safe to call.
check_definitions(M) :-
    forall(( current_predicate(M:Name/Arity),
             functor(Head, Name, Arity),
             \+ predicate_property(M:Head, imported_from(_)),
             Name/Arity \== rule/4 ),
           (   catch(sandbox:safe_goal(M:Head), E, ( unsafe_message(E, Why),
                                            refuse("~w/~w is refused: ~s", [Name, Arity, Why]) ))
           ->  true
           ;   refuse("~w/~w is not allowed", [Name, Arity])
           )).

%   unsafe_message(+Error, -Sentence): what the sandbox refused, said plainly.
unsafe_message(initialization_error(_, E), Why) :- !, unsafe_message(E, Why).
unsafe_message(initialization_error(_, E, _), Why) :- !, unsafe_message(E, Why).
unsafe_message(error(permission_error(call, sandboxed, G), _), Why) :- !,
    strip_module(G, _, P), functor(P, N, A),
    format(string(Why), "it calls ~w/~w, which the sandbox does not allow (it could reach the file system, the network, the process or the engine's own rules)", [N, A]).
unsafe_message(error(permission_error(assert, sandboxed_clause, C), _), Why) :- !,
    (   C = (H :- _) -> true ; H = C ),
    strip_module(H, Mod, P), functor(P, N, A),
    format(string(Why), "it defines ~w:~w/~w, a predicate of another module; a rule file may define only its own", [Mod, N, A]).
unsafe_message(error(permission_error(directive, sandboxed, G), _), Why) :- !,
    format(string(Why), "the directive ~q is not allowed", [G]).
unsafe_message(error(existence_error(procedure, PI), _), Why) :- !,
    format(string(Why), "it calls ~q, which does not exist", [PI]).
unsafe_message(E, Why) :-
    (   catch(message_to_codes(E, _, Codes), _, fail) -> string_codes(Why, Codes)
    ;   format(string(Why), "~q", [E])
    ).

%   A rule: a new atom id, a metadata list with a citation and a sentence,
%   a head, and a body of known goals (the file's own qualified).
checked_rule(M, rule(Id, Meta, Head, Body0), rule(Id, Meta, Head, Body)) :-
    (   atom(Id) -> true ; refuse("a rule id must be an atom, found ~q", [Id]) ),
    (   law:rule(Id, _, _, _) -> refuse("rule ~w: an engine rule has this id; user rules may not replace the engine's own", [Id]) ; true ),
    (   is_list(Meta) -> true ; refuse("rule ~w: its metadata must be a list", [Id]) ),
    forall(member(X, Meta), meta_ok(Id, X)),
    (   memberchk(citation(C), Meta), string(C) -> true ; refuse("rule ~w: needs citation(\"...\")", [Id]) ),
    (   memberchk(text(T), Meta), string(T) -> true ; refuse("rule ~w: needs text(\"...\")", [Id]) ),
    head_ok(Id, Head),
    body(M, Id, Body0, Body).

meta_ok(_, citation(S)) :- string(S), !.
meta_ok(_, text(S)) :- string(S), !.
meta_ok(_, valid(F, T)) :- atom(F), atom(T), !.
meta_ok(_, discretionary(B)) :- memberchk(B, [true, false]), !.
meta_ok(_, unconfirmed(S)) :- string(S), !.
meta_ok(_, kind(K)) :- decision_kind(K), !.
meta_ok(_, subject_to(L)) :- is_list(L), maplist(atom, L), !.
meta_ok(_, overrides(L)) :- is_list(L), maplist(atom, L), !.
meta_ok(Id, X) :- refuse("rule ~w: ~q is not a metadata entry (citation, text, valid, discretionary, unconfirmed, kind, subject_to, overrides)", [Id, X]).

head_ok(Id, refusal_ground(_, Code)) :- !,
    (   refusal_ground_code(Code) -> true
    ;   refuse("rule ~w: ~q is not a ground code of format 1", [Id, Code])
    ).
head_ok(Id, H) :-
    (   callable(H) -> true ; refuse("rule ~w: its head must be a term", [Id]) ).

body(_, Id, B, _) :- var(B), !, refuse("rule ~w: a body goal is a variable", [Id]).
body(M, Id, (A, B), (A1, B1)) :- !, body(M, Id, A, A1), body(M, Id, B, B1).
body(M, Id, (A ; B), (A1 ; B1)) :- !, body(M, Id, A, A1), body(M, Id, B, B1).
body(M, Id, \+ A, \+ A1) :- !, body(M, Id, A, A1).
body(M, Id, any(A), any(A)) :- !, body(M, Id, A, _).
body(M, Id, shown_by_resisting_party(A), shown_by_resisting_party(A1)) :- !, body(M, Id, A, A1).
body(_, _, true, true) :- !.
body(_, _, G, G) :-
    (   world:leaf_goal(G) ; G == origin_law_permits_recognition
    ;   law:rule(_, _, H, _), \+ H \= G
    ), !.
body(M, _, G, M:G) :-
    \+ predicate_property(M:G, imported_from(_)),
    predicate_property(M:G, defined), !.
body(_, _, G, G) :-
    callable(G), predicate_property(world:G, defined),
    \+ predicate_property(world:G, imported_from(system)), !.
body(_, _, G, G) :-
    callable(G), predicate_property(world:G, imported_from(system)),
    functor(G, N, A), memberchk(N/A, [(==)/2, (\==)/2, (@<)/2, (@>)/2, (@=<)/2, (@>=)/2, member/2, memberchk/2]), !.
body(_, Id, G, _) :-
    refuse("rule ~w: ~q is neither a goal pyenforce knows nor one the file defines", [Id, G]).
