"""Assemble a periodic report's draft from the register, the figures and the
period's own inputs (what it answers to, what it proposes).

The outline every commune report uses: an opening that cites what the report
answers to; I. chỉ đạo, điều hành (the documents issued, how much of the year's
plans is done, the last PAR INDEX result); II. one part per reform area (its
figures in sentences, then what the commune did); III. đánh giá (achievements;
what is late and why); IV. phương hướng for the named next period
(report_direction); V. kiến nghị; then an appendix of figures and one of tasks
grouped by area. The official should only have to polish the wording.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from parapp.core.citations import DocRef, cite
from parapp.core.commune_structure import CENTRE, committee, level_of, one_stop_subject
from parapp.core.figures import FigureValue, IndicatorSet
from parapp.core.messages import N_
from parapp.core.periods import Period, PeriodKind
from parapp.core.report_figures import (
    Speaker, figure_paragraphs, figure_rows, strengths_from_figures, weaknesses_from_figures,
)
from parapp.core.report_model import AppendixRow, Draft, Gap, Section
from parapp.core.report_standing import ParResult, PlanCompletion, completion_sentence, par_sentence
from parapp.core.report_tasks import (
    DONE, DROPPED, NAME_LATE, OVERDUE, PROGRESS, TaskFact, Voice, appendix_row, classify, task_gaps,
    task_paragraphs,
)
from parapp.core.report_words import NextSpan, count, day, in_period, lower_first, period_phrase, sentence
from parapp.core.vntext import fold

__all__ = ["AreaFact", "ParResult", "PlanCompletion", "PlanFact", "ReportInput", "TaskFact", "assemble", "classify",
           "report_title"]

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


def _ids(groups: dict[str, list[TaskFact]]) -> list[int]:
    return [t.id for k in (DONE, PROGRESS, OVERDUE, DROPPED) for t in groups[k]]


class Ctx:
    """What every part of the outline reads, computed once."""

    def __init__(self, inp: ReportInput):
        self.inp = inp
        p = inp.period
        self.w = in_period(inp.kind)
        self.body = committee(inp.level)
        centre = one_stop_subject(inp.one_stop, inp.level)
        self.voice = Voice(inp.naming, inp.persons, self.body, (inp.one_stop, centre))
        self.kinds = {t.id: classify(t, p, inp.today) for t in inp.tasks}
        far = dt.date.max
        later = min(inp.today, p.window_end)
        keep = [t for t in inp.tasks if self.kinds[t.id] or (t.due and t.due >= later and t.status != "dropped")
                or (t.due is None and t.status == "in_progress")]
        keep.sort(key=lambda t: (t.completed_on or t.due or far, t.id))
        self.tasks = keep
        self.leadership_codes = {a.code for a in inp.areas if a.leadership}
        self.by_area: dict[str, list[TaskFact]] = {}
        for t in keep:
            self.by_area.setdefault(t.area_code, []).append(t)
        self.everything = group(keep, self.kinds)
        self.area_groups = {code: group(ts, self.kinds) for code, ts in self.by_area.items()}
        who = Speaker(self.body, one_stop_subject(inp.one_stop, inp.level), inp.level)
        self.figure_paras = (figure_paragraphs(inp.figures, inp.indicators, inp.catalogue_code, inp.kind, p.year,
                                               who, inp.last_year)
                             if inp.indicators else {})
        self.gaps: list[Gap] = []
        # Plans issued in the period are listed in part I; tasks that produced them do not cite them again.
        self.cited = frozenset(pl.number for pl in inp.plans if pl.number and inp.period.contains(pl.issued_on))
        self.directives = [d for d in _documents(self) if d.kind.strip().lower() in DIRECTIVE_KINDS]


def assemble(inp: ReportInput) -> Draft:
    from parapp.core.report_direction import direction

    c = Ctx(inp)
    p = inp.period
    sections = [_leadership(c), _results(c), _assessment(c), direction(c), _proposals(c)]
    opening = _opening(c)
    appendix = _appendix(c)
    area_names = {a.code: a.name for a in inp.areas}
    figures = (figure_rows(inp.figures, inp.indicators, inp.catalogue_code, area_names)
               if inp.indicators else [])
    if inp.indicators is not None and not figures:
        c.gaps.append(Gap("results", N_("report", "Chưa có số liệu của kỳ này (hồ sơ thủ tục hành chính, phản ánh kiến "
                                                  "nghị, văn bản…): hãy nhập ở trang Số liệu rồi cập nhật bản nháp.")))
    return Draft(p.as_json(), report_title(p), sections, appendix, inp.today.isoformat(), opening, figures, c.gaps)


# -- the opening -----------------------------------------------------------------------

def _opening(c: Ctx) -> Section:
    inp = c.inp
    cites = [cite(d) for d in inp.basis]
    if inp.annual_plan:
        own = inp.annual_plan if inp.annual_plan.issuer else replace(inp.annual_plan, issuer=c.body)
        cites.append(cite(own))
    p = inp.period
    # The figures' span, to the drafting day when the report is written before its window closes.
    as_of = f" (số liệu từ ngày {day(p.window_start)} đến ngày {day(min(inp.today, p.window_end))})"
    phrase = period_phrase(inp.kind, inp.period.year)
    what = f"báo cáo kết quả thực hiện công tác cải cách hành chính {phrase}{as_of} như sau:"
    if cites:
        text = f"Thực hiện {'; '.join(cites)}; {inp.commune} {what}"
    else:
        text = f"{inp.commune} {what}"
        c.gaps.append(Gap("opening", N_("report", "Phần mở đầu chưa nêu căn cứ (kế hoạch hoặc văn bản yêu cầu báo cáo "
                                                  "của "
                                                  "cấp trên, kế hoạch cải cách hành chính năm của xã): hãy thêm ở mục "
                                                  "“Căn cứ và kiến nghị” của bản nháp.")))
    return Section("opening", "", [text])


# -- I. chỉ đạo, điều hành -------------------------------------------------------------------

def _documents(c: Ctx) -> list[DocRef]:
    """Every document the commune issued in the period for this work, once each: the plans in
    the register and the documents finished tasks produced."""
    p = c.inp.period
    seen: set[tuple[str, str]] = set()
    out = []
    plans = sorted((pl for pl in c.inp.plans if p.contains(pl.issued_on)), key=lambda pl: pl.issued_on or dt.date.min)
    docs = [DocRef("Kế hoạch", pl.number, pl.issued_on, "", _plan_about(pl.title)) for pl in plans]
    docs += [d for t in c.everything[DONE] for d in t.outputs if d.issued_on is None or p.contains(d.issued_on)]
    for d in docs:
        key = (d.kind.lower(), d.number or cite(d))
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _kinds_summary(docs: list[DocRef]) -> str:
    """'10 kế hoạch, 3 quyết định và 1 công văn'"""
    counts: dict[str, int] = {}
    for d in docs:
        counts[d.kind.lower()] = counts.get(d.kind.lower(), 0) + 1
    parts = [f"{count(n)} {kind}" for kind, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " và " + parts[-1]


def _plans_paragraphs(c: Ctx) -> list[str]:
    inp, p = c.inp, c.inp.period
    plans = sorted((pl for pl in inp.plans if p.contains(pl.issued_on)), key=lambda pl: pl.issued_on or dt.date.min)
    refs = [DocRef("Kế hoạch", pl.number, pl.issued_on, "", _plan_about(pl.title)) for pl in plans]
    docs = c.directives
    if docs:
        head = (f"{c.w}, {c.body} đã ban hành {count(len(docs))} văn bản chỉ đạo, triển khai công tác cải "
                f"cách hành chính ({_kinds_summary(docs)})")
        if not refs:
            return [head + "."]
        if len(refs) == 1:
            return [f"{head}, trong đó có {cite(refs[0])}."]
        items = [f"- {cite(r)}{';' if i < len(refs) - 1 else '.'}" for i, r in enumerate(refs)]
        return [f"{head}, trong đó có các kế hoạch:", *items]
    if inp.annual_plan:
        return [f"{c.w}, {c.body} tiếp tục chỉ đạo các cơ quan, đơn vị chuyên môn triển khai "
                f"{cite(replace(inp.annual_plan, issuer=''))}."]
    return []


def _standing(c: Ctx) -> list[str]:
    """How much of the year's plans is done, and the last PAR INDEX result, where recorded."""
    inp = c.inp
    out = []
    if inp.completion and inp.completion.total:
        out.append(completion_sentence(inp.completion, c.body, inp.level))
    if inp.par_result:
        said = par_sentence(inp.par_result, inp.level)
        if said:
            out.append(said)
    return out


