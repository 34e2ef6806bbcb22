"""The README's examples run, and say what they show."""
from __future__ import annotations

import os
import re
import shlex

from conftest import ROOT, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_setup_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]


def test_readme_python_example_runs(monkeypatch):
    monkeypatch.chdir(ROOT)
    block = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    ns: dict = {}
    exec(compile(block, "README.md", "exec"), ns)
    assert ns["result"].outcome == "recognised"
    assert ns["engine"].evaluate(ns["case"], as_of="2015-06-01").outcome == "refused"


def test_readme_console_transcripts_match_the_cli():
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        for command, shown in _transcripts(block):
            args = shlex.split(command)
            if not args[0].endswith("pyenforce"):
                continue
            out = run_cli(*args[1:])
            assert out.returncode == 0, out.stderr
            assert out.stdout.splitlines()[:len(shown)] == shown, command


def _transcripts(block: str):
    command, shown = None, []
    for line in block.splitlines():
        if line.startswith("$ "):
            if command:
                yield command, _trim(shown)
            command, shown = line[2:], []
        elif line.startswith("?-"):
            continue
        elif line.strip() == "...":
            if command:
                yield command, _trim(shown)
            command = None
        elif command:
            shown.append(line)
    if command:
        yield command, _trim(shown)


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines
