"""Where the shipped resources are, in a checkout and in a frozen bundle.

One function knows about PyInstaller's sys._MEIPASS, so nothing else does.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def asset(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
