/*  whatif.pl -- what would change the outcome (issue 4, items 2 and 5).

    whatif_json(+CaseText, +AsOf, +OptionsText, -Out) evaluates a case,
    then searches for the MINIMAL sets of changes that turn its outcome:
    refused or undetermined -> recognised, and recognised -> refused. A
    change is one of

      fact      set an unknown fact of the format-1 vocabulary, or flip
                a stated one                          (facts.final = true)
      evidence  state that the origin's law permits (or does not permit)
                recognition; add a recognition of a forum decision by
                the origin's courts, a refusal for lack of reciprocity,
                or a reciprocity arrangement, each dated on the as-of
                date
      decision  set decision.proceedings_started (to the date from which
                an instrument binds both states, when that is what the
                derivation lacks)

    Candidates come from the derivation, not from the vocabulary:
    candidate_changes/5 walks the tree asking, for the value the outcome
    needs, which nodes would have to change and whether they can. A node
    that no change of the case can reach (a treaty not in force, a state
    on a list, a rule not yet in force) prunes every branch that needs it.
    So a conjunction that cannot become true offers nothing, and a case
    of Russia and an unfriendly state offers only the post-2022 evidence.

    The search is breadth-first: sets of size 1, then 2, ... up to
    max_size. A set that does not turn the outcome is extended with the
    candidates read off ITS OWN derivation (a second failing condition
    shows up once the first is fixed). A set that turns it is an answer
    only if no proper subset turns it too (every subset is evaluated,
    memoised); supersets of answers are never evaluated. The search stops
    after max_results answers.

    Options (JSON): max_size (2), max_results (5), explain (false),
    time_limit (10 s, for the whole search), inference_limit (per
    evaluation).
*/
:- module(whatif,
          [ whatif_json/4,              % +CaseText, +AsOf, +OptionsText, -Out
            whatif/5,                   % +Case, +AsOf, +Options, -Summary, -Answers
            candidate_changes/5         % +Root, +Target, +Case, +AsOf, -Changes
          ]).
