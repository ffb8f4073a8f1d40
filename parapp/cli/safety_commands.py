"""parapp backup / restore / check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from parapp.core.messages import ParAppError
from parapp.datadir import data_dir_for
from parapp.store import open_database
from parapp.store.archive import restore_backup, write_backup
from parapp.store.backup import check_file
from parapp.store.evidence import file_sha256, list_evidence, stored_path
from parapp.store.settings import load_settings


def cmd_backup(db_path: Path, folder: Path) -> int:
    db = open_database(db_path)
    try:
        out = write_backup(db.conn, data_dir_for(db_path), folder, commune=load_settings(db).commune_name)
    finally:
        db.close()
    print(out)
    return 0


def cmd_restore(backup: Path, db_path: Path) -> int:
    m = restore_backup(backup, db_path, data_dir_for(db_path))
    print(f"Đã khôi phục {db_path} từ {backup.name} (sao lưu lúc {m.created}, {m.commune or 'chưa đặt tên xã'}).")
    return 0


def cmd_check(db_path: Path) -> int:
    """0 when sound; 1 with the problems in words otherwise. Writes nothing."""
    problems: list[str] = []
    if not db_path.is_file():
        print(f"Không thấy tệp dữ liệu {db_path}.")
        return 1
    damage = check_file(db_path, full=True)
    if damage:
        print(f"Cơ sở dữ liệu bị hỏng: {damage}. Hãy khôi phục từ bản sao lưu gần nhất.")
        return 1
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"{len(fk)} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {fk[0][0]}).")
    finally:
        con.close()
    try:
        from parapp.store.db import _check_identity  # noqa: PLC2701 - the same test the app runs on open
        from sqlite_utils import Database

        ro = Database(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True))
        try:
            _check_identity(ro, db_path)
            data_dir = data_dir_for(db_path)
            for e in list_evidence(ro) if "evidence" in ro.table_names() else []:
                p = stored_path(data_dir, e.sha256)
                if not p.exists():
                    problems.append(f"Thiếu tệp kiểm chứng “{e.original_name}” của nhiệm vụ {e.task_id}.")
                elif file_sha256(p) != e.sha256:
                    problems.append(f"Tệp kiểm chứng “{e.original_name}” đã bị thay đổi hoặc hỏng.")
        finally:
            ro.close()
    except ParAppError as exc:
        problems.append(exc.message)
    if problems:
        for p in problems:
            print(p)
        return 1
    print(f"{db_path}: dữ liệu nguyên vẹn.")
    return 0
