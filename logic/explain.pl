/*  explain.pl -- a meta-interpreter that says why, and why not.

    prove(+Goal, -Node) evaluates Goal under the law (law:rule/4) and the
    facts of the current case, in three values -- true, false, unknown --
    and returns the derivation: a tree of nodes, each naming the rule
    applied, what it concludes, a plain sentence, the legal source and
    whether it holds. Failed branches are kept: an explanation shows
    what did not hold as well as what did (as Logical English does).

    Unknown is not false. A fact the case does not state is a leaf whose
    value depends on who bears the burden of proving it (world.pl):

      applicant's burden        unknown  -> the leaf is unknown
      resisting party's burden  unknown  -> the leaf is false, "assumed"

    Connectives follow strong Kleene logic: a conjunction is false if any
    part is false, else unknown if any part is unknown; a disjunction is
    true if any part is true, else unknown if any part is unknown.

    Goals in a rule body are, in this order:
      control    (A,B)  (A;B)  \+ A  any(Pattern)  true
      leaves     world:leaf/3 knows them (case facts with a burden)
      rules      a law:rule/4 head unifies with them
      data       any other predicate visible in module world: two-valued
                 facts about the world (treaties, precedents, lists) and
                 comparisons; their solutions bind variables, and a
                 conjunction holds if some solution makes the rest hold.

    Node = node(Rule, Claim, Text, Citation, Value, Op, Children, Extra)
      Op      and | or | not | leaf
      Extra   list of: missing(Fact), assumed(Fact), unconfirmed(Note),
              not_in_force(From, To), discretionary(Bool), head(Head),
              burden(Who), repeated, displaced_by(Id)
*/
:- module(explain,
          [ prove/2,                    % +Goal, -Node
            node_value/2,               % +Node, -Value
            node_extra/2,               % +Node, ?Extra
            mattering_nodes/2,          % +Node, -Nodes
            matter_flags/4,             % +Op, +Value, +Children, -Flags
            begin_explanation/0,
            record_rule_outcomes/0,
            recorded_rule_outcome/2     % ?Id, ?Value
          ]).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- use_module(library(pairs)).
:- use_module(library(yall)).
:- use_module(law).
:- use_module(case).
:- use_module(lang/language).
:- encoding(utf8).

%!  begin_explanation is det.
%
%   Forget what an earlier case proved. Called once per case.

begin_explanation :-
    retractall(memo(_, _, _)),
    abolish_private_tables,
    ensure_rule_index.

% The rules applied so far in this case (headers only: a repeated node is
% shown without its children), under the hash of their key, so that the
% lookup is indexed. thread_local: each thread its own.
:- thread_local memo/3.

node_value(node(_, _, _, _, V, _, _, _), V).

%!  record_rule_outcomes is det.
%
%   From now on, remember each rule applied and its value
%   (recorded_rule_outcome/2): logic/coverage.pl uses it to show that
%   the tests make every basis and every ground both hold and fail.

:- dynamic recorded_rule_outcome/2.
record_rule_outcomes :- nb_setval(pyenforce_record, true).

record(Id, V) :-
    (   nb_current(pyenforce_record, true), \+ recorded_rule_outcome(Id, V)
    ->  assertz(recorded_rule_outcome(Id, V))
    ;   true
    ).
node_extra(node(_, _, _, _, _, _, _, Extra), E) :- member(E, Extra).

%!  prove(+Goal, -Node) is det.
%
%   Evaluate Goal; Node is its derivation. Throws
%   error(existence_error(legal_goal, G), _) for a goal that is neither
%   control, leaf, rule nor data -- a typo in the law must not read as
%   "false".

prove(G, _) :-
    var(G), !,
    instantiation_error(G).
prove(true, node(true, "true", Text, "", true, and, [], [])) :- !,
    tr("Nothing more is required.", "Больше ничего не требуется.", Text).
prove((A, B), Node) :- !,
    conj_list((A, B), Gs),
    prove_conj(Gs, Children, V),
    claim((A, B), Claim),
    tr("All of the following must hold.", "Должны выполняться все следующие условия.", Text),
    Node = node(all_of, Claim, Text, "", V, and, Children, []).
prove((A ; B), Node) :- !,
    disj_list((A ; B), Gs),
    maplist(prove, Gs, Children),
    maplist(node_value, Children, Vs),
    or_values(Vs, V),
    claim((A ; B), Claim),
    tr("At least one of the following must hold.", "Должно выполняться хотя бы одно из следующих условий.", Text),
    Node = node(any_of, Claim, Text, "", V, or, Children, []).
prove(\+ A, Node) :- !,
    prove(A, Child),
    negation_node(not, A, Child, Node).
