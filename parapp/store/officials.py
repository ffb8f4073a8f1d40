"""Units and officials. An official who leaves is made inactive, never
deleted: tasks and their history still name them."""

from __future__ import annotations

from typing import Any, NamedTuple, TYPE_CHECKING

from parapp.core.messages import N_
from parapp.core.vntext import clean, fold, sort_key
from parapp.store.sql import inserted_id, now_stamp
from parapp.store.errors import NotFound

if TYPE_CHECKING:
    from sqlite_utils import Database


class OfficialRow(NamedTuple):
    id: int
    full_name: str
    position: str
    unit_id: int | None
    unit_name: str
    phone: str
    active: bool

    @property
    def label(self) -> str:
        return f"{self.full_name} ({self.position})" if self.position else self.full_name


def _unit_key(name: str) -> str:
    """An office's name however typed again: any case, any dash, any spacing (diacritics kept)."""
    return " ".join(name.lower().replace("\u2013", " ").replace("\u2014", " ").replace("-", " ").split())


def get_or_create_unit(db: Database, name: str) -> int:
    name = clean(name)
    row = db.execute("SELECT id FROM units WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    # Typed again in another case or with another dash ("Phòng văn hóa - xã hội"), it made a second office, and the
    # urging letter went to both, each with half the tasks (round 21C).
    key = _unit_key(name)
    for unit_id, other in db.execute("SELECT id, name FROM units ORDER BY active DESC, id"):
        if _unit_key(other) == key:
            return unit_id
    return inserted_id(db.execute("INSERT INTO units (name) VALUES (?)", [name]))


def commune_offices(db: Database) -> list[str]:
    """The commune's offices in its own order, its one-stop unit, then any other unit in use."""
    from parapp.store.settings import load_settings

    s = load_settings(db)
    first = [*s.offices, s.one_stop_unit]
    return first + [name for _, name in list_units(db) if name not in first]


def office_spelled(db: Database, text: str, offices: list[str]) -> str:
    """`text` in the spelling of the office among `offices` (or the units in use) it names however typed ("phòng
    kinh tế", "Văn phòng HĐND - UBND"), else as typed: a spelling of its own made the office a row of its own in the
    overview and the plan's "Chủ trì" (a fresh-eyes walk, round 41)."""
    key = fold(_unit_key(clean(text)))  # typed without its marks too: "phong kinh te" (a fresh-eyes re-walk, round 43)
    if not key:
        return text
    for name in [*offices, *(n for _, n in list_units(db))]:
        if name and fold(_unit_key(name)) == key:
            return name
    return text


def list_units(db: Database) -> list[tuple[int, str]]:
    return db.execute("SELECT id, name FROM units WHERE active = 1 ORDER BY name").fetchall()


def add_official(db: Database, data: dict[str, Any]) -> int:
    from parapp.core.validation import validate_official  # the writing side's rules: not loaded to read the list

    v = validate_official({"position": "", "phone": "", **data})
    now = now_stamp()
    return inserted_id(db.execute(
        """INSERT INTO officials (full_name, position, unit_id, phone, active, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [v["full_name"], v["position"], v.get("unit_id"), v["phone"], int(v.get("active", True)), now, now],
    ))


def update_official(db: Database, official_id: int, data: dict[str, Any]) -> None:
    from parapp.core.validation import validate_official

    v = validate_official(data)
    if not v:
        return
    if "active" in v:
        v["active"] = int(bool(v["active"]))
    cols = ", ".join(f"{k} = ?" for k in v)
    cur = db.execute(
        f"UPDATE officials SET {cols}, updated_at = ? WHERE id = ?",
        [*v.values(), now_stamp(), official_id],
    )
    if cur.rowcount == 0:
        raise NotFound(N_("errors", "cán bộ"), official_id)


_SELECT = """SELECT o.id, o.full_name, o.position, o.unit_id, COALESCE(u.name, ''), o.phone, o.active
             FROM officials o LEFT JOIN units u ON u.id = o.unit_id"""


def list_officials(db: Database, *, include_inactive: bool = True) -> list[OfficialRow]:
    sql = _SELECT + ("" if include_inactive else " WHERE o.active = 1")
    rows = [_official(r) for r in db.execute(sql)]
    # SQLite orders by code points ("Đinh" after "Võ"); a Vietnamese list is in the alphabet's order.
    return sorted(rows, key=lambda o: (not o.active, sort_key(o.full_name)))


def get_official(db: Database, official_id: int) -> OfficialRow:
    r = db.execute(_SELECT + " WHERE o.id = ?", [official_id]).fetchone()
    if not r:
        raise NotFound(N_("errors", "cán bộ"), official_id)
    return _official(r)


def _official(r) -> OfficialRow:
    return OfficialRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]))


def open_tasks_led(db: Database, official_id: int) -> int:
    """How many tasks not yet done (nor dropped) the official leads: what marking them as left leaves without a
    chaser (the urging letter and the meeting lists skip a lead who has left)."""
    # Work carried into next year is chased there (its successor): counted, it made "16" where the register and
    # the overview said 13 (a fresh-eyes walk, round 43).
    return db.execute("SELECT COUNT(*) FROM tasks WHERE lead_official_id = ? AND status IN ('not_started', "
                      "'in_progress') AND carried_to IS NULL", [official_id]).fetchone()[0]


def office_in_use(db: Database, name: str) -> tuple[int, int]:
    """How many officials, and tasks it leads, the office of that exact name holds."""
    row = db.execute("SELECT id FROM units WHERE name = ?", [clean(name)]).fetchone()
    if not row:
        return 0, 0
    return tuple(db.execute("SELECT (SELECT COUNT(*) FROM officials WHERE unit_id = ?), (SELECT COUNT(*) FROM tasks "
                            "WHERE lead_unit_id = ?)", [row[0], row[0]]).fetchone())


def move_office(db: Database, old: str, new: str) -> None:
    """An office renamed in the settings: its officials and the tasks it leads go under the new name (each change
    logged), the old name is left out of the offices a letter goes to; who was responsible when keeps it."""
    row = db.execute("SELECT id FROM units WHERE name = ?", [clean(old)]).fetchone()
    if not row:
        return
    new_id = get_or_create_unit(db, new)
    if new_id == row[0]:  # the same office's spelling corrected ("Phòng kinh tế" → "Phòng Kinh tế"): it takes it
        db.execute("UPDATE units SET name = ?, active = 1 WHERE id = ?", [clean(new), new_id])
        return
    now = now_stamp()
    db.execute("UPDATE units SET active = 1 WHERE id = ?", [new_id])  # a name used before, and left: in use again
    db.execute("UPDATE officials SET unit_id = ?, updated_at = ? WHERE unit_id = ?", [new_id, now, row[0]])
    # The task log's triggers keep no lead office (schema 5's columns): each task's move is written here, so its
    # history and the change log say it went to the new name (round 23B left it unlogged).
    db.execute("INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after) "
               "SELECT strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), (SELECT os_user FROM audit_actor WHERE "
               "id = 1), (SELECT official_id FROM audit_actor WHERE id = 1), 'tasks', id, id, 'update', "
               "json_object('lead_unit_id', lead_unit_id), json_object('lead_unit_id', ?) FROM tasks "
               "WHERE lead_unit_id = ? ORDER BY id", [new_id, row[0]])
    db.execute("UPDATE tasks SET lead_unit_id = ?, updated_at = ? WHERE lead_unit_id = ?", [new_id, now, row[0]])
    db.execute("UPDATE units SET active = 0 WHERE id = ?", [row[0]])
