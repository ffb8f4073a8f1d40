"""Every window and dialog fits a commune office PC's screen.

The screen is Qt's offscreen one, configured (offscreen:configfile=…) to a
1366×768 screen less the Windows taskbar: 1366×728; and the same at 125 %
scaling (QT_SCALE_FACTOR=1.25: 1093×582 logical pixels, the hardest case, a
1366×768 laptop set to 125 %). Offscreen rather than Xvfb here: the screen's
size and scaling are set exactly and nothing needs installing; the real X11
window is checked in test_real_window.py. Each configuration runs in a
process of its own (tests/ui/screen_driver.py), since a Qt process has one
set of screens for life.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {"1366x728": ("1366", "728", "1"), "1366x728 at 125 %": ("1366", "728", "1.25")}


def _run(tmp_path: Path, width: str, height: str, scale: str, lang: str = "vi") -> list[dict]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": int(width),
                                               "height": int(height)}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale}
    out = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "screen_driver.py"), lang], env=env,
                         cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def _dialog_classes() -> set[str]:
    """Every dialog class the window code defines: the driver must have opened each."""
    import parapp.ui
    from PySide6.QtWidgets import QDialog

    names = set()
    for mod in pkgutil.walk_packages(parapp.ui.__path__, "parapp.ui."):  # feature folders too
        m = importlib.import_module(mod.name)
        for name, cls in inspect.getmembers(m, inspect.isclass):
            # A "…Base" (the import dialogs' shared base) is never opened itself: its subclasses are.
            if issubclass(cls, QDialog) and cls.__module__ == m.__name__ and not name.endswith("Base"):
                names.add(name)
    return names


@pytest.fixture(scope="module", params=list(SCREENS))
def shown(request, tmp_path_factory):
    return request.param, _run(tmp_path_factory.mktemp("screen"), *SCREENS[request.param])


def test_every_window_lies_inside_the_available_screen(shown):
    screen, seen = shown
    outside = [(w["name"], w["frame"], w["available"]) for w in seen if not w["inside"]]
    assert outside == [], f"on {screen}: windows outside the screen"
    a = seen[0]["available"]
    expected = (1366, 728) if "125" not in screen else (1093, 582)
    assert (a[2], a[3]) == pytest.approx(expected, abs=1)


def test_every_window_and_dialog_was_opened(shown):
    _, seen = shown
    opened = {w["class"] for w in seen}
    missing = _dialog_classes() - opened
    assert missing == set()
    assert {"MainWindow", "QMessageBox", "QFileDialog", "QInputDialog"} <= opened
    names = " | ".join(w["name"] for w in seen)
    for what in ("Báo cáo CCHC quý I năm 2026.pdf", "Danh sách nhiệm vụ CCHC", "Tình hình nhiệm vụ CCHC",
                 "Công văn đôn đốc CCHC",
                 "Bảng phân công", "Giới thiệu ParApp", "Có lỗi xảy ra", "Đánh dấu hoàn thành", "HelpWindow"):
        assert what in names  # Ctrl+P on each page, About, the error handler, the mark-done form, F1


def test_the_app_places_its_own_windows(shown):
    """Sized and placed in one place (screen_fit): all but Qt's own file dialog, which Qt places."""
    _, seen = shown
    assert [w["name"] for w in seen if not w["placed"] and w["class"] != "QFileDialog"] == []


def test_dialogs_are_centred_on_the_window(shown):
    _, seen = shown
    main = next(w for w in seen if w["class"] == "MainWindow")["frame"]
    centre = (main[0] + main[2] / 2, main[1] + main[3] / 2)
    for w in seen:
        x, y, width, height = w["frame"]
        a = w["available"]
        if w["class"] in ("MainWindow", "QFileDialog") or width >= a[2] - 4 or height >= a[3] - 4:
            continue  # a window as big as the screen has nowhere to be centred
        assert abs(x + width / 2 - centre[0]) <= 3 and abs(y + height / 2 - centre[1]) <= 3, w["name"]
