"""Shared fixtures: the engine, the bundled examples, and a CLI runner."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXAMPLE_IDS = ["nl-kz-2023", "us-ru-2023", "th-cn-2024", "jp-cn-2022", "cn-usny-2020"]


@pytest.fixture(scope="session")
def engine():
    from pyenforce import Engine
    return Engine()


def example(name: str) -> Path:
    return EXAMPLES / f"{name}.json"


def example_data(name: str) -> dict:
    return json.loads(example(name).read_text(encoding="utf-8"))


def run_cli(*args: str, input: str | None = None, env: dict | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m pyenforce`` as a user would; never raises."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "pyenforce", *args], input=input,
                          capture_output=True, text=True, env=full_env, cwd=cwd or ROOT,
                          timeout=300)


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.split("\n") if line.strip()]
