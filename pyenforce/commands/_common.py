"""What the analysis commands share: reading the one case, the engine, errors."""
from __future__ import annotations

import json
import sys
from typing import Any

import click

from ..case import Case, load_cases
from ..output import EXIT_BAD_INPUT, EXIT_FAILED, json_line
from ..engine import Engine
from ..errors import CaseError, EngineError, LimitExceeded
from .. import render
from ..options import as_of_option

__all__ = ["as_of_option", "one_case", "engine", "run_analysis", "json_line", "fail_input"]


def fail_input(message: str) -> None:
    click.echo(f"pyenforce: error: {render.safe(message)}", err=True)
    sys.exit(EXIT_BAD_INPUT)


def one_case(path: str) -> Case:
    """The single case in ``path``; bad input exits 2 with one line."""
    try:
        cases = load_cases(path)
    except CaseError as e:
        fail_input(e.message())
    if len(cases) != 1:
        fail_input(f"{path}: expected exactly one case, found {len(cases)}")
    return cases[0]


def engine() -> Engine:
    try:
        return Engine()
    except EngineError as e:
        click.echo(f"pyenforce: {e}", err=True)
        sys.exit(EXIT_FAILED)


def run_analysis(eng: Engine, predicate: str, case: Case, *args: str) -> Any:
    """Call an analysis of logic/ on one case; errors exit as the CLI does."""
    try:
        eng.validate(case)
        return eng.call_json(predicate, case.to_json(), *args)
    except CaseError as e:
        if not e.source:
            e = CaseError(case.source, e.key, e.expected, e.found)
        fail_input(e.message())
    except (LimitExceeded, EngineError) as e:
        click.echo(f"pyenforce: {render.safe(str(e))}", err=True)
        sys.exit(EXIT_FAILED)
