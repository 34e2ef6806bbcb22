"""Tests for solution_treaty.pl: python -m pytest -q docs/exercises/04-treaty-for-germany/solution_test.py"""
from pathlib import Path

import pytest

from pyenforce import Case, Engine

HERE = Path(__file__).resolve().parent
CASE = Case.from_file(str(HERE / "br-de-2025.json"))


@pytest.fixture(scope="module")
def engine():
    engine = Engine()
    engine.unload_rules()
    before = engine.evaluate(CASE).outcome      # the law as pyenforce has it
    assert before == "undetermined"
    assert engine.load_rules(HERE / "solution_treaty.pl") == ["de_br_fictional_treaty"]
    yield engine
    engine.unload_rules()


def test_recognised_under_the_treaty(engine):
    result = engine.evaluate(CASE)
    assert result.outcome == "recognised"
    assert [b.rule for b in result.bases] == ["de_br_fictional_treaty"]


def test_not_in_force_in_2024(engine):
    assert engine.evaluate(CASE, as_of="2024-12-31").outcome == "undetermined"


def test_only_brazil_is_a_party(engine):
    argentine = Case.from_dict({**CASE.to_dict(), "origin": "AR"})
    assert "de_br_fictional_treaty" not in [b.rule for b in engine.evaluate(argentine).bases]
