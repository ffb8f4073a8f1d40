"""A fresh-eyes walk (round 43): after restoring a predecessor's data, "Ai đang làm việc?" listed only the colleague's
officials and no way for the newcomer to add herself: she had to put it off, add herself on Cán bộ, then choose in the
status bar. The question now has "Tên tôi chưa có…", which adds her and chooses her."""

from PySide6.QtWidgets import QDialog

from parapp.store import officials
from parapp.store.change_log import current_actor


def test_a_newcomer_adds_herself_from_the_question(window, ui_db, monkeypatch):
    from parapp.ui.people import officials_page

    officials.add_official(ui_db, {"full_name": "Nguyễn Thị Hồng Nhung", "position": "Công chức"})
    window.refresh_all()
    dlg = window.ask_who_is_working(force=True)
    assert dlg is not None

    def filled(self):
        self.full_name.setText("Trần Thị Mai")
        self.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(officials_page.OfficialDialog, "exec", filled)
    dlg.add_me()
    mai = next(o.id for o in officials.list_officials(ui_db) if o.full_name == "Trần Thị Mai")
    assert current_actor(ui_db)[1] == mai and window.working_as.currentData() == mai
