"""Time each analysis command on each bundled example, in one run.

    .venv/bin/python bench/commands.py [--repeat N]

Prints, per command and example, the median time of an in-process call
(the engine already loaded) and the cold time of the whole CLI command,
with `python -c "import pyswip"` measured in the same run as the yardstick.
Speed is measured here, never asserted in tests.
"""
from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ["nl-kz-2023", "us-ru-2023", "th-cn-2024", "jp-cn-2022", "cn-usny-2020"]


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def cold(args: list[str], repeat: int) -> float:
    return median_time(lambda: subprocess.run(args, capture_output=True, check=False), repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    opts = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from pyenforce import Case, Engine
    engine = Engine()
    calls = {"check": lambda c: engine.evaluate(c)}
    for name, fn in [("compare", "compare"), ("timeline", "timeline"), ("whatif", "whatif"),
                     ("ask", "next_step")]:
        try:
            module = importlib.import_module(f"pyenforce.commands.{name}")
            func = getattr(module, fn)
        except (ImportError, AttributeError):
            continue
        if name == "timeline":
            calls[name] = lambda c, f=func: f(engine, c, "2000-01-01", "2025-12-31")
        elif name == "ask":
            calls[name] = lambda c, f=func: f(engine, c.to_dict(), None, [])
        else:
            calls[name] = lambda c, f=func: f(engine, c)
    print(f"in-process, engine loaded: median of {opts.repeat} calls, milliseconds")
    print(f"{'command':<10}" + "".join(f"{e:>14}" for e in EXAMPLES))
    for name, call in calls.items():
        row = [median_time(lambda: call(Case.from_file(ROOT / "examples" / f"{e}.json")), opts.repeat)
               for e in EXAMPLES]
        print(f"{name:<10}" + "".join(f"{t * 1000:>14.1f}" for t in row))
    py = sys.executable
    base = cold([py, "-c", "import pyswip"], opts.repeat)
    print(f"\ncold, whole process: median of {opts.repeat} runs, milliseconds")
    print(f"{'python -c import pyswip':<34}{base * 1000:>8.0f}")
    for name in calls:
        args = [py, "-m", "pyenforce", name, str(ROOT / "examples" / "us-ru-2023.json")]
        if name == "ask":
            continue  # interactive: timed in-process above
        t = cold(args, opts.repeat)
        print(f"{'pyenforce ' + name + ' us-ru-2023':<34}{t * 1000:>8.0f}   {t / base:.2f}x import pyswip")


if __name__ == "__main__":
    main()
