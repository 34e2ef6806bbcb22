"""compare agrees with check forum by forum; timeline finds the legal events."""
from __future__ import annotations

import dataclasses
import json

import pytest

from conftest import EXAMPLE_IDS, example, json_lines, run_cli
from pyenforce import Case
from pyenforce.commands.compare import compare
from pyenforce.commands.timeline import timeline


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_compare_covers_every_forum_and_agrees_with_check(engine, name):
    case = Case.from_file(example(name))
    data = compare(engine, case)
    origin_country = case.origin.split("-")[0]
    expected = {f["code"] for f in engine.forums() if f["code"].split("-")[0] != origin_country}
    assert {row["forum"] for row in data["forums"]} == expected
    for row in data["forums"]:
        alone = engine.evaluate_dict(dataclasses.replace(case, forum=row["forum"]), explain=False)
        assert (row["outcome"], row["bases"], row["refusal_grounds"], row["assumptions"],
                row["missing_facts"]) == \
            (alone["outcome"], alone["bases"], alone["refusal_grounds"], alone["assumptions"],
             alone["missing_facts"]), row["forum"]


def test_compare_ranks_recognised_then_undetermined_then_refused(engine):
    data = compare(engine, Case.from_file(example("us-ru-2023")))
    rank = {"recognised": 0, "undetermined": 1, "refused": 2}
    order = [rank[r["outcome"]] for r in data["forums"]]
    assert order == sorted(order)
    recognised = [r for r in data["forums"] if r["outcome"] == "recognised"]
    kinds = [min({"treaty": 0, "domestic_law": 1, "reciprocity": 2}[b["kind"]] for b in r["bases"])
             for r in recognised]
    assert kinds == sorted(kinds)


def test_compare_why_names_the_rules_that_differ():
    out = run_cli("compare", "--forums", "KZ,RU", "--why", "KZ,RU", "--format", "json",
                  str(example("us-ru-2023")))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    rules = {r["rule"]: r for r in data["why"]["rules"]}
    assert rules["kz_cpc_501_reciprocity_de_jure"]["KZ"] == "holds"
    assert rules["ru_unfriendly_state_current_reciprocity"]["RU"] == "fails"
    text = run_cli("compare", "--why", "KZ,RU", str(example("us-ru-2023"))).stdout
    assert "Rules whose outcome differs between KZ and RU" in text
    assert all(len(line) <= 80 for line in text.splitlines())


def test_compare_rejects_an_unknown_forum():
    out = run_cli("compare", "--forums", "KZ,XX", str(example("us-ru-2023")))
    assert out.returncode == 2 and "--forums" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("option,forums", [("--forums", "KZ,NL"), ("--why", "KZ,NL")])
def test_compare_rejects_a_forum_in_the_origins_own_country(option, forums):
    # a Dutch decision is not foreign in the Netherlands
    out = run_cli("compare", option, forums, str(example("nl-kz-2023")))
    assert out.returncode == 2 and out.stdout == ""
    assert f'key "{option}"' in out.stderr and "origin's own country (NL)" in out.stderr and "found NL" in out.stderr
    assert "Traceback" not in out.stderr


def test_timeline_thai_judgment_in_china_changes_at_the_nanning_statement(engine):
    data = timeline(engine, Case.from_file(example("th-cn-2024")), "2010-01-01", "2025-12-31")
    first = data["changes"][0]
    assert first["date"] == "2017-06-08"
    assert (first["before"]["outcome"], first["after"]["outcome"]) == ("refused", "recognised")
    assert any(e["rule"] == "cn_nanning_statement_presumed_reciprocity" and "Nanning" in e["citation"]
               for e in first["events"])


def test_timeline_ukrainian_judgment_in_germany_reports_the_hague_date(engine, tmp_path):
    case = Case.from_dict({"id": "ua-de", "origin": "UA", "forum": "DE", "application_date": "2024-06-01",
                           "decision": {"proceedings_started": "2023-10-02"},
                           "facts": {"final": True, "enforceable_in_origin": True,
                                     "defendant_notified": True, "origin_had_jurisdiction": True}})
    data = timeline(engine, case, "2020-01-01", "2025-12-31")
    change = next(c for c in data["changes"] if c["date"] == "2023-09-01")
    assert change["after"]["outcome"] == "recognised"
    assert [b["instrument"] for b in change["after"]["bases"]] == ["hague2019"]
    assert any(e["event"] == "enters_into_force" and "Hague" in e["text"] for e in change["events"])


def test_timeline_text_and_bad_dates():
    out = run_cli("timeline", str(example("us-ru-2023")), "--from", "2021-01-01", "--to", "2023-12-31")
    assert out.returncode == 0, out.stderr
    assert "2022-03-05" in out.stdout and "unfriendly" in out.stdout
    assert all(len(line) <= 80 for line in out.stdout.splitlines())
    bad = run_cli("timeline", str(example("us-ru-2023")), "--from", "2023-02-30")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
