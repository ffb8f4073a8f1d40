"""What parapp repair can know exactly of a value a byte of which went bad on disk: the one value of a list ParApp
keeps (a setting's name or word, a report's period, the shipped catalogue, the record of upgrades) or that the row or
the data folder tells (a finalised report's hash, an evidence file's hash). Kept apart from store/text_repair.py."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def bad_positions(raw: bytes) -> list[int]:
    """Where each byte sequence that is not UTF-8 starts: the byte gone bad (an ASCII byte with its top bit set) or
    one it left unfinished."""
    out: list[int] = []
    at = 0
    while at < len(raw) and len(out) < 8:  # a value with more is not guessed at
        try:
            raw[at:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            out.append(at + exc.start)
            at += exc.end
    return out


def nearest(raw: bytes, fits: list[str]) -> list[str]:
    """The values that fit, or, when several do, the one each of whose bad bytes is a byte of it with one bit turned
    (a failing disk or memory turns a bit: 'q' 0x71 read as 0xF1). A figure's period 'q1' with its 'q' gone bad fits
    'q1' and 'h1', and repair refused the data as damaged after check had said repair would mend it (round 33A)."""
    fits = list(dict.fromkeys(fits))
    if len(fits) < 2:
        return fits
    near = [f for f in fits if one_bit(f, raw)]
    return near if len(near) == 1 else fits


def one_bit(value: str, raw: bytes) -> bool:
    """`raw` is the value's bytes, each with at most one bit turned."""
    return len(value.encode()) == len(raw) and all(bin(a ^ b).count("1") <= 1 for a, b in zip(value.encode(), raw))


def letters_at(value: str, places) -> set[int]:
    """The byte positions of the value's letters that hold any of `places` (a Vietnamese letter's two or three)."""
    out: set[int] = set()
    at = 0
    for ch in value:
        span = range(at, at + len(ch.encode()))
        if any(p in span for p in places):
            out.update(span)
        at = span.stop
    return out


def from_change_log(con: sqlite3.Connection, table: str, column: str, rowid: int, raw: bytes) -> str | None:
    """The value as the change log's last line of the row wrote it, when it is the stored bytes but near the bad ones:
    a task's words, a report's dates, each as it was typed. Mended with "\ufffd", a finalised report's day was gone
    for good (no window sets it again: its PDF failed, "a final report has its finalising day"), a sent report read as
    not sent (round 33A). None: no such line, or it says another value (changed since without a line)."""
    import json

    if table == "audit_log":
        return None
    try:
        if table == "settings" and column == "value":
            logged = _setting_logged(con, rowid)
        else:
            row = con.execute("SELECT CAST(after AS BLOB) FROM audit_log WHERE entity = ? AND entity_id = ? "
                              "AND after IS NOT NULL ORDER BY id DESC LIMIT 1", [table, rowid]).fetchone()
            logged = json.loads(row[0].decode("utf-8")).get(column) if row and row[0] else None
    except (sqlite3.OperationalError, UnicodeDecodeError, ValueError, AttributeError, RecursionError):
        return None  # no change log (an older schema), or its line itself unreadable
    if not isinstance(logged, str) or len(logged.encode()) != len(raw):
        return None
    bad = bad_positions(raw)
    near = all(a == b or any(abs(i - p) <= 3 for p in bad) for i, (a, b) in enumerate(zip(logged.encode(), raw)))
    return logged if bad and near else None


def _setting_logged(con: sqlite3.Connection, rowid: int):
    """The value the change log's last line of a setting wrote: a line of the settings names the setting, not the row
    (the commune's name, its chairman's: "Ph��m Văn Thật" was left to retype, printed on every report until then,
    34A). None: no such line, or the setting's name itself unreadable."""
    import json

    key = con.execute("SELECT key FROM settings WHERE rowid = ?", [rowid]).fetchone()
    lines = con.execute("SELECT CAST(after AS BLOB) FROM audit_log WHERE entity = 'settings' AND after IS NOT NULL "
                        "ORDER BY id DESC").fetchall() if key else []
    for (after,) in lines:
        try:
            written = json.loads(after.decode("utf-8")) if after else None
        except (UnicodeDecodeError, ValueError, RecursionError):
            continue  # a line gone bad itself says nothing of which value was last
        if isinstance(written, dict) and key[0] in written:
            return written[key[0]]
    return None


