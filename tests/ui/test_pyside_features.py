"""PySide6 is told that no ParApp module selects a `__feature__` (parapp/ui/pyside_features.py),
so it stops reading every later module's source at start. That holds only while it is true."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_no_parapp_module_selects_a_pyside_feature():
    selecting = re.compile(r"^\s*from\s+__feature__\s+import|set_selection\(", re.M)
    users = [str(p.relative_to(ROOT)) for p in (ROOT / "parapp").rglob("*.py")
             if selecting.search(p.read_text(encoding="utf-8"))]
    assert users == [], f"these select a PySide6 feature; drop skip_source_scan or them: {users}"


def test_after_the_switch_pyside6_reads_no_module_source_and_qt_still_works():
    probe = """
import sys, linecache
from parapp.ui.pyside_features import skip_source_scan
skip_source_scan()
read = []
real = linecache.getlines
linecache.getlines = lambda f, g=None: (read.append(f), real(f, g))[1]
import json, textwrap, calendar  # modules the window imports after PySide6
from PySide6.QtCore import Qt, QObject
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Xã Ba Giang")
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
assert label.text() == "Xã Ba Giang" and label.alignment() == Qt.AlignmentFlag.AlignCenter
print(len([f for f in read if f.endswith(".py")]))
"""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "0", "PySide6 still read module sources after the switch"
