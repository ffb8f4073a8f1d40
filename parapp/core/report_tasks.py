"""Tasks as a report speaks of them: where each stood in the period, and the
sentence that says what the commune did.

The report speaks as the commune ("Ủy ban nhân dân xã đã ban hành Quyết định
số 15/QĐ-UBND ngày 10/3/2026 về …"), cites the documents a task produced, and
names the office that leads where something is late (or always, or never: a
setting): "(Phòng Văn hóa – Xã hội chủ trì)". A person is named only when the
commune asks for it (an internal report); a report to the superior body names
offices. Nothing meant for the official ("chưa báo cáo lý do", "chưa phân
công") is ever written into the text: such holes become gaps the editor shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from parapp.core.citations import DocRef, issued_sentence
from parapp.core.periods import Period, PeriodKind
from parapp.core.report_days import judged_on
from parapp.core.status import is_done_late
from parapp.core.report_words import day, done_clause, due_day, lower_first, sentence, todo_clause
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
    stt: str = ""                # the plan's own numbering (the store leaves it empty: no draft prints it)
    lead_name: str = ""
    lead_position: str = ""
    lead_text: str = ""
    deadline_text: str = ""      # as written; read where there is no due day, the work recurs, or it names the span
    due: dt.date | None = None
    status: str = "not_started"
    completed_on: dt.date | None = None
    delay_reason: str = ""
    notes: list[tuple[dt.date, str]] = field(default_factory=list)  # all notes, oldest first
    result: str = ""
    outputs: list[DocRef] = field(default_factory=list)
    support_request: str = ""
    dropped_reason: str = ""
    lead_office: str = ""        # the office the lead official belongs to
    recurrence: str = "none"     # "yearly", "quarterly", "monthly": carried into the next year
    plan_year: int = 0           # the year of the plan the task belongs to (0: none)
    carried_year: int = 0        # carried on by a task of that year's plan (0: not carried; store.carrying)
    carried_from: int = 0        # carries on a task of this earlier year (0: none): its plan's year is where it begins


    @property
    def done_late(self) -> bool:
        return is_done_late("done", self.due, self.completed_on, self.recurrence, self.plan_year or None)

    @property
    def has_lead(self) -> bool:
        return bool(self.lead_name or self.lead_text or self.lead_office)


def classify(t: TaskFact, p: Period, today: dt.date) -> str | None:
    """Where a task stands for the period's report; None: not this period's.

    Only completion dates and progress notes are dated; the status is today's.
    A task is overdue when its due date passed before the day the report
    judges on (`judged_on`) and it was not done by the window's end.
    """
    return classifier(p, today)(t)


def classifier(p: Period, today: dt.date):
    """`classify` for one period and drafting day, with what does not depend on the task worked
    out once: a year report classifies 50,000 tasks."""
    from parapp.core.report_words import calendar_end

    start, end = p.window_start, p.window_end
    judged = judged_on(p, today)
    live = today <= p.deadline
    last_day = calendar_end(p.kind if isinstance(p.kind, PeriodKind) else PeriodKind(p.kind), p.year)

    def kind_of(t: TaskFact) -> str | None:
        if t.carried_year and p.year >= t.carried_year:
            return None  # the task of that year's plan that carries it on speaks for it (store.carrying)
        if t.carried_from and p.year < t.plan_year:
            return None  # ... and not before: the year report of 2026 said the same work twice
        status = t.status
        if status == "dropped":
            due = t.due
            return DROPPED if due is not None and start <= due <= end else None
        done = t.completed_on
        due = t.due
        every = due is not None and t.recurrence in EVERY
        own = max(due.year, t.plan_year) if due is not None else 0  # its plan's year, or its due day's if later (27D)
        if every and own < p.year and (done is None or done.year > own):
            # Recurring work of an earlier year (core.status.ended_with_year) is not this period's: a quý I 2027
            # report listed the 2026 plan's standing work as "chưa hoàn thành, quá hạn" beside the 2027 plan's same
            # work; marked done on 5/1/2027, as "hoàn thành …, chậm so với thời hạn" (round 27D). Done within its
            # year, it is the result of the period whose data window holds that day (20/12/2026: quý I 2027's).
            return None
        if done is not None and done <= end:
            # Finished before this period began: the previous report said so, whatever its due date.
            return DONE if done >= start else None
        if every and due is not None and due >= last_day:
            # Work that runs to the period's last day is not late in it, and still in hand (or closed after the
            # period) it was going on through it, as a report drafted in time says (today's status speaks for the
            # period only while the report is due, or once the work's year is over); the 2026 year report drafted
            # on 5/1/2027 called it late where the same report drafted on 14/12/2026 said it was going on.
            going = status == "in_progress" or done is not None  # done after the window: it went on in it
            return PROGRESS if (going and (live or today.year > own)) or _noted(t, end) else None
        # late: due before the day the report judges on, and not finished by its due day; finished late before that
        # day, it is said finished late (round 24D: a year report drafted on 5/1 called a task due 20/12 and finished
        # on 28/12 "chưa hoàn thành" and asked the next year to finish it)
        if due is not None and due < judged and (done is None or done > due):
            return DONE if done is not None and done < judged else OVERDUE
        if done is not None and end < done < judged:
            # Drafted after the period, it speaks as of the period's last day (stands_on): finished by then, done. A
            # year report drafted on 5/1 left out a task due 25/12 finished on 20/12, yet said one finished on 28/12.
            return DONE
        if live and status == "in_progress":
            return PROGRESS
        for d, _ in t.notes:
            if d <= end:
                return PROGRESS
        return None

    return kind_of


def _noted(t: TaskFact, end: dt.date) -> bool:
    return any(d <= end for d, _ in t.notes)


# -- who ----------------------------------------------------------------------------

def lead_phrase(name: str, position: str, text: str, office: str = "", persons: bool = False) -> str:
    """Who leads, as the report names it: the office ("Phòng Văn hóa – Xã hội"), else the unit
    or post the plan gave; the person ("đồng chí …, chuyên viên Phòng …") only when asked."""
    unit = office or text
    if persons and name:
        if position and unit and fold(unit) not in fold(position):
            return f"đồng chí {name}, {lower_first(position)} {unit}"
        if position or unit:
            return f"đồng chí {name}, {lower_first(position or unit)}"
        return f"đồng chí {name}"
    return unit or position


def beside(text: str, named: str) -> str:
    """The lead named after a text: '… (Phòng Văn hóa – Xã hội chủ trì)', or '… (QPPL) do Văn phòng HĐND và UBND
    chủ trì' where the text already ends with a bracket (two brackets in a row read as a typing slip)."""
    if named and text.endswith(")"):
        return f"{text} do {named.strip()[1:-1]}"
    return text + named


