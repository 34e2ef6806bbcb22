"""``pyenforce ask``: an interview that asks only what the outcome turns on.

The reasoning lives in ``logic/analyses/interview.pl``: each round, the
engine evaluates the case as it stands and names the next question (the
unknown fact most decisive for the outcome), or says that the outcome is
settled. This module only reads the answers and keeps the case.
"""
from __future__ import annotations

import copy
import datetime as _dt
import json
import re
import sys
import textwrap
from pathlib import Path
from typing import Any, TextIO

import click

from ..options import as_of_option, limits_options
from ..output import json_line

from ..case import Case
from ..engine import Engine
from ..errors import CaseError, EngineError, LimitExceeded
from .. import render

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
YES = {"y", "yes", "true"}
NO = {"n", "no", "false"}
SKIP = {"", "?"}
ENTRY = "interview:next_question_json"


class BadAnswer(ValueError):
    """An answer that is not one the question accepts."""


def parse_answer(text: str, kind: str) -> Any:
    """The value of an answer: True/False, an ISO date, or None to skip.

    Raises ``BadAnswer`` for anything else.
    """
    t = text.strip().lower()
    if t in SKIP:
        return None
    if kind == "boolean":
        if t in YES:
            return True
        if t in NO:
            return False
        raise BadAnswer("expected y, n or ? (skip)")
    if kind == "date":
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            try:
                _dt.date.fromisoformat(t)
                return t
            except ValueError:
                pass
        raise BadAnswer("expected a date YYYY-MM-DD, or ? (skip)")
    raise BadAnswer(f"cannot answer a question of kind {kind!r}")


