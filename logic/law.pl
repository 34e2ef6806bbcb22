/*  law.pl -- the language in which pyenforce writes the law.

    A legal rule is data: an id, its metadata, a head and a body.

        law:rule(Id, Meta, Head, Body).

    Id     a stable atom such as kz_cpc_501_reciprocity_de_jure.
    Meta   a list of:
             citation(String)      the legal source, as a lawyer would cite it
             text(String)          one plain sentence saying what the rule says
             valid(From, To)       ISO date atoms; To = open when still in force
             discretionary(Bool)   refusal grounds: may the court refuse (true)
                                   or must it (false)?
             unconfirmed(String)   what the sources do not confirm, and why
             overrides(Ids)        the rules this one displaces where it applies
             subject_to(Ids)       the rules that displace this one where they
                                   apply ("subject to")
             scope(Scope)          the rule's forum is its head's first
                                   argument, and it applies in every forum of
                                   Scope (us, eu, cis, ...)
             kind(Kind)            it applies only to decisions of Kind
                                   (judgment, arbitral_award)
             placeholder(true)     it stands for law not modelled: its value
                                   is unknown by design
    Head   a ground-when-called goal, e.g. legal_basis('KZ', reciprocity(de_jure)).
    Body   a conjunction (',') / disjunction (';') / negation (\+) of goals
           that are rule heads, leaves (facts of the case, three-valued, see
           case.pl) or data goals about the world (two-valued, see world.pl).

    Rules are pure: no cuts, no side effects. They are never called
    directly; explain.pl interprets them, so that it can say both why
    something holds and why it does not.
*/
:- module(law,
          [ rule_meta/3,                % ?Id, ?Key, ?Value
            rule_in_force/2,            % +Id, +Date
            rule_validity/3             % +Id, -From, -To
          ]).

:- multifile rule/4.
:- discontiguous rule/4.
:- dynamic rule/4.                      % lets a user rule file add rules (issue 6)

%!  rule_meta(?Id, ?Key, ?Value) is nondet.
%
%   Value is the Key entry of rule Id's metadata, e.g.
%   rule_meta(kz_cpc_501_reciprocity_de_jure, citation, C).

rule_meta(Id, Key, Value) :-
    rule(Id, Meta, _, _),
    Term =.. [Key, Value],
    memberchk(Term, Meta).

%!  rule_validity(+Id, -From, -To) is det.
%
%   The dates between which rule Id is law. Every legal basis and ground
%   of refusal states them (law.plt checks it; '0000-01-01' where the law
%   has no date of commencement, such as the common law); another rule
%   without a valid/2 entry -- a user's, or a connective of decision.pl --
%   is treated as always in force (From = '0000-01-01', To = open).

rule_validity(Id, From, To) :-
    rule(Id, Meta, _, _),
    (   memberchk(valid(From0, To0), Meta)
    ->  From = From0, To = To0
    ;   From = '0000-01-01', To = open
    ).

%!  rule_in_force(+Id, +Date) is semidet.
%
%   True when rule Id is law on Date (an ISO date atom). A rule is in
%   force from its first day up to, not including, its end date.

rule_in_force(Id, Date) :-
    rule_validity(Id, From, To),
    From @=< Date,
    ( To == open -> true ; Date @< To ).
