"""Who is working on this PC: asked at start, remembered per computer user.

The change log names the official behind every change, and an office PC is
shared. The question never blocks the window: it is a small window of its
own, Escape (or "Để sau") puts it off until the next start, and the switch
in the status bar changes the answer at any time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import tr


class WhoIsWorkingDialog(QDialog):
    def __init__(self, window, officials: list, chosen: int | None = None):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(tr("Ai đang làm việc?"))
        self.setModal(False)  # the window stays usable: the question can wait
        intro = QLabel(tr("Chọn tên của mình để Nhật ký ghi đúng người thực hiện mỗi thay đổi. ParApp nhớ lựa chọn này "
                          "cho tài khoản máy tính đang dùng; đổi lại ở thanh trạng thái, mục “Làm việc với tư cách”."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        for o in officials:
            item = QListWidgetItem(o.label)
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            self.list.addItem(item)
        # Only the official this computer account chose last time is preselected, else nobody:
        # Enter on a preselected stranger would sign every change of the day with the wrong name.
        self.list.setCurrentRow(next((i for i, o in enumerate(officials) if o.id == chosen), -1))
        self.list.itemActivated.connect(lambda _: self.choose())
        buttons = QDialogButtonBox()
        self.choose_btn = buttons.addButton(tr("Đây là tôi"), QDialogButtonBox.ButtonRole.AcceptRole)
        later = buttons.addButton(tr("Để sau"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(tr("Hỏi lại lần mở sau (phím Esc)"))
        # A newcomer whose name is not there yet (a fresh-eyes walk, round 43: after restoring a predecessor's data the
        # list held only the colleague's officials; she had to put this off, add herself on Cán bộ, then choose).
        add = buttons.addButton(tr("Tên tôi chưa có…"), QDialogButtonBox.ButtonRole.ActionRole)
        add.clicked.connect(self.add_me)
        buttons.accepted.connect(self.choose)
        self.list.currentRowChanged.connect(lambda row: self.choose_btn.setEnabled(row >= 0))
        self.choose_btn.setEnabled(self.list.currentRow() >= 0)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        fit_window(self, 460, 360)

    def add_me(self) -> None:
        from parapp.ui.people.officials_page import OfficialDialog

        dlg = OfficialDialog(self.window_.db, parent=self)
        if not dlg.exec() or dlg.official_id is None:
            return
        self.window_.refresh_all()  # the switch, the Cán bộ page and the lists of leads know her
        self.window_.set_working_as(dlg.official_id)
        self.accept()

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None or self.list.currentRow() < 0:
            return  # nobody chosen: Enter records no one
        self.window_.set_working_as(item.data(Qt.ItemDataRole.UserRole))
        self.accept()


def ask_who_is_working(window, force: bool = False) -> WhoIsWorkingDialog | None:
    """Show the question unless this computer user has already answered (or there is nobody to choose)."""
    from parapp.store import officials
    from parapp.store.change_log import remembered_official

    if window.readonly:
        return None
    people = officials.list_officials(window.db, include_inactive=False)
    remembered = remembered_official(window.db)
    if not people or (not force and remembered is not None):
        return None
    dlg = WhoIsWorkingDialog(window, people, remembered)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    window.who_dialog = dlg
    return dlg


def refill_switch(switch, db, readonly: bool) -> None:
    """The status bar's "Làm việc với tư cách" list: the active officials, the one this computer
    user chose selected; switched off on read-only data (the choice is stored in it)."""
    from parapp.store import officials
    from parapp.store.change_log import current_actor

    switch.blockSignals(True)
    switch.clear()
    switch.addItem(tr("(chưa chọn)"), None)
    for o in officials.list_officials(db, include_inactive=False):
        switch.addItem(o.label, o.id)
    if not readonly:
        switch.setCurrentIndex(max(switch.findData(current_actor(db)[1]), 0))
    switch.blockSignals(False)
    switch.setEnabled(not readonly)


def remember_choice(db, official_id: int | None, switch: QComboBox | None = None) -> None:
    """The change log names this official from now on, and this computer user is remembered as them. Not stored (a
    full disk, said by the caller's handler), `switch` goes back to the official the log names: round 38B, it showed
    the one chosen while every change after was logged as the one before, and choosing again did nothing."""
    from parapp.store.change_log import current_actor, remember_official, set_actor

    try:
        with db.atomic():
            set_actor(db, official_id)
            remember_official(db, official_id)
    except BaseException:
        if switch is not None:
            try:
                logged = current_actor(db)[1]
            except Exception:  # noqa: BLE001 - the data unreadable too: the choice's own error is the one said
                logged = None
            switch.blockSignals(True)
            switch.setCurrentIndex(max(switch.findData(logged), 0))
            switch.blockSignals(False)
        raise
