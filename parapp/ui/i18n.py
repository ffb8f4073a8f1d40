"""The interface language: Qt translators from translations/*.qm (ParApp's own
strings, and Vietnamese for the Qt strings its windows show), and babel
formats for dates and numbers that follow the same language.

The .qm files are built from the .ts files by pyside6-lrelease, never edited
by hand: at build time by build.spec, and here when a checkout's .qm is
missing or older than its .ts.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT = "vi"
_current = DEFAULT


def translations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "translations"
    return Path(__file__).resolve().parents[2] / "translations"


def _lrelease() -> list[str] | None:
    import shutil

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
    tool = None
    out = []
    for ts in sorted([*folder.glob("parapp_*.ts"), *folder.glob("qt_*.ts")]):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            import subprocess  # only when something is stale: a quick start-up imports nothing more

            tool = tool or _lrelease()
            if tool:
                # Built beside it, then put in its place: a QTranslator maps its .qm into memory, and lrelease
                # rewrote the file in place under any ParApp or test run of this checkout that had it loaded, whose
                # next lookup then read the new bytes at the old offsets (a crash in tr(), seen in a test run while
                # a .ts was edited). Replaced, the old file lives on for whoever still maps it.
                fresh = qm.with_name(qm.name + ".new")
                subprocess.run([*tool, "-silent", str(ts), "-qm", str(fresh)], check=True, capture_output=True)
                os.replace(fresh, qm)
        if qm.exists():
            out.append(qm)
    return out


# The translators installed: a translator Python frees is a translator Qt no longer has, so
# this module holds them for as long as they are installed (the rule of lifetimes).
_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> str:
    """Load the language's catalogue into the application; returns the language in use."""
    global _current
    language = language if language in LANGUAGES else DEFAULT
    if not getattr(sys, "frozen", False):
        try:
            compile_translations()
        except Exception:  # noqa: BLE001 - a missing or failing tool only means the source (Vietnamese) strings
            pass
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # ParApp's own words, and Qt's own (file dialogs, the right-click menu of text fields,
    # standard buttons): PySide6 ships no Vietnamese catalogue for those, so ParApp has one.
    for name in (f"parapp_{language}.qm", f"qt_{language}.qm"):
        translator = QTranslator(app)
        if translator.load(str(translations_dir() / name)):
            app.installTranslator(translator)
            _installed.append(translator)
    # Qt's own names of months and days (the calendar of every date field) follow the interface, not the PC's
    # locale: Windows in English or a Linux "C" showed "May", "Mon Tue…" in the Vietnamese window (round 21A).
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam) if language == "vi"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _current = language
    return language


def current() -> str:
    return _current


def set_current(language: str) -> None:
    """For code (and tests) that formats without a QApplication translator."""
    global _current
    _current = language if language in LANGUAGES else DEFAULT
