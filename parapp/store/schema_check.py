"""Is this file what ParApp itself would have written? Object by object.

A backup's checksums only say its members were not changed after it was
made; a crafted backup can carry a consistent manifest over any database. So
a database is trusted only when:

- its migration record names a prefix of ParApp's own migrations (no other
  set, no unknown name, none missing), giving its schema version N;
- its schema (every table, index, trigger and view in sqlite_master) is
  exactly what applying ParApp's first N migrations to an empty database
  creates: the reference is built in memory from the migrations themselves,
  so it can never drift from them;
- integrity_check and foreign_key_check are clean;
- every finalised report still matches its stored hash;
- every document file it records is named by a SHA-256 (64 hex digits): the name is the file's
  place in the evidence folder, and a "hash" like "../../x" named a file anywhere on the PC.

Only SQLite's own bookkeeping (sqlite_stat*) and the migration table that
sqlite-utils manages (whose exact DDL depends on the sqlite-utils version
that created it) are compared by their columns rather than by their text.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.core.messages import N_, Msg
from parapp.store.read_back import read_back_problems
from parapp.store.migration_record import MIGRATIONS_TABLE, migration_version  # noqa: F401 - re-exported
from parapp.store.schema import KNOWN, migrations
from parapp.store.text_repair import bad_texts, is_date_column
from parapp.store.workspace import sqlite_utils_database

if TYPE_CHECKING:
    from sqlite_utils import Database

_SQLITE_BOOKKEEPING = re.compile(r"^sqlite_(stat\d|sequence)$")


@dataclass(frozen=True)
class SchemaObject:
    type: str
    name: str
    tbl_name: str
    sql: str | None


def _norm(sql: str | None) -> str | None:
    """SQL compared without regard to layout (ALTER TABLE re-spaces what it edits)."""
    if sql is None:
        return None
    s = re.sub(r"\s+", " ", sql).strip()
    return re.sub(r"\s*([(),;=])\s*", r"\1", s)


def schema_objects(con) -> dict[str, SchemaObject]:
    return {r[1]: SchemaObject(r[0], r[1], r[2], _norm(r[3]))
            for r in con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")}


def _reference_db(version: int) -> Database:
    ref = sqlite_utils_database(sqlite3.connect(":memory:"))
    migrations.apply(ref, stop_before=KNOWN[version] if version < len(KNOWN) else None)
    return ref


@functools.lru_cache(maxsize=8)
def reference_schema(version: int) -> dict[str, SchemaObject]:
    """What ParApp's first `version` migrations create, built in memory."""
    ref = _reference_db(version)
    try:
        return schema_objects(ref.conn)
    finally:
        ref.close()


def schema_problems(con, version: int) -> list[str]:
    """Differences from ParApp's own schema for `version`, one sentence per object."""
    want = reference_schema(version)
    have = schema_objects(con)
    ours = _migration_indexes(have)
    out: list[str] = []
    for name, obj in sorted(have.items()):
        if _SQLITE_BOOKKEEPING.match(name):
            continue
        if obj.tbl_name == MIGRATIONS_TABLE and (obj.type == "table" or name in ours):
            continue
        ref = want.get(name)
        if ref is None:
            out.append(Msg(N_("errors", "có {0} lạ “{1}” mà ParApp không tạo"), _kind(obj.type), name))
        elif ref.type != obj.type:
            out.append(Msg(N_("errors", "“{0}” là {1} thay vì {2}"), name, _kind(obj.type), _kind(ref.type)))
        elif (ref.tbl_name, ref.sql) != (obj.tbl_name, obj.sql):
            out.append(Msg(N_("errors", "{0} “{1}” khác với của ParApp{2}"), _kind(obj.type), name,
                           _column_diff(con, name, version) if obj.type == "table" else ""))
    for name, ref in sorted(want.items()):
        if name not in have and ref.tbl_name != MIGRATIONS_TABLE:
            out.append(Msg(N_("errors", "thiếu {0} “{1}”"), _kind(ref.type), name))
    return out


