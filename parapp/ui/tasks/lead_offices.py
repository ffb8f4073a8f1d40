"""The task form's "Chủ trì (theo văn bản)" offers the commune's offices, as the 2025 model leads work through them.

A fresh-eyes walk (round 41) found "Người chủ trì" offering only officials: the office set in "Tổ chức bộ máy" had to
be typed by hand, and a spelling of its own made a row of its own in the overview and the plan's "Chủ trì".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from parapp.store import officials


def offer_offices(db, field: QLineEdit) -> list[str]:
    """The offices (the commune's own order, its one-stop unit, then other units in use) offered as the lead is typed:
    any part of a name, any case. Returns them, for `spelled`."""
    names = [n for n in dict.fromkeys(officials.commune_offices(db)) if n]
    completer = QCompleter(names, field)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    field.setCompleter(completer)
    return names


def spelled(db, text: str, offices: list[str]) -> str:
    """The lead as typed, in its office's own spelling when it names one."""
    return officials.office_spelled(db, text, offices)