prove(any(Pattern), Node) :- !,
    findall(Id, rule_for(Pattern, Id), Ids0),
    list_to_set(Ids0, Ids),
    prove_rules_overriders_first(Pattern, Ids, Children),
    maplist(node_value, Children, Vs),
    or_values(Vs, V),
    claim(Pattern, CP),
    format(string(Claim), "some rule establishes ~s", [CP]),
    tr("At least one of these rules must apply.", "Должна применяться хотя бы одна из следующих норм.", Text),
    Node = node(any_of, Claim, Text, "", V, or, Children, [head(Pattern)]).
%   shown_by_resisting_party(G): the resisting party must establish G.
%   Where G is unknown it is taken as not established, and the unknown
%   facts behind it become assumptions rather than missing facts.
prove(shown_by_resisting_party(G), Node) :- !,
    prove(G, Child0),
    node_value(Child0, V0),
    claim(G, CG),
    format(string(Claim), "the resisting party shows ~s", [CG]),
    (   V0 == unknown
    ->  mattering_nodes(Child0, Ms),
        findall(assumed(F), ( member(M, Ms), node_extra(M, missing(F)) ), As0),
        sort(As0, As),
        strip_case_burdens(Child0, Child),
        V = false,
        tr("The resisting party must show the following; it is unknown, so it is taken as not shown.",
           "Следующее обязана доказать сторона, возражающая против признания; это не известно, поэтому считается недоказанным.",
           Text)
    ;   Child = Child0, V = V0, As = [],
        tr("The resisting party must show the following.",
           "Следующее обязана доказать сторона, возражающая против признания.", Text)
    ),
    Node = node(resisting_burden, Claim, Text, "", V, and, [Child], [burden(resisting_party)|As]).
prove(origin_law_permits_recognition, Node) :- !,
    (   world:law_of_origin_stated(V, Info)
    ->  leaf_node(origin_law_permits_recognition, V, Info, Node)
    ;   world:origin_modelled_as_forum(OF)
    ->  prove_law_of_origin(OF, Node)
    ;   world:law_of_origin_unknown(V, Info),
        leaf_node(origin_law_permits_recognition, V, Info, Node)
    ).
prove(G, Node) :-
    world:leaf_goal(G), !,
    world:leaf(G, V, Info),
    leaf_node(G, V, Info, Node).
prove(G, Node) :-
    rule_for(G, _), !,
    findall(Id, rule_for(G, Id), Ids0),
    list_to_set(Ids0, Ids),
    (   Ids = [Id]
    ->  prove_rule_as(G, Id, Node)
    ;   prove_rules_overriders_first(G, Ids, Children),
        maplist(node_value, Children, Vs),
        or_values(Vs, V),
        claim(G, Claim),
        tr("Any one of these rules establishes it.", "Это устанавливает любая из следующих норм.", Text),
        Node = node(any_of, Claim, Text, "", V, or, Children, [head(G)])
    ).
prove(G, Node) :-
    data_goal(G), !,
    (   call(world:G) -> V = true ; V = false ),
    data_node(G, V, Node).
prove(G, _) :-
    existence_error(legal_goal, G).

%   prove_rules_overriders_first(+Goal, +Ids, -Nodes): Nodes in the order
%   of Ids, but a rule that overrides another is proved first, so that
%   its full derivation stands here and the overridden rule's check of it
%   is the one marked repeated.
prove_rules_overriders_first(G, Ids, Nodes) :-
    partition(overrides_some_rule, Ids, Overriders, Others),
    append(Overriders, Others, Order),
    maplist(prove_rule_as(G), Order, Nodes0),
    pairs_keys_values(Pairs, Order, Nodes0),
    maplist(node_of(Pairs), Ids, Nodes).

node_of(Pairs, Id, Node) :- memberchk(Id-Node, Pairs).

overrides_some_rule(Id) :-
    law:rule(Id, Meta, _, _),
    memberchk(overrides(_), Meta).

rule_for(G, Id) :-
    functor(G, Name, Arity),
    (   Arity > 0, arg(1, G, A1), atomic(A1) -> true ; A1 = '$any' ),
    (   A1 == '$any'
    ->  rule_head(Name, Arity, _, Id)
    ;   ( rule_head(Name, Arity, A1, Id) ; rule_head(Name, Arity, '$any', Id) )
    ),
    law:rule(Id, Meta, H, _),
    \+ H \= G,
    in_scope(Meta, G).

%   The index of rule heads: rule_head(Name, Arity, FirstArg, Id), with
%   FirstArg '$any' where the head's first argument is not an atom (a
%   rule for any forum). Rebuilt whenever the rules change (a user's rule
%   file, a test), as their generation shows.
:- dynamic rule_head/4, overrider_of/2, rule_index_generation/1.

