"""Results as text for people: a summary, and the derivation as a tree.

Everything here presents; nothing decides. Lines fit an 80-column
terminal. Control characters in case text are shown escaped, so a
hostile ``id`` or ``ref`` cannot move the cursor or hide output.
"""
from __future__ import annotations

import textwrap
from typing import Iterable

from .result import Node, Result

WIDTH = 80
MARK = {"holds": "✓", "fails": "✗", "unknown": "?"}
OUTCOME = {"recognised": "RECOGNISED", "refused": "REFUSED", "undetermined": "UNDETERMINED"}


def safe(text: str) -> str:
    """``text`` with control characters written as escapes."""
    return "".join(c if c >= " " and c != "\x7f" else f"\\x{ord(c):02x}" for c in text)


def _wrap(label: str, text: str, indent: int = 2, width: int = WIDTH) -> list[str]:
    head = " " * indent + f"{label:<10}"
    body = textwrap.wrap(safe(text), width=max(20, width - len(head)),
                         break_long_words=True, break_on_hyphens=False) or [""]
    return [head + body[0]] + [" " * len(head) + line for line in body[1:]]


def summary(result: Result) -> str:
    """A few lines: outcome, bases or grounds, what is missing or assumed."""
    lines = [safe(f"{result.case}: {result.origin} → {result.forum}, law as of {result.as_of}"),
             f"  {OUTCOME.get(result.outcome, result.outcome)}"]
    for b in result.bases:
        kind = b.kind.replace("_", " ") + (f", {b.type.replace('_', ' ')}" if b.type else "") \
            + (f" ({b.instrument})" if b.instrument else "")
        lines += _wrap("basis", f"{kind} — {b.citation} [{b.rule}]")
    for g in result.refusal_grounds:
        how = "the court may refuse" if g.discretionary else "refusal is mandatory"
        lines += _wrap("ground", f"{g.ground} ({how}) — {g.citation} [{g.rule}]")
    if result.missing_facts:
        lines += _wrap("missing", "the applicant must still establish: " + ", ".join(result.missing_facts))
    if result.assumptions:
        lines += _wrap("assumed", "not established, the burden being on the resisting party: "
                       + ", ".join(result.assumptions))
    for c in result.caveats:
        lines += _wrap("caveat", f"UNCONFIRMED in the sources: {c.note} [{c.rule}]")
    return "\n".join(lines)


def tree(node: Node, decisive_only: bool = False, width: int = WIDTH) -> str:
    """The derivation as an indented tree with citations, ``width`` wide.

    ``decisive_only`` keeps just the branches the outcome turns on.
    """
    out: list[str] = []
    _node_lines(node, "", "", out, decisive_only, width)
    return "\n".join(out)


def _node_lines(node: Node, first: str, rest: str, out: list[str], decisive_only: bool,
                width_all: int) -> None:
    mark = MARK.get(node.status, "?")
    text = node.text or node.claim
    width = max(30, width_all - len(first) - 2)
    body = textwrap.wrap(safe(text), width=width, break_on_hyphens=False) or [safe(node.claim)]
    out.append(f"{first}{mark} {body[0]}")
    pad = rest + "  "
    out.extend(pad + line for line in body[1:])
    source = node.rule if not node.citation else f"{node.rule} · {node.citation}"
    if node.rule not in ("any_of", "all_of", "not", "not_displaced"):
        for line in textwrap.wrap(safe(source), width=max(30, width_all - len(pad) - 2),
                                  break_long_words=True, break_on_hyphens=False):
            out.append(f"{pad}  {line}")
    for note in node.notes:
        for i, line in enumerate(textwrap.wrap(safe(note), width=max(30, width_all - len(pad) - 4))):
            out.append(f"{pad}  {'! ' if i == 0 else '  '}{line}")
    children = [c for c in node.children if c.decisive] if decisive_only else node.children
    for i, child in enumerate(children):
        last = i == len(children) - 1
        _node_lines(child, rest + ("└─ " if last else "├─ "), rest + ("   " if last else "│  "),
                    out, decisive_only, width_all)


def explanation(result: Result, decisive_only: bool = False) -> str:
    """The summary followed by the derivation tree."""
    parts = [summary(result)]
    if result.derivation is not None:
        title = "Why (the branches the outcome turns on):" if decisive_only else \
            "Derivation (✓ holds, ✗ does not hold, ? unknown):"
        parts += ["", "  " + title, _indent(tree(result.derivation, decisive_only, WIDTH - 2), "  ")]
    return "\n".join(parts)


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.splitlines())


def jurisdictions(rows: list[dict]) -> str:
    """The modelled forums, one block each."""
    out: list[str] = []
    for row in rows:
        out.append(safe(f"{row['code']:<7}{row['name']} ({row['rules']} rules)"))
        for line in textwrap.wrap(safe(row["models"]), width=WIDTH - 9):
            out.append(" " * 9 + line)
        if row["changes"]:
            for line in textwrap.wrap("law changes on: " + ", ".join(row["changes"]), width=WIDTH - 9):
                out.append(" " * 9 + line)
        if row.get("instruments"):
            bound = ", ".join(f"{i['instrument']} ({i['from']})" for i in row["instruments"])
            for line in textwrap.wrap("bound today by: " + bound, width=WIDTH - 9):
                out.append(" " * 9 + line)
    return "\n".join(out)


def treaties(data: dict) -> str:
    """The instruments in force for a state, with dates and sources."""
    out = [safe(f"Instruments in force for {data['state']} on {data['as_of']}:")]
    if not data["instruments"]:
        out.append("  none in the knowledge base")
    for t in data["instruments"]:
        head = t["instrument"] + (f" (with {t['with']})" if t["with"] else "")
        dates = f"from {t['from']}" + (f" until {t['to']}" if t["to"] else "")
        out.append(safe(f"  {head}, {dates}"))
        out.extend(_entry_lines(t["note"], t["source"], t["status"]))
    arrangements = data.get("arrangements", [])
    if arrangements:
        out.append("Arrangements on reciprocity (not treaties; each forum's law weighs them):")
    for a in arrangements:
        out.append(safe(f"  with {a['with']}, from {a['from']}, on {a['subject']} judgments"))
        out.extend(_entry_lines(a["arrangement"], a["source"], a["status"]))
    return "\n".join(out)


def _entry_lines(note: str, source: str, status: str) -> list[str]:
    """The indented lines under an entry of ``treaties``: note, source, and status if unconfirmed."""
    lines = []
    for label, text in (("", note), ("source: ", source), ("", status if status != "confirmed" else "")):
        if text:
            for line in textwrap.wrap(safe(label + text), width=WIDTH - 6, break_long_words=True):
                lines.append("      " + line)
    return lines


def lines_fit(text: str, width: int = WIDTH) -> Iterable[str]:
    """The lines of ``text`` wider than ``width`` (for tests)."""
    return [ln for ln in text.splitlines() if len(ln) > width]