# -- what was done --------------------------------------------------------------------

_BOILERPLATE = ("da hoan thanh", "hoan thanh", "da thuc hien xong")


def note_in(t: TaskFact, p: Period) -> str:
    notes = [text for d, text in t.notes if p.contains(d)]
    return notes[-1] if notes else ""


def result_text(t: TaskFact) -> str:
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


@dataclass(frozen=True)
class Voice:
    """How a report speaks of its tasks: where it names who leads (`naming`), whether it
    names persons or only offices, and the committee it speaks as ("Ủy ban nhân dân xã")."""

    naming: str = NAME_LATE
    persons: bool = False
    body: str = COMMUNE
    one_stop: tuple[str, str] = ("", "")  # the one-stop unit's name, and as sentences print it

    def named(self, t: TaskFact, late: bool) -> str:
        if self.naming == NAME_NEVER or (self.naming == NAME_LATE and not late):
            return ""
        who = _who_of(t.lead_name, t.lead_position, t.lead_text, t.lead_office, self.persons, self.one_stop)
        return f" ({who} chủ trì)" if who else ""

    def who(self, t: TaskFact) -> str:
        return _who_of(t.lead_name, t.lead_position, t.lead_text, t.lead_office, self.persons, self.one_stop)


@lru_cache(maxsize=1024)  # once a lead, not once a task: 50,000 tasks share a handful of offices
def _who_of(name: str, position: str, text: str, office: str, persons: bool, one_stop: tuple[str, str]) -> str:
    who = lead_phrase(name, position, text, office, persons)
    # the unit that receives dossiers with its level, as the figures name it ("… công xã")
    return one_stop[1] if one_stop[0] and who == one_stop[0] else who


