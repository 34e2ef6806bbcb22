"""Command-line options every command shares: dates and limits."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import click

from .engine import DEFAULT_INFERENCE_LIMIT, DEFAULT_TIME_LIMIT


def iso_date(ctx: click.Context | None, param: click.Parameter | None, value: str | None) -> str | None:
    """A click callback: ``value`` must be an ISO date YYYY-MM-DD (or absent)."""
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        _dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected an ISO date YYYY-MM-DD, found {value!r}") from None
    return value


def as_of_option(f: Any) -> Any:
    """--as-of DATE: apply the law of another date."""
    return click.option("--as-of", callback=iso_date, metavar="DATE",
                        help="Apply the law and evidence in force on DATE instead of the "
                             "application date.")(f)


def limits_options(f: Any = None, *, time_help: str = "Seconds allowed for each evaluation.") -> Any:
    """--time-limit and --inference-limit (use as @limits_options, or with time_help=...)."""
    def decorate(g: Any) -> Any:
        g = click.option("--time-limit", type=click.FloatRange(min=0.001), default=DEFAULT_TIME_LIMIT,
                         show_default=True, help=time_help)(g)
        return click.option("--inference-limit", type=click.IntRange(min=1), default=DEFAULT_INFERENCE_LIMIT,
                            show_default=True, help="Prolog inferences allowed for each evaluation.")(g)
    return decorate(f) if f is not None else decorate
