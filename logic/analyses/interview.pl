/*  interview.pl -- what to ask next (pyenforce ask).

    Starting from what the case file knows, the interview asks only for
    the unknown facts on which the outcome still turns, one at a time,
    most decisive first:

      1. The unknowns of the case are its missing facts (the applicant's
         burden): once none is left the outcome is recognised or refused,
         and settled. With the option challenge(true) the assumptions too
         (the resisting party's burden, taken as not established): an
         assumed fact is unknown as well, and the user may know what the
         resisting party can prove.
      2. Each is kept only if it can be asked (a vocabulary fact, the
         evidence on the law of origin, or the date the proceedings
         began; the forum's national law, not modelled, cannot be) and
         was not skipped, and only if some answer to it changes the
         outcome: the case is evaluated with each answer (for a date,
         each relevant instrument's start date and the day before it).
      3. Ranking: a question every answer to which settles the outcome
         (recognised or refused) first; then those that settle it for
         more answers; then the order in which the derivation needs them
         (its mattering branches, read left to right).
      4. When no question is left, the outcome is settled: nothing the
         outcome turns on is unknown, or no answer can change it, or
         what remains cannot be asked or was skipped (the answer says
         which).

    The "why" of a question is the rule that needs the fact: the nearest
    rule of the law above the leaf in the derivation.
*/
:- module(interview,
          [ next_question_json/4,       % +CaseText, +AsOf, +OptionsText, -OutAtom
            next_question/4,            % +Case, +AsOf, +Options, -Dict
            interview_candidates/4      % +Case, +AsOf, +Options, -Candidates
          ]).
