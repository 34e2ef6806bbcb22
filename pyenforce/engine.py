"""The SWI-Prolog engine: one per process, shared, safe across threads.

pyswip gives a process one Prolog database and no way to reset it, so
this module loads ``logic/`` once and serialises every call with a lock.
Every call goes through SWI-Prolog's C interface (``_call_direct``): the
entry predicate is named by the code, never by user text, and case data
crosses as a plain string argument holding JSON -- no goal text is built
from it and nothing of it is parsed as Prolog syntax. Prolog parses the
JSON as data, checks it against the format-1 whitelist, and answers with
JSON text, read back inside PL_STRINGS_MARK so that no buffer is kept.
See ``logic/api.pl`` for the Prolog side.
"""
from __future__ import annotations

import datetime as _dt
import json
from ctypes import POINTER, byref, c_char_p, c_int, c_uint, c_void_p
import os
import threading
from pathlib import Path
from typing import Any

from .case import Case
from .errors import CaseError, EngineError, LimitExceeded, RulesError
from .prolog_text import pl_string
from .result import Result

DEFAULT_TIME_LIMIT = 10.0          # seconds per case
DEFAULT_INFERENCE_LIMIT = 50_000_000
LANGUAGES = ("en", "ru")           # the languages of a derivation's texts (logic/lang/)

_lock = threading.RLock()
_prolog: Any = None                # the pyswip Prolog class, once loaded
_home_thread: int | None = None    # the thread that started Prolog
_destroy_engine: Any = None        # libswipl's PL_thread_destroy_engine


def logic_dir() -> Path:
    """Where the Prolog law is: inside the installed package, else the repo."""
    env = os.environ.get("PYENFORCE_LOGIC")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here / "logic", here.parent / "logic"):
        if (candidate / "load.pl").is_file():
            return candidate
    raise EngineError(f"the Prolog knowledge base (logic/load.pl) was not found near {here}")


def _query(goal: str) -> list[dict[str, Any]]:
    """Run ``goal`` once under the lock; Prolog errors become EngineError.

    pyswip attaches a Prolog engine to each Python thread that queries;
    one left attached makes SWI-Prolog warn at exit, so an engine attached
    for another thread is destroyed after its query (each query stands
    alone: the case's facts live only for its duration).
    """
    with _lock:
        try:
            return list(_prolog.query(goal, maxresult=1, catcherrors=True))
        except Exception as e:  # pyswip raises PrologError and friends
            raise EngineError(f"Prolog query failed: {e}") from None
        finally:
            if _destroy_engine is not None and threading.get_ident() != _home_thread:
                _destroy_engine()


_OUT = object()                    # marks an output argument of _call_direct


def _call_direct(module: str, name: str, args: list[Any]) -> list[str]:
    """Call ``module:name/len(args)`` once through SWI-Prolog's C interface.

    No goal text is parsed: each ``str`` argument is put as a Prolog
    string, each ``int`` as an integer, and each ``_OUT`` as a fresh
    variable whose value (text) is returned. pyswip's own query path
    sends the whole goal through ``read_term`` instead, which for a
    chunk of cases means parsing hundreds of kilobytes a call, and which
    held on to memory over a long batch.
    """
    from pyswip import core
    with _lock:
        _prolog._init_prolog_thread()
        fid = core.PL_open_foreign_frame()
        try:
            t0 = core.PL_new_term_refs(len(args))
            for i, a in enumerate(args):
                if a is _OUT:
                    continue
                if isinstance(a, bool) or not isinstance(a, (str, int)):
                    raise TypeError(f"unsupported argument {a!r}")
                if isinstance(a, str):
                    data = a.encode("utf-8")
                    core.PL_put_chars(t0 + i, core.PL_STRING | core.REP_UTF8, len(data), data)
                else:
                    core.PL_put_integer(t0 + i, a)
            pred = core.PL_predicate(name, len(args), module)
            qid = core.PL_open_query(None, core.PL_Q_NODEBUG | core.PL_Q_CATCH_EXCEPTION, pred, t0)
            try:
                if not core.PL_next_solution(qid):
                    exc = core.PL_exception(qid)
                    if exc:
                        from pyswip.easy import getTerm
                        raise EngineError(f"{module}:{name} raised {getTerm(exc)}")
                    raise EngineError(f"{module}:{name} failed")
                outs = []
                for i, a in enumerate(args):
                    if a is _OUT:
                        # SWI-Prolog 9 stacks the buffers of converted text until
                        # they are released: read, copy, release -- or each call
                        # keeps its answer's bytes for good.
                        with core.PL_STRINGS_MARK():
                            buf = c_char_p()
                            if not _get_chars(t0 + i, byref(buf),
                                              core.CVT_ATOM | core.CVT_STRING | core.REP_UTF8):
                                raise EngineError(f"{module}:{name} gave no text")
                            outs.append(buf.value.decode("utf-8"))
            finally:
                core.PL_cut_query(qid)
        finally:
            core.PL_discard_foreign_frame(fid)
            if _destroy_engine is not None and threading.get_ident() != _home_thread:
                _destroy_engine()
    return outs


