"""`pyenforce whatif`: the minimal changes that turn the outcome (issue 4, items 2 and 5)."""
from __future__ import annotations

import copy
import itertools
import json
import time

import pytest

from conftest import EXAMPLE_IDS, example, example_data, json_lines, run_cli
from pyenforce import Case
from pyenforce.commands.whatif import whatif
from pyenforce.render import lines_fit

FAVOURABLE = {"final": True, "enforceable_in_origin": True, "defendant_notified": True,
              "defendant_heard": True, "origin_had_jurisdiction": True}

KZ_ONLY_FINAL_FALSE = {
    "id": "kz-final", "origin": "NL", "forum": "KZ", "application_date": "2023-03-01",
    "facts": {**FAVOURABLE, "final": False, "forum_exclusive_jurisdiction": False,
              "conflicting_judgment": False, "time_limit_met": True},
    "evidence": {"origin_law_permits_recognition": True}}
KZ_IN_DE = {"id": "kz-de", "origin": "KZ", "forum": "DE", "application_date": "2023-03-01",
            "facts": dict(FAVOURABLE)}
DE_IN_KZ = {"id": "de-kz", "origin": "DE", "forum": "KZ", "application_date": "2023-03-01",
            "facts": {**FAVOURABLE, "time_limit_met": True}}
UA_IN_DE_HAGUE = {"id": "ua-de", "origin": "UA", "forum": "DE", "application_date": "2024-06-01",
                  "decision": {"proceedings_started": "2023-10-01"}, "facts": dict(FAVOURABLE)}
UA_IN_DE_NO_DATE = {"id": "ua-de-2", "origin": "UA", "forum": "DE",
                    "application_date": "2024-06-01", "facts": dict(FAVOURABLE)}
CONSTRUCTED = [KZ_ONLY_FINAL_FALSE, KZ_IN_DE, DE_IN_KZ, UA_IN_DE_HAGUE, UA_IN_DE_NO_DATE]


def case_file(tmp_path, data: dict):
    path = tmp_path / f"{data['id']}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def run_json(*args: str) -> dict:
    out = run_cli("whatif", "--format", "json", *args)
    assert out.returncode == 0, out.stderr
    [data] = json_lines(out.stdout)
    return data


def key_to(answer: dict) -> list[tuple[str, object]]:
    return [(c["key"], json.dumps(c["to"], sort_keys=True)) for c in answer["changes"]]


def apply(case: dict, changes: list[dict]) -> dict:
    """The case with the changes made, as a user would edit the file."""
    d = copy.deepcopy(case)
    for c in changes:
        section, name = c["key"].split(".", 1)
        d.setdefault(section, {})
        if c["op"] == "add":
            d[section] = {**d[section], name: list(d[section].get(name, [])) + [c["to"]]}
        else:
            d[section][name] = c["to"]
    return d


def test_help_shows_examples():
    out = run_cli("whatif", "--help")
    assert out.returncode == 0
    assert "Example" in out.stdout and "pyenforce whatif" in out.stdout
    assert "--max-size" in out.stdout and "--max-results" in out.stdout


def test_a_single_failing_condition_comes_first(tmp_path):
    data = run_json(case_file(tmp_path, KZ_ONLY_FINAL_FALSE))
    assert data["outcome"] == "refused" and data["target"] == "recognised"
    first = data["answers"][0]
    assert first["size"] == 1
    assert first["changes"] == [{"kind": "fact", "key": "facts.final", "op": "set",
                                 "from": False, "to": True, "text": "set facts.final = true"}]
    assert first["outcome"] == "recognised" and first["bases"]


def test_us_ru_first_answer_is_a_post_2022_us_recognition():
    data = run_json(str(example("us-ru-2023")))
    assert data["outcome"] == "refused"
    first = data["answers"][0]
    assert first["size"] == 1 and first["outcome"] == "recognised"
    [change] = first["changes"]
    assert change["kind"] == "evidence" and change["op"] == "add"
    assert change["key"] == "evidence.origin_recognised_forum_judgments"
    assert change["to"]["date"] > "2022-02-28"
    assert [b["rule"] for b in first["bases"]] == ["ru_unfriendly_state_current_reciprocity"]


def test_a_recognised_case_turns_refused_by_fraud(tmp_path):
    data = run_json("--max-results", "100", case_file(tmp_path, UA_IN_DE_HAGUE))
    assert data["outcome"] == "recognised" and data["target"] == "refused"
    [fraud] = [a for a in data["answers"] if key_to(a) == [("facts.fraud", "true")]]
    assert fraud["outcome"] == "refused"
    assert "fraud" in [g["ground"] for g in fraud["refusal_grounds"]]


