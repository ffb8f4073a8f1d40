"""The words of an urging letter (công văn đôn đốc) to the offices whose tasks are late or
fall due soon.

A công văn has no title line: its summary ("V/v …") stands under the number. It is
addressed ("Kính gửi:") to the offices concerned, says what the commune's plans ask,
lists each office's overdue tasks and those falling due, each with its deadline, asks
for them to be done and for a report back by a given day. The printed words are
Vietnamese whatever the interface language; parapp.document lays them out.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from parapp.core.citations import DocRef, cite, doc_date
from parapp.core.dates import working_day_after
from parapp.core.nd30_text import POINT_LETTERS
from parapp.core.print_limits import PARAGRAPH, clip
from parapp.core.reminders import Group, Lead, TaskItem

SUMMARY = "V/v đôn đốc thực hiện nhiệm vụ cải cách hành chính"
REPLY_DAYS = 7          # offices answer within a week unless told otherwise


def default_reply_by(today: dt.date) -> dt.date:
    """A week from today, moved off a weekend or a public holiday to the next working day (it moved off weekends
    only: a letter of 25/12 asked for the report back on New Year's Day, one of 10/02/2026 in Tết; round 21C)."""
    return working_day_after(today + dt.timedelta(days=REPLY_DAYS))


# A lead written as a post or a body, not a person's name: "Công chức Tư pháp – Hộ tịch", "Công an xã", "Ban Chỉ huy
# Quân sự xã" were addressed "Đồng chí Công an xã" (round 21C). Compared with their diacritics: the surname Trương is
# not "Trưởng …", nor Đoàn "Đoàn Thanh niên", nor Tô "Tổ …".
_POSTS = ("công chức", "cán bộ", "chủ tịch", "phó chủ tịch", "trưởng ", "phó trưởng", "bí thư", "phó bí thư",
          "ban ", "phòng ", "văn phòng", "trung tâm", "công an", "quân sự", "chỉ huy", "bộ phận", "đoàn thanh niên",
          "hội ", "ủy ban", "uỷ ban", "ubnd", "ubmttq", "mặt trận", "hđnd", "đảng ủy", "đảng uỷ", "thôn ", "ấp ",
          "tổ ", "khu phố", "trạm ", "các ", "người ", "kế toán", "văn thư", "thủ quỹ", "giám đốc", "chi hội",
          "chi bộ", "lãnh đạo")


def addressed(lead: Lead) -> str:
    """How a letter names its recipient: the office, or the person ("Đồng chí …") where no office leads; a post or
    a body written as the lead stands as written."""
    if lead.office:
        return lead.office
    if not lead.person:
        return ""
    return lead.person if unicodedata.normalize("NFC", lead.person).lower().startswith(_POSTS) \
        else f"Đồng chí {lead.person}"


@dataclass
class LetterFacts:
    """What the letter is written from (gathered by the services from the register)."""

    groups: list[Group]                 # core.reminders.by_group: each office's chased tasks
    recipients: dict[str, str]          # group name → how the letter addresses it
    plans: list[DocRef]                 # the plans the chased tasks belong to
    today: dt.date
    days: int                           # "due soon" looked this many days ahead
    reply_by: dt.date
    via: str = ""                       # whom to report back through: "Văn phòng HĐND và UBND xã (đồng chí …)"


@dataclass
class UrgingLetter:
    recipients: list[str]
    paragraphs: list[tuple[str, str]] = field(default_factory=list)   # (role, text): "body" or "heading2"
    closing: str = ""                                                # the last line, ending "./."
    summary: str = SUMMARY

    def text(self) -> str:
        return "\n".join([self.summary, *self.recipients, *(t for _, t in self.paragraphs), self.closing])


def _in_sentence(recipient: str) -> str:
    """"Đồng chí …" heads a line of "Kính gửi"; inside a sentence it is "đồng chí …"."""
    return "đ" + recipient[1:] if recipient.startswith("Đồng chí ") else recipient


def _task_line(t: TaskItem, late: bool, last: bool) -> str:
    when = f"hạn hoàn thành: {doc_date(t.due)}"
    if late:
        when += f", đã quá hạn {t.days} ngày"
    elif t.days == 0:
        when += ", đến hạn hôm nay"
    content = clip(" ".join(t.content.split()), PARAGRAPH).rstrip(" .;")
    return f"- {content} ({when}){'.' if last else ';'}"


def _counts(n_late: int, n_soon: int, days: int, until: dt.date) -> str:
    parts = []
    if n_late:
        parts.append(f"{n_late} nhiệm vụ cải cách hành chính đã quá hạn nhưng chưa hoàn thành")
    if n_soon and not days:  # "đến hạn trong 0 ngày tới" (round 21C)
        parts.append(f"{n_soon} nhiệm vụ đến hạn hôm nay (ngày {doc_date(until)})")
    elif n_soon:
        parts.append(f"{n_soon} nhiệm vụ đến hạn trong {days} ngày tới (đến ngày {doc_date(until)})")
    return " và ".join(parts)


def write_letter(f: LetterFacts) -> UrgingLetter:
    n_late = sum(len(g.overdue) for g in f.groups)
    n_soon = sum(len(g.due_soon) for g in f.groups)
    letter = UrgingLetter([f.recipients.get(g.name) or g.name for g in f.groups])
    paras = letter.paragraphs
    if f.plans:
        paras.append(("body", "Thực hiện " + "; ".join(cite(p, with_issuer=False) for p in f.plans)
                      + " của Ủy ban nhân dân xã;"))
    paras.append(("body", f"Qua theo dõi, tính đến ngày {doc_date(f.today)}, còn "
                          f"{_counts(n_late, n_soon, f.days, f.today + dt.timedelta(days=f.days))}, cụ thể như sau:"))
    single = len(f.groups) == 1  # a letter to one office lists its tasks without a heading
    for i, g in enumerate(f.groups, start=1):
        if not single:
            paras.append(("heading2", f"{i}. {f.recipients.get(g.name) or g.name}"))
        both = bool(g.overdue) and bool(g.due_soon)
        points = iter(POINT_LETTERS)
        for late, items, label in ((True, g.overdue, "Nhiệm vụ đã quá hạn, chưa hoàn thành:"),
                                   (False, g.due_soon, "Nhiệm vụ sắp đến hạn:")):
            if not items:
                continue
            paras.append(("body", f"{next(points)}) {label}" if both else label))
            paras += [("body", _task_line(t, late, k == len(items) - 1)) for k, t in enumerate(items)]
    whom = _in_sentence(letter.recipients[0]) if single else "các cơ quan, đơn vị, công chức được giao chủ trì"
    paras.append(("body", "Để bảo đảm tiến độ, chất lượng thực hiện nhiệm vụ cải cách hành chính, Ủy ban nhân dân xã "
                          f"đề nghị {whom}:"))
    asks = []
    if n_late:
        asks.append("Khẩn trương tập trung thực hiện, hoàn thành các nhiệm vụ đã quá hạn; nhiệm vụ chưa thể hoàn "
                    "thành phải báo cáo rõ nguyên nhân, khó khăn, vướng mắc, đề xuất giải pháp và thời gian hoàn "
                    "thành.")
    if n_soon:
        asks.append("Chủ động triển khai các nhiệm vụ sắp đến hạn, bảo đảm hoàn thành đúng thời hạn, chất lượng.")
    asks.append("Lưu giữ đầy đủ tài liệu kiểm chứng kết quả thực hiện (văn bản ban hành, báo cáo, hình ảnh…) phục vụ "
                "việc theo dõi, đánh giá, chấm điểm Chỉ số cải cách hành chính của xã.")
    via = f" (qua {f.via})" if f.via else ""
    # "chậm nhất ngày X", not "trước ngày X": X is a working day, the day before it may not be ("trước ngày
    # 12/02/2027" asked for the report in Tết 2027; left in round 25C)
    asks.append(f"Báo cáo kết quả thực hiện bằng văn bản về Ủy ban nhân dân xã{via} chậm nhất ngày "
                f"{doc_date(f.reply_by)} để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân xã.")
    paras += [("body", f"{k}. {a}") for k, a in enumerate(asks, start=1)]
    whom = _in_sentence(letter.recipients[0]) if single else "các cơ quan, đơn vị, công chức liên quan"
    letter.closing = f"Ủy ban nhân dân xã đề nghị {whom} nghiêm túc triển khai thực hiện./."
    return letter
