"""The holes in a report's task sections the editor lists for the official, never printed: a late task with no
reason or nobody leading it, a task finished late with no reason. Split from report_tasks, which says where each
task stood and how the report words it."""

from __future__ import annotations

from parapp.core.messages import N_
from parapp.core.report_model import Gap
from parapp.core.report_tasks import DONE, NAME_NEVER, OVERDUE, TaskFact
from parapp.core.report_words import sentence

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
