"""parapp figures: the figures a period's report states; set them, or import the
one-stop system's statistics export."""

from __future__ import annotations

import json
from pathlib import Path

from parapp.core.figures import RATE, SOURCE_LABELS
from parapp.core.figures_entry import parse_assignment
from parapp.core.messages import N_, ValidationError
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
    pairs: dict[str, str] = {}
    for a in assignments:  # a malformed one stops everything here
        code, value = parse_assignment(a)
        if pairs.get(code, value) != value:  # keeping the last would drop the other without a word
            raise ValidationError(N_("errors", "Chỉ tiêu {0} được cho hai giá trị khác nhau ({1} và {2}): hãy giữ "
                                               "một."), code, pairs[code], value)
        pairs[code] = value
    with writing(db_path, FIGURES, on_wait=say_waiting) as db:
        stored = set_period_figures(db, kind, year, pairs)
    print(f"Đã lưu {len(stored)} số liệu cho kỳ {kind} năm {year}.")
    return 0


def parse_columns(given: list[str] | None) -> dict[int, str | None]:
    """--column 7=dossiers.resolved_late, --column 14=skip: column numbers as the form prints them (1, 2, 3…)."""
    from parapp.core.figures_import import MEANING_LABELS

    out: dict[int, str | None] = {}
    for g in given or []:
        number, sep, what = g.partition("=")
        what = what.strip()
        if not sep or not number.strip().isdigit() or int(number) < 1 or not what:
            raise ValidationError(N_("errors", "“{0}”: hãy viết --column SỐ_CỘT=MÃ, ví dụ --column 10=late hoặc "
                                               "--column 14=skip."), g)
        if what not in MEANING_LABELS and "." not in what and what != "skip":
            raise ValidationError(N_("errors", "“{0}”: không biết nghĩa “{1}”. Dùng mã chỉ tiêu (như "
                                               "dossiers.resolved_late), một nghĩa của cột ({2}) hoặc skip."),
                                  g, what, ", ".join(MEANING_LABELS))
        meaning = None if what == "skip" else what
        index = int(number) - 1
        if index in out and out[index] != meaning:  # which one the user meant cannot be guessed
            raise ValidationError(N_("errors", "Cột {0} được chọn hai nghĩa khác nhau: hãy chỉ giữ một "
                                               "--column {0}=…."), index + 1)
        out[index] = meaning
    return out


def _column_json(c) -> dict:
    from parapp.core.figures_import import MEANING_CODES

    return {"index": c.index, "number": c.index + 1, "title": c.title, "meaning": c.meaning,
            "indicator": MEANING_CODES.get(c.meaning or "", c.meaning if "." in (c.meaning or "") else None)}


def cmd_figures_import(path: Path, db_path: Path, kind: str | None, year: int | None, *, dry_run: bool,
                       as_json: bool, columns: list[str] | None = None) -> int:
    from parapp.services.figures import check_statistics, import_plan, table_for_period

    chosen = parse_columns(columns)
    result = read_statistics(path)  # exit 2 (Unreadable) when no statistics column is recognised
    opened = reading(db_path, on_wait=say_waiting) if dry_run else writing(db_path, FIGURES, on_wait=say_waiting)
    with opened as db:
        result = table_for_period(db, result, kind, year)
        if chosen:
            result = result.reread(chosen)
        if dry_run:
            plan = import_plan(db, result, kind, year)
            check_statistics(db, plan)  # refused as the import itself would be
        else:
            plan = store_statistics(db, kind, year, result)
    notes = [*result.notes, *plan.notes]
    if as_json:
        print(json.dumps({
            "values": {k: _value_json(v) for k, v in plan.values.items()},
            "period": {"kind": plan.kind, "year": plan.year, "from_file": plan.from_file is not None,
                       "stated": result.stated.text if result.stated else None},
            "columns": [_column_json(c) for c in result.recognised],
            "not_understood": [{"index": c.index, "number": c.index + 1, "title": c.title}
                               for c in result.not_understood],
            "rows_used": str(result.rows_used), "notes": [str(n) for n in notes],
            "stored": not dry_run,
        }, ensure_ascii=False, indent=2))
        return 0
    print(result.rows_used)
    if result.stated:
        print(f"Tệp ghi kỳ báo cáo: {result.stated.text}.")
    for c in result.recognised:
        print(f"  cột {c.index + 1} “{c.title}” → {MEANING_LABELS.get(c.meaning, c.meaning)}")
    for c in result.not_understood:
        print(f"  cột {c.index + 1} “{c.title}” → chưa hiểu, không lấy (chọn bằng --column {c.index + 1}=MÃ)")
    for n in notes:
        print(f"Lưu ý: {n}")
    for code, v in plan.values.items():
        print(f"  {code} = {num(v)}")
    where = f"kỳ {plan.kind} năm {plan.year}" + (" (kỳ ghi trong tệp)" if plan.from_file else "")
    print(f"Chạy thử (--dry-run): chưa ghi gì; sẽ lưu vào {where}." if dry_run
          else f"Đã lưu {len(plan.values)} số liệu cho {where}.")
    return 0
