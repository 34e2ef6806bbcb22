"""A result in every format people read it in: text, Markdown, Mermaid, DOT, HTML, JSON.

One function a format; each takes a :class:`~pyenforce.result.Result` and
returns a ``str``. Everything here presents; nothing decides.

Case text is hostile (an ``id`` like ``</script><script>alert(1)</script>``
or ``x"]; evil -> y``), and so, for safety's sake, is every string of the
knowledge base: each format escapes all of it the way its syntax needs, so
no text can close a node, a label, an element or an attribute, and control
characters are shown escaped (:func:`pyenforce.render.safe`).

- :func:`to_text`: the summary and the tree of :mod:`pyenforce.render`,
  with ANSI colour only when asked (``color=False`` is exactly
  :func:`pyenforce.render.explanation`).
- :func:`to_markdown`: headings, the summary as a list, the derivation as a
  nested list with ✓ ✗ ? marks and citations.
- :func:`to_mermaid`: ``graph TD``, one node a derivation step (``n0``,
  ``n1``, … depth first), edges parent to child, a class by status.
- :func:`to_dot`: ``digraph derivation { … }`` for Graphviz, likewise.
- :func:`to_html`: one self-contained page (inline CSS, no script, nothing
  loaded from the network), readable on a phone, the tree collapsible with
  ``<details>``; ``fragment=True`` gives a ``<div>`` for Jupyter.
- :func:`to_json`: the format-1 JSON (:meth:`Result.to_dict`).
"""
from __future__ import annotations

import html
import json
import re
import textwrap
from typing import Callable, Iterator

from . import render
from .render import MARK, OUTCOME, safe
from .result import Node, Result

__all__ = ["to_text", "to_markdown", "to_mermaid", "to_dot", "to_html", "to_json",
           "FORMATS", "render_as", "citation_parts"]

#: Connectives of the meta-interpreter: shown without a rule id or citation.
STRUCTURAL = frozenset({"any_of", "all_of", "not", "not_displaced"})
STATUS_WORDS = {"holds": "holds", "fails": "does not hold", "unknown": "unknown"}
BURDEN_WORDS = {"applicant": "the applicant must prove it",
                "resisting_party": "the resisting party must prove it"}

# A public URL at the end of a citation: "... <https://host/path>".
_URL = re.compile(r"<(https?://[^\s<>\"'`\\]+)>")


def _status(node: Node) -> str:
    """The node's status, one of holds / fails / unknown, whatever the input."""
    return node.status if node.status in MARK else "unknown"


def _mark(node: Node) -> str:
    return MARK[_status(node)]


def citation_parts(citation: str) -> list[tuple[str, str | None]]:
    """``citation`` cut into pieces ``(text, None)`` and ``(url, url)``.

    Only ``http`` and ``https`` URLs written in angle brackets count as links.
    """
    parts: list[tuple[str, str | None]] = []
    pos = 0
    for m in _URL.finditer(citation):
        if m.start() > pos:
            parts.append((citation[pos:m.start()], None))
        parts.append((m.group(1), m.group(1)))
        pos = m.end()
    if pos < len(citation):
        parts.append((citation[pos:], None))
    return parts


def _host(url: str) -> str:
    m = re.match(r"https?://([^/?#]+)", url)
    return m.group(1) if m else url


def _outcome(result: Result) -> str:
    return OUTCOME.get(result.outcome, result.outcome.upper())


def _outcome_class(result: Result) -> str:
    return result.outcome if result.outcome in OUTCOME else "other"


def _numbered(root: Node | None) -> Iterator[tuple[int, Node, int | None]]:
    """``(id, node, parent id)`` depth first, ids from 0 (as :meth:`Node.walk`)."""
    if root is None:
        return
    counter = 0
    stack: list[tuple[Node, int | None]] = [(root, None)]
    while stack:
        node, parent = stack.pop()
        me = counter
        counter += 1
        yield me, node, parent
        for child in reversed(node.children):
            stack.append((child, me))


