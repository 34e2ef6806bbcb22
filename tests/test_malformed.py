"""Malformed input: one clear line naming the file, the key and what was expected; exit 2."""
from __future__ import annotations

import json

import pytest

from conftest import example, example_data, run_cli


def write(tmp_path, name, text):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return f


def case_with(**changes):
    d = example_data("nl-kz-2023")
    for path, value in changes.items():
        keys = path.split("__")
        target = d
        for k in keys[:-1]:
            target = target[k]
        if value is ...:
            del target[keys[-1]]
        else:
            target[keys[-1]] = value
    return json.dumps(d)


CASES = {
    "bad_json": ('{"origin": "NL", "forum": ', "", "valid JSON"),
    "missing_forum": (case_with(forum=...), 'key "forum"', "required"),
    "unknown_fact": (case_with(facts__is_nice=True), 'key "facts.is_nice"', "a fact of the format-1 vocabulary"),
    "final_yes": (case_with(facts__final="yes"), 'key "facts.final"', 'expected true or false, found "yes"'),
    "bad_date": (case_with(application_date="2023-13-01"), 'key "application_date"', "an ISO date YYYY-MM-DD"),
    "unknown_state": (case_with(origin="XX"), 'key "origin"', "ISO 3166-1 alpha-2"),
    "unknown_key": (case_with(colour="red"), 'key "colour"', "no such key"),
    "unknown_subject": (case_with(decision__subject="love"), 'key "decision.subject"', "one of money"),
    "not_an_object": ("[1, 2]", "", "a JSON object"),
    "bad_evidence": (case_with(evidence__origin_recognised_forum_judgments=[{"ref": "x", "date": "someday"}]),
                     'key "evidence.origin_recognised_forum_judgments[0].date"', "an ISO date"),
    "format_2": (case_with(format=2), 'key "format"', "expected 1"),
    "not_foreign": (case_with(origin="KZ"), 'key "origin"', "a state other than the forum's own"),
    "sister_state": (case_with(origin="US-TX", forum="US-NY"), 'key "origin"', "Full Faith and Credit"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_malformed_input_gives_one_clear_line_and_exit_2(tmp_path, name):
    text, key, expected = CASES[name]
    f = write(tmp_path, f"{name}.json", text)
    out = run_cli("check", str(f))
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert str(f) in lines[0] and key in lines[0] and expected in lines[0]
    assert "Traceback" not in out.stderr and out.stdout == ""


def test_nothing_is_evaluated_when_any_input_is_bad(tmp_path):
    bad = write(tmp_path, "bad.json", case_with(facts__final="yes"))
    out = run_cli("check", "--format", "json", str(example("nl-kz-2023")), str(bad))
    assert out.returncode == 2
    assert out.stdout == ""


def test_a_bad_line_of_jsonl_is_named_by_its_number(tmp_path):
    good = json.dumps(example_data("nl-kz-2023"))
    f = write(tmp_path, "cases.jsonl", good + "\n" + case_with(application_date="2023-02-30") + "\n")
    out = run_cli("check", str(f))
    assert out.returncode == 2
    assert f"{f}:2" in out.stderr and 'key "application_date"' in out.stderr
    assert out.stdout == ""


def test_missing_file(tmp_path):
    out = run_cli("check", str(tmp_path / "nope.json"))
    assert out.returncode == 2
    assert "nope.json" in out.stderr and "Traceback" not in out.stderr


def test_bad_as_of_date():
    out = run_cli("check", "--as-of", "2023-02-30", str(example("nl-kz-2023")))
    assert out.returncode == 2
    assert "--as-of" in out.stderr and "ISO date" in out.stderr