def with_known_keys(con: sqlite3.Connection, table: str, column: str, rowid: int, text: str) -> str:
    """A JSON object whose name of a field went bad ('{"\ufffdc": […]}', a finalised report's "Nơi nhận"): the field
    named as the other rows name theirs (a change-log line: as its table's columns). Readable, the option was silently
    not there: the report printed otherwise than it was finalised (round 33A). The text unchanged otherwise."""
    import json

    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return text
    if not isinstance(value, dict) or not any("\ufffd" in k for k in value):
        return text
    known: set[str] = set()
    for other in (_other_values(con, table, column, rowid)[:200] if table != "audit_log" else ()):
        try:
            loaded = json.loads(other)
        except (ValueError, RecursionError):
            continue
        known.update(loaded if isinstance(loaded, dict) else ())
    if table == "audit_log":
        entity = con.execute("SELECT CAST(entity AS BLOB) FROM audit_log WHERE rowid = ?", [rowid]).fetchone()
        name = entity[0].decode("utf-8", "replace") if entity and entity[0] else ""
        if name.isidentifier():
            known.update(r[1] for r in con.execute(f"PRAGMA table_info([{name}])"))
        if name == "settings":  # a line of the settings names each setting it changed
            from dataclasses import fields

            from parapp.store.settings import OTHER_KEYS, PREF, PREF_KEYS, CommuneSettings

            known.update([f.name for f in fields(CommuneSettings)] + [PREF + k for k in PREF_KEYS] + list(OTHER_KEYS))
    for key in [k for k in value if "\ufffd" in k]:
        fits = [n for n in known - set(value) if len(n) == len(key)
                and all(a == b or a == "\ufffd" for a, b in zip(key, n))]
        bad = json.dumps(key, ensure_ascii=False)
        if len(fits) == 1 and text.count(bad) == 1:
            text = text.replace(bad, json.dumps(fits[0], ensure_ascii=False))
    return text


def as_known_key(con: sqlite3.Connection, table: str, column: str, raw: bytes) -> str | None:
    """A setting's name with a byte gone bad: the one name ParApp reads that is the stored bytes but the bad ones, and
    not there already. As "comm�ne_name" the setting was never read again: the commune's name gone (round 32A)."""
    from dataclasses import fields

    from parapp.store.settings import OTHER_KEYS, PREF, PREF_KEYS, WORKING_AS, CommuneSettings

    if (table, column) != ("settings", "key"):
        return None
    bad = set(bad_positions(raw))
    # The preferences as they are kept ("pref.language"), the calendar's pattern, and who a computer user works as
    # (the user's name after the prefix): round 32A knew "language", never kept so (round 33A).
    names = [f.name for f in fields(CommuneSettings)] + [PREF + k for k in PREF_KEYS] + list(OTHER_KEYS)
    user = raw[len(WORKING_AS):].decode("utf-8", "replace")
    if len(raw) > len(WORKING_AS) and "\ufffd" not in user:
        names.append(WORKING_AS + user)
    fits = [n for n in names if len(n.encode()) == len(raw)
            and all(a == b or i in bad for i, (a, b) in enumerate(zip(n.encode(), raw)))
            and not con.execute("SELECT 1 FROM settings WHERE key = ?", [n]).fetchone()]
    return fits[0] if len(fits) == 1 else None


def as_known_value(con: sqlite3.Connection, table: str, column: str, rowid: int, raw: bytes) -> str | None:
    """A value ParApp writes from a list of its own (a report's period, a setting kept as a word or an official's id)
    or that the row itself tells (a finalised report's hash, its period): the one that is the stored bytes but the
    bad ones (one bit away when several). Mended with "�", a report's period stopped `reports`, check and every backup,
    a hash made the frozen report "altered outside ParApp" for ever, and a setting no clerk types ('\ufffdhairman', the
    signer) was no setting at all (round 33A). None: not such a value, or not known."""
    fits = as_known_among(_known_values(con, table, column, rowid), raw)
    return fits[0] if len(fits) == 1 else None


def as_known_among(known: list[str], raw: bytes) -> list[str]:
    """The values of `known` that are the stored bytes but the bad ones (the one a bit away, when several do)."""
    if not known:
        return []
    bad = set(bad_positions(raw))
    fits = [v for v in known if len(v.encode()) == len(raw)
            and all(a == b or i in bad for i, (a, b) in enumerate(zip(v.encode(), raw)))]
    if not fits:  # a byte of the letter around where reading stopped: 'ă' C4 83 with a bit turned reads 44 83, and
        # stops at the 83; a shipped criterion's name was left "vD�n bản" to retype (round 36A). That letter's bytes
        # only: any byte within three let 'tasks' fit a change-log line's 'pl\xffns', said exact (round 37A)
        fits = [v for v in known if len(v.encode()) == len(raw)
                and all(a == b or i in letters_at(v, bad) for i, (a, b) in enumerate(zip(v.encode(), raw)))]
    return nearest(raw, fits)


