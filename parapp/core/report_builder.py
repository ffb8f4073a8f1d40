"""Assemble a periodic report's draft from the register's facts.

The official should only have to polish the wording: every task becomes a
sentence naming who leads it, what happened and when, sorted into the outline
every commune report uses (I. chỉ đạo điều hành; II. one part per reform area;
III. đánh giá; IV. phương hướng; V. kiến nghị) plus an appendix table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache

from parapp.core.numbers import vi_number, vi_percent
from parapp.core.periods import KIND_LABELS, Period, PeriodKind
from parapp.core.report_model import AppendixRow, Draft, Section

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


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


@dataclass
class PlanFact:
    number: str
    title: str
    issued_on: dt.date | None


@dataclass
class AreaFact:
    code: str
    name: str
    leadership: bool = False


@dataclass
class ReportInput:
    period: Period
    next_period: Period | None
    areas: list[AreaFact]
    tasks: list[TaskFact]
    plans: list[PlanFact]
    today: dt.date


# -- words --------------------------------------------------------------------

@lru_cache(maxsize=4096)  # a year has few distinct dates and 50,000 tasks
def dmy(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def period_phrase(p: Period) -> str:
    """'quý I năm 2024', '6 tháng đầu năm 2024', '9 tháng năm 2024', 'năm 2024'."""
    k = p.kind
    if k is PeriodKind.YEAR:
        return f"năm {p.year}"
    if k is PeriodKind.H1:
        return f"6 tháng đầu năm {p.year}"
    if k is PeriodKind.NINE_MONTHS:
        return f"9 tháng năm {p.year}"
    label = KIND_LABELS[k]  # "Quý I" → "quý I": only the word is lower case
    return f"{label[:1].lower()}{label[1:]} năm {p.year}"


def report_title(p: Period) -> str:
    return f"Báo cáo kết quả thực hiện công tác cải cách hành chính {period_phrase(p)}"


@lru_cache(maxsize=65536)
def _sentence(text: str) -> str:
    # Stored text is already cleaned (NFC, spaces collapsed); only line breaks remain.
    t = text.replace("\n", " ").rstrip(" .;:")
    return t[:1].upper() + t[1:] if t else t


def lead_phrase(t: TaskFact) -> str:
    return _lead_phrase(t.lead_name, t.lead_position, t.lead_text)


@lru_cache(maxsize=1024)  # a commune has a handful of officials
def _lead_phrase(name: str, position: str, text: str) -> str:
    if name and position:
        return f"đồng chí {name}, {position}"
    if name:
        return f"đồng chí {name}"
    return text


def _with_lead(t: TaskFact) -> str:
    who = lead_phrase(t)
    return f"{_sentence(t.content)} ({who} chủ trì)" if who else f"{_sentence(t.content)} (chưa phân công người chủ trì)"


# -- classification ------------------------------------------------------------

DONE, PROGRESS, OVERDUE, DROPPED = "done", "progress", "overdue", "dropped"


def _notes_in(t: TaskFact, p: Period) -> list[str]:
    return [text for d, text in t.notes if p.contains(d)]


def classify(t: TaskFact, p: Period, today: dt.date) -> str | None:
    """Where a task stands at the end of the period's window; None: not this period's.

    Only completion dates and progress notes are dated; the status is today's.
    So "in progress at the window's end" needs a note dated by then, or a report
    drafted live (before its deadline) about a task in progress now.
    """
    start, end = p.window_start, p.window_end
    if t.status == "dropped":
        return DROPPED if p.contains(t.due) else None
    if t.completed_on is not None and t.completed_on <= end:
        if t.completed_on >= start or p.contains(t.due):
            return DONE
        return None  # finished before this period began
    if t.due is not None and t.due <= end:
        return OVERDUE  # due by the window's end and not done by then
    live = today <= p.deadline and t.status == "in_progress"
    began = live or any(d <= end for d, _ in t.notes)
    return PROGRESS if began else None


def _task_paragraphs(groups: dict[str, list[TaskFact]], p: Period) -> list[str]:
    out = []
    for t in groups[DONE]:
        late = " (chậm so với thời hạn)" if t.due and t.completed_on and t.completed_on > t.due else ""
        notes = _notes_in(t, p)
        tail = f" {_sentence(notes[-1])}." if notes else ""
        out.append(f"- {_with_lead(t)}: đã hoàn thành ngày {dmy(t.completed_on)}{late}.{tail}")
    for t in groups[PROGRESS]:
        due = f", thời hạn {dmy(t.due)}" if t.due else ""
        notes = _notes_in(t, p)
        tail = f" Kết quả đến nay: {_sentence(notes[-1])[:1].lower()}{_sentence(notes[-1])[1:]}." if notes else ""
        out.append(f"- {_with_lead(t)}: đang triển khai thực hiện{due}.{tail}")
    for t in groups[OVERDUE]:
        reason = t.delay_reason or (_notes_in(t, p) or [n for _, n in t.notes] or [""])[-1]
        why = f" Lý do: {_sentence(reason)[:1].lower()}{_sentence(reason)[1:]}." if reason else " Chưa báo cáo lý do chậm."
        out.append(f"- {_with_lead(t)}: chưa hoàn thành, quá thời hạn ngày {dmy(t.due)}.{why}")
    return out


def _summary(groups: dict[str, list[TaskFact]]) -> str:
    n = sum(len(groups[k]) for k in (DONE, PROGRESS, OVERDUE))
    return (f"Trong kỳ có {vi_number(n)} nhiệm vụ: hoàn thành {vi_number(len(groups[DONE]))}, đang thực hiện "
            f"{vi_number(len(groups[PROGRESS]))}, chưa hoàn thành đúng hạn {vi_number(len(groups[OVERDUE]))}.")


def _group(tasks: list[TaskFact], kinds: dict[int, str | None]) -> dict[str, list[TaskFact]]:
    groups: dict[str, list[TaskFact]] = {DONE: [], PROGRESS: [], OVERDUE: [], DROPPED: []}
    for t in tasks:
        c = kinds[t.id]
        if c:
            groups[c].append(t)
    return groups  # in the order assemble() sorted the tasks: by date


def _ids(groups: dict[str, list[TaskFact]]) -> list[int]:
    return [t.id for k in (DONE, PROGRESS, OVERDUE) for t in groups[k]]


# -- the outline ----------------------------------------------------------------

def assemble(inp: ReportInput) -> Draft:
    p = inp.period
    kinds = {t.id: classify(t, p, inp.today) for t in inp.tasks}  # once per task, used by every part
    # Only what the report can mention: this period's tasks, and later ones for "kỳ tới".
    far = dt.date.max
    keep = [t for t in inp.tasks if kinds[t.id] or (t.due and t.due > p.window_end)]
    keep.sort(key=lambda t: (t.completed_on or t.due or far, t.id))  # once; every group keeps this order
    inp = replace(inp, tasks=keep)
    by_area: dict[str, list[TaskFact]] = {}
    for t in inp.tasks:
        by_area.setdefault(t.area_code, []).append(t)
    leadership_codes = {a.code for a in inp.areas if a.leadership}
    lead_tasks = [t for t in inp.tasks if t.leadership or t.area_code in leadership_codes]
    everything = _group(inp.tasks, kinds)

    sections = [
        _leadership(inp, _group(lead_tasks, kinds)),
        _results(inp, by_area, leadership_codes, kinds),
        _assessment(everything),
        _direction(inp, everything),
        Section("proposals", "V. Đề xuất, kiến nghị"),
    ]
    appendix = _appendix(everything)
    return Draft(p.as_json(), report_title(p), sections, appendix, inp.today.isoformat())


def _leadership(inp: ReportInput, groups) -> Section:
    p = inp.period
    plans = sorted((pl for pl in inp.plans if p.contains(pl.issued_on)), key=lambda pl: pl.issued_on)
    paras = []
    if plans:
        paras.append(f"Trong kỳ, Ủy ban nhân dân xã đã ban hành {len(plans)} kế hoạch để triển khai công tác cải cách hành chính:")
        for pl in plans:
            num = f" số {pl.number}" if pl.number else ""
            title = pl.title[:1].lower() + pl.title[1:] if pl.title.lower().startswith("kế hoạch") else pl.title
            title = title.removeprefix("kế hoạch ").strip()
            paras.append(f"- Kế hoạch{num} ngày {dmy(pl.issued_on)} về {title}.")
    else:
        paras.append("Trong kỳ, Ủy ban nhân dân xã không ban hành kế hoạch mới về cải cách hành chính.")
    task_paras = _task_paragraphs(groups, p)
    if task_paras:
        paras.append(_summary(groups).replace("Trong kỳ có", "Về công tác chỉ đạo, điều hành, trong kỳ có"))
        paras.extend(task_paras)
    else:
        paras.append("Không có nhiệm vụ nào về công tác chỉ đạo, điều hành đến hạn hoặc đang thực hiện trong kỳ.")
    return Section("leadership", "I. Công tác chỉ đạo, điều hành", paras, facts=_ids(groups))


def _results(inp: ReportInput, by_area, leadership_codes, kinds) -> Section:
    p = inp.period
    subs = []
    n = 0
    for a in inp.areas:
        if a.code in leadership_codes:
            continue
        n += 1
        groups = _group([t for t in by_area.get(a.code, []) if not t.leadership], kinds)
        paras = _task_paragraphs(groups, p)
        if paras:
            paras.insert(0, _summary(groups))
        else:
            paras = ["Trong kỳ không có nhiệm vụ nào thuộc lĩnh vực này đến hạn hoặc đang thực hiện."]
        subs.append(Section(f"area:{a.code}", f"{n}. {a.name}", paras, facts=_ids(groups)))
    loose = _group(by_area.get("", []), kinds)
    if _ids(loose):
        n += 1
        paras = [_summary(loose), *_task_paragraphs(loose, p)]
        subs.append(Section("area:", f"{n}. Nhiệm vụ khác", paras, facts=_ids(loose)))
    return Section("results", "II. Kết quả thực hiện các nhiệm vụ cải cách hành chính", subsections=subs)


def _assessment(g) -> Section:
    done, progress, overdue = g[DONE], g[PROGRESS], g[OVERDUE]
    total = len(done) + len(progress) + len(overdue)
    if total:
        on_time = sum(1 for t in done if not (t.due and t.completed_on > t.due))
        good = [f"Trong kỳ, Ủy ban nhân dân xã đã hoàn thành {vi_number(len(done))}/{vi_number(total)} nhiệm vụ "
                f"cải cách hành chính đến hạn hoặc đang thực hiện (đạt {vi_percent(len(done), total)}), trong đó "
                f"{vi_number(on_time)} nhiệm vụ hoàn thành đúng thời hạn."]
    else:
        good = ["Trong kỳ không có nhiệm vụ cải cách hành chính nào đến hạn hoặc đang thực hiện."]
    bad = []
    late_done = [t for t in done if t.due and t.completed_on > t.due]
    if overdue:
        bad.append(f"Còn {len(overdue)} nhiệm vụ chưa hoàn thành đúng thời hạn:")
        for t in overdue:
            who = lead_phrase(t) or "chưa phân công"
            reason = t.delay_reason or "chưa báo cáo lý do"
            bad.append(f"- {_sentence(t.content)} ({who}): {reason[:1].lower()}{reason[1:].rstrip('.')}.")
    if late_done:
        bad.append(f"Có {len(late_done)} nhiệm vụ hoàn thành nhưng chậm so với thời hạn.")
    if not bad:
        bad.append("Không có nhiệm vụ chậm so với thời hạn.")
    return Section("assessment", "III. Đánh giá chung", subsections=[
        Section("strengths", "1. Ưu điểm", good, facts=[t.id for t in done]),
        Section("weaknesses", "2. Tồn tại, hạn chế và nguyên nhân", bad, facts=[t.id for t in overdue + late_done]),
    ])


def _direction(inp: ReportInput, g) -> Section:
    nxt = inp.next_period
    paras, facts = [], []
    if nxt:
        # The next report's window may start before this one ends (6 tháng
        # runs from December too): "kỳ tới" is what comes after this window.
        begin, end = inp.period.window_end + dt.timedelta(days=1), nxt.window_end
        coming = sorted((t for t in inp.tasks
                         if t.status != "dropped" and t.due and begin <= t.due <= end
                         and not (t.completed_on and t.completed_on < begin)),
                        key=lambda t: (t.due, t.id))
        if coming:
            paras.append(f"Tập trung thực hiện các nhiệm vụ đến hạn trong kỳ tới "
                         f"(từ ngày {dmy(begin)} đến ngày {dmy(end)}):")
            for t in coming:
                paras.append(f"- {_with_lead(t)}, thời hạn {dmy(t.due)}.")
                facts.append(t.id)
    if g[OVERDUE]:
        paras.append(f"Khẩn trương hoàn thành {len(g[OVERDUE])} nhiệm vụ còn chậm so với thời hạn đã nêu tại mục III.")
        facts.extend(t.id for t in g[OVERDUE])
    if g[PROGRESS]:
        paras.append(f"Tiếp tục triển khai {len(g[PROGRESS])} nhiệm vụ đang thực hiện, bảo đảm đúng tiến độ.")
    return Section("direction", "IV. Phương hướng, nhiệm vụ trọng tâm kỳ tới", paras, facts=facts)


_STATUS_WORDS = {DONE: "Hoàn thành", PROGRESS: "Đang thực hiện", OVERDUE: "Chưa hoàn thành (quá hạn)",
                 DROPPED: "Dừng thực hiện"}


def _appendix(g) -> list[AppendixRow]:
    rows = []
    for kind in (DONE, PROGRESS, OVERDUE, DROPPED):
        for t in g[kind]:
            status = _STATUS_WORDS[kind]
            if kind == DONE and t.due and t.completed_on > t.due:
                status = "Hoàn thành (trễ hạn)"
            if kind == DONE:
                result = f"Hoàn thành ngày {dmy(t.completed_on)}"
            elif kind == OVERDUE:
                result = t.delay_reason or (t.notes[-1][1] if t.notes else "")
            else:
                result = t.notes[-1][1] if t.notes else ""
            deadline = t.deadline_text or (dmy(t.due) if t.due else "")
            rows.append(AppendixRow(str(len(rows) + 1), t.content, _appendix_lead(t.lead_name, t.lead_position, t.lead_text),
                                    deadline, status, result, t.id))
    return rows


@lru_cache(maxsize=1024)
def _appendix_lead(name: str, position: str, text: str) -> str:
    return _lead_phrase(name, position, text).removeprefix("đồng chí ")