:- use_module(library(http/json)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- use_module(library(option)).
:- use_module(library(assoc)).
:- use_module(library(pairs)).
:- use_module(library(time)).
:- use_module(library(yall)).
:- use_module('../analysis').
:- use_module('../case').
:- use_module('../explain').
:- use_module('../kb/vocabulary').

:- thread_local
    memo/3,                             % Set, Outcome, Result
    answer/2,                           % Seq, Set
    evaluations/1.

%!  whatif_json(+Text, +AsOf, +OptionsText, -Out) is det.
%
%   Text: one case in JSON; AsOf: "" (the application date) or an ISO
%   date; OptionsText: "" or a JSON object (see the module comment). Out
%   is an atom of JSON: the current outcome and the answers, or
%   {"error": {...}}.

whatif_json(Text, AsOf, OptionsText, Out) :-
    catch(whatif_json_(Text, AsOf, OptionsText, Json), E,
          analysis_error_json(E, Json)),
    with_output_to(string(S), json_write(current_output, Json, [width(0)])),
    Out = S.

whatif_json_(Text, AsOf0, OptionsText, Json) :-
    catch(limits_options(OptionsText, Options0), _,
          throw(case_error(options, "a JSON object of options", OptionsText))),
    whatif_options(Options0, Options),
    case_input(Text, AsOf0, Case, AsOf),
    whatif(Case, AsOf, Options, Summary, Answers),
    whatif_result_json(Summary, Answers, Options, Json).

%   The options, checked: a bad value is bad input (exit 2), one line.
whatif_options(Options0, Options) :-
    int_option(max_size, Options0, 2, 1, 5, MaxSize),
    int_option(max_results, Options0, 5, 1, 100, MaxResults),
    (   memberchk(explain(X), Options0)
    ->  (   ( X == true ; X == false ) -> Explain = X
        ;   throw(case_error(explain, "true or false", X))
        )
    ;   Explain = false
    ),
    option(time_limit(T), Options0, 10),
    (   number(T), T > 0 -> true
    ;   throw(case_error(time_limit, "a positive number of seconds", T))
    ),
    option(inference_limit(N), Options0, 50_000_000),
    (   integer(N), N > 0 -> true
    ;   throw(case_error(inference_limit, "a positive integer", N))
    ),
    Options = [ max_size(MaxSize), max_results(MaxResults), explain(Explain),
                time_limit(T), inference_limit(N) ].

int_option(Name, Options, Default, Min, Max, Value) :-
    Probe =.. [Name, V0],
    (   memberchk(Probe, Options) -> true ; V0 = Default ),
    (   integer(V0), between(Min, Max, V0)
    ->  Value = V0
    ;   format(string(E), "an integer from ~d to ~d", [Min, Max]),
        throw(case_error(Name, E, V0))
    ).

                 /*******************************
                 *          THE SEARCH          *
                 *******************************/

%!  whatif(+Case, +AsOf, +Options, -Summary, -Answers) is det.
%
%   Summary is a dict: result (the current evaluation), target
%   (recognised or refused), evaluations, candidates (the size-1
%   candidates), exhausted (true when every set within max_size was
%   weighed). Answers is a list of Set-Result, smallest first, each Set
%   a list of change terms ch(Rank, Key, From, To, Apply).

whatif(Case, AsOf, Options, Summary, Answers) :-
    option(time_limit(T), Options, 10),
    setup_call_cleanup(
        reset_search,
        call_with_time_limit(T, whatif_(Case, AsOf, Options, Summary, Answers)),
        reset_search).

reset_search :-
    retractall(memo(_, _, _)),
    retractall(answer(_, _)),
    retractall(evaluations(_)),
    assertz(evaluations(0)).

whatif_(Case, AsOf0, Options, Summary, Answers) :-
    option(max_size(MaxSize), Options, 2),
    option(max_results(MaxResults), Options, 5),
    eval_options(Options, EvalOptions),
    evaluate_term(Case, AsOf0, EvalOptions, R0),
    resolved_as_of(Case, AsOf0, AsOf),
    target(R0.outcome, Target),
    candidate_changes(R0.root, Target, Case, AsOf, Cands0),
    assertz(memo([], R0.outcome, R0)),
    Ctx = ctx(Case, AsOf, Target, EvalOptions, MaxSize, MaxResults),
    search(1, [[]-R0], Ctx, Exhausted),
    findall(Seq-Set, answer(Seq, Set), SeqSets),
    keysort(SeqSets, Sorted), pairs_values(Sorted, Sets0),
    map_list_to_pairs(length, Sets0, BySize0),
    keysort(BySize0, BySize), pairs_values(BySize, Sets1),
    length(Sets1, NAll),
    (   NAll > MaxResults -> length(Sets, MaxResults), append(Sets, _, Sets1)
    ;   Sets = Sets1
    ),
    findall(S-R, ( member(S, Sets), memo(S, _, R) ), Answers),
    evaluations(N),
    length(Cands0, NC),
    Summary = _{result:R0, target:Target, evaluations:N, candidates:NC,
                exhausted:Exhausted, case:Case, as_of:AsOf,
                eval_options:EvalOptions}.

eval_options(Options, [explain(false), time_limit(T), inference_limit(N)]) :-
    option(time_limit(T), Options, 10),
    option(inference_limit(N), Options, 50_000_000).

resolved_as_of(Case, application_date, AsOf) :- !,
    case_value_of(Case, application_date, AsOf).
resolved_as_of(_, AsOf, AsOf).

target(recognised, refused) :- !.
target(_, recognised).

%   search(+Size, +Frontier, +Ctx, -Exhausted)
%   Frontier: the sets of Size-1 changes that do not turn the outcome,
%   each with its result. Extend each by one candidate of its own
%   derivation.
search(Size, Frontier, Ctx, Exhausted) :-
    Ctx = ctx(_, _, _, _, MaxSize, _),
    (   Frontier == [] -> Exhausted = true
    ;   Size > MaxSize -> Exhausted = true
    ;   enough_answers(Ctx) -> Exhausted = false
    ;   extend_all(Frontier, Size, Ctx, [], Next0, Stopped),
        (   Stopped == true
        ->  Exhausted = false
        ;   reverse(Next0, Next),
            Size1 is Size + 1,
            search(Size1, Next, Ctx, Exhausted)
        )
    ).

enough_answers(ctx(_, _, _, _, _, MaxResults)) :-
    aggregate_all(count, answer(_, _), N),
    N >= MaxResults.

extend_all([], _, _, Next, Next, false).
extend_all([Set-R|Rest], Size, Ctx, Next0, Next, Stopped) :-
    Ctx = ctx(Case, AsOf, Target, _, _, _),
    candidate_changes(R.root, Target, Case, AsOf, Cands),
    extend(Cands, Set, Size, Ctx, Next0, Next1, Stopped1),
    (   Stopped1 == true
    ->  Next = Next1, Stopped = true
    ;   extend_all(Rest, Size, Ctx, Next1, Next, Stopped)
    ).

extend([], _, _, _, Next, Next, false).
extend([C|Cs], Set, Size, Ctx, Next0, Next, Stopped) :-
    (   enough_answers(Ctx)
    ->  Next = Next0, Stopped = true
    ;   consider(C, Set, Ctx, Next0, Next1),
        extend(Cs, Set, Size, Ctx, Next1, Next, Stopped)
    ).

%   consider(+Change, +Set, +Ctx, +Next0, -Next)
consider(C, Set, Ctx, Next0, Next) :-
    C = ch(_, Key, _, _, _),
    (   memberchk(ch(_, Key, _, _, _), Set)          % one change a key
    ->  Next = Next0
    ;   msort([C|Set], Set1),
        (   memo(Set1, _, _)                         % weighed already
        ->  Next = Next0
        ;   answer(_, A), subset_of(A, Set1)         % not minimal
        ->  Next = Next0
        ;   Ctx = ctx(Case, AsOf, Target, EvalOptions, _, _),
            outcome_of(Set1, Case, AsOf, EvalOptions, Outcome, R1),
            (   Outcome == Target
            ->  record_if_minimal(Set1, Case, AsOf, Target, EvalOptions),
                Next = Next0
            ;   Next = [Set1-R1|Next0]
            )
        )
    ).

subset_of(A, B) :- forall(member(X, A), memberchk(X, B)).

%   outcome_of(+Set, +Case, +AsOf, +Options, -Outcome, -Result): memoised.
outcome_of(Set, _, _, _, Outcome, R) :-
    memo(Set, Outcome, R), !.
outcome_of(Set, Case, AsOf, Options, Outcome, R) :-
    apply_changes(Set, Case, Case1),
    evaluate_term(Case1, AsOf, Options, R),
    Outcome = R.outcome,
    retract(evaluations(N0)), N is N0 + 1, assertz(evaluations(N)),
    assertz(memo(Set, Outcome, R)).

%   A set that turns the outcome is an answer when no proper subset does.
%   Its subsets may not all have been weighed (a candidate can appear
%   only in the derivation of a smaller set): weigh them now. A proper
%   subset that turns it is recorded in its place, if it is minimal.
record_if_minimal(Set, Case, AsOf, Target, Options) :-
    findall(Sub, proper_subset(Set, Sub), Subs0),
    map_list_to_pairs(length, Subs0, P0), keysort(P0, P), pairs_values(P, Subs),
    (   member(Sub, Subs),
        outcome_of(Sub, Case, AsOf, Options, O, _),
        O == Target
    ->  (   answer(_, A), subset_of(A, Sub) -> true
        ;   record_if_minimal(Sub, Case, AsOf, Target, Options)
        )
    ;   answer(_, Set) -> true
    ;   aggregate_all(count, answer(_, _), Seq),
        assertz(answer(Seq, Set))
    ).

proper_subset(Set, Sub) :-
    length(Set, N), N > 1,
    subseq(Set, Sub), Sub \== [], Sub \== Set.

subseq([], []).
subseq([X|Xs], [X|Ys]) :- subseq(Xs, Ys).
subseq([_|Xs], Ys) :- subseq(Xs, Ys).

apply_changes(Set, Case0, Case) :-
    foldl(apply_change, Set, Case0, Case).

apply_change(ch(_, _, _, _, fact(F, B)), C0, C) :- case_with_fact(C0, F, B, C).
apply_change(ch(_, _, _, _, evidence(E)), C0, C) :- case_with_evidence(C0, E, C).
apply_change(ch(_, _, _, _, value(K, V)), C0, C) :- case_with_value(C0, K, V, C).

                 /*******************************
                 *   CANDIDATES FROM THE TREE   *
                 *******************************/

%!  candidate_changes(+Root, +Target, +Case, +AsOf, -Changes) is det.
%
%   The changes of the case that could help make Root's value Target
%   (true for recognised, false for refused), read off the derivation,
%   in the order of the tree. Empty when no change can.

candidate_changes(Root, TargetOutcome, Case, AsOf, Changes) :-
    outcome_value(TargetOutcome, V),
    full_nodes(Root, Full),
    Env = env(Full, Case, AsOf),
    (   want(Root, V, Env, fixable(Cs0))
    ->  list_to_set(Cs0, Cs1),
        exclude(no_change(Case), Cs1, Changes)
    ;   Changes = []
    ).

outcome_value(recognised, true).
outcome_value(refused, false).

%   A change that sets what the case already says changes nothing.
no_change(Case, ch(_, _, _, _, fact(F, B))) :-
    Case = case(_, Facts, _), memberchk(F-B0, Facts), B0 == B.
no_change(Case, ch(_, _, _, _, evidence(law_permits(B)))) :-
    Case = case(_, _, Ev), memberchk(law_permits(B0), Ev), B0 == B.
no_change(Case, ch(_, _, _, _, value(K, V))) :-
    case_value_of(Case, K, V0), V0 == V.

%   The full derivation of each rule application (Rule-Claim) of the
%   case's own tree: a node marked repeated stands for it.
full_nodes(Root, Assoc) :-
    findall(K-N, ( own_node(Root, N),
                   N = node(R, C, _, _, _, _, _, E),
                   \+ memberchk(repeated, E),
                   K = R-C ), Pairs0),
    reverse(Pairs0, Pairs),                 % the first occurrence wins
    empty_assoc(Empty),
    foldl([K-N, A0, A]>>put_assoc(K, A0, N, A), Pairs, Empty, Assoc).

%   The nodes of the case's own derivation: the origin's law applied with
%   the roles swapped is a hypothetical case of its own.
own_node(N, N).
own_node(node(R, _, _, _, _, _, Cs, _), N) :-
    R \== law_of_origin,
    member(C, Cs),
    own_node(C, N).

%   want(+Node, +Value, +Env, -Fix): Fix is fixable(Changes) when the
%   changes (each alone, or together -- a superset of what is needed)
%   could give Node the Value; unfixable when nothing in the case can.
want(N, V, _, fixable([])) :-
    N = node(_, _, _, _, V0, _, _, _), V0 == V, !.
want(N0, V, Env, Fix) :-
    N0 = node(R, C, _, _, _, _, _, E),
    memberchk(repeated, E), !,
    Env = env(Full, _, _),
    (   get_assoc(R-C, Full, N), N \== N0 -> want(N, V, Env, Fix)
    ;   Fix = unfixable
    ).
want(N, V, Env, Fix) :-
    changeable(N, Env, How), !,
    leaf_changes(How, V, Env, Cs),
    ( Cs == [] -> Fix = unfixable ; Fix = fixable(Cs) ).
want(node(_, _, _, _, _, not, [C], _), V, Env, Fix) :- !,
    negate(V, NV),
    want(C, NV, Env, Fix).
want(node(_, _, _, _, _, and, Cs, _), true, Env, Fix) :- !,
    all_true(Cs, Env, none, Changes, Needed),
    (   Needed == true, Changes == unfixable -> Fix = unfixable
    ;   Needed == false -> Fix = unfixable      % false, but no part fails
    ;   Fix = fixable(Changes)
    ).
want(node(_, _, _, _, _, and, Cs, _), false, Env, Fix) :- !,
    some_to(Cs, false, Env, Fix).
want(node(_, _, _, _, _, or, Cs, _), true, Env, Fix) :- !,
    some_to(Cs, true, Env, Fix).
want(node(_, _, _, _, _, or, Cs, _), false, Env, Fix) :- !,
    all_to(Cs, false, Env, Fix).
want(_, _, _, unfixable).

negate(true, false).
negate(false, true).

%   all_true(+Children, +Env, +AddEvidence, -Changes, -Needed)
%   Every child must hold. A child that cannot be made to hold is
%   fixable after all when it follows a condition on evidence in the
%   same conjunction (origin_recognised_forum_judgment(_, Date),
%   on_or_after(Date, ...)): new evidence, dated on the as-of date,
%   satisfies both. Needed is true when some child needed a change.
all_true([], _, _, [], false).
all_true([C|Cs], Env, Add0, Changes, Needed) :-
    (   evidence_node(C, Env, AddCs)
    ->  Add = AddCs
    ;   Add = Add0
    ),
    (   node_value(C, true)
    ->  Fix = fixable([]), Need1 = false
    ;   want(C, true, Env, Fix0), Need1 = true,
        (   Fix0 == unfixable, Add \== none -> Fix = fixable(Add)
        ;   Fix = Fix0
        )
    ),
    all_true(Cs, Env, Add, Changes0, Need0),
    (   Fix == unfixable -> Changes = unfixable
    ;   Changes0 == unfixable -> Changes = unfixable
    ;   Fix = fixable(Mine), append(Mine, Changes0, Changes)
    ),
    ( ( Need1 == true ; Need0 == true ) -> Needed = true ; Needed = false ).

%   some_to(+Children, +Value, +Env, -Fix): any one child with Value will
%   do: the changes of every child that can get it.
some_to(Cs, V, Env, Fix) :-
    findall(Ch, ( member(C, Cs),
                  \+ node_value(C, V),
                  want(C, V, Env, fixable(Ch)) ), Chs),
    (   Chs == [] -> Fix = unfixable
    ;   append(Chs, Changes), Fix = fixable(Changes)
    ).

%   all_to(+Children, +Value, +Env, -Fix): every child must get Value.
all_to(Cs, V, Env, Fix) :-
    findall(F, ( member(C, Cs), \+ node_value(C, V), want(C, V, Env, F) ), Fs),
    (   Fs == [] -> Fix = unfixable
    ;   memberchk(unfixable, Fs) -> Fix = unfixable
    ;   findall(Ch, member(fixable(Ch), Fs), Chs),
        append(Chs, Changes), Fix = fixable(Changes)
    ).

%   evidence_node(+Node, +Env, -AddChanges): Node asks for evidence the
%   case can add (a recognition, an arrangement); AddChanges adds it.
evidence_node(N, Env, AddCs) :-
    changeable(N, Env, How),
    memberchk(How, [recognition, arrangement]),
    leaf_changes(How, true, Env, AddCs).

%   changeable(+Node, +Env, -How): a leaf of the derivation that a change
%   of the case can reach, and how.
changeable(node(law_of_origin, _, _, _, _, _, _, _), _, law_permits) :- !.
changeable(node(reciprocity_cycle, _, _, _, _, _, _, _), _, law_permits) :- !.
changeable(node('fact:origin_law_permits_recognition', _, _, _, _, leaf, _, _), _, law_permits) :- !.
changeable(node(Id, Claim, _, _, _, leaf, _, _), _, fact(F, B)) :-
    atom_concat('fact:', F, Id),
    case_fact_name(F, _), !,
    claim_term(Claim, G),
    G =.. [_, F, B].
changeable(node('case:proceedings_started', Claim, _, _, _, leaf, _, _), _, proceedings(From, To)) :- !,
    claim_term(Claim, proceedings_instituted_between(From, To)).
changeable(node('kb:precedent', Claim, _, _, _, leaf, _, _), _, How) :-
    (   sub_string(Claim, 0, _, _, "origin_recognised_forum_judgment(")
    ->  How = recognition
    ;   sub_string(Claim, 0, _, _, "origin_refused_forum_judgment_for_lack_of_reciprocity(")
    ->  How = refusal
    ), !.
changeable(node('kb:arrangement', _, _, _, _, leaf, _, _), _, arrangement).

%   Claims of fact and proceedings leaves are written by the law (no case
%   text in them); they are read back as terms, never called.
claim_term(Claim, T) :-
    catch(term_string(T, Claim), _, fail),
    callable(T).

%   leaf_changes(+How, +Value, +Env, -Changes)
leaf_changes(fact(F, B), V, Env, [ch(1, Key, From, To, fact(F, To))]) :-
    ( V == true -> To = B ; negate(B, To) ),
    Env = env(_, case(_, Facts, _), _),
    ( memberchk(F-Old, Facts) -> From = Old ; From = null ),
    atom_concat('facts.', F, Key).
leaf_changes(law_permits, V, Env, [ch(2, 'evidence.origin_law_permits_recognition', From, V, evidence(law_permits(V)))]) :-
    Env = env(_, case(_, _, Ev), _),
    ( memberchk(law_permits(Old), Ev) -> From = Old ; From = null ).
leaf_changes(recognition, true, Env, [ch(2, 'evidence.origin_recognised_forum_judgments', null, item(Ref, AsOf, S), evidence(recognition(Ref, AsOf, S)))]) :-
    Env = env(_, Case, AsOf),
    case_value_of(Case, subject, S),
    evidence_ref(recognition, Case, Ref).
leaf_changes(recognition, false, _, []).
leaf_changes(refusal, true, Env, [ch(2, 'evidence.origin_refused_forum_judgments', null, item(Ref, AsOf, S, true), evidence(refusal(Ref, AsOf, S, true)))]) :-
    Env = env(_, Case, AsOf),
    case_value_of(Case, subject, S),
    evidence_ref(refusal, Case, Ref).
leaf_changes(refusal, false, _, []).
leaf_changes(arrangement, true, Env, [ch(2, 'evidence.reciprocity_arrangements', null, item(Ref, AsOf, null), evidence(arrangement(Ref, AsOf)))]) :-
    Env = env(_, Case, AsOf),
    evidence_ref(arrangement, Case, Ref).
leaf_changes(arrangement, false, _, []).
leaf_changes(proceedings(From, To), V, Env, Changes) :-
    Env = env(_, Case, _),
    ( case_value_of(Case, proceedings_started, Old) -> true ; Old = null ),
    (   V == true
    ->  Date = From
    ;   day_shift(From, -1, Date)
    ;   To \== open, Date = To
    ),
    (   iso_date(Date)
    ->  Changes = [ch(3, 'decision.proceedings_started', Old, Date, value(proceedings_started, Date))]
    ;   Changes = []
    ).

evidence_ref(Type, Case, Ref) :-
    case_value_of(Case, origin, O), case_value_of(Case, forum, F),
    state_name_or_code(O, ON), state_name_or_code(F, FN),
    evidence_words(Type, ON, FN, Ref).

evidence_words(recognition, ON, FN, Ref) :-
    format(string(Ref), "hypothetical: a court of ~s recognises a decision of a court of ~s", [ON, FN]).
evidence_words(refusal, ON, FN, Ref) :-
    format(string(Ref), "hypothetical: a court of ~s refuses a decision of a court of ~s for lack of reciprocity", [ON, FN]).
evidence_words(arrangement, ON, FN, Ref) :-
    format(string(Ref), "hypothetical: ~s and ~s agree on reciprocity", [FN, ON]).

state_name_or_code(S, N) :-
    (   catch(world:state_name(S, N0), _, fail) -> N = N0 ; atom_string(S, N) ).

                 /*******************************
                 *            OUTPUT            *
                 *******************************/

whatif_result_json(Summary, Answers, Options, json(Pairs)) :-
    R0 = Summary.result,
    R0.json = json(Current),
    option(max_size(MaxSize), Options),
    option(max_results(MaxResults), Options),
    option(explain(Explain), Options),
    result_fields(Current, [case, origin, forum, as_of, outcome, bases, refusal_grounds,
                            missing_facts, assumptions, caveats], Head),
    cycle_json(R0.root, Cycle),
    findall(AJ, ( nth1(I, Answers, Set-R), answer_json(I, Set, R, Summary, Explain, AJ) ), AJs),
    N = Summary.evaluations,
    append(Head, [ target=Summary.target, cycle=Cycle,
                   max_size=MaxSize, max_results=MaxResults,
                   exhausted= @(Summary.exhausted),
                   candidates=Summary.candidates,
                   evaluations=N,
                   answers=AJs ], Pairs).

result_fields(Pairs, Keys, Out) :-
    findall(K=V, ( member(K, Keys), memberchk(K=V, Pairs) ), Out).

answer_json(I, Set, R, Summary, Explain, json(Pairs)) :-
    maplist(change_json, Set, Changes),
    length(Set, Size),
    R.json = json(RP),
    result_fields(RP, [outcome, bases, refusal_grounds, caveats], Fields),
    (   Explain == true
    ->  derivation_of(Set, Summary, D),
        DP = [derivation=D]
    ;   DP = []
    ),
    append([[rank=I, size=Size, changes=Changes], Fields, DP], Pairs).

%   The answer's derivation: evaluated again, with explain(true).
derivation_of(Set, Summary, D) :-
    apply_changes(Set, Summary.case, Case1),
    select_option(explain(_), Summary.eval_options, Rest, _),
    evaluate_term(Case1, Summary.as_of, [explain(true)|Rest], R),
    R.json = json(P),
    memberchk(derivation=D, P).

change_json(ch(Rank, Key, From, To, _), json([kind=Kind, key=Key, op=Op, from=FromJ, to=ToJ, text=Text])) :-
    kind_rank(Kind, Rank),
    (   is_item(To) -> Op = add ; Op = set ),
    value_json(From, FromJ),
    value_json(To, ToJ),
    change_text(Op, Key, To, Text).

kind_rank(fact, 1).
kind_rank(evidence, 2).
kind_rank(decision, 3).

is_item(item(_, _, _)).
is_item(item(_, _, _, _)).

value_json(item(Ref, Date, S, ForLack), json([ref=Ref, date=Date, subject=S, for_lack_of_reciprocity= @(ForLack)])) :- !.
value_json(item(Ref, Date, null), json([ref=Ref, date=Date])) :- !.
value_json(item(Ref, Date, S), json([ref=Ref, date=Date, subject=S])) :- !.
value_json(V, @(V)) :- memberchk(V, [true, false, null]), !.
value_json(V, V).

change_text(set, Key, To, Text) :-
    format(string(Text), "set ~w = ~w", [Key, To]).
change_text(add, Key, Item, Text) :-
    arg(1, Item, Ref), arg(2, Item, Date),
    (   sub_string(Ref, 0, _, _, "hypothetical: ")
    ->  sub_string(Ref, 14, _, 0, Words)
    ;   Words = Ref
    ),
    format(string(Text), "add ~w: ~s, on ~w", [Key, Words, Date]).

%   The circular reciprocity the outcome rests on, if any: the first
%   reciprocity_cycle node anywhere in the derivation.
cycle_json(Root, Json) :-
    (   sub_node(Root, N),
        N = node(reciprocity_cycle, _, Text, _, _, _, _, E),
        memberchk(cycle(A, B), E)
    ->  Json = json([between=[A, B], text=Text])
    ;   Json = @(null)
    ).

sub_node(N, N).
sub_node(node(_, _, _, _, _, _, Cs, _), N) :-
    member(C, Cs), sub_node(C, N).
