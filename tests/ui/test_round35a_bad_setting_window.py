"""Round 35A: the window on data one of whose settings went bad on the disk (a byte of the commune's or the chairman's
name not UTF-8). The window did not open at all: attaching the data read every setting for its title, and the start
ended in "… Hãy chạy lệnh parapp repair … (trong cửa sổ: nút “Sửa chỗ chữ hỏng”) rồi làm lại", a button of a window
that never opened. The same for an official's name (the status bar's "working as" list, the start's question who is
working). It opens, and its error box offers the repair; Tệp → Khôi phục… opens too."""

from __future__ import annotations

import pytest

from parapp.store import settings

from .conftest import TODAY
from .test_bad_text_repair_in_window import _button


def _spoil_setting(db, key: str) -> None:
    """A byte gone bad as a failing disk leaves it (no trigger asked): inside the second letter of "Ủy ban …"."""
    from ..safety.test_adversarial_round32a import _spoil

    rowid = db.conn.execute("SELECT rowid FROM settings WHERE key = ?", [key]).fetchone()[0]
    _spoil(db.path, "settings", "value", rowid, 5, 0xFF)


@pytest.mark.parametrize("key", ["commune_name", "chairman"])
def test_the_window_opens_on_a_setting_gone_bad_and_offers_the_repair(qtbot, ui_db, monkeypatch, key):
    import sys

    from parapp.ui import uncaught
    from parapp.ui.main_window import MainWindow
    from parapp.ui.widgets import texts

    s = settings.load_settings(ui_db)
    s.chairman = "Phạm Văn Thật"
    settings.save_settings(ui_db, s)
    _spoil_setting(ui_db, key)
    raised: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, exc, tb: raised.append(exc))  # the app's: uncaught.handle
    monkeypatch.setattr(texts, "inform", lambda *a: None)

    window = MainWindow(ui_db, today=TODAY)  # raised "Could not decode to UTF-8": no window at all
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(raised))  # said in the window's error box, once it is up
    box = uncaught.show_error_dialog(type(raised[0]), raised[0], raised[0].__traceback__, parent=window)
    repair = _button(box, "Sửa chỗ chữ hỏng")
    assert repair is not None, box.text()
    repair.click()
    mended = settings.load_settings(ui_db)  # as the change log wrote it (34A F2)
    assert (mended.commune_name, mended.chairman) == ("Ủy ban nhân dân xã Ba Giang", "Phạm Văn Thật")
    assert "Ủy ban nhân dân xã Ba Giang" in window.windowTitle()


def test_the_restore_dialog_opens_on_a_setting_gone_bad(qtbot, ui_db, monkeypatch):
    """Tệp → Khôi phục… read every setting for the commune's name first: the way back from any damage refused."""
    import sys

    from parapp.ui import backup_dialogs
    from parapp.ui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", lambda *a: None)
    window = MainWindow(ui_db, today=TODAY)
    qtbot.addWidget(window)
    _spoil_setting(ui_db, "commune_name")
    shown: list = []
    monkeypatch.setattr(backup_dialogs.RestoreDialog, "exec", lambda self: shown.append(self) or 0)
    backup_dialogs.ask_restore(window)
    assert shown


def test_the_first_run_settings_are_not_asked_again_of_a_setting_gone_bad(ui_db):
    """The start asked is_set_up of every setting: the same failure once the window was up."""
    from parapp.store.settings import readable_settings

    _spoil_setting(ui_db, "commune_name")
    assert readable_settings(ui_db) is None
    assert readable_settings.__module__ == "parapp.store.settings"


def test_the_window_opens_on_an_officials_name_gone_bad_and_offers_the_repair(qtbot, ui_db, monkeypatch):
    import sys

    from parapp.store import officials
    from parapp.ui import uncaught
    from parapp.ui.main_window import MainWindow
    from parapp.ui.widgets import texts

    from ..safety.test_adversarial_round32a import _spoil

    official = officials.add_official(ui_db, {"full_name": "Nguyễn Thị Hồng Nhung", "position": "Công chức"})
    _spoil(ui_db.path, "officials", "full_name", official, 5, 0xFF)
    raised: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, exc, tb: raised.append(exc))  # the app's: uncaught.handle
    monkeypatch.setattr(texts, "inform", lambda *a: None)

    window = MainWindow(ui_db, today=TODAY)  # raised "Could not decode to UTF-8": no window at all
    qtbot.addWidget(window)
    window.show()
    assert window.ask_who_is_working is not None
    from parapp.ui.bad_text_repair import or_said

    assert or_said(window, window.ask_who_is_working) is None  # the start's question, as the app asks it
    qtbot.waitUntil(lambda: bool(raised))
    box = uncaught.show_error_dialog(type(raised[0]), raised[0], raised[0].__traceback__, parent=window)
    _button(box, "Sửa chỗ chữ hỏng").click()
    assert officials.get_official(ui_db, official).full_name == "Nguyễn Thị Hồng Nhung"  # from the change log
    assert window.working_as.findData(official) >= 0  # the status bar's list filled once mended