_get_chars: Any = None


def _bind_c_helpers() -> None:
    """A ctypes prototype for PL_get_chars without pyswip's string checks."""
    global _get_chars
    from pyswip import core
    _get_chars = core._lib.PL_get_chars
    _get_chars.argtypes = [c_void_p, POINTER(c_char_p), c_uint]
    _get_chars.restype = c_int


def _start() -> None:
    """Load SWI-Prolog and the law, once per process; fail loudly."""
    global _prolog, _home_thread, _destroy_engine
    with _lock:
        if _prolog is not None:
            return
        try:
            from pyswip import Prolog
            from pyswip import core
        except Exception as e:  # ImportError, OSError when libswipl is missing
            raise EngineError("SWI-Prolog could not be loaded (install it with `make demo`, "
                              f"or apt-get install swi-prolog-nox): {e}") from None
        _prolog = Prolog
        _bind_c_helpers()
        _home_thread = threading.get_ident()
        _destroy_engine = getattr(getattr(core, "_lib", None), "PL_thread_destroy_engine", None)
        try:
            _query("set_prolog_flag(debug_on_error, false)")
            _query("set_prolog_flag(report_error, true)")
            directory = logic_dir()
            boot = pl_string(str(directory / "boot.pl"))
            _query("load_files(" + boot + ", [silent(true)])")
            rows = _query("boot:strict_load_json(" + pl_string(str(directory / "load.pl")) + ", Out)")
        except EngineError:
            _prolog = None
            raise
        messages = json.loads(_text(rows[0]["Out"])) if rows else ["the loader failed"]
        if messages:
            _prolog = None
            raise EngineError("the knowledge base did not load cleanly:\n" + "\n".join(messages))


def _text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


