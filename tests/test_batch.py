"""Batch evaluation: every path gives the same lines; bad lines; Ctrl-C."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, example, run_cli

sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402  (bench/generate.py: the deterministic case generator)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    import random
    rng = random.Random(7)
    path = tmp_path_factory.mktemp("batch") / "cases.jsonl"
    path.write_text("".join(json.dumps(generate.case(i, rng)) + "\n" for i in range(300)))
    return path


def floor(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["swipl", str(ROOT / "logic" / "batch.pl"), *args],
                          capture_output=True, text=True, timeout=600)


def test_batch_jobs_floor_and_check_give_identical_lines(generated):
    one = run_cli("batch", str(generated))
    two = run_cli("batch", "--jobs", "2", str(generated))
    prolog = floor(str(generated))
    check = run_cli("check", "--format", "json", str(generated))
    for out in (one, two, prolog, check):
        assert out.returncode == 0, out.stderr
    lines = one.stdout.splitlines()
    assert len(lines) == 300
    assert [json.loads(x)["case"] for x in lines] == [f"gen-{i}" for i in range(300)]   # input order
    assert two.stdout == one.stdout
    assert prolog.stdout == one.stdout
    assert check.stdout == one.stdout
    outcomes = {json.loads(x)["outcome"] for x in lines}
    assert outcomes == {"recognised", "refused", "undetermined"}


def test_explanations_are_identical_too(generated, tmp_path):
    head = tmp_path / "head.jsonl"
    head.write_text("".join(generated.read_text().splitlines(keepends=True)[:40]))
    one = run_cli("batch", "--explain", str(head))
    prolog = floor("--explain", str(head))
    check = run_cli("check", "--format", "json", "--explain", str(head))
    assert one.stdout == prolog.stdout == check.stdout
    assert all("derivation" in json.loads(x) for x in one.stdout.splitlines())


def test_bad_lines_are_reported_and_the_others_go_on(tmp_path):
    good = json.dumps(json.loads(example("nl-kz-2023").read_text()))
    f = tmp_path / "mixed.jsonl"
    f.write_text("\n".join([good, "{not json", good.replace('"final": true', '"final": "yes"'),
                            "", good]) + "\n")
    for args in (["batch", str(f)], ["batch", "--jobs", "2", str(f)]):
        out = run_cli(*args)
        assert out.returncode == 2
        assert len(out.stdout.splitlines()) == 2                     # lines 1 and 5
        assert f"{f}:2: " in out.stderr and "valid JSON" in out.stderr
        assert f'{f}:3: key "facts.final": expected true or false, found "yes"' in out.stderr
        assert "2 recognised, 0 refused, 0 undetermined, 2 bad lines" in out.stderr
        assert "Traceback" not in out.stderr
    prolog = floor(str(f))
    assert prolog.returncode == 2 and prolog.stdout == out.stdout
    assert f'{f}:3: key "facts.final": expected true or false, found "yes"' in prolog.stderr


def test_stdin_and_output_file(tmp_path):
    text = json.dumps(json.loads(example("us-ru-2023").read_text())) + "\n"
    target = tmp_path / "out.jsonl"
    out = run_cli("batch", "-", "-o", str(target), input=text)
    assert out.returncode == 0, out.stderr
    assert json.loads(target.read_text())["outcome"] == "refused"
    assert "no progress bar when piped" and "\r" not in out.stderr


def test_ctrl_c_stops_cleanly_with_complete_lines(tmp_path):
    import random
    rng = random.Random(3)
    f = tmp_path / "many.jsonl"
    f.write_text("".join(json.dumps(generate.case(i, rng)) + "\n" for i in range(20_000)))
    # the child starts with SIGINT at its default, whatever this process
    # inherited (a background job of a non-interactive shell ignores it)
    proc = subprocess.Popen([sys.executable, "-m", "pyenforce", "batch", str(f)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(4)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    lines = stdout.splitlines()
    assert 0 < len(lines) < 20_000
    assert all(json.loads(x)["format"] == 1 for x in lines)              # every line complete


def test_progress_bar_on_a_terminal_none_when_piped(tmp_path):
    """On a terminal, stderr shows a progress line with rate and ETA; piped, nothing but the summary."""
    import pty
    import random
    rng = random.Random(11)
    f = tmp_path / "some.jsonl"
    f.write_text("".join(json.dumps(generate.case(i, rng)) + "\n" for i in range(600)))
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "pyenforce", "batch", str(f), "-o", str(tmp_path / "o.jsonl")],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, cwd=ROOT)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=300)
    os.close(master)
    seen = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "cases/s" in seen and "%" in seen and "ETA" in seen
    piped = run_cli("batch", str(f), "-o", str(tmp_path / "p.jsonl"))
    assert "ETA" not in piped.stderr and "\r" not in piped.stderr
    assert "600 " not in piped.stderr or "cases/s" in piped.stderr
