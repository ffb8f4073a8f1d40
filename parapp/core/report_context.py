"""What every part of a report's outline reads: the facts the store gathers (ReportInput and
its parts) and the context computed from them once (Ctx). Kept apart from the builder so
that the builder (report_builder) and the part that looks ahead (report_direction) both
read it without needing each other."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from operator import attrgetter

from parapp.core.citations import DocRef, cite
from parapp.core.commune_structure import CENTRE, committee, level_of, one_stop_subject
from parapp.core.figures import FigureValue, IndicatorSet
from parapp.core.periods import Period, PeriodKind
from parapp.core.report_figures import Speaker, figure_paragraphs
from parapp.core.report_model import Gap
from parapp.core.report_standing import ParResult, PlanCompletion
from parapp.core.report_tasks import DONE, DROPPED, NAME_LATE, OVERDUE, PROGRESS, TaskFact, Voice, classifier
from parapp.core.report_words import NextSpan, in_period, period_phrase, sentence
from parapp.core.vntext import fold

# Documents that direct and organise the work. A report (báo cáo) or a submission (tờ trình) the
# commune sends up is not one of them, though the tasks that produced them are reported.
DIRECTIVE_KINDS = frozenset({"kế hoạch", "quyết định", "chỉ thị", "công văn", "thông báo", "chương trình",
                             "hướng dẫn", "quy chế", "quy định", "nghị quyết"})


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
    next: NextSpan | None
    areas: list[AreaFact]
    tasks: list[TaskFact]
    plans: list[PlanFact]
    today: dt.date
    commune: str = "Ủy ban nhân dân xã"
    naming: str = NAME_LATE
    basis: list[DocRef] = field(default_factory=list)      # the superior body's plan or request
    annual_plan: DocRef | None = None                      # the commune's own annual CCHC plan
    proposals: list[str] = field(default_factory=list)
    figures: list[FigureValue] = field(default_factory=list)
    quarters_missing: list[PeriodKind] = field(default_factory=list)  # the figures' quarters still to be typed
    indicators: IndicatorSet | None = None
    catalogue_code: str = ""
    persons: bool = False                                  # name persons, not only offices (internal reports)
    one_stop: str = CENTRE                                 # the unit that receives dossiers
    completion: PlanCompletion | None = None
    par_result: ParResult | None = None
    last_year: list[FigureValue] = field(default_factory=list)  # the same period of last year
    next_plans: list[PlanFact] = field(default_factory=list)    # plans registered for next year

    @property
    def kind(self) -> PeriodKind:
        return PeriodKind(self.period.kind)

    @property
    def level(self) -> str:
        return level_of(self.commune)


def report_title(p: Period) -> str:
    return f"Báo cáo kết quả thực hiện công tác cải cách hành chính {period_phrase(PeriodKind(p.kind), p.year)}"


def group(tasks: list[TaskFact], kinds: dict[int, str | None]) -> dict[str, list[TaskFact]]:
    groups: dict[str, list[TaskFact]] = {DONE: [], PROGRESS: [], OVERDUE: [], DROPPED: []}
    for t in tasks:
        c = kinds[t.id]
        if c:
            groups[c].append(t)
    return groups  # in the order assemble() sorted the tasks: by date


class Ctx:
    """What every part of the outline reads, computed once."""

    def __init__(self, inp: ReportInput):
        self.inp = inp
        p = inp.period
        self.w = in_period(inp.kind)
        self.body = committee(inp.level)
        centre = one_stop_subject(inp.one_stop, inp.level)
        self.voice = Voice(inp.naming, inp.persons, self.body, (inp.one_stop, centre))
        # One pass over the register classifies and keeps; one more, over what is kept, groups.
        kind_of = classifier(p, inp.today)
        kinds: dict[int, str | None] = {}
        keep = []
        later = min(inp.today, p.window_end)
        for t in inp.tasks:
            k = kinds[t.id] = kind_of(t)
            due = t.due
            if k or (due and due >= later and t.status != "dropped") or (due is None and t.status == "in_progress"):
                keep.append(t)
        self.kinds = kinds
        far = dt.date.max
        # By date, then id: two stable sorts, the first nearly free on the register's id order, cost less
        # than one on (date, id) tuples.
        keep.sort(key=attrgetter("id"))
        keep.sort(key=lambda t: t.completed_on or t.due or far)
        self.tasks = keep
        self.leadership_codes = {a.code for a in inp.areas if a.leadership}
        self.by_area: dict[str, list[TaskFact]] = {}
        self.everything = group([], kinds)
        self.area_groups: dict[str, dict[str, list[TaskFact]]] = {}
        everything = self.everything
        for t in keep:
            code = t.area_code
            groups = self.area_groups.get(code)
            if groups is None:
                groups = self.area_groups[code] = group([], kinds)
                self.by_area[code] = []
            self.by_area[code].append(t)
            k = kinds[t.id]
            if k:
                groups[k].append(t)
                everything[k].append(t)
        who = Speaker(self.body, one_stop_subject(inp.one_stop, inp.level), inp.level)
        self.figure_paras = (figure_paragraphs(inp.figures, inp.indicators, inp.catalogue_code, inp.kind, p.year,
                                               who, inp.last_year)
                             if inp.indicators else {})
        self.gaps: list[Gap] = []
        # Plans issued in the period are listed in part I; tasks that produced them do not cite them again.
        self.cited = frozenset(pl.number for pl in inp.plans if pl.number and inp.period.contains(pl.issued_on))
        self.directives = [d for d in documents(self) if d.kind.strip().lower() in DIRECTIVE_KINDS]


def documents(c: Ctx) -> list[DocRef]:
    """Every document the commune issued in the period for this work, once each: the plans in
    the register and the documents finished tasks produced."""
    p = c.inp.period
    seen: set[tuple[str, str]] = set()
    out = []
    plans = sorted((pl for pl in c.inp.plans if p.contains(pl.issued_on)), key=lambda pl: pl.issued_on or dt.date.min)
    docs = [DocRef("Kế hoạch", pl.number, pl.issued_on, "", plan_about(pl.title)) for pl in plans]
    docs += [d for t in c.everything[DONE] for d in t.outputs if d.issued_on is None or p.contains(d.issued_on)]
    for d in docs:
        key = (d.kind.lower(), d.number or cite(d))
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def plan_about(title: str) -> str:
    t = sentence(title)
    f = fold(t)
    if f.startswith("ke hoach "):
        t = t[len("Kế hoạch "):]
    return t