class Engine:
    """Evaluates cases against the law in ``logic/``.

    ``time_limit`` (seconds) and ``inference_limit`` bound each evaluation;
    past them ``LimitExceeded`` is raised and the engine stays usable.
    """

    def __init__(self, time_limit: float = DEFAULT_TIME_LIMIT,
                 inference_limit: int = DEFAULT_INFERENCE_LIMIT) -> None:
        if not (isinstance(time_limit, (int, float)) and time_limit > 0):
            raise ValueError("time_limit must be a positive number of seconds")
        if not (isinstance(inference_limit, int) and inference_limit > 0):
            raise ValueError("inference_limit must be a positive integer")
        self.time_limit = float(time_limit)
        self.inference_limit = inference_limit
        _start()

    def evaluate(self, case: Case, as_of: str | _dt.date | None = None,
                 explain: bool = True, lang: str = "en") -> Result:
        """Evaluate ``case``; ``as_of`` applies the law of another date.

        ``lang`` ("en" or "ru") is the language of the derivation's texts
        and notes; citations are never translated.
        """
        return Result.from_dict(self.evaluate_dict(case, as_of, explain, lang))

    def evaluate_dict(self, case: Case, as_of: str | _dt.date | None = None,
                      explain: bool = True, lang: str = "en") -> dict[str, Any]:
        """Like ``evaluate``, returning the result as format-1 data."""
        data = json.loads(self.evaluate_text(case.to_json(), as_of, explain, lang=lang))
        self._raise_on_error(data, case)
        return data

    def evaluate_text(self, case_json: str, as_of: str | _dt.date | None = None,
                      explain: bool = True, default_id: str = "", lang: str = "en") -> str:
        """Evaluate one case given as JSON text; returns the result's JSON text.

        The text may hold an ``{"error": ...}`` object instead of a result.
        Raises ``ValueError`` for a ``lang`` other than those in ``LANGUAGES``.
        """
        if isinstance(as_of, _dt.date):
            as_of = as_of.isoformat()
        if not (isinstance(lang, str) and lang in LANGUAGES):
            raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
        [out] = _call_direct("api", "evaluate_json_plain",
                             [case_json, as_of or "", default_id, "true" if explain else "false",
                              lang, repr(self.time_limit), int(self.inference_limit), _OUT])
        return out

    # The analysis entry points in logic/ that call_json may run: each takes
    # string arguments (case JSON, dates, option JSON) and returns one JSON atom.
    ANALYSES = frozenset({
        "compare:compare_json", "timeline:timeline_json",
        "whatif:whatif_json", "interview:next_question_json",
    })

    def call_json(self, predicate: str, *args: str) -> Any:
        """Run an analysis entry point of ``logic/`` on string arguments.

        ``predicate`` must be one of ``ANALYSES`` (never user text); every
        argument crosses as an escaped string literal; the predicate's last
        argument is its JSON answer. An ``{"error": ...}`` answer raises
        ``CaseError``, ``LimitExceeded`` or ``EngineError``.
        """
        if predicate not in self.ANALYSES:
            raise ValueError(f"not an analysis entry point: {predicate}")
        module, name = predicate.split(":")
        [out] = _call_direct(module, name, [*(str(a) for a in args), _OUT])
        data = json.loads(out)
        if isinstance(data, dict) and data.get("error"):
            err = data["error"]
            if err.get("kind") == "case":
                raise CaseError("", err.get("key", ""), err.get("expected", ""), err.get("found", ""))
            if err.get("kind") == "limit":
                raise LimitExceeded(str(err.get("message")))
            raise EngineError(str(err.get("message")))
        return data

    def limits_json(self) -> str:
        """The engine's limits as JSON, for the analysis entry points."""
        return json.dumps({"time_limit": self.time_limit, "inference_limit": self.inference_limit})

    def evaluate_lines(self, text: str, first_line: int = 1, as_of: str | None = None,
                       explain: bool = False) -> str:
        """Evaluate JSON lines in one call (see logic/batch_lines.pl).

        Returns one tagged line per non-blank input line, in order:
        "<outcome>\t<result JSON>" or "error\t<error JSON>". The text must
        not contain a NUL character.
        """
        [out] = _call_direct("batch_lines", "evaluate_lines_plain",
                             [text, int(first_line), as_of or "", "true" if explain else "false",
                              repr(self.time_limit), int(self.inference_limit), _OUT])
        return out

    def load_rules(self, path: str | os.PathLike[str]) -> list[str]:
        """Add the rules of a user rule file (see logic/user_rules.pl).

        The file is loaded through SWI-Prolog's sandbox into a module of
        its own; its rules join the law for every later evaluation in this
        process (``unload_rules`` removes them). Returns the ids added.
        Raises ``RulesError`` -- and adds nothing -- for a file that is
        missing, malformed or unsafe.
        """
        [out] = _call_direct("user_rules", "load_user_rules_json", [os.fspath(path), _OUT])
        data = json.loads(out)
        if "error" in data:
            raise RulesError(os.fspath(path), data["error"].get("message", "refused"))
        return list(data["ids"])

    def unload_rules(self) -> None:
        """Remove every rule added by ``load_rules``."""
        _query("user_rules:unload_user_rules")

    def validate(self, case: Case) -> None:
        """Raise ``CaseError`` unless ``case`` is a well-formed format-1 case."""
        [out] = _call_direct("api", "validate_json", [case.to_json(), "", _OUT])
        self._raise_on_error(json.loads(out), case)

    def forums(self) -> list[dict[str, str]]:
        """The modelled forums: code, name and what is modelled."""
        [out] = _call_direct("api", "forums_json", [_OUT])
        return json.loads(out)

    def jurisdictions(self) -> list[dict[str, Any]]:
        """Each modelled forum with what is modelled, its rule count and the
        dates on which a rule applying in it takes or loses effect."""
        [out] = _call_direct("api", "jurisdictions_json", [_OUT])
        return json.loads(out)

    def treaties(self, state: str, as_of: str | _dt.date | None = None) -> dict[str, Any]:
        """The instruments in force for ``state`` on ``as_of`` (default: today).

        Raises ``CaseError`` for an unknown state code or a bad date.
        """
        if as_of is None:
            as_of = _dt.date.today()
        if isinstance(as_of, _dt.date):
            as_of = as_of.isoformat()
        [out] = _call_direct("api", "treaties_json", [state, as_of, _OUT])
        data = json.loads(out)
        err = data.get("error")
        if err:
            raise CaseError("", err.get("key", ""), err.get("expected", ""), err.get("found", ""))
        return data

    @staticmethod
    def _raise_on_error(data: dict[str, Any], case: Case) -> None:
        err = data.get("error")
        if not err:
            return
        if err.get("kind") == "case":
            raise CaseError(case.source, err.get("key", ""), err.get("expected", ""), err.get("found", ""))
        name = case.id or case.source or "the case"
        if err.get("kind") == "limit":
            raise LimitExceeded(f"{name}: {err.get('message')}")
        raise EngineError(f"{name}: {err.get('message')}")
