"""The command line as a user meets it."""
from __future__ import annotations

import json

import pytest

from conftest import EXAMPLE_IDS, example, example_data, json_lines, run_cli
from pyenforce.render import lines_fit


@pytest.mark.parametrize("command", ["check", "explain", "jurisdictions", "treaties"])
def test_help_shows_an_example(command):
    out = run_cli(command, "--help")
    assert out.returncode == 0
    assert "Example" in out.stdout and "pyenforce " + command in out.stdout


def test_check_text_names_outcome_basis_and_citation():
    out = run_cli("check", str(example("nl-kz-2023")))
    assert out.returncode == 0, out.stderr
    assert "RECOGNISED" in out.stdout
    assert "reciprocity, de jure" in out.stdout and "art. 501(1)" in out.stdout
    assert "forum_proceedings_pending" in out.stdout      # the assumptions are shown


def test_check_explain_shows_why():
    out = run_cli("check", "--explain", str(example("us-ru-2023")))
    assert out.returncode == 0, out.stderr
    text = " ".join(out.stdout.translate({ord(c): " " for c in "│├└─"}).split())  # words, however wrapped
    assert "REFUSED" in text and "no_reciprocity" in text
    assert "unfriendly" in text and "after 28 February 2022" in text


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_explain_text_fits_80_columns_and_cites(name):
    out = run_cli("explain", str(example(name)))
    assert out.returncode == 0, out.stderr
    assert list(lines_fit(out.stdout)) == []
    assert "✗" in out.stdout and "✓" in out.stdout           # failed branches are shown too
    assert "·" in out.stdout                                 # rule · citation lines


def test_explain_json_has_the_derivation():
    out = run_cli("explain", "--format", "json", str(example("th-cn-2024")))
    [r] = json_lines(out.stdout)
    rules = set()
    stack = [r["derivation"]]
    while stack:
        n = stack.pop()
        rules.add(n["rule"])
        stack.extend(n["children"])
    assert {"recognition_and_enforcement", "cn_nanning_statement_presumed_reciprocity",
            "cn_cpl_299_reciprocity_factual"} <= rules


def test_as_of_changes_the_outcome():
    before = json_lines(run_cli("check", "--format", "json", "--as-of", "2021-12-31",
                                str(example("us-ru-2023"))).stdout)[0]
    after = json_lines(run_cli("check", "--format", "json", str(example("us-ru-2023"))).stdout)[0]
    assert (before["as_of"], before["outcome"]) == ("2021-12-31", "recognised")
    assert (after["as_of"], after["outcome"]) == ("2022-11-15", "refused")


def test_stdin():
    text = example("nl-kz-2023").read_text()
    out = run_cli("check", "--format", "json", "-", input=text)
    assert out.returncode == 0, out.stderr
    assert json_lines(out.stdout)[0]["outcome"] == "recognised"


def test_jsonl_keeps_input_order_and_default_ids(tmp_path):
    f = tmp_path / "cases.jsonl"
    rows = [example_data(n) for n in EXAMPLE_IDS]
    for r in rows:
        del r["id"]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = run_cli("check", "--format", "json", str(f))
    assert out.returncode == 0, out.stderr
    assert [r["case"] for r in json_lines(out.stdout)] == ["1", "2", "3", "4", "5"]
    assert [r["outcome"] for r in json_lines(out.stdout)] == \
        ["recognised", "refused", "recognised", "recognised", "refused"]


def test_yaml_and_toml(tmp_path):
    y = tmp_path / "case.yaml"
    y.write_text("origin: NL\nforum: KZ\napplication_date: 2023-03-01\n"
                 "facts: {final: true, enforceable_in_origin: true, defendant_notified: true,\n"
                 "        time_limit_met: true}\n"
                 "evidence: {origin_law_permits_recognition: true}\n")
    t = tmp_path / "case.toml"
    t.write_text('origin = "NL"\nforum = "KZ"\napplication_date = 2023-03-01\n'
                 "[facts]\nfinal = true\nenforceable_in_origin = true\ndefendant_notified = true\n"
                 "time_limit_met = true\n[evidence]\norigin_law_permits_recognition = true\n")
    out = run_cli("check", "--format", "json", str(y), str(t))
    assert out.returncode == 0, out.stderr
    results = json_lines(out.stdout)
    assert [(r["case"], r["outcome"]) for r in results] == [("case", "recognised"), ("case", "recognised")]


def test_forums_lists_the_modelled_forums():
    out = run_cli("forums", "--format", "json")
    codes = {f["code"] for f in json.loads(out.stdout)}
    assert {"KZ", "RU", "CN", "US", "US-NY"} <= codes


def test_console_script_is_installed():
    import shutil
    import subprocess
    import sys
    from pathlib import Path
    script = Path(sys.executable).parent / "pyenforce"
    exe = str(script) if script.exists() else shutil.which("pyenforce")
    assert exe, "the pyenforce console script is not installed"
    out = subprocess.run([exe, "check", str(example("jp-cn-2022"))], capture_output=True, text=True)
    assert out.returncode == 0 and "RECOGNISED" in out.stdout


def test_jurisdictions_lists_every_forum_with_what_it_models():
    out = run_cli("jurisdictions", "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = {r["code"]: r for r in json.loads(out.stdout)}
    assert {"KZ", "RU", "CN", "DE", "GB", "FR", "US", "US-NY", "US-CA", "US-FL", "US-TX"} <= set(rows)
    assert "2017-06-08" in rows["CN"]["changes"] and rows["CN"]["rules"] > 20
    text = run_cli("jurisdictions").stdout
    assert "Kazakhstan" in text and "law changes on:" in text


def test_treaties_for_a_state_on_a_date():
    rows = json.loads(run_cli("treaties", "KZ", "--as-of", "2024-01-01", "--format", "json").stdout)
    instruments = {t["instrument"] for t in rows["instruments"]}
    assert {"bilateral:CN-KZ", "minsk1993", "chisinau2002", "nyc1958"} <= instruments
    early = json.loads(run_cli("treaties", "KZ", "--as-of", "1995-01-01", "--format", "json").stdout)
    assert "bilateral:CN-KZ" not in {t["instrument"] for t in early["instruments"]}
    gb = json.loads(run_cli("treaties", "GB", "--as-of", "2025-07-01", "--format", "json").stdout)
    assert "hague2019" in {t["instrument"] for t in gb["instruments"]}
    assert all(t["source"] for t in gb["instruments"])


def test_treaties_lists_arrangements_apart_from_treaties():
    sg = json.loads(run_cli("treaties", "SG", "--as-of", "2024-01-01", "--format", "json").stdout)
    [mog] = sg["arrangements"]
    assert mog["with"] == "CN" and mog["from"] == "2018-08-31" and mog["subject"] == "money"
    assert "Memorandum of Guidance" in mog["arrangement"] and mog["status"].startswith("UNCONFIRMED")
    assert "Memorandum" not in json.dumps(sg["instruments"])
    early = json.loads(run_cli("treaties", "SG", "--as-of", "2018-08-30", "--format", "json").stdout)
    assert early["arrangements"] == []
    text = run_cli("treaties", "CN", "--as-of", "2024-01-01").stdout
    assert "Arrangements on reciprocity (not treaties" in text and "with SG, from 2018-08-31" in text


def test_treaties_rejects_an_unknown_state():
    out = run_cli("treaties", "XX")
    assert out.returncode == 2 and 'key "STATE"' in out.stderr and "Traceback" not in out.stderr
