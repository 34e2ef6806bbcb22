"""The five decisions of the source study: outcomes, bases, grounds, citations."""
from __future__ import annotations

import json

import pytest

from conftest import EXAMPLE_IDS, example, json_lines, run_cli
from spec_check import problems
from pyenforce import Case


def test_nl_kz_2023_recognised_on_de_jure_reciprocity(engine):
    r = engine.evaluate(Case.from_file(example("nl-kz-2023")))
    assert r.outcome == "recognised"
    assert [(b.kind, b.type, b.rule) for b in r.bases] == [
        ("reciprocity", "de_jure", "kz_cpc_501_reciprocity_de_jure")]
    assert "art. 501(1)" in r.bases[0].citation
    assert r.refusal_grounds == []
    assert r.assumptions == ["forum_proceedings_pending", "public_policy_violation"]
    # the derivation weighed the treaty routes and the other kinds of reciprocity, and they failed
    nodes = {n.rule: n for n in r.derivation.walk()}
    for rule in ("kz_cpc_501_treaty_bilateral", "kz_cpc_501_reciprocity_factual", "minsk1993_art_51"):
        assert nodes[rule].status == "fails"
    assert nodes["kz_cpc_501_reciprocity_de_jure"].status == "holds"
    # the unconfirmed proof standard is a caveat on the basis that carries the outcome
    assert any(c.rule == "kz_cpc_501_reciprocity_de_jure" for c in r.caveats)


def test_us_ru_2023_refused_for_no_reciprocity(engine):
    r = engine.evaluate(Case.from_file(example("us-ru-2023")))
    assert r.outcome == "refused"
    assert r.bases == []
    assert [(g.ground, g.discretionary) for g in r.refusal_grounds] == [("no_reciprocity", False)]
    assert "art. 241" in r.refusal_grounds[0].citation
    nodes = {n.rule: n for n in r.derivation.walk()}
    # the post-2022 test is what fails, and the derivation cites the list and the court
    post = nodes["ru_unfriendly_state_current_reciprocity"]
    assert post.status == "fails" and "430-r" in post.citation and "A40-242631/2022" in post.citation
    assert any("unfriendly" in n.text and n.status == "holds" for n in r.derivation.walk())
    assert nodes["ru_practice_reciprocity_de_jure"].status == "fails"


def test_th_cn_2024_recognised_on_presumed_reciprocity(engine):
    r = engine.evaluate(Case.from_file(example("th-cn-2024")))
    assert r.outcome == "recognised"
    assert ("reciprocity", "presumed", "cn_nanning_statement_presumed_reciprocity") in \
        [(b.kind, b.type, b.rule) for b in r.bases]
    nanning = next(b for b in r.bases if b.type == "presumed")
    assert "Nanning Statement" in nanning.citation
    assert r.refusal_grounds == []


def test_jp_cn_2022_recognised_on_reciprocity_for_insolvency(engine):
    r = engine.evaluate(Case.from_file(example("jp-cn-2022")))
    assert r.outcome == "recognised"
    assert [(b.kind, b.type, b.rule) for b in r.bases] == [
        ("reciprocity", "de_jure", "cn_ebl_5_reciprocity_de_jure")]
    assert "Enterprise Bankruptcy Law, art. 5" in r.bases[0].citation
    # the Japanese refusals of civil judgments do not weigh on insolvency, and the
    # 2022 Summary, which excludes bankruptcy, is not what carries the outcome
    nodes = {n.rule: n for n in r.derivation.walk()}
    assert nodes["cn_summary_2022_de_jure_reciprocity"].status == "fails"


def test_cn_usny_2020_refused_for_systemic_due_process_mandatory(engine):
    r = engine.evaluate(Case.from_file(example("cn-usny-2020")))
    assert r.outcome == "refused"
    assert [(g.ground, g.discretionary) for g in r.refusal_grounds] == [("systemic_due_process", False)]
    assert "5304(a)(1)" in r.refusal_grounds[0].citation
    assert r.refusal_grounds[0].rule == "us_ufmjra1962_s4_a_1_system"


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_json_output_validates_against_the_spec(name):
    out = run_cli("check", "--format", "json", "--explain", str(example(name)))
    assert out.returncode == 0, out.stderr
    [result] = json_lines(out.stdout)
    assert problems(result) == []
    assert result["case"] == name


def test_json_output_without_explain_has_the_spec_keys():
    out = run_cli("check", "--format", "json", *[str(example(n)) for n in EXAMPLE_IDS])
    assert out.returncode == 0, out.stderr
    results = json_lines(out.stdout)
    assert [r["case"] for r in results] == EXAMPLE_IDS          # input order
    for r in results:
        assert list(r)[:10] == ["format", "case", "origin", "forum", "as_of", "outcome", "bases",
                                "refusal_grounds", "missing_facts", "assumptions"]


def test_a_case_alone_and_after_the_others_gives_identical_json():
    alone = {}
    for name in EXAMPLE_IDS:
        out = run_cli("check", "--format", "json", "--explain", str(example(name)))
        assert out.returncode == 0, out.stderr
        alone[name] = out.stdout.strip()
    # each case after all the others, in one process
    for name in EXAMPLE_IDS:
        order = [n for n in EXAMPLE_IDS if n != name] + [name]
        out = run_cli("check", "--format", "json", "--explain", *[str(example(n)) for n in order])
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip().splitlines()[-1] == alone[name]


def test_result_round_trips_through_python_objects(engine):
    from pyenforce import Result
    for name in EXAMPLE_IDS:
        d = engine.evaluate_dict(Case.from_file(example(name)))
        assert Result.from_dict(d).to_dict() == d
        assert json.loads(json.dumps(d)) == d
