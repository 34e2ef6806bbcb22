"""The command line: ``pyenforce check``, ``explain`` and ``forums``.

Exit status: 0 when every case was evaluated (whatever the outcomes),
2 on bad input (nothing is evaluated then), 1 when the engine fails or
an evaluation exceeds its limits.
"""
from __future__ import annotations

import json
import sys
from typing import Any, Sequence

import click

from .case import Case, load_cases
from .engine import DEFAULT_INFERENCE_LIMIT, DEFAULT_TIME_LIMIT, LANGUAGES, Engine
from .errors import CaseError, EngineError, LimitExceeded, PyenforceError, RulesError
from . import render

from .options import iso_date, limits_options
from .output import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, json_line


def _rules_option(f: Any) -> Any:
    return click.option("--rules", "rules", multiple=True, metavar="FILE.pl",
                        type=click.Path(dir_okay=False),
                        help="Add the rules of a rule file of your own (loaded through the "
                             "sandbox; may be repeated).")(f)


def _lang(f: Any) -> Any:
    return click.option("--lang", type=click.Choice(list(LANGUAGES)), default="en", show_default=True,
                        help="The language of the derivation's sentences: en (English) or ru "
                             "(Russian). Citations stay as the sources give them.")(f)


_limits = limits_options


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pyenforce")
def cli() -> None:
    """Can this foreign decision be recognised and enforced there, on that date?

    pyenforce applies the law of the forum, written in Prolog, to a case
    file and shows its work: the legal basis, the grounds of refusal, and
    the derivation with a citation for every step.

    \b
    Examples:
      pyenforce check case.json
      pyenforce check --format json cases.jsonl
      pyenforce explain case.json
    """


def _load_all(files: Sequence[str], engine_needed: bool = True) -> tuple[list[Case], list[str]]:
    cases: list[Case] = []
    errors: list[str] = []
    for f in files:
        try:
            cases.extend(load_cases(f))
        except CaseError as e:
            errors.append(e.message())
    return cases, errors


def _prepare(files: Sequence[str], time_limit: float, inference_limit: int,
             rules: Sequence[str] = ()) -> tuple[Engine, list[Case]]:
    """Read and check every case (and rule file) before evaluating any; exit 2 on bad input."""
    cases, errors = _load_all(files)
    if errors:
        _fail_input(errors)
    engine = _engine(time_limit, inference_limit)
    for path in rules:
        try:
            engine.load_rules(path)
        except RulesError as e:
            _fail_input([str(e)])
    for case in cases:
        try:
            engine.validate(case)
        except CaseError as e:
            errors.append(e.message())
    if errors:
        _fail_input(errors)
    return engine, cases


def _engine(time_limit: float, inference_limit: int) -> Engine:
    try:
        return Engine(time_limit=time_limit, inference_limit=inference_limit)
    except EngineError as e:
        click.echo(f"pyenforce: {e}", err=True)
        sys.exit(EXIT_FAILED)


def _fail_input(errors: list[str]) -> None:
    """One line a bad input; nothing is evaluated."""
    for message in errors:
        click.echo(f"pyenforce: error: {render.safe(message)}", err=True)
    sys.exit(EXIT_BAD_INPUT)


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people, json for programs (one result per line).")
@click.option("--as-of", callback=iso_date, metavar="DATE",
              help="Apply the law and evidence in force on DATE instead of the application date.")
@click.option("--explain", is_flag=True,
              help="text: add the branches the outcome turns on; json: include the full derivation.")
@_lang
@_limits
@_rules_option
def check(files: tuple[str, ...], fmt: str, as_of: str | None, explain: bool, lang: str,
          rules: tuple[str, ...], time_limit: float, inference_limit: int) -> None:
    """Evaluate each case in FILE... (``-`` reads standard input).

    A file holds one case (.json, .yaml, .toml) or one case a line (.jsonl).
    Every case is checked before any is evaluated: one malformed case
    stops the run with exit status 2.

    \b
    Examples:
      pyenforce check examples/nl-kz-2023.json
      pyenforce check --explain examples/*.json
      pyenforce check --format json --as-of 2021-01-01 portfolio.jsonl
      pyenforce check --explain --lang ru examples/nl-kz-2023.json
      cat case.json | pyenforce check -
    """
    engine, cases = _prepare(files, time_limit, inference_limit, rules)
    status = EXIT_OK
    for i, case in enumerate(cases):
        try:
            result = engine.evaluate(case, as_of=as_of, explain=explain or fmt == "text", lang=lang)
        except (LimitExceeded, EngineError) as e:
            click.echo(f"pyenforce: {render.safe(str(e))}", err=True)
            status = EXIT_FAILED
            continue
        if fmt == "json":
            d = result.to_dict()
            if not explain:
                d.pop("derivation", None)
            click.echo(json_line(d))
        else:
            if i:
                click.echo()
            click.echo(render.explanation(result, decisive_only=True) if explain else render.summary(result))
    sys.exit(status)


