"""Every format renders every example, well formed, and hostile text stays text.

Formats (pyenforce.formats): text (plain and ANSI), Markdown, Mermaid, DOT,
HTML (self-contained, no script, nothing loaded), JSON; and the Jupyter
hooks ``Result._repr_html_`` / ``_repr_markdown_``.
"""
from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from conftest import EXAMPLE_IDS, example, example_data
from pyenforce import Case, formats, render
from pyenforce.result import Node, Result

ANSI = re.compile(r"\x1b\[[0-9;]*m")
STATUSES = ("holds", "fails", "unknown")
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source"}
# Tags to_html writes, and nothing else.
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "div", "header", "h1", "h2", "p",
                "section", "ul", "li", "span", "code", "strong", "a", "details", "summary",
                "footer"}

HOSTILE_ID = '</script><script>alert(1)</script>x"]; evil -> y'
HOSTILE = [
    "</script><script>alert(1)</script>",
    'x"]; evil -> y',
    '"]:::holds\n  n999["pwned',
    "} digraph evil { a -> b; }",
    '%%{init: {"securityLevel": "loose"}}%%',
    "<img src=x onerror=alert(1)> & <b>bold</b>",
    "**bold** [link](javascript:alert(1)) `code` # heading | pipe",
    'back\\slash \\" \\n quote"',
    "esc\x1b[2J\r\nnew\x00line\x7f",
    "- [x] injected item",
    "1. numbered\n===",
]


# ------------------------------------------------------------------ fixtures

@pytest.fixture(scope="module")
def results(engine) -> dict[str, Result]:
    return {name: engine.evaluate(Case.from_file(example(name))) for name in EXAMPLE_IDS}


@pytest.fixture(scope="module")
def hostile(engine) -> Result:
    """A real result whose case id is hostile and whose derivation carries hostile text."""
    d = example_data("jp-cn-2022")
    d["id"] = HOSTILE_ID
    d["title"] = HOSTILE[0]
    d["decision"]["court"] = HOSTILE[1]
    d["evidence"]["origin_refused_forum_judgments"][0]["ref"] = HOSTILE[2]
    r = engine.evaluate(Case.from_dict(d))
    r = copy.deepcopy(r)
    nodes = list(r.derivation.walk())
    for i, node in enumerate(nodes[1:40]):
        text = HOSTILE[i % len(HOSTILE)]
        node.text = f"{text} {node.text}"
        node.citation = f"{HOSTILE[(i + 3) % len(HOSTILE)]} <https://example.org/a?b=1&c=\"x\">"
        node.notes = node.notes + [f"UNCONFIRMED: {HOSTILE[(i + 5) % len(HOSTILE)]}"]
        if i % 4 == 0:
            node.rule = HOSTILE[(i + 1) % len(HOSTILE)]
    nodes[40].citation = "see <javascript:alert(1)> and <https://ok.example/p>"
    r.caveats = r.caveats + [type(r.caveats[0])(rule=HOSTILE[1], note=HOSTILE[5])] \
        if r.caveats else r.caveats
    r.missing_facts = [HOSTILE[6]]
    return r


def n_nodes(r: Result) -> int:
    return sum(1 for _ in r.derivation.walk())


def statuses(r: Result) -> list[str]:
    return [n.status for n in r.derivation.walk()]


# ------------------------------------------------------------------ helpers

