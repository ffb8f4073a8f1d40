"""PySide6's `from __feature__ import snake_case, true_property` is a per-module switch.

To know which modules might use it, PySide6 (since 6.4, PYSIDE-2029) replaces `__import__` and
reads the source of every module imported after it, the standard library's included, looking
for the word "PySide6". At a start of the window that is about a hundred files read and split
into lines before the first page is filled: 15–35 ms on the project's machine, more on an old
PC's hard disk, for an answer ParApp never needs. ParApp writes no `from __feature__ import`
(tests/test_contracts.py checks it), so every module runs with no feature, the selection PySide6
keeps for a module it was told to ignore. We tell it that once, before the window's imports.
"""

from __future__ import annotations

import sys


def skip_source_scan() -> None:
    import PySide6.QtCore  # noqa: F401  (installs the feature machinery being told)

    feature = sys.modules.get("PySide6.support.feature")
    # A later PySide6 may rename or drop the hook: then it scans as before, nothing breaks.
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]


def _uses_no_feature(module: object) -> bool:
    return False
