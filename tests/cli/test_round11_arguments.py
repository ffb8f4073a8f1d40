"""Adversarial round 11 (issue 21), the command line: the user's data folder cannot be made.

Without --db the command line uses the per-user data folder (%APPDATA%\\ParApp, $XDG_DATA_HOME/parapp) and makes it
first. When that cannot be done (%APPDATA% redirected to a network share that is offline, a full or read-only
disk, the variable naming a file) main said "Lỗi không mong đợi: [Errno 20] Not a directory: '…/parapp'", exit 1:
the system's English, and nothing to do. Now said in words with what to do (--db elsewhere), exit 2.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("command", [["tasks"], ["demo"], ["import", "PLAN", "--dry-run"], ["remind"]])
def test_a_data_folder_that_cannot_be_made_is_said_with_what_to_do(command, tmp_path):
    plan = tmp_path / "kế hoạch.csv"
    plan.write_text("STT,Nội dung,Cơ quan chủ trì,Thời gian\n1,Rà soát TTHC,Văn phòng,Quý I/2026\n", encoding="utf-8")
    not_a_folder = tmp_path / "AppData"
    not_a_folder.write_text("một tệp, không phải thư mục", encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(not_a_folder), "APPDATA": str(not_a_folder),
           "QT_QPA_PLATFORM": "offscreen"}
    args = [str(plan) if a == "PLAN" else a for a in command]
    r = subprocess.run([sys.executable, "-m", "parapp", *args], capture_output=True, text=True, encoding="utf-8",
                       env=env, timeout=120)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Không tạo được thư mục dữ liệu" in r.stderr and "--db" in r.stderr, r.stderr
    assert "Lỗi không mong đợi" not in r.stderr and "Errno" not in r.stderr
    assert not_a_folder.read_text(encoding="utf-8") == "một tệp, không phải thư mục"


@pytest.mark.parametrize("console", [False, True])
def test_a_window_started_from_a_shortcut_says_so_in_a_box(console, tmp_path, monkeypatch, capsys, qtbot):
    """Started from a shortcut (the windowed bundle, pythonw) there is no stderr: the message reached no one and
    ParApp seemed not to start. Then the same words are said in a box; from a console, on stderr only (a box would
    wait for a click no script gives). Exit 2 either way."""
    from PySide6.QtWidgets import QMessageBox

    from parapp.cli.main import main

    not_a_folder = tmp_path / "AppData"
    not_a_folder.write_text("một tệp", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(not_a_folder))
    monkeypatch.setenv("APPDATA", str(not_a_folder))
    if not console:
        monkeypatch.setattr(sys, "stderr", None)
    boxes: list[tuple[str, str]] = []

    def record(box):
        boxes.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    assert main([]) == 2
    if console:
        assert boxes == [] and "Không tạo được thư mục dữ liệu" in capsys.readouterr().err
    else:
        assert len(boxes) == 1, boxes
        title, text = boxes[0]
        assert title == "Không mở được dữ liệu" and "Không tạo được thư mục dữ liệu" in text and "--db" in text