@cli.command()
@click.argument("file", metavar="FILE")
@click.option("--format", "fmt", default="text", show_default=True,
              type=click.Choice(["text", "markdown", "mermaid", "dot", "html", "json"]),
              help="text: an indented tree with citations (coloured on a terminal); markdown; "
                   "mermaid and dot: the derivation as a graph; html: one self-contained page; "
                   "json: the full result.")
@click.option("--as-of", callback=iso_date, metavar="DATE",
              help="Apply the law and evidence in force on DATE instead of the application date.")
@_lang
@_limits
@_rules_option
def explain(file: str, fmt: str, as_of: str | None, lang: str, rules: tuple[str, ...],
            time_limit: float, inference_limit: int) -> None:
    """Show the whole derivation for the case(s) in FILE.

    Every rule weighed is shown, with the branches that failed: ✓ holds,
    ✗ does not hold, ? unknown (a fact the applicant has yet to prove).

    \b
    Examples:
      pyenforce explain examples/us-ru-2023.json
      pyenforce explain --as-of 2021-12-31 examples/us-ru-2023.json
      pyenforce explain --format json examples/th-cn-2024.json
      pyenforce explain --format html examples/us-ru-2023.json > us-ru.html
      pyenforce explain --format mermaid examples/nl-kz-2023.json
      pyenforce explain --lang ru examples/nl-kz-2023.json
    """
    engine, cases = _prepare([file], time_limit, inference_limit, rules)
    status = EXIT_OK
    for i, case in enumerate(cases):
        try:
            result = engine.evaluate(case, as_of=as_of, explain=True, lang=lang)
        except (LimitExceeded, EngineError) as e:
            click.echo(f"pyenforce: {render.safe(str(e))}", err=True)
            status = EXIT_FAILED
            continue
        if fmt == "json":
            click.echo(json_line(result.to_dict()))
        else:
            from . import formats
            if i:
                click.echo()
            click.echo(formats.render_as(result, fmt, color=sys.stdout.isatty()))
    sys.exit(status)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def jurisdictions(fmt: str) -> None:
    """List the forums whose law is modelled: what each models, and when its law changed.

    \b
    Examples:
      pyenforce jurisdictions
      pyenforce jurisdictions --format json
    """
    rows = _engine(DEFAULT_TIME_LIMIT, DEFAULT_INFERENCE_LIMIT).jurisdictions()
    if fmt == "json":
        click.echo(json_line(rows))
        return
    click.echo(render.jurisdictions(rows))


@cli.command(hidden=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def forums(fmt: str) -> None:
    """The modelled forums (the older name of `jurisdictions`)."""
    rows = _engine(DEFAULT_TIME_LIMIT, DEFAULT_INFERENCE_LIMIT).forums()
    if fmt == "json":
        click.echo(json_line(rows))
        return
    for row in rows:
        click.echo(f"{row['code']:<7}{row['name']}")


@cli.command()
@click.argument("state")
@click.option("--as-of", callback=iso_date, metavar="DATE", help="The date to look at (default: today).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def treaties(state: str, as_of: str | None, fmt: str) -> None:
    """List the instruments in force for STATE: treaties, conventions, the Brussels regime.

    Each comes with its dates and its source; what the sources do not
    confirm is marked UNCONFIRMED. Arrangements on reciprocity short of a
    treaty (memoranda between courts) are listed apart.

    \b
    Examples:
      pyenforce treaties KZ
      pyenforce treaties CN --as-of 1990-01-01
      pyenforce treaties GB --format json
    """
    try:
        data = _engine(DEFAULT_TIME_LIMIT, DEFAULT_INFERENCE_LIMIT).treaties(state, as_of)
    except CaseError as e:
        _fail_input([e.message()])
        return
    if fmt == "json":
        click.echo(json_line(data))
        return
    click.echo(render.treaties(data))


def _add_commands() -> None:
    """Add the analysis commands (pyenforce/commands/*.py) that exist."""
    import importlib
    from .commands import COMMANDS
    for name in COMMANDS:
        try:
            module = importlib.import_module(f".commands.{name}", __package__)
        except ModuleNotFoundError as e:
            if e.name == f"{__package__}.commands.{name}":
                continue
            raise
        cli.add_command(module.command)


_add_commands()


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI; no Python traceback ever reaches the user."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="pyenforce",
                 standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("pyenforce: interrupted", err=True)
        sys.exit(130)
    except PyenforceError as e:
        click.echo(f"pyenforce: {render.safe(str(e))}", err=True)
        sys.exit(EXIT_FAILED)
    except SystemExit:
        raise
    except Exception as e:  # the last line of defence: say what broke, briefly
        click.echo(f"pyenforce: internal error: {type(e).__name__}: {render.safe(str(e))}", err=True)
        sys.exit(EXIT_FAILED)