def _known_values(con: sqlite3.Connection, table: str, column: str, rowid: int) -> list[str]:
    import json

    from parapp.core.messages import LANGUAGES
    from parapp.core.periods import PRESETS, PeriodKind
    from parapp.core.report_model import content_hash
    from parapp.store.settings import NAMING, NUMBERING, WORKING_AS

    def read(sql: str, *args) -> object:
        try:
            row = con.execute(sql, args).fetchone()
            return json.loads(row[0]) if row and isinstance(row[0], str) else None
        except (ValueError, RecursionError, sqlite3.OperationalError):  # not readable itself
            return None

    if (table, column) == ("reports", "period_kind"):
        content = read("SELECT content FROM reports WHERE rowid = ?", rowid)
        kind = content.get("period", {}).get("kind") if isinstance(content, dict) else None
        kinds = [k.value for k in PeriodKind]
        return [kind] if kind in kinds else kinds
    if (table, column) == ("tasks", "search_text"):  # made of the task's words: none to retype
        from parapp.store.tasks import _SEARCHED, _search_text

        cols = ", ".join(f'CAST("{c}" AS BLOB)' for c in _SEARCHED)
        row = con.execute(f"SELECT {cols} FROM tasks WHERE rowid = ?", [rowid]).fetchone()  # noqa: S608
        return [_search_text({c: (v or b"").decode("utf-8", "replace") for c, v in zip(_SEARCHED, row)})] if row else []
    if column == "period_kind":  # a basis document's, a proposal's, a figure's period
        return [k.value for k in PeriodKind]
    if (table, column) == ("audit_log", "entity"):  # a table's name: a plan's one line was read as a task's (37A)
        return [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if isinstance(r[0], str)] + _other_values(con, table, column, rowid) + ["restore"]
    if (table, column) == ("audit_actor", "os_user"):  # who writes now: this computer's user, or one the log names
        import getpass

        # Left "ro\ufffdt", the clerk was told to retype what no window shows, ParApp's next line rewriting it (38A).
        # As change_log writes it (imported, the store's modules made a cycle).
        try:
            users = [getpass.getuser()]
        except Exception:  # noqa: BLE001 - no user name (a service account): none written
            users = [""]
        return users + _other_values(con, "audit_log", "os_user", 0)
    if (table, column) in _OTHER_ROWS_TELL:
        return _other_values(con, table, column, rowid) + list(_OTHER_ROWS_TELL[(table, column)])
    if (table, column) == ("figures", "code"):
        from parapp.core.figures import shipped_indicators

        return [i.code for i in shipped_indicators().indicators] + _other_values(con, "indicators", "code", 0)
    if (table, column) == ("reports", "content_hash"):
        content = read("SELECT content FROM reports WHERE rowid = ? AND state = 'final'", rowid)
        return [content_hash(content)] if isinstance(content, dict) else []
    if table in ("catalogues", "areas", "criteria"):
        return _shipped(con, table, column, rowid)
    if table == "_sqlite_migrations" and column in ("name", "migration_set"):
        from parapp.store.migration_record import KNOWN, MIGRATION_SET

        if column == "migration_set":
            return [MIGRATION_SET]
        at = con.execute("SELECT count(*) FROM _sqlite_migrations WHERE rowid < ?", [rowid]).fetchone()[0]
        return [KNOWN[at]] if at < len(KNOWN) else []
    if (table, column) == ("units", "name"):  # the commune's offices, named in its settings
        offices = read("SELECT value FROM settings WHERE key = 'offices'")
        one_stop = con.execute("SELECT value FROM settings WHERE key = 'one_stop_unit'").fetchone()
        return [v for v in (offices if isinstance(offices, list) else []) if isinstance(v, str)] + \
            ([one_stop[0]] if one_stop and isinstance(one_stop[0], str) else [])
    if (table, column) != ("settings", "value"):
        return []
    row = con.execute("SELECT key FROM settings WHERE rowid = ?", [rowid]).fetchone()
    key = row[0] if row else None
    if key in ("signer", "pref.letter_signer"):  # who signs reports; who signed the last urging letter
        vices = read("SELECT value FROM settings WHERE key = 'vice_chairmen'")
        return ["chairman"] + [f"vice:{v}" for v in (vices if isinstance(vices, list) else []) if isinstance(v, str)]
    if key == "office_official_id" or (isinstance(key, str) and key.startswith(WORKING_AS)):
        # The official a computer user last said they were, chosen from a list: "gõ lại" of it (round 36A)
        return [str(r[0]) for r in con.execute("SELECT id FROM officials")]
    lists = {"numbering": NUMBERING, "report_naming": NAMING, "report_persons": ("0", "1"),
             "period_preset": (*PRESETS, "custom"), "pref.language": LANGUAGES,
             "pref.reminders": ("on", "off"), "pref.reminders_tray": ("on", "off")}
    return list(lists.get(key, ())) if isinstance(key, str) else []