def _plan_about(title: str) -> str:
    t = sentence(title)
    f = fold(t)
    if f.startswith("ke hoach "):
        t = t[len("Kế hoạch "):]
    return t


def _leadership(c: Ctx) -> Section:
    paras = _plans_paragraphs(c) + _standing(c)
    facts: list[int] = []
    for code in sorted(c.leadership_codes):
        paras += c.figure_paras.get(code, [])
        groups = c.area_groups.get(code) or group([], c.kinds)
        paras += task_paragraphs(groups, c.inp.period, c.voice, c.cited)
        facts += _ids(groups)
        _collect_gaps(c, groups, "leadership")
    if not paras:
        c.gaps.append(Gap("leadership", N_("report", "Mục I chưa có nội dung: chưa có kế hoạch, số liệu hay nhiệm vụ "
                                                     "chỉ đạo, điều hành nào trong kỳ.")))
    return Section("leadership", "I. Công tác chỉ đạo, điều hành", paras, facts=facts)


def _collect_gaps(c: Ctx, groups, key: str) -> None:
    c.gaps += task_gaps(groups, key, c.inp.naming)


# -- II. one part per area ----------------------------------------------------------------------

def _results(c: Ctx) -> Section:
    inp = c.inp
    subs = []
    n = 0
    known = {a.code for a in inp.areas}
    for a in inp.areas:
        if a.code in c.leadership_codes:
            continue
        groups = c.area_groups.get(a.code) or group([], c.kinds)
        key = f"area:{a.code}"
        paras = c.figure_paras.get(a.code, []) + task_paragraphs(groups, inp.period, c.voice, c.cited)
        _collect_gaps(c, groups, key)
        if not paras:
            continue  # an area with nothing this period is not mentioned
        n += 1
        subs.append(Section(key, f"{n}. {a.name}", paras, facts=_ids(groups)))
    loose_tasks = [t for code, ts in c.by_area.items() if code not in known for t in ts]
    loose = group(loose_tasks, c.kinds)
    extra = [p for code, ps in c.figure_paras.items() if code not in known for p in ps]
    paras = extra + task_paragraphs(loose, inp.period, c.voice, c.cited)
    _collect_gaps(c, loose, "area:")
    if paras:
        n += 1
        subs.append(Section("area:", f"{n}. Các nhiệm vụ khác", paras, facts=_ids(loose)))
    return Section("results", "II. Kết quả thực hiện các nhiệm vụ cải cách hành chính", subsections=subs)


