"""Benchmark: what a hostile or outsized file costs each importer, at the bounds of
parapp/core/importing/limits.py (issue 21: every reader bounded in bytes, rows, cells and time).

Each case runs the real command (`parapp import`, `figures import`, `par import-set`, all
--dry-run) in a child process and reports its wall time, its peak memory (where the system
tells it) and its exit code. Prints JSON.

    python bench/importers.py [--only NAME]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parapp.core.importing import limits  # noqa: E402

COMMANDS = {
    "plan": lambda f: ["import", f, "--dry-run"],
    "figures": lambda f: ["figures", "import", f, "--period", "q1", "--year", "2024", "--dry-run"],
    "par": lambda f: ["par", "import-set", f, "--year", "2024", "--dry-run"],
}


def _csv(path: Path, max_bytes: int) -> Path:
    """A table CSV as long as the reader's byte bound (or its row bound) allows."""
    line = "{0};Nhiệm vụ {0} công khai thủ tục hành chính;Văn phòng;Quý I/2024;12;34;56\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("STT;Nội dung;Cơ quan chủ trì;Thời gian thực hiện;Tổng số;Trước hạn;Đúng hạn\n")
        n, size = 0, 0
        while n < limits.MAX_ROWS - 1:
            text = line.format(n)
            size += len(text.encode())
            if size > max_bytes - 200:
                break
            fh.write(text)
            n += 1
    return path


def _xlsx_merged(path: Path, ref: str) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    for row in (["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"], ["1", "Rà soát", "VP", "Quý I/2024"]):
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", f'</sheetData><mergeCells count="1"><mergeCell ref="{ref}"/>'
                                                     "</mergeCells>".encode())
            zout.writestr(info.filename, data)
    path.write_bytes(out.getvalue())
    return path


def _xlsx_rows(path: Path, rows: int) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện", "Tổng số", "Trước hạn", "Đúng hạn"])
    for i in range(rows):
        ws.append([i, f"Nhiệm vụ {i}", "Văn phòng", "Quý I/2024", 12, 34, 56])
    wb.save(path)
    return path


def _run(args: list[str], db: Path) -> dict:
    code = ("import resource, subprocess, sys, time, json\n"
            "t = time.perf_counter()\n"
            "r = subprocess.run(sys.argv[1:], capture_output=True)\n"
            "print(json.dumps({'s': round(time.perf_counter() - t, 2), 'exit': r.returncode,"
            " 'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024}))\n")
    cmd = [sys.executable, "-m", "parapp", *map(str, args), "--db", str(db)]
    if os.name == "nt":  # no resource module: time only
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, timeout=600)
        return {"s": round(time.perf_counter() - t, 2), "exit": r.returncode}
    r = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True, timeout=600)
    return json.loads(r.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default=None)
    args = ap.parse_args()
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        db = t / "parapp.db"
        subprocess.run([sys.executable, "-m", "parapp", "demo", "--db", str(db)], check=True, capture_output=True)
        readers = {"plan": limits.PLAN, "figures": limits.FIGURES, "par": limits.PAR_SET}
        cases = {}
        for name, reader in readers.items():
            cases[f"{name}: csv at the byte bound"] = (name, lambda r=reader, n=name: _csv(t / f"{n}.csv", r.max_bytes))
            cases[f"{name}: xlsx merged A1:XFD1048576"] = (name, lambda n=name: _xlsx_merged(t / f"{n}-m.xlsx",
                                                                                               "A1:XFD1048576"))
        cases["figures: xlsx of 100,000 rows"] = ("figures", lambda: _xlsx_rows(t / "rows.xlsx", 100_000))
        for label, (reader, make) in cases.items():
            if args.only and args.only not in label:
                continue
            f = make()
            result = _run(COMMANDS[reader](f), db)
            result["file_mb"] = round(f.stat().st_size / (1 << 20), 1)
            out[label] = result
    print(json.dumps(out, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
