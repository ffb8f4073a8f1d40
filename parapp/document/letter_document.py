"""An urging letter (công văn đôn đốc) as an ND30 document: the header with the
summary under the number and no title line, "Kính gửi:" the offices, the body,
and the closing line kept on the page of the signature and "Nơi nhận"."""

from __future__ import annotations

import datetime as dt

from parapp.core.nd30_text import number_line, signer_block
from parapp.core.urging_letter import UrgingLetter
from parapp.document import nd30_blocks as nb
from parapp.document.model import Closing, Document, KinhGui, Para, Part
from parapp.document.options import PrintOptions
from parapp.document.page import LETTER_KINH_GUI_BEFORE, ROLES

LETTER_CC = ["Như trên", "Chủ tịch, các Phó Chủ tịch UBND xã"]


def letter_symbol(drafting_unit: str) -> str:
    """A commune's công văn carries the issuing body and the drafting unit: "UBND-VP"."""
    unit = drafting_unit.strip()
    return f"UBND-{unit}" if unit else "UBND"


def letter_document(letter: UrgingLetter, o: PrintOptions, doc_date: dt.date) -> Document:
    blocks: list = [
        nb.header(parent=o.parent, commune_name=o.commune_name, number=number_line(o.number, o.symbol),
                  date_line=nb.date_text(o.place_name, o.date, o.month_year), summary=letter.summary),
        KinhGui(list(letter.recipients), space_before=LETTER_KINH_GUI_BEFORE),
    ]
    # A line leading into the lines under it ("Nhiệm vụ đã quá hạn, chưa hoàn thành:", "… đề nghị …:") keeps with the
    # first of them, as a report's does (round 25C: it ended the letter's page 2, its list on page 3).
    last = len(letter.paragraphs) - 1
    body = [Para(text, "body_lead" if role == "body" and text.rstrip().endswith(":") and k < last else role)
            for k, (role, text) in enumerate(letter.paragraphs)]
    # The signature never goes to a page with the closing line alone: the ask to report back goes with it.
    tail = [body.pop(), Para(letter.closing)] if body else [Para(letter.closing)]
    while body and ROLES[body[-1].role].keep_with_next:  # a heading never stays behind alone
        tail.insert(0, body.pop())
    sign = nb.signature(signer_block(o.chairman, o.vice_chairmen, o.signer), o.cc, o.drafting_unit)
    title = "Công văn " + letter.summary.removeprefix("V/v ")
    return Document(title, o.commune_name, doc_date, [Part("portrait", blocks + body + [Closing(tail, sign)])])
