"""Checks a result against the format-1 specification (section 2).

Written from the specification's text, independently of the code that
produces results, so that a change to either shows up here.
"""
from __future__ import annotations

from typing import Any

GROUND_CODES = {
    "not_final", "not_enforceable", "no_notice", "not_heard", "no_jurisdiction",
    "exclusive_jurisdiction", "conflicting_judgment", "pending_proceedings", "fraud",
    "public_policy", "sanctions", "time_limit", "systemic_due_process", "free_speech",
    "no_reciprocity", "no_legal_basis", "out_of_scope", "invalid_arbitration_agreement",
    "beyond_submission", "irregular_tribunal", "not_arbitrable",
}
FACTS = {
    "final", "enforceable_in_origin", "defendant_notified", "defendant_heard",
    "origin_had_jurisdiction", "forum_exclusive_jurisdiction", "conflicting_judgment",
    "forum_proceedings_pending", "fraud", "public_policy_violation", "time_limit_met",
    "origin_system_impartial", "speech_protection_adequate",
    "respondent_under_foreign_sanctions", "arbitration_agreement_valid",
    "award_within_submission", "tribunal_properly_constituted", "arbitrable",
}
INSTRUMENTS = {"hague2019", "nyc1958", "brussels_ia", "minsk1993", "chisinau2002"}


def problems(r: dict[str, Any]) -> list[str]:
    """Every way ``r`` departs from the specification (empty when it conforms)."""
    p: list[str] = []
    order = ["format", "case", "origin", "forum", "as_of", "outcome", "bases",
             "refusal_grounds", "missing_facts", "assumptions"]
    for key in order + ["derivation"]:
        if key not in r:
            p.append(f"missing key {key}")
    if p:
        return p
    if r["format"] != 1:
        p.append("format is not 1")
    for key in ("case", "origin", "forum", "as_of"):
        if not isinstance(r[key], str):
            p.append(f"{key} is not a string")
    if r["outcome"] not in ("recognised", "refused", "undetermined"):
        p.append(f"bad outcome {r['outcome']}")
    for b in r["bases"]:
        if set(b) != {"kind", "type", "instrument", "rule", "citation"}:
            p.append(f"basis keys {sorted(b)}")
            continue
        if b["kind"] not in ("treaty", "domestic_law", "reciprocity"):
            p.append(f"basis kind {b['kind']}")
        if b["kind"] == "reciprocity" and b["type"] not in ("de_jure", "presumed", "factual", "consensual"):
            p.append(f"reciprocity type {b['type']}")
        if b["kind"] == "treaty":
            inst = b["instrument"]
            if not (inst in INSTRUMENTS or (isinstance(inst, str) and _bilateral(inst))):
                p.append(f"instrument {inst}")
        if not b["rule"] or not b["citation"]:
            p.append("basis without rule or citation")
    for g in r["refusal_grounds"]:
        if set(g) != {"ground", "rule", "citation", "discretionary"}:
            p.append(f"ground keys {sorted(g)}")
            continue
        if g["ground"] not in GROUND_CODES:
            p.append(f"ground code {g['ground']}")
        if not isinstance(g["discretionary"], bool):
            p.append("discretionary is not a boolean")
    if r["outcome"] == "refused" and not r["refusal_grounds"]:
        p.append("refused without a ground")
    if r["outcome"] == "recognised" and (not r["bases"] or r["refusal_grounds"]):
        p.append("recognised without a basis, or with a ground")
    if r["outcome"] != "undetermined" and r["missing_facts"]:
        p.append("missing_facts outside undetermined")
    for f in r["missing_facts"] + r["assumptions"]:
        if not isinstance(f, str):
            p.append(f"fact name {f!r}")
    p.extend(_node_problems(r["derivation"], "derivation"))
    return p


def _bilateral(inst: str) -> bool:
    if not inst.startswith("bilateral:"):
        return False
    a, _, b = inst[len("bilateral:"):].partition("-")
    return len(a) == 2 and len(b) == 2 and a < b


def _node_problems(n: Any, path: str) -> list[str]:
    p: list[str] = []
    if not isinstance(n, dict):
        return [f"{path} is not an object"]
    for key, typ in (("rule", str), ("claim", str), ("text", str), ("citation", str),
                     ("holds", bool), ("children", list)):
        if not isinstance(n.get(key), typ):
            p.append(f"{path}.{key} is not {typ.__name__}")
    for i, c in enumerate(n.get("children", [])):
        p.extend(_node_problems(c, f"{path}.children[{i}]"))
    return p
