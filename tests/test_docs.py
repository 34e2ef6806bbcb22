"""Every command and code block in the course runs, and says what it shows.

docs/tutorial.md and docs/exercises/**/*.md are read block by block.
Each fenced block must carry an info string this harness understands:

``console``
    ``$ command`` lines (a line ending in ``\\`` continues on the next),
    each followed by the output it prints (standard output and standard
    error together). The command runs through bash from the root of a
    scratch copy of the repository, with ``pyenforce`` and ``python``
    meaning this virtual environment's (``python -m pyenforce``). It must
    exit 0 (write ``; echo "exit $?"`` to show a failure) and its output
    must match what is shown, doctest style: ``...`` stands for any text,
    within a line or for whole lines.
``prolog``
    ``?- Goal.`` queries (a query may span lines, up to its final ``.``),
    run one after another in one ``swipl logic/load.pl``. Each must
    succeed; lines after a query show its answer as the toplevel would
    (``Var = Value`` bindings, ``true.``, ``false.``, with ``...``), and
    what the goal printed before it.
``python``
    run as a script (its asserts are the test) in a fresh process.
``<lang> file=PATH``
    the contents of PATH: where PATH is in the repository the block must
    be exactly that file (so the docs show the real file); otherwise the
    harness writes it into the scratch copy for the blocks after it.
``text``
    illustration only, not run.

A block that fails is reported with its file and line. Nothing is
written into the repository: the scratch copy holds docs/, examples/ and
logic/ and is thrown away afterwards.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import ROOT

DOCS = [ROOT / "docs" / "tutorial.md", *sorted((ROOT / "docs" / "exercises").rglob("*.md"))]
COPIED = ["docs", "examples", "logic"]
TIMEOUT = 120

RULES_INTERFACE = ((ROOT / "logic" / "user_rules.pl").is_file()
                   and "--rules" in (ROOT / "pyenforce" / "cli.py").read_text(encoding="utf-8"))
RULES_WORDS = ("--rules", "load_rules", "load_user_rules")


@dataclass
class Block:
    doc: Path
    line: int                     # line of the opening fence, 1-based
    lang: str
    attrs: dict = field(default_factory=dict)
    body: str = ""

    @property
    def where(self) -> str:
        return f"{self.doc.relative_to(ROOT)}:{self.line}"


FENCE = re.compile(r"^(`{3,})(.*)$")


def parse(doc: Path) -> list[Block]:
    blocks, lines = [], doc.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m.group(1), m.group(2).split()
        body, j = [], i + 1
        while j < len(lines) and lines[j].rstrip() != fence:
            body.append(lines[j])
            j += 1
        if j == len(lines):
            raise AssertionError(f"{doc.relative_to(ROOT)}:{i + 1}: code block never closed")
        lang = info[0] if info else ""
        attrs = dict(a.split("=", 1) for a in info[1:] if "=" in a)
        blocks.append(Block(doc, i + 1, lang, attrs, "\n".join(body) + "\n"))
        i = j + 1
    return blocks


ALL_BLOCKS = [b for doc in DOCS if doc.is_file() for b in parse(doc)]


def test_the_course_exists():
    assert (ROOT / "docs" / "tutorial.md").is_file()
    readmes = [p for p in (ROOT / "docs" / "exercises").rglob("README.md") if p.parent.name != "exercises"]
    assert len(readmes) >= 4, "at least four exercises, each with its README"
    for readme in readmes:
        solutions = [p for p in readme.parent.iterdir() if p.name.startswith("solution")]
        assert solutions, f"{readme.relative_to(ROOT)}: no worked solution file beside it"


def test_every_block_says_how_it_runs():
    bad = [b.where for b in ALL_BLOCKS
           if not (b.lang in ("console", "prolog", "python", "text") or "file" in b.attrs)]
    assert not bad, "code blocks without a runnable info string (console, prolog, python, text, or file=PATH): " + ", ".join(bad)


# ---------------------------------------------------------------------------
# the scratch copy

@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    root = tmp_path_factory.mktemp("docs-run")
    for name in COPIED:
        shutil.copytree(ROOT / name, root / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.png", "research"))
    bin_dir = root / ".bin"
    bin_dir.mkdir()
    for name, line in (("pyenforce", f'exec "{sys.executable}" -m pyenforce "$@"'),
                       ("python", f'exec "{sys.executable}" "$@"')):
        script = bin_dir / name
        script.write_text("#!/bin/sh\n" + line + "\n")
        script.chmod(0o755)
    # the files the docs create, so that any block can also run on its own
    for b in ALL_BLOCKS:
        path = b.attrs.get("file")
        if path and not (ROOT / path).exists():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(b.body, encoding="utf-8")
    env = dict(os.environ)
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["PYENFORCE_LOGIC"] = str(root / "logic")
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "80"
    env.pop("PYTHONPATH", None)
    return root, env


# ---------------------------------------------------------------------------
# matching, doctest style

def matches(expected: str, actual: str) -> bool:
    exp = _clean(expected)
    act = _clean(actual)
    pattern = ".*?".join(re.escape(part) for part in exp.split("..."))
    return re.fullmatch(pattern, act, re.S) is not None


def _clean(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines()).strip("\n")


def _fail(block: Block, line: int, what: str, expected: str, actual: str):
    pytest.fail(f"{block.doc.relative_to(ROOT)}:{block.line + line}: {what}\n"
                f"--- expected ---\n{expected}\n--- got ---\n{actual}", pytrace=False)


# ---------------------------------------------------------------------------
# console

def console_steps(body: str):
    """(line offset, command, expected output) for each ``$`` command."""
    steps, lines, i = [], body.splitlines(), 0
    while i < len(lines):
        if not lines[i].startswith("$ "):
            if lines[i].strip():
                raise AssertionError(f"output before any command: {lines[i]!r}")
            i += 1
            continue
        start, cmd = i, lines[i][2:]
        while cmd.endswith("\\") and i + 1 < len(lines):
            i += 1
            cmd = cmd[:-1] + "\n" + lines[i].removeprefix("> ")
        out = []
        i += 1
        while i < len(lines) and not lines[i].startswith("$ "):
            out.append(lines[i])
            i += 1
        steps.append((start + 1, cmd, "\n".join(out)))
    return steps


def run_console(block: Block, root: Path, env: dict):
    for offset, cmd, expected in console_steps(block.body):
        proc = subprocess.run(["bash", "-c", cmd], cwd=root, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              timeout=TIMEOUT)
        if proc.returncode != 0:
            _fail(block, offset, f"`{cmd}` exited {proc.returncode}", expected, proc.stdout)
        if expected.strip() and not matches(expected, proc.stdout):
            _fail(block, offset, f"`{cmd}` printed something else", expected, proc.stdout)


# ---------------------------------------------------------------------------
# prolog

DRIVER = r"""
:- module(docs_driver, [run_queries/1]).
run_queries(File) :-
    set_stream(user_output, buffer(false)),
    setup_call_cleanup(open(File, read, S), loop(S), close(S)).