def _summary_items(result: Result) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The summary as ``(label, css class, [(kind, text)])`` with kinds text/rule/citation."""
    items: list[tuple[str, str, list[tuple[str, str]]]] = []
    for b in result.bases:
        kind = b.kind.replace("_", " ") + (f", {b.type.replace('_', ' ')}" if b.type else "") \
            + (f" ({b.instrument})" if b.instrument else "")
        items.append(("basis", "holds", [("text", kind + " — "), ("citation", b.citation),
                                         ("rule", b.rule)]))
    for g in result.refusal_grounds:
        how = "the court may refuse" if g.discretionary else "refusal is mandatory"
        items.append(("ground", "fails", [("text", f"{g.ground} ({how}) — "),
                                          ("citation", g.citation), ("rule", g.rule)]))
    if result.missing_facts:
        items.append(("missing", "unknown", [("text", "the applicant must still establish: "
                                              + ", ".join(result.missing_facts))]))
    if result.assumptions:
        items.append(("assumed", "assumed", [
            ("text", "not established, the burden being on the resisting party: "
             + ", ".join(result.assumptions))]))
    for c in result.caveats:
        items.append(("caveat", "caveat", [("text", f"UNCONFIRMED in the sources: {c.note}"),
                                           ("rule", c.rule)]))
    return items


def _heading(result: Result) -> str:
    return f"{result.case}: {result.origin} → {result.forum}, law as of {result.as_of}"


# --------------------------------------------------------------------- text

_ANSI = {"holds": "\x1b[32m", "fails": "\x1b[31m", "unknown": "\x1b[33m",
         "dim": "\x1b[2m", "bold": "\x1b[1m", "reset": "\x1b[0m"}
_OUTCOME_COLOUR = {"recognised": "holds", "refused": "fails", "undetermined": "unknown"}
_LABEL_COLOUR = {"basis": "holds", "ground": "fails", "missing": "unknown",
                 "assumed": "unknown", "caveat": "unknown"}
# A child's first line in render.tree: the parent's guides, then the connector.
_CHILD_HEAD = re.compile(r"((?:│  |   )*)(├─ |└─ )")


def _paint(text: str, *styles: str) -> str:
    return "".join(_ANSI[s] for s in styles) + text + _ANSI["reset"]


def to_text(result: Result, color: bool = False) -> str:
    """The summary and the derivation tree with citations (:mod:`pyenforce.render`).

    ``color=False`` gives exactly :func:`pyenforce.render.explanation`; with
    ``color=True`` the same text has ANSI colours: ✓ green, ✗ red, ? yellow,
    rule ids dim, the outcome bold. Removing the escapes gives the plain text
    back. Use colour on a terminal only (``sys.stdout.isatty()``).
    """
    plain = render.explanation(result)
    if not color:
        return plain
    lines = plain.split("\n")
    n_summary = len(render.summary(result).split("\n"))
    out = [_colour_summary_line(line, i, result) for i, line in enumerate(lines[:n_summary])]
    rest = lines[n_summary:]
    if result.derivation is None or len(rest) < 3:
        return "\n".join(out + rest)
    # rest: "", "  Derivation …:", then the tree, each line indented by two spaces.
    out += [rest[0], _paint(rest[1], "bold")]
    out += _colour_tree([line[2:] for line in rest[2:]], list(result.derivation.walk()), "  ")
    return "\n".join(out)


def _colour_summary_line(line: str, i: int, result: Result) -> str:
    if i == 1 and line.strip() == _outcome(result):
        return "  " + _paint(line.strip(), "bold", _OUTCOME_COLOUR.get(result.outcome, "unknown"))
    label = line[2:12].strip()
    if i > 1 and line[:2] == "  " and label in _LABEL_COLOUR and line[2:].startswith(label):
        return "  " + _paint(line[2:12], _LABEL_COLOUR[label]) + line[12:]
    return line


def _colour_tree(lines: list[str], nodes: list[Node], indent: str) -> list[str]:
    """Colour the lines of :func:`render.tree`, ``nodes`` in the same (depth-first) order.

    A node's first line is the mark at column 0 (the root) or just after a
    ``├─``/``└─`` connector whose prefix is only tree guides; continuation
    lines of the sentence start two columns right of the mark, and the rule
    line (``rule · citation``) four columns right of it. The columns of
    these three kinds of line never coincide, so hostile text cannot pass
    for a node.
    """
    out: list[str] = []
    it = iter(nodes)
    node: Node | None = None
    col = -1  # column of the current node's mark
    rule_done = True
    for k, line in enumerate(lines):
        head = None
        if k == 0:
            head = 0
        else:
            m = _CHILD_HEAD.match(line)
            if m and line[m.end():m.end() + 1] in ("✓", "✗", "?"):
                head = m.end()
        if head is not None:
            node = next(it, None)
            if node is None:  # should not happen; leave the rest plain
                out.extend(indent + ln for ln in lines[k:])
                return out
            col = head
            rule_done = node.rule in STRUCTURAL
            out.append(indent + line[:col] + _paint(line[col], _status(node)) + line[col + 1:])
            continue
        start = col + 4
        if (node is not None and not rule_done and len(line) > start
                and line[:start].strip(" │") == "" and line[start] != " "):
            rule_done = True
            body = line[start:]
            cut = body.find(" · ")
            cut = len(body) if cut < 0 else cut
            out.append(indent + line[:start] + _paint(body[:cut], "dim") + body[cut:])
            continue
        out.append(indent + line)
    return out


# ----------------------------------------------------------------- markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~!])")


def _md(text: str) -> str:
    """Markdown-safe text: control characters escaped, HTML and punctuation neutralised."""
    text = safe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_code(text: str) -> str:
    """A rule id as a code span when it is a plain identifier, else as escaped text.

    Only letters, digits and ``_ : . - /`` go in a code span, so nothing in
    it can close the span or reach a renderer as markup or a link.
    """
    text = safe(text)
    if re.fullmatch(r"[\w:./\-]+", text):
        return f"`{text}`"
    # It may start a line: nothing there may begin a list, heading or rule.
    return re.sub(r"^([-+=])|^(\d+)([.)])", lambda m: "\\" + m.group(1) if m.group(1)
                  else m.group(2) + "\\" + m.group(3), _md(text))


def _md_citation(citation: str) -> str:
    return "".join(f"<{url}>" if url else _md(piece) for piece, url in citation_parts(citation))


def to_markdown(result: Result) -> str:
    """The result as Markdown: a heading, the summary as a list, the derivation as a nested list."""
    out = [f"# {_md(_heading(result))}", "", f"**Outcome: {_md(_outcome(result))}**", ""]
    items = _summary_items(result)
    if items:
        out += ["## Summary", ""]
        for label, _cls, pieces in items:
            body = ""
            for kind, text in pieces:
                body += {"text": _md, "citation": _md_citation,
                         "rule": lambda t: " " + _md_code(t)}[kind](text)
            out.append(f"- **{label}:** {body.strip()}")
        out.append("")
    if result.derivation is not None:
        out += ["## Derivation", "",
                "✓ holds, ✗ does not hold, ? unknown; **bold**: the steps the outcome "
                "turns on.", ""]
        _md_node(result.derivation, 0, out)
        out.append("")
    return "\n".join(out)


def _md_node(node: Node, depth: int, out: list[str]) -> None:
    pad = "  " * depth
    text = _md(node.text or node.claim)
    if node.decisive:
        text = f"**{text}**"
    lines = [f"{pad}- {_mark(node)} {text}"]
    if node.rule not in STRUCTURAL:
        source = _md_code(node.rule)
        if node.citation:
            source += f" · {_md_citation(node.citation)}"
        lines.append(f"{pad}  {source}")
    if node.burden:
        lines.append(f"{pad}  *burden: {_md(BURDEN_WORDS.get(node.burden, node.burden))}*")
    for note in node.notes:
        flag = "⚠ " if note.startswith("UNCONFIRMED") else "! "
        lines.append(f"{pad}  {flag}*{_md(note)}*")
    # A backslash at the end of a line is a hard line break in CommonMark.
    out.extend(line + "\\" for line in lines[:-1])
    out.append(lines[-1])
    for child in node.children:
        _md_node(child, depth + 1, out)


# ------------------------------------------------------------------ mermaid

_MERMAID_COLOURS = {
    "holds": "fill:#e3f4e6,stroke:#1b7a36,color:#0b3318",
    "fails": "fill:#fde4e1,stroke:#b3261e,color:#4a0d08,stroke-dasharray:5 3",
    "unknown": "fill:#fff4d6,stroke:#a86b00,color:#402800",
}


def _label_lines(node: Node, width: int) -> list[str]:
    """A graph node's label: mark and rule id, then the sentence wrapped to ``width``."""
    sentence = safe(node.text or node.claim)
    if node.rule in STRUCTURAL:  # a connective: the mark starts the sentence
        return textwrap.wrap(f"{_mark(node)} {sentence}", width=width, break_long_words=True,
                             break_on_hyphens=False) or [_mark(node)]
    return [f"{_mark(node)} {safe(node.rule)}"] + textwrap.wrap(
        sentence, width=width, break_long_words=True, break_on_hyphens=False)


