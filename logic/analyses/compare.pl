/*  compare.pl -- where to enforce: the same decision in every forum.

    Only the forum changes: the decision, the facts and the evidence stay
    as the case file gives them, and a fact the file leaves unknown stays
    unknown. The forums are ranked -- recognised first, then
    undetermined, then refused; among the recognised, a treaty basis
    ahead of the forum's own law, and that ahead of reciprocity; then the
    fewest assumptions made -- and, for two forums, the rules whose
    outcome differs between them are listed.

        ?- compare:compare_json(CaseJson, "", "{\"forums\": \"all\"}", Out).
*/
:- module(compare,
          [ compare_json/4,             % +CaseText, +AsOf, +OptionsText, -Out
            compare_rows/4,             % +Case, +AsOf, +Forums, -Rows
            rule_differences/5          % +Case, +AsOf, +Options, +ForumA-ForumB, -Diffs
          ]).
:- use_module(library(http/json)).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).
:- use_module(library(option)).
:- use_module('../analysis').
:- use_module('../explain').
:- use_module('../kb/states').

%!  compare_json(+CaseText, +AsOf, +OptionsText, -Out) is det.
%
%   Options (JSON): forums ("all" or a list of codes), why (a list of two
%   codes), time_limit, inference_limit. Out: {"case", "as_of",
%   "forums": [row...], "why": {...} or null}.

compare_json(Text, AsOf0, OptText, Out) :-
    catch(compare_json_(Text, AsOf0, OptText, Json), E, analysis_error_json(E, Json)),
    with_output_to(string(S), json_write(current_output, Json, [width(0)])),
    Out = S.

compare_json_(Text, AsOf0, OptText, json([case=Id, origin=O, as_of=AsOf, forums=Rows, why=Why])) :-
    case_input(Text, AsOf0, Case, AsOf),
    limits_options(OptText, Options),
    case_value_of(Case, id, Id), case_value_of(Case, origin, O),
    option(forums(FS), Options, "all"),
    forums_asked(FS, O, Forums),
    compare_rows(Case, AsOf, Options, Forums, Rows0),
    maplist(row_json, Rows0, Rows),
    (   option(why([A0, B0]), Options)
    ->  atom_string(A, A0), atom_string(B, B0),
        forum_checked('--why', O, A), forum_checked('--why', O, B),
        rule_differences(Case, AsOf, Options, A-B, Diffs),
        Why = json([forums=[A, B], rules=Diffs])
    ;   Why = @(null)
    ).

compare_rows(Case, AsOf, Forums, Rows) :-
    compare_rows(Case, AsOf, [], Forums, Rows).

%   compare_rows(+Case, +AsOf, +Options, +Forums, -Rows): the ranked rows
%   row(Rank, Forum, Result).
compare_rows(Case, AsOf, Options, Forums, Rows) :-
    findall(Key-row(F, R),
            ( member(F, Forums),
              case_with_value(Case, forum, F, C1),
              evaluate_term(C1, AsOf, Options, R),
              rank_key(F, R, Key) ),
            Keyed),
    keysort(Keyed, Sorted),
    pairs_values(Sorted, Rows).

%   The forums to compare: every modelled forum but the origin's own
%   state (its decision is not foreign there), or those asked for.
forums_asked("all", O, Forums) :- !,
    findall(F, ( world:forum(F, _, _), \+ same_country(F, O) ), Forums).
forums_asked(List, O, Forums) :-
    is_list(List), !,
    maplist(forum_from_string('--forums', O), List, Forums).
forums_asked(X, _, _) :-
    throw(case_error('--forums', "all, or a comma-separated list of modelled forums", X)).

forum_from_string(Key, O, S, F) :-
    (   string(S) -> atom_string(F, S) ; F = S ),
    forum_checked(Key, O, F).

