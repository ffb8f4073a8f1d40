"""The blocks an ND30 document is made of, with their words already written.

A builder (report_document, plan_document, …) decides every word the page
carries: the header's lines, the number and the date, the title, "Kính gửi",
the body, the closing line, the signer and the recipients, each appendix's
titles and its table. The writers (parapp.pdf, parapp.docx) only lay these out
in their own terms; neither adds a word of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from parapp.document.page import CELL_PAD_BOTTOM, CELL_PAD_TOP

MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
KINH_GUI = "Kính gửi:"
NOI_NHAN = "Nơi nhận:"


@dataclass
class Header:
    """The two columns at the top of page 1."""

    parent: str                  # the superior body, in capitals, or ""
    body_lines: list[str]        # the issuing body, in capitals: ["ỦY BAN NHÂN DÂN", "XÃ BA GIANG"]
    number: str                  # "Số: 15/BC-UBND", or with the number left blank
    place_date: str              # "Ba Giang, ngày 18 tháng 3 năm 2024"
    motto: tuple[str, str] = (MOTTO_1, MOTTO_2)
    summary: str = ""            # a công văn's "V/v …", centred under the number (it has no title line)


@dataclass
class Title:
    kind: str                    # "BÁO CÁO"
    summary: str                 # the trích yếu, with a rule under it


@dataclass
class KinhGui:
    """'Kính gửi: X.' on one line, or a dash list aligned under the colon."""

    recipients: list[str]
    head: str = KINH_GUI
    space_before: float = 0      # points: a công văn's stands clear of the summary above it

    def __post_init__(self) -> None:
        from parapp.core.print_limits import RECIPIENT, clip_list

        self.recipients = clip_list(self.recipients, RECIPIENT)  # what a printout may hold

    @property
    def one_line(self) -> str | None:
        if len(self.recipients) != 1:
            return None
        return f"{self.head.rstrip(':')}: {self.recipients[0].rstrip('.')}."

    @property
    def items(self) -> list[str]:
        last = len(self.recipients) - 1
        return [f"- {r.rstrip(';.')}{'.' if i == last else ';'}" for i, r in enumerate(self.recipients)]


@dataclass
class Para:
    text: str
    role: str = "body"           # a key of page.ROLES


@dataclass
class Signature:
    """Nơi nhận on the left, the authority lines and the signer on the right."""

    authority: list[str]         # ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    name: str                    # "" leaves the place empty
    cc: list[str]                # as printed: "- Như trên;", …, "- Lưu: VT, VP."
    head: str = NOI_NHAN


@dataclass
class Closing:
    """The last lines of the body and the signature: never split across pages."""

    paras: list[Para]
    signature: Signature


@dataclass
class Table:
    head: list[str]
    widths: list[float | None]   # millimetres; one None takes what the text width leaves
    rows: list[list[str]]
    center_cols: set[int] = field(default_factory=set)
    group_rows: set[int] = field(default_factory=set)   # a group's title across the row, bold
    bold_rows: set[int] = field(default_factory=set)    # bold, cells kept (PAR groups, a total)
    padding: tuple[float, float] = (CELL_PAD_TOP, CELL_PAD_BOTTOM)  # points above and below a row's text


@dataclass
class Appendix:
    """A phụ lục: its label, titles, the line that ties it to the document, a table."""

    label: str                   # "Phụ lục", "Phụ lục II", or "" for a plain list
    titles: list[str]            # centred, bold, already in capitals where the decree wants them
    kem_theo: str                # "(Kèm theo Báo cáo số … của UBND xã …)", centred, italic
    table: Table
    note: str = ""               # an italic line above the table (an empty plan says so)


Block = Header | Title | KinhGui | Para | Closing | Appendix


@dataclass
class Part:
    """Pages of one orientation, numbered on their own from their second page."""

    orientation: str             # "portrait" or "landscape"
    blocks: list[Block]


@dataclass
class Document:
    title: str                   # the file's title (metadata)
    author: str
    date: dt.date                # the file's creation date: the document's own, never the clock's
    parts: list[Part]
    subject: str = ""            # the file's subject (metadata); empty: the title
    keywords: str = ""           # the file's keywords, "; "-separated

    def paragraphs(self) -> list[str]:
        """Every line of text in reading order (tables' cells included): what a test reads back."""
        out: list[str] = []
        for part in self.parts:
            for b in part.blocks:
                out += _texts(b)
        return out


def _texts(b: Block) -> list[str]:
    if isinstance(b, Header):
        return [b.parent, *b.body_lines, *b.motto, b.number, b.place_date, b.summary]
    if isinstance(b, Title):
        return [b.kind, b.summary]
    if isinstance(b, KinhGui):
        return [b.one_line] if b.one_line else [b.head, *b.items]
    if isinstance(b, Para):
        return [b.text]
    if isinstance(b, Closing):
        s = b.signature
        return [p.text for p in b.paras] + [s.head, *s.cc, *s.authority, s.name]
    if isinstance(b, Appendix):
        return [b.label, *b.titles, b.kem_theo, b.note, *b.table.head, *(c for r in b.table.rows for c in r)]
    raise TypeError(b)
