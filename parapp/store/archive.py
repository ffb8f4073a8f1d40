"""The "Sao lưu ra USB" file: one .parapp-backup zip holding the database
snapshot, the evidence files and a manifest with a SHA-256 for every member.

Written under a temporary name and renamed when complete, so a full or
removed USB stick never leaves a half-written file under the final name.
Verified before anything is restored: manifest, checksums, schema version,
and no member whose name would land outside the data folder.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable

from parapp import __version__
from parapp.core.messages import N_, ParAppError
from parapp.core.vntext import fold
from parapp.store.backup import check_file, snapshot, take_snapshot
from parapp.store.evidence import EVIDENCE_DIR, stored_path
from parapp.store.schema import KNOWN, MIGRATION_SET

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


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _schema_of(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT COUNT(*) FROM _sqlite_migrations WHERE migration_set = ?",
                           [MIGRATION_SET]).fetchone()[0]
    finally:
        con.close()


def _safe_name(commune: str) -> str:
    s = fold(commune).replace("uy ban nhan dan", "").strip().title().replace(" ", "")
    return "".join(c for c in s if c.isalnum()) or "ParApp"


def write_backup(con: sqlite3.Connection, data_dir: Path, folder: Path, *, commune: str = "",
                 progress: Progress | None = None, now: dt.datetime | None = None) -> Path:
    now = now or dt.datetime.now()
    folder = Path(folder)
    if not folder.is_dir():
        raise BackupError(N_("errors", "Không thấy thư mục “{0}”. Hãy cắm lại USB hoặc chọn thư mục khác."), str(folder))
    final = folder / f"ParApp-{_safe_name(commune)}-{now:%Y-%m-%d-%H%M}{SUFFIX}"
    partial = final.with_name(final.name + ".partial")
    work = Path(tempfile.mkdtemp(prefix="parapp-backup-"))
    try:
        db_copy = snapshot(con, work / DB_MEMBER)
        problem = check_file(db_copy)
        if problem:
            raise BackupError(N_("errors", "Bản chụp dữ liệu không đạt kiểm tra ({0}); chưa sao lưu được."), problem)
        hashes = [r[0] for r in sqlite3.connect(db_copy).execute(
            "SELECT sha256 FROM evidence UNION SELECT sha256 FROM par_evidence")]  # tasks' and criteria's files
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
            version = _schema_of(db_copy)
            manifest = {"app": "ParApp", "app_version": __version__, "schema_version": version, "commune": commune,
                        "created": now.isoformat(timespec="seconds"), "members": members}
            z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, final)
        return final
    except OSError as exc:
        partial.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise BackupError(N_("errors", "USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Hãy xóa bớt tệp hoặc dùng USB khác. "
                                           "Không có tệp sao lưu dở dang nào được để lại.")) from None
        raise BackupError(N_("errors", "Không ghi được vào “{0}” ({1}): USB có thể đã bị rút. Hãy cắm lại và sao lưu lại."),
                          str(folder), exc.strerror or str(exc)) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _unsafe(name: str) -> bool:
    p = PurePosixPath(name.replace("\\", "/"))
    return name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or ".." in p.parts


def verify_backup(path: Path) -> Manifest:
    """Check a backup file before trusting it; raise with the reason it is refused."""
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise BackupError(N_("errors", "“{0}” không phải tệp sao lưu ParApp (không mở được như tệp nén)."), str(path)) from None
    with z:
        names = z.namelist()
        bad = [n for n in names if _unsafe(n)]
        if bad:
            raise BackupError(N_("errors", "Tệp sao lưu bị từ chối: có thành phần “{0}” trỏ ra ngoài thư mục dữ liệu."), bad[0])
        if MANIFEST not in names:
            raise BackupError(N_("errors", "Tệp sao lưu thiếu manifest.json nên không kiểm tra được; bị từ chối."))
        try:
            m = json.loads(z.read(MANIFEST))
            manifest = Manifest(m["app_version"], int(m["schema_version"]), m.get("commune", ""), m["created"],
                                dict(m["members"]))
        except (ValueError, KeyError, TypeError):
            raise BackupError(N_("errors", "manifest.json của tệp sao lưu bị hỏng; bị từ chối.")) from None
        if DB_MEMBER not in manifest.members:
            raise BackupError(N_("errors", "Tệp sao lưu không có cơ sở dữ liệu (parapp.db); bị từ chối."))
        if manifest.schema_version > len(KNOWN):
            raise BackupError(N_("errors", "Tệp sao lưu được tạo bởi phiên bản ParApp mới hơn (cấu trúc dữ liệu {0}, "
                                           "phiên bản này hiểu đến {1}). Hãy cập nhật ParApp rồi khôi phục."),
                              manifest.schema_version, len(KNOWN))
        extra = [n for n in names if n != MANIFEST and n not in manifest.members]
        if extra:
            raise BackupError(N_("errors", "Tệp sao lưu có thành phần lạ “{0}” không ghi trong manifest; bị từ chối."), extra[0])
        for name, expected in manifest.members.items():
            if name not in names:
                raise BackupError(N_("errors", "Tệp sao lưu thiếu “{0}”; bị từ chối."), name)
            h = hashlib.sha256()
            with z.open(name) as fh:
                while block := fh.read(1 << 20):
                    h.update(block)
            if h.hexdigest() != expected:
                raise BackupError(N_("errors", "“{0}” trong tệp sao lưu không khớp mã kiểm tra (tệp bị sửa hoặc hỏng); "
                                               "bị từ chối."), name)
    return manifest


def restore_backup(path: Path, db_path: Path, data_dir: Path, *, progress: Progress | None = None) -> Manifest:
    """Replace (or create) the database at `db_path` from a verified backup file.

    The current database, if any, is snapshotted first. The caller must have
    closed its connections to `db_path`.
    """
    manifest = verify_backup(path)
    db_path, data_dir = Path(db_path), Path(data_dir)
    if db_path.exists():
        con = sqlite3.connect(db_path)
        try:
            take_snapshot(con, data_dir, "truoc-khoi-phuc")
        finally:
            con.close()
    with zipfile.ZipFile(path) as z:
        incoming = db_path.with_name(db_path.name + ".restoring")
        with z.open(DB_MEMBER) as src, open(incoming, "wb") as out:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        problem = check_file(incoming)
        if problem:
            incoming.unlink(missing_ok=True)
            raise BackupError(N_("errors", "Cơ sở dữ liệu trong tệp sao lưu không đạt kiểm tra ({0}); chưa khôi phục."),
                              problem)
        members = [n for n in manifest.members if n.startswith(EVIDENCE_DIR + "/")]
        total = max(1, sum(z.getinfo(n).file_size for n in members))
        done = 0
        for name in members:
            target = data_dir / name
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_name(target.name + ".partial")
                with z.open(name) as src, open(tmp, "wb") as out:
                    shutil.copyfileobj(src, out, 1 << 20)
                os.replace(tmp, target)
            done += z.getinfo(name).file_size
            if progress:
                progress(done, total)
    # A WAL left by the old database would be replayed onto the new one: remove it first.
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(incoming, db_path)
    return manifest
