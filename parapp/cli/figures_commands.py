"""parapp figures: the figures a period's report states; set them, or import the
one-stop system's statistics export."""

from __future__ import annotations

import json
from pathlib import Path

from parapp.core.figures import RATE, SOURCE_LABELS, parse_assignment
from parapp.core.figures_import import MEANING_LABELS
from parapp.core.report_words import num, rate_text
from parapp.cli.waiting import say_waiting
from parapp.store.access import reading, writing
from parapp.services.figures import period_figures, read_statistics, set_period_figures, store_statistics
from parapp.store.writer_lock import FIGURES


def _value_json(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else round(v, 2)  # rates as percentages: 99.43


def cmd_figures(db_path: Path, kind: str, year: int, *, as_json: bool) -> int:
    with reading(db_path, on_wait=say_waiting) as db:
        figs = period_figures(db, kind, year)
    if as_json:
        print(json.dumps([{"code": f.code, "name": f.indicator.name, "unit": f.indicator.unit,
                           "value": _value_json(f.value), "source": f.source.value} for f in figs],
                         ensure_ascii=False, indent=2))
        return 0
    width = max(len(f.indicator.name) for f in figs)
    for f in figs:
        if f.value is None:
            shown = "—"
        else:
            shown = rate_text(f.value) if f.indicator.combine == RATE else f"{num(f.value)} {f.indicator.unit}"
        print(f"{f.indicator.name:<{width}}  {shown:<22} {SOURCE_LABELS[f.source]}")
    return 0


def cmd_figures_set(db_path: Path, kind: str, year: int, assignments: list[str]) -> int:
    pairs = dict(parse_assignment(a) for a in assignments)  # a malformed one stops everything here
    with writing(db_path, FIGURES, on_wait=say_waiting) as db:
        stored = set_period_figures(db, kind, year, pairs)
    print(f"Đã lưu {len(stored)} số liệu cho kỳ {kind} năm {year}.")
    return 0


def cmd_figures_import(path: Path, db_path: Path, kind: str, year: int, *, dry_run: bool, as_json: bool) -> int:
    result = read_statistics(path)  # exit 2 (Unreadable) when no statistics column is recognised
    opened = reading(db_path, on_wait=say_waiting) if dry_run else writing(db_path, FIGURES, on_wait=say_waiting)
    with opened as db:
        if not dry_run:
            store_statistics(db, kind, year, result)
    if as_json:
        print(json.dumps({
            "values": {k: _value_json(v) for k, v in result.values.items()},
            "columns": [{"index": c.index, "title": c.title, "meaning": c.meaning} for c in result.recognised],
            "rows_used": str(result.rows_used), "notes": [str(n) for n in result.notes],
            "stored": not dry_run,
        }, ensure_ascii=False, indent=2))
        return 0
    print(result.rows_used)
    for c in result.recognised:
        print(f"  cột “{c.title}” → {MEANING_LABELS.get(c.meaning, c.meaning)}")
    for n in result.notes:
        print(f"Lưu ý: {n}")
    for code, v in result.values.items():
        print(f"  {code} = {num(v)}")
    print("Chạy thử (--dry-run): chưa ghi gì." if dry_run else f"Đã lưu {len(result.values)} số liệu cho kỳ {kind} năm "
                                                               f"{year}.")
    return 0
