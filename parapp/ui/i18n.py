"""The interface language: Qt translators from translations/*.qm, and babel
formats for dates and numbers that follow the same language.

The .qm files are built from the .ts files by pyside6-lrelease, never edited
by hand: at build time by build.spec, and here when a checkout's .qm is
missing or older than its .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT = "vi"
_current = DEFAULT


def translations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "translations"
    return Path(__file__).resolve().parents[2] / "translations"


def _lrelease() -> list[str] | None:
    import PySide6

    here = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (here / name).exists():
            return [str(here / name)]
    tool = shutil.which("pyside6-lrelease")
    return [tool] if tool else None


def compile_translations(folder: Path | None = None) -> list[Path]:
    """Build every stale .qm from its .ts; returns the .qm files there are."""
    folder = folder or translations_dir()
    tool = _lrelease()
    out = []
    for ts in sorted(folder.glob("parapp_*.ts")):
        qm = ts.with_suffix(".qm")
        if tool and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
        if qm.exists():
            out.append(qm)
    return out


def install(app: QCoreApplication, language: str) -> str:
    """Load the language's catalogue into the application; returns the language in use."""
    global _current
    language = language if language in LANGUAGES else DEFAULT
    if not getattr(sys, "frozen", False):
        try:
            compile_translations()
        except (OSError, subprocess.CalledProcessError):
            pass  # a missing tool only means the source (Vietnamese) strings are shown
    for old in getattr(app, "_parapp_translators", []):
        app.removeTranslator(old)
    translator = QTranslator(app)
    if translator.load(str(translations_dir() / f"parapp_{language}.qm")):
        app.installTranslator(translator)
        # Keep a reference: a translator Python frees is a translator Qt no longer has.
        app._parapp_translators = [translator]  # noqa: SLF001
    _current = language
    return language


def current() -> str:
    return _current


def set_current(language: str) -> None:
    """For code (and tests) that formats without a QApplication translator."""
    global _current
    _current = language if language in LANGUAGES else DEFAULT