def _mermaid_text(text: str) -> str:
    """Text for a quoted Mermaid label: anything that is syntax becomes ``#code;``.

    Quotes, brackets, braces, ``#``, ``%`` (directives), ``;``, ``<`` ``>``
    ``&`` (HTML), backticks (Markdown strings) and backslashes are written as
    Mermaid entity codes, so no label can close its node or start a
    directive; control characters are escaped first.
    """
    return "".join(f"#{ord(c)};" if c in '"#%;<>&`[]{}|\\' else c for c in safe(text))


def to_mermaid(result: Result, width: int = 40) -> str:
    """The derivation as a Mermaid flowchart (``graph TD``).

    One node a derivation step, ``n0`` the root then depth first, labelled
    with its mark, rule id and sentence; an edge from each step to each of
    its parts; the classes ``holds``, ``fails`` (dashed) and ``unknown``,
    and ``decisive`` (a thick border) for the steps the outcome turns on.
    """
    out = ["graph TD",
           f"  %% pyenforce derivation: {_mermaid_text(_heading(result))}: "
           f"{_mermaid_text(_outcome(result))}"]
    edges: list[str] = []
    decisive: list[str] = []
    for i, node, parent in _numbered(result.derivation):
        body = _label_lines(node, width)
        label = "<br/>".join(_mermaid_text(line) for line in body)
        out.append(f'  n{i}["{label}"]:::{_status(node)}')
        if parent is not None:
            edges.append(f"  n{parent} --> n{i}")
        if node.decisive:
            decisive.append(f"n{i}")
    out += edges
    out += [f"  classDef {status} {style}" for status, style in _MERMAID_COLOURS.items()]
    out.append("  classDef decisive stroke-width:3px")
    for k in range(0, len(decisive), 50):
        out.append(f"  class {','.join(decisive[k:k + 50])} decisive")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------- dot

