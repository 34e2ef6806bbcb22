"""A deterministic generator of synthetic cases (format 1, JSON lines).

    .venv/bin/python bench/generate.py N [--seed S] > cases.jsonl

Covers every modelled forum, subject and kind of decision, dates from
2000 to 2026 and every pattern of facts (stated true, stated false, or
left unknown), with reciprocity evidence now and then. The same N and
seed always give the same file.
"""
from __future__ import annotations

import argparse
import json
import random
import sys

FORUMS = ["KZ", "RU", "CN", "DE", "GB", "FR", "NL", "IT", "PL", "US", "US-NY", "US-CA", "US-FL", "US-TX"]
ORIGINS = ["KZ", "RU", "CN", "DE", "GB", "FR", "NL", "IT", "US", "US-CA", "JP", "KR", "SG", "TH", "UA",
           "BY", "TR", "CH", "IL", "BR", "IN", "AE", "UY", "AD", "LT", "UZ", "KG", "AM", "VN", "EG"]
SUBJECTS = ["money"] * 6 + ["non_money", "insolvency", "family", "defamation", "penalty", "tax"]
FACTS = ["final", "enforceable_in_origin", "defendant_notified", "defendant_heard",
         "origin_had_jurisdiction", "forum_exclusive_jurisdiction", "conflicting_judgment",
         "forum_proceedings_pending", "fraud", "public_policy_violation", "time_limit_met",
         "origin_system_impartial", "speech_protection_adequate", "respondent_under_foreign_sanctions"]
AWARD_FACTS = ["arbitration_agreement_valid", "award_within_submission", "tribunal_properly_constituted",
               "arbitrable"]
FAVOURABLE = {"forum_exclusive_jurisdiction": False, "conflicting_judgment": False,
              "forum_proceedings_pending": False, "fraud": False, "public_policy_violation": False,
              "respondent_under_foreign_sanctions": False}


def date(rng: random.Random, lo: int = 2000, hi: int = 2026) -> str:
    return f"{rng.randint(lo, hi)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def case(i: int, rng: random.Random) -> dict:
    forum = FORUMS[i % len(FORUMS)]
    origin = rng.choice([o for o in ORIGINS if o.split("-")[0] != forum.split("-")[0]])
    kind = "arbitral_award" if rng.random() < 0.1 else "judgment"
    applied = date(rng)
    decision = {"kind": kind, "subject": rng.choice(SUBJECTS)}
    if rng.random() < 0.6:
        decision["proceedings_started"] = date(rng, 2000, int(applied[:4]))
    facts = {}
    for f in FACTS + (AWARD_FACTS if kind == "arbitral_award" else []):
        r = rng.random()
        if r < 0.2:
            continue                                   # unknown
        favourable = FAVOURABLE.get(f, True)
        facts[f] = favourable if r < 0.9 else not favourable
    evidence: dict = {}
    if rng.random() < 0.3:
        evidence["origin_law_permits_recognition"] = rng.random() < 0.7
    if rng.random() < 0.15:
        evidence["origin_recognised_forum_judgments"] = [{"ref": f"precedent {i}", "date": date(rng)}]
    if rng.random() < 0.05:
        evidence["reciprocity_arrangements"] = [{"ref": f"memorandum {i}", "date": date(rng)}]
    c = {"id": f"gen-{i}", "origin": origin, "forum": forum, "application_date": applied,
         "decision": decision, "facts": facts}
    if evidence:
        c["evidence"] = evidence
    if rng.random() < 0.3:
        c["parties"] = {"applicant": rng.choice(ORIGINS)}
    return c


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    opts = parser.parse_args()
    rng = random.Random(opts.seed)
    out = sys.stdout
    for i in range(opts.n):
        out.write(json.dumps(case(i, rng), separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