def _migration_indexes(have: dict[str, SchemaObject]) -> dict[str, SchemaObject]:
    """sqlite-utils' plain indexes on its migration table (not partial, not on expressions)."""
    return {n: o for n, o in have.items()
            if o.type == "index" and o.tbl_name == MIGRATIONS_TABLE
            and (o.sql is None or " WHERE " not in o.sql.upper())}


def _kind(t: str) -> str:
    return {"table": N_("errors", "bảng"), "index": N_("errors", "chỉ mục"), "trigger": N_("errors", "trigger"),
            "view": N_("errors", "khung nhìn (view)")}.get(t, t)


def _column_diff(con, table: str, version: int) -> str:
    ref = _reference_db(version)
    try:
        want = [r[1] for r in ref.execute(f"PRAGMA table_info([{table}])")]
        have = [r[1] for r in con.execute(f"PRAGMA table_info([{table}])")]
    except sqlite3.DatabaseError:
        return ""
    finally:
        ref.close()
    extra = [c for c in have if c not in want]
    missing = [c for c in want if c not in have]
    parts = ([Msg(N_("errors", "thừa cột {0}"), ", ".join(extra))] if extra else []) + \
            ([Msg(N_("errors", "thiếu cột {0}"), ", ".join(missing))] if missing else [])
    return f" ({'; '.join(parts)})" if parts else ""


def integrity_problems(con, *, full: bool = True, limit: int = 5) -> list[str]:
    rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchmany(limit)
    result = "; ".join(r[0] for r in rows)
    return [] if result == "ok" else [result]


def foreign_key_problems(con, *, repairable: bool = True, snapshot: tuple[str, str] | None = None) -> list[str]:
    """`repairable` False: said of what repair is not run on (a backup restored). `snapshot`: an automatic snapshot
    (the way back, never repaired itself) as the shell names it, and its data folder: restored into that folder's
    data (the only data it restores into with such a link), the link is mended."""
    from parapp.store.loose_links import loose_links

    rows = con.execute("PRAGMA foreign_key_check").fetchmany(1000)
    if not rows:
        return []
    loose = loose_links(con) if repairable or snapshot else None
    if loose:  # emptied by a repair as a removal empties it: not "the last backup", all work since lost (round 41A)
        first = loose[0]
        if snapshot:  # the generic "tham chiếu … không còn tồn tại" gave no way out (round 42A)
            return [Msg(_SNAPSHOT_LOOSE_LINK, len(loose), first.table, first.column, first.rowid, first.missing,
                        *snapshot)]
        return [Msg(_LOOSE_LINK, len(loose), first.table, first.column, first.rowid, first.missing)]
    return [Msg(N_("errors", "{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1})"), len(rows), rows[0][0])]


_LOOSE_LINK = N_("errors", "{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1}, cột {2}, dòng {3} trỏ tới "
                           "dòng {4} không còn); lệnh parapp repair bỏ liên kết đó như khi dòng kia bị xóa, không mất "
                           "gì khác")
_SNAPSHOT_LOOSE_LINK = N_("errors", "{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1}, cột {2}, dòng {3} "
                                    "trỏ tới dòng {4} không còn). Bản sao lưu tự động này không sửa trực tiếp được "
                                    "(giữ để quay lại), nhưng vẫn khôi phục được vào dữ liệu của thư mục {6} (parapp "
                                    "restore {5} --db <tệp dữ liệu trong thư mục đó>): sau đó lệnh parapp repair --db "
                                    "<tệp dữ liệu đó> bỏ liên kết đó như khi dòng kia bị xóa, không mất gì khác")


