"""Assemble a periodic report's draft from the register, the figures and the
period's own inputs (what it answers to, what it proposes).

The outline every commune report uses: an opening that cites what the report
answers to; I. chỉ đạo, điều hành; II. one part per reform area (its figures in
sentences, then what the commune did); III. đánh giá (achievements; what is
late and why); IV. phương hướng for the named next period; V. kiến nghị; then
an appendix of figures and one of tasks grouped by area. The official should
only have to polish the wording.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from parapp.core.citations import DocRef, cite
from parapp.core.figures import FigureValue, IndicatorSet
from parapp.core.messages import N_
from parapp.core.periods import Period, PeriodKind
from parapp.core.report_figures import figure_paragraphs, figure_rows, strengths_from_figures, weaknesses_from_figures
from parapp.core.report_model import AppendixRow, Draft, Gap, Section
from parapp.core.report_tasks import (
    DONE, DROPPED, NAME_LATE, OVERDUE, PROGRESS, TaskFact, appendix_row, classify, lead_phrase,
    task_gaps, task_paragraphs,
)
from parapp.core.report_words import NextSpan, count, day, in_period, lower_first, period_phrase, sentence
from parapp.core.vntext import fold

__all__ = ["AreaFact", "PlanFact", "ReportInput", "TaskFact", "assemble", "classify", "report_title"]

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


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

    @property
    def kind(self) -> PeriodKind:
        return PeriodKind(self.period.kind)


def report_title(p: Period) -> str:
    return f"Báo cáo kết quả thực hiện công tác cải cách hành chính {period_phrase(PeriodKind(p.kind), p.year)}"


def _group(tasks: list[TaskFact], kinds: dict[int, str | None]) -> dict[str, list[TaskFact]]:
    groups: dict[str, list[TaskFact]] = {DONE: [], PROGRESS: [], OVERDUE: [], DROPPED: []}
    for t in tasks:
        c = kinds[t.id]
        if c:
            groups[c].append(t)
    return groups  # in the order assemble() sorted the tasks: by date


def _ids(groups: dict[str, list[TaskFact]]) -> list[int]:
    return [t.id for k in (DONE, PROGRESS, OVERDUE, DROPPED) for t in groups[k]]


class _Ctx:
    """What every part of the outline reads, computed once."""

    def __init__(self, inp: ReportInput):
        self.inp = inp
        p = inp.period
        self.w = in_period(inp.kind)
        self.kinds = {t.id: classify(t, p, inp.today) for t in inp.tasks}
        far = dt.date.max
        later = min(inp.today, p.window_end)
        keep = [t for t in inp.tasks if self.kinds[t.id] or (t.due and t.due >= later and t.status != "dropped")]
        keep.sort(key=lambda t: (t.completed_on or t.due or far, t.id))
        self.tasks = keep
        self.leadership_codes = {a.code for a in inp.areas if a.leadership}
        self.by_area: dict[str, list[TaskFact]] = {}
        for t in keep:
            self.by_area.setdefault(t.area_code, []).append(t)
        self.everything = _group(keep, self.kinds)
        self.area_groups = {code: _group(ts, self.kinds) for code, ts in self.by_area.items()}
        self.figure_paras = (figure_paragraphs(inp.figures, inp.indicators, inp.catalogue_code, inp.kind, p.year)
                             if inp.indicators else {})
        self.gaps: list[Gap] = []
        # Plans issued in the period are listed in part I; tasks that produced them do not cite them again.
        self.cited = frozenset(pl.number for pl in inp.plans if pl.number and inp.period.contains(pl.issued_on))
        self.documents = _documents(self)


def assemble(inp: ReportInput) -> Draft:
    c = _Ctx(inp)
    p = inp.period
    sections = [_leadership(c), _results(c), _assessment(c), _direction(c), _proposals(c)]
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

def _opening(c: _Ctx) -> Section:
    inp = c.inp
    cites = [cite(d) for d in inp.basis]
    if inp.annual_plan:
        own = inp.annual_plan if inp.annual_plan.issuer else replace(inp.annual_plan, issuer="Ủy ban nhân dân xã")
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

def _documents(c: _Ctx) -> list[DocRef]:
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
    """'10 kế hoạch, 03 quyết định và 01 báo cáo'"""
    counts: dict[str, int] = {}
    for d in docs:
        counts[d.kind.lower()] = counts.get(d.kind.lower(), 0) + 1
    parts = [f"{count(n)} {kind}" for kind, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " và " + parts[-1]


def _plans_paragraphs(c: _Ctx) -> list[str]:
    inp, p = c.inp, c.inp.period
    plans = sorted((pl for pl in inp.plans if p.contains(pl.issued_on)), key=lambda pl: pl.issued_on or dt.date.min)
    refs = [DocRef("Kế hoạch", pl.number, pl.issued_on, "", _plan_about(pl.title)) for pl in plans]
    docs = c.documents
    if docs:
        head = (f"{c.w}, Ủy ban nhân dân xã đã ban hành {count(len(docs))} văn bản chỉ đạo, triển khai công tác cải "
                f"cách hành chính ({_kinds_summary(docs)})")
        if not refs:
            return [head + "."]
        if len(refs) == 1:
            return [f"{head}, trong đó có {cite(refs[0])}."]
        items = [f"- {cite(r)}{';' if i < len(refs) - 1 else '.'}" for i, r in enumerate(refs)]
        return [f"{head}, trong đó có các kế hoạch:", *items]
    if inp.annual_plan:
        return [f"{c.w}, Ủy ban nhân dân xã tiếp tục chỉ đạo các bộ phận chuyên môn, công chức triển khai "
                f"{cite(replace(inp.annual_plan, issuer=''))}."]
    return []


def _plan_about(title: str) -> str:
    t = sentence(title)
    f = fold(t)
    if f.startswith("ke hoach "):
        t = t[len("Kế hoạch "):]
    return t


def _leadership(c: _Ctx) -> Section:
    paras = _plans_paragraphs(c)
    facts: list[int] = []
    for code in sorted(c.leadership_codes):
        paras += c.figure_paras.get(code, [])
        groups = c.area_groups.get(code) or _group([], c.kinds)
        paras += task_paragraphs(groups, c.inp.period, c.inp.naming, c.cited)
        facts += _ids(groups)
        _collect_gaps(c, groups, "leadership")
    if not paras:
        c.gaps.append(Gap("leadership", N_("report", "Mục I chưa có nội dung: chưa có kế hoạch, số liệu hay nhiệm vụ "
                                                     "chỉ đạo, điều hành nào trong kỳ.")))
    return Section("leadership", "I. Công tác chỉ đạo, điều hành", paras, facts=facts)


def _collect_gaps(c: _Ctx, groups, key: str) -> None:
    c.gaps += task_gaps(groups, key, c.inp.naming)


# -- II. one part per area ----------------------------------------------------------------------

def _results(c: _Ctx) -> Section:
    inp = c.inp
    subs = []
    n = 0
    known = {a.code for a in inp.areas}
    for a in inp.areas:
        if a.code in c.leadership_codes:
            continue
        groups = c.area_groups.get(a.code) or _group([], c.kinds)
        key = f"area:{a.code}"
        paras = c.figure_paras.get(a.code, []) + task_paragraphs(groups, inp.period, inp.naming, c.cited)
        _collect_gaps(c, groups, key)
        if not paras:
            continue  # an area with nothing this period is not mentioned
        n += 1
        subs.append(Section(key, f"{n}. {a.name}", paras, facts=_ids(groups)))
    loose_tasks = [t for code, ts in c.by_area.items() if code not in known for t in ts]
    loose = _group(loose_tasks, c.kinds)
    extra = [p for code, ps in c.figure_paras.items() if code not in known for p in ps]
    paras = extra + task_paragraphs(loose, inp.period, inp.naming, c.cited)
    _collect_gaps(c, loose, "area:")
    if paras:
        n += 1
        subs.append(Section("area:", f"{n}. Các nhiệm vụ khác", paras, facts=_ids(loose)))
    return Section("results", "II. Kết quả thực hiện các nhiệm vụ cải cách hành chính", subsections=subs)


# -- III. đánh giá ------------------------------------------------------------------------------

def _assessment(c: _Ctx) -> Section:
    inp = c.inp
    done, overdue = c.everything[DONE], c.everything[OVERDUE]
    on_time = [t for t in done if not t.done_late]
    achievements = []
    if c.documents:
        achievements.append(f"ban hành {count(len(c.documents))} văn bản chỉ đạo, triển khai công tác cải cách hành "
                            "chính")
    if on_time:
        achievements.append(f"hoàn thành {count(len(on_time))} nhiệm vụ cải cách hành chính đúng thời hạn")
    achievements += strengths_from_figures(inp.figures, inp.kind)
    good = ["Công tác cải cách hành chính được Ủy ban nhân dân xã quan tâm chỉ đạo, triển khai đồng bộ, gắn với "
            "nhiệm vụ phát triển kinh tế - xã hội của địa phương."]
    if achievements:
        good.append(f"{c.w}, Ủy ban nhân dân xã đã {'; '.join(achievements)}.")
    bad = []
    if overdue:
        # The tasks and who leads them are named in part II; here, what is late and why.
        causes: list[str] = []
        for t in overdue:
            why = sentence(t.delay_reason)
            if why and why not in causes:
                causes.append(why)
        head = f"Còn {count(len(overdue))} nhiệm vụ quá hạn chưa hoàn thành (đã nêu tại Mục II)"
        if causes:
            bad.append(head + ", nguyên nhân chủ yếu:")
            bad += [f"- {lower_first(x)}{';' if i < len(causes) - 1 else '.'}" for i, x in enumerate(causes)]
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


# -- IV. kỳ tới -----------------------------------------------------------------------------------

def _task_line(t: TaskFact, naming: str) -> str:
    who = lead_phrase(t.lead_name, t.lead_position, t.lead_text) if naming == "always" else ""
    tail = f"; {who} chủ trì" if who else ""
    return f"- {sentence(t.content)} (thời hạn ngày {day(t.due)}{tail})"


def _listed(head: str, tasks: list[TaskFact], naming: str) -> list[str]:
    lines = [_task_line(t, naming) for t in tasks]
    return [head] + [line + (";" if i < len(lines) - 1 else ".") for i, line in enumerate(lines)]


def _direction(c: _Ctx) -> Section:
    inp, p = c.inp, c.inp.period
    nxt = inp.next
    title = "IV. Phương hướng, nhiệm vụ trọng tâm " + (nxt.phrase if nxt else "kỳ tới")
    paras: list[str] = []
    facts: list[int] = []
    if c.everything[OVERDUE]:
        paras.append(f"Tập trung hoàn thành dứt điểm {count(len(c.everything[OVERDUE]))} nhiệm vụ quá hạn nêu tại "
                     "Mục III; không để phát sinh thêm nhiệm vụ quá hạn.")
        facts += [t.id for t in c.everything[OVERDUE]]
    # What was still to do when the window closed (or on the drafting day, if earlier).
    as_of = min(inp.today, p.window_end)
    todo = [(t.due, t) for t in c.tasks if t.status != "dropped" and t.due and c.kinds.get(t.id) != OVERDUE
            and (t.completed_on is None or t.completed_on > as_of)]
    listed: set[int] = set()
    if inp.today <= p.window_end:
        # Written before the window closes: the rest of this period (of the calendar year, for a year report).
        end = dt.date(p.year, 12, 31) if inp.kind is PeriodKind.YEAR else p.window_end
        rest = [t for due, t in sorted(todo, key=lambda x: (x[0], x[1].id)) if inp.today <= due <= end]
        if rest:
            paras += _listed(f"Khẩn trương hoàn thành các nhiệm vụ còn lại của {period_phrase(inp.kind, p.year)}:",
                             rest, inp.naming)
            listed |= {t.id for t in rest}
    if nxt:
        begin = max(nxt.start, p.window_end + dt.timedelta(days=1))
        coming = [t for due, t in sorted(todo, key=lambda x: (x[0], x[1].id))
                  if begin <= due <= nxt.end and t.id not in listed]
        if coming:
            paras += _listed(f"Triển khai thực hiện các nhiệm vụ đến hạn trong {nxt.phrase}:", coming, inp.naming)
            listed |= {t.id for t in coming}
    facts += sorted(listed)
    if any(f.value is not None and f.code.startswith("dossiers.") for f in inp.figures):
        paras.append("Tiếp tục nâng cao chất lượng tiếp nhận, giải quyết thủ tục hành chính tại Bộ phận Một cửa; "
                     "đẩy mạnh tiếp nhận hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết "
                     "thủ tục hành chính.")
    if not paras:
        plan = f" theo {cite(replace(inp.annual_plan, issuer=''))}" if inp.annual_plan else ""
        paras.append(f"Tiếp tục triển khai các nhiệm vụ cải cách hành chính{plan}, bảo đảm chất lượng và đúng tiến độ.")
    return Section("direction", title, paras, facts=facts)


# -- V. kiến nghị ------------------------------------------------------------------------------------

def _proposals(c: _Ctx) -> Section:
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

def _appendix(c: _Ctx) -> list[AppendixRow]:
    inp = c.inp
    order = [a for a in inp.areas if a.code in c.leadership_codes] + \
            [a for a in inp.areas if a.code not in c.leadership_codes]
    known = {a.code for a in inp.areas}
    blocks = [(a.name, c.by_area.get(a.code, [])) for a in order]
    blocks.append(("Các nhiệm vụ khác", [t for code, ts in c.by_area.items() if code not in known for t in ts]))
    rows: list[AppendixRow] = []
    for name, tasks in blocks:
        groups = _group(tasks, c.kinds)
        for kind in (DONE, PROGRESS, OVERDUE, DROPPED):
            for t in groups[kind]:
                row = appendix_row(t, kind, name, inp.period, inp.naming)
                row.stt = str(len(rows) + 1)
                rows.append(row)
    return rows
