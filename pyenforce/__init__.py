"""pyenforce: can this foreign decision be recognised and enforced there, then?

The law lives in Prolog (``logic/``); this package validates cases, hands
them to SWI-Prolog and returns explained results::

    from pyenforce import Engine, Case
    case = Case.from_file("nl-kz-2023.json")
    result = Engine().evaluate(case)
    result.outcome            # 'recognised'
    result.to_dict()          # the format-1 result, as JSON data
"""
from .case import Case, load_cases
from .engine import Engine
from .errors import CaseError, EngineError, LimitExceeded, PyenforceError, RulesError
from .result import Basis, Caveat, Ground, Node, Result

__version__ = "0.1.0"

__all__ = [
    "Basis", "Case", "CaseError", "Caveat", "Engine", "EngineError", "Ground",
    "LimitExceeded", "Node", "PyenforceError", "Result", "RulesError", "load_cases",
    "__version__",
]
