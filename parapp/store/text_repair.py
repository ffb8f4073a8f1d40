"""Text that is not UTF-8 (a byte of the file gone bad inside a task's words, round 30A) made readable again.

Such a value stops the register, every backup and every restore of it (they refuse what ParApp cannot read back), and
the way out offered was the last good backup: all work since lost for one byte, and none at all on the PC whose disk
is failing. The bytes that do not decode are already lost; the rest of the value is kept, each bad byte shown as
"�", and each place named, after an automatic snapshot of the data as it was."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.store.text_known import (as_kept_file, as_known_key, as_known_value, bad_positions, from_change_log,
                                     nearest, with_known_keys)
from parapp.store.text_told import group_told, label_told, log_user_told, par_year, stamp_told

if TYPE_CHECKING:
    from pathlib import Path

    from sqlite_utils import Database

_PASSES = 2  # a second look that finds none: every value mended
UNSEEN = {("par_sets", "source_name")}  # kept by ParApp as a note, shown and edited nowhere; no other record of it


@dataclass(frozen=True)
class Repaired:
    table: str
    column: str
    rowid: int
    text: str  # as it now reads
    retype: bool = False  # a date no byte could be known of: left empty (or, where one is needed, one that fits)
    was: str = ""  # as it read, its bad bytes as "\ufffd" (for a date to retype)
    year: int | None = None  # a PAR criterion's: the year of its set (imported again to mend it: in_par_set)
    unlinked: int | None = None  # a link to this row, no longer there, emptied (store.loose_links)

    @property
    def to_retype(self) -> bool:
        """Not put back exactly: the clerk is to look at it again (a change-log line is not: in_log; nor a note shown
        nowhere: unseen)."""
        return not self.kept and (self.retype or "\ufffd" in self.text)

    @property
    def kept(self) -> bool:
        """Kept with its "\ufffd" and rightly not to retype (said apart, each with what it is)."""
        return self.in_log or self.unseen or self.in_par_set

    @property
    def in_par_set(self) -> bool:
        """A PAR criterion's printed number kept with its "\ufffd" (nothing told it): read from the province's file,
        edited by no window; the file imported again over the set mends it, keeping scores by code (round 39A)."""
        return (self.table, self.column) == ("par_criteria", "label") and "\ufffd" in self.text

    @property
    def unseen(self) -> bool:
        """A note ParApp keeps that no window or printout shows, kept with its "\ufffd" (the name of the file a PAR
        criteria set was imported from): said "gõ lại … trong cửa sổ", the clerk looked for it in vain (round 39A)."""
        return (self.table, self.column) in UNSEEN and "\ufffd" in self.text

    @property
    def in_log(self) -> bool:
        """A change-log line kept with its "\ufffd": no window edits the log (append-only). Said "gõ lại … trong cửa
        sổ", the clerk looked for a place to retype that does not exist (round 38A)."""
        return self.table == "audit_log" and "\ufffd" in self.text


def bad_texts(con: sqlite3.Connection) -> list[tuple[str, str, int, bytes]]:
    """(table, column, rowid, stored bytes) of every text value that is not UTF-8."""
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    saved, con.text_factory = con.text_factory, bytes
    found = []
    try:
        for t in tables:
            for col in [r[1].decode() if isinstance(r[1], bytes) else r[1]
                        for r in con.execute(f"PRAGMA table_info([{t}])")]:
                try:
                    rows = con.execute(f'SELECT rowid, "{col}" FROM [{t}] '  # noqa: S608 - names from the schema
                                       f"WHERE typeof(\"{col}\") = 'text'").fetchall()
                except sqlite3.OperationalError:  # a table of no rowid: not ParApp's, said by check
                    continue
                for rowid, value in rows:
                    try:
                        value.decode("utf-8")
                    except UnicodeDecodeError:
                        found.append((t, col, rowid, value))
    finally:
        con.text_factory = saved
    return found


def unreadable_structure(con: sqlite3.Connection) -> str | None:
    """The name of a table, index or trigger whose stored text (name or SQL) is not UTF-8, or None: damage to the
    structure, which repair does not mend (it re-creates a table's triggers from that text). Said so before anything
    is written: repair failed on it saying "run parapp repair", a snapshot left at each try (round 32A)."""
    saved, con.text_factory = con.text_factory, bytes
    try:
        rows = con.execute("SELECT name, sql FROM sqlite_master").fetchall()
    finally:
        con.text_factory = saved
    for name, sql in rows:
        try:
            name.decode("utf-8")
            (sql or b"").decode("utf-8")
        except UnicodeDecodeError:
            return name.decode("utf-8", "replace")
    return None