def report_problems(con, *, values: bool = True) -> list[str]:
    """`values` False: a finalised report whose words went bad on disk (not UTF-8) is that value, not an alteration:
    the way back `parapp repair` printed was refused for it (round 32A)."""
    from parapp.store.report_records import altered_finals
    from parapp.store.text_repair import bad_texts

    gone_bad = set() if values else {f[2] for f in bad_texts(con) if f[:2] == ("reports", "content")}
    return [Msg(N_("errors", "báo cáo đã chốt số {0} ({1} năm {2}) không còn khớp mã băm lúc chốt: nội dung đã bị sửa "
                             "ngoài ParApp"), rid, kind, year)
            for rid, kind, year in altered_finals(con) if rid not in gone_bad]


def file_name_problems(con) -> list[str]:
    from parapp.store.archive_format import EVIDENCE_TABLES

    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for t in EVIDENCE_TABLES:
        if t in tables:
            # SQLite's text functions stop at a NUL and pass a BLOB: the type and the byte length
            # are checked first, so '<64 hex digits>\0/../x' and X'ff…' are refused too.
            row = con.execute(f"SELECT original_name, sha256 FROM {t} WHERE typeof(sha256) != 'text' "  # noqa: S608
                              "OR length(CAST(sha256 AS BLOB)) != 64 OR sha256 GLOB '*[^0-9a-f]*' "
                              "LIMIT 1").fetchone()
            if row:
                return [Msg(N_("errors", "tệp kiểm chứng “{0}” ghi mã “{1}”, không phải mã SHA-256 ParApp đặt cho "
                                         "tệp"), row[0], str(row[1]).replace("\x00", "␀")[:80])]
            # A size that is not a whole number of bytes ('abc', a BLOB, 1.5): with the file left out of the
            # backup nothing compared it, the restore passed, and every backup after it failed on it.
            row = con.execute(f"SELECT original_name, size FROM {t} WHERE typeof(size) != 'integer' "  # noqa: S608
                              "OR size < 0 LIMIT 1").fetchone()
            if row:
                return [Msg(N_("errors", "tệp kiểm chứng “{0}” ghi kích thước “{1}”, không phải một số byte"),
                            row[0], str(row[1]).replace("\x00", "␀")[:40])]
            row = con.execute(f"SELECT sha256 FROM {t} WHERE typeof(original_name) != 'text' LIMIT 1").fetchone()  # noqa: S608
            if row:  # a BLOB for a name: the window's copy to open it, and its lists, expect text
                return [Msg(N_("errors", "tệp kiểm chứng mã “{0}” ghi tên không phải chữ"), str(row[0])[:64])]
    return []


def blob_problems(con) -> list[str]:
    """ParApp declares no BLOB column and never stores bytes: a BLOB in a restored database is not
    ParApp's. Readers expect the column's own type; a BLOB where a name, a date or a period was put
    by a crafted backup was restored with exit 0, then `tasks`, `reports` or the window failed on it."""
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for t in tables:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info([{t}])")]
        if not cols:
            continue
        kinds = ", ".join(f'typeof("{c}")' for c in cols)
        where = " OR ".join(f"typeof(\"{c}\") = 'blob'" for c in cols)
        row = con.execute(f"SELECT {kinds} FROM [{t}] WHERE {where} LIMIT 1").fetchone()  # noqa: S608
        if row:
            col = cols[list(row).index("blob")]
            return [Msg(N_("errors", "bảng {0}, cột {1} chứa dữ liệu nhị phân, loại ParApp không bao giờ ghi"),
                        t, col)]
    return []


_BAD_TEXT = N_("errors", "bảng {0}, cột {1}, dòng {2} có chữ bị hỏng, không đọc được (không phải UTF-8); lệnh parapp "
                        "repair sửa được chỗ đó mà không mất gì khác")


