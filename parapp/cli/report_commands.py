"""Headless commands for reporting periods and report drafts."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from pathlib import Path

from parapp.services.reporting import finalize_report
from parapp.services.stale_drafts import FiguresChanged, SectionChange, changed_figures, refresh_figures
from parapp.core.dates import dmy
from parapp.core.messages import N_, ValidationError
from parapp.core.periods import KIND_LABELS
from parapp.core.report_checks import all_gaps
from parapp.core.report_model import Draft
from parapp.cli.waiting import say_waiting
from parapp.store import report_records
from parapp.store.access import reading, writing
from parapp.store.periods import find_period, year_periods
from parapp.store.writer_lock import FINALIZE, SAVE_DRAFT


def cmd_periods(db_path: Path, year: int, *, as_json: bool) -> int:
    with reading(db_path, on_wait=say_waiting) as db:
        periods = year_periods(db, year)
    if as_json:
        print(json.dumps([p.as_json() for p in periods], ensure_ascii=False, indent=2))
        return 0
    for p in periods:
        print(f"{KIND_LABELS[p.kind]:<16} số liệu {dmy(p.window_start)} – {dmy(p.window_end)}   hạn gửi "
              f"{dmy(p.deadline)}")
    return 0


def draft_json(draft: Draft, report_id: int | None, state: str) -> dict:
    def sec(s):
        return {"title": s.title, "paragraphs": s.paragraphs, "subsections": [sec(x) for x in s.subsections]}

    return {
        "id": report_id,
        "state": state,
        "period": draft.period,
        "title": draft.title,
        "opening": list(draft.opening.paragraphs),
        "sections": [sec(s) for s in draft.sections],
        "appendix": [{"stt": r.stt, "content": r.content, "lead": r.lead, "deadline": r.deadline,
                      "status": r.status, "result": r.result, "task_id": r.task_id, "group": r.group}
                     for r in draft.appendix],
        "figures": [{"code": f.code, "name": f.name, "unit": f.unit,
                     "value": int(f.value) if float(f.value).is_integer() else f.value} for f in draft.figures],
        # What the editor lists: the assembly's gaps in sections not rewritten, and the text's marks.
        "gaps": [] if state == "final" else [g.message for g in all_gaps(draft)],
    }


def _print_text(draft: Draft) -> None:
    print(draft.title.upper())
    for s in draft.walk():
        print()
        if s.title:
            print(s.title)
        for p in s.paragraphs:
            print(p)
    if draft.figures:
        print()
        print("PHỤ LỤC SỐ LIỆU")
        for f in draft.figures:
            print(f"- {f.name}: {f.text}")


def cmd_report_draft(db_path: Path, kind: str, year: int, *, as_json: bool, save: bool, today: dt.date,
                     refresh: bool = False) -> int:
    """The period's latest saved draft (brought up to date with `refresh`), or a fresh one. A saved draft the register
    or the figures have moved on from is said so on stderr: it is what `report pdf` prints and `finalize` freezes."""
    if refresh and not save:
        # No saved draft, nothing to bring up to date: --refresh saved the freshly assembled one, unasked, and said
        # "Bản nháp số 5 đã khớp …" as if it had been there; report pdf and finalize then used that copy (round 42B).
        with reading(db_path, on_wait=say_waiting) as db:
            period = find_period(db, kind, year)
            if report_records.latest(db, period.kind.value, period.year, state="draft") is None:
                print("Kỳ này chưa có bản nháp nào đã lưu nên không có gì để cập nhật; dưới đây là bản nháp lập từ "
                      "số liệu và sổ nhiệm vụ hôm nay, chưa lưu (thêm --save để lưu).", file=sys.stderr)
                refresh = False
    writes = save or refresh
    opened = writing(db_path, SAVE_DRAFT, on_wait=say_waiting) if writes else reading(db_path, on_wait=say_waiting)
    changes: list = []
    refreshed: list = []
    with opened as db:
        period = find_period(db, kind, year)
        had = report_records.latest(db, period.kind.value, period.year, state="draft")
        with db.atomic() if writes else contextlib.nullcontext():
            draft, report_id = report_records.draft_for_period(db, period, today, save=writes)
            if had is not None and report_id is not None:
                changes = changed_figures(db, report_id, period, today)
                if changes and refresh:
                    draft, refreshed, changes = refresh_figures(db, report_id, period, today), changes, []
    if today < period.window_start:  # said, not refused: a clerk may look at the shape early (closing16)
        print(f"Lưu ý: kỳ báo cáo này tính số liệu từ ngày {period.window_start:%d/%m/%Y}; hôm nay chưa đến kỳ nên "
              "báo cáo chưa có kết quả gì để nêu.", file=sys.stderr)
    if changes:
        say_behind(report_id, changes)
    if refreshed:  # said, as the window's button says it (the chairman's re-read, round 41: it printed, said nothing)
        # a part named as updated: "Mục … không còn khớp với sổ nhiệm vụ hôm nay" read, after the update, as if it
        # still did not (the chairman's read, round 43)
        listed = "; ".join(f"mục “{c.name}”" if isinstance(c, SectionChange) else str(c.message)
                           for c in refreshed[:8]) + ("; …" if len(refreshed) > 8 else "")
        print(f"Đã cập nhật bản nháp số {report_id} ({listed}); các mục đã sửa tay được giữ nguyên.", file=sys.stderr)
    elif refresh and report_id is not None:
        print(f"Bản nháp số {report_id} đã khớp với số liệu và sổ nhiệm vụ hôm nay: không có gì để cập nhật.",
              file=sys.stderr)
    if as_json:
        print(json.dumps(draft_json(draft, report_id, "draft" if report_id else "unsaved"), ensure_ascii=False,
                         indent=2))
    else:
        _print_text(draft)
    return 0


def say_behind(report_id: int | None, changes: list) -> None:
    """A saved draft the figures or the register have moved on from: what `report pdf` prints and `finalize` would
    freeze, so every command that shows it says so, with the command that brings it up to date."""
    listed = "; ".join(c.message for c in changes[:8]) + ("; …" if len(changes) > 8 else "")
    print(f"Lưu ý: đây là bản nháp số {report_id} đã lưu, trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi "
          f"({listed}). "
          "Chạy parapp report draft … --refresh để cập nhật các mục chưa sửa tay.", file=sys.stderr)


def cmd_report_finalize(db_path: Path, kind: str, year: int, draft_id: int | None, *, today: dt.date,
                        number: str | None = None, keep_draft: bool = False, refresh: bool = False) -> int:
    """A draft saved before its figures changed is refused (exit 2, the figures named) unless
    `refresh` (today's figures into the draft, then frozen) or `keep_draft` (frozen as saved)."""
    if keep_draft and refresh:
        raise ValidationError(N_("errors", "Chỉ chọn một trong hai: --keep-draft hoặc --refresh-figures."))
    kept: list = []
    with writing(db_path, FINALIZE, on_wait=say_waiting) as db:
        period = find_period(db, kind, year)
        with db.atomic():
            if draft_id is None:
                _, draft_id = report_records.draft_for_period(db, period, today, save=True)
            else:
                rec = report_records.get_report(db, draft_id)
                if (rec.period_kind, rec.year) != (kind, year):
                    raise ValidationError(
                        N_("errors", "Bản nháp số {0} thuộc kỳ {1} năm {2}, không phải kỳ đã chọn."),
                        draft_id, rec.period_kind, rec.year)
            if not report_records.get_report(db, draft_id).is_final:
                changes = changed_figures(db, draft_id, period, today)
                if changes and refresh:
                    refresh_figures(db, draft_id, period, today)
                elif changes and keep_draft:
                    kept = changes
                elif changes:
                    raise FiguresChanged(draft_id, changes)
            gaps = all_gaps(report_records.get_report(db, draft_id).draft)
            digest = finalize_report(db, draft_id, today, number)
    for c in kept:
        print(f"Lưu ý: đã chốt với số liệu của bản nháp: {c.message}.", file=sys.stderr)
    # The command line cannot ask as the window does: it says what the frozen draft still lacked.
    for g in gaps:
        print(f"Lưu ý: {g.message}", file=sys.stderr)
    print(digest)
    return 0
