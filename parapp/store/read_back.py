"""Values ParApp reads back through its own parsers, read so before a database is trusted.

schema_check's column rules see types (a whole number, a date); these see what ParApp makes of the
value: a month is 1 to 12, a figure a finite number, a report's text and print options what
Draft.from_json and PrintOptions.from_json take, a signed copy's signatures and a change-log row
JSON objects. A crafted backup with a period rule's month 13, a figure 'zz' or a change-log row '{'
was restored with exit 0 (`check` 0), and then `periods`, `reports`, `figures` and the window's pages
(Tổng quan, Báo cáo, Số liệu, Nhật ký) ended in "Lỗi không mong đợi" at every opening (round 10)."""

from __future__ import annotations

import dataclasses
import json
import math
import string
import types
import typing
from collections.abc import Callable, Iterator

from parapp.core.messages import N_, Msg

# period_rules: (columns, SQL that is true of a value ParApp never writes). The deadline is a day or
# a number of days after the window (parse_deadline_cell: 1 to 90), never both absent in a row ParApp
# writes, but reading tolerates that (the window's end).
_DAY = "NOT ({0} BETWEEN 1 AND 31)"
_MONTH = "NOT ({0} BETWEEN 1 AND 12)"
_OFFSET = "{0} NOT IN (-1, 0, 1)"
_RULES = {
    "start_day": _DAY, "end_day": _DAY, "start_month": _MONTH, "end_month": _MONTH,
    "start_offset": _OFFSET, "end_offset": _OFFSET, "enabled": "{0} NOT IN (0, 1)",
    "deadline_day": "{0} IS NOT NULL AND " + _DAY, "deadline_month": "{0} IS NOT NULL AND " + _MONTH,
    "deadline_offset": "{0} IS NOT NULL AND " + _OFFSET,
    "days_after_end": "{0} IS NOT NULL AND NOT ({0} BETWEEN 0 AND 366)",
}


def _bad(table: str, column: str, value: object, what: str) -> Msg:
    return Msg(N_("errors", "bảng {0}, cột {1} ghi “{2}”, {3}"), table, column, str(value)[:40], Msg(what))


def _columns(con) -> set[tuple[str, str]]:
    """(table, column) of every table: an older schema lacks some of those read here."""
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {(t, r[1]) for t in tables for r in con.execute(f"PRAGMA table_info([{t}])")}


def _schedule(con, have: set[tuple[str, str]]) -> Iterator[Msg]:
    for col, rule in _RULES.items():
        if ("period_rules", col) not in have:
            continue
        row = con.execute(f"SELECT {col} FROM period_rules WHERE {rule.format(col)} LIMIT 1").fetchone()  # noqa: S608
        if row:
            yield _bad("period_rules", col, row[0], N_("errors", "không phải ngày, tháng hay số ngày ParApp ghi"))
            return


def _figures(con) -> Iterator[Msg]:
    # A number, finite: text there ('zz') stopped every sum of the year ("unsupported operand type(s)").
    # Not bounded by today's MAX_VALUE: an older ParApp stored larger counts, and they read back.
    row = con.execute("SELECT value FROM figures WHERE value IS NOT NULL AND (typeof(value) NOT IN ('integer', "
                      "'real') OR abs(value) > 1.7976931348623157e308) LIMIT 1").fetchone()
    if row:
        yield _bad("figures", "value", row[0], N_("errors", "không phải một số liệu"))


# JSON nested deeper than this is not ParApp's (a draft, the deepest it writes, is 7 levels; a change-log row
# 1, or a draft's sections in it). Deeper, the readers' recursion fails: a log row 1,990 deep passed
# SQLite's json_valid (its limit is 2,000) and the Nhật ký page raised RecursionError at every opening.
MAX_DEPTH = 100


def _too_deep(text: object) -> bool:
    """Nested past MAX_DEPTH, counted without recursing (brackets inside strings are text)."""
    if not isinstance(text, str):
        return False
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def _json_rows(con, table: str, column: str, parse: Callable[[object], object]) -> Iterator[Msg]:
    for (raw,) in con.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"):  # noqa: S608
        try:
            if _too_deep(raw):
                raise ValueError("nested too deep")
            parse(json.loads(raw))
        except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError):
            # RecursionError: '[[[[…' 50,000 deep (json.loads) or sections nested 400 deep (_fits) ended the
            # restore gate and `check` in "Lỗi không mong đợi: maximum recursion depth exceeded" (round 11).
            yield _bad(table, column, raw, N_("errors", "không đọc được"))
            return


def _object(value: object) -> None:
    if not isinstance(value, dict):
        raise TypeError(type(value).__name__)


def _signatures(value: object) -> None:
    if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
        raise TypeError(type(value).__name__)


