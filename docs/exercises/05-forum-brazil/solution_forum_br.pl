/*  solution_forum_br.pl -- Brazil as a forum: a teaching sketch, not the law.

    Written the way the files in logic/forums/ are written, so that it
    can be loaded beside them in plain swipl:

        $ swipl logic/load.pl docs/exercises/05-forum-brazil/solution_forum_br.pl

    Simplified from the Code of Civil Procedure of Brazil (Law
    13.105/2015), arts. 963-964: a foreign decision is recognised
    (homologated by the Superior Court of Justice) on conditions that
    do not include reciprocity.
*/
:- module(forum_br, []).
:- multifile law:rule/4, world:forum/3.

world:forum('BR', "Brazil",
            "Teaching sketch: Code of Civil Procedure 2015 arts. 963-964, no reciprocity required").

law:rule(br_cpc_963_homologation,
    [ citation("Code of Civil Procedure of Brazil (2015), art. 963 (teaching sketch)"),
      text("Brazil recognises a foreign decision that meets the conditions of art. 963; it does not ask for reciprocity.") ],
    legal_basis('BR', domestic_law(cpc_963)),
    kind_is(judgment)).

law:rule(br_cpc_963_not_effective,
    [ citation("Code of Civil Procedure of Brazil (2015), art. 963(III) (teaching sketch)"),
      text("Recognition is refused unless the decision is effective in the state where it was rendered; the applicant must show it."),
      kind(judgment), discretionary(false) ],
    refusal_ground('BR', not_final),
    \+ applicant_proves(final, true)).

law:rule(br_cpc_963_no_summons,
    [ citation("Code of Civil Procedure of Brazil (2015), art. 963(II) (teaching sketch)"),
      text("Recognition is refused unless the defendant was regularly summoned; the applicant must show it."),
      kind(judgment), discretionary(false) ],
    refusal_ground('BR', no_notice),
    \+ applicant_proves(defendant_notified, true)).

law:rule(br_cpc_964_exclusive_jurisdiction,
    [ citation("Code of Civil Procedure of Brazil (2015), art. 964 (teaching sketch)"),
      text("Recognition is refused where the dispute falls within the exclusive jurisdiction of the Brazilian courts."),
      kind(judgment), discretionary(false) ],
    refusal_ground('BR', exclusive_jurisdiction),
    resisting_party_proves(forum_exclusive_jurisdiction, true)).

law:rule(br_cpc_963_public_order,
    [ citation("Code of Civil Procedure of Brazil (2015), art. 963(VI) (teaching sketch)"),
      text("Recognition is refused where the decision manifestly offends Brazilian public order."),
      kind(judgment), discretionary(false) ],
    refusal_ground('BR', public_policy),
    resisting_party_proves(public_policy_violation, true)).
