"""The signed copy of a finalised report: the digitally signed PDF that came back, or a scan of
the paper signed in ink. The file is kept in the data folder under its content hash, exactly as
evidence is (store/evidence.py), so backups carry it and `check` verifies it; the row records
who signed and when, as read from the signatures when it was attached. Rows are never changed
or deleted: attaching again adds a row, and the latest one is the report's signed copy."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from parapp.store.sql import inserted_id, now_stamp
from parapp.store.evidence import keep_file, stored_path

if TYPE_CHECKING:
    from sqlite_utils import Database

DIGITAL, SCAN = "digital", "scan"


@dataclass
class SignedCopy:
    id: int
    report_id: int
    kind: str                  # DIGITAL or SCAN
    sha256: str
    size: int
    original_name: str
    signed_by: str
    signed_at: str | None      # ISO 8601 with its offset, as the signature states it
    chain_known: bool | None   # None for a scan
    signatures: list[dict] = field(default_factory=list)
    added_at: str = ""

    def path(self, data_dir: Path) -> Path:
        return stored_path(data_dir, self.sha256)


_COLS = "id, report_id, kind, sha256, size, original_name, signed_by, signed_at, chain_known, signatures, added_at"


def _copy(r) -> SignedCopy:
    return SignedCopy(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], None if r[8] is None else bool(r[8]),
                      json.loads(r[9] or "[]"), r[10])


def add(db: Database, data_dir: Path, report_id: int, source: Path, kind: str, *, signed_by: str = "",
        signed_at: str | None = None, chain_known: bool | None = None, signatures: list[dict] | None = None
        ) -> SignedCopy:
    """Keep the file under its hash, then record it; the caller holds the transaction."""
    source = Path(source)
    digest, size = keep_file(data_dir, source)
    rid = inserted_id(db.execute(
        "INSERT INTO signed_copies (report_id, kind, sha256, size, original_name, original_path, signed_by, "
        "signed_at, chain_known, signatures, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [report_id, kind, digest, size, source.name, str(source.resolve()), signed_by, signed_at,
         None if chain_known is None else int(chain_known), json.dumps(signatures or [], ensure_ascii=False),
         now_stamp()]))
    return get(db, rid)


def get(db: Database, copy_id: int) -> SignedCopy:
    return _copy(db.execute(f"SELECT {_COLS} FROM signed_copies WHERE id = ?", [copy_id]).fetchone())


def latest_for(db: Database, report_id: int) -> SignedCopy | None:
    r = db.execute(f"SELECT {_COLS} FROM signed_copies WHERE report_id = ? ORDER BY id DESC LIMIT 1",
                   [report_id]).fetchone()
    return _copy(r) if r else None


def latest_by_report(db: Database) -> dict[int, SignedCopy]:
    """Every report's current signed copy, by report id."""
    out: dict[int, SignedCopy] = {}
    for r in db.execute(f"SELECT {_COLS} FROM signed_copies ORDER BY id"):
        c = _copy(r)
        out[c.report_id] = c
    return out
