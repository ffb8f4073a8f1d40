"""Regenerate parapp_vi.ts and parapp_en.ts from the code with pyside6-lupdate.

    python translations/update.py

Existing translations are kept; strings no longer in the code are dropped.
N_("context", "text") in the Qt-free core is read as QT_TRANSLATE_NOOP.
A test runs the same command into a temporary folder and fails when the
committed .ts files are stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("vi", "en")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "parapp").rglob("*.py"))


def lupdate_command(ts_files: list[Path]) -> list[str]:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return [tool, "-no-obsolete", "-locations", "none", "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_",
            *sources(), "-ts", *map(str, ts_files)]


def update(folder: Path = ROOT / "translations") -> list[Path]:
    files = [folder / f"parapp_{lang}.ts" for lang in LANGS]
    subprocess.run(lupdate_command(files), cwd=ROOT, check=True, capture_output=True)
    return files


if __name__ == "__main__":
    for f in update():
        print(f)
