"""An urging letter and a meeting list built by hand (no database), for the Decree-30 checks
of ParApp's PDF and of LibreOffice's PDF of the Word copy (tests/word_copies.py)."""

import datetime as dt

from parapp.core.citations import DocRef
from parapp.core.meeting_lists import MeetingList, meeting_lists
from parapp.core.reminders import Lead, by_group, collect
from parapp.core.urging_letter import LetterFacts, write_letter
from parapp.document.letter_document import LETTER_CC, letter_document
from parapp.document.meeting_document import meeting_document
from parapp.document.options import PrintOptions

LETTER_DAY = dt.date(2024, 6, 10)
OFFICES = ["Văn phòng HĐND và UBND", "Phòng Văn hóa – Xã hội", "Phòng Kinh tế"]


class _Line:
    def __init__(self, i, due, office_no, status="in_progress"):
        self.id, self.due, self.status, self.plan_id, self.deadline_text = i, due, status, 1, ""
        self.content = (f"Nhiệm vụ số {i}: rà soát, đánh giá và đề xuất đơn giản hóa thủ tục hành chính thuộc "
                        f"thẩm quyền giải quyết của Ủy ban nhân dân xã")
        self.lead = "Người số %d" % office_no


def lines(per_office: int):
    out = []
    for o in range(len(OFFICES)):
        for k in range(per_office):
            i = o * 100 + k + 1
            out.append(_Line(i, LETTER_DAY + dt.timedelta(days=(k * 5) - 12), o))
    return out


def leads(rows):
    return {r.id: Lead(OFFICES[int(r.lead.split()[-1])], r.lead) for r in rows}


def letter_options(**kw) -> PrintOptions:
    base = dict(commune_name="Ủy ban nhân dân xã Ba Giang", place_name="Ba Giang", chairman="Phạm Văn Thật",
                vice_chairmen=["Đinh Văn Sơn"], recipients=[], cc=list(LETTER_CC), symbol="UBND-VP",
                signer="vice:Đinh Văn Sơn", number=None, date=None, month_year=(6, 2024))
    base.update(kw)
    return PrintOptions(**base)


def letter(per_office: int = 4, offices: int = 3, **kw):
    rows = lines(per_office)
    rem = collect(rows, leads(rows), [], LETTER_DAY, 14)
    groups = by_group(rem)[:offices]
    plan = DocRef("Kế hoạch", "05/KH-UBND", dt.date(2024, 1, 8), "", "cải cách hành chính năm 2024")
    facts = LetterFacts(groups, {}, [plan], LETTER_DAY, 14, dt.date(2024, 6, 17),
                        "Văn phòng HĐND và UBND, đồng chí Nguyễn Thị Hồng Nhung")
    the_letter = write_letter(facts)
    return letter_document(the_letter, letter_options(recipients=the_letter.recipients, **kw), LETTER_DAY)


def meeting(per_office: int = 12) -> tuple:
    rows = lines(per_office)
    lists: list[MeetingList] = meeting_lists(rows, leads(rows), LETTER_DAY, 14)
    return meeting_document(lists, "Ủy ban nhân dân xã Ba Giang", LETTER_DAY, 14, "office"), lists
