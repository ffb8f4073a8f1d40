"""Tasks as a report speaks of them: where each stood in the period, and the
sentence that says what the commune did.

The report speaks as the commune ("Ủy ban nhân dân xã đã ban hành Quyết định
số 15/QĐ-UBND ngày 10/3/2026 về …"), cites the documents a task produced, and
names the people responsible where something is late (or always, or never: a
setting). Nothing meant for the official ("chưa báo cáo lý do", "chưa phân
công") is ever written into the text: such holes become gaps the editor shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from parapp.core.citations import DocRef, cite, issued_sentence
from parapp.core.messages import N_
from parapp.core.periods import Period
from parapp.core.report_model import AppendixRow, Gap
from parapp.core.report_words import day, done_clause, lower_first, sentence
from parapp.core.vntext import fold

DONE, PROGRESS, OVERDUE, DROPPED = "done", "progress", "overdue", "dropped"
NAME_LATE, NAME_ALWAYS, NAME_NEVER = "late", "always", "never"
COMMUNE = "Ủy ban nhân dân xã"


@dataclass(slots=True)
class TaskFact:
    id: int
    content: str
    area_code: str = ""
    leadership: bool = False
    stt: str = ""
    lead_name: str = ""
    lead_position: str = ""
    lead_text: str = ""
    deadline_text: str = ""
    due: dt.date | None = None
    status: str = "not_started"
    completed_on: dt.date | None = None
    delay_reason: str = ""
    notes: list[tuple[dt.date, str]] = field(default_factory=list)  # all notes, oldest first
    result: str = ""
    outputs: list[DocRef] = field(default_factory=list)
    support_request: str = ""
    dropped_reason: str = ""

    @property
    def done_late(self) -> bool:
        return self.due is not None and self.completed_on is not None and self.completed_on > self.due

    @property
    def has_lead(self) -> bool:
        return bool(self.lead_name or self.lead_text)


def classify(t: TaskFact, p: Period, today: dt.date) -> str | None:
    """Where a task stands for the period's report; None: not this period's.

    Only completion dates and progress notes are dated; the status is today's.
    A task is overdue only when its due date has passed on the drafting day
    (`today`): a year report drafted on 23/11 does not call a task due 30/11 late.
    """
    start, end = p.window_start, p.window_end
    if t.status == "dropped":
        return DROPPED if p.contains(t.due) else None
    if t.completed_on is not None and t.completed_on <= end:
        # Finished before this period began: the previous report said so, whatever its due date.
        return DONE if t.completed_on >= start else None
    if t.due is not None and t.due <= end and t.due < today:
        return OVERDUE  # due within the window, already past, and not done by its end
    live = today <= p.deadline and t.status == "in_progress"
    began = live or any(d <= end for d, _ in t.notes)
    return PROGRESS if began else None


# -- who ----------------------------------------------------------------------------

@lru_cache(maxsize=1024)  # a commune has a handful of officials
def lead_phrase(name: str, position: str, text: str) -> str:
    if name and position:
        return f"đồng chí {name}, {lower_first(position)}"
    if name:
        return f"đồng chí {name}"
    return text


def _who(t: TaskFact) -> str:
    return lead_phrase(t.lead_name, t.lead_position, t.lead_text)


def _named(t: TaskFact, naming: str, late: bool) -> str:
    """' (đồng chí X, chức vụ chủ trì)' where the setting wants a name here, else ''."""
    if naming == NAME_NEVER or (naming == NAME_LATE and not late):
        return ""
    who = _who(t)
    return f" ({who} chủ trì)" if who else ""


# -- what was done --------------------------------------------------------------------

_BOILERPLATE = ("da hoan thanh", "hoan thanh", "da thuc hien xong")


def _note_in(t: TaskFact, p: Period) -> str:
    notes = [text for d, text in t.notes if p.contains(d)]
    return notes[-1] if notes else ""


def _result_text(t: TaskFact) -> str:
    """What a finished task achieved: its result, else a note written on the day it was done
    or later; never a progress note, and without repeating that it is finished."""
    text = t.result
    if not text and t.completed_on and t.notes:
        closing = [n for d, n in t.notes if d >= t.completed_on]
        text = closing[-1] if closing else ""
    return _achieved(text) if text else ""


@lru_cache(maxsize=65536)
def _achieved(text: str) -> str:
    s = sentence(text)
    f = fold(s)
    for b in _BOILERPLATE:
        if f.startswith(b):
            s = s[len(b):].lstrip(" ,;:.")
            f = fold(s)
    return sentence(s) if s else ""


def done_sentence(t: TaskFact, naming: str, cited: frozenset[str] = frozenset()) -> str | None:
    """'- Ủy ban nhân dân xã đã ban hành Quyết định số … về ….' or '- Đã <content>. <result>.'

    Documents in `cited` were already named (the plans issued in the period): a task
    whose only output is one of them says nothing more unless it has a result."""
    late = t.done_late
    outputs = [d for d in t.outputs if d.number not in cited]
    result = _result_text(t)
    if t.outputs and not outputs and not result and not late:
        return None
    if outputs:
        head = issued_sentence(outputs, COMMUNE)
    elif result:
        head, result = result, ""  # what was achieved says what was done
    else:
        head = done_clause(t.content) or f"{sentence(t.content)}: đã hoàn thành"
    out = f"- {head}{_named(t, naming, late)}"
    if late:
        if not outputs or any(d.issued_on != t.completed_on for d in outputs):
            out += f", hoàn thành ngày {day(t.completed_on)}"
        out += f", chậm so với thời hạn (ngày {day(t.due)})"
        if t.delay_reason:
            out += f" do {lower_first(sentence(t.delay_reason))}"
    out += "."
    if result:
        out += f" {result}."
    return out


def progress_sentence(t: TaskFact, p: Period, naming: str) -> str:
    due = f" (thời hạn ngày {day(t.due)})" if t.due else ""
    note = sentence(_note_in(t, p) or (t.notes[-1][1] if t.notes else ""))
    doing = lower_first(note) if fold(note).startswith(("dang ", "da ")) else (
        "đang triển khai thực hiện" + (f"; {lower_first(note)}" if note else ""))
    return f"- {sentence(t.content)}{due}{_named(t, naming, False)}: {doing}."


def overdue_sentence(t: TaskFact, naming: str) -> str:
    return (f"- {sentence(t.content)}{_named(t, naming, True)}: chưa hoàn thành, quá thời hạn (ngày {day(t.due)})"
            f"{_cause(t.delay_reason)}.")


@lru_cache(maxsize=4096)
def _cause(reason: str) -> str:
    return f"; nguyên nhân: {lower_first(sentence(reason))}" if reason else ""


def dropped_sentence(t: TaskFact) -> str:
    why = f" do {lower_first(sentence(t.dropped_reason))}" if t.dropped_reason else ""
    return f"- {sentence(t.content)}: dừng thực hiện{why}."


_NO_REASON = N_("report", "Nhiệm vụ quá hạn chưa ghi nguyên nhân chậm: {0}.")
_NO_LEAD = N_("report", "Nhiệm vụ quá hạn chưa có người chủ trì: {0}.")
_LATE_NO_REASON = N_("report", "Nhiệm vụ hoàn thành chậm chưa ghi nguyên nhân: {0}.")
_MORE = N_("report", "{0} và {1} nhiệm vụ khác")


def task_gaps(groups: dict[str, list[TaskFact]], section: str, naming: str) -> list[Gap]:
    """One gap per kind of hole in a section, naming the first few tasks (a big register
    may have thousands; the official needs to know which kind, and where to start)."""
    overdue = groups[OVERDUE]
    holes = [
        (_NO_REASON, [t for t in overdue if not t.delay_reason]),
        (_NO_LEAD, [t for t in overdue if not t.has_lead] if naming != NAME_NEVER else []),
        (_LATE_NO_REASON, [t for t in groups[DONE] if t.done_late and not t.delay_reason]),
    ]
    out = []
    for template, tasks in holes:
        if not tasks:
            continue
        names = "; ".join(f"“{_short(t.content)}”" for t in tasks[:3])
        if len(tasks) > 3:
            out.append(Gap(section, template, [_MORE.format(names, len(tasks) - 3)]))
        else:
            out.append(Gap(section, template, [names]))
    return out


def _short(text: str, limit: int = 80) -> str:
    s = sentence(text)
    return s if len(s) <= limit else s[:limit - 1].rstrip() + "…"


def _only_documents(t: TaskFact, naming: str, cited: frozenset[str]) -> list:
    """The documents of a task finished on time with nothing else to say (merged into one sentence)."""
    if t.done_late or _result_text(t) or naming == NAME_ALWAYS:
        return []
    return [d for d in t.outputs if d.number not in cited]


def task_paragraphs(groups: dict[str, list[TaskFact]], p: Period, naming: str,
                    cited: frozenset[str] = frozenset()) -> list[str]:
    # Documents issued on time are one sentence for the area, not one "đã ban hành" a task.
    plain = [d for t in groups[DONE] for d in _only_documents(t, naming, cited)]
    out = [f"- {issued_sentence(plain, COMMUNE)}."] if len(plain) > 1 else []
    out += [x for x in (done_sentence(t, naming, cited) for t in groups[DONE]
                        if len(plain) <= 1 or not _only_documents(t, naming, cited)) if x]
    out += [progress_sentence(t, p, naming) for t in groups[PROGRESS]]
    out += [overdue_sentence(t, naming) for t in groups[OVERDUE]]
    out += [dropped_sentence(t) for t in groups[DROPPED]]
    return out


# -- the appendix table -------------------------------------------------------------------

_STATUS_WORDS = {DONE: "Hoàn thành", PROGRESS: "Đang thực hiện", OVERDUE: "Chưa hoàn thành (quá hạn)",
                 DROPPED: "Dừng thực hiện"}


@lru_cache(maxsize=1024)
def _appendix_lead(name: str, position: str, text: str, naming: str) -> str:
    """Who leads, as a plan's table says it: the position or unit; the person only when the
    commune names people always."""
    if naming == NAME_ALWAYS and name:
        return f"{name}, {position}" if position else name
    return position or text or ("" if naming == NAME_NEVER else name)


def appendix_row(t: TaskFact, kind: str, group: str, p: Period, naming: str = NAME_LATE) -> AppendixRow:
    status = _STATUS_WORDS[kind]
    if kind == DONE:
        if t.done_late:
            status = "Hoàn thành (trễ hạn)"
        if t.outputs:
            result = "; ".join(cite(d) for d in t.outputs)
        else:
            result = _result_text(t) or f"Hoàn thành ngày {day(t.completed_on)}"
    elif kind == OVERDUE:
        result = f"Lý do: {lower_first(sentence(t.delay_reason))}" if t.delay_reason else ""
    elif kind == DROPPED:
        result = f"Lý do: {lower_first(sentence(t.dropped_reason))}" if t.dropped_reason else ""
    else:
        result = sentence(_note_in(t, p) or (t.notes[-1][1] if t.notes else ""))
    # The same date the text gives; the wording as written only where it has no date ("Theo hướng dẫn …").
    deadline = day(t.due) if t.due else t.deadline_text
    return AppendixRow("", t.content, _appendix_lead(t.lead_name, t.lead_position, t.lead_text, naming), deadline,
                       status, result, t.id, group)
