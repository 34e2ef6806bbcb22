"""Batch speed, as ratios measured in one run (issue 5).

    .venv/bin/python bench/batch.py [--sizes 10000,100000] [--api-cases 2000]

Measures, on cases from bench/generate.py:
  - `pyenforce batch` against the pure-Prolog floor (`swipl logic/batch.pl`),
    per case, without and with explanations;
  - `Engine.evaluate` one case per call against the floor;
  - a cold `pyenforce check` of one case against `python -c "import pyswip"`;
  - `--jobs 2` against `--jobs 1`;
  - the cost per case at each size (it should not grow), and the peak
    resident memory of `pyenforce batch` at each size.
Prints a table; nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402

PY = sys.executable


def write_cases(path: Path, n: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    with path.open("w") as fh:
        for i in range(n):
            fh.write(generate.json.dumps(generate.case(i, rng), separators=(",", ":")) + "\n")


def timed(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of a command, its output discarded."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) not in (0, 2):
        raise SystemExit(f"failed: {' '.join(args)}")
    return wall, usage.ru_maxrss


def median(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[len(xs) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--api-cases", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="repetitions of the cold-start timings")
    opts = parser.parse_args()
    sizes = [int(s) for s in opts.sizes.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="pyenforce-bench-"))
    floor = ["swipl", str(ROOT / "logic" / "batch.pl")]
    batch = [PY, "-m", "pyenforce", "batch"]
    rows: list[tuple[str, str]] = []

    per_case: dict[tuple[str, int], float] = {}
    rss: dict[int, int] = {}
    for n in sizes:
        f = tmp / f"cases-{n}.jsonl"
        write_cases(f, n)
        for label, args in [("floor", floor + [str(f)]), ("batch", batch + [str(f)]),
                            ("floor+explain", floor + ["--explain", str(f)]),
                            ("batch+explain", batch + ["--explain", str(f)]),
                            ("jobs2", batch + ["--jobs", "2", str(f)])]:
            if n > sizes[0] and label.endswith("explain"):
                continue
            wall, mem = timed(args)
            per_case[(label, n)] = wall / n
            if label == "batch":
                rss[n] = mem
            print(f"  measured {label:<14} {n:>7} cases: {wall:8.2f} s, {wall / n * 1e6:8.0f} us/case, "
                  f"peak RSS {mem / 1024:6.0f} MiB", file=sys.stderr)

    n0 = sizes[0]
    rows.append(("batch / floor, per case, no explanations",
                 f"{per_case[('batch', n0)] / per_case[('floor', n0)]:.2f}x"))
    rows.append(("batch / floor, per case, with explanations",
                 f"{per_case[('batch+explain', n0)] / per_case[('floor+explain', n0)]:.2f}x"))
    rows.append(("--jobs 2 speed-up over --jobs 1",
                 f"{per_case[('batch', n0)] / per_case[('jobs2', n0)]:.2f}x"))

    # one case per call through the Python API
    sys.path.insert(0, str(ROOT))
    from pyenforce import Case, Engine
    engine = Engine()
    f = tmp / f"cases-{n0}.jsonl"
    cases = [Case.from_dict(generate.json.loads(line), default_id=str(i))
             for i, line in enumerate(f.read_text().splitlines()[:opts.api_cases], 1)]
    t0 = time.perf_counter()
    for c in cases:
        engine.evaluate(c, explain=False)
    api = (time.perf_counter() - t0) / len(cases)
    rows.append(("Engine.evaluate one case per call / floor", f"{api / per_case[('floor', n0)]:.2f}x"))

    one = tmp / "one.json"
    one.write_text((ROOT / "examples" / "us-ru-2023.json").read_text())
    cold = median([timed([PY, "-m", "pyenforce", "check", str(one)])[0] for _ in range(opts.repeat)])
    base = median([timed([PY, "-c", "import pyswip"])[0] for _ in range(opts.repeat)])
    rows.append(("cold `pyenforce check` / `python -c 'import pyswip'`",
                 f"{cold / base:.2f}x ({cold * 1000:.0f} vs {base * 1000:.0f} ms)"))
    if len(sizes) > 1:
        n1 = sizes[-1]
        rows.append((f"cost per case, {n1} / {n0} cases (batch)",
                     f"{per_case[('batch', n1)] / per_case[('batch', n0)]:.2f}x"))
        rows.append((f"cost per case, {n1} / {n0} cases (floor)",
                     f"{per_case[('floor', n1)] / per_case[('floor', n0)]:.2f}x"))
        rows.append((f"peak RSS, {n1} / {n0} cases (batch)",
                     f"{rss[n1] / rss[n0]:.2f}x ({rss[n1] / 1024:.0f} vs {rss[n0] / 1024:.0f} MiB)"))
    rows.append((f"floor, per case ({n0} cases)", f"{per_case[('floor', n0)] * 1e6:.0f} us"))
    rows.append((f"batch, per case ({n0} cases)", f"{per_case[('batch', n0)] * 1e6:.0f} us"))
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
