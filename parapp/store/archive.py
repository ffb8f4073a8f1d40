"""The "Sao lưu ra USB" file: one .parapp-backup zip holding the database
snapshot, the evidence files and a manifest with a SHA-256 for every member.

Written beside its final name (the database copy and the zip both), then
renamed when complete, so a full or removed USB stick never leaves a
half-written file under the final name; what a kill leaves is removed by the
next backup into that folder. The name carries the second it was made, and a
backup never replaces an existing file. Verifying a backup is
store/archive_verify.py; restoring one is store/restore.py.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from parapp import __version__
from parapp.core.messages import N_, ParAppError
from parapp.core.vntext import fold
from parapp.store.atomic import fsync_file, rename_no_replace
from parapp.store.backup import check_file, snapshot
from parapp.store.connect import connect_readonly
from parapp.store.evidence import EVIDENCE_DIR, stored_path
from parapp.store.leftovers import clean_backup_folder
from parapp.store.schema import MIGRATION_SET

SUFFIX = ".parapp-backup"
MANIFEST = "manifest.json"
DB_MEMBER = "parapp.db"
Progress = Callable[[int, int], None]


class BackupError(ParAppError):
    pass


@dataclass
class Manifest:
    app_version: str
    schema_version: int
    commune: str
    created: str
    members: dict[str, str]  # name → sha256


# Tasks' documents, the PAR INDEX criteria's, and the signed copies of finalised reports.
EVIDENCE_TABLES = ("evidence", "par_evidence", "signed_copies")


def recorded_files(con) -> dict[str, int]:
    """sha256 → size of every document file a database records, whichever table records it."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out: dict[str, int] = {}
    for t in EVIDENCE_TABLES:
        if t in tables:
            out.update((h, size) for h, size in con.execute(f"SELECT sha256, size FROM {t}"))
    return out


def _read_copy(path: Path) -> tuple[int, list[str]]:
    """Schema version and evidence hashes of the database copy."""
    con = connect_readonly(path, immutable=True)
    try:
        version = con.execute("SELECT COUNT(*) FROM _sqlite_migrations WHERE migration_set = ?",
                              [MIGRATION_SET]).fetchone()[0]
        return version, sorted(recorded_files(con))
    finally:
        con.close()


def _safe_name(commune: str) -> str:
    s = fold(commune).replace("uy ban nhan dan", "").strip().title().replace(" ", "")
    return "".join(c for c in s if c.isalnum()) or "ParApp"


def write_backup(con, data_dir: Path, folder: Path, *, commune: str = "",
                 progress: Progress | None = None, now: dt.datetime | None = None) -> Path:
    """Write one backup file into `folder` and return its path. `con` may be a
    read-only connection: a backup never writes to the database."""
    now = now or dt.datetime.now()
    folder = Path(folder)
    if not folder.is_dir():
        raise BackupError(N_("errors", "Không thấy thư mục “{0}”. Hãy cắm lại USB hoặc chọn thư mục khác."),
                          str(folder))
    stem = f"ParApp-{_safe_name(commune)}-{now:%Y-%m-%d-%H%M%S}"
    clean_backup_folder(folder, f"ParApp-*{SUFFIX}.*")
    token = secrets.token_hex(4)  # two backups in the same second never share a temporary file
    partial = folder / f"{stem}{SUFFIX}.{token}.partial"
    db_copy = folder / f"{stem}{SUFFIX}.{token}.db"
    try:
        snapshot(con, db_copy)
        problem = check_file(db_copy, immutable=True)
        if problem:
            raise BackupError(N_("errors", "Bản chụp dữ liệu không đạt kiểm tra ({0}); chưa sao lưu được."), problem)
        version, hashes = _read_copy(db_copy)
        files = [(DB_MEMBER, db_copy)]
        for h in hashes:
            src = stored_path(data_dir, h)
            if src.exists():
                files.append((f"{EVIDENCE_DIR}/{h[:2]}/{h}", src))
        total = sum(p.stat().st_size for _, p in files)
        done = 0
        members = {}
        with zipfile.ZipFile(partial, "w", allowZip64=True) as z:
            for name, src in files:
                digest = hashlib.sha256()
                info = zipfile.ZipInfo(name, date_time=now.timetuple()[:6])
                # The database compresses well; evidence (PDFs, scans) does not: store it as is.
                info.compress_type = zipfile.ZIP_DEFLATED if name == DB_MEMBER else zipfile.ZIP_STORED
                with open(src, "rb") as inp, z.open(info, "w", force_zip64=True) as out:
                    while block := inp.read(1 << 20):
                        digest.update(block)
                        out.write(block)
                        done += len(block)
                        if progress:
                            progress(done, total)
                members[name] = digest.hexdigest()
            manifest = {"app": "ParApp", "app_version": __version__, "schema_version": version, "commune": commune,
                        "created": now.isoformat(timespec="seconds"), "members": members}
            z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        fsync_file(partial)
        return _place(partial, folder, stem)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise BackupError(N_("errors", "USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Hãy xóa bớt tệp hoặc dùng USB "
                                           "khác. "
                                           "Không có tệp sao lưu dở dang nào được để lại.")) from None
        raise BackupError(N_("errors", "Không ghi được vào “{0}” ({1}): USB có thể đã bị rút. Hãy cắm lại và sao lưu "
                                       "lại."),
                          str(folder), exc.strerror or str(exc)) from None
    finally:
        for tmp in (partial, db_copy, db_copy.with_name(db_copy.name + ".partial")):
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass


def _place(partial: Path, folder: Path, stem: str) -> Path:
    """Give the finished file its name, never replacing one already there."""
    for n in range(1, 1000):
        final = folder / (f"{stem}{SUFFIX}" if n == 1 else f"{stem}-{n}{SUFFIX}")
        try:
            rename_no_replace(partial, final)
            return final
        except FileExistsError:
            continue
    raise FileExistsError(str(folder))


def __getattr__(name: str):
    """The old import paths: verifying and restoring moved to archive_verify.py and restore.py."""
    if name == "verify_backup":
        from parapp.store.archive_verify import verify_backup

        return verify_backup
    if name == "restore_backup":
        from parapp.store.restore import restore_backup

        return restore_backup
    raise AttributeError(name)
