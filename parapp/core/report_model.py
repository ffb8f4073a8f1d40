"""A periodic report's content: numbered sections of plain paragraphs, and an
appendix table. Serialised as JSON for storage, the command line and the
content hash of a finalised report."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Section:
    key: str                     # stable identity for regeneration: "leadership", "area:3", …
    title: str                   # with its number: "I. Công tác chỉ đạo, điều hành"
    paragraphs: list[str] = field(default_factory=list)
    subsections: list["Section"] = field(default_factory=list)
    facts: list[int] = field(default_factory=list)  # ids of the tasks the text came from
    edited: bool = False         # the official changed the text: never overwritten silently

    def walk(self):
        yield self
        for s in self.subsections:
            yield from s.walk()


@dataclass(slots=True)
class AppendixRow:
    stt: str
    content: str
    lead: str
    deadline: str
    status: str
    result: str
    task_id: int | None = None
    group: str = ""              # the reform area the row is listed under


@dataclass(slots=True)
class FigureRow:
    """One figure as the report states it (only figures that have a value)."""

    code: str
    name: str
    unit: str
    value: float
    text: str                    # as printed: "1.240", "99,3%"
    group: str = ""              # the reform area it is listed under


@dataclass(slots=True)
class Gap:
    """Something the draft could not say and the official should supply before finalising
    (a late task with no reason, no proposals …). Never printed; shown by the editor."""

    section: str                 # the key of the section it concerns
    template: str                # N_("report", …) text with {0} … slots
    args: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        return self.template.format(*self.args)


@dataclass
class Draft:
    period: dict[str, Any]       # as parapp periods --json prints it
    title: str
    sections: list[Section]
    appendix: list[AppendixRow]
    generated_on: str            # YYYY-MM-DD: when the facts were read
    opening: Section = field(default_factory=lambda: Section("opening", ""))
    figures: list[FigureRow] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)

    def walk(self):
        """The opening, then every section and subsection in order."""
        if self.opening.paragraphs or self.opening.edited:
            yield self.opening
        for s in self.sections:
            yield from s.walk()

    def find(self, key: str) -> Section | None:
        if key == "opening":
            return self.opening
        return next((s for s in self.walk() if s.key == key), None)

    def to_json(self) -> dict[str, Any]:
        # By hand: dataclasses.asdict deep-copies recursively and takes over a
        # second for a 50,000-row appendix.
        def sec(s: Section) -> dict[str, Any]:
            return {"key": s.key, "title": s.title, "paragraphs": list(s.paragraphs),
                    "subsections": [sec(x) for x in s.subsections], "facts": list(s.facts), "edited": s.edited}

        out = {
            "period": dict(self.period), "title": self.title, "sections": [sec(s) for s in self.sections],
            "appendix": [{"stt": r.stt, "content": r.content, "lead": r.lead, "deadline": r.deadline,
                          "status": r.status, "result": r.result, "task_id": r.task_id, "group": r.group}
                         for r in self.appendix],
            "generated_on": self.generated_on,
        }
        # Keys a draft made before figures existed does not have stay absent, so
        # that what was stored and hashed then is what is written back now.
        if self.opening.paragraphs or self.opening.edited:
            out["opening"] = sec(self.opening)
        if self.figures:
            out["figures"] = [{"code": f.code, "name": f.name, "unit": f.unit, "value": f.value, "text": f.text,
                               "group": f.group} for f in self.figures]
        if self.gaps:
            out["gaps"] = [{"section": g.section, "template": g.template, "args": list(g.args)} for g in self.gaps]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Draft":
        def sec(d: dict) -> Section:
            return Section(d["key"], d["title"], list(d.get("paragraphs", [])),
                           [sec(x) for x in d.get("subsections", [])], list(d.get("facts", [])),
                           bool(d.get("edited", False)))

        opening = sec(data["opening"]) if data.get("opening") else Section("opening", "")
        return cls(dict(data["period"]), data.get("title", ""), [sec(s) for s in data["sections"]],
                   [AppendixRow(**r) for r in data.get("appendix", [])], data.get("generated_on", ""), opening,
                   [FigureRow(**f) for f in data.get("figures", [])],
                   [Gap(g["section"], g["template"], list(g.get("args", []))) for g in data.get("gaps", [])])


def canonical_bytes(data: dict[str, Any]) -> bytes:
    """One byte sequence per content, whatever the dict order: what the hash covers."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content_hash(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(data)).hexdigest()


def regenerate(draft: Draft, fresh: Draft, keys: set[str] | None = None) -> Draft:
    """Replace sections with freshly assembled ones, keeping the official's edits.

    With `keys`, only those sections are replaced (edited or not: the user asked).
    Without, every section the user has not edited is replaced. The appendix
    and the facts date follow the fresh draft.
    """

    def merge(old: list[Section], new: list[Section]) -> list[Section]:
        old_by_key = {s.key: s for s in old}
        out = []
        for n in new:
            o = old_by_key.pop(n.key, None)
            if o is None:
                out.append(n)
                continue
            replace = (n.key in keys) if keys is not None else not o.edited
            if replace:
                o.paragraphs, o.facts, o.edited = list(n.paragraphs), list(n.facts), False
            o.title = n.title if not o.edited else o.title
            o.subsections = merge(o.subsections, n.subsections)
            out.append(o)
        # a section that no longer has facts survives only if the official wrote in it
        out.extend(s for s in old_by_key.values() if s.edited)
        return out

    opening = merge([draft.opening], [fresh.opening])[0] if (draft.opening.paragraphs or draft.opening.edited) \
        else fresh.opening
    return Draft(fresh.period, draft.title or fresh.title, merge(draft.sections, fresh.sections),
                 fresh.appendix, fresh.generated_on, opening, fresh.figures, fresh.gaps)
