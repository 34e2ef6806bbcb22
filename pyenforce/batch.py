"""Evaluating many cases: chunks of JSON lines, in order, in one or more processes.

Every chunk goes through one Prolog call (logic/batch_lines.pl), so the
cost per case stays close to what SWI-Prolog itself needs. With more than
one job, a pool of processes started with ``spawn`` (pyswip is not
fork-safe once its timers have started) each loads its own engine, and a
bounded window of chunks keeps memory flat whatever the input size.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import time
from collections import deque
from dataclasses import dataclass, field
from typing import IO, Callable, Iterable, Iterator

from .errors import CaseError

CHUNK_LINES = 250
CHUNK_LINES_EXPLAINED = 20      # a derivation is ~40 KB of JSON: smaller chunks keep the stacks small
WINDOW_PER_JOB = 4


@dataclass
class Chunk:
    """Lines first_line.. of the input, and the bytes they took."""

    first_line: int
    text: str
    size: int
    bad: list[tuple[int, str]] = field(default_factory=list)   # lines rejected before Prolog


@dataclass
class Tally:
    """Counts by outcome, bad lines, and the time taken."""

    outcomes: dict[str, int] = field(default_factory=lambda: {"recognised": 0, "refused": 0,
                                                              "undetermined": 0})
    bad: int = 0
    started: float = field(default_factory=time.perf_counter)

    @property
    def cases(self) -> int:
        return sum(self.outcomes.values())

    def summary(self, interrupted: bool = False) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        head = "interrupted: " if interrupted else ""
        return (f"{head}{self.outcomes['recognised']} recognised, {self.outcomes['refused']} refused, "
                f"{self.outcomes['undetermined']} undetermined, {self.bad} bad lines; "
                f"{self.cases / elapsed:,.0f} cases/s")


def chunks(lines: Iterable[str], size: int = CHUNK_LINES) -> Iterator[Chunk]:
    """Group input lines into chunks, numbering lines from 1."""
    buf: list[str] = []
    bad: list[tuple[int, str]] = []
    first, n, nbytes = 1, 0, 0
    for n, line in enumerate(lines, 1):
        nbytes += len(line.encode("utf-8", "surrogatepass"))
        if "\x00" in line:
            bad.append((n, "valid JSON, found a NUL byte"))
            line = "\n"
        buf.append(line.rstrip("\n"))
        if len(buf) == size:
            yield Chunk(first, "\n".join(buf), nbytes, bad)
            buf, bad, first, nbytes = [], [], n + 1, 0
    if buf or bad:
        yield Chunk(first, "\n".join(buf), nbytes, bad)


def error_message(source: str, err: dict) -> str:
    """The CLI's one line for a bad input line."""
    e = err.get("error", {})
    where = f"{source}:{err.get('line')}"
    if e.get("kind") == "case":
        return CaseError(where, e.get("key", ""), e.get("expected", ""), e.get("found", "")).message()
    return f"{where}: {e.get('message', 'could not be evaluated')}"


# -- one engine per worker process ------------------------------------------

_worker_engine = None


def _init_worker(time_limit: float, inference_limit: int) -> None:
    global _worker_engine
    from .engine import Engine
    _worker_engine = Engine(time_limit=time_limit, inference_limit=inference_limit)


def _work(args: tuple[int, str, str | None, bool]) -> str:
    first, text, as_of, explain = args
    return _worker_engine.evaluate_lines(text, first, as_of, explain)


# -- the driver ---------------------------------------------------------------

def run(lines: Iterable[str], out: IO[str], report: Callable[[str], None], source: str,
        engine=None, jobs: int = 1, as_of: str | None = None, explain: bool = False,
        time_limit: float = 10.0, inference_limit: int = 50_000_000,
        progress: Callable[[Tally, int], None] | None = None) -> Tally:
    """Evaluate every line; write results to ``out`` in input order.

    ``report`` receives one message a bad line. ``progress`` is called
    after each chunk with the tally and the bytes read so far. Raises
    KeyboardInterrupt after flushing what was done.
    """
    tally = Tally()
    read = 0
    size = CHUNK_LINES_EXPLAINED if explain else CHUNK_LINES

    def emit(chunk: Chunk, tagged: str) -> None:
        nonlocal read
        for n, why in chunk.bad:
            tally.bad += 1
            report(CaseError(f"{source}:{n}", "", why.split(", found")[0],
                             "a NUL byte").message())
        for line in tagged.split("\n") if tagged else []:
            tag, _, payload = line.partition("\t")
            if tag == "error":
                tally.bad += 1
                report(error_message(source, json.loads(payload)))
            else:
                tally.outcomes[tag] = tally.outcomes.get(tag, 0) + 1
                out.write(payload)
                out.write("\n")
        read += chunk.size
        if progress:
            progress(tally, read)

    if jobs <= 1:
        if engine is None:
            from .engine import Engine
            engine = Engine(time_limit=time_limit, inference_limit=inference_limit)
        try:
            for chunk in chunks(lines, size):
                emit(chunk, engine.evaluate_lines(chunk.text, chunk.first_line, as_of, explain))
        finally:
            out.flush()
        return tally

    ctx = mp.get_context("spawn")
    pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(time_limit, inference_limit))
    pending: deque = deque()
    try:
        for chunk in chunks(lines, size):
            pending.append((chunk, pool.apply_async(_work, ((chunk.first_line, chunk.text, as_of, explain),))))
            while len(pending) >= jobs * WINDOW_PER_JOB:
                done, result = pending.popleft()
                emit(done, result.get())
        while pending:
            done, result = pending.popleft()
            emit(done, result.get())
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        out.flush()
        pool.join()
    return tally
