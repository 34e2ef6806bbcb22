"""The errors pyenforce raises; each says what to fix, never a traceback."""
from __future__ import annotations


class PyenforceError(Exception):
    """Base class of pyenforce's errors."""


class CaseError(PyenforceError):
    """A case file or case is malformed (exit status 2 on the command line).

    ``source`` names the file (``file.jsonl:3`` for a line), ``key`` the
    dotted path of the offending key (empty for the whole case).
    """

    def __init__(self, source: str, key: str, expected: str, found: str = "") -> None:
        self.source, self.key, self.expected, self.found = source, key, expected, found
        super().__init__(self.message())

    def message(self) -> str:
        where = f"{self.source}: " if self.source else ""
        key = f"key \"{self.key}\": " if self.key else ""
        found = f", found {self.found}" if self.found else ""
        return f"{where}{key}expected {self.expected}{found}"


class EngineError(PyenforceError):
    """SWI-Prolog or the knowledge base could not be loaded or queried."""


class LimitExceeded(PyenforceError):
    """An evaluation ran past its time or inference limit."""


class RulesError(PyenforceError):
    """A user rule file was refused (exit status 2 on the command line)."""

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        super().__init__(f"{source}: {message}")