%   forum_checked(+Option, +Origin, +Forum): a modelled forum, outside the
%   origin's own country (a decision is not foreign there).
forum_checked(Key, O, F) :-
    (   \+ world:forum(F, _, _)
    ->  findall(C, world:forum(C, _, _), Cs), atomic_list_concat(Cs, ', ', L),
        format(string(E), "a modelled forum (~w)", [L]),
        throw(case_error(Key, E, F))
    ;   same_country(F, O)
    ->  format(string(E), "a forum outside the origin's own country (~w): a decision is not foreign there", [O]),
        throw(case_error(Key, E, F))
    ;   true
    ).

%   rank_key(+Forum, +Result, -Key): the order of the table.
rank_key(F, R, k(O, B, A, F)) :-
    outcome_rank(R.outcome, O),
    (   R.outcome == recognised
    ->  findall(BR, ( member(b(Kind, _, _, _, _), R.bases), basis_rank(Kind, BR) ), BRs),
        min_list(BRs, B)
    ;   B = 9
    ),
    length(R.assumptions, A).

outcome_rank(recognised, 1).
outcome_rank(undetermined, 2).
outcome_rank(refused, 3).

basis_rank(treaty, 1).
basis_rank(domestic_law, 2).
basis_rank(reciprocity, 3).

row_json(row(F, R), json([forum=F, name=Name, outcome=R.outcome, bases=Bases,
                          refusal_grounds=Grounds, assumptions=R.assumptions,
                          missing_facts=R.missing_facts, caveats=NC])) :-
    world:forum(F, Name, _),
    R.json = json(Pairs),
    memberchk(bases=Bases, Pairs),
    memberchk(refusal_grounds=Grounds, Pairs),
    length(R.caveats, NC).

%!  rule_differences(+Case, +AsOf, +Options, +A-B, -Diffs) is det.
%
%   Why the two forums differ: the rules on which either forum's outcome
%   turns -- a rule that holds there, or a legal basis that fails there --
%   whose outcome is not the same in the other forum (holding in one and
%   failing or unknown in the other, or weighed in one only: a forum's
%   own law). A ground that fails in both is no difference, and a ground
%   weighed in one forum only that fails there explains nothing: both
%   are left out.

rule_differences(Case, AsOf, Options, A-B, Diffs) :-
    forum_rule_values(Case, AsOf, Options, A, VA, DA),
    forum_rule_values(Case, AsOf, Options, B, VB, DB),
    append(DA, DB, D0), sort(D0, Decisive),
    findall(json([rule=Id, citation=Cite, text=Text, A=SA, B=SB]),
            ( member(Id, Decisive),
              status_in(Id, VA, SA), status_in(Id, VB, SB),
              SA \== SB,
              law:rule(Id, Meta, _, _),
              ( memberchk(citation(Cite), Meta) -> true ; Cite = "" ),
              ( memberchk(text(Text), Meta) -> true ; Text = "" ) ),
            Diffs).

forum_rule_values(Case, AsOf, Options, F, Values, Decisive) :-
    case_with_value(Case, forum, F, C1),
    evaluate_term(C1, AsOf, Options, R),
    findall(Id-V, ( sub_node(R.root, node(Id, _, _, _, V, _, _, _)), law:rule(Id, _, _, _) ), Values0),
    sort(Values0, Values),
    mattering_nodes(R.root, Ms),
    findall(Id, ( member(node(Id, _, _, _, V, _, _, _), Ms), law:rule(Id, _, Head, _),
                  \+ memberchk(Id, [recognition_and_enforcement, legal_basis, grounds_of_refusal]),
                  ( V == true ; Head = legal_basis(_, _) ) ),
            D0),
    sort(D0, Decisive).

sub_node(N, N).
sub_node(node(R, _, _, _, _, _, Cs, _), N) :-
    R \== law_of_origin,
    member(C, Cs), sub_node(C, N).

status_in(Id, Values, S) :-
    (   memberchk(Id-V, Values) -> status(V, S) ; S = not_weighed ).

status(true, holds).
status(false, fails).
status(unknown, unknown).
