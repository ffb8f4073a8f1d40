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
from dataclasses import replace

from parapp.core.citations import DocRef, cite
from parapp.core.messages import N_
from parapp.core.report_appendix import appendix_rows
from parapp.core.report_context import (AreaFact, Ctx, PlanFact, ReportInput, group, plan_about,
                                        report_title)
from parapp.core.report_direction import direction, where_said
from parapp.core.report_figures import (apologies_exceed_late, figure_rows, strengths_from_figures,
                                        weaknesses_from_figures)
from parapp.core.report_model import AppendixRow, Draft, Gap, Section
from parapp.core.report_gaps import task_gaps
from parapp.core.report_standing import ParResult, PlanCompletion, completion_sentence, par_sentence
from parapp.core.report_tasks import (
    DONE, DROPPED, OVERDUE, PROGRESS, TaskFact, classify, task_paragraphs,
)
from parapp.core.report_words import count, day, lower_first, period_phrase, sentence

__all__ = ["AreaFact", "ParResult", "PlanCompletion", "PlanFact", "ReportInput", "TaskFact", "assemble", "classify",
           "report_title"]

def _ids(groups: dict[str, list[TaskFact]]) -> list[int]:
    return [t.id for k in (DONE, PROGRESS, OVERDUE, DROPPED) for t in groups[k]]


def assemble(inp: ReportInput) -> Draft:
    c = Ctx(inp)
    p = inp.period
    sections = [_leadership(c), _results(c), _assessment(c), direction(c), _proposals(c)]
    opening = _opening(c)
    appendix = _appendix(c)
    area_names = {a.code: a.name for a in inp.areas}
    figures = (figure_rows(inp.figures, inp.indicators, inp.catalogue_code, area_names)
               if inp.indicators else [])
    if apologies_exceed_late(inp.figures):
        c.gaps.append(Gap("results", N_("report", "Số văn bản xin lỗi nhiều hơn số hồ sơ trễ hẹn (giải quyết quá hạn "
                                                  "và đang giải quyết quá hạn): câu về văn bản xin lỗi chưa được in. "
                                                  "Hãy kiểm tra lại ở trang Số liệu.")))
    if inp.indicators is not None and not figures and inp.quarters_missing:
        c.gaps.append(Gap("results", N_("report", "Chưa có số liệu của kỳ này: số liệu {0} được cộng từ các quý, "
                                                  "còn thiếu số liệu {1}. Hãy nhập ở trang Số liệu (hoặc nhập thẳng số "
                                                  "liệu cả kỳ) rồi cập nhật bản nháp."),
                          [period_phrase(inp.kind, p.year), ", ".join(period_phrase(q, p.year)
                                                                      for q in inp.quarters_missing)]))
    elif inp.indicators is not None and not figures:
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
    # The figures' span. A report written before its window closes states them to the drafting day and
    # estimated to the window's end, as reports sent before the 14th say ("ước thực hiện đến ngày 14/12").
    # Drafted ahead of its window: every figure is an estimate ("từ ngày 15/6 đến ngày 10/6" read as a slip).
    if inp.today < p.window_start:
        as_of = f" (số liệu ước thực hiện từ ngày {day(p.window_start)} đến ngày {day(p.window_end)})"
    elif inp.today < p.window_end:
        as_of = (f" (số liệu tính từ ngày {day(p.window_start)} đến ngày {day(inp.today)}, ước thực hiện đến ngày "
                 f"{day(p.window_end)})")
    else:
        as_of = f" (số liệu từ ngày {day(p.window_start)} đến ngày {day(p.window_end)})"
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
    refs = [DocRef("Kế hoạch", pl.number, pl.issued_on, "", plan_about(pl.title)) for pl in plans]
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

_EMPTY_RESULTS = N_("report", "Mục II chưa có nội dung: trong kỳ chưa có nhiệm vụ nào đến hạn, hoàn thành hay được "
                              "ghi tiến độ. Hãy ghi tiến độ các nhiệm vụ đang thực hiện (sổ nhiệm vụ, “Cập nhật tiến "
                              "độ…”) rồi soạn lại, hoặc tự viết mục II.")


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
    empty = []
    if not subs:
        # Its heading alone printed, with part III straight under it, read as a page lost (a fresh-eyes walk: a plan
        # just imported, all due in December, drafted for quý III); the editor lists it among the gaps to fill.
        empty = ["Trong kỳ, chưa có nhiệm vụ cải cách hành chính nào đến hạn, hoàn thành hoặc có kết quả để báo cáo."]
        c.gaps.append(Gap("results", _EMPTY_RESULTS))
    return Section("results", "II. Kết quả thực hiện các nhiệm vụ cải cách hành chính", empty, subsections=subs)


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
    late_done = [t for t in done if t.done_late]
    if overdue or late_done:
        # The tasks and who leads them are named in parts I and II; here, how many are late, and why, once.
        causes: list[str] = []
        for t in overdue + late_done:
            why = sentence(t.delay_reason)
            if why and why not in causes:
                causes.append(why)
        late = len(overdue + late_done)
        with_reason = sum(1 for t in overdue + late_done if sentence(t.delay_reason))
        # A cause given for one of five is no cause of all five (round 23A): say how many it was given for.
        of = "" if with_reason == late else f" (nêu ở {with_reason}/{late} nhiệm vụ)"
        said = []
        if overdue:
            carried = {t.carried_year for t in overdue if t.carried_year}
            moved = sum(1 for t in overdue if t.carried_year)
            # "(trong đó 4 nhiệm vụ …)" of 4 read clumsily (the chairman's read, this session): all of them, said so
            inside = ("" if len(carried) != 1 else f" (cả {count(moved)} nhiệm vụ đều chuyển sang năm {carried.pop()} "
                      "thực hiện)" if moved == len(overdue) and moved > 1 else
                      f" (trong đó {count(moved)} nhiệm vụ chuyển sang năm {carried.pop()} thực hiện)")
            said.append(f"còn {count(len(overdue))} nhiệm vụ quá hạn chưa hoàn thành{inside}")
        if late_done:
            said.append(f"có {count(len(late_done))} nhiệm vụ hoàn thành chậm so với thời hạn")
        head = sentence(" và ".join(said)) + f" ({where_said(c, overdue + late_done)})"
        if len(causes) > 1:
            bad.append(head + f", nguyên nhân chủ yếu{of}:")
            bad += [f"- {lower_first(x)}{';' if i < len(causes) - 1 else '.'}" for i, x in enumerate(causes)]
        elif causes:  # one cause is said in the sentence, not as a list of one
            bad.append(f"{head}, nguyên nhân{of}: {lower_first(causes[0])}.")
        else:
            bad.append(head + ".")
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
            rows += appendix_rows(groups[kind], kind, name, inp.period, c.voice, len(rows) + 1)
    return rows