def apply_answer(data: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    """A copy of the case data ``data`` with ``key`` (``facts.final``,
    ``evidence.origin_law_permits_recognition``,
    ``decision.proceedings_started``) set to ``value``."""
    section, _, name = key.partition(".")
    if section not in ("facts", "evidence", "decision") or not name:
        raise EngineError(f"the engine asked about an unknown key: {key}")
    out = copy.deepcopy(data)
    out.setdefault(section, {})[name] = value
    return out


def next_step(engine: Engine, data: dict[str, Any], as_of: str | None,
              skipped: list[str], challenge: bool = False) -> dict[str, Any]:
    """Ask the engine for the next question on the case ``data``.

    With ``challenge``, also ask about the facts the outcome assumes not
    established (the resisting party's burden).
    """
    options = json.loads(engine.limits_json())
    options["skip"] = skipped
    options["challenge"] = challenge
    return engine.call_json(ENTRY, json.dumps(data, ensure_ascii=False), as_of or "",
                            json.dumps(options))


class Interview:
    """One interview: the case as it grows, and the questions asked."""

    def __init__(self, engine: Engine, case: Case, as_of: str | None,
                 challenge: bool = False) -> None:
        self.engine = engine
        self.challenge = challenge
        self.data = case.to_dict()
        self.as_of = as_of
        self.skipped: list[str] = []
        self.asked: list[dict[str, Any]] = []   # each question, with the answer given
        self.last: dict[str, Any] = {}

    def step(self) -> dict[str, Any]:
        self.last = next_step(self.engine, self.data, self.as_of, self.skipped, self.challenge)
        return self.last

    def answer(self, question: dict[str, Any], value: Any) -> None:
        self.asked.append({"question": question, "answer": value})
        if value is None:
            self.skipped.append(question["key"])
        else:
            self.data = apply_answer(self.data, question["key"], value)


def _wrapped(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(render.safe(text), width=render.WIDTH, initial_indent=first,
                         subsequent_indent=rest, break_on_hyphens=False) or [first.rstrip()]


def _outcome(o: str) -> str:
    return render.OUTCOME.get(o, o.upper())


def question_lines(n: int, step: dict[str, Any]) -> list[str]:
    """The question of ``step`` as text: what it asks, why, what each answer gives."""
    q = step["question"]
    hint = "[y/n, ? to skip]" if q["kind"] == "boolean" else "[YYYY-MM-DD, ? to skip]"
    lines = _wrapped(f"Q{n}. {q['text']} {hint}", "", "    ")
    why = q["why"]
    rule = why.get("rule")
    who = "the applicant bears the burden of proving it" if why.get("burden") == "applicant" else \
        "the resisting party bears the burden; while unknown, it is taken in the applicant's favour"
    reason = (why.get("text") or "the outcome turns on it")
    if rule:
        reason += f" — {why.get('citation') or ''} [{rule}]"
    lines += _wrapped(f"Why this matters: {reason} ({who}).", "    ", "    ")
    effects = "; ".join(f"{o['label']}: {_outcome(o['outcome'])}" for o in q["outcomes"])
    lines += _wrapped(f"Answers: {effects}.", "    ", "    ")
    return lines


def _read_line(stream: TextIO) -> str | None:
    line = stream.readline()
    if line == "":
        return None
    return line.rstrip("\r\n")


def _fail(message: str, status: int = EXIT_BAD_INPUT) -> None:
    click.echo(f"pyenforce: error: {render.safe(message)}", err=True)
    sys.exit(status)


@click.command(name="ask")
@click.argument("file", metavar="CASE")
@click.option("-o", "--output", "output", metavar="OUT", type=click.Path(dir_okay=False),
              help="Write the completed case here (JSON, format 1).")
@as_of_option
@click.option("--challenge", is_flag=True,
              help="Also ask about the facts the outcome assumes not established "
                   "(what the resisting party might still prove).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: the interview; json: also a transcript on standard output.")
@limits_options
def command(file: str, output: str | None, as_of: str | None, challenge: bool, fmt: str,
            time_limit: float, inference_limit: int) -> None:
    """Ask, one at a time, for the unknown facts the outcome still turns on.

    Starting from what CASE knows, each question is the unknown fact most
    decisive for the outcome, with the rule that needs it ("Why this
    matters") and what each answer would give. A fact no answer to which
    could change the outcome is never asked. The interview stops as soon
    as the outcome is settled (recognised or refused); with --challenge
    it goes on to the facts the outcome assumes the resisting party will
    not prove.

    Answer y/yes/true or n/no/false, or a date YYYY-MM-DD when one is
    asked for; ? or an empty line skips a question (it is not asked
    again). End of input ends the interview with the outcome as it
    stands. Answers can be piped in.

    \b
    Examples:
      pyenforce ask case.json
      pyenforce ask case.json -o completed.json
      printf 'y\\nn\\n' | pyenforce ask case.json -o done.json
      pyenforce ask --as-of 2021-12-31 examples/us-ru-2023.json
      pyenforce ask --challenge examples/nl-kz-2023.json
      printf 'y\n' | pyenforce ask --format json case.json > transcript.json

    With --format json the questions go to standard error and standard
    output holds one JSON object: the questions asked with their answers,
    the final outcome, and the completed case.
    """
    def say(*args: Any, **kwargs: Any) -> None:
        click.echo(*args, err=(fmt == "json"), **kwargs)

    if file == "-":
        _fail("CASE: expected a case file; standard input carries the answers, found -")
    try:
        case = Case.from_file(file)
    except CaseError as e:
        _fail(e.message())
        return
    if output is not None:
        parent = Path(output).resolve().parent
        if not parent.is_dir():
            _fail(f"{output}: expected a file in an existing directory, found no directory {parent}")
    try:
        engine = Engine(time_limit=time_limit, inference_limit=inference_limit)
    except EngineError as e:
        click.echo(f"pyenforce: {render.safe(str(e))}", err=True)
        sys.exit(EXIT_FAILED)
    try:
        engine.validate(case)
    except CaseError as e:
        _fail(e.message())
    interactive = sys.stdin.isatty()
    interview = Interview(engine, case, as_of, challenge)
    name = case.id or Path(file).stem
    try:
        step = interview.step()
        say(render.safe(f"{name}: {case.origin} → {case.forum}, "
                               f"law as of {as_of or case.application_date}"))
        ended = False
        n = 0
        while not step.get("settled") and not ended:
            n += 1
            left = step.get("candidates", 1)
            say(f"\nOutcome so far: {_outcome(step['outcome'])}"
                       f" ({left} question{'s' if left != 1 else ''} could change it)")
            for line in question_lines(n, step):
                say(line)
            while True:
                say("> ", nl=False)
                line = _read_line(sys.stdin)
                if line is None:
                    say()
                    ended = True
                    break
                try:
                    value = parse_answer(line, step["question"]["kind"])
                except BadAnswer as e:
                    if interactive:
                        say(f"  {e}")
                        continue
                    _fail(f"answer to {step['question']['key']}: {e}, found {line!r}")
                if not interactive:
                    say(render.safe(line))
                interview.answer(step["question"], value)
                step = interview.step()
                break
    except CaseError as e:
        _fail(e.message())
        return
    except (LimitExceeded, EngineError) as e:
        click.echo(f"pyenforce: {render.safe(str(e))}", err=True)
        sys.exit(EXIT_FAILED)

    say()
    if step.get("settled"):
        say(f"Settled: {render.safe(step.get('reason', ''))}")
    elif ended:
        say("End of input: the interview stops with the outcome as it stands.")
    say(f"Final outcome: {_outcome(step['outcome'])}")
    if output is not None:
        try:
            Path(output).write_text(json.dumps(interview.data, ensure_ascii=False, indent=2) + "\n",
                                    encoding="utf-8")
        except OSError as e:
            _fail(f"{output}: expected a writable file, found {e.strerror or e}")
        say(render.safe(f"Wrote the completed case to {output}"))
    if fmt == "json":
        asked = [{"key": a["question"]["key"], "text": a["question"].get("text"),
                  "why": a["question"].get("why"), "answer": a["answer"]} for a in interview.asked]
        click.echo(json_line({"case": name, "outcome": step["outcome"],
                              "settled": bool(step.get("settled")),
                              "reason": step.get("reason"), "asked": asked,
                              "completed_case": interview.data}))
    sys.exit(EXIT_OK)
