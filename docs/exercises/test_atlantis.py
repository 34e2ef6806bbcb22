"""pytest tests for the fictional treaty in atlantis.pl.

    $ python -m pytest -q docs/exercises/test_atlantis.py
"""
from pathlib import Path

import pytest

from pyenforce import Case, Engine

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def engine():
    engine = Engine()
    assert engine.load_rules(HERE / "atlantis.pl") == ["kz_br_fictional_treaty"]
    yield engine
    engine.unload_rules()              # the rules are process-wide: take them out again


def brazilian_case(application_date: str) -> Case:
    case = Case.from_file(str(HERE / "br-kz-2024.json"))
    return Case.from_dict({**case.to_dict(), "application_date": application_date})


def test_the_treaty_gives_a_basis(engine):
    result = engine.evaluate(brazilian_case("2024-05-01"))
    assert result.outcome == "recognised"
    assert [(b.kind, b.instrument, b.rule) for b in result.bases] == [
        ("treaty", "bilateral:BR-KZ", "kz_br_fictional_treaty")]


def test_not_before_it_is_in_force(engine):
    result = engine.evaluate(brazilian_case("2023-12-31"))
    assert result.outcome == "undetermined"
    assert result.missing_facts == ["origin_law_permits_recognition"]
