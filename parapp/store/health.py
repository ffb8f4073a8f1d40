"""`parapp check`: is the database sound, and is it still what ParApp wrote?

Reads only (a read-only connection, so it runs beside a writer and never
waits for one; on read-only media and on a full disk, a private copy with
what the WAL holds). Damage is claimed only when SQLite's integrity check says
so; a database another program holds is "busy" (errors.Busy), never damage; a
full disk is a note, not a problem of the data.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from parapp.core.shell_words import shell_arg
from parapp.core.messages import N_, Msg, ParAppError
from parapp.core.periods import PeriodKind
from parapp.core.report_words import period_phrase
from parapp.store import errors
from parapp.store.connect import FULL, KeptChanging, NoRoomForCopy, connect_for_reading, is_busy, tolerant
from parapp.store.db import check_openable, failure, kept_changing
from parapp.store.evidence import stored_path
from parapp.store.hashing import file_sha256
from parapp.store.read_back import read_back_problems
from parapp.store.schema_check import (blob_problems, foreign_key_problems, integrity_problems, migration_version,
                                       report_problems, schema_problems, settings_problems,
                                       text_problems, unreadable_problems, value_problems)


_DAMAGED = N_("errors", "Cơ sở dữ liệu bị hỏng: {0}. Hãy khôi phục từ bản sao lưu gần nhất.")
_INDEXES = N_("errors", "Chỉ mục của dữ liệu bị lệch với bảng ({0}); dữ liệu trong các bảng vẫn đọc được. Lệnh parapp "
                        "repair --db {1} dựng lại chỉ mục từ các bảng, không mất gì; không cần khôi phục bản sao lưu.")
_SNAPSHOT_INDEXES = N_("errors", "Chỉ mục của bản sao lưu tự động này bị lệch với bảng ({0}); dữ liệu trong các "
                                 "bảng vẫn đọc được. Bản này vẫn khôi phục được: khi khôi phục, chỉ mục được dựng lại "
                                 "từ các bảng, không mất gì.")


@dataclass
class Health:
    problems: list[str]                                 # none: sound
    notes: list[str] = field(default_factory=list)      # worth saying, not wrong with the data (a full disk)


def check_database(db_path: Path, data_dir: Path) -> Health:
    """The problems found, in words (none when the database and its evidence are sound), and notes."""
    db_path = Path(db_path).expanduser()
    check_openable(db_path, write=False)  # missing, 0-byte, not SQLite, not a file: raised as such
    try:
        raw, limited = connect_for_reading(db_path)
    except NoRoomForCopy as exc:
        raise errors.NoRoomToRead.of(exc) from None
    except KeptChanging:
        raise kept_changing() from None
    except (sqlite3.DatabaseError, OSError) as exc:
        said = _failure(exc, db_path)
        # It starts as a SQLite file (check_openable saw to that) yet SQLite cannot read it: damage.
        if isinstance(said, (errors.DatabaseDamaged, errors.NotParAppDatabase)):
            return Health([Msg(_DAMAGED, str(exc))])
        raise said from None
    con = tolerant(raw)
    notes = [errors.DiskFull(str(db_path.parent)).message] if limited == FULL else []
    return Health(_problems(con, db_path, data_dir), notes)


def _problems(con: sqlite3.Connection, db_path: Path, data_dir: Path) -> list[str]:
    try:
        try:
            damage = integrity_problems(con)
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise errors.DatabaseBusy(str(db_path)) from None
            damage = [str(exc)]
        except UnicodeDecodeError as exc:  # SQLite's own message about a damaged schema, not even UTF-8
            damage = [str(exc)]
        if damage:
            from parapp.store.index_rebuild import indexes_out_of_step

            if indexes_out_of_step(con):  # rebuilt losing nothing: not "the last backup", every change since lost (39A)
                from parapp.store.backup import is_automatic_snapshot

                if is_automatic_snapshot(db_path):  # repair refuses a snapshot; its restore rebuilds them
                    return [Msg(_SNAPSHOT_INDEXES, "; ".join(damage))]
                return [Msg(_INDEXES, "; ".join(damage), shell_arg(db_path))]
            return [Msg(_DAMAGED, "; ".join(damage))]
        try:
            version = migration_version(con, str(db_path))
        except ParAppError as exc:
            return [exc.message]
        problems: list[str] = [Msg(N_("errors", "Cấu trúc dữ liệu khác với của ParApp: {0}."), p)
                               for p in schema_problems(con, version)]
        from parapp.store.backup import is_automatic_snapshot

        from parapp.store.backup import snapshot_data_dir

        snapshot = is_automatic_snapshot(db_path)
        its = (shell_arg(db_path), str(snapshot_data_dir(db_path))) if snapshot else None
        problems += [p + "." for p in foreign_key_problems(con, repairable=not snapshot, snapshot=its)]
        problems += [Msg(N_("errors", "Cài đặt: {0}."), p) for p in settings_problems(con)]

        problems += [p + "." for p in blob_problems(con) or text_problems(con, is_automatic_snapshot(db_path))
                     or value_problems(con) or read_back_problems(con)]
        if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reports'").fetchone():
            problems += [Msg(N_("errors", "Báo cáo: {0}."), p) for p in report_problems(con)]
        problems += _evidence_problems(con, data_dir)
        return problems
    except sqlite3.DatabaseError as exc:
        raise _failure(exc, db_path) from None
    except UnicodeDecodeError as exc:
        return [Msg(_DAMAGED, str(exc))]
    finally:
        con.close()


def _evidence_problems(con, data_dir: Path) -> list[str]:
    """Every document a table records (a task's evidence, a PAR INDEX criterion's), each file checked once."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    rows = []
    if "evidence" in tables:
        rows += con.execute("SELECT sha256, original_name, task_id FROM evidence ORDER BY id").fetchall()
    if "par_evidence" in tables:
        rows += [(h, n, None) for h, n in
                 con.execute("SELECT sha256, original_name FROM par_evidence ORDER BY id").fetchall()]
    out: list[str] = []
    seen: dict[str, bool | str] = {}
    for sha, name, task_id in rows:
        if _file_bad(data_dir, sha, seen):
            if seen[sha] is _UNREADABLE:
                out.append(Msg(_UNREADABLE_MSG, name))
            elif not stored_path(data_dir, sha).exists():
                out.append(Msg(N_("errors", "Thiếu tệp kiểm chứng “{0}” của nhiệm vụ {1}."), name, task_id)
                           if task_id is not None
                           else Msg(N_("errors", "Thiếu tệp tài liệu “{0}” của Chỉ số CCHC."), name))
            else:
                out.append(Msg(N_("errors", "Tệp kiểm chứng “{0}” đã bị thay đổi hoặc hỏng."), name))
    if "signed_copies" in tables:
        for sha, name, kind, year in con.execute(
                "SELECT s.sha256, s.original_name, r.period_kind, r.year FROM signed_copies s "
                "JOIN reports r ON r.id = s.report_id ORDER BY s.id").fetchall():
            if _file_bad(data_dir, sha, seen):
                if seen[sha] is _UNREADABLE:
                    out.append(Msg(_UNREADABLE_MSG, name))
                    continue
                missing = not stored_path(data_dir, sha).exists()
                what = period_phrase(PeriodKind(kind), year)
                out.append(Msg(N_("errors", "Thiếu tệp bản đã ký “{0}” của báo cáo {1}.") if missing
                               else N_("errors", "Tệp bản đã ký “{0}” của báo cáo {1} đã bị thay đổi hoặc hỏng."),
                               name, what))
    return out