loop(S) :-
    read_term(S, T, [variable_names(Vs), module(user)]),
    (   T == end_of_file -> true
    ;   format("~n@@QUERY@@~n"), flush_output,
        catch(( call(user:T) -> answer(Vs) ; format("false.~n") ),
              E, ( print_message(error, E), format("ERROR.~n") )),
        flush_output,
        loop(S)
    ).
answer(Vs0) :-
    exclude([N=V]>>( sub_atom(N, 0, 1, _, '_') ; var(V) ), Vs0, Vs),
    (   Vs == [] -> format("true.~n")
    ;   length(Vs, Len),
        forall(nth1(I, Vs, N=V),
               ( ( I == Len -> End = "." ; End = "," ),
                 format("~w = ~W~s~n", [N, V, [portray(true), quoted(true), spacing(next_argument), priority(699)], End]) ))
    ).
"""


def prolog_queries(body: str):
    """(line offset, query text, expected answer) for each ``?-`` query."""
    queries, lines, i = [], body.splitlines(), 0
    while i < len(lines):
        if not lines[i].startswith("?- "):
            if lines[i].strip():
                raise AssertionError(f"text before any query: {lines[i]!r}")
            i += 1
            continue
        start, q = i, lines[i][3:]
        while not re.search(r"\.\s*(%.*)?$", q) and i + 1 < len(lines):
            i += 1
            q += "\n" + lines[i]
        out = []
        i += 1
        while i < len(lines) and not lines[i].startswith("?- "):
            out.append(lines[i])
            i += 1
        queries.append((start + 1, q, "\n".join(out)))
    return queries


def run_prolog(block: Block, root: Path, env: dict, tmp_path: Path):
    queries = prolog_queries(block.body)
    assert queries, f"{block.where}: a prolog block without ?- queries needs file=PATH or text"
    driver = tmp_path / "docs_driver.pl"
    driver.write_text(DRIVER)
    qfile = tmp_path / "queries.pl"
    qfile.write_text("\n".join(q for _, q, _ in queries) + "\n")
    proc = subprocess.run(["swipl", "-q", "-g", f"docs_driver:run_queries('{qfile}')", "-t", "halt",
                           "logic/load.pl", str(driver)],
                          cwd=root, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT)
    parts = proc.stdout.split("\n@@QUERY@@\n")
    answers = parts[1:]
    for k, (offset, q, expected) in enumerate(queries):
        got = answers[k] if k < len(answers) else proc.stdout
        last = _clean(got).splitlines()[-1:] or [""]
        if not expected.strip():
            if last[0] in ("false.", "ERROR.") or k >= len(answers):
                _fail(block, offset, f"`?- {q}` did not succeed", "(success)", got)
        elif not matches(expected, got):
            _fail(block, offset, f"`?- {q}` answered something else", expected, got)


# ---------------------------------------------------------------------------
# python

def run_python(block: Block, root: Path, env: dict, tmp_path: Path):
    script = tmp_path / "block.py"
    script.write_text(block.body)
    proc = subprocess.run([sys.executable, str(script)], cwd=root, env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT)
    if proc.returncode != 0:
        _fail(block, 1, "the Python block failed", "(exit 0)", proc.stdout)


# ---------------------------------------------------------------------------

RUNNABLE = [b for b in ALL_BLOCKS if b.lang in ("console", "prolog", "python") or "file" in b.attrs]


@pytest.mark.parametrize("block", RUNNABLE, ids=[b.where for b in RUNNABLE])
def test_block(block: Block, scratch, tmp_path):
    if not RULES_INTERFACE and any(w in block.body for w in RULES_WORDS):
        pytest.skip("the user-rules interface (--rules, Engine.load_rules) is not there yet")
    root, env = scratch
    path = block.attrs.get("file")
    if path:
        real = ROOT / path
        if real.exists():
            assert real.read_text(encoding="utf-8") == block.body, (
                f"{block.where}: the block differs from {path}; the docs must show the file as it is")
        if block.lang != "prolog" or "?- " not in block.body:
            return
    if block.lang == "console":
        run_console(block, root, env)
    elif block.lang == "prolog":
        run_prolog(block, root, env, tmp_path)
    elif block.lang == "python":
        run_python(block, root, env, tmp_path)


def test_matching_is_doctest_style():
    assert matches("a\n...\nd", "a\nb\nc\nd")
    assert matches("  RECOGNISED\n  basis ... [x]", "  RECOGNISED\n  basis  treaty [x]")
    assert not matches("a\nd", "a\nb\nd")
    assert console_steps("$ a \\\n> b\nout\n$ c\n") == [(1, "a \nb", "out"), (4, "c", "")]
    assert [q for _, q, _ in prolog_queries("?- a,\n   b.\nX = 1.\n?- c.\n")] == ["a,\n   b.", "c."]
