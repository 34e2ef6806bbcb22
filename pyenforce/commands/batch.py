"""``pyenforce batch``: screen a portfolio of cases, streaming."""
from __future__ import annotations

import os
import sys
import time

import click

from .. import batch as batching
from ..engine import DEFAULT_INFERENCE_LIMIT, DEFAULT_TIME_LIMIT
from ..output import EXIT_BAD_INPUT, EXIT_FAILED
from .. import render


class _Progress:
    """A one-line progress report on a terminal: cases, rate, ETA."""

    def __init__(self, total_bytes: int | None) -> None:
        self.total = total_bytes
        self.last = 0.0

    def __call__(self, tally: batching.Tally, read: int) -> None:
        now = time.perf_counter()
        if now - self.last < 0.2:
            return
        self.last = now
        elapsed = max(now - tally.started, 1e-9)
        rate = tally.cases / elapsed
        line = f"{tally.cases:,} cases, {rate:,.0f}/s"
        if self.total:
            frac = min(read / self.total, 1.0)
            eta = elapsed * (1 - frac) / frac if frac > 0 else 0
            bar = "#" * int(frac * 20)
            line = f"[{bar:<20}] {frac:4.0%} {line}, ETA {eta:,.0f} s"
        sys.stderr.write("\r" + line[:79].ljust(79))
        sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\r" + " " * 79 + "\r")


@click.command("batch")
@click.argument("infile", metavar="IN.jsonl")
@click.option("-o", "--output", "outfile", metavar="OUT.jsonl", help="Write results here (default: standard output).")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes, each with its own engine.")
@click.option("--explain", is_flag=True, help="Include each result's derivation.")
@click.option("--as-of", metavar="DATE", help="Apply the law in force on DATE to every case.")
@click.option("--time-limit", type=click.FloatRange(min=0.001), default=DEFAULT_TIME_LIMIT, show_default=True,
              help="Seconds allowed for each case.")
@click.option("--inference-limit", type=click.IntRange(min=1), default=DEFAULT_INFERENCE_LIMIT, show_default=True,
              help="Prolog inferences allowed for each case.")
def command(infile: str, outfile: str | None, jobs: int, explain: bool, as_of: str | None,
            time_limit: float, inference_limit: int) -> None:
    """Evaluate every case of IN.jsonl (one case a line; - reads standard input).

    Results come out one JSON line each, in input order, exactly as
    `pyenforce check --format json` writes them. A bad line is reported
    with its number and the others go on; the exit status is then 2. A
    progress bar shows on a terminal; a summary ends the run.

    \b
    Examples:
      pyenforce batch portfolio.jsonl -o results.jsonl
      pyenforce batch --jobs 2 portfolio.jsonl > results.jsonl
      cat portfolio.jsonl | pyenforce batch - --explain
    """
    if as_of is not None:
        import datetime as _dt
        import re
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", as_of):
                raise ValueError
            _dt.date.fromisoformat(as_of)
        except ValueError:
            raise click.BadParameter(f"expected an ISO date YYYY-MM-DD, found {as_of!r}",
                                     param_hint="--as-of") from None
    try:
        src = sys.stdin if infile == "-" else open(infile, encoding="utf-8", errors="surrogateescape")
    except OSError as e:
        click.echo(f"pyenforce: error: {infile}: expected a readable file, found {e.strerror}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    total = os.path.getsize(infile) if infile != "-" and os.path.isfile(infile) else None
    progress = _Progress(total) if sys.stderr.isatty() else None
    out = open(outfile, "w", encoding="utf-8") if outfile else sys.stdout
    source = "<stdin>" if infile == "-" else infile

    def report(message: str) -> None:
        if progress:
            progress.done()
        click.echo(f"pyenforce: error: {render.safe(message)}", err=True)

    tally = None
    try:
        tally = batching.run(src, out, report, source, jobs=jobs, as_of=as_of, explain=explain,
                             time_limit=time_limit, inference_limit=inference_limit, progress=progress)
    except KeyboardInterrupt:
        if progress:
            progress.done()
        click.echo("pyenforce: interrupted; the results written so far are complete lines", err=True)
        sys.exit(130)
    except Exception as e:  # an engine that could not start, a worker that died
        if progress:
            progress.done()
        click.echo(f"pyenforce: {render.safe(str(e))}", err=True)
        sys.exit(EXIT_FAILED)
    finally:
        if outfile:
            out.close()
        if src is not sys.stdin:
            src.close()
    if progress:
        progress.done()
    click.echo(tally.summary(), err=True)
    sys.exit(EXIT_BAD_INPUT if tally.bad else 0)
