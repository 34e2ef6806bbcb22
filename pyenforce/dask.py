"""Evaluating cases on a Dask cluster, partition by partition (``pyenforce[dask]``).

Each worker process loads its own engine once, the first time it is
given a partition; a whole partition then goes through one Prolog call
(logic/batch_lines.pl), exactly as ``pyenforce batch`` evaluates a chunk,
so the lines are the same. Dask schedules: nothing here does.

    import dask.bag as db
    from pyenforce.dask import evaluate_bag
    results = evaluate_bag(db.read_text("cases-*.jsonl"))     # a bag of result lines
    results.to_textfiles("results-*.jsonl")

Workers must start their processes with ``spawn`` or ``forkserver`` (the
default of dask.distributed): pyswip is not fork-safe once its timers run.
"""
from __future__ import annotations

import json
from typing import Any, Iterable

_engine = None


def _worker_engine(time_limit: float, inference_limit: int):
    global _engine
    if _engine is None:
        from .engine import Engine
        _engine = Engine(time_limit=time_limit, inference_limit=inference_limit)
    return _engine


def evaluate_partition(lines: Iterable[str], as_of: str | None = None, explain: bool = False,
                       time_limit: float = 10.0, inference_limit: int = 50_000_000) -> list[str]:
    """Evaluate the JSON lines of one partition; return one JSON line per case.

    A result line is the format-1 result, as ``pyenforce batch`` writes it.
    A bad line gives ``{"line": N, "error": {...}}`` (N counts within the
    partition), so that nothing is dropped silently.
    """
    text = "\n".join(line.rstrip("\n") for line in lines if "\x00" not in line)
    if not text.strip():
        return []
    tagged = _worker_engine(time_limit, inference_limit).evaluate_lines(text, 1, as_of, explain)
    return [line.partition("\t")[2] for line in tagged.split("\n") if line]


def evaluate_bag(bag: Any, as_of: str | None = None, explain: bool = False, **limits: Any) -> Any:
    """A Dask bag of case JSON lines → a bag of result JSON lines."""
    return bag.map_partitions(evaluate_partition, as_of=as_of, explain=explain, **limits)


def evaluate_dataframe(df: Any, column: str = "case", as_of: str | None = None,
                       explain: bool = False, **limits: Any) -> Any:
    """A Dask dataframe with a column of case JSON text → a series of results (dicts)."""
    def part(pdf):
        import pandas as pd
        lines = evaluate_partition(pdf[column].tolist(), as_of, explain, **limits)
        return pd.Series([json.loads(x) for x in lines], index=pdf.index[:len(lines)], dtype=object)
    return df.map_partitions(part, meta=(None, "object"))