# Columns whose values are ParApp's words, few and repeated: the change log's action.
# A finalised report's font (the PDF's own names: "Lỗi … phông “Li\ufffderation Serif” … máy này không có phông đó",
# never printed again, round 33A).
_OTHER_ROWS_TELL = {("audit_log", "action"): ("insert", "update", "delete", "restore"),
                    ("reports", "font"): ("Times New Roman", "Liberation Serif")}


def _other_values(con: sqlite3.Connection, table: str, column: str, rowid: int) -> list[str]:
    """The readable values the column holds in other rows."""
    out = []
    try:
        rows = con.execute(f'SELECT DISTINCT CAST("{column}" AS BLOB) FROM [{table}] '  # noqa: S608 - known names
                           f"WHERE rowid <> ? AND typeof(\"{column}\") = 'text'", [rowid]).fetchall()
    except sqlite3.OperationalError:  # an older schema without it
        return []
    for (raw,) in rows:
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return out


def _shipped(con: sqlite3.Connection, table: str, column: str, rowid: int) -> list[str]:
    """The codes or names of the catalogue ParApp ships that such a row can hold: its areas (and their criteria) are
    found by the codes of the rows above it. Never renamed by an open, "20\ufffd6-2020" was a catalogue of its own
    for ever, the shipped one added again beside it (round 33A)."""
    from parapp.core.catalogue import shipped_catalogues

    cats = shipped_catalogues()
    if column not in ("code", "name"):
        return []
    if table == "catalogues":
        found: list = list(cats)
    elif table == "areas":
        row = con.execute("SELECT c.code FROM areas a JOIN catalogues c ON c.id = a.catalogue_id WHERE a.rowid = ?",
                          [rowid]).fetchone()
        found = [a for c in cats if row and c.code == row[0] for a in c.areas]
    else:
        row = con.execute("SELECT c.code, a.code FROM criteria r JOIN areas a ON a.id = r.area_id "
                          "JOIN catalogues c ON c.id = a.catalogue_id WHERE r.rowid = ?", [rowid]).fetchone()
        found = [r for c in cats if row and c.code == row[0] for a in c.areas if a.code == row[1] for r in a.criteria]
    # The row's other column, when it reads, tells which one it is: an area's code "A" gone bad fits every one-letter
    # code, its name only one.
    other = "name" if column == "code" else "code"
    value = con.execute(f"SELECT CAST({other} AS BLOB) FROM [{table}] WHERE rowid = ?", [rowid]).fetchone()  # noqa: S608
    try:
        told = value[0].decode("utf-8") if value and value[0] is not None else None
    except UnicodeDecodeError:
        told = None
    named = [x for x in found if getattr(x, other) == told]
    return [getattr(x, column) for x in (named or found)]


def as_kept_file(data_dir: Path | None, table: str, column: str, raw: bytes) -> str | None:
    """An evidence file's (or a signed copy's) recorded hash with a byte gone bad: the one hex digit that names a file
    ParApp keeps in evidence/. Mended with "�", the file there was "Thiếu tệp kiểm chứng" for ever, and the clerk told
    to retype a hash (round 32A)."""
    from parapp.store.archive_format import EVIDENCE_TABLES
    from parapp.store.evidence import stored_path

    if data_dir is None or table not in EVIDENCE_TABLES or column != "sha256" or len(raw) != 64:
        return None
    bad = bad_positions(raw)
    if len(bad) != 1:
        return None
    fits = [text for d in "0123456789abcdef"
            if (text := (raw[:bad[0]] + d.encode() + raw[bad[0] + 1:]).decode("utf-8", "replace"))
            and _is_file(stored_path(data_dir, text))]
    return fits[0] if len(fits) == 1 else None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a folder this account may not enter: not found here
        return False
