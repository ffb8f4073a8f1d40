"""What an import produces: tasks as they will be stored, and the problems found."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from parapp.core.importing.plan_heading import PlanHeading
from parapp.core.messages import Msg, ParAppError

# Fields a table column can feed, in the order the preview shows them.
FIELDS = ("stt", "content", "par_code", "cause", "remedy", "product", "lead", "coordinators",
          "deadline_text", "budget", "note")


@dataclass
class ImportedTask:
    line: int                      # where it starts in the input (1-based)
    stt: str = ""
    content: str = ""
    group: str = ""                # the group or area heading it sat under
    area_code: str = ""            # matched in the plan year's catalogue
    area_name: str = ""
    par_code: str = ""
    cause: str = ""
    remedy: str = ""
    product: str = ""
    lead: str = ""
    coordinators: str = ""
    deadline_text: str = ""
    due_date: dt.date | None = None
    recurrence: str = "none"
    budget: str = ""
    note: str = ""
    problems: list[str] = field(default_factory=list)
    skip: bool = False             # the user chose not to import it

    def as_json(self) -> dict:
        return {"line": self.line, "stt": self.stt, "content": self.content, "area": self.area_name or None,
                "area_code": self.area_code or None, "group": self.group or None, "par_code": self.par_code,
                "cause": self.cause, "remedy": self.remedy, "lead": self.lead, "coordinators": self.coordinators,
                "product": self.product, "deadline_text": self.deadline_text,
                "due_date": self.due_date.isoformat() if self.due_date else None, "recurrence": self.recurrence,
                "budget": self.budget, "note": self.note, "problems": list(self.problems)}


class RowProblem(Msg):
    """A problem of one imported row, with a code saying which kind it is: the preview clears
    a row's deadline problems when the deadline is fixed, by code, never by matching words."""

    code: str

    def __new__(cls, code: str, template: str, *args: object) -> "RowProblem":
        obj = str.__new__(cls, template.format(*args))
        obj.template, obj.args, obj.code = template, args, code
        return obj

    def __getnewargs__(self):  # copies and pickles keep the code
        return (self.code, self.template, *self.args)


DEADLINE, AREA, TOO_LONG, PAR_CODE = "deadline", "area", "too_long", "par_code"


def without(problems: list, code: str) -> list:
    """The problems that are not of this kind."""
    return [p for p in problems if getattr(p, "code", None) != code]


@dataclass
class Problem:
    line: int
    text: str                      # the input line, as read
    message: str

    def as_json(self) -> dict:
        return {"line": self.line, "input": self.text, "message": self.message}


@dataclass
class ImportResult:
    kind: str                                   # "table" or "list"
    tasks: list[ImportedTask]
    problems: list[Problem]
    columns: dict[int, str] = field(default_factory=dict)   # table column → field
    header_line: int = 0
    notes: list[str] = field(default_factory=list)          # e.g. legacy encoding converted
    year: int = 0                                           # the plan year the text points to
    catalogue: str = ""                                     # the catalogue areas were matched in
    rows: list = field(default_factory=list, repr=False)    # the table as read, for remapping columns
    header_at: int = 0
    heading: PlanHeading = field(default_factory=PlanHeading)  # the plan's own title, number and day, if it says
    stated: int = 0                                         # the year the file names, 0 if none

    def as_json(self) -> dict:
        return {"kind": self.kind, "tasks": [t.as_json() for t in self.tasks if not t.skip],
                "problems": [p.as_json() for p in self.problems], "notes": self.notes}


class Unreadable(ParAppError):
    """The input cannot be read as a plan at all: nothing is imported."""

    context = "import"


class Carried(str):
    """A merged cell's text repeated in a row below its first one: the same cell, not a value of that row. A plan's
    lead merged over its tasks is each task's lead; a count merged over two field rows is one figure (round 28D: a
    "Quá hạn" 4 merged over "Hộ tịch" and "Chứng thực" was added twice)."""

    __slots__ = ()


class Spanned(str):
    """A merged cell's width past its first column: empty, but part of the cell on its left. A mark "x" merged across
    "Quý I | Quý II | Quý III" is a task running through the three (round 30C: read as quý I alone, due six months
    early)."""

    __slots__ = ()


# A raised figure (Word's Superscript, "<sup>"), kept raised: a footnote's mark ("15¹", "1.1⁽²⁾"), not one more digit of
# the number it follows (round 30D: 151 dossiers read for "15" and its note's "1", criterion 1.11 for "1.1").
RAISED = str.maketrans("0123456789()+-=", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻⁼")
