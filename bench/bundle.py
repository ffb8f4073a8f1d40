"""Benchmark of the built bundle (issue 7): size, zipped size, time to a shown window.

    pyinstaller --noconfirm --clean build.spec && python bench/bundle.py

Goals: bundle under 150 MB, zipped under 70 MB, window in under 3 s.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ParApp"


def main() -> None:
    exe = BUNDLE / ("ParApp.exe" if sys.platform == "win32" else "ParApp")
    if not exe.exists():
        sys.exit("Build the bundle first: pyinstaller --noconfirm --clean build.spec")
    # PyInstaller links some libraries into _internal: count and zip each file once.
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    tmp = Path(tempfile.mkdtemp(prefix="parapp-bundle-"))
    zipped = tmp / "ParApp.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for p in files:
            z.write(p, p.relative_to(BUNDLE.parent))
    db = tmp / "Dữ liệu thử" / "parapp.db"
    db.parent.mkdir()
    subprocess.run([str(exe), "demo", "--db", str(db)], check=True, capture_output=True)
    env = {**os.environ, "PARAPP_STARTUP_PROBE": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        out = subprocess.run([str(exe), "--db", str(db)], env=env, capture_output=True, text=True, timeout=60)
        assert "window-shown" in out.stdout, out.stdout + out.stderr
        times.append(time.perf_counter() - t0)
    print(json.dumps({
        "bundle_mb": round(size / 1e6, 1), "zipped_mb": round(zipped.stat().st_size / 1e6, 1),
        "window_shown_median_s": round(statistics.median(times), 2), "platform": env["QT_QPA_PLATFORM"],
        "goals": {"bundle_mb": 150, "zipped_mb": 70, "window_s": 3},
    }, indent=2))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