ensure_rule_index :-
    predicate_property(law:rule(_, _, _, _), last_modified_generation(Gen)),
    (   rule_index_generation(Gen) -> true
    ;   with_mutex(pyenforce_rule_index, build_rule_index(Gen))
    ).

build_rule_index(Gen) :-
    retractall(rule_head(_, _, _, _)),
    retractall(overrider_of(_, _)),
    retractall(rule_index_generation(_)),
    forall(law:rule(Id, _, H, _),
           ( functor(H, N, A),
             (   A > 0, arg(1, H, A1), atomic(A1) -> K = A1 ; K = '$any' ),
             assertz(rule_head(N, A, K, Id)) )),
    forall(( law:rule(Over, OMeta, _, _), memberchk(overrides(Ids), OMeta), member(Id, Ids) ),
           assertz(overrider_of(Id, Over))),
    forall(( law:rule(Id, Meta, _, _), memberchk(subject_to(Overs), Meta), member(Over, Overs) ),
           assertz(overrider_of(Id, Over))),
    assertz(rule_index_generation(Gen)).

%   A rule marked scope(S) applies only in the forums of scope S; its
%   head's first argument is the forum.
%   A rule marked kind(K) applies only to decisions of kind K (a
%   judgment, an arbitral award).
in_scope(Meta, G) :-
    (   memberchk(scope(S), Meta)
    ->  arg(1, G, Forum),
        (   var(Forum) -> true
        ;   world:forum_in_scope(S, Forum)
        )
    ;   true
    ),
    (   memberchk(kind(K), Meta)
    ->  (   case_value(kind, K) -> true ; \+ current_context(_) )
    ;   true
    ).

data_goal(G) :-
    callable(G),
    predicate_property(world:G, defined).

%   prove_rule_as(+Goal, +Id, -Node): apply rule Id to (a copy of) Goal.
%   A rule already applied to the same ground head in this case is not
%   proved again: its node is reused and marked repeated.

prove_rule_as(G, Id, Node) :-
    copy_term(G, G1),
    law:rule(Id, Meta, G1, Body),
    !,
    case_value(as_of, AsOf),
    memo_key(Id-G1, Key),
    (   ground(G1), term_hash(Key, H), memo(H, Key, Node0)
    ->  mark_repeated(Node0, Node)
    ;   prove_rule(Id, Meta, G1, Body, AsOf, Node0),
        (   ground(G1)
        ->  Node0 = node(R, C, T, Ci, V, Op, Cs, E),
            marked_below(Node0, Marked),
            (   Marked == [] -> E1 = E ; E1 = [marked(Marked)|E] ),
            Node = node(R, C, T, Ci, V, Op, Cs, E1),
            term_hash(Key, H),
            assertz(memo(H, Key, node(R, C, T, Ci, V, Op, [], E1)))
        ;   Node = Node0
        )
    ).

%   marked_below(+Node, -Headers): the nodes below Node on which its
%   value turns (mattering_nodes/2) and that carry what a result reports
%   -- a missing or assumed fact, an unconfirmed rule or fact -- as
%   headers without children. A rule node keeps them as marked(Headers),
%   and its repeats carry them too, so that the outcome's missing facts,
%   assumptions and caveats are the same wherever the rule was first
%   applied. Below a node that already keeps them, they are not sought
%   again.
marked_below(node(_, _, _, _, V, Op, Cs, _), Headers) :-
    matter_flags(Op, V, Cs, Flags),
    foldl(marked_child, Flags, Cs, Headers, []).

marked_child(false, _) --> !, [].
marked_child(true, N) -->
    { N = node(R, C, T, Ci, V, Op, _, E0),
      (   select(marked(Hs), E0, E) -> Below = kept(Hs) ; E = E0, Below = seek ) },
    (   { member(M, E), reported_mark(M) }
    ->  [node(R, C, T, Ci, V, Op, [], E)]
    ;   []
    ),
    (   { Below = kept(Hs) }
    ->  list(Hs)
    ;   { marked_below(N, Hs1) },
        list(Hs1)
    ).

list([]) --> [].
list([X|Xs]) --> [X], list(Xs).

reported_mark(missing(_)).
reported_mark(assumed(_)).
reported_mark(unconfirmed(_)).

%   A rule applied in a hypothetical case (the roles swapped) is not the
%   same application as in the case itself: the key names the case.
memo_key(X, k(Ctx, Forum, Origin, Subject, Kind, AsOf, How, X)) :-
    current_context(Ctx),
    case_value(forum, Forum), case_value(origin, Origin), case_value(subject, Subject),
    case_value(kind, Kind), case_value(as_of, AsOf),
    (   case_value(origin_law_answer, How) -> true ; How = none ).

