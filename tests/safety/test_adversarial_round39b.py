"""Adversarial round 39B: read-only use and full disks (a small tmpfs filled with dd to a set margin), the window's
writes and the command line's. Each test failed before its fix."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_adversarial_round38b import _said


def _figure_cell(page, code: str, kind: str):
    from parapp.ui.figures.figures_model import FIRST_VALUE_COLUMN, KIND_COLUMNS

    model = page.model
    row = next(i for i in range(model.rowCount())
               if model.row_at(i).indicator is not None and model.row_at(i).indicator.code == code)
    return model.index(row, FIRST_VALUE_COLUMN + [k.value for k in KIND_COLUMNS].index(kind))


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_a_figure_typed_on_a_full_disk_is_kept_and_stored_once_room_is_made(qtbot, tmp_path, monkeypatch):
    """Số liệu, "1.240" typed in Quý I's "hồ sơ tiếp nhận" and Enter, the disk full (6 MB tmpfs, 0 and 8 KB left,
    twice each): "Ổ đĩa … đã đầy" said and the cell back to its stored value (empty), the number gone though the
    message says "làm lại". The number stays in its cell, marked not stored, and is stored once there is room: with
    the next figure typed, or before the window closes."""
    from parapp.store import open_database
    from parapp.store.figures import period_figures
    from parapp.ui.figures import figures_page
    from tests.ui.settle import settle

    from .test_adversarial_round25a import _demo
    from .test_adversarial_round36b import _full

    said = _said(monkeypatch)
    db = open_database(_demo(tmp_path))
    page = figures_page.FiguresPage(db, dt.date.today())
    qtbot.addWidget(page)
    year = page.year.value()

    def stored(code: str, kind: str = "q1"):
        return {f.code: f.value for f in period_figures(db, kind, year)}[code]

    before = stored("dossiers.received")
    real = figures_page.set_period_figures
    monkeypatch.setattr(figures_page, "set_period_figures", _full)
    page.model.setData(_figure_cell(page, "dossiers.received", "q1"), "1.240")
    settle(qtbot, 5)
    assert len(said) == 1 and "đầy" in said[0]
    assert stored("dossiers.received") == before
    assert page.model.data(_figure_cell(page, "dossiers.received", "q1")) == "1.240", "the number typed is gone"
    assert page.keep_typed is not None
    monkeypatch.setattr(figures_page, "set_period_figures", real)  # room made
    page.model.setData(_figure_cell(page, "dossiers.received", "q2"), "1.300")
    settle(qtbot, 5)
    assert stored("dossiers.received") == 1240 and stored("dossiers.received", "q2") == 1300
    assert page.keep_typed() and len(said) == 1
    # Kept for the window's close too: stored there, or the close refused and said (widgets.typed_words)
    monkeypatch.setattr(figures_page, "set_period_figures", _full)
    page.model.setData(_figure_cell(page, "dossiers.received", "q3"), "1.260")
    settle(qtbot, 5)
    assert page.model.data(_figure_cell(page, "dossiers.received", "q3")) == "1.260"
    with pytest.raises(Exception, match="full"):
        page.keep_typed()
    monkeypatch.setattr(figures_page, "set_period_figures", real)
    assert page.keep_typed() and stored("dossiers.received", "q3") == 1260
    db.close()
