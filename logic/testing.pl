/*  testing.pl -- helpers for the plunit tests beside each rule file.

    A test states a case as a dict, as a case file would, and asks for
    the outcome, the bases, the grounds or the derivation:

        test(reciprocity) :-
            kz_case(_{}, C),
            bases(C, Rules), memberchk(kz_cpc_501_reciprocity_de_jure, Rules).
*/
:- module(testing,
          [ case_result/2,              % +Dict, -Result
            case_result/3,              % +Dict, +AsOf, -Result
            outcome/2,                  % +Dict, -Outcome
            outcome/3,                  % +Dict, +AsOf, -Outcome
            bases/2,                    % +Dict, -RuleIds
            grounds/2,                  % +Dict, -GroundCodes
            ground_rules/2,             % +Dict, -RuleIds
            favourable_case/4,          % +Forum, +Origin, +Date, -Dict
            with_facts/3,               % +Dict, +Facts, -Dict2
            without_facts/3,            % +Dict, +Names, -Dict2
            with_evidence/3,            % +Dict, +Evidence, -Dict2
            rule_node/3                 % +Result, +RuleId, -Node
          ]).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- use_module(case).
:- use_module(decision).

%!  case_result(+Dict, -Result) is det.
%!  case_result(+Dict, +AsOf, -Result) is det.
case_result(Dict, R) :- case_result(Dict, application_date, R).
case_result(Dict, AsOf0, R) :-
    ( string(AsOf0) -> atom_string(AsOf, AsOf0) ; AsOf = AsOf0 ),
    case_from_dict(Dict, "test", Case),
    with_case(Case, AsOf, evaluate(R, [])).

outcome(Dict, O) :- case_result(Dict, R), O = R.outcome.
outcome(Dict, AsOf, O) :- case_result(Dict, AsOf, R), O = R.outcome.

bases(Dict, Rules) :-
    case_result(Dict, R),
    findall(Id, member(b(_, _, _, Id, _), R.bases), Rules).

grounds(Dict, Codes) :-
    case_result(Dict, R),
    findall(C, member(g(C, _, _, _), R.refusal_grounds), Codes).

ground_rules(Dict, Rules) :-
    case_result(Dict, R),
    findall(Id, member(g(_, Id, _, _), R.refusal_grounds), Rules).

%!  favourable_case(+Forum, +Origin, +Date, -Dict) is det.
%
%   A money judgment with every fact favourable to recognition stated.

favourable_case(Forum, Origin, Date, _{origin:Origin, forum:Forum, application_date:Date,
                                      facts:Facts}) :-
    Facts = _{ final:true, enforceable_in_origin:true, defendant_notified:true,
               defendant_heard:true, origin_had_jurisdiction:true,
               forum_exclusive_jurisdiction:false, conflicting_judgment:false,
               forum_proceedings_pending:false, fraud:false,
               public_policy_violation:false, time_limit_met:true,
               origin_system_impartial:true,
               respondent_under_foreign_sanctions:false }.

with_facts(D0, New, D) :-
    F0 = D0.facts, D = D0.put(facts, F0.put(New)).

without_facts(D0, Names, D) :-
    F0 = D0.facts,
    foldl([N, A, B]>>del_dict_if(N, A, B), Names, F0, F),
    D = D0.put(facts, F).

del_dict_if(K, D0, D) :- ( del_dict(K, D0, _, D1) -> D = D1 ; D = D0 ).

with_evidence(D0, Ev, D) :-
    (   get_dict(evidence, D0, E0) -> true ; E0 = _{} ),
    D = D0.put(evidence, E0.put(Ev)).

%!  rule_node(+Result, +RuleId, -Node) is nondet.
%
%   A node of Result's derivation that applies rule RuleId.

rule_node(R, Id, N) :-
    sub_node(R.root, N),
    N = node(Id, _, _, _, _, _, _, _).

sub_node(N, N).
sub_node(node(_, _, _, _, _, _, Cs, _), N) :- member(C, Cs), sub_node(C, N).