mark_repeated(node(R, C, T, Ci, V, Op, _, E), node(R, C, T, Ci, V, Op, [], [repeated|E])).

prove_rule(Id, Meta, Head, Body, AsOf, Node) :-
    rule_text(Id, Meta, Text, Cite),
    claim(Head, Claim),
    meta_extras(Meta, Extra0),
    Extra1 = [head(Head)|Extra0],
    (   \+ rule_in_force(Id, AsOf)
    ->  rule_validity(Id, From, To),
        Node = node(Id, Claim, Text, Cite, false, and, [], [not_in_force(From, To)|Extra1])
    ;   findall(O-OH, overrider(Id, Head, O, OH), Overs),
        maplist(prove_not_displaced, Overs, ONodes),
        conj_list(Body, Gs),
        prove_conj(Gs, BNodes, BV),
        maplist(node_value, ONodes, OVs),
        and_values([BV|OVs], V),
        append(ONodes, BNodes, Children),
        findall(displaced_by(O), ( member(node(_, _, _, _, false, not, [C], _), ONodes),
                                   node_rule(C, O) ), Displaced),
        append(Displaced, Extra1, Extra),
        Node = node(Id, Claim, Text, Cite, V, and, Children, Extra),
        record(Id, V)
    ).

node_rule(node(R, _, _, _, _, _, _, _), R).

%   overrider(+Id, +Head, -Over, -OverHead): rule Over displaces rule Id
%   where it applies -- Over declares overrides([..Id..]), or Id declares
%   subject_to([..Over..]) -- and OverHead is Over's head for the same
%   forum (the first argument of both heads).
overrider(Id, Head, Over, OHead) :-
    overrider_of(Id, Over),
    law:rule(Over, OMeta, OHead, _),
    arg(1, Head, Forum), arg(1, OHead, Forum),
    in_scope(OMeta, OHead).

%   A rule gives way where a rule that overrides it applies: the
%   overriding rule is shown under it, so that the explanation says why
%   it did, or did not, give way.
prove_not_displaced(Over-OHead, Node) :-
    prove_rule_as(OHead, Over, ONode),
    negation_node(not_displaced, OHead, ONode, Node).

%   negation_node(+Kind, +Goal, +Child, -Node): the node saying that Goal,
%   whose derivation is Child, does not hold; Kind is not (for \+) or
%   not_displaced (for an overriding rule).
negation_node(Kind, Goal, Child, node(Kind, Claim, Text, "", V, not, [Child], [])) :-
    node_value(Child, VC),
    not_value(VC, V),
    claim(Goal, CG),
    current_lang(L),
    negation_words(L, Kind, V, Prefix, Text),
    format(string(Claim), "~w~s", [Prefix, CG]).

%   negation_words(+Lang, +Kind, +Value, -ClaimPrefix, -Text); the claim
%   is the goal written as a term, and its prefix stays English.
negation_words(en, not, true, 'not ', "The following does not hold, as required.").
negation_words(en, not, false, 'not ', "The following holds, and it must not.").
negation_words(en, not, unknown, 'not ', "Whether the following holds is not yet known; it must not.").
negation_words(en, not_displaced, true, 'not displaced by ', "Not displaced: the rule that would take its place does not apply.").
negation_words(en, not_displaced, false, 'not displaced by ', "Displaced: the following rule applies in its place.").
negation_words(en, not_displaced, unknown, 'not displaced by ', "Whether the following rule takes its place is not yet known.").
negation_words(ru, not, true, 'not ', "Следующее условие не выполняется, как и требуется.").
negation_words(ru, not, false, 'not ', "Следующее условие выполняется, а не должно.").
negation_words(ru, not, unknown, 'not ', "Выполняется ли следующее условие, пока не известно; оно не должно выполняться.").
negation_words(ru, not_displaced, true, 'not displaced by ', "Норма не вытеснена: норма, которая применялась бы вместо неё, не применяется.").
negation_words(ru, not_displaced, false, 'not displaced by ', "Норма вытеснена: вместо неё применяется следующая норма.").
negation_words(ru, not_displaced, unknown, 'not displaced by ', "Применяется ли вместо неё следующая норма, пока не известно.").

%   rule_text(+Id, +Meta, -Text, -Citation): the rule's sentence in the
%   language of the evaluation (language.pl), and its citation, which is
%   never translated.
rule_text(Id, Meta, Text, Cite) :-
    rule_sentence(Id, Meta, Text),
    (   memberchk(citation(Cite), Meta) -> true ; Cite = "" ).

