"""``pyenforce whatif CASE``: the minimal changes that would turn the outcome.

The search lives in ``logic/analyses/whatif.pl`` (``whatif:whatif_json``);
this module checks the options, calls it and renders the answers.
"""
from __future__ import annotations

import json
import sys
import textwrap
from typing import Any

import click

from ..options import iso_date, limits_options

from .. import render
from ..case import Case
from ..engine import Engine
from ..errors import CaseError, EngineError, LimitExceeded

# pyenforce.cli imports this module while it loads (its _add_commands), so
# its helpers are imported when the command runs, not here; the two option
# helpers the decorators need are restated here with cli.py's behaviour.
EXIT_OK, EXIT_FAILED = 0, 1

MAX_SIZE = (1, 5)        # the bounds logic/analyses/whatif.pl accepts
MAX_RESULTS = (1, 100)


def whatif(engine: Engine, case: Case, as_of: str | None = None, max_size: int = 2,
           max_results: int = 5, explain: bool = False) -> dict[str, Any]:
    """The minimal sets of changes that turn ``case``'s outcome, as plain data.

    Raises ``CaseError`` for a malformed case or option, ``LimitExceeded``
    when the search runs past the engine's limits.
    """
    options = json.loads(engine.limits_json())
    options.update({"max_size": max_size, "max_results": max_results, "explain": explain})
    try:
        return engine.call_json("whatif:whatif_json", case.to_json(), as_of or "", json.dumps(options))
    except CaseError as e:
        raise CaseError(case.source, e.key, e.expected, e.found) from None


def _fail_input(errors: list[str]) -> None:
    from ..cli import _fail_input as fail
    fail(errors)


def _int_option(name: str, value: str, bounds: tuple[int, int]) -> int:
    low, high = bounds
    try:
        n = int(value)
    except ValueError:
        n = None
    if n is None or not low <= n <= high:
        _fail_input([f"{name}: expected an integer from {low} to {high}, found {value!r}"])
    return n  # type: ignore[return-value]


@click.command("whatif")
@click.argument("file", metavar="CASE")
@click.option("--as-of", callback=iso_date, metavar="DATE",
              help="Apply the law and evidence in force on DATE instead of the application date.")
@click.option("--max-size", default="2", show_default=True, metavar="N",
              help="The most changes in one answer (1 to 5).")
@click.option("--max-results", default="5", show_default=True, metavar="N",
              help="The most answers to give (1 to 100).")
@click.option("--explain", is_flag=True,
              help="Add each answer's derivation (text: the branches it turns on).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people, json for programs (one object per case).")
@limits_options(time_help="Seconds allowed for the whole search.")
def command(file: str, as_of: str | None, max_size: str, max_results: str, explain: bool,
            fmt: str, time_limit: float, inference_limit: int) -> None:
    """What would change the outcome of the case in CASE?

    Finds the smallest sets of changes -- an unknown fact settled, a fact
    flipped, evidence of reciprocity added, the date the proceedings
    began -- that turn a refused or undetermined case into a recognised
    one, or a recognised case into a refused one. Each answer is minimal:
    no part of it alone would do. Smallest first; --max-size and
    --max-results bound the search. Where reciprocity fails because each
    state waits for the other (circular reciprocity), the answers are what
    breaks the circle.

    \b
    Examples:
      pyenforce whatif examples/us-ru-2023.json
      pyenforce whatif --max-size 3 --max-results 10 case.json
      pyenforce whatif --explain examples/nl-kz-2023.json
      pyenforce whatif --format json --as-of 2021-12-31 examples/us-ru-2023.json
    """
    from ..cli import _prepare, json_line
    size = _int_option("--max-size", max_size, MAX_SIZE)
    results = _int_option("--max-results", max_results, MAX_RESULTS)
    engine, cases = _prepare([file], time_limit, inference_limit)
    status = EXIT_OK
    for i, case in enumerate(cases):
        try:
            data = whatif(engine, case, as_of, size, results, explain)
        except CaseError as e:
            _fail_input([e.message()])
            return
        except (LimitExceeded, EngineError) as e:
            name = case.id or case.source
            click.echo(f"pyenforce: {render.safe(f'{name}: {e}')}", err=True)
            status = EXIT_FAILED
            continue
        if fmt == "json":
            click.echo(json_line(data))
        else:
            if i:
                click.echo()
            click.echo(text(data, explain))
    sys.exit(status)


                 # ----------------------------- text -----------------------------

