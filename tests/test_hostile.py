"""Hostile text in every string field is data, never code."""
from __future__ import annotations

import json

import pytest

from conftest import example_data, json_lines, run_cli
from pyenforce import Case, CaseError

PAYLOADS = {
    "quote_halt": "x'), halt, ('",
    "double_quote_assert": '"))), assertz(pwned), ("',
    "nul": "a\x00b",
    "quotes_100k": '"' * 100_000,
    "backslashes": "\\\\'\\\"\\x41\\ \\",
    "prolog_directive": ":- initialization(halt).",
    "newlines": "line1\nline2\r\n\x1b[2J",
    "unicode": "Société Générale — Zürich \u2028 😀",
}
FIELDS = ["id", "title", "court", "ref"]


def hostile_case(field: str, payload: str) -> dict:
    d = example_data("jp-cn-2022")
    if field in ("id", "title"):
        d[field] = payload
    elif field == "court":
        d["decision"]["court"] = payload
    else:
        d["evidence"]["origin_refused_forum_judgments"][0]["ref"] = payload
    return d


@pytest.mark.parametrize("field", FIELDS)
def test_hostile_text_is_evaluated_as_plain_text_by_the_cli(tmp_path, field):
    files = []
    for name, payload in PAYLOADS.items():
        f = tmp_path / f"{field}-{name}.json"
        f.write_text(json.dumps(hostile_case(field, payload)), encoding="utf-8")
        files.append(str(f))
    out = run_cli("check", "--format", "json", *files)
    # the process ran to the end: one result per file, nothing cut short
    assert out.returncode == 0, out.stderr
    results = json_lines(out.stdout)
    assert len(results) == len(PAYLOADS)
    for (name, payload), r in zip(PAYLOADS.items(), results):
        assert r["outcome"] == "recognised", name
        if field == "id":
            assert r["case"] == payload                # returned exactly as given
    assert "Traceback" not in out.stderr


def test_hostile_text_in_text_output_is_escaped(tmp_path):
    f = tmp_path / "c.json"
    f.write_text(json.dumps(hostile_case("id", "evil\x1b[2J\nline")), encoding="utf-8")
    out = run_cli("check", str(f))
    assert out.returncode == 0
    assert "\x1b" not in out.stdout and "evil\\x1b[2J\\x0aline" in out.stdout


@pytest.mark.parametrize("field", FIELDS)
def test_hostile_text_through_the_api_leaves_nothing_asserted(engine, field):
    from pyenforce.engine import _query
    for payload in PAYLOADS.values():
        r = engine.evaluate(Case.from_dict(hostile_case(field, payload)))
        assert r.outcome == "recognised"
        if field == "id":
            assert r.case == payload
    assert _query("current_predicate(_:pwned/0)") == []
    assert _query("case:held_value(_, _, _)") == []
    assert _query("case:held_fact(_, _, _)") == []
    assert _query("case:held_refusal(_, _, _, _, _)") == []


def test_hostile_fact_name_is_rejected(tmp_path):
    d = example_data("nl-kz-2023")
    d["facts"]["pwned), halt, (x"] = True
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(d), encoding="utf-8")
    out = run_cli("check", str(f))
    assert out.returncode == 2
    assert 'key "facts.pwned), halt, (x"' in out.stderr
    assert out.stdout == ""


def test_hostile_state_code_is_rejected(engine):
    d = example_data("nl-kz-2023")
    d["origin"] = "NL'), halt, ('"
    with pytest.raises(CaseError) as e:
        engine.evaluate(Case.from_dict(d))
    assert e.value.key == "origin"
    # and the engine is still there
    assert engine.evaluate(Case.from_dict(example_data("nl-kz-2023"))).outcome == "recognised"
