"""``pyenforce compare``: where to enforce -- the same decision in every forum."""
from __future__ import annotations

import json
import textwrap

import click

from .. import render
from ._common import as_of_option, engine, fail_input, json_line, one_case, run_analysis


def compare(eng, case, as_of: str | None = None, forums: list[str] | None = None,
            why: tuple[str, str] | None = None) -> dict:
    """The ranked comparison of ``case`` across ``forums`` (default: all), as data."""
    options: dict = json.loads(eng.limits_json())
    options["forums"] = forums if forums else "all"
    if why:
        options["why"] = list(why)
    return run_analysis(eng, "compare:compare_json", case, as_of or "", json.dumps(options))


def _basis_or_grounds(row: dict) -> str:
    if row["bases"]:
        b = row["bases"][0]
        kind = b["kind"].replace("_", " ")
        detail = b["type"] or b["instrument"]
        more = f" +{len(row['bases']) - 1}" if len(row["bases"]) > 1 else ""
        return f"{kind}" + (f" ({detail.replace('_', ' ')})" if detail else "") + more
    if row["refusal_grounds"]:
        return ", ".join(g["ground"] for g in row["refusal_grounds"])
    if row["missing_facts"]:
        return "needs: " + ", ".join(row["missing_facts"])
    return ""


def text(data: dict) -> str:
    """The ranked table, 80 columns wide."""
    rows = data["forums"]
    out = [render.safe(f"{data['case']}: a decision of {data['origin']}, law as of {data['as_of']}, "
                       f"in {len(rows)} forums"),
           f"{'#':>3}  {'forum':<6} {'outcome':<13} {'basis, or grounds / what is missing':<40} {'assumed':>7}"]
    for i, row in enumerate(rows, 1):
        detail = textwrap.shorten(render.safe(_basis_or_grounds(row)), width=40, placeholder="…")
        out.append(f"{i:>3}  {row['forum']:<6} {row['outcome']:<13} {detail:<40} {len(row['assumptions']):>7}")
    why = data.get("why")
    if why:
        a, b = why["forums"]
        out += ["", f"Rules whose outcome differs between {a} and {b}:"]
        if not why["rules"]:
            out.append("  none: the same rules decide both")
        for r in why["rules"]:
            head = f"  {r['rule']}: {a} {r[a].replace('_', ' ')}, {b} {r[b].replace('_', ' ')}"
            out.append(render.safe(head))
            for line in textwrap.wrap(render.safe(r["text"]), width=render.WIDTH - 6):
                out.append("      " + line)
            for line in textwrap.wrap(render.safe(r["citation"]), width=render.WIDTH - 6):
                out.append("      " + line)
    return "\n".join(out)


def _codes(value: str | None) -> list[str] | None:
    if value is None or value.strip().lower() == "all":
        return None
    return [c.strip() for c in value.split(",") if c.strip()]


@click.command("compare")
@click.argument("case_file", metavar="CASE")
@click.option("--forums", metavar="CODES", help="Comma-separated forums to compare (default: all).")
@click.option("--why", metavar="A,B", help="List the rules whose outcome differs between forums A and B.")
@as_of_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(case_file: str, forums: str | None, why: str | None, as_of: str | None, fmt: str) -> None:
    """Where to enforce: evaluate the decision in CASE in every modelled forum.

    Only the forum changes; facts the case leaves unknown stay unknown. The
    forums are ranked: recognised first, then undetermined, then refused;
    among the recognised a treaty basis comes first, then the forum's own
    law, then reciprocity; then the fewest assumptions.

    \b
    Examples:
      pyenforce compare examples/th-cn-2024.json
      pyenforce compare --forums KZ,RU,CN,DE examples/nl-kz-2023.json
      pyenforce compare --why KZ,RU examples/us-ru-2023.json
    """
    case = one_case(case_file)
    pair = None
    if why:
        parts = _codes(why) or []
        if len(parts) != 2:
            fail_input(f"--why: expected two forums such as KZ,RU, found {why!r}")
        pair = (parts[0], parts[1])
    eng = engine()
    data = compare(eng, case, as_of, _codes(forums), pair)
    click.echo(json_line(data) if fmt == "json" else text(data))