meta_extras(Meta, Extras) :-
    findall(E, ( member(E, Meta),
                 E = unconfirmed(_)
               ; member(discretionary(B), Meta), E = discretionary(B)
               ), Extras).

%   prove_law_of_origin(+OriginForum, -Node)
%   Whether the origin's law permits its courts to recognise the forum's
%   decisions, where the origin is itself a modelled forum: apply its own
%   rules to a hypothetical decision of the forum's courts on the same
%   subject, on the as-of date (the roles swapped), and ask whether its
%   law permits recognising it there: whether a legal basis holds
%   (law_permits_recognition/1 in decision.pl, which says why a ground
%   the resisting party must establish is not part of the question).
%
%   The swapped question may ask the first one back: two states that
%   each require reciprocity ask it of each other without end ("who goes
%   first"). The questions are therefore answered by tabling (SLG
%   resolution, below), which always terminates and gives such a loop
%   its least fixpoint: false. The derivation is built afterwards from
%   the completed tables, and names the cycle as the reason.
%
%   A hypothetical case carries, as its value origin_law_answer, how its
%   own origin-law question is answered:
%     assumed(X)  by the value X (true, unknown or false) -- while the
%                 tables are computed; such a tree is never shown
%     tabled      by the completed tables -- the tree that is shown

prove_law_of_origin(OF, Node) :-
    case_value(forum, F), case_value(origin, O), case_value(subject, S),
    case_value(kind, K), case_value(as_of, D),
    Q = q(OF, F, S, K, D),
    (   case_value(origin_law_answer, How)
    ->  answered_law_of_origin(How, Q, O, Node)
    ;   explained_law_of_origin(Q, O, Node)
    ).

%   In the case itself: the answer from the tables, and the derivation of
%   the swapped question, its own origin-law question answered from the
%   tables too.
explained_law_of_origin(Q, O, Node) :-
    Q = q(OF, F, S, K, D),
    question_value(Q, VT),
    hypothetical_case(F, OF, K, S, D, [origin_law_answer-tabled], Hyp),
    with_case(Hyp, D, prove(law_permits_recognition(OF), Inner0)),
    strip_case_burdens(Inner0, Inner),
    node_value(Inner, V),
    must_agree(Q, VT, V),
    law_of_origin_claim(O, F, S, Claim),
    world:state_name(O, ON), world:state_name(F, FN), world:subject_words(S, SW),
    tr_format("The law of ~s permits its courts to recognise decisions of the courts of ~s (~w): ~s's own rules, as modelled here, are applied to such a decision, the roles swapped.",
              [ON, FN, S, ON],
              "Право государства происхождения (~s) допускает признание его судами решений судов государства признания (~s); предмет решения: ~s. Это устанавливается применением к такому решению собственных норм государства «~s», как они смоделированы здесь, при обмене ролями государств.",
              [ON, FN, SW, ON], Text),
    swapped_rules_cite(OF, Cite),
    (   V == unknown
    ->  Extra = [burden(applicant), missing(origin_law_permits_recognition), question(Q)]
    ;   Extra = [burden(applicant), question(Q)]
    ),
    Node = node(law_of_origin, Claim, Text, Cite, V, and, [Inner], Extra).

%   The tree and the tables answer the same question the same way, unless
%   the rules are not monotone in the origin's law (a rule that requires
%   the origin's law NOT to permit recognition).
must_agree(_, V, V) :- !.
must_agree(Q, VT, V) :-
    throw(error(pyenforce(non_monotone_reciprocity(Q, VT, V)), _)).

%   Inside a hypothetical case: the origin-law question is assumed while
%   the tables are computed, and read from them when the tree is built.
answered_law_of_origin(assumed(X), Q, O, Node) :-
    Q = q(_, F, S, _, _),
    law_of_origin_claim(O, F, S, Claim),
    Node = node(law_of_origin_assumed, Claim, "", "", X, leaf, [], []).
answered_law_of_origin(tabled, Q, O, Node) :-
    Q = q(OF, F, S, _, _),
    law_of_origin_claim(O, F, S, Claim),
    world:state_name(O, ON), world:state_name(F, FN), world:subject_words(S, SW),
    question_value(Q, V),
    (   circular(Q)
    ->  trf("Circular reciprocity: whether the law of ~s permits recognising decisions of ~s depends, through its reciprocity requirement, on whether the law of ~s permits recognising decisions of ~s, and that depends on this. Each state's law waits for the other to go first, so neither's reciprocity can rest on the other's law: the least fixpoint of the two questions, computed by tabling, leaves both false.",
            "Круговая взаимность: допускает ли право государства «~s» признание решений государства «~s», зависит через требование взаимности от того, допускает ли право государства «~s» признание решений государства «~s», а это зависит от первого вопроса. Право каждого из государств ждёт, чтобы первый шаг сделало другое, поэтому взаимность ни одного из них не может основываться на праве другого: наименьшая неподвижная точка этих двух вопросов, вычисленная с помощью таблирования, оставляет оба ложными.",
            [ON, FN, FN, ON], Text),
        Node = node(reciprocity_cycle, Claim, Text, "", false, leaf, [], [cycle(O, F), burden(applicant), question(Q)])
    ;   tabled_answer_text(Q, V, ON, FN, S, SW, Text),
        swapped_rules_cite(OF, Cite),
        Node = node(law_of_origin_tabled, Claim, Text, Cite, V, leaf, [], [burden(applicant), question(Q)])
    ).