def repair_texts(db: Database, data_dir: Path | None = None, told: dict | None = None) -> list[Repaired]:
    """Every such value rewritten with its undecodable bytes as "�", in one transaction; what can be known exactly (a
    finalised report by its hash, a setting's name, an evidence file's hash by the file kept in `data_dir`, a JSON
    brace, a value of a fixed list) is put back as it was. `told`: (table, column, rowid) → the value the layers above
    know it holds (a finalised report's PDF hash, by printing it), put back when it is the stored bytes but the bad."""
    try:
        return _repair_texts(db, data_dir, told or {})
    except sqlite3.IntegrityError as exc:  # a value no rule allows, even mended: "run parapp repair" said of itself
        from parapp.store.errors import DatabaseDamaged

        raise DatabaseDamaged(str(getattr(db, "path", "")), str(exc)) from None
    except sqlite3.OperationalError as exc:  # the disk filled after the snapshot: said as such (round 33B)
        from parapp.store.connect import is_disk_full
        from parapp.store.errors import DiskFull

        if is_disk_full(exc):
            raise DiskFull(os.path.dirname(str(getattr(db, "path", "")))) from None
        raise


def _repair_texts(db: Database, data_dir: Path | None, told: dict) -> list[Repaired]:
    done: dict[tuple[str, str, int], Repaired] = {}
    with db.atomic():
        for _ in range(_PASSES):
            found = bad_texts(db.conn)
            if not found:
                break
            for t in dict.fromkeys(f[0] for f in found):
                # The table's triggers stand aside while its values are mended, and are put back as they were in the
                # same transaction: the change log is append-only (a bad byte in it could never be mended), and its
                # trigger on a task would copy the bad old bytes into a new line of it.
                triggers = db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                           "AND tbl_name = ?", [t]).fetchall()
                for name, _ in triggers:
                    db.conn.execute(f'DROP TRIGGER "{name}"')
                for _t, col, rowid, raw in (f for f in found if f[0] == t):
                    text = (_as_frozen(db.conn, t, col, rowid, raw) or as_known_key(db.conn, t, col, raw)
                            or as_known_value(db.conn, t, col, rowid, raw)
                            or from_change_log(db.conn, t, col, rowid, raw)
                            or log_user_told(db.conn, t, col, rowid, raw)
                            or group_told(db.conn, t, col, rowid, raw)
                            or label_told(db.conn, t, col, rowid, raw)
                            or _as_told(told.get((t, col, rowid)), raw)
                            or as_kept_file(data_dir, t, col, raw) or _as_json(raw)
                            or raw.decode("utf-8", "replace"))
                    if "\ufffd" in text:
                        text = with_known_keys(db.conn, t, col, rowid, text)
                    if "\ufffd" in text and t == "audit_log":
                        text = _log_readable(text)
                    if "\ufffd" in text and _is_date(db.conn, t, col):
                        done.setdefault((t, col, rowid), _as_date(db.conn, t, col, rowid, raw))
                        continue
                    if "\ufffd" in text and (col == "at" or col.endswith("_at")):  # when a row was written
                        text = _as_stamp(db.conn, t, col, rowid, raw) or text
                    try:
                        _put(db.conn, t, col, rowid, text)
                    except sqlite3.IntegrityError:  # a value of a fixed list ("d\ufffdne" is no status)
                        text = _of_the_list(db.conn, t, col, rowid, raw)
                    year = par_year(db.conn, rowid) if (t, col) == ("par_criteria", "label") else None
                    done.setdefault((t, col, rowid), Repaired(t, col, rowid, text, year=year))
                for _, sql in triggers:
                    db.conn.execute(sql)
    return list(done.values())


def _as_told(value: str | None, raw: bytes) -> str | None:
    """`value` when the stored bytes are it but the bad ones."""
    from parapp.store.text_known import bad_positions

    bad = set(bad_positions(raw))
    fits = value is not None and bad and len(value.encode()) == len(raw) and \
        all(a == b or i in bad for i, (a, b) in enumerate(zip(value.encode(), raw)))
    return value if fits else None


