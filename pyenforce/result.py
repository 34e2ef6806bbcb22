"""Results of format 1 as Python objects; ``to_dict()`` is the JSON exactly."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator


@dataclass(frozen=True)
class Basis:
    """A legal basis that holds (``kind``: treaty, domestic_law, reciprocity)."""

    kind: str
    type: str | None
    instrument: str | None
    rule: str
    citation: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "type": self.type, "instrument": self.instrument,
                "rule": self.rule, "citation": self.citation}


@dataclass(frozen=True)
class Ground:
    """A ground of refusal that is established."""

    ground: str
    rule: str
    citation: str
    discretionary: bool

    def to_dict(self) -> dict[str, Any]:
        return {"ground": self.ground, "rule": self.rule, "citation": self.citation,
                "discretionary": self.discretionary}


@dataclass(frozen=True)
class Caveat:
    """An unconfirmed rule or fact on which the outcome rests."""

    rule: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "note": self.note}


@dataclass
class Node:
    """One step of the derivation: the rule applied and whether it holds.

    ``status`` is ``holds``, ``fails`` or ``unknown`` (``holds`` is true
    only for the first); ``burden`` says who must prove a fact of the case;
    ``notes`` carry UNCONFIRMED marks, assumptions and dates of force;
    ``decisive`` marks the nodes on which the outcome turns.
    """

    rule: str
    claim: str
    text: str
    citation: str
    holds: bool
    status: str
    decisive: bool = False
    children: list["Node"] = field(default_factory=list)
    burden: str | None = None
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Node":
        return cls(rule=d["rule"], claim=d["claim"], text=d["text"], citation=d["citation"],
                   holds=d["holds"], status=d["status"], decisive=d.get("decisive", False),
                   children=[cls.from_dict(c) for c in d.get("children", [])],
                   burden=d.get("burden"), notes=list(d.get("notes", [])))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"rule": self.rule, "claim": self.claim, "text": self.text,
                             "citation": self.citation, "holds": self.holds, "status": self.status,
                             "decisive": self.decisive}
        if self.burden is not None:
            d["burden"] = self.burden
        if self.notes:
            d["notes"] = list(self.notes)
        d["children"] = [c.to_dict() for c in self.children]
        return d

    def walk(self) -> Iterator["Node"]:
        """This node and every node below it, depth first."""
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass
class Result:
    """The answer for one case; see the case format, section 2."""

    case: str
    origin: str
    forum: str
    as_of: str
    outcome: str
    bases: list[Basis]
    refusal_grounds: list[Ground]
    missing_facts: list[str]
    assumptions: list[str]
    caveats: list[Caveat]
    derivation: Node | None
    format: int = 1

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Result":
        return cls(case=d["case"], origin=d["origin"], forum=d["forum"], as_of=d["as_of"],
                   outcome=d["outcome"],
                   bases=[Basis(**b) for b in d["bases"]],
                   refusal_grounds=[Ground(**g) for g in d["refusal_grounds"]],
                   missing_facts=list(d["missing_facts"]),
                   assumptions=list(d["assumptions"]),
                   caveats=[Caveat(**c) for c in d.get("caveats", [])],
                   derivation=Node.from_dict(d["derivation"]) if d.get("derivation") else None,
                   format=d.get("format", 1))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "format": self.format, "case": self.case, "origin": self.origin,
            "forum": self.forum, "as_of": self.as_of, "outcome": self.outcome,
            "bases": [b.to_dict() for b in self.bases],
            "refusal_grounds": [g.to_dict() for g in self.refusal_grounds],
            "missing_facts": list(self.missing_facts),
            "assumptions": list(self.assumptions),
            "caveats": [c.to_dict() for c in self.caveats],
        }
        if self.derivation is not None:
            d["derivation"] = self.derivation.to_dict()
        return d

    @property
    def recognised(self) -> bool:
        return self.outcome == "recognised"

    def rules_applied(self) -> set[str]:
        """The ids of every rule in the derivation."""
        return {n.rule for n in self.derivation.walk()} if self.derivation else set()

    def _repr_html_(self) -> str:
        """Jupyter shows the result as HTML: summary and collapsible derivation."""
        from .formats import to_html
        return to_html(self, fragment=True)

    def _repr_markdown_(self) -> str:
        """Jupyter (and other front ends) show the result as Markdown."""
        from .formats import to_markdown
        return to_markdown(self)
