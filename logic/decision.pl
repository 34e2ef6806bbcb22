/*  decision.pl -- the shape every decision on recognition takes.

    In every modelled regime a foreign decision is recognised and
    enforced when (1) a legal basis holds -- a treaty, the forum's own
    law, or reciprocity -- and (2) no ground of refusal is established.
    The files under forums and instruments
    supply the rules for legal_basis/2 and refusal_ground/2; this file
    joins them, and turns the derivation into a result (format 1).
*/
:- module(decision,
          [ evaluate/2,                 % -Result, +Options
            result_json/3               % +Result, +Options, -JsonTerm
          ]).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- use_module(law).
:- use_module(explain).
:- use_module(case).
:- use_module(world).
:- use_module(lang/language).
:- encoding(utf8).

:- multifile law:rule/4.

%   The decision.
law:rule(recognition_and_enforcement,
    [ citation("Common structure of the modelled regimes: a legal basis, and no ground of refusal"),
      text("A foreign decision is recognised and enforced when a legal basis for it holds and no ground of refusal is established.") ],
    recognised(Forum),
    ( legal_basis_holds(Forum),
      \+ refusal_ground_established(Forum) )).

law:rule(legal_basis,
    [ citation("The forum's law on the recognition of foreign decisions"),
      text("A legal basis holds: a treaty, the forum's own law, or reciprocity.") ],
    legal_basis_holds(Forum),
    any(legal_basis(Forum, _))).

%   Whether a state's law permits its courts to recognise a decision of
%   another state's courts: the question that de jure reciprocity asks of
%   the origin's law, put to the origin's own rules with the roles
%   swapped (explain.pl, prove_law_of_origin/2). A legal basis must hold
%   there. Where reciprocity is a condition of the basis itself
%   (Kazakhstan, Russia, China, Germany), the state waits for the other
%   to go first, and two such states form a cycle. A ground of refusal
%   that the resisting party must establish is not part of the question:
%   Texas's and Florida's reciprocity grounds (a court "need not"
%   recognise a judgment of a state shown not to recognise its own)
%   leave their law permitting recognition until non-reciprocity is
%   shown, so those states do not wait.
law:rule(law_permits_recognition,
    [ citation("The state's law on the recognition of foreign decisions: its legal bases (de jure reciprocity asks whether that law provides for recognising such a decision)"),
      text("A state's law permits its courts to recognise a foreign decision when a legal basis for it holds; a discretionary ground of refusal that the resisting party must establish, such as the reciprocity grounds of Texas and Florida, does not take that permission away.") ],
    law_permits_recognition(Forum),
    legal_basis_holds(Forum)).

%   Before the date from which a forum's law is modelled (its forum file
%   says which: world:forum_law_modelled_from/2), the earlier law decides,
%   and pyenforce does not know what it says.
law:rule(forum_law_before_modelled,
    [ citation("the forum's law before the date from which pyenforce models it (not modelled)"),
      text("Before the date from which the forum's law is modelled here, its earlier law decides; pyenforce does not model it, so the outcome under it is unknown."),
      kind(judgment), placeholder(true),
      valid('0000-01-01', open) ],             % the forum's date is data
    legal_basis(_Forum, domestic_law(earlier_law)),
    forum_law_before_modelled_applies).

law:rule(grounds_of_refusal,
    [ citation("The forum's law on the recognition of foreign decisions"),
      text("Some ground of refusal is established.") ],
    refusal_ground_established(Forum),
    any(refusal_ground(Forum, _))).

%   Where no legal basis holds, each forum's law says on which ground the
%   decision is refused (no_reciprocity or no_legal_basis): see the rules
%   for refusal_ground(Forum, no_reciprocity | no_legal_basis) in forums/.

%!  evaluate(-Result, +Options) is det.
%
%   Evaluate the current case (see case:with_case/3). Result is a dict
%   with keys outcome, bases, refusal_grounds, missing_facts,
%   assumptions, caveats and root (the derivation). Options:
%     lang(Lang)   the language of the derivation's texts, en or ru
%                  (default: the current language, en outside any
%                  evaluation; see lang/language.pl)

evaluate(Result, Options) :-
    with_lang_option(Options, evaluate_(Result)).