def _as_frozen(con: sqlite3.Connection, table: str, column: str, rowid: int, raw: bytes) -> str | None:
    """A finalised report's words exactly as they were frozen, when one byte went bad: its hash tells which byte it
    was. Mended with "�" instead, a frozen report was changed for ever, its hash broken (check: "sửa ngoài ParApp"),
    and a quote gone bad left it unreadable all the same (round 32A). None: not such a report, or not found."""
    import json

    from parapp.core.report_model import content_hash

    if (table, column) != ("reports", "content"):
        return None
    row = con.execute("SELECT content_hash FROM reports WHERE rowid = ? AND state = 'final'", [rowid]).fetchone()
    if not row or not isinstance(row[0], str):
        return None
    try:
        raw.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        start, end = exc.start, exc.end
    # Several bytes gone bad, each a letter with its top bit set: each such byte's own letter (round 33A).
    cleared = bytearray(raw)
    for pos in bad_positions(raw):
        cleared[pos] &= 0x7F
    try:
        text = bytes(cleared).decode("utf-8")
        if content_hash(json.loads(text)) == row[0]:
            return text
    except (UnicodeDecodeError, ValueError, TypeError, RecursionError):
        pass
    for pos in range(max(0, start - 3), min(len(raw), end + 3)):  # the bad byte, or one it made unreadable
        for b in range(256):
            if b == raw[pos]:
                continue
            try:
                text = (raw[:pos] + bytes([b]) + raw[pos + 1:]).decode("utf-8")
                if content_hash(json.loads(text)) == row[0]:
                    return text
            except (UnicodeDecodeError, ValueError, TypeError, RecursionError):
                continue
    return None


def _put(con: sqlite3.Connection, table: str, column: str, rowid: int, text: str | None) -> None:
    con.execute(f'UPDATE [{table}] SET "{column}" = ? WHERE rowid = ?', [text, rowid])  # noqa: S608


def _of_the_list(con: sqlite3.Connection, table: str, column: str, rowid: int, raw: bytes) -> str:
    """The one value the column's rule allows that reads as the stored bytes but the bad one (a status "d\xffne":
    "done"), put back; more than one, or none: the rule's refusal stands (round 32A)."""
    fits = []
    for pos in bad_positions(raw):
        for b in range(0x20, 0x7F):
            text = (raw[:pos] + bytes([b]) + raw[pos + 1:]).decode("utf-8", "replace")
            con.execute("SAVEPOINT fit")
            try:
                _put(con, table, column, rowid, text)
                fits.append(text)
            except sqlite3.IntegrityError:
                pass
            con.execute("ROLLBACK TO fit")
            con.execute("RELEASE fit")
    fits = nearest(raw, fits)
    if len(fits) != 1:
        raise sqlite3.IntegrityError(f"CHECK constraint failed: {table}.{column}")
    _put(con, table, column, rowid, fits[0])
    return fits[0]


def is_date_column(column: str, declared: str) -> bool:
    """A column ParApp keeps a date in (YYYY-MM-DD), by its name and declared type (schema_check's rule too)."""
    return declared == "TEXT" and (column.endswith(("_on", "_date")) or column == "since")


def _is_date(con: sqlite3.Connection, table: str, column: str) -> bool:
    declared = next((r[2] for r in con.execute(f"PRAGMA table_info([{table}])") if r[1] == column), "")
    return is_date_column(column, (declared or "").upper())


def _as_date(con: sqlite3.Connection, table: str, column: str, rowid: int, raw: bytes) -> Repaired:
    """A date with a digit gone bad, as a date again: the one date it can have been (by its digits, or the digit one
    bit away). Left as "2026-0\ufffd-10" it was no date, and every command, the window, the backup and check refused
    the whole data ("không phải một ngày … hãy khôi phục bản sao lưu gần nhất") after repair said it mended it (round
    33A). None known: left empty where it may be (a deadline), else the first date that fits; said, to retype."""
    was = raw.decode("utf-8", "replace")
    fits = [text for pos in bad_positions(raw) for d in "0123456789-"
            if (text := (raw[:pos] + d.encode() + raw[pos + 1:]).decode("utf-8", "replace"))
            and con.execute("SELECT date(?, '+0 days') IS ? AND ? >= '0001'", [text, text, text]).fetchone()[0]]
    fits = nearest(raw, fits)
    if len(fits) == 1:
        _put(con, table, column, rowid, fits[0])
        return Repaired(table, column, rowid, fits[0])
    # A finalised report has its day (its PDF is dated by it: empty, printing it failed, round 33A).
    nullable = not next(r[3] for r in con.execute(f"PRAGMA table_info([{table}])") if r[1] == column) \
        and (table, column) != ("reports", "finalized_on")
    kept: str | None = None if nullable or not fits else sorted(fits)[0]
    _put(con, table, column, rowid, kept)  # NOT NULL with none that fits: the rule's refusal, said as damage
    return Repaired(table, column, rowid, kept or "", retype=True, was=was)


