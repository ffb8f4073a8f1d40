"""What a file's migration record says, read with plain SQL: the names ParApp's migrations are
known by, and the schema version a file records. Opening a current database needs no more, so
the migrations themselves (and sqlite-utils under them) are loaded only when one is to run; the
start of the window waits for every module it loads (issue 23)."""

from __future__ import annotations

from parapp.core.messages import N_, Msg
from parapp.store import errors

MIGRATION_SET = "parapp"
MIGRATIONS_TABLE = "_sqlite_migrations"
_MIGRATION_COLUMNS = {"migration_set", "name", "applied_at"}

# Every released migration, in order (parapp/store/migrations/; a test holds the two lists equal).
# A database that applied one not listed is from a newer ParApp.
KNOWN = ['m0001_initial', 'm0002_periods_reports', 'm0003_report_font', 'm0004_evidence_audit',
         'm0005_figures_outputs', 'm0006_par_index', 'm0008_signed_copies', 'm0010_change_log',
         'm0011_register_order', 'm0012_carried_over']


def migration_version(con, path: str) -> int:
    """The schema version recorded in the file; refuses what is not a ParApp record."""
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if MIGRATIONS_TABLE not in names:
        raise errors.NotParAppDatabase(path)
    cols = {r[1] for r in con.execute(f"PRAGMA table_info({MIGRATIONS_TABLE})")}
    if not _MIGRATION_COLUMNS <= cols:
        raise errors.NotParAppDatabase(path)
    rows = [(_read(mset, MIGRATION_SET), _read(name, KNOWN[i] if i < len(KNOWN) else ""))
            for i, (mset, name) in enumerate(con.execute(f"SELECT CAST(migration_set AS BLOB), CAST(name AS BLOB) "
                                                         f"FROM {MIGRATIONS_TABLE} ORDER BY rowid"))]
    applied = [name for mset, name in rows if mset == MIGRATION_SET]
    if not applied or len(applied) != len(rows):
        raise errors.NotParAppDatabase(path)
    unknown = [n for n in applied if n not in KNOWN]
    if unknown:
        raise errors.DatabaseTooNew(path, ", ".join(str(n) for n in unknown))
    if applied != KNOWN[:len(applied)]:
        raise errors.DatabaseDamaged(path, Msg(N_("errors", "bản ghi nâng cấp không theo thứ tự của ParApp")))
    return len(applied)


def _read(raw: bytes | None, known: str) -> str | None:
    """A name of the record as text. One with a byte gone bad on disk (not UTF-8) is the name ParApp wrote there when
    it is that name but the bad bytes: read as "m0\ufffd01_initial" it stopped every open for writing (parapp repair
    too, which mends it) and check said the data came from a newer ParApp (round 33A)."""
    if raw is None:
        return None
    text = raw.decode("utf-8", "replace")
    if "\ufffd" in text and len(text) == len(known) and all(a in (b, "\ufffd") for a, b in zip(text, known)):
        return known
    return text


def nothing_to_migrate(con, version: int) -> bool:
    """True when applying the migrations would change nothing: every one is recorded, and the
    record's table already has the shape sqlite-utils gives it (an `id` key; a record made by an
    older sqlite-utils is reshaped by Migrations.apply, so that one still runs)."""
    if version != len(KNOWN):
        return False
    keys = sorted((r[5], r[1]) for r in con.execute(f"PRAGMA table_info({MIGRATIONS_TABLE})") if r[5])
    return [name for _, name in keys] == ["id"]