evaluate_(Result) :-
    begin_explanation,
    forum_is(Forum),
    prove(recognised(Forum), Root),
    node_value(Root, V),
    outcome(V, Outcome),
    tree_nodes(Root, All),
    mattering_nodes(Root, Mattering),
    bases(All, Bases),
    grounds(All, Grounds),
    (   Outcome == undetermined
    ->  leaf_facts(Mattering, missing, Missing)
    ;   Missing = []
    ),
    leaf_facts(Mattering, assumed, Assumed),
    caveats(Mattering, Caveats),
    Result = _{outcome:Outcome, bases:Bases, refusal_grounds:Grounds,
               missing_facts:Missing, assumptions:Assumed,
               caveats:Caveats, root:Root}.

outcome(true, recognised).
outcome(false, refused).
outcome(unknown, undetermined).

%   The nodes of the case's own derivation: a hypothetical case inside it
%   (law_of_origin, the roles swapped) has bases and grounds of its own,
%   which are not the case's.
tree_nodes(Root, Nodes) :- phrase(all_nodes(Root), Nodes).
all_nodes(N) --> [N], { N = node(Rule, _, _, _, _, _, Cs0, _),
                        ( Rule == law_of_origin -> Cs = [] ; Cs = Cs0 ) },
                 all_nodes_list(Cs).
all_nodes_list([]) --> [].
all_nodes_list([N|Ns]) --> all_nodes(N), all_nodes_list(Ns).

proper_rule_node(N, Id, Head) :-
    N = node(Id, _, _, _, true, _, _, Extra),
    memberchk(head(Head), Extra),
    \+ memberchk(repeated, Extra),
    law:rule(Id, _, _, _).

bases(Nodes, Bases) :-
    findall(B, ( member(N, Nodes),
                 proper_rule_node(N, Id, legal_basis(_, Basis)),
                 ground(Basis),
                 basis_entry(Basis, Id, B) ), Bases0),
    list_to_set(Bases0, Bases).

basis_entry(Basis, Id, b(Kind, Type, Instrument, Id, Cite)) :-
    basis_kind(Basis, Kind, Type, Instrument),
    ( rule_meta(Id, citation, Cite) -> true ; Cite = "" ).

basis_kind(treaty(bilateral), treaty, null, Instrument) :- !,
    forum_country(F), origin_country(O), msort([F, O], [A, B]),
    format(atom(Instrument), 'bilateral:~w-~w', [A, B]).
basis_kind(treaty(I), treaty, null, I).
basis_kind(domestic_law(_), domestic_law, null, null).
basis_kind(reciprocity(T), reciprocity, T, null).

grounds(Nodes, Grounds) :-
    findall(g(Code, Id, Cite, Disc),
            ( member(N, Nodes),
              proper_rule_node(N, Id, refusal_ground(_, Code)),
              ground(Code),
              ( rule_meta(Id, citation, Cite) -> true ; Cite = "" ),
              ( rule_meta(Id, discretionary, Disc) -> true ; Disc = false ) ),
            Grounds0),
    list_to_set(Grounds0, Grounds).

leaf_facts(Nodes, Kind, Facts) :-
    Probe =.. [Kind, F],
    findall(F, ( member(N, Nodes), node_extra(N, Probe) ), Fs),
    sort(Fs, Facts).

%   A caveat names an unconfirmed rule or fact that holds (or is unknown)
%   on a path the outcome depends on: the outcome rests on it. An
%   unconfirmed rule that did not apply leaves the outcome as it is, and
%   is not listed.
caveats(Nodes, Caveats) :-
    findall(c(Id, Note), ( member(N, Nodes),
                           N = node(Id, _, _, _, V, _, _, _),
                           V \== false,
                           node_extra(N, unconfirmed(Note)) ), Cs),
    list_to_set(Cs, Caveats).

%!  result_json(+Result, +Options, -Json) is det.
%
%   Json is the result as a json([Key=Value, ...]) term, keys in the
%   order of the format-1 specification. Options: explain(Bool) keeps
%   or drops the derivation; lang(Lang) is the language of its notes.

result_json(R, Options, Json) :-
    with_lang_option(Options, result_json_(R, Options, Json)).

result_json_(R, Options, json(Pairs)) :-
    case_value(id, Id), case_value(origin, O), case_value(forum, F),
    case_value(as_of, AsOf),
    maplist(basis_json, R.bases, Bases),
    maplist(ground_json, R.refusal_grounds, Grounds),
    maplist(caveat_json, R.caveats, Caveats),
    Pairs0 = [ format=1, case=Id, origin=O, forum=F, as_of=AsOf,
               outcome=R.outcome, bases=Bases, refusal_grounds=Grounds,
               missing_facts=R.missing_facts, assumptions=R.assumptions,
               caveats=Caveats ],
    (   option_true(explain, Options)
    ->  node_json(true, R.root, D),
        append(Pairs0, [derivation=D], Pairs)
    ;   Pairs = Pairs0
    ).

