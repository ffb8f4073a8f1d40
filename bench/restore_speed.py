"""Benchmark: verifying and restoring backups with many evidence files, and refusing a zip bomb.

Prints JSON:
- for 10,000, 20,000, 40,000 (and 100,000) evidence members: seconds to verify the
  backup (every name, size and SHA-256) and to restore it into a new folder; the
  verification must grow linearly (the ratio 40k/10k near 4; before issue 15 it was
  quadratic: 163 s for 100,000 members);
- a backup carrying 1 GB of zeros (as an evidence file, then as the database) under
  a consistent manifest: seconds until it is refused, and the bytes written into the
  target folder meanwhile (must be 0).

    python bench/restore_speed.py [--sizes 10000,20000,40000,100000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parapp.store import open_database  # noqa: E402
from parapp.store.archive_format import BackupError  # noqa: E402
from parapp.store.archive_verify import verify_backup  # noqa: E402
from parapp.store.restore import restore_backup  # noqa: E402
from parapp.store.schema import KNOWN  # noqa: E402


def _database(folder: Path, evidence: list[tuple[str, int]]) -> bytes:
    """A ParApp database recording the evidence files, as one self-contained file."""
    path = folder / "source.db"
    db = open_database(path)
    db.execute("INSERT INTO tasks (content, created_at, updated_at) VALUES ('Số hóa hồ sơ', '2024', '2024')")
    db.conn.executemany("INSERT INTO evidence (task_id, sha256, original_name, size, added_at) "
                        "VALUES (1, ?, ?, ?, '2024')", [(h, f"{i}.pdf", n) for i, (h, n) in enumerate(evidence)])
    db.conn.commit()
    db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    data = path.read_bytes()
    path.unlink()
    return data


def _manifest(members: dict[str, str]) -> str:
    return json.dumps({"app": "ParApp", "app_version": "bench", "schema_version": len(KNOWN), "commune": "bench",
                       "created": "2024-05-20T09:00:00", "members": members})


def many_members(root: Path, n: int) -> Path:
    path = root / f"many-{n}.parapp-backup"
    members, evidence = {}, []
    with zipfile.ZipFile(path, "w") as z:  # evidence stored, as ParApp writes it
        for i in range(n):
            data = f"tài liệu kiểm chứng {i}".encode()
            h = hashlib.sha256(data).hexdigest()
            z.writestr(f"evidence/{h[:2]}/{h}", data)
            members[f"evidence/{h[:2]}/{h}"] = h
            evidence.append((h, len(data)))
        db = _database(root, evidence)
        z.writestr("parapp.db", db, compress_type=zipfile.ZIP_DEFLATED)
        members["parapp.db"] = hashlib.sha256(db).hexdigest()
        z.writestr("manifest.json", _manifest(members))
    return path


def bomb(root: Path, where: str, size: int = 1 << 30) -> Path:
    path = root / f"bomb-{where.replace('.', '-')}.parapp-backup"
    zeros_hash = hashlib.sha256()
    block = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        name = "parapp.db" if where == "database" else None
        for _ in range(size >> 20):
            zeros_hash.update(block)
        digest = zeros_hash.hexdigest()
        name = name or f"evidence/{digest[:2]}/{digest}"
        members = {name: digest}
        if where != "database":
            db = _database(root, [(digest, size)])  # even recorded in the database, at its true size
            z.writestr("parapp.db", db)
            members["parapp.db"] = hashlib.sha256(db).hexdigest()
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as out:
            for _ in range(size >> 20):
                out.write(block)
        z.writestr("manifest.json", _manifest(members))
    return path


def written(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,20000,40000,100000")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="parapp-bench-restore-"))
    out: dict = {"members": {}}
    try:
        for n in (int(x) for x in args.sizes.split(",")):
            backup = many_members(root, n)
            t0 = time.perf_counter()
            verify_backup(backup)
            verify_s = time.perf_counter() - t0
            target = root / f"target-{n}"
            target.mkdir()
            t0 = time.perf_counter()
            restore_backup(backup, target / "parapp.db", target)
            restore_s = time.perf_counter() - t0
            out["members"][n] = {"verify_s": round(verify_s, 3), "verify_us_per_member": round(verify_s / n * 1e6, 1),
                                 "restore_s": round(restore_s, 2), "backup_mb": round(backup.stat().st_size / 1e6, 1)}
            shutil.rmtree(target)
            backup.unlink()
        sizes = sorted(out["members"])
        if 10000 in out["members"] and 40000 in out["members"]:
            out["verify_ratio_40k_over_10k"] = round(out["members"][40000]["verify_s"]
                                                     / out["members"][10000]["verify_s"], 2)
        out["sizes"] = sizes
        for where in ("evidence", "database"):
            path = bomb(root, where)
            target = root / f"bomb-target-{where}"
            target.mkdir()
            t0 = time.perf_counter()
            try:
                restore_backup(path, target / "parapp.db", target)
                refused, reason = False, ""
            except BackupError as exc:
                refused, reason = True, exc.message
            out[f"bomb_1gb_{where}"] = {"refused": refused, "seconds": round(time.perf_counter() - t0, 3),
                                        "bytes_written": written(target),
                                        "file_mb": round(path.stat().st_size / 1e6, 2), "reason": reason}
            path.unlink()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(json.dumps(out, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