def _as_stamp(con: sqlite3.Connection, table: str, column: str, rowid: int, raw: bytes) -> str | None:
    """When a row was written ('20\ufffd6-12-05 08:47:28'), with the one digit that makes it a time again (the one a
    bit away when several): the change log's dates, a task's "sửa lúc", not for the clerk to retype (round 33A)."""
    import datetime as dt

    fits = []
    for pos in bad_positions(raw):
        for d in "0123456789 -:.T+":
            text = (raw[:pos] + d.encode() + raw[pos + 1:]).decode("utf-8", "replace")
            try:
                dt.datetime.fromisoformat(text)
                fits.append(text)
            except ValueError:
                continue
    near = nearest(raw, fits)
    return near[0] if len(near) == 1 else stamp_told(con, table, column, rowid, fits)  # several: the data tells (35A)


def _log_readable(text: str) -> str:
    """A change-log line whose number no digit can be told of ('"value":1.\ufffd'): the number written as the text it
    reads, so the line reads (the log shows "1.\ufffd"). Left so, check and every backup refused the whole data for one
    digit of the history (round 33A). Other lines unchanged."""
    import json
    import re

    try:
        json.loads(text)
        return text
    except (ValueError, RecursionError):
        pass
    quoted = re.sub(r'(?<=[:\[,])(\s*)(-?[0-9.eE+\-]*\ufffd[0-9.eE+\-\ufffd]*)(?=\s*[,}\]])', r'\1"\2"', text)
    try:
        json.loads(quoted)
        return quoted
    except (ValueError, RecursionError):
        return text


def not_damage(con: sqlite3.Connection, lines: list[str]) -> list[str]:
    """quick_check's lines less "CHECK constraint failed in T" where T holds text gone bad: a byte of a value of a
    fixed list (a status) went bad, said as such and mended by parapp repair, not "restore the last good backup"
    (round 32A). Others kept."""
    failing = [ln for ln in lines if ln.startswith("CHECK constraint failed in ")]
    if not failing:
        return lines
    bad = {f[0] for f in bad_texts(con)}
    return [ln for ln in lines if ln not in failing or ln.removeprefix("CHECK constraint failed in ") not in bad]


def _as_json(raw: bytes) -> str | None:
    """A JSON value (a report's words, its print options, a line of the change log) whose brace or quote went bad: the
    one ASCII byte that makes it an object or a list again. Mended with "�" there, it stayed unreadable while the
    repair said it mended (round 32A). None: no such byte, or more than one would do."""
    import json

    if raw.lstrip()[:1] not in (b"{", b"[") and b'":' not in raw:
        return None
    fits = set()
    for pos in bad_positions(raw):
        for b in range(0x20, 0x7F):
            try:
                text = (raw[:pos] + bytes([b]) + raw[pos + 1:]).decode("utf-8")
                if isinstance(json.loads(text), (dict, list)):
                    fits.add(text)
            except (UnicodeDecodeError, ValueError, RecursionError):
                continue
        # Or a byte of the letter beside it turned, the one where reading stopped or the lead before it ('á' C3 A1
        # read as C3 21, or as 43 A1): as near as the ASCII byte one bit from the C3 (or the A1), taken alone it made
        # "BC!o cáo" of a draft report's title, said "đặt lại đúng như trước khi hỏng" (round 36A). Both fit: the
        # letter is not known, and is said to retype.
        for other in (at for at in range(max(0, pos - 3), min(len(raw), pos + 4)) if at != pos):
            try:
                text = (raw[:other] + bytes([raw[other] ^ 0x80]) + raw[other + 1:]).decode("utf-8")
                if isinstance(json.loads(text), (dict, list)):
                    fits.add(text)
            except (UnicodeDecodeError, ValueError, RecursionError):
                continue
    near = nearest(raw, sorted(fits))  # a digit of a number ('2' read as 0xB2): the one a bit away (round 33A)
    return near[0] if len(near) == 1 else None