# -- III. đánh giá ------------------------------------------------------------------------------

def _assessment(c: Ctx) -> Section:
    inp = c.inp
    done, overdue = c.everything[DONE], c.everything[OVERDUE]
    on_time = [t for t in done if not t.done_late]
    achievements = []
    if c.directives:
        achievements.append(f"ban hành {count(len(c.directives))} văn bản chỉ đạo, triển khai công tác cải cách hành "
                            "chính")
    if on_time:
        achievements.append(f"hoàn thành {count(len(on_time))} nhiệm vụ cải cách hành chính đúng thời hạn")
    good = [f"Công tác cải cách hành chính được {c.body} quan tâm chỉ đạo, triển khai đồng bộ, gắn với "
            "nhiệm vụ phát triển kinh tế - xã hội của địa phương."]
    if achievements:
        good.append(f"{c.w}, {c.body} đã {'; '.join(achievements)}.")
    shown = strengths_from_figures(inp.figures, inp.kind)
    if shown:  # each clause says its own verb ("… đạt 99,5%", "… được xử lý")
        good.append(sentence("; ".join(shown)) + ".")
    bad = []
    if overdue:
        # The tasks and who leads them are named in part II; here, what is late and why.
        causes: list[str] = []
        for t in overdue:
            why = sentence(t.delay_reason)
            if why and why not in causes:
                causes.append(why)
        head = f"Còn {count(len(overdue))} nhiệm vụ quá hạn chưa hoàn thành (đã nêu tại Mục II)"
        if len(causes) > 1:
            bad.append(head + ", nguyên nhân chủ yếu:")
            bad += [f"- {lower_first(x)}{';' if i < len(causes) - 1 else '.'}" for i, x in enumerate(causes)]
        elif causes:  # one cause is said in the sentence, not as a list of one
            bad.append(f"{head}, nguyên nhân: {lower_first(causes[0])}.")
        else:
            bad.append(head + ".")
    late_done = [t for t in done if t.done_late]
    if late_done:
        bad.append(f"Có {count(len(late_done))} nhiệm vụ hoàn thành nhưng chậm so với thời hạn đề ra.")
    bad += weaknesses_from_figures(inp.figures, inp.kind)
    if not bad:
        bad.append(f"{c.w}, không có nhiệm vụ cải cách hành chính nào chậm so với thời hạn.")
    return Section("assessment", "III. Đánh giá chung", subsections=[
        Section("strengths", "1. Ưu điểm", good, facts=[t.id for t in on_time]),
        Section("weaknesses", "2. Tồn tại, hạn chế và nguyên nhân", bad, facts=[t.id for t in overdue + late_done]),
    ])


