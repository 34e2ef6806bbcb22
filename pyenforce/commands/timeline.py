"""``pyenforce timeline``: when the law changed, for one case."""
from __future__ import annotations

import json
import textwrap

import click

from .. import render
from ..options import iso_date
from ._common import engine, fail_input, json_line, one_case, run_analysis


def timeline(eng, case, date_from: str | None = None, date_to: str | None = None) -> dict:
    """The dates at which the outcome or its basis changes, as data."""
    options: dict = json.loads(eng.limits_json())
    if date_from:
        options["from"] = date_from
    if date_to:
        options["to"] = date_to
    return run_analysis(eng, "timeline:timeline_json", case, json.dumps(options))


def _state(s: dict) -> str:
    if s["bases"]:
        parts = []
        for b in s["bases"]:
            detail = b["type"] or b["instrument"] or ""
            part = b["kind"].replace("_", " ") + (f" {detail.replace('_', ' ')}" if detail else "")
            if part not in parts:
                parts.append(part)
        return f"{s['outcome']} ({'; '.join(parts)})"
    if s["refusal_grounds"]:
        return f"{s['outcome']} ({', '.join(g['ground'] for g in s['refusal_grounds'])})"
    return s["outcome"]


def text(data: dict) -> str:
    out = [render.safe(f"{data['case']}: {data['origin']} → {data['forum']}, "
                       f"from {data['from']} to {data['to']}"),
           f"  {data['from']}  {_state(data['start'])}"]
    if not data["changes"]:
        out.append("  no change in the outcome or its basis in this period")
    for ch in data["changes"]:
        out.append(f"  {ch['date']}  {_state(ch['before'])} → {_state(ch['after'])}")
        for ev in ch["events"]:
            what = ev["event"].replace("_", " ")
            head = f"{what}: " + (f"{ev['rule']}: " if ev["rule"] else "") + ev["text"]
            out.extend(textwrap.wrap(render.safe(head), width=render.WIDTH,
                                     initial_indent=" " * 14, subsequent_indent=" " * 16))
            for line in textwrap.wrap(render.safe(ev["citation"]), width=render.WIDTH - 16,
                                      break_long_words=True):
                out.append(" " * 16 + line)
    return "\n".join(out)


@click.command("timeline")
@click.argument("case_file", metavar="CASE")
@click.option("--from", "date_from", callback=iso_date, metavar="DATE",
              help="Start of the period (default: 2000-01-01, or ten years before --to if that is earlier).")
@click.option("--to", "date_to", callback=iso_date, metavar="DATE",
              help="End of the period (default: the application date).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(case_file: str, date_from: str | None, date_to: str | None, fmt: str) -> None:
    """When the law changed for CASE: the dates its outcome or basis changes.

    The dates come from the knowledge base -- rules taking effect,
    conventions and treaties entering into force, lists extended,
    statutes replaced, precedents -- and each change is shown with the
    legal event behind it and its citation.

    \b
    Examples:
      pyenforce timeline examples/th-cn-2024.json --from 2010-01-01 --to 2025-12-31
      pyenforce timeline --format json examples/us-ru-2023.json
    """
    case = one_case(case_file)
    if date_from and date_to and date_from >= date_to:
        fail_input(f"--from {date_from} must be before --to {date_to}")
    data = timeline(engine(), case, date_from, date_to)
    click.echo(json_line(data) if fmt == "json" else text(data))