# An automatic snapshot is never written into (repair refuses it: it is the way back); its restore takes the words as
# they are and then names the repair of the data it went into. "lệnh parapp repair sửa được" of it sent the clerk to a
# command that refuses it (round 40A).
_SNAPSHOT_BAD_TEXT = N_("errors", "bảng {0}, cột {1}, dòng {2} của bản sao lưu tự động này có chữ bị hỏng, không đọc "
                                  "được (không phải UTF-8). Bản này không sửa trực tiếp được (giữ để quay lại), nhưng "
                                  "vẫn khôi phục được: sau khi khôi phục, lệnh parapp repair --db <tệp dữ liệu đã khôi "
                                  "phục vào> sửa chỗ đó mà không mất gì khác")


def is_bad_text(problem) -> bool:
    """A problem text_problems names: mended by parapp repair, not by a restore."""
    return getattr(problem, "template", None) in (_BAD_TEXT, _SNAPSHOT_BAD_TEXT)


def is_repairable(problem) -> bool:
    """Mended by parapp repair in the data itself (not a snapshot): text gone bad, a link to a row no longer there."""
    return getattr(problem, "template", None) in (_BAD_TEXT, _LOOSE_LINK)


def text_problems(con, snapshot: bool = False) -> list[str]:
    """Text that is not UTF-8: a byte of the file gone bad inside a task's content or a name. SQLite's integrity check
    passes (the page is sound) and the check's reader replaces what it cannot decode: `check` said "nguyên vẹn", the
    backup and its restore took it, and the task list ended in "Lỗi không mong đợi: Could not decode to UTF-8" (30A).
    `snapshot`: said of an automatic snapshot, mended only once restored."""
    return [Msg(_SNAPSHOT_BAD_TEXT if snapshot else _BAD_TEXT, t, col, rowid)
            for t, col, rowid, _ in bad_texts(con)[:1]]


def _columns(con) -> list[tuple[str, str, str]]:
    """(table, column, declared type) of every table but SQLite's own."""
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return [(t, r[1], (r[2] or "").upper()) for t in tables for r in con.execute(f"PRAGMA table_info([{t}])")]


def value_problems(con) -> list[str]:
    """Values ParApp reads back as numbers, dates and periods, as ParApp writes them: a whole number in
    an INTEGER column, a real date (YYYY-MM-DD) in a date column, a period ParApp knows. A crafted backup
    with 'zz' there was restored with exit 0, and `tasks` or `reports` then ended in "Lỗi không mong đợi"."""
    from parapp.core.periods import PeriodKind

    kinds = ", ".join(f"'{k.value}'" for k in PeriodKind)
    for t, c, declared in _columns(con):
        checks = []
        if declared == "INTEGER":
            checks.append((f"typeof(\"{c}\") NOT IN ('integer', 'null')", N_("errors", "không phải số nguyên")))
        elif is_date_column(c, declared):
            # '+0 days' makes SQLite carry an impossible day over (2026-02-30 → 2026-03-02): not equal then.
            # SQLite's calendar has a year 0 that Python's has not: '0000-01-01' passed, and the register,
            # `tasks` and `remind` ended in "year 0 is out of range" (round 11).
            checks.append((f"\"{c}\" IS NOT NULL AND (coalesce(date(\"{c}\", '+0 days') != \"{c}\", 1) "
                           f"OR \"{c}\" < '0001')",
                           N_("errors", "không phải một ngày")))
        elif (t, c) in (("reports", "period_kind"), ("period_rules", "kind")):  # elsewhere '' is ParApp's own
            checks.append((f"\"{c}\" NOT IN ({kinds})", N_("errors", "không phải kỳ báo cáo ParApp biết")))
        elif c == "print_options":
            checks.append((f"\"{c}\" IS NOT NULL AND NOT json_valid(\"{c}\")", N_("errors", "không đọc được")))
        for where, what in checks:
            row = con.execute(f"SELECT \"{c}\" FROM [{t}] WHERE {where} LIMIT 1").fetchone()  # noqa: S608
            if row:
                return [Msg(N_("errors", "bảng {0}, cột {1} ghi “{2}”, {3}"), t, c, str(row[0])[:40], Msg(what))]
    return []