# -- V. kiến nghị ------------------------------------------------------------------------------------

def _proposals(c: Ctx) -> Section:
    items = [sentence(x.lstrip("-–• ")) for x in c.inp.proposals if x.strip()]
    facts = []
    for t in c.everything[OVERDUE]:
        if t.support_request.strip():
            items.append(sentence(t.support_request.lstrip("-–• ")))
            facts.append(t.id)
    if not items:
        c.gaps.append(Gap("proposals", N_("report", "Chưa có đề xuất, kiến nghị nào của kỳ này: mục V đang ghi “Không "
                                                    "có”.")))
        return Section("proposals", "V. Đề xuất, kiến nghị", ["Không có."], facts=facts)
    paras = [f"- {x}{';' if i < len(items) - 1 else '.'}" for i, x in enumerate(items)]
    return Section("proposals", "V. Đề xuất, kiến nghị", paras, facts=facts)


# -- the appendix of tasks ---------------------------------------------------------------------------

def _appendix(c: Ctx) -> list[AppendixRow]:
    inp = c.inp
    order = [a for a in inp.areas if a.code in c.leadership_codes] + \
            [a for a in inp.areas if a.code not in c.leadership_codes]
    known = {a.code for a in inp.areas}
    blocks = [(a.name, c.by_area.get(a.code, [])) for a in order]
    blocks.append(("Các nhiệm vụ khác", [t for code, ts in c.by_area.items() if code not in known for t in ts]))
    rows: list[AppendixRow] = []
    codes: list[str | None] = [a.code for a in order] + [None]
    for (name, tasks), code in zip(blocks, codes):
        # An area's tasks were grouped once for the whole draft (Ctx); the others are grouped here.
        groups = c.area_groups[code] if code in c.area_groups else group(tasks, c.kinds)
        for kind in (DONE, PROGRESS, OVERDUE, DROPPED):
            for t in groups[kind]:
                row = appendix_row(t, kind, name, inp.period, c.voice)
                row.stt = str(len(rows) + 1)
                rows.append(row)
    return rows