class Tree(HTMLParser):
    """Checks nesting and collects elements: (tag, attrs, depth)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.text: list[tuple[str, str]] = []  # (innermost tag, data)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append((self.stack[-1] if self.stack else "", data))


def parse_html(text: str) -> Tree:
    p = Tree()
    p.feed(text)
    p.close()
    assert not p.errors, p.errors[:5]
    assert not p.stack, f"unclosed: {p.stack}"
    return p


def classes(attrs: dict) -> set[str]:
    return set((attrs.get("class") or "").split())


def check_html(text: str, r: Result, fragment: bool = False) -> Tree:
    p = parse_html(text)
    tags = {t for t, _ in p.elements}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    assert "script" not in tags and "link" not in tags and "iframe" not in tags
    for tag, attrs in p.elements:
        for name in attrs:
            assert not name.startswith("on"), (tag, name)
        assert "src" not in attrs and "srcset" not in attrs
        if tag == "a":
            assert re.match(r"https?://", attrs["href"]), attrs["href"]
    css = "".join(data for tag, data in p.text if tag == "style")
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    if not fragment:
        assert text.startswith("<!DOCTYPE html>")
        metas = [a for t, a in p.elements if t == "meta"]
        assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in metas
    nodes = [(a, classes(a)) for t, a in p.elements if t == "li" and "node" in classes(a)]
    assert len(nodes) == n_nodes(r)
    for (attrs, cls), node in zip(nodes, r.derivation.walk()):
        assert node.status in cls and attrs["data-status"] == node.status
        assert ("decisive" in cls) == node.decisive
    return p


def dot_structure(text: str) -> tuple[str, int]:
    """DOT with strings replaced by ``S``; checks strings close and brackets balance."""
    out, i, n_strings = [], 0, 0
    while i < len(text):
        c = text[i]
        if c == '"':
            j = i + 1
            while text[j] != '"':
                assert text[j] != "\n", "a newline inside a DOT string"
                j += 2 if text[j] == "\\" else 1
            out.append("S")
            n_strings += 1
            i = j + 1
        else:
            out.append(c)
            i += 1
    skeleton = "".join(out)
    depth = {"{": 0, "[": 0}
    for c in skeleton:
        if c in "{[":
            depth[c] += 1
        elif c in "}]":
            depth["{" if c == "}" else "["] -= 1
            assert min(depth.values()) >= 0
    assert depth == {"{": 0, "[": 0}
    return skeleton, n_strings


MERMAID_LINE = re.compile(
    r'  n\d+\["[^"]*"\]:::(holds|fails|unknown)'
    r"|  n\d+ --> n\d+"
    r"|  classDef (holds|fails|unknown|decisive) [a-z0-9:#.,\- ]+"
    r"|  class n\d+(,n\d+)* decisive"
    r"|  %% pyenforce derivation: [^%{}\n]*")


def check_mermaid(text: str, r: Result) -> None:
    lines = text.rstrip("\n").split("\n")
    assert lines[0] == "graph TD"
    for line in lines[1:]:
        assert MERMAID_LINE.fullmatch(line), line
    decl = [ln for ln in lines if re.match(r"  n\d+\[", ln)]
    assert len(decl) == n_nodes(r)
    assert [re.search(r":::(\w+)$", ln).group(1) for ln in decl] == statuses(r)
    assert sum(1 for ln in lines if "-->" in ln) == n_nodes(r) - 1
    for ln in decl:
        label = ln[ln.index('["') + 2:ln.rindex('"]')]
        assert not re.search(r"#(?!\d+;)", label), label        # every '#' starts an entity
        assert "%%" not in label and "[" not in label and "{" not in label and "`" not in label
        assert "<" not in label.replace("<br/>", "")


def check_dot(text: str, r: Result) -> None:
    assert text.startswith("digraph derivation {") and text.rstrip().endswith("}")
    skeleton, _ = dot_structure(text)
    lines = skeleton.strip().split("\n")
    assert lines[0] == "digraph derivation {" and lines[-1] == "}"
    node_lines = [ln for ln in lines if re.fullmatch(r"  n\d+ \[.*\];", ln)]
    edge_lines = [ln for ln in lines if re.fullmatch(r"  n\d+ -> n\d+;", ln)]
    assert len(node_lines) == n_nodes(r) and len(edge_lines) == n_nodes(r) - 1
    assert len(node_lines) + len(edge_lines) + 5 == len(lines), [
        ln for ln in lines if ln not in node_lines and ln not in edge_lines]
    for ln in node_lines:  # attributes are name=value pairs, values strings or numbers
        assert re.fullmatch(r"  n\d+ \[(\w+=(S|\d+)(, )?)+\];", ln), ln
    if shutil.which("dot"):
        out = subprocess.run(["dot", "-Tsvg"], input=text, capture_output=True, text=True,
                             timeout=120)
        assert out.returncode == 0, out.stderr
        assert out.stdout.count('class="node"') == n_nodes(r)


def md_items(text: str) -> list[str]:
    return re.findall(r"^ *- ([✓✗?]) ", text, flags=re.M)


# ------------------------------------------------------------- the examples

@pytest.mark.parametrize("name", EXAMPLE_IDS)
@pytest.mark.parametrize("fmt", list(formats.FORMATS))
def test_every_format_renders_every_example(results, name, fmt):
    out = formats.render_as(results[name], fmt)
    assert isinstance(out, str) and out.strip()
    assert results[name].case in out


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_text_plain_is_render_explanation_and_colour_only_adds_escapes(results, name):
    r = results[name]
    plain = formats.to_text(r, color=False)
    assert plain == render.explanation(r) and "\x1b" not in plain
    coloured = formats.to_text(r, color=True)
    assert ANSI.sub("", coloured) == plain
    marks = re.findall(r"\x1b\[(\d+)m([✓✗?])\x1b\[0m", coloured)
    code = {"holds": "32", "fails": "31", "unknown": "33"}
    assert [c for c, _ in marks] == [code[s] for s in statuses(r)]
    assert [m for _, m in marks] == [render.MARK[s] for s in statuses(r)]
    dim = re.findall(r"\x1b\[2m([^\x1b]*)\x1b\[0m", coloured)
    rules = [n.rule for n in r.derivation.walk() if n.rule not in formats.STRUCTURAL]
    assert len(dim) == len(rules)
    assert all(rule.startswith(d) for d, rule in zip(dim, rules))


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_markdown(results, name):
    r = results[name]
    md = formats.to_markdown(r)
    assert md.startswith(f"# {r.case}: ")
    assert f"**Outcome: {render.OUTCOME[r.outcome]}**" in md
    assert "## Summary" in md and "## Derivation" in md
    assert md_items(md) == [render.MARK[s] for s in statuses(r)]
    urls = {u for n in r.derivation.walk() for _, u in formats.citation_parts(n.citation) if u}
    for url in urls:
        assert f"<{url}>" in md                          # an autolink
    assert r._repr_markdown_() == md


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_mermaid(results, name):
    check_mermaid(formats.to_mermaid(results[name]), results[name])


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_dot(results, name):
    check_dot(formats.to_dot(results[name]), results[name])


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_html(results, name):
    r = results[name]
    page = formats.to_html(r)
    p = check_html(page, r)
    text = "".join(d for _, d in p.text)
    assert render.OUTCOME[r.outcome] in text
    for b in r.bases:
        assert b.rule in text
    for g in r.refusal_grounds:
        assert g.rule in text
    for fact in r.missing_facts + r.assumptions:
        assert fact in text
    for c in r.caveats:
        assert c.note in text
    # details: one per step with parts, open exactly when decisive
    details = [a for t, a in p.elements if t == "details"]
    with_parts = [n for n in r.derivation.walk() if n.children]
    assert len(details) == len(with_parts)
    assert [("open" in a) for a in details] == [n.decisive for n in with_parts]
    # citations with a public URL are links
    urls = [u for n in r.derivation.walk() for _, u in formats.citation_parts(n.citation) if u]
    hrefs = [a["href"] for t, a in p.elements if t == "a"]
    assert set(urls) <= set(hrefs)
    # UNCONFIRMED notes are highlighted
    unconfirmed = sum(1 for n in r.derivation.walk() for x in n.notes
                      if x.startswith("UNCONFIRMED"))
    assert sum(1 for t, a in p.elements if "unconfirmed" in classes(a)) == unconfirmed


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_jupyter_html_fragment(results, name):
    r = results[name]
    frag = r._repr_html_()
    assert frag.startswith('<div class="pyenforce">') and "<html" not in frag
    check_html(frag, r, fragment=True)
    # the style is scoped: every selector is under .pyenforce
    css = re.search(r"<style>(.*?)</style>", frag, re.S).group(1)
    for selector in re.findall(r"(?:^|})\s*([^{}@]+)\{", css):
        if selector.strip() and not selector.strip().startswith(("from", "to")):
            for part in selector.split(","):
                assert part.strip().startswith(".pyenforce"), part


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_json(results, name):
    assert json.loads(formats.to_json(results[name])) == results[name].to_dict()


def test_us_ru_shows_held_and_failed_steps(results):
    page = formats.to_html(results["us-ru-2023"])
    p = parse_html(page)
    cls = [classes(a) for t, a in p.elements if t == "li"]
    assert any("fails" in c for c in cls) and any("holds" in c for c in cls)
    assert "✗" in page and "✓" in page and "does not hold" in page


def test_unknown_status_is_distinct(results):
    r = results["th-cn-2024"]
    assert "unknown" in statuses(r)
    assert ":::unknown" in formats.to_mermaid(r)
    assert 'class="node unknown' in formats.to_html(r)


def test_citation_parts_only_link_http_urls():
    assert formats.citation_parts("Act s. 1 <https://a.example/x?y=1>") == [
        ("Act s. 1 ", None), ("https://a.example/x?y=1", "https://a.example/x?y=1")]
    assert formats.citation_parts("<javascript:alert(1)>") == [("<javascript:alert(1)>", None)]
    assert formats.citation_parts("") == []


def test_unknown_format_is_a_clear_error(results):
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        formats.render_as(results["us-ru-2023"], "pdf")


def test_a_result_without_derivation_renders(results):
    r = copy.deepcopy(results["nl-kz-2023"])
    r.derivation = None
    for fmt in formats.FORMATS:
        assert formats.render_as(r, fmt).strip()
    assert formats.to_mermaid(r).startswith("graph TD")
    assert formats.to_dot(r).startswith("digraph derivation {")
    parse_html(formats.to_html(r))


# ------------------------------------------------------------ hostile text

def test_hostile_html_stays_text(hostile):
    page = formats.to_html(hostile)
    p = check_html(page, hostile)
    h1 = [d for t, d in p.text if t == "h1"]
    assert h1 == [render.safe(HOSTILE_ID)]
    title = "".join(d for t, d in p.text if t == "title")
    assert title.startswith(render.safe(HOSTILE_ID))
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    hrefs = [a["href"] for t, a in p.elements if t == "a"]
    assert not any("javascript" in h for h in hrefs)
    assert 'https://example.org/a?b=1&c="x"' not in hrefs  # the quote ends the URL: not a link
    assert "https://ok.example/p" in hrefs
    assert "\x1b" not in page and "\x00" not in page
    # the Jupyter fragment too
    check_html(hostile._repr_html_(), hostile, fragment=True)


def test_hostile_mermaid_stays_well_formed(hostile):
    text = formats.to_mermaid(hostile)
    check_mermaid(text, hostile)
    assert "evil -> y" not in text.replace("#34;", '"') or '"]; evil' not in text
    assert "alert(1)</script>" not in text


def test_hostile_dot_stays_well_formed(hostile):
    text = formats.to_dot(hostile)
    check_dot(text, hostile)
    assert "digraph evil" in text                                  # as label text only
    skeleton, _ = dot_structure(text)
    assert skeleton.count("digraph") == 1 and "evil" not in skeleton


def test_hostile_markdown_stays_text(hostile):
    md = formats.to_markdown(hostile)
    assert "<script" not in md and "<img" not in md and "<b>" not in md
    assert not re.search(r"(?<!\\)\]\(javascript:", md) and "<javascript:" not in md
    assert md_items(md) == [render.MARK[s] for s in statuses(hostile)]
    assert md.split("\n", 1)[0].startswith("# &lt;/script&gt;")
    tree = md[md.index("## Derivation"):].split("\n")[4:]
    for line in tree:   # no hostile line may start a list, a heading, a quote or a rule
        if line.strip() and not re.match(r" *- [✓✗?] ", line):
            assert not re.match(r" *([-+*](\s|$)|[-*_=]{3}|[#>=]|\d+[.)])", line), line
    assert "\x1b" not in md and "\x00" not in md
    assert hostile._repr_markdown_() == md


def test_hostile_text_output_escapes_control_characters(hostile):
    plain = formats.to_text(hostile)
    assert plain == render.explanation(hostile) and "\x1b" not in plain and "\x00" not in plain
    coloured = formats.to_text(hostile, color=True)
    assert ANSI.sub("", coloured) == plain
    assert set(re.findall(r"\x1b\[[0-9;]*m", coloured)) <= {
        "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[2m", "\x1b[1m", "\x1b[0m"}
    marks = re.findall(r"\x1b\[(\d+)m([✓✗?])\x1b\[0m", coloured)
    assert len(marks) == n_nodes(hostile)


def test_hostile_json_round_trips(hostile):
    assert Result.from_dict(json.loads(formats.to_json(hostile))).to_dict() == hostile.to_dict()


def test_a_hand_made_result_with_hostile_everything():
    """Strings in every field of a result built by hand, not by the engine."""
    bad = HOSTILE[1]
    leaf = Node(rule=bad, claim=bad, text="", citation=f"{bad} <https://x.example/{bad}>",
                holds=False, status=bad, decisive=True, burden=bad, notes=[bad, "UNCONFIRMED" + bad])
    root = Node(rule="all_of", claim=bad, text=bad, citation="", holds=True, status="holds",
                children=[leaf])
    r = Result(case=HOSTILE_ID, origin=bad, forum=HOSTILE[0], as_of=bad, outcome=bad,
               bases=[], refusal_grounds=[], missing_facts=[bad], assumptions=[bad],
               caveats=[], derivation=root)
    for fmt in formats.FORMATS:
        assert formats.render_as(r, fmt).strip()
    page = formats.to_html(r)
    p = parse_html(page)
    assert {t for t, _ in p.elements} <= ALLOWED_TAGS
    assert [a["data-status"] for t, a in p.elements
            if t == "li" and "node" in classes(a)] == ["holds", "unknown"]
    mer = formats.to_mermaid(r)
    assert mer.split("\n")[2].endswith(":::holds") and mer.split("\n")[3].endswith(":::unknown")
    check_dot_text = formats.to_dot(r)
    dot_structure(check_dot_text)
    if shutil.which("dot"):
        assert subprocess.run(["dot", "-Tsvg"], input=check_dot_text, capture_output=True,
                              text=True, timeout=60).returncode == 0
