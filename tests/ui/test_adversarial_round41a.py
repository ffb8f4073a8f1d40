"""Adversarial round 41A, in the window: a new data file beside another ParApp database (helper r41a)."""

from __future__ import annotations

from parapp.store import open_database


def _files(folder) -> set:
    return {p.relative_to(folder) for p in folder.rglob("*")}


def test_the_windows_first_start_on_a_new_file_beside_other_data_is_refused(qtbot, tmp_path, monkeypatch, errors):
    """L1 (left by round 40A): `parapp --db "<the office's data folder>/moi.db"` (the window) made a new database
    beside the office's `xa.db`: both then write snapshots into one `backups/auto`, each pruning the other's, and the
    damaged-data box offers the other's latest snapshot as this data's (round 40A F2, which the command line refuses).
    Now the window says so, with a folder of its own, exit 2, nothing made. The default data file's first start (a new
    `parapp.db`, here beside `xa.db`) still makes it."""
    from parapp.ui import app as app_module

    office = tmp_path / "Dữ liệu xã #1"
    office.mkdir()
    open_database(office / "xa.db").close()
    before = _files(office)
    new = office / "moi.db"
    monkeypatch.setenv("PARAPP_STARTUP_PROBE", "1")  # a window that opens is shown, made ready, then closed
    assert app_module.run_app(new, "vi") == 2
    assert len(errors) == 1 and "chưa ghi gì" in errors[0] and str(office / "moi") in errors[0], errors
    assert _files(office) == before
    assert app_module.run_app(office / "parapp.db", "vi") == 0
    assert (office / "parapp.db").is_file() and len(errors) == 1, errors
