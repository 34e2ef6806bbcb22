"""The engine: the Python API, threads, limits, the unknown and the burden of proof."""
from __future__ import annotations

import threading

import pytest

from conftest import EXAMPLE_IDS, example, example_data
from pyenforce import Case, Engine, LimitExceeded
from pyenforce.engine import _query


def test_case_built_in_python(engine):
    case = Case(id="built", origin="NL", forum="KZ", application_date="2023-03-01",
                facts={"final": True, "enforceable_in_origin": True, "defendant_notified": True,
                       "time_limit_met": True},
                evidence={"origin_law_permits_recognition": True})
    r = engine.evaluate(case)
    assert (r.case, r.outcome) == ("built", "recognised")
    assert r.to_dict()["bases"][0]["rule"] == "kz_cpc_501_reciprocity_de_jure"


def test_unknown_fact_on_the_applicant_leaves_it_undetermined(engine):
    d = example_data("nl-kz-2023")
    del d["facts"]["final"]
    r = engine.evaluate(Case.from_dict(d))
    assert r.outcome == "undetermined"
    assert r.missing_facts == ["final"]
    leaf = next(n for n in r.derivation.walk() if n.rule == "fact:final")
    assert leaf.status == "unknown" and leaf.burden == "applicant"


def test_unknown_fact_on_the_resisting_party_is_an_assumption(engine):
    r = engine.evaluate(Case.from_file(example("nl-kz-2023")))
    assert "public_policy_violation" in r.assumptions
    leaf = next(n for n in r.derivation.walk() if n.rule == "fact:public_policy_violation")
    assert leaf.status == "fails" and leaf.burden == "resisting_party"
    assert any("assumed" in note for note in leaf.notes)


def test_as_of_argument(engine):
    case = Case.from_file(example("th-cn-2024"))
    assert engine.evaluate(case, as_of="2016-01-01").outcome == "refused"
    assert engine.evaluate(case).outcome == "recognised"


def test_threads_give_the_same_results_as_one_thread(engine):
    cases = [Case.from_file(example(n)) for n in EXAMPLE_IDS]
    expected = [engine.evaluate_dict(c) for c in cases]
    results: list[list] = []
    errors: list[BaseException] = []

    def work():
        try:
            results.append([engine.evaluate_dict(c) for c in cases for _ in range(3)][::3])
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert results == [expected] * 4


def test_inference_limit_is_enforced_and_the_engine_survives():
    tight = Engine(inference_limit=2_000)
    with pytest.raises(LimitExceeded, match="inferences"):
        tight.evaluate(Case.from_file(example("nl-kz-2023")))
    assert _query("case:held_value(_, _, _)") == []
    assert Engine().evaluate(Case.from_file(example("nl-kz-2023"))).outcome == "recognised"


def test_time_limit_stops_a_looping_rule_and_the_engine_survives():
    # a rule whose body never ends, added for this test only
    _query("assertz(world:pyenforce_test_spin :- (repeat, fail))")
    _query("assertz(law:rule(pyenforce_test_loop, [], legal_basis('KZ', reciprocity(factual)), "
           "pyenforce_test_spin))")
    try:
        with pytest.raises(LimitExceeded, match="time limit"):
            Engine(time_limit=0.5, inference_limit=10**12).evaluate(Case.from_file(example("nl-kz-2023")))
    finally:
        _query("retractall(law:rule(pyenforce_test_loop, _, _, _))")
        _query("retractall(world:pyenforce_test_spin)")
    assert _query("case:held_value(_, _, _)") == []
    assert Engine().evaluate(Case.from_file(example("nl-kz-2023"))).outcome == "recognised"


def test_limits_are_checked():
    with pytest.raises(ValueError):
        Engine(time_limit=0)
    with pytest.raises(ValueError):
        Engine(inference_limit=-5)


def test_pl_string_escapes_everything_that_could_end_the_literal():
    from pyenforce.prolog_text import pl_string
    for s in ['"', "\\", "\n", "\x7f", "a\"b\\\"c", "\u2028"]:
        row = _query("atom_length(" + pl_string(s) + ", N)")
        assert row and row[0]["N"] == len(s)
    with pytest.raises(ValueError):
        pl_string("\x00")
