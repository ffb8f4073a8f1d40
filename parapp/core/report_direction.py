"""Part IV of a report: the work ahead, for the named next calendar period.

A quarterly report lists what remains of its own period (work due after the
data window closed, up to the period's last day) and what falls due in the next
calendar period: quý II is April to June, whatever the data windows. The year
report looks forward to the next year by area: the tasks of a plan registered
for it, the recurring tasks ("hằng năm", "hằng quý") carried into it and the
work still running; the year's leftovers are a list of their own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from parapp.core.citations import DocRef, cite
from parapp.core.periods import PeriodKind
from parapp.core.report_context import Ctx
from parapp.core.report_model import Section
from parapp.core.report_days import judged_on
from parapp.core.report_tasks import NAME_ALWAYS, OVERDUE, TaskFact, merged_contents, opening, when_words
from parapp.core.report_words import calendar_end, count, due_day, period_phrase, todo_clause
from parapp.core.vntext import fold

_LISTED_LATE = 15  # late tasks listed one by one in part IV; beyond, counted
_EVERY = ("yearly", "quarterly", "monthly")
_OFTEN = ("quarterly", "monthly")  # work that falls due within every quarter


def direction(c: Ctx) -> Section:
    if c.inp.kind in (PeriodKind.YEAR, PeriodKind.Q4):
        return _year_ahead(c)
    return _period_ahead(c)


def _open(c: Ctx, also=None) -> list[TaskFact]:
    """Tasks with a due day, neither dropped nor late, not done on the drafting day: work ahead.
    `also`: a further test, applied before the sort (the year's leftovers are a few of 50,000)."""
    as_of = judged_on(c.inp.period, c.inp.today)  # as the report stands
    kinds = c.kinds
    out = [t for t in c.tasks if t.due and t.status != "dropped" and (t.completed_on is None or t.completed_on > as_of)
           and kinds.get(t.id) != OVERDUE and (also is None or also(t))]
    out.sort(key=attrgetter("id"))
    out.sort(key=attrgetter("due"))  # every one has a due day; stable: by id within a day
    return out


def _lines(tasks: list[TaskFact], c: Ctx, late: bool = False) -> list[str]:
    """One '- ' line a task, tasks due the same day with the same opening words said once
    (three criteria of one remediation plan are one line, not three)."""
    clusters: dict[tuple, list[TaskFact]] = {}
    named = c.inp.naming == NAME_ALWAYS or late
    for t in tasks:
        # Where the line names who leads, of one lead only: two late tasks of two offices said together named the
        # first one's office for both (a fresh-eyes walk). Of several areas, as before: one remediation plan's
        # criteria (1.2, 2.3 …) are of several areas and one line.
        key = (t.due, t.recurrence, opening(todo_clause(t.content)) or t.id, c.voice.who(t) if named else "")
        clusters.setdefault(key, []).append(t)
    out = []
    # a report redrafted after its period speaks as of the day after the period: later days have not come
    came = min(c.inp.today, calendar_end(c.inp.kind, c.inp.period.year) + dt.timedelta(days=1))
    for ts in clusters.values():
        what = merged_contents([todo_clause(t.content) for t in ts])
        t = ts[0]
        # the deadline as part II states it ("quá thời hạn (ngày 31/5/2026)"): "quá hạn từ ngày 01/6/2026" here read as
        # a second deadline to the chairman-reviewer
        when = f"thời hạn {due_day(t.deadline_text, t.due)}, đã quá hạn" if late and t.due else when_words(t)
        if not late and t.due and t.due < came and t.recurrence not in _EVERY:
            # due after the window closed but before the report is signed: its day has come
            when += ", đã đến hạn"
        who = c.voice.who(t) if named else ""
        # marked as the next year's plan table marks it: the chairman's read (round 43) found the carried work
        # unmarked here, mostly with no deadline, beside "(chuyển từ năm 2026)" in the plan printed with it
        when = "; ".join(x for x in (f"chuyển từ năm {t.carried_from}" if t.carried_from else "", when) if x)
        if what.endswith(")"):
            # two brackets in a row read as a typing slip: '… (QPPL) do Phòng … chủ trì, thời hạn ngày …, đã quá hạn'
            out.append(f"- {what}" + (f" do {who} chủ trì" if who else "") + (f", {when}" if when else ""))
            continue
        tail = "; ".join(x for x in (f"{who} chủ trì" if who else "", when) if x)
        out.append(f"- {what}" + (f" ({tail})" if tail else ""))
    return [line + (";" if i < len(out) - 1 else ".") for i, line in enumerate(out)]


# What the one-stop line urges, each with the words by which a task says the same work: a goal the part's own tasks
# already name is left out of the line (the 2027 plan's "Nâng tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực
# tuyến; số hóa 100% hồ sơ…" beside this line said one goal twice: the chairman-reviewer, closing16).
_ONE_STOP_GOALS = (("tiếp nhận hồ sơ trực tuyến toàn trình", "truc tuyen toan trinh"),
                   ("thanh toán trực tuyến", "thanh toan truc tuyen"),
                   ("số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "so hoa"))


def _one_stop_line(c: Ctx, said: list[TaskFact]) -> str | None:
    if not any(f.value is not None and f.code.startswith("dossiers.") for f in c.inp.figures):
        return None
    from parapp.core.commune_structure import one_stop_subject

    words = " ".join(fold(t.content) for t in said)
    goals = [goal for goal, key in _ONE_STOP_GOALS if key not in words]
    push = ", ".join(goals[:-1]) + " và " + goals[-1] if len(goals) > 1 else "".join(goals)
    return (f"Nâng cao chất lượng tiếp nhận, giải quyết thủ tục hành chính tại "
            f"{one_stop_subject(c.inp.one_stop, c.inp.level)}" + (f"; đẩy mạnh {push}" if push else ""))


# -- quý, 6 tháng, 9 tháng: the next calendar period ----------------------------------------------

def _period_ahead(c: Ctx) -> Section:
    inp, p = c.inp, c.inp.period
    nxt = inp.next
    title = "IV. Phương hướng, nhiệm vụ trọng tâm " + (nxt.phrase if nxt else "kỳ tới")
    paras: list[str] = []
    facts: list[int] = []
    overdue = c.everything[OVERDUE]
    if len(overdue) > _LISTED_LATE:
        paras.append(f"Tập trung hoàn thành dứt điểm {count(len(overdue))} nhiệm vụ quá hạn "
                     f"{where_said(c, overdue).removeprefix('đã ')}; không để phát sinh thêm nhiệm vụ quá hạn.")
    elif overdue:
        # named, as the year report names them: "2 nhiệm vụ quá hạn nêu tại mục II" sent the chairman back to part II
        paras += ["Tập trung hoàn thành dứt điểm các nhiệm vụ đã quá hạn:", *_lines(overdue, c, late=True)]
    facts += [t.id for t in overdue]
    todo = _open(c)
    # What is left of the period itself: due from the day the report judges on (its window's end, or the
    # drafting day if earlier) to its last day (31/3 for quý I), though the data window closed earlier.
    end = calendar_end(inp.kind, p.year)
    as_of = judged_on(p, inp.today)
    # Not standing work of an earlier year ("hằng năm" of the 2026 plan, due 31/12/2026, in quý I 2027's window): it
    # ends with its year, and "khẩn trương hoàn thành" read oddly of it (the chairman's read, this session).
    rest = [t for t in todo if t.due is not None and as_of <= t.due <= end
            and not (t.recurrence in _EVERY and max(t.due.year, t.plan_year) < p.year)]
    if rest:
        # 9 tháng ends with quý III: what is left of it is left of the quarter.
        own = PeriodKind.Q3 if inp.kind is PeriodKind.NINE_MONTHS else inp.kind
        paras.append(f"Khẩn trương hoàn thành các nhiệm vụ còn lại của {period_phrase(own, p.year)}:")
        paras += _lines(rest, c)
    listed = {t.id for t in rest}
    if nxt:
        # work done every quarter or month (due on the year's last day) is also the next period's work
        coming = [t for t in todo if t.due is not None and t.id not in listed and (
            nxt.start <= t.due <= nxt.end or (t.recurrence in _OFTEN and t.due >= nxt.start
                                              and dt.date(t.due.year, 1, 1) <= nxt.end))]  # its year, not next year's
        # Standing work ("thực hiện hằng năm", "thường xuyên") under its own words: listed under "đến hạn trong quý IV"
        # it read as due in that quarter (the chairman-reviewer, closing13).
        dated = [t for t in coming if t.recurrence not in _EVERY]
        standing = [t for t in coming if t.recurrence in _EVERY]
        if dated:
            paras.append(f"Triển khai thực hiện các nhiệm vụ đến hạn trong {nxt.phrase}:")
            paras += _lines(dated, c)
        if standing:
            paras.append("Tiếp tục thực hiện các nhiệm vụ thường xuyên, hằng năm:" if dated
                         else f"Tiếp tục thực hiện các nhiệm vụ thường xuyên, hằng năm trong {nxt.phrase}:")
            paras += _lines(standing, c)
        listed |= {t.id for t in coming}
    facts += sorted(listed)
    one_stop = _one_stop_line(c, [*overdue, *(t for t in todo if t.id in listed)])
    if one_stop:
        paras.append(f"Tiếp tục {one_stop[:1].lower() + one_stop[1:]}.")
    if not paras:
        plan = f" theo {cite(replace(inp.annual_plan, issuer=''))}" if inp.annual_plan else ""
        paras.append(f"Tiếp tục triển khai các nhiệm vụ cải cách hành chính{plan}, bảo đảm chất lượng và đúng tiến độ.")
    return Section("direction", title, paras, facts=facts)


# -- năm: the next year, by area ---------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _same_work(text: str) -> str:
    """Two tasks that say the same work whatever the year written in them."""
    return re.sub(r"[\d\W_]+", " ", fold(todo_clause(text))).replace("hang nam", "").strip()


def _spans_ahead(t: TaskFact, ahead: int) -> bool:
    """Work under way, due after next year ("Giai đoạn 2026 - 2030"): next year's work too (not a later plan's; work
    not begun that is due the year after next is that year's)."""
    return t.due is not None and t.due.year > ahead and t.plan_year < ahead and t.status == "in_progress"


def _year_ahead(c: Ctx) -> Section:
    inp, p = c.inp, c.inp.period
    ahead = p.year + 1
    today = inp.today
    # Next year's work: its plan's, the recurring, and what is still open with no deadline or one next year. A task of
    # next year's plan already done as the report stands is not: "Ban hành kế hoạch CCHC năm 2027" done on 10/12 was
    # said issued in part I and listed as 2027's work in part IV (round 24D).
    # Done by the drafting day, not by the day the report judges on: a report drafted on 20/01 citing next year's plan
    # issued on 11/01 listed issuing it as work to do, "thời hạn ngày 14/01" already past (round 25C).
    as_of = judged_on(p, today)
    candidates = sorted([t for t in inp.tasks if t.status != "dropped" and (
        t.plan_year == ahead and (t.completed_on is None or t.completed_on > today)
        or t.recurrence in _EVERY or (
            t.completed_on is None and (t.due is None or t.due.year == ahead or _spans_ahead(t, ahead))))],
                        key=attrgetter("id"))
    candidates.sort(key=lambda t: t.due or dt.date.max)  # stable: by id within a day
    planned = [t for t in candidates if t.plan_year == ahead]
    seen = {_same_work(t.content) for t in planned}
    carried: list[TaskFact] = []
    running: list[TaskFact] = []
    for t in candidates:
        if t.plan_year == ahead:
            continue
        if t.recurrence in _EVERY and (t.due is None or t.due.year <= p.year):
            bucket = carried  # "hằng năm": next year's work too, done this year or not
        elif t.completed_on is None and (t.due is None and t.status == "in_progress" or
                                         t.due is not None and (t.due.year == ahead or _spans_ahead(t, ahead))):
            # no deadline yet ("theo hướng dẫn của tỉnh"), due next year, or later ("Giai đoạn 2026 - 2030", due
            # 31/12/2030 since round 21, was left out of 2027's work: round 22B)
            bucket = running
        else:
            continue
        key = _same_work(t.content)
        if key not in seen:
            seen.add(key)
            bucket.append(t)
    by_area: dict[str, list[TaskFact]] = {}
    for t in planned + carried + running:
        by_area.setdefault(t.area_code, []).append(t)
    one_stop = _one_stop_line(c, planned + carried + running)
    one_stop_area = (inp.indicators.themes.get("one_stop", {}).get(inp.catalogue_code, "")
                     if inp.indicators else "")
    order = [a for a in inp.areas if a.code in c.leadership_codes] + \
            [a for a in inp.areas if a.code not in c.leadership_codes]
    known = {a.code for a in inp.areas}
    blocks = [(a.code, a.name, by_area.get(a.code, [])) for a in order]
    blocks.append(("", "Các nhiệm vụ khác", [t for code, ts in by_area.items() if code not in known for t in ts]))
    subs: list[tuple[str, str, list[str], list[int]]] = []  # key, heading, lines, facts: numbered at the end
    for code, name, tasks in blocks:
        lines = _lines(tasks, c)
        if one_stop and code == one_stop_area:
            lines = [x[:-1] + ";" for x in lines] + [f"- {one_stop}."]
        if not lines:
            continue
        subs.append((f"direction:{code}", name, lines, [t.id for t in tasks]))
    # The year's leftovers: late, or due before the year is out and not done on the drafting day. Standing work
    # ("hằng năm", "thường xuyên") is next year's work above, not listed again as a leftover: a year report drafted
    # in January named it twice in part IV, "thực hiện hằng năm" and "quá hạn từ ngày 01/01/…" (round 24D).
    overdue = c.everything[OVERDUE]
    # Work next year's plan sets again in the same words (its year aside: plans copy last year's lines) is listed
    # once, as next year's: the late 2026 line and the 2027 plan's line side by side read as two tasks.
    again = {_same_work(t.content) for t in planned}
    # Nor work carried into next year's plan: its successor is next year's work (the same words or new ones).
    listed = [t for t in overdue if t.recurrence not in _EVERY and not t.carried_year
              and _same_work(t.content) not in again]
    end = calendar_end(inp.kind, p.year)
    # This year's work not yet due that part II does not speak of (not begun, no progress noted) is said though next
    # year's plan repeats its words: left out, it was in no part of the report that counted it (a fresh-eyes walk,
    # round 41); work going on is said there already, and once here, as next year's (closing13).
    said = {t.id for kind in c.everything.values() for t in kind}
    # Filtered before _open sorts: the same tasks in the same order (the sort is stable), fewer sorted.
    rest = _open(c, lambda t: as_of <= t.due <= end and t.recurrence not in _EVERY and t.plan_year != ahead
                 and not t.carried_year and (t.id not in said or _same_work(t.content) not in again))
    if len(overdue) > _LISTED_LATE or listed or rest:
        lines = []
        if len(overdue) > _LISTED_LATE:
            # Part II names each of them; a register that many behind is asked for the effort, not a second list.
            lines.append(f"Tập trung hoàn thành dứt điểm {count(len(overdue))} nhiệm vụ đã quá hạn "
                         f"{where_said(c, overdue).removeprefix('đã ')}; không để phát sinh thêm nhiệm vụ quá hạn.")
            listed = overdue
        elif listed:
            lines += ["Tập trung hoàn thành dứt điểm các nhiệm vụ đã quá hạn:", *_lines(listed, c, late=True)]
        if rest:
            lines += [f"Khẩn trương hoàn thành các nhiệm vụ còn lại của năm {p.year}:", *_lines(rest, c)]
        # First: numbered last, after the reform areas, it read as an eighth area (the chairman-reviewer, round 35)
        subs.insert(0, ("direction:leftovers", f"Hoàn thành các nhiệm vụ năm {p.year} còn dở dang", lines,
                        [t.id for t in listed + rest]))
    title = f"IV. Phương hướng, nhiệm vụ trọng tâm năm {ahead}"
    return Section("direction", title, [_year_intro(c, ahead)],
                   subsections=[Section(key, f"{n}. {name}", lines, facts=ids)
                                for n, (key, name, lines, ids) in enumerate(subs, 1)],
                   facts=[i for *_, ids in subs for i in ids])


def _year_intro(c: Ctx, ahead: int) -> str:
    plans = c.inp.next_plans
    if plans:
        pl = plans[0]
        about = pl.title[len("Kế hoạch "):] if fold(pl.title).startswith("ke hoach ") else pl.title
        if pl.number and pl.issued_on:
            plan = cite(DocRef("Kế hoạch", pl.number, pl.issued_on, "", about))
        else:
            plan = f"Kế hoạch {about[:1].lower() + about[1:]} (đang hoàn thiện dự thảo để ban hành)"
        return f"Năm {ahead}, {c.body} tập trung triển khai {plan}, trọng tâm là các nhiệm vụ sau:"
    return (f"Năm {ahead}, {c.body} tiếp tục triển khai các nhiệm vụ cải cách hành chính thường xuyên và các nhiệm "
            "vụ còn dở dang, trọng tâm là:")


def where_said(c: Ctx, tasks: list[TaskFact]) -> str:
    """'đã nêu tại mục II', 'đã nêu tại mục I và mục II': the parts that name these tasks (part I holds
    the leadership area's, part II the others')."""
    parts = []
    if any(t.area_code in c.leadership_codes for t in tasks):
        parts.append("mục I")
    if any(t.area_code not in c.leadership_codes for t in tasks):
        parts.append("mục II")
    return "đã nêu tại " + " và ".join(parts)