%   A question answered from the table, in a derivation: where it holds
%   whatever the question it asks back, the text says so -- the answer
%   then does not rest on the question it is part of.
tabled_answer_text(Q, V, ON, FN, S, SW, Text) :-
    (   V == true, basis_value(Q, false, true-_)
    ->  tr_format("The law of ~s permits its courts to recognise decisions of the courts of ~s (~w) on a basis of its own: ~s's rules, the roles swapped, give it even if the law of ~s did not permit recognising decisions of ~s. So this answer does not rest on the question it is part of. The question is answered once, by tabling, and the answer is taken from the table.",
            [ON, FN, S, ON, FN, ON],
            "Право государства «~s» допускает признание его судами решений судов государства «~s» (~s) по самостоятельному основанию: нормы государства «~s» при обмене ролями дают его, даже если бы право государства «~s» не допускало признания решений государства «~s». Поэтому этот ответ не опирается на вопрос, частью которого он является. Ответ на вопрос даётся один раз с помощью таблирования и берётся из таблицы.",
            [ON, FN, SW, ON, FN, ON], Text)
    ;   tr_format("The law of ~s permits its courts to recognise decisions of the courts of ~s (~w), by ~s's own rules with the roles swapped; the question is answered once and its answer is taken from the table.",
                  [ON, FN, S, ON],
                  "Право государства происхождения (~s) допускает признание его судами решений судов государства «~s»; предмет решения: ~s. Это устанавливается теми же нормами государства «~s» при обмене ролями; ответ на этот вопрос даётся один раз и берётся из таблицы.",
                  [ON, FN, SW, ON], Text)
    ).

law_of_origin_claim(O, F, S, Claim) :-
    format(string(Claim), "law of ~w permits recognising decisions of ~w (~w)", [O, F, S]).

swapped_rules_cite(OF, Cite) :-
    format(string(Cite), "the rules for ~w in logic/forums and logic/instruments", [OF]).

%!  question_value(+Question, -Value) is det.
%
%   Question = q(Forum, Origin, Subject, Kind, Date): whether the law of
%   Forum permits its courts to recognise a decision of the courts of
%   Origin (a final, enforceable decision, the defendant notified and
%   heard) on Subject, on Date. Value is true, unknown or false: the
%   least fixpoint of the questions it depends on.

question_value(Q, V) :-
    (   law_permits_certainly(Q) -> V = true
    ;   law_permits_possibly(Q)  -> V = unknown
    ;   V = false
    ).

%   The value of a question Q is f(value(Q1)), where f is the value of
%   law_permits_recognition/1 in Q's hypothetical case with its own
%   origin-law question Q1 assumed (swapped_basis/3), and is monotone:
%   false < unknown < true.
%   Two positive programs give that value: Q is true if some assumption
%   X with f(X) = true is no more than what Q1 is shown to be, and Q is
%   not false (possibly) if some X with f(X) other than false is. Each
%   loop between questions is positive, so SLG resolution terminates and
%   gives the least model -- the well-founded value of a positive loop,
%   false. The tables are private to the thread, and removed before each
%   case (begin_explanation/0): they depend on the law loaded.

:- table law_permits_certainly/1, law_permits_possibly/1, swapped_basis/3.

law_permits_certainly(Q) :-
    basis_value(Q, false, true-_).
law_permits_certainly(Q) :-
    basis_value(Q, false, V0-[Q1]), V0 \== true,
    basis_value(Q, unknown, true-_),
    law_permits_possibly(Q1).
law_permits_certainly(Q) :-
    basis_value(Q, false, V0-[Q1]), V0 \== true,
    basis_value(Q, unknown, Vu-_), Vu \== true,
    basis_value(Q, true, true-_),
    law_permits_certainly(Q1).

law_permits_possibly(Q) :-
    basis_value(Q, false, V0-_), V0 \== false.
law_permits_possibly(Q) :-
    basis_value(Q, false, false-[Q1]),
    basis_value(Q, unknown, Vu-_), Vu \== false,
    law_permits_possibly(Q1).