:- use_module(library(http/json)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- use_module(library(option)).
:- use_module(library(pairs)).
:- use_module(library(yall)).
:- use_module('../analysis').
:- use_module('../explain').
:- use_module('../law').
:- use_module('../kb/vocabulary').
:- use_module('../case', [day_shift/3]).

%!  next_question_json(+CaseText, +AsOf, +OptionsText, -Out) is det.
%
%   CaseText is one case (JSON); AsOf is "" (the application date) or an
%   ISO date; OptionsText a JSON object: time_limit, inference_limit,
%   and skip, a list of question keys ("facts.fraud") not to ask again.
%   Out is an atom holding
%     {"settled": true, "outcome": O, "reason": R, "not_askable": [...],
%      "skipped": [...]}
%   or
%     {"settled": false, "outcome": O, "question": Q, "candidates": N}
%   or {"error": {...}}.

next_question_json(Text, AsOf0, OptionsText, Out) :-
    catch(( limits_options(OptionsText, Options),
            case_input(Text, AsOf0, Case, AsOf),
            next_question(Case, AsOf, Options, Json) ),
          E, analysis_error_json(E, Json)),
    with_output_to(string(S), json_write_dict(current_output, Json, [width(0)])),
    Out = S.

%!  next_question(+Case, +AsOf, +Options, -Dict) is det.
%
%   The next question for Case (a checked case term, analysis.pl) on
%   AsOf, or the settled outcome; Dict as in next_question_json/4.

next_question(Case, AsOf, Options, Dict) :-
    interview_state(Case, AsOf, Options, Outcome, Candidates, NotAskable, Skipped),
    length(Candidates, N),
    (   Candidates = [Best|_]
    ->  question_dict(Best, Q),
        Dict = _{settled:false, outcome:Outcome, question:Q, candidates:N}
    ;   settled_reason(NotAskable, Skipped, Reason),
        Dict = _{settled:true, outcome:Outcome, reason:Reason,
                 not_askable:NotAskable, skipped:Skipped}
    ).

%!  interview_candidates(+Case, +AsOf, +Options, -Candidates) is det.
%
%   The questions that could change the outcome, best first: each is
%   q(Key, Kind, Fact, Text, Why, Outcomes), Outcomes a list of
%   Answer-Outcome.

interview_candidates(Case, AsOf, Options, Candidates) :-
    interview_state(Case, AsOf, Options, _, Candidates, _, _).

interview_state(Case, AsOf, Options, Outcome, Candidates, NotAskable, Skipped) :-
    evaluate_term(Case, AsOf, Options, R),
    Outcome = R.outcome,
    option(skip(Skip0), Options, []),
    maplist([S, A]>>atom_string(A, S), Skip0, Skip),
    (   option(challenge(true), Options)
    ->  append(R.missing_facts, R.assumptions, Unknown0)
    ;   Unknown0 = R.missing_facts
    ),
    list_to_set(Unknown0, Unknown),
    needs(R.root, Needs),
    foldl(classify(Skip), Unknown, [], Classified),
    reverse(Classified, Cls),
    include([ask(_)]>>true, Cls, Asks),
    findall(F, member(not_askable(F), Cls), NotAskable),
    findall(K, member(skipped(K), Cls), Skipped),
    findall(Score-Q,
            ( member(ask(F), Asks),
              candidate(Case, AsOf, Options, Outcome, R.root, Needs, F, Score, Q) ),
            Scored),
    keysort(Scored, Sorted),
    pairs_values(Sorted, Candidates).

classify(Skip, F, Acc, [C|Acc]) :-
    (   \+ askable(F, _, _)
    ->  C = not_askable(F)
    ;   askable(F, Key, _), memberchk(Key, Skip)
    ->  C = skipped(Key)
    ;   C = ask(F)
    ).

%!  askable(?Fact, ?Key, ?Kind) is nondet.
%
%   Fact, an unknown of a result, can be asked for as the case file's
%   Key; Kind is boolean or date.

askable(F, Key, boolean) :-
    atom(F), case_fact_name(F, _),
    atom_concat('facts.', F, Key).
askable(origin_law_permits_recognition, 'evidence.origin_law_permits_recognition', boolean).
askable('decision.proceedings_started', 'decision.proceedings_started', date).

%   candidate(+Case, +AsOf, +Options, +Outcome, +Root, +Needs, +Fact, -Score, -Q)
%   Fact is a question some answer to which changes Outcome.
candidate(Case, AsOf, Options, Outcome, Root, Needs, F, Score, Q) :-
    askable(F, Key, Kind),
    answers(Kind, F, Root, Answers),
    Answers \== [],
    findall(A-O, ( member(A, Answers),
                   case_answered(Case, F, A, Case2),
                   evaluate_term(Case2, AsOf, Options, R2),
                   O = R2.outcome ), Pairs),
    member(_-O1, Pairs), O1 \== Outcome, !,
    labelled(Kind, F, Root, Pairs, Outcomes),
    (   nth0(Order, Needs, need(F, _, _)) -> true ; length(Needs, Order) ),
    question_score(Outcomes, Order, Score),
    why(F, Needs, Why),
    question_text(F, Kind, Needs, Text),
    Q = q(Key, Kind, F, Text, Why, Outcomes).

%!  question_score(+Outcomes, +Order, -Score) is det.
%
%   Score orders questions, the lowest first (keysort): s(NotAll,
%   Unsettled, Order) -- NotAll is 0 when every answer settles the
%   outcome (recognised or refused), Unsettled the number of answers
%   that leave it undetermined, Order the place in the derivation.

question_score(Outcomes, Order, s(NotAll, Unsettled, Order)) :-
    include([a(_, _, O)]>>memberchk(O, [recognised, refused]), Outcomes, Settling),
    length(Outcomes, NA), length(Settling, NS),
    (   NS =:= NA -> NotAll = 0 ; NotAll = 1 ),
    Unsettled is NA - NS.

%!  case_answered(+Case, +Fact, +Answer, -Case2) is det.
case_answered(Case, origin_law_permits_recognition, B, Case2) :- !,
    case_with_evidence(Case, law_permits(B), Case2).
case_answered(Case, 'decision.proceedings_started', D, Case2) :- !,
    case_with_value(Case, proceedings_started, D, Case2).
case_answered(Case, F, B, Case2) :-
    case_with_fact(Case, F, B, Case2).

%   answers(+Kind, +Fact, +Root, -Answers): the answers to try. For a
%   date: the day before the earliest boundary, then each boundary (the
%   start, or the end, of an instrument's window for the proceedings):
%   the outcome can change only at a boundary, so each of these stands
%   for the dates up to the next one.
answers(boolean, _, _, [true, false]).
answers(date, F, Root, [First|Bounds]) :-
    date_bounds(F, Root, Bounds),
    Bounds = [B1|_],
    day_shift(B1, -1, First).
answers(date, F, Root, []) :-
    date_bounds(F, Root, []).

date_bounds(F, Root, Bounds) :-
    findall(D, ( tree_node(Root, N),
                 node_extra(N, missing(F)),
                 N = node(_, Claim, _, _, _, _, _, _),
                 catch(term_string(T, Claim), _, fail),
                 T = proceedings_instituted_between(From, To),
                 (   D = From
                 ;   To \== open, D = To
                 ),
                 atom(D) ), Ds),
    sort(Ds, Bounds).

%   labelled(+Kind, +Fact, +Root, +Pairs, -Outcomes): a(Answer, Label,
%   Outcome) for each answer; for a date, the periods between the
%   boundaries, neighbours with the same outcome merged.
labelled(boolean, _, _, Pairs, Outcomes) :-
    maplist([A-O, a(A, L, O)]>>( A == true -> L = "yes" ; L = "no" ), Pairs, Outcomes).
labelled(date, _, _, Pairs, Outcomes) :-
    pairs_keys(Pairs, [_|Bounds]),
    append(Bounds, [none], Ends),
    maplist([A-O, End, p(A, End, O)]>>true, Pairs, Ends, Periods0),
    Periods0 = [p(A0, E0, O0)|Ps],
    merge_periods(Ps, p(A0, E0, O0), Periods),
    Periods = [p(First, _, _)|_],
    maplist(period_answer(First), Periods, Outcomes).

merge_periods([], P, [P]).
merge_periods([p(_, E, O)|Ps], p(A0, _, O0), Out) :-
    O == O0, !,
    merge_periods(Ps, p(A0, E, O0), Out).
merge_periods([P|Ps], P0, [P0|Out]) :-
    merge_periods(Ps, P, Out).

period_answer(First, p(A, End, O), a(A, Label, O)) :-
    (   A == First, End == none -> Label = "any date"
    ;   A == First -> format(string(Label), "before ~w", [End])
    ;   End == none -> format(string(Label), "on or after ~w", [A])
    ;   format(string(Label), "on or after ~w and before ~w", [A, End])
    ).

tree_node(N, N).
tree_node(node(_, _, _, _, _, _, Cs, _), N) :-
    member(C, Cs),
    tree_node(C, N).

                 /*******************************
                 *   WHAT THE DERIVATION NEEDS  *
                 *******************************/

%!  needs(+Root, -Needs) is det.
%
%   Needs lists need(Fact, Node, Ancestors) for each unknown (missing or
%   assumed) fact on a branch the outcome turns on, in the order the
%   derivation reaches them, each fact once: Node carries the mark,
%   Ancestors are the nodes above it, nearest first.

needs(Root, Needs) :-
    phrase(needs(Root, []), Needs0),
    first_needs(Needs0, [], Needs).

needs(N, Anc) -->
    { N = node(_, _, _, _, V, Op, Cs, Extra),
      findall(need(F, N, Anc), ( member(E, Extra), unknown_mark(E, F) ), Marks),
      matter_flags(Op, V, Cs, Flags),
      pairs_keys_values(Pairs, Flags, Cs),
      findall(C, member(true-C, Pairs), Ms) },
    Marks,
    needs_list(Ms, [N|Anc]).

needs_list([], _) --> [].
needs_list([N|Ns], Anc) --> needs(N, Anc), needs_list(Ns, Anc).

unknown_mark(missing(F), F).
unknown_mark(assumed(F), F).

first_needs([], _, []).
first_needs([need(F, N, A)|T], Seen, Out) :-
    (   memberchk(F, Seen)
    ->  Out = Out1
    ;   Out = [need(F, N, A)|Out1]
    ),
    first_needs(T, [F|Seen], Out1).

%   why(+Fact, +Needs, -Why): the rule of the law nearest above the
%   fact's leaf, and who must prove the fact.
why(F, Needs, why(Id, Cite, Text, Burden)) :-
    (   memberchk(need(F, Node, Anc), Needs),
        member(node(Id, _, _, _, _, _, _, _), [Node|Anc]),
        law:rule(Id, Meta, _, _)
    ->  ( memberchk(citation(Cite), Meta) -> true ; Cite = "" ),
        ( memberchk(text(Text), Meta) -> true ; Text = "" )
    ;   Id = null, Cite = "", Text = ""
    ),
    (   memberchk(need(F, Node1, _), Needs), node_extra(Node1, assumed(F))
    ->  Burden = resisting_party
    ;   Burden = applicant
    ).

                 /*******************************
                 *          QUESTIONS           *
                 *******************************/

%   question_text(+Fact, +Kind, +Needs, -Text)
question_text(F, boolean, _, Text) :-
    case_fact_name(F, Sentence), !,
    format(string(Text), "Is it true that ~s?", [Sentence]).
question_text(origin_law_permits_recognition, boolean, Needs, Text) :-
    (   memberchk(need(origin_law_permits_recognition, N, _), Needs),
        N = node(_, _, T0, _, _, leaf, _, _),
        sub_string(T0, 0, _, _, "The law of ")
    ->  sentence_body(T0, Body),
        format(string(Text), "Is it true that ~s?", [Body])
    ;   Text = "Does the law of the state of origin permit its courts to recognise decisions of the forum's courts?"
    ).
question_text('decision.proceedings_started', date, _,
              "On what date were the proceedings in the state of origin instituted (YYYY-MM-DD)?").

%   "The law of X permits ... (money)." -> "the law of X permits ... (money)"
sentence_body(S, Body) :-
    string_concat(S0, ".", S), !,
    sentence_body(S0, Body).
sentence_body(S, Body) :-
    sub_string(S, 0, 1, _, First),
    sub_string(S, 1, _, 0, Rest),
    string_lower(First, L),
    string_concat(L, Rest, Body).

question_dict(q(Key, Kind, F, Text, why(Id, Cite, WText, Burden), Outcomes), Q) :-
    maplist([a(A, L, O), _{answer:A, label:L, outcome:O}]>>true, Outcomes, Os),
    Q = _{key:Key, kind:Kind, fact:F, text:Text,
          why:_{rule:Id, citation:Cite, text:WText, burden:Burden},
          outcomes:Os}.

settled_reason([], [], "Nothing left unknown can change the outcome.") :- !.
settled_reason(NotAskable, Skipped, Reason) :-
    findall(S, ( member(F, NotAskable), not_askable_words(F, S) ), Ws),
    (   Skipped == [] -> Sk = []
    ;   atomic_list_concat(Skipped, ', ', SkA),
        format(string(SkS), "skipped: ~w", [SkA]),
        Sk = [SkS]
    ),
    append(Ws, Sk, Parts),
    atomic_list_concat(Parts, '; ', P),
    format(string(Reason), "Nothing left to ask can change the outcome (~w).", [P]).

not_askable_words(forum_national_law,
                  "the forum's national law is not modelled, so no answer about it can be given here") :- !.
not_askable_words(treaty_in_force,
                  "whether the treaty was already in force on the date is a fact of the law, not of the case, and the sources do not give it") :- !.
not_askable_words(forum_earlier_law,
                  "the forum's law before the date from which it is modelled is not modelled, so no answer about it can be given here") :- !.
not_askable_words(F, S) :-
    format(string(S), "~w cannot be asked", [F]).
