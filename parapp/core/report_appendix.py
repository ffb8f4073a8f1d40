"""The appendix of tasks: one row a task, as a plan's table says it (who leads, the deadline as
written, its state and its result or the reason it is late)."""

from __future__ import annotations

from functools import lru_cache

from parapp.core.citations import cite
from parapp.core.periods import Period
from parapp.core.report_model import AppendixRow
from parapp.core.report_tasks import (DONE, DROPPED, EVERY, OVERDUE, PROGRESS, TaskFact, Voice, note_in,
                                      result_text)
from parapp.core.report_words import commune_voice, day, due_day, lower_first, sentence

_STATUS_WORDS = {DONE: "Hoàn thành", PROGRESS: "Đang thực hiện", OVERDUE: "Chưa hoàn thành (quá hạn)",
                 DROPPED: "Dừng thực hiện"}


@lru_cache(maxsize=1024)
def appendix_lead(name: str, position: str, text: str, office: str, persons: bool) -> str:
    """Who leads, as a plan's table says it: the office (or the unit or post the plan gave);
    the person beside it only when the commune names persons."""
    unit = office or text or position
    if persons and name:
        return f"{unit} ({name})" if unit else name
    return unit


def appendix_rows(tasks: list[TaskFact], kind: str, group: str, p: Period, voice: Voice = Voice(),
                  first: int = 1) -> list[AppendixRow]:
    """A row for each of `tasks`, all of one kind, numbered from `first`. Who leads is worked out once a
    lead and the deadline once a day: a year's appendix over a big register has 50,000 rows and a
    handful of offices."""
    leads: dict[tuple[str, str, str, str], str] = {}
    persons = voice.persons
    late = kind == OVERDUE
    status = _STATUS_WORDS[kind]
    result = ""
    rows = []
    n = first
    for t in tasks:
        key = (t.lead_name, t.lead_position, t.lead_text, t.lead_office)
        lead = leads.get(key)
        if lead is None:
            lead = appendix_lead(*key, persons)
            # the one-stop unit with its level, as the text names it ("… công xã"; the chairman's read, this session)
            lead = leads[key] = voice.one_stop[1] if voice.one_stop[0] and lead == voice.one_stop[0] else lead
        if late:
            result = _late_result(t)
        else:
            status, result = _state(t, kind, p)
        # The same date the text gives; the wording as written where it has no date ("Theo hướng dẫn …") or
        # recurs ("Hàng năm": its 31/12 is the plan year's end, not a deadline).
        due = t.due
        if due and not (t.recurrence in EVERY and t.deadline_text):
            said = due_day(t.deadline_text, due)  # as the text says it: "Trước ngày 04/10/2026", "Quý II/2027"
            deadline = day(due) if said.startswith("ngày ") else said[:1].upper() + said[1:]
        else:
            deadline = t.deadline_text
        rows.append(AppendixRow(str(n), commune_voice(t.content), lead, deadline, status, result, t.id, group))
        n += 1
    return rows


def _state(t: TaskFact, kind: str, p: Period) -> tuple[str, str]:
    """The status column and the result column of a task's row."""
    if kind == DONE:
        done = t.completed_on
        status = "Hoàn thành (trễ hạn)" if t.done_late else "Hoàn thành"
        if t.outputs:
            return status, "; ".join([cite(d) for d in t.outputs])
        return status, result_text(t) or f"Hoàn thành ngày {day(done)}"
    if kind == OVERDUE:
        return _STATUS_WORDS[kind], _late_result(t)
    if kind == DROPPED:
        return _STATUS_WORDS[kind], f"Lý do: {_reason(t.dropped_reason)}" if t.dropped_reason else ""
    said = sentence(note_in(t, p) or (t.notes[-1][1] if t.notes else ""))
    if t.carried_year and p.year < t.carried_year:  # going on, with no deadline passed: carried all the same
        return _STATUS_WORDS[kind], f"Chuyển sang năm {t.carried_year} thực hiện" + (f". {said}" if said else "")
    return _STATUS_WORDS[kind], said or (f"Năm {t.carried_from} chuyển sang" if t.carried_from else "")


def _late_result(t: TaskFact) -> str:
    why = f"Lý do: {_reason(t.delay_reason)}" if t.delay_reason else ""
    if t.carried_year:
        return f"Chuyển sang năm {t.carried_year} thực hiện" + (f". {why}" if why else "")
    if t.carried_from:
        return f"Năm {t.carried_from} chuyển sang" + (f". {why}" if why else "")
    return why


@lru_cache(maxsize=65536)
def _reason(text: str) -> str:
    return lower_first(sentence(text))