law_permits_possibly(Q) :-
    basis_value(Q, false, false-[Q1]),
    basis_value(Q, unknown, false-_),
    basis_value(Q, true, Vt-_), Vt \== false,
    law_permits_certainly(Q1).

%   basis_value(+Question, +Assumed, ?Value-Asked): the tabled
%   swapped_basis/3 is always called with its answer unbound, so that
%   each question and assumption has one table.
basis_value(Q, X, Answer) :-
    swapped_basis(Q, X, Answer0),
    Answer = Answer0.

%   swapped_basis(+Question, +Assumed, -Value-Asked): the value of
%   law_permits_recognition/1 in Question's hypothetical case with its
%   own origin-law question assumed to have the value Assumed; Asked is
%   that question, or [] where the hypothetical case's origin-law question
%   is answered otherwise (the knowledge base, or an origin not
%   modelled). While the tables are computed, no tabled goal is called
%   inside a hypothetical case (its own question is assumed), so no tabled
%   computation is suspended inside asserted facts; the derivation built
%   afterwards (answered_law_of_origin(tabled, ...)) reads completed
%   tables only.
swapped_basis(Q, X, V-Asked) :-
    Q = q(OF, F, S, K, D),
    hypothetical_case(F, OF, K, S, D, [origin_law_answer-assumed(X)], Hyp),
    with_case(Hyp, D, ( prove(law_permits_recognition(OF), Node),
                        question_asked(Asked) )),
    node_value(Node, V).

question_asked(Asked) :-
    (   \+ world:law_of_origin_stated(_, _),
        world:origin_modelled_as_forum(OF)
    ->  case_value(forum, F), case_value(subject, S),
        case_value(kind, K), case_value(as_of, D),
        Asked = [q(OF, F, S, K, D)]
    ;   Asked = []
    ).

%   circular(+Question): Question is false only because it waits for the
%   question it asks, which is false only because it waits for Question.
circular(Q) :-
    waits_for(Q, Q1),
    waits_for(Q1, Q2),
    Q2 == Q.

waits_for(Q, Q1) :-
    question_value(Q, false),
    basis_value(Q, false, false-[Q1]),
    basis_value(Q, true, Vt-_), Vt \== false.

%   The hypothetical decision: final, enforceable, the defendant notified
%   and heard, the proceedings begun on the as-of date; nothing else.
%   More is how its own origin-law question is answered (see above).
hypothetical_case(Origin, Forum, Kind, Subject, Date, More,
                  case([ id-"hypothetical", origin-Origin, forum-Forum, kind-Kind,
                         subject-Subject, application_date-Date,
                         proceedings_started-Date, rendered-Date | More ],
                       [ final-true, enforceable_in_origin-true, defendant_notified-true,
                         defendant_heard-true, origin_had_jurisdiction-true ],
                       [])).

%   What is unknown or assumed in a hypothetical case is not a fact of
%   the case itself: those marks are dropped.
strip_case_burdens(node(R, C, T, Ci, V, Op, Cs0, E0), node(R, C, T, Ci, V, Op, Cs, E)) :-
    exclude(case_burden_mark, E0, E1),
    maplist(strip_marked, E1, E),
    maplist(strip_case_burdens, Cs0, Cs).

strip_marked(marked(Hs0), marked(Hs)) :- !, maplist(strip_case_burdens, Hs0, Hs).
strip_marked(E, E).

case_burden_mark(missing(_)).
case_burden_mark(assumed(_)).

%   prove_conj(+Goals, -Children, -Value)
%   A data goal with free variables is solved first; the rest of the
%   conjunction is evaluated under each of its solutions, and the best
%   one (true, then unknown, then false) is kept.

prove_conj([], [], true).
prove_conj([G|Gs], Children, V) :-
    nonvar(G), data_goal(G), \+ control(G), \+ world:leaf_goal(G), \+ rule_for(G, _),
    \+ ground(G), !,
    findall(Cs-V1,
            ( call(world:G),
              data_node(G, true, N),
              prove_conj(Gs, Cs0, V0),
              Cs = [N|Cs0],
              and_values([true, V0], V1)
            ),
            Solutions),
    (   Solutions == []
    ->  data_node(G, false, N),
        Children = [N], V = false
    ;   best_solution(Solutions, Children, V)
    ).
prove_conj([G|Gs], [N|Ns], V) :-
    prove(G, N),
    prove_conj(Gs, Ns, V0),
    node_value(N, VN),
    and_values([VN, V0], V).

control((_, _)).
control((_ ; _)).
control(\+ _).
control(any(_)).
control(shown_by_resisting_party(_)).
control(true).