def _fits(value: object, hint: object) -> bool:
    """Is `value` of the type its dataclass field declares? from_json takes {"title": 5} and the
    paragraphs [1, 2]; the PDF and Word writers then failed on them ("'int' object has no attribute")."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is typing.Any:
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, a) for a in args)
    if hint is type(None):
        return value is None
    if origin in (list, tuple):
        return isinstance(value, origin) and all(_fits(v, args[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict) and all(isinstance(k, str) for k in value)
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return all(_fits(getattr(value, f.name), hints[f.name]) for f in dataclasses.fields(hint))
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)  # type: ignore[arg-type]


def _typed(value: object, cls: type) -> None:
    if not _fits(value, cls):
        raise TypeError(cls.__name__)


def _draft(value: object) -> None:
    import datetime as dt

    from parapp.core.periods import PeriodKind
    from parapp.core.report_model import Draft

    _object(value)
    draft = Draft.from_json(value)  # type: ignore[arg-type]
    _typed(draft, Draft)
    dt.date.fromisoformat(draft.generated_on)
    for gap in draft.gaps:
        _template(gap.template, len(gap.args))
    period = draft.period  # as `periods --json` prints it: the kind, the year and three days
    PeriodKind(period["kind"])
    _typed(period["year"], int)
    for key in ("window_start", "window_end", "deadline"):
        dt.date.fromisoformat(period[key])


def _template(template: str, args: int) -> None:
    """A gap's text is formatted with its words each time the editor, `report draft` or a finalisation
    lists it: '{5}' with no words, 'a { b' or '{0:>900000000}' ended them in "Lỗi không mong đợi" (round
    11). ParApp writes only plain slots, {0} to {n-1}, as N_() strings have them."""
    for _, field, spec, conversion in string.Formatter().parse(template):
        if field is not None and (not field.isdigit() or int(field) >= args or spec or conversion):
            raise ValueError(field)


def _print_options(value: object) -> None:
    from parapp.document.options import PrintOptions

    _object(value)
    _typed(PrintOptions.from_json(value), PrintOptions)  # type: ignore[arg-type]


_JSON = (("reports", "content", _draft), ("reports", "print_options", _print_options),
         ("signed_copies", "signatures", _signatures))


def _log(con, have: set[tuple[str, str]]) -> Iterator[Msg]:
    """The change log's before and after: a JSON object or nothing. In SQL: a commune's log grows by a row a
    change, hundreds of thousands over the years, and is read on every restore and `check`."""
    for col in ("before", "after"):
        if ("audit_log", col) not in have:
            continue
        # In the same pass, rows long enough and with brackets enough to be nested past MAX_DEPTH, whose
        # depth is then counted in Python (few: a commune's rows are short and flat).
        deep = (f"length({col}) > {2 * MAX_DEPTH} AND "
                f"length({col}) - length(replace(replace({col}, '[', ''), '{{', '')) > {MAX_DEPTH}")
        rows = con.execute(f"SELECT {col}, CASE WHEN json_valid({col}) THEN json_type({col}) != 'object' ELSE 1 END "  # noqa: S608
                           f"FROM audit_log WHERE {col} IS NOT NULL AND (CASE WHEN json_valid({col}) THEN "
                           f"json_type({col}) != 'object' ELSE 1 END OR ({deep}))")
        row = next((r for r in rows if r[1] or _too_deep(r[0])), None)
        if row:
            yield _bad("audit_log", col, row[0], N_("errors", "không đọc được"))
            return


def _plan_years(con) -> Iterator[Msg]:
    # validate_plan has taken 2000–2100 only since the first plan was written; a year no spin box holds
    # (3000000000) made the plan's "Sửa…" raise OverflowError, and one it clamps (-1, 9999) was saved back
    # as 2000 or 2100, the plan's tasks losing their areas, by an OK on a dialog nobody changed (round 11).
    from parapp.core.years import YEAR_MAX, YEAR_MIN

    row = con.execute("SELECT year FROM plans WHERE NOT (year BETWEEN ? AND ?) LIMIT 1",
                      (YEAR_MIN, YEAR_MAX)).fetchone()
    if row:
        yield _bad("plans", "year", row[0], N_("errors", "không phải năm ParApp ghi (từ 2000 đến 2100)"))


def _par_codes(con) -> Iterator[Msg]:
    # A task's criterion code is matched with LIKE (par_index_evidence.matching_tasks_sql): ParApp writes
    # digits and dots (validate_task, at most MAX_LINE = 500 characters, since the first task); one past
    # SQLite's 50,000-byte LIKE pattern made the PAR page's "Lập kế hoạch khắc phục…" raise "LIKE or GLOB
    # pattern too complex", and a % or _ in it would match codes it is not (round 11).
    row = con.execute("SELECT par_code FROM tasks WHERE length(par_code) > 500 OR instr(par_code, '%') "
                      "OR instr(par_code, '_') LIMIT 1").fetchone()
    if row:
        yield _bad("tasks", "par_code", row[0], N_("errors", "không phải mã tiêu chí ParApp ghi"))


def read_back_problems(con) -> list[str]:
    """The first value ParApp could not read back, in a sentence; [] when there is none."""
    have = _columns(con)
    found: list[Iterator[Msg]] = [_schedule(con, have)]
    if ("figures", "value") in have:
        found.append(_figures(con))
    if ("plans", "year") in have:
        found.append(_plan_years(con))
    if ("tasks", "par_code") in have:
        found.append(_par_codes(con))
    found += [_json_rows(con, t, c, parse) for t, c, parse in _JSON if (t, c) in have]
    found.append(_log(con, have))
    for problems in found:
        for p in problems:
            return [p]
    return []
