"""A user's own rules: loaded through the sandbox, refused when unsafe, stopped when they loop."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, json_lines, run_cli
from pyenforce import Case, Engine, LimitExceeded, RulesError

TREATY = ROOT / "docs" / "exercises" / "atlantis.pl"      # the tutorial's own rule file
BR_KZ = {"id": "br-kz", "origin": "BR", "forum": "KZ", "application_date": "2024-06-01",
         "facts": {"final": True, "enforceable_in_origin": True, "defendant_notified": True,
                   "time_limit_met": True}}


@pytest.fixture
def case_file(tmp_path):
    f = tmp_path / "br-kz.json"
    f.write_text(json.dumps(BR_KZ))
    return f


def rule_file(tmp_path, name, text):
    f = tmp_path / name
    f.write_text(text)
    return f


def test_a_fictional_treaty_changes_the_outcome(case_file):
    without = json_lines(run_cli("check", "--format", "json", str(case_file)).stdout)[0]
    out = run_cli("check", "--format", "json", "--rules", str(TREATY), str(case_file))
    assert out.returncode == 0, out.stderr
    with_rules = json_lines(out.stdout)[0]
    assert without["outcome"] == "undetermined"
    assert without["missing_facts"] == ["origin_law_permits_recognition"]
    assert with_rules["outcome"] == "recognised"
    assert [(b["kind"], b["instrument"], b["rule"]) for b in with_rules["bases"]] == [
        ("treaty", "bilateral:BR-KZ", "kz_br_fictional_treaty")]
    # and only from the date the (fictional) treaty is in force
    before = json_lines(run_cli("check", "--format", "json", "--as-of", "2023-12-31", "--rules",
                                str(TREATY), str(case_file)).stdout)[0]
    assert before["outcome"] == "undetermined"
    text = run_cli("explain", "--rules", str(TREATY), str(case_file)).stdout
    assert "kz_br_fictional_treaty" in text and "fictional" in text


UNSAFE = {
    "shell.pl": (":- initialization(shell('touch pwned')).\n"
                 "rule(x, [citation(\"c\"), text(\"t\")], legal_basis('KZ', treaty(bilateral)), true).\n",
                 "shell/2"),
    "open.pl": ("peek(X) :- open('/etc/passwd', read, S), read(S, X).\n"
                "rule(x, [citation(\"c\"), text(\"t\")], legal_basis('KZ', treaty(bilateral)), peek(_)).\n",
                "open/3"),
    "assert.pl": ("hack :- assertz(law:rule(evil, [], legal_basis('KZ', treaty(bilateral)), true)).\n"
                  "rule(x, [citation(\"c\"), text(\"t\")], legal_basis('KZ', treaty(bilateral)), hack).\n",
                  "assertz/1"),
    "cross.pl": ("law:rule(evil, [citation(\"c\"), text(\"t\")], legal_basis('KZ', treaty(bilateral)), true).\n"
                 "rule(x, [citation(\"c\"), text(\"t\")], legal_basis('KZ', treaty(bilateral)), true).\n",
                 "law:rule/4"),
    "replace.pl": ("rule(kz_cpc_501_reciprocity_de_jure, [citation(\"c\"), text(\"t\")], "
                   "legal_basis('KZ', reciprocity(de_jure)), true).\n",
                   "may not replace the engine's own"),
    "unknown.pl": ("rule(x, [citation(\"c\"), text(\"t\")], legal_basis('KZ', treaty(bilateral)), "
                   "no_such_goal(1)).\n",
                   "neither a goal pyenforce knows"),
}


@pytest.mark.parametrize("name", list(UNSAFE))
def test_unsafe_or_malformed_rule_files_are_refused(tmp_path, case_file, name):
    text, why = UNSAFE[name]
    f = rule_file(tmp_path, name, text)
    out = run_cli("check", "--rules", str(f), str(case_file), cwd=tmp_path)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and str(f) in lines[0] and why in lines[0], out.stderr
    assert out.stdout == "" and "Traceback" not in out.stderr
    assert not (tmp_path / "pwned").exists()


def test_a_looping_rule_is_stopped_and_the_engine_survives(tmp_path):
    f = rule_file(tmp_path, "loop.pl", "spin :- spin.\n"
                  "rule(kz_loop, [citation(\"c\"), text(\"t\")], legal_basis('KZ', treaty(bilateral)), spin).\n")
    engine = Engine(time_limit=1.0, inference_limit=10**12)
    assert engine.load_rules(f) == ["kz_loop"]
    try:
        with pytest.raises(LimitExceeded):
            engine.evaluate(Case.from_dict(BR_KZ))
    finally:
        engine.unload_rules()
    assert engine.evaluate(Case.from_dict(BR_KZ)).outcome == "undetermined"
    out = run_cli("check", "--time-limit", "1", "--rules", str(f), "-", input=json.dumps(BR_KZ))
    # stopped by whichever limit it reaches first: one second, or 50 million inferences
    assert out.returncode == 1 and "exceeded its" in out.stderr and "Traceback" not in out.stderr


def test_load_rules_api_refuses_and_adds_nothing(tmp_path):
    engine = Engine()
    f = rule_file(tmp_path, "bad.pl", UNSAFE["open.pl"][0])
    with pytest.raises(RulesError, match="open/3"):
        engine.load_rules(f)
    assert engine.evaluate(Case.from_dict(BR_KZ)).outcome == "undetermined"