best_solution(Solutions, Children, V) :-
    (   member(Children-true, Solutions) -> V = true
    ;   member(Children-unknown, Solutions) -> V = unknown
    ;   Solutions = [Children-V|_]
    ), !.

conj_list((A, B), Gs) :- !, conj_list(A, GA), conj_list(B, GB), append(GA, GB, Gs).
conj_list(true, []) :- !.
conj_list(G, [G]).

disj_list((A ; B), Gs) :- !, disj_list(A, GA), disj_list(B, GB), append(GA, GB, Gs).
disj_list(G, [G]).

%!  and_values(+Values, -Value) is det.
%!  or_values(+Values, -Value) is det.
%!  not_value(+Value, -Negated) is det.
%
%   Strong Kleene connectives over true, false and unknown.

and_values(Vs, V) :-
    (   memberchk(false, Vs) -> V = false
    ;   memberchk(unknown, Vs) -> V = unknown
    ;   V = true
    ).
or_values(Vs, V) :-
    (   memberchk(true, Vs) -> V = true
    ;   memberchk(unknown, Vs) -> V = unknown
    ;   V = false
    ).
not_value(true, false).
not_value(false, true).
not_value(unknown, unknown).

leaf_node(G, V, Info, node(Id, Claim, Text, Cite, V, leaf, [], Extra)) :-
    Info = leaf(Id, Text, Cite, Extra),
    claim(G, Claim).

data_node(G, V, node(Id, Claim, Text, Cite, V, leaf, [], Extra)) :-
    (   world:describe(G, V, Id, Text, Cite, Extra) -> true
    ;   strip_module(G, _, Plain),
        functor(Plain, Name, _),
        atom_concat('kb:', Name, Id),
        claim(G, Text0), Cite = "", Extra = [],
        (   current_lang(ru)
        ->  (   V == true -> VW = "выполняется" ; VW = "не выполняется" ),
            format(string(Text), "Условие базы знаний ~s ~s.", [Text0, VW])
        ;   Text = Text0
        )
    ),
    claim(G, Claim).

%!  claim(+Goal, -String) is det.
%
%   A goal written as text, with unbound variables shown as _.

claim(G, S) :-
    copy_term(G, G1),
    numbervars(G1, 0, _, [singletons(true)]),
    format(string(S), "~W", [G1, [quoted(true), numbervars(true), spacing(next_argument)]]).

%!  mattering_nodes(+Root, -Nodes) is det.
%
%   The nodes on which the value of Root turns: from a true conjunction
%   every part matters; from a false one, its first false part -- the
%   condition that failed, read left to right as the law states its
%   conditions, so that a ground whose instrument does not apply does not
%   turn on the facts behind it; from an unknown one, its unknown parts
%   (and dually for disjunctions). missing_facts, assumptions and
%   caveats are read off these nodes, so that they name only what the
%   outcome depends on.

mattering_nodes(Root, Nodes) :-
    phrase(matters(Root), Nodes).

%   A node marked repeated stands for the rule's first application: the
%   marked nodes it carries (marked_below/2) matter as its children would.
matters(N) -->
    [N],
    { N = node(_, _, _, _, V, Op, Children, E),
      matter_flags(Op, V, Children, Flags),
      pairs_keys_values(Pairs, Flags, Children),
      include([true-_]>>true, Pairs, MPairs),
      pairs_values(MPairs, Ms),
      (   memberchk(repeated, E), memberchk(marked(Hs), E) -> true ; Hs = [] ) },
    matters_list(Ms),
    list(Hs).

matters_list([]) --> [].
matters_list([N|Ns]) --> matters(N), matters_list(Ns).

%!  matter_flags(+Op, +Value, +Children, -Flags) is det.
%
%   Flags has true for each child the node's Value turns on.

matter_flags(not, _, Cs, Fs) :- !, maplist([_, true]>>true, Cs, Fs).
matter_flags(and, true, Cs, Fs) :- !, maplist([_, true]>>true, Cs, Fs).
matter_flags(or, false, Cs, Fs) :- !, maplist([_, true]>>true, Cs, Fs).
matter_flags(and, false, Cs, Fs) :- !, first_with_value(Cs, false, Fs).
matter_flags(or, true, Cs, Fs) :- !, first_with_value(Cs, true, Fs).
matter_flags(_, V, Cs, Fs) :- maplist(has_value(V), Cs, Fs).

has_value(V, C, F) :- ( node_value(C, V) -> F = true ; F = false ).

first_with_value([], _, []).
first_with_value([C|Cs], V, [F|Fs]) :-
    (   node_value(C, V)
    ->  F = true, maplist([_, false]>>true, Cs, Fs)
    ;   F = false, first_with_value(Cs, V, Fs)
    ).
