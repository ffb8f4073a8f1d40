"""What is printed around a document's content, from the commune's settings
and the document's own number and date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


LAYOUT = 4  # the layout new documents print with


@dataclass
class PrintOptions:
    """For a periodic report (and a plan's table, which uses the names only)."""

    commune_name: str
    place_name: str
    chairman: str
    vice_chairmen: list[str] = field(default_factory=list)
    parent: str = ""                       # cơ quan chủ quản line, if any
    recipients: list[str] = field(default_factory=list)   # Kính gửi
    cc: list[str] = field(default_factory=list)           # Nơi nhận
    drafting_unit: str = "VP"
    symbol: str = "BC-UBND"
    signer: str = "chairman"               # or "vice:<name>"
    number: str | None = None              # None: left blank for the records clerk
    date: dt.date | None = None            # None: the day left blank
    month_year: tuple[int, int] | None = None  # for a blank day: the month and year to print
    # How the page is laid out: a finalised report prints with the layout it was hashed with.
    # 1: headings justified (reports finalised before headings were set flush left); 2: a paragraph leading into a
    # list could end a page alone; 3: one leading into the subsections under it could (part IV's "…, trọng tâm là các
    # nhiệm vụ sau:"); 4: today's.
    layout: int = LAYOUT

    def to_json(self) -> dict:
        """As frozen with a finalised report: what it prints with, whatever the settings say later."""
        return {"commune_name": self.commune_name, "place_name": self.place_name, "chairman": self.chairman,
                "vice_chairmen": list(self.vice_chairmen), "parent": self.parent,
                "recipients": list(self.recipients), "cc": list(self.cc), "drafting_unit": self.drafting_unit,
                "symbol": self.symbol, "signer": self.signer, "number": self.number,
                "date": self.date.isoformat() if self.date else None,
                "month_year": list(self.month_year) if self.month_year else None, "layout": self.layout}

    @classmethod
    def from_json(cls, d: dict) -> PrintOptions:
        my = d.get("month_year")
        return cls(d["commune_name"], d["place_name"], d["chairman"], list(d.get("vice_chairmen", [])),
                   d.get("parent", ""), list(d.get("recipients", [])), list(d.get("cc", [])),
                   d.get("drafting_unit", "VP"), d.get("symbol", "BC-UBND"), d.get("signer", "chairman"),
                   d.get("number"), dt.date.fromisoformat(d["date"]) if d.get("date") else None,
                   (int(my[0]), int(my[1])) if my else None,
                   int(d.get("layout", 1)))  # frozen before the layout was recorded: the first one


@dataclass
class ParPrintOptions:
    """For the PAR INDEX self-assessment: signed TM. Ủy ban nhân dân, always a draft for signature."""

    commune_name: str
    place_name: str
    chairman: str
    superior: str = ""                                    # cited in the opening and the proposal
    parent: str = ""
    recipients: list[str] = field(default_factory=list)   # Kính gửi
    cc: list[str] = field(default_factory=list)           # Nơi nhận, before "Lưu"
    drafting_unit: str = "VP"
    number: str | None = None                             # None: blank for the records clerk
    date: dt.date | None = None                           # None: the day left blank
    month_year: tuple[int, int] = (1, 2000)               # for a blank day