def done_sentence(t: TaskFact, voice: Voice, cited: frozenset[str] = frozenset()) -> str | None:
    """'- Ủy ban nhân dân xã đã ban hành Quyết định số … về ….' or '- Đã <content>. <result>.'

    Documents in `cited` were already named (the plans issued in the period): a task
    whose only output is one of them says nothing more unless it has a result."""
    late = t.done_late
    outputs = [d for d in t.outputs if d.number not in cited]
    result = result_text(t)
    if t.outputs and not outputs and not result and not late:
        return None
    if outputs:
        head = issued_sentence(outputs, voice.body)
    elif result:
        head, result = done_words(result), ""  # what was achieved says what was done
    else:
        head = done_clause(t.content) or f"{sentence(t.content)}: đã hoàn thành"
    out = f"- {beside(head, voice.named(t, late))}"
    if late:  # why it was late is said once for the report, in part III
        if not outputs or any(d.issued_on != t.completed_on for d in outputs):
            out += f", hoàn thành ngày {day(t.completed_on)}"
        out += f", chậm so với thời hạn ({due_day(t.deadline_text, t.due)})"
    out += "."
    if result:
        out += f" {done_words(result)}."
    return out


# Openings that look like a verb but name a thing ("Tổng số …", "Số lượng …").
_NOT_VERBS = ("tong so ", "so luong ", "so lieu ", "so ho so ", "so van ban ", "cap uy ")


def done_words(text: str) -> str:
    """A result as the commune reports it done: 'Bố trí lại khu vực chờ …' → 'Đã bố trí lại khu vực chờ …';
    a result that is not a verb phrase ('Văn bản đi … được ký số') as written."""
    s = sentence(text)
    if fold(s).startswith(_NOT_VERBS):
        return s
    return done_clause(s) or s


def _doing(t: TaskFact, p: Period) -> str:
    note = sentence(note_in(t, p) or (t.notes[-1][1] if t.notes else ""))
    return lower_first(note) if fold(note).startswith(("dang ", "da ")) else (
        "đang triển khai thực hiện" + (f"; {lower_first(note)}" if note else ""))


EVERY = {"yearly": "thực hiện hằng năm", "quarterly": "thực hiện hằng quý", "monthly": "thực hiện hằng tháng"}


def when_words(t: TaskFact) -> str:
    """'thời hạn ngày 30/6/2026'; 'thực hiện hằng năm' (or 'thường xuyên') for recurring work, whose
    31/12 is the plan year's end, not a deadline; the deadline as written where it has no date."""
    if t.recurrence in EVERY:
        return "thực hiện thường xuyên" if fold(t.deadline_text).startswith("thuong xuyen") else EVERY[t.recurrence]
    if t.due:
        return f"thời hạn {due_day(t.deadline_text, t.due)}"
    text = " ".join(t.deadline_text.split()).rstrip(".;")
    return f"thời hạn: {text[:1].lower() + text[1:]}" if text else ""


def progress_sentence(t: TaskFact, p: Period, voice: Voice) -> str:
    due = f" (thời hạn {due_day(t.deadline_text, t.due)})" if t.due else ""
    if t.recurrence in EVERY:
        due = f" ({when_words(t)})"
    return f"- {beside(todo_clause(t.content) + due, voice.named(t, False))}: {_doing_said(t, p)}."


def _doing_said(t: TaskFact, p: Period) -> str:
    """Where the work stands, and that it goes on in next year's plan when it was carried there: carried with no
    deadline ("theo hướng dẫn của tỉnh"), the 2026 report said only "đang triển khai" (the chairman's read)."""
    doing = _doing(t, p)
    return f"{doing}; chuyển sang năm {t.carried_year} thực hiện" if t.carried_year and p.year < t.carried_year \
        else doing


def _progress_sentences(tasks: list[TaskFact], p: Period, voice: Voice) -> list[str]:
    """One sentence a task, except that tasks at the same stage with the same deadline and the same
    lead (three criteria of one remediation plan "đã giao các bộ phận … đang triển khai") are said
    once, their contents joined: the same sentence is never printed three times."""
    groups: dict[tuple, list[TaskFact]] = {}
    for t in tasks:
        key = (_doing_said(t, p), t.due, t.recurrence, voice.named(t, False),
               opening(t.content) or t.id)  # only tasks that open alike are merged
        groups.setdefault(key, []).append(t)
    out = []
    for (doing, due, _, named, _), ts in groups.items():
        if len(ts) == 1:
            out.append(progress_sentence(ts[0], p, voice))
            continue
        when = f" ({when_words(ts[0])})" if due or ts[0].recurrence in EVERY else ""
        out.append(f"- {beside(merged_contents([todo_clause(t.content) for t in ts]) + when, named)}: {doing}.")
    return out