# A file there but not readable by this account (another Windows or Linux user made the data
# folder, its files private to that user): `check` ended in "Lỗi không mong đợi" (round 13).
_UNREADABLE = "unreadable"
_UNREADABLE_MSG = N_("errors", "Không đọc được tệp “{0}” trong thư mục dữ liệu (không có quyền đọc hoặc ổ đĩa lỗi). "
                               "Hãy mở ParApp bằng tài khoản đã tạo dữ liệu, hoặc nhờ người quản trị máy cấp quyền "
                               "đọc thư mục dữ liệu.")


def _file_bad(data_dir: Path, sha: str, seen: dict[str, bool | str]) -> bool:
    """Missing, unreadable, or no longer its hash: each stored file hashed once, whichever rows record it."""
    if sha not in seen:
        p = stored_path(data_dir, sha)
        try:
            seen[sha] = not p.exists() or file_sha256(p) != sha
        except OSError:
            seen[sha] = _UNREADABLE
    return bool(seen[sha])


def _failure(exc: sqlite3.DatabaseError | OSError, path: Path) -> errors.StoreError:
    return failure(exc, path)


class UnreadableValues(errors.StoreError):
    """A value in the database ParApp cannot read back (a tool other than ParApp changed it): what failed
    is said, with the way back, instead of "Lỗi không mong đợi" and the reader's English."""


def unreadable_values(db_path: Path) -> UnreadableValues | None:
    """After an unexpected failure: the first value ParApp could not read back, or None (also when the
    database cannot be read for this at all: the failure is then said as it was)."""
    read = _tolerantly(db_path, lambda con: (unreadable_problems(con), text_problems(con)))
    if read is None or not read[0]:
        return None
    found, bad_text = read
    gone_bad = found[:1] == bad_text
    if gone_bad:  # a byte gone bad on the disk, which parapp repair mends: not "restore the last good backup" (33A)
        return UnreadableValues(N_("errors", "Tệp dữ liệu “{0}” có chữ bị hỏng trên đĩa ({1}). Dữ liệu không bị thay "
                                             "đổi. Hãy chạy lệnh parapp repair --db {2} (trong cửa sổ: nút “Sửa chỗ "
                                             "chữ hỏng”) rồi làm lại."),
                                str(db_path), found[0], shell_arg(db_path))
    return UnreadableValues(N_("errors", "Tệp dữ liệu “{0}” có giá trị ParApp không đọc được ({1}): có lẽ nó đã bị "
                                         "sửa bằng một chương trình khác. Dữ liệu không bị thay đổi. Hãy khôi phục "
                                         "bản sao lưu gần nhất còn tốt (lệnh parapp restore, hoặc Tệp → Khôi phục… "
                                         "trong cửa sổ); lệnh parapp check --db {2} nêu mọi chỗ như vậy."),
                            str(db_path), found[0], shell_arg(db_path))


def text_gone_bad(db_path: Path) -> str | None:
    """The first place of the data whose text a failing disk left not UTF-8, in words, or None (none, or the data
    cannot be read for this): said after a restore that put back such data as the backup held it (round 34A)."""
    found = _tolerantly(db_path, text_problems)
    return str(found[0]) if found else None


def _tolerantly(db_path: Path, read):
    """`read` of the data opened to read what it can (text as it reads back); None when it cannot be opened or read
    for this at all: the failure it was asked about is then said as it was."""
    try:
        raw, _ = connect_for_reading(Path(db_path))
    except (NoRoomForCopy, KeptChanging, sqlite3.Error, OSError):
        return None
    con = tolerant(raw)
    try:
        return read(con)
    except (sqlite3.Error, ParAppError, UnicodeDecodeError):
        return None
    finally:
        con.close()
