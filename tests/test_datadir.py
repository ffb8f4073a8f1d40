"""Where the data lives: the same folder for the window and the Qt-free command line."""

import subprocess
import sys


def test_user_data_folder_follows_the_platform_rule(tmp_path, monkeypatch):
    from parapp import datadir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))
    got = datadir.default_db_path()
    assert got.name == "parapp.db"
    assert got.parent in (tmp_path / "xdg" / "parapp", tmp_path / "appdata" / "ParApp") or sys.platform == "darwin"


def test_a_portable_folder_beside_the_program_wins(tmp_path, monkeypatch):
    from parapp import datadir

    (tmp_path / "ParApp-data").mkdir()
    monkeypatch.setattr(datadir, "_executable_dir", lambda: tmp_path)
    assert datadir.default_db_path() == tmp_path / "ParApp-data" / "parapp.db"


def test_finding_the_folder_needs_no_qt(tmp_path):
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "from parapp.datadir import default_db_path; print(default_db_path())")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={"XDG_DATA_HOME": str(tmp_path), "PATH": "", "APPDATA": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    assert "parapp.db" in r.stdout