def merged_contents(contents: list[str]) -> str:
    """Several tasks said as one: 'Khắc phục …, nâng cao kết quả các tiêu chí 1.1.2 “…”, 1.2 “…”
    và 1.5 “…”' when they share their opening words, else the contents joined by semicolons."""
    texts = [sentence(c) for c in contents]
    if len(texts) == 1:
        return texts[0]
    words = [t.split(" ") for t in texts]
    folded = [_folded_words(t) for t in texts]
    first = folded[0]
    shortest = min(len(w) for w in words)
    common = 0
    while common + 1 < shortest and all(f[common] == first[common] for f in folded):
        common += 1
    rests = [" ".join(w[common:]) for w in words]
    listed = ", ".join(rests[:-1]) + " và " + rests[-1]
    head = " ".join(words[0][:common])
    if common >= 2 and first[common - 2:common] == ["tieu", "chi"]:
        return f"{head[:-len('tiêu chí')]}các tiêu chí {listed}"
    if common >= 3:
        return f"{head} {listed}"
    return "; ".join(texts[:1] + [lower_first(t) for t in texts[1:]])


@lru_cache(maxsize=65536)
def _folded_words(text: str) -> list[str]:
    return fold(text).split(" ")


@lru_cache(maxsize=65536)
def opening(text: str, n: int = 4) -> str:
    """A task's first words, folded: tasks that open alike may be said together. A task written in clauses or
    sentences of its own ("…; đổi mới …; xử lý …") opens like no other: listed with others ("A, B và C") its
    clauses and theirs ran together (round 35E)."""
    said = sentence(text)
    if ";" in said or ". " in said:
        return ""
    words = _folded_words(said)
    return " ".join(words[:n]) if len(words) > n + 1 else ""


def dropped_sentence(t: TaskFact) -> str:
    why = f" do {lower_first(sentence(t.dropped_reason))}" if t.dropped_reason else ""
    return f"- {todo_clause(t.content)}: dừng thực hiện{why}."


def _only_documents(t: TaskFact, naming: str, cited: frozenset[str]) -> list:
    """The documents of a task finished on time with nothing else to say (merged into one sentence)."""
    if t.done_late or result_text(t) or naming == NAME_ALWAYS:
        return []
    return [d for d in t.outputs if d.number not in cited]


def task_paragraphs(groups: dict[str, list[TaskFact]], p: Period, voice: Voice,
                    cited: frozenset[str] = frozenset()) -> list[str]:
    # Documents issued on time are one sentence for the area, not one "đã ban hành" a task.
    only = [_only_documents(t, voice.naming, cited) for t in groups[DONE]]  # once a task
    plain = [d for docs in only for d in docs]
    out = [f"- {issued_sentence(plain, voice.body)}."] if len(plain) > 1 else []
    out += [x for x in (done_sentence(t, voice, cited) for t, docs in zip(groups[DONE], only)
                        if len(plain) <= 1 or not docs) if x]
    out += _progress_sentences(groups[PROGRESS], p, voice)
    out += overdue_sentences(groups[OVERDUE], voice)
    out += [dropped_sentence(t) for t in groups[DROPPED]]
    return out


def overdue_sentences(tasks: list[TaskFact], voice: Voice) -> list[str]:
    """'- Ban hành kế hoạch … (Văn phòng HĐND và UBND chủ trì): chưa hoàn thành, quá thời hạn (ngày 12/3/2026).'
    for each task. Why it is late is said once for the report, in part III, not after every task. Who leads
    is worked out once a lead: a register years behind has tens of thousands of late tasks and a handful of
    offices leading them."""
    said: dict[tuple[str, str, str, str], str] = {}
    out = []
    for t in tasks:
        lead = (t.lead_name, t.lead_position, t.lead_text, t.lead_office)
        named = said.get(lead)
        if named is None:
            named = said[lead] = voice.named(t, True)
        what = todo_clause(t.content)
        if named:
            what = beside(what, named)
        carried = f"; chuyển sang năm {t.carried_year} thực hiện" if t.carried_year else ""
        when = due_day(t.deadline_text, t.due)
        # "quá thời hạn (trước ngày 31/8/2026)" read as if late before that day (the chairman's read, round 43)
        when = when if when.startswith("ngày ") else f"thời hạn: {when}"
        out.append(f"- {what}: chưa hoàn thành, quá thời hạn ({when}){carried}.")
    return out
