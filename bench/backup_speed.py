"""Benchmark: "Sao lưu ra USB" of 50,000 tasks with 500 MB of evidence.

Prints JSON: seconds and MB/s for ParApp's backup file (snapshot through
SQLite's backup API, SHA-256 of every member, zip, fsync, rename), next to a
plain `cp -r` of the same database and evidence files.

    python bench/backup_speed.py [--tasks N] [--evidence-mb M]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from populate import populate  # noqa: E402

from parapp.store import open_database  # noqa: E402
from parapp.store.archive import write_backup  # noqa: E402
from parapp.store.evidence import add_evidence  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=50_000)
    ap.add_argument("--evidence-mb", type=int, default=500)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="parapp-bench-"))
    data = root / "data"
    data.mkdir()
    populate(data / "parapp.db", args.tasks)
    db = open_database(data / "parapp.db")
    incoming = root / "incoming"
    incoming.mkdir()
    per_file = 2 * 1024 * 1024
    for i in range(args.evidence_mb // 2):  # scans and PDFs do not compress: random bytes stand in for them
        f = incoming / f"bien-ban-{i}.pdf"
        f.write_bytes(os.urandom(per_file))
        add_evidence(db, data, (i % args.tasks) + 1, f)
    shutil.rmtree(incoming)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = sum(p.stat().st_size for p in data.rglob("*") if p.is_file())
    usb = root / "usb"
    usb.mkdir()
    subprocess.run(["sync"], check=False)
    t0 = time.perf_counter()
    out = write_backup(db.conn, data, usb, commune="Ủy ban nhân dân xã Ba Giang")
    parapp_s = time.perf_counter() - t0
    db.close()
    copy_to = root / "cp"
    subprocess.run(["sync"], check=False)
    t0 = time.perf_counter()
    subprocess.run(["cp", "-r", str(data), str(copy_to)], check=True)
    subprocess.run(["sync"], check=True)  # the backup fsyncs; so must the copy, to compare like with like
    cp_s = time.perf_counter() - t0
    mb = total / 1e6
    print(json.dumps({
        "tasks": args.tasks, "data_mb": round(mb, 1), "backup_file_mb": round(out.stat().st_size / 1e6, 1),
        "parapp_backup_s": round(parapp_s, 2), "parapp_mb_per_s": round(mb / parapp_s, 1),
        "cp_s": round(cp_s, 2), "cp_mb_per_s": round(mb / cp_s, 1),
    }, indent=2))
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