option_true(Name, Options) :-
    Opt =.. [Name, true],
    memberchk(Opt, Options).

basis_json(b(Kind, Type, Instr, Rule, Cite),
           json([kind=Kind, type=TypeJ, instrument=InstrJ, rule=Rule, citation=Cite])) :-
    json_constant(Type, TypeJ),
    json_constant(Instr, InstrJ).
ground_json(g(Code, Rule, Cite, Disc),
            json([ground=Code, rule=Rule, citation=Cite, discretionary=DiscJ])) :-
    json_constant(Disc, DiscJ).

%   In json/1 terms, true, false and null are written @(true) etc.
json_constant(C, @(C)) :- memberchk(C, [true, false, null]), !.
json_constant(X, X).
caveat_json(c(Rule, Note), json([rule=Rule, note=Note])).

%   node_json(+Decisive, +Node, -Json): Decisive is true when the outcome
%   turns on Node (see explain:mattering_nodes/2); so are those of its
%   children that matter to it.
node_json(Dec, N, json(Pairs)) :-
    N = node(Id, Claim, Text, Cite, V, Op, Children, Extra),
    holds(V, Holds, Status),
    matter_flags(Op, V, Children, Flags),
    maplist(child_json(Dec), Flags, Children, CJ),
    findall(Note, (member(E, Extra), extra_note(E, Note)), Notes),
    (   memberchk(burden(B), Extra) -> BP = [burden=B] ; BP = [] ),
    (   Notes == [] -> NP = [] ; NP = [notes=Notes] ),
    append([ [rule=Id, claim=Claim, text=Text, citation=Cite, holds= @(Holds),
              status=Status, decisive= @(Dec)],
             BP, NP, [children=CJ] ], Pairs).

child_json(ParentDec, Flag, Child, Json) :-
    (   ParentDec == true, Flag == true -> Dec = true ; Dec = false ),
    node_json(Dec, Child, Json).

holds(true, true, holds).
holds(false, false, fails).
holds(unknown, false, unknown).

extra_note(E, S) :-
    current_lang(L),
    extra_note(L, E, S).

%   extra_note(+Lang, +Extra, -Note)
extra_note(en, not_in_force(From, To), S) :-
    (   To == open -> format(string(S), "not in force on the as-of date: in force from ~w", [From])
    ;   format(string(S), "not in force on the as-of date: in force from ~w until ~w", [From, To])
    ).
extra_note(en, displaced_by(Id), S) :-
    format(string(S), "displaced by rule ~w, which applies here", [Id]).
extra_note(en, unconfirmed(Why), S) :-
    format(string(S), "UNCONFIRMED: ~s", [Why]).
extra_note(en, assumed(F), S) :-
    format(string(S), "assumed: ~w is unknown and taken as not established", [F]).
extra_note(en, missing(F), S) :-
    format(string(S), "missing: ~w is unknown and the applicant must establish it", [F]).
extra_note(en, cycle(A, B), S) :-
    format(string(S), "circular reciprocity between ~w and ~w: neither has gone first", [A, B]).
extra_note(en, repeated, "weighed once: its full derivation is shown where it first appears in the tree").
extra_note(ru, not_in_force(From, To), S) :-
    (   To == open -> format(string(S), "не действует на дату, на которую применяется право: действует с ~w", [From])
    ;   format(string(S), "не действует на дату, на которую применяется право: действовала с ~w до ~w", [From, To])
    ).
extra_note(ru, displaced_by(Id), S) :-
    format(string(S), "вытеснена нормой ~w, которая применяется в данном случае", [Id]).
extra_note(ru, unconfirmed(Why), S) :-
    format(string(S), "НЕ ПОДТВЕРЖДЕНО: ~s", [Why]).
extra_note(ru, assumed(F), S) :-
    format(string(S), "предположение: факт ~w не известен и считается недоказанным", [F]).
extra_note(ru, missing(F), S) :-
    format(string(S), "недостаёт факта: ~w не известен, и его обязан доказать заявитель", [F]).
extra_note(ru, cycle(A, B), S) :-
    format(string(S), "круговая взаимность между ~w и ~w: ни одно из государств не сделало первого шага", [A, B]).
extra_note(ru, repeated, "рассмотрено один раз: полный вывод приведён там, где норма впервые встречается в дереве").