def _lines(first: str, rest: str, words: str, width: int = render.WIDTH) -> list[str]:
    return textwrap.wrap(render.safe(words), width=width, initial_indent=first,
                         subsequent_indent=rest, break_long_words=True,
                         break_on_hyphens=False) or [first.rstrip()]


def _bases(bases: list[dict]) -> str:
    return "; ".join(b["kind"].replace("_", " ") + (f", {b['type']}" if b.get("type") else "")
                     + (f" ({b['instrument']})" if b.get("instrument") else "") + f" [{b['rule']}]"
                     for b in bases)


def _grounds(grounds: list[dict]) -> str:
    return "; ".join(f"{g['ground']} [{g['rule']}]" for g in grounds)


def _why(result: dict) -> str:
    parts = []
    if result.get("bases"):
        parts.append("basis: " + _bases(result["bases"]))
    if result.get("refusal_grounds"):
        parts.append("ground: " + _grounds(result["refusal_grounds"]))
    return "; ".join(parts)


def text(data: dict, explain: bool = False) -> str:
    """The answers for people, 80 columns wide."""
    outcome = render.OUTCOME.get(data["outcome"], data["outcome"])
    target = render.OUTCOME.get(data["target"], data["target"])
    out = [render.safe(f"{data['case']}: {data['origin']} → {data['forum']}, law as of {data['as_of']}")]
    why = _why(data)
    out += _lines(f"  now       {outcome}" + (" — " if why else ""), " " * 12, why)
    if data.get("missing_facts"):
        out += _lines("  missing   ", " " * 12, "the applicant must still establish: "
                      + ", ".join(data["missing_facts"]))
    cycle = data.get("cycle")
    if cycle:
        a, b = cycle["between"]
        note = (f"reciprocity between {a} and {b} is circular: each waits for the other "
                "to go first")
        if data["target"] == "recognised" and data["answers"]:
            note += "; the answers below show what breaks the circle"
        out += _lines("  cycle     ", " " * 12, note)
    out.append("")
    if data["answers"]:
        out.append(f"  What would make it {target} (minimal changes, smallest first):")
        for a in data["answers"]:
            label = f"  {a['rank']}. "
            changes = ", and ".join(c["text"] for c in a["changes"])
            result = render.OUTCOME.get(a["outcome"], a["outcome"]).lower()
            why = ("basis: " + _bases(a["bases"])) if a["outcome"] == "recognised" and a["bases"] \
                else ("ground: " + _grounds(a["refusal_grounds"])) if a["refusal_grounds"] else ""
            out += _lines(label, " " * len(label),
                          f"{changes} → {result}" + (f" ({why})" if why else ""))
            if explain and a.get("derivation"):
                from ..result import Node
                tree = render.tree(Node.from_dict(a["derivation"]), decisive_only=True,
                                   width=render.WIDTH - 7)
                out += ["       " + line for line in tree.splitlines()]
    else:
        more = f"; try --max-size {data['max_size'] + 1}" \
            if data["exhausted"] and data["max_size"] < MAX_SIZE[1] and data["candidates"] else ""
        if not data["candidates"]:
            msg = (f"No change of the facts, the evidence or the date the proceedings began "
                   f"can make it {target}: what it turns on is the law and the knowledge base.")
        else:
            msg = f"No set of up to {data['max_size']} changes makes it {target}{more}."
        out += _lines("  ", "  ", msg)
    n = data["evaluations"]
    how = "every set within the limits weighed" if data["exhausted"] else \
        f"stopped after {data['max_results']} answers (--max-results)"
    out += _lines("  ", "  ", f"({n} evaluation{'s' if n != 1 else ''}; {how})")
    return "\n".join(out)