def settings_problems(con) -> list[str]:
    """Settings ParApp could not read back (store/settings.unreadable_settings)."""
    from parapp.store.settings import unreadable_settings

    if not con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").fetchone():
        return []
    bad = unreadable_settings(con.execute("SELECT key, value FROM settings"))
    return [Msg(N_("errors", "cài đặt “{0}” ghi giá trị mà ParApp không đọc được"), bad[0])] if bad else []


def unreadable_problems(con) -> list[str]:
    """The first value ParApp could not read back (settings, bytes, a column's type, read_back's rules):
    what the restore gate refuses beyond the schema and the files. A backup asks it of its own copy."""
    return (settings_problems(con) or blob_problems(con) or text_problems(con) or value_problems(con)
            or read_back_problems(con))


_DOCUMENTS = ("evidence", "par_evidence", "signed_copies")  # archive_format.EVIDENCE_TABLES


def _mended(con) -> sqlite3.Connection | None:
    """A copy in memory of the data with its text gone bad mended as `parapp repair` mends it, or None (it cannot)."""
    from pathlib import Path

    from parapp.core.messages import ParAppError
    from parapp.store.connect import tolerant
    from parapp.store.text_repair import repair_texts
    from parapp.store.workspace import Workspace

    copy = sqlite3.connect(":memory:")
    try:
        con.backup(copy)
        repair_texts(Workspace(copy, Path(":memory:"), readonly=False))
    except (sqlite3.Error, ParAppError, UnicodeDecodeError):
        copy.close()
        return None
    return tolerant(copy)


def meaning_problems(con, path: str, *, expected_version: int | None = None, values: bool = True,
                     text_gone_bad: bool = False) -> tuple[int, list[str]]:
    """(schema version, problems): everything above, on an open connection. `values` False: a value ParApp cannot read
    is no problem here (a snapshot of the folder's own data, put back as it was: round 31A). `text_gone_bad`: text a
    failing disk left not UTF-8 is no problem either (a restore: parapp repair mends it once the data is back; refused,
    a backup an older ParApp made of such data was lost whole for one byte of a task's words, round 34A)."""
    version = migration_version(con, path)
    if expected_version is not None and version != expected_version:
        return version, [Msg(N_("errors", "cơ sở dữ liệu có cấu trúc số {0} nhưng manifest ghi {1}"),
                             version, expected_version)]
    problems = schema_problems(con, version)
    if problems:  # a schema not ours is not worth reading further
        return version, problems
    problems += integrity_problems(con)
    if problems:
        return version, problems
    # `values` False (the folder's own snapshot, put back as it was): a link a removal empties, pointing nowhere, is as
    # the data was; refused, the way back `parapp repair` printed when it emptied it was refused too (round 41A).
    from parapp.store.loose_links import loose_links

    if values or not loose_links(con):
        problems += foreign_key_problems(con, repairable=not text_gone_bad)  # a restore's refusal: nothing to repair
    problems += file_name_problems(con)
    # Not in the rows naming the documents: the restore reads them before any repair (which files to write).
    gone_bad = {f[0] for f in bad_texts(con)} if values and text_gone_bad else set()
    if gone_bad and not gone_bad & set(_DOCUMENTS):
        mended = _mended(con)  # the values asked of the data as repair will leave it (a crafted 'zz' refused still)
        if mended is not None:  # else refused as before: restored, data repair cannot mend would replace the clerk's
            try:
                return version, meaning_problems(mended, path, expected_version=expected_version)[1]
            finally:
                mended.close()
    if values:
        problems += settings_problems(con)
        problems += blob_problems(con) or text_problems(con)
        problems += value_problems(con) if not problems else []
        problems += read_back_problems(con) if not problems else []
    if "reports" in reference_schema(version):
        problems += report_problems(con, values=values)
    return version, problems
