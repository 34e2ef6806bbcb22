"""Writing Python text as Prolog literals, safely.

Case data never becomes part of a Prolog goal's syntax: it crosses the
boundary as the content of one double-quoted string literal, which Prolog
parses as data. Every character that could end or bend the literal is
escaped, so no text can close it and add a goal of its own.
"""
from __future__ import annotations

_ESCAPES = {ord('"'): '\\"', ord("\\"): "\\\\"}
_ESCAPES.update({c: "\\x%x\\" % c for c in [*range(32), 127]})


def pl_string(text: str) -> str:
    """Return ``text`` as a Prolog double-quoted string literal."""
    if "\x00" in text:
        raise ValueError("a NUL character cannot cross into Prolog; send it escaped as JSON")
    return '"' + text.translate(_ESCAPES) + '"'