_DOT_COLOURS = {
    "holds": ("#e3f4e6", "#1b7a36", "solid"),
    "fails": ("#fde4e1", "#b3261e", "dashed"),
    "unknown": ("#fff4d6", "#a86b00", "dotted"),
}


def _dot_string(text: str) -> str:
    """``text`` as a DOT double-quoted string (line breaks must be given as ``\\n``)."""
    return '"' + safe(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _dot_label(lines: list[str]) -> str:
    """Lines joined by DOT's centred line break, each escaped."""
    return '"' + "\\n".join(safe(line).replace("\\", "\\\\").replace('"', '\\"')
                            for line in lines) + '"'


def to_dot(result: Result, width: int = 40) -> str:
    """The derivation as a Graphviz digraph (``digraph derivation { … }``).

    Nodes ``n0``, ``n1``, … depth first, boxes labelled with mark, rule id
    and sentence, filled by status (green holds, red dashed fails, amber
    dotted unknown), a thick border for the steps the outcome turns on;
    edges from each step to its parts. Render with ``dot -Tsvg``.
    """
    title = f"{_heading(result)}: {_outcome(result)}"
    out = ["digraph derivation {",
           '  graph [rankdir=TB, labelloc=t, fontname="DejaVu Sans", '
           f"label={_dot_string(title)}];",
           '  node [shape=box, style="rounded,filled", fontname="DejaVu Sans", fontsize=10];',
           "  edge [arrowsize=0.6];"]
    edges: list[str] = []
    for i, node, parent in _numbered(result.derivation):
        status = _status(node)
        fill, stroke, line = _DOT_COLOURS[status]
        attrs = [f"label={_dot_label(_label_lines(node, width))}", f'fillcolor="{fill}"',
                 f'color="{stroke}"', f'style="rounded,filled,{line}"',
                 f"penwidth={3 if node.decisive else 1}"]
        if node.citation and node.rule not in STRUCTURAL:
            attrs.append(f"tooltip={_dot_string(node.citation)}")
            urls = [url for _, url in citation_parts(node.citation) if url]
            if urls:
                attrs.append(f"URL={_dot_string(urls[0])}")
        out.append(f"  n{i} [{', '.join(attrs)}];")
        if parent is not None:
            edges.append(f"  n{parent} -> n{i};")
    out += edges
    out.append("}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------- html

def _h(text: str) -> str:
    """Text and attribute values for HTML: control characters and markup escaped."""
    return html.escape(safe(text), quote=True)


def _html_citation(citation: str) -> str:
    parts = []
    for piece, url in citation_parts(citation):
        if url:
            parts.append(f'<a href="{_h(url)}" rel="noopener noreferrer nofollow" '
                         f'title="{_h(url)}">{_h(_host(url))}</a>')
        else:
            parts.append(_h(piece))
    return "".join(parts)


_CSS = """
.pyenforce{--holds:#1b7a36;--holds-bg:#e9f6ec;--fails:#b3261e;--fails-bg:#fdecea;
 --unknown:#8a5a00;--unknown-bg:#fff5da;--muted:#5b6470;--line:#d5d9de;--fg:#1d232b;--bg:#fff;
 color:var(--fg);background:var(--bg);font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,
 "DejaVu Sans",sans-serif;max-width:60rem;margin:0 auto;padding:.75rem;overflow-wrap:anywhere}
@media (prefers-color-scheme:dark){.pyenforce{--holds:#6fd08c;--holds-bg:#15301d;--fails:#ff8a80;
 --fails-bg:#3a1714;--unknown:#f0c05a;--unknown-bg:#352a0e;--muted:#a3acb8;--line:#3a414a;
 --fg:#e8eaed;--bg:#15181c}}
.pyenforce h1{font-size:1.25rem;margin:.2rem 0 .4rem;line-height:1.3}
.pyenforce h2{font-size:1.05rem;margin:1.2rem 0 .4rem;border-bottom:1px solid var(--line)}
.pyenforce .route{color:var(--muted);margin:0}
.pyenforce .outcome{display:inline-block;font-weight:700;letter-spacing:.04em;padding:.15rem .6rem;
 border-radius:.35rem;margin:.5rem 0;border:2px solid currentColor}
.pyenforce .outcome.recognised{color:var(--holds);background:var(--holds-bg)}
.pyenforce .outcome.refused{color:var(--fails);background:var(--fails-bg)}
.pyenforce .outcome.undetermined,.pyenforce .outcome.other{color:var(--unknown);background:var(--unknown-bg)}
.pyenforce ul.summary{list-style:none;padding:0;margin:0}
.pyenforce ul.summary li{margin:.35rem 0;padding:.3rem .5rem;border-left:4px solid var(--line)}
.pyenforce ul.summary li.holds{border-color:var(--holds)}
.pyenforce ul.summary li.fails{border-color:var(--fails)}
.pyenforce ul.summary li.unknown,.pyenforce ul.summary li.caveat{border-color:var(--unknown)}
.pyenforce .label{font-weight:700;margin-right:.3rem}
.pyenforce code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.82em}
.pyenforce .legend{color:var(--muted);font-size:.9rem;margin:.2rem 0 .6rem}
.pyenforce ul.tree,.pyenforce ul.children{list-style:none;margin:0;padding:0}
.pyenforce ul.children{margin-left:.55rem;padding-left:.45rem;border-left:1px solid var(--line)}
.pyenforce li.node{margin:.25rem 0}
.pyenforce .step{display:block;padding:.2rem .4rem;border-left:4px solid;border-radius:.25rem;font-size:.95rem}
.pyenforce li.holds>.step,.pyenforce li.holds>details>summary{background:var(--holds-bg);border-color:var(--holds)}
.pyenforce li.fails>.step,.pyenforce li.fails>details>summary{background:var(--fails-bg);border-color:var(--fails);border-left-style:dashed}
.pyenforce li.unknown>.step,.pyenforce li.unknown>details>summary{background:var(--unknown-bg);border-color:var(--unknown);border-left-style:dotted}
.pyenforce summary.step{cursor:pointer;list-style:none}
.pyenforce summary.step::-webkit-details-marker{display:none}
.pyenforce summary.step .toggle::before{content:"▸";display:inline-block;width:1em;color:var(--muted)}
.pyenforce details[open]>summary.step .toggle::before{content:"▾"}
.pyenforce .mark{font-weight:700;display:inline-block;min-width:1.1em;text-align:center}
.pyenforce li.holds>.step .mark,.pyenforce li.holds>details>summary .mark{color:var(--holds)}
.pyenforce li.fails>.step .mark,.pyenforce li.fails>details>summary .mark{color:var(--fails)}
.pyenforce li.unknown>.step .mark,.pyenforce li.unknown>details>summary .mark{color:var(--unknown)}
.pyenforce .status{font-size:.7rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin-left:.3rem}
.pyenforce li.decisive>.step .sentence,.pyenforce li.decisive>details>summary .sentence{font-weight:600}
.pyenforce .source,.pyenforce .burden,.pyenforce .note{display:block;font-size:.8rem;line-height:1.35;color:var(--muted);margin-top:.1rem}
.pyenforce .rule{color:var(--fg)}
.pyenforce .note.unconfirmed{color:var(--fg);background:var(--unknown-bg);border:1px solid var(--unknown);
 border-radius:.25rem;padding:.05rem .3rem}
.pyenforce .note.unconfirmed strong{color:var(--unknown)}
.pyenforce a{color:inherit;text-decoration:underline}
.pyenforce footer{color:var(--muted);font-size:.8rem;margin-top:1.5rem}
""".strip()

_PAGE_CSS = "html,body{margin:0;background:#fff}@media (prefers-color-scheme:dark){html,body{background:#15181c}}"


def to_html(result: Result, fragment: bool = False) -> str:
    """The result as one self-contained HTML page: summary, then the derivation tree.

    Inline CSS, no script, nothing loaded from the network; a phone-sized
    viewport. Each step is an ``<li class="node STATUS">`` (``holds``,
    ``fails`` or ``unknown``; plus ``decisive`` for the steps the outcome
    turns on) showing a mark (✓ ✗ ?) and the status in words, so colour is
    never the only sign; a step with parts is a ``<details>`` open when
    decisive. Citations ending in ``<https://…>`` become links.
    ``fragment=True`` gives just the ``<div class="pyenforce">`` with its
    scoped style, for embedding (Jupyter).
    """
    body = _html_body(result)
    div = f'<div class="pyenforce">\n<style>{_CSS}</style>\n{body}\n</div>'
    if fragment:
        return div
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{_h(result.case)}: {_h(_outcome(result))} — pyenforce</title>\n"
            f"<style>{_PAGE_CSS}</style>\n</head>\n<body>\n{div}\n</body>\n</html>\n")


def _html_body(result: Result) -> str:
    out = ["<header>",
           f'<h1 class="case">{_h(result.case)}</h1>',
           f'<p class="route">{_h(result.origin)} → {_h(result.forum)}, law as of '
           f'{_h(result.as_of)}</p>',
           f'<p class="outcome {_outcome_class(result)}">{_h(_outcome(result))}</p>',
           "</header>"]
    items = _summary_items(result)
    if items:
        out += ['<section class="summary-section">', "<h2>Summary</h2>", '<ul class="summary">']
        for label, cls, pieces in items:
            body = ""
            for kind, text in pieces:
                if kind == "text":
                    body += _h(text)
                elif kind == "citation":
                    body += f'<span class="citation">{_html_citation(text)}</span>'
                else:
                    body += f' <code class="rule">[{_h(text)}]</code>'
            out.append(f'<li class="{cls}"><span class="label">{_h(label)}</span>{body}</li>')
        out += ["</ul>", "</section>"]
    if result.derivation is not None:
        out += ['<section class="derivation">', "<h2>Derivation</h2>",
                '<p class="legend">✓ holds · ✗ does not hold · ? unknown; in bold, the steps '
                "the outcome turns on. Tap a step to open or close it.</p>",
                '<ul class="tree">']
        _html_node(result.derivation, out)
        out += ["</ul>", "</section>"]
    out.append("<footer>pyenforce: the derivation of every rule weighed, with its citation, "
               "including the branches that failed.</footer>")
    return "\n".join(out)


def _html_node(node: Node, out: list[str]) -> None:
    status = _status(node)
    classes = f"node {status}" + (" decisive" if node.decisive else "")
    parts = [f'<span class="mark" aria-hidden="true">{_mark(node)}</span>',
             f'<span class="sentence">{_h(node.text or node.claim)}</span>',
             f'<span class="status">{STATUS_WORDS[status]}</span>']
    if node.rule not in STRUCTURAL:
        source = f'<code class="rule">{_h(node.rule)}</code>'
        if node.citation:
            source += f' · <span class="citation">{_html_citation(node.citation)}</span>'
        parts.append(f'<span class="source">{source}</span>')
    if node.burden:
        parts.append(f'<span class="burden">burden: '
                     f'{_h(BURDEN_WORDS.get(node.burden, node.burden))}</span>')
    for note in node.notes:
        if note.startswith("UNCONFIRMED"):
            rest = note[len("UNCONFIRMED"):]
            parts.append(f'<span class="note unconfirmed"><strong>⚠ UNCONFIRMED</strong>'
                         f'{_h(rest)}</span>')
        else:
            parts.append(f'<span class="note">{_h(note)}</span>')
    inner = "".join(parts)
    data = f' data-status="{status}" data-rule="{_h(node.rule)}"'
    if node.children:
        out.append(f'<li class="{classes}"{data}><details{" open" if node.decisive else ""}>'
                   f'<summary class="step"><span class="toggle"></span>{inner}</summary>'
                   '<ul class="children">')
        for child in node.children:
            _html_node(child, out)
        out.append("</ul></details></li>")
    else:
        out.append(f'<li class="{classes}"{data}><div class="step">{inner}</div></li>')


# --------------------------------------------------------------------- json

def to_json(result: Result) -> str:
    """The format-1 JSON of the result, indented (``Result.to_dict()``)."""
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


#: Every format by the name ``explain --format`` gives it.
FORMATS: dict[str, Callable[[Result], str]] = {
    "text": to_text,
    "markdown": to_markdown,
    "mermaid": to_mermaid,
    "dot": to_dot,
    "html": to_html,
    "json": to_json,
}


def render_as(result: Result, fmt: str, color: bool = False) -> str:
    """``result`` in the format named ``fmt`` (a key of :data:`FORMATS`)."""
    if fmt == "text":
        return to_text(result, color=color)
    try:
        return FORMATS[fmt](result)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}") from None
