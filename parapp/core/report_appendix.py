"""The appendix of tasks: one row a task, as a plan's table says it (who leads, the deadline as
written, its state and its result or the reason it is late)."""

from __future__ import annotations

from functools import lru_cache

from parapp.core.citations import cite
from parapp.core.periods import Period
from parapp.core.report_model import AppendixRow
from parapp.core.report_tasks import (DONE, DROPPED, EVERY, OVERDUE, PROGRESS, TaskFact, Voice, note_in,
                                      result_text)
from parapp.core.report_words import day, lower_first, sentence

_STATUS_WORDS = {DONE: "Hoàn thành", PROGRESS: "Đang thực hiện", OVERDUE: "Chưa hoàn thành (quá hạn)",
                 DROPPED: "Dừng thực hiện"}


@lru_cache(maxsize=1024)
def _appendix_lead(name: str, position: str, text: str, office: str, persons: bool) -> str:
    """Who leads, as a plan's table says it: the office (or the unit or post the plan gave);
    the person beside it only when the commune names persons."""
    unit = office or text or position
    if persons and name:
        return f"{unit} ({name})" if unit else name
    return unit


def appendix_row(t: TaskFact, kind: str, group: str, p: Period, voice: Voice = Voice(), stt: str = "") -> AppendixRow:
    if kind == DONE:
        due, done = t.due, t.completed_on
        status = "Hoàn thành (trễ hạn)" if due is not None and done is not None and done > due else "Hoàn thành"
        if t.outputs:
            result = "; ".join([cite(d) for d in t.outputs])
        else:
            result = result_text(t) or f"Hoàn thành ngày {day(done)}"
    elif kind == OVERDUE:
        status = _STATUS_WORDS[kind]
        result = f"Lý do: {_reason(t.delay_reason)}" if t.delay_reason else ""
    elif kind == DROPPED:
        status = _STATUS_WORDS[kind]
        result = f"Lý do: {_reason(t.dropped_reason)}" if t.dropped_reason else ""
    else:
        status = _STATUS_WORDS[kind]
        result = sentence(note_in(t, p) or (t.notes[-1][1] if t.notes else ""))
    # The same date the text gives; the wording as written where it has no date ("Theo hướng dẫn …") or
    # recurs ("Hàng năm": its 31/12 is the plan year's end, not a deadline).
    deadline = day(t.due) if t.due and not (t.recurrence in EVERY and t.deadline_text) else t.deadline_text
    return AppendixRow(stt, t.content, _appendix_lead(t.lead_name, t.lead_position, t.lead_text, t.lead_office,
                                                      voice.persons), deadline,
                       status, result, t.id, group)


@lru_cache(maxsize=65536)
def _reason(text: str) -> str:
    return lower_first(sentence(text))
