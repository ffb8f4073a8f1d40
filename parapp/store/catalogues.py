"""Areas and criteria codes in the database, loaded from the shipped files."""

from __future__ import annotations

from typing import NamedTuple, TYPE_CHECKING

from parapp.store.sql import inserted_id

if TYPE_CHECKING:
    from sqlite_utils import Database

    from parapp.core.catalogue import Catalogue

# parapp.core.catalogue (the shipped files' dataclasses and their reader) is imported where it is
# used: the register's area list, on the way to the first page, reads only the database.


def sync_catalogues(db: Database, catalogues: list[Catalogue] | None = None) -> None:
    """Add what the shipped catalogues have and the database lacks.

    Never deletes or renames: tasks point at areas, and a plan's history must
    keep the names it was made with.
    """
    from parapp.core.catalogue import shipped_catalogues

    catalogues = catalogues if catalogues is not None else shipped_catalogues()
    if not _lacks(db, catalogues):
        # The usual open: everything is there already. Told by one read, without the transaction below,
        # whose db.atomic() loads sqlite-utils (a tenth of a second of the window's start, issue 23).
        return
    with db.atomic():
        for cat in catalogues:
            row = db.execute("SELECT id FROM catalogues WHERE code = ?", [cat.code]).fetchone()
            if row:
                cat_id = row[0]
            else:
                cat_id = inserted_id(db.execute(
                    "INSERT INTO catalogues (code, name, year_from, year_to) VALUES (?, ?, ?, ?)",
                    [cat.code, cat.name, cat.year_from, cat.year_to],
                ))
            for area in cat.areas:
                row = db.execute(
                    "SELECT id FROM areas WHERE catalogue_id = ? AND code = ?", [cat_id, area.code]
                ).fetchone()
                if row:
                    area_id = row[0]
                else:
                    area_id = inserted_id(db.execute(
                        "INSERT INTO areas (catalogue_id, code, name, ordinal, leadership) VALUES (?, ?, ?, ?, ?)",
                        [cat_id, area.code, area.name, area.ordinal, int(area.leadership)],
                    ))
                for crit in area.criteria:
                    db.execute(
                        "INSERT OR IGNORE INTO criteria (area_id, code, name) VALUES (?, ?, ?)",
                        [area_id, crit.code, crit.name],
                    )


def _lacks(db: Database, catalogues: list[Catalogue]) -> bool:
    """Whether the database lacks a catalogue, an area or a criterion code the shipped files have
    (what sync_catalogues would add: it matches on codes alone, as here)."""
    have: set[tuple[str, ...]] = set()
    for cat, area, crit in db.execute(
            """SELECT c.code, a.code, r.code FROM catalogues c
               LEFT JOIN areas a ON a.catalogue_id = c.id LEFT JOIN criteria r ON r.area_id = a.id"""):
        have.update(((cat,), (cat, area), (cat, area, crit)))
    wanted: list[tuple[str, ...]] = [(cat.code,) for cat in catalogues]
    wanted += [(cat.code, area.code) for cat in catalogues for area in cat.areas]
    wanted += [(cat.code, area.code, crit.code) for cat in catalogues for area in cat.areas for crit in area.criteria]
    return not have.issuperset(wanted)


class AreaRow(NamedTuple):
    id: int
    catalogue_code: str
    code: str
    name: str
    ordinal: int
    leadership: bool


def list_areas(db: Database, catalogue_code: str | None = None) -> list[AreaRow]:
    sql = """SELECT a.id, c.code, a.code, a.name, a.ordinal, a.leadership
             FROM areas a JOIN catalogues c ON c.id = a.catalogue_id"""
    params: list = []
    if catalogue_code:
        sql += " WHERE c.code = ?"
        params.append(catalogue_code)
    sql += " ORDER BY c.year_from DESC, a.ordinal"
    return [AreaRow(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in db.execute(sql, params)]


def catalogue_code_for_year(year: int | None) -> str:
    from parapp.core.catalogue import catalogue_for_year, shipped_catalogues

    return catalogue_for_year(shipped_catalogues(), year).code


def catalogue_id(db: Database, code: str) -> int | None:
    row = db.execute("SELECT id FROM catalogues WHERE code = ?", [code]).fetchone()
    return row[0] if row else None


def area_id_for_code(db: Database, catalogue_code: str, par_code: str) -> int | None:
    """The area a criterion code belongs to, in the given catalogue."""
    from parapp.core.catalogue import area_code_of

    head = area_code_of(par_code)
    if not head:
        return None
    row = db.execute(
        """SELECT a.id FROM areas a JOIN catalogues c ON c.id = a.catalogue_id
           WHERE c.code = ? AND a.code = ?""",
        [catalogue_code, head],
    ).fetchone()
    return row[0] if row else None