def test_what_breaks_circular_reciprocity(tmp_path):
    data = run_json(case_file(tmp_path, KZ_IN_DE))
    assert data["outcome"] == "refused" and data["cycle"]["between"] == ["DE", "KZ"]
    keys = [[k for k, _ in key_to(a)] for a in data["answers"]]
    assert ["evidence.origin_law_permits_recognition"] in keys         # origin law permits
    assert ["evidence.origin_recognised_forum_judgments"] in keys       # a precedent
    assert ["evidence.reciprocity_arrangements"] not in keys            # Germany takes none
    other = run_json(case_file(tmp_path, DE_IN_KZ))
    assert other["cycle"]["between"] == ["KZ", "DE"]
    assert ["evidence.reciprocity_arrangements"] in [[k for k, _ in key_to(a)]
                                                      for a in other["answers"]]  # Kazakhstan does
    text = run_cli("whatif", case_file(tmp_path, KZ_IN_DE)).stdout
    assert "circular" in text and "breaks the circle" in text


@pytest.mark.parametrize("name", EXAMPLE_IDS + [c["id"] for c in CONSTRUCTED])
def test_answers_turn_the_outcome_and_are_minimal(engine, name):
    raw = next((c for c in CONSTRUCTED if c["id"] == name), None) or example_data(name)
    case = Case.from_dict(raw, name)
    data = whatif(engine, case, max_size=3, max_results=100)
    target = data["target"]
    assert target == ("refused" if data["outcome"] == "recognised" else "recognised")
    sets = [set(key_to(a)) for a in data["answers"]]
    for a, b in itertools.permutations(sets, 2):
        assert not a <= b, f"{sorted(b)} is not minimal: {sorted(a)} does it"
    sizes = [a["size"] for a in data["answers"]]
    assert sizes == sorted(sizes)                                     # smallest first
    for answer in data["answers"]:
        changed = engine.evaluate(Case.from_dict(apply(raw, answer["changes"]), name), explain=False)
        assert changed.outcome == target == answer["outcome"]
        for n in range(1, len(answer["changes"])):
            for part in itertools.combinations(answer["changes"], n):
                sub = engine.evaluate(Case.from_dict(apply(raw, list(part)), name), explain=False)
                assert sub.outcome != target, f"{part} alone turns it"


def test_bounded_by_max_size_and_max_results():
    data = run_json("--max-results", "2", str(example("nl-kz-2023")))
    assert len(data["answers"]) == 2 and data["exhausted"] is False
    one = run_json("--max-size", "1", "--max-results", "100", str(example("th-cn-2024")))
    assert one["answers"] and all(a["size"] == 1 for a in one["answers"])
    two = run_json("--max-size", "2", "--max-results", "100", str(example("th-cn-2024")))
    assert len(two["answers"]) > len(one["answers"])                 # a size-2 answer exists
    assert max(a["size"] for a in two["answers"]) == 2


def test_explain_adds_each_answers_derivation():
    data = run_json("--explain", str(example("us-ru-2023")))
    assert data["answers"][0]["derivation"]["rule"] == "recognition_and_enforcement"
    assert data["answers"][0]["derivation"]["holds"] is True
    plain = run_json(str(example("us-ru-2023")))
    assert "derivation" not in plain["answers"][0]


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_text_fits_80_columns(name):
    out = run_cli("whatif", "--explain", str(example(name)))
    assert out.returncode == 0, out.stderr
    assert list(lines_fit(out.stdout)) == []
    assert "1. " in out.stdout and "→" in out.stdout


def test_text_reads_as_the_issue_asks(tmp_path):
    out = run_cli("whatif", case_file(tmp_path, KZ_ONLY_FINAL_FALSE))
    assert out.returncode == 0, out.stderr
    assert "REFUSED" in out.stdout
    assert "1. set facts.final = true → recognised (basis:" in out.stdout


@pytest.mark.parametrize("args, words", [
    (["--max-size", "0"], "--max-size"),
    (["--max-size", "many"], "--max-size"),
    (["--max-results", "0"], "--max-results"),
])
def test_bad_options_exit_2_with_one_line(args, words):
    out = run_cli("whatif", *args, str(example("us-ru-2023")))
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in out.stderr


def test_bad_case_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"origin": "NL", "forum": "KZ", "application_date": "2023-03-01",
                               "facts": {"finall": True}}))
    out = run_cli("whatif", str(bad))
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "facts.finall" in lines[0]
    missing = run_cli("whatif", str(tmp_path / "nowhere.json"))
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_each_example_answers_well_under_a_second(engine, name):
    case = Case.from_file(example(name))
    whatif(engine, case)                                             # warm up
    start = time.perf_counter()
    data = whatif(engine, case)
    assert time.perf_counter() - start < 0.5
    assert data["evaluations"] <= 30
