"""Cases: one foreign decision and one application to enforce it (format 1).

A ``Case`` is read from JSON, JSON Lines, YAML or TOML, or built in
Python. Its content is checked by the engine against the format-1
whitelist (the knowledge base holds the vocabulary and the state codes);
here it is only parsed and put in shape.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .errors import CaseError

TOP_KEYS = ("format", "id", "title", "origin", "forum", "parties", "decision",
            "application_date", "facts", "evidence")


@dataclass
class Case:
    """One case of format 1; see the case format for every key's meaning."""

    origin: str
    forum: str
    application_date: str
    id: str | None = None
    title: str | None = None
    parties: dict[str, Any] = field(default_factory=dict)
    decision: dict[str, Any] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)
    format: Any = 1
    source: str = field(default="", compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: Any, source: str = "", default_id: str | None = None) -> "Case":
        """Build a case from parsed data; raises ``CaseError`` on its shape."""
        if not isinstance(data, dict):
            raise CaseError(source, "", "a JSON object (one case)", _kind(data))
        data = _iso_dates(data)
        for key in data:
            if key not in TOP_KEYS:
                raise CaseError(source, str(key), "no such key; allowed here: " + ", ".join(TOP_KEYS), str(key))
        for key in ("origin", "forum", "application_date"):
            if key not in data:
                raise CaseError(source, key, "a value (this key is required)", "nothing")
        values = {k: data[k] for k in TOP_KEYS if k in data}
        if "id" not in values and default_id is not None:
            values["id"] = default_id
        return cls(**values, source=source)

    @classmethod
    def from_file(cls, path: str | Path) -> "Case":
        """Read the one case in ``path``."""
        cases = load_cases(str(path))
        if len(cases) != 1:
            raise CaseError(str(path), "", "exactly one case", f"{len(cases)} cases")
        return cases[0]

    def to_dict(self) -> dict[str, Any]:
        """The case as format-1 data, keys in the specification's order."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name == "source":
                continue
            value = getattr(self, f.name)
            if value is None or (isinstance(value, dict) and not value and f.name != "facts"):
                continue
            out[f.name] = value
        return {k: out[k] for k in TOP_KEYS if k in out}

    def to_json(self) -> str:
        """The case as one line of JSON (control characters escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    return type(value).__name__


def _iso_dates(value: Any) -> Any:
    """YAML and TOML read dates as date objects; the format wants ISO text."""
    if isinstance(value, dict):
        return {k: _iso_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso_dates(v) for v in value]
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def load_cases(path: str) -> list[Case]:
    """Read every case in ``path`` (``-`` for standard input).

    ``.json``: one case; ``.jsonl``: one case a line; ``.yaml``/``.yml`` and
    ``.toml``: one case. Raises ``CaseError`` naming the file (and line).
    """
    return list(iter_cases(path))


def iter_cases(path: str) -> Iterator[Case]:
    """Like ``load_cases``, one case at a time (``.jsonl`` is streamed)."""
    if path == "-":
        yield from _cases_from_text(sys.stdin.read(), "<stdin>", "stdin")
        return
    p = Path(path)
    stem = p.name.rsplit(".", 1)[0] if "." in p.name else p.name
    suffix = p.suffix.lower()
    try:
        if suffix == ".jsonl":
            with p.open(encoding="utf-8") as fh:
                yield from _jsonl_cases(fh, path)
            return
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CaseError(path, "", "an existing file", "no such file") from None
    except UnicodeDecodeError as e:
        raise CaseError(path, "", "UTF-8 text", f"a byte that is not UTF-8 at offset {e.start}") from None
    except OSError as e:
        raise CaseError(path, "", "a readable file", e.strerror or str(e)) from None
    if suffix in (".yaml", ".yml"):
        yield Case.from_dict(_yaml(text, path), path, stem)
    elif suffix == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise CaseError(path, "", "valid TOML", str(e)) from None
        yield Case.from_dict(data, path, stem)
    else:
        yield from _cases_from_text(text, path, stem)


def _cases_from_text(text: str, source: str, stem: str) -> Iterator[Case]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) > 1 and e.msg == "Extra data":
            yield from _jsonl_cases(text.splitlines(keepends=True), source)
            return
        raise CaseError(source, "", "valid JSON",
                        f"{e.msg} at line {e.lineno}, column {e.colno}") from None
    yield Case.from_dict(data, source, stem)


def _jsonl_cases(lines: Any, source: str) -> Iterator[Case]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            raise CaseError(where, "", "valid JSON", f"{e.msg} at column {e.colno}") from None
        yield Case.from_dict(data, where, str(n))


def _yaml(text: str, path: str) -> Any:
    try:
        import yaml
    except ImportError:
        raise CaseError(path, "", "JSON or TOML (reading YAML needs PyYAML: pip install 'pyenforce[yaml]')",
                        "a YAML file") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise CaseError(path, "", "valid YAML", str(e).replace("\n", " ")) from None
