"""Officials and units: who can be responsible for a task."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout

from parapp.store import officials
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.rows_model import Column, RowsTableModel
from parapp.ui.widgets.rows_page import RowsPage
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import save_cancel, tr
from parapp.ui.widgets.unsaved_edits import AsksBeforeDropping

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace


# Position titles are data the documents print in Vietnamese whatever the interface language: the
# titles of the offices since 1/7/2025 first, the older civil-servant posts for a commune still using them.
COMMON_POSITIONS = [
    "Chánh Văn phòng HĐND và UBND",
    "Phó Chánh Văn phòng HĐND và UBND",
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Chuyên viên",
    "Giám đốc Trung tâm Phục vụ hành chính công",
    "Phó Giám đốc Trung tâm Phục vụ hành chính công",
    "Viên chức",
    "Chủ tịch UBND xã",
    "Phó Chủ tịch UBND xã",
    "Công chức Văn phòng – Thống kê",
    "Công chức Tư pháp – Hộ tịch",
    "Công chức Văn hóa – Xã hội",
    "Công chức Tài chính – Kế toán",
    "Công chức Địa chính – Xây dựng",
]


def leaving_asked(parent, db: Workspace, official_id: int) -> bool:
    """Before an official who still leads open tasks is marked as left: say how many and what to do, and ask.
    One click on "Cho nghỉ" (beside "Sửa…") took them out of the urging letters without a word
    (round 22A)."""
    count = officials.open_tasks_led(db, official_id)
    if not count:
        return True
    from parapp.ui.widgets.texts import ask_yes_no

    name = officials.get_official(db, official_id).full_name
    return ask_yes_no(parent, tr("Cho nghỉ công tác"), tr(
        "{0} đang chủ trì {1} nhiệm vụ chưa hoàn thành. Công văn đôn đốc không gửi cho người đã nghỉ: hãy giao "
        "lại các nhiệm vụ này cho người khác (trang Nhiệm vụ, lọc theo người chủ trì). Vẫn cho nghỉ?"
    ).format(name, count))


class OfficialDialog(AsksBeforeDropping, QDialog):
    def __init__(self, db: Workspace, official_id: int | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.official_id = official_id
        self.setWindowTitle(tr("Sửa thông tin cán bộ") if official_id else tr("Thêm cán bộ"))
        fit_window(self, 520, 240)
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.position = QComboBox()
        self.position.setEditable(True)
        self.position.addItems(COMMON_POSITIONS)
        self.position.setCurrentText("")
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(officials.commune_offices(db))
        self.unit.setCurrentText("")
        self.phone = QLineEdit()
        self.active = QCheckBox(tr("Đang công tác"))
        self.active.setChecked(True)
        form.addRow(tr("Họ và tên *"), self.full_name)
        form.addRow(tr("Chức danh"), self.position)
        form.addRow(tr("Cơ quan, đơn vị"), self.unit)
        form.addRow(tr("Điện thoại"), self.phone)
        form.addRow("", self.active)
        if official_id is not None:
            o = officials.get_official(db, official_id)
            self.full_name.setText(o.full_name)
            self.position.setCurrentText(o.position)
            self.unit.setCurrentText(o.unit_name)
            self.phone.setText(o.phone)
            self.active.setChecked(o.active)
        buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.official_id is not None and not self.active.isChecked() and officials.get_official(
                self.db, self.official_id).active and not leaving_asked(self, self.db, self.official_id):
            return
        if not self._second_of_a_name_asked():
            return
        unit_name = self.unit.currentText().strip()
        data = {"full_name": self.full_name.text(), "position": self.position.currentText(),
                "phone": self.phone.text(), "active": self.active.isChecked()}
        def work() -> int:
            with self.db.atomic():
                data["unit_id"] = officials.get_or_create_unit(self.db, unit_name) if unit_name else None
                if self.official_id is None:
                    return officials.add_official(self.db, data)
                officials.update_official(self.db, self.official_id, data)
                return self.official_id

        # The new official's number taken once stored: round 38B, a disk full at the commit left the form holding the
        # number of a row rolled back, and every Lưu after room was made said "Không tìm thấy cán bộ số 8.".
        done = attempt(self, work)
        if not done:
            return
        self.official_id = done.value
        self.accept()


    def _second_of_a_name_asked(self) -> bool:
        """A name another official already has (the same person typed again, most often): ask before a second
        one, who would show in every list as the first does, and split the tasks between them (round 22A)."""
        typed = same_name(self.full_name.text())
        if not typed or (self.official_id is not None
                         and same_name(officials.get_official(self.db, self.official_id).full_name) == typed):
            return True
        others = [o for o in officials.list_officials(self.db)
                  if o.id != self.official_id and same_name(o.full_name) == typed]
        if not others:
            return True
        from parapp.ui.widgets.texts import ask_yes_no

        o = others[0]
        return ask_yes_no(self, self.windowTitle(), tr(
            "Đã có cán bộ {0}{1}. Nếu là cùng một người, bấm Không rồi sửa người đã có. Vẫn thêm một người nữa "
            "cùng tên?").format(o.full_name, f" – {o.position or o.unit_name}" if o.position or o.unit_name else ""))


def same_name(name: str) -> str:
    """A name however spaced, cased or composed: "Nguyễn Văn  hùng" is "Nguyễn Văn Hùng" (never "Hưng")."""
    import unicodedata

    return " ".join(unicodedata.normalize("NFC", name).lower().split())


class OfficialsPage(RowsPage):
    dialog_class = OfficialDialog
    dialog_id = "official_id"

    def __init__(self, db: Workspace, today=None, parent=None):
        super().__init__(db, parent)
        import datetime as dt

        self.today = today or dt.date.today()
        model = RowsTableModel([
            Column(tr("Họ và tên"), lambda o: o.full_name),
            Column(tr("Chức danh"), lambda o: o.position),
            Column(tr("Cơ quan, đơn vị"), lambda o: o.unit_name),
            Column(tr("Điện thoại"), lambda o: o.phone),
            Column(tr("Tình trạng"), lambda o: tr("Đang công tác") if o.active else tr("Đã nghỉ")),
        ], dimmed=lambda o: not o.active, parent=self)
        self.setup(model, [(tr("Thêm cán bộ…"), self.add), (tr("Sửa…"), self.edit),
                           (tr("Cho nghỉ / công tác lại"), self.toggle_active),
                           # chasing what each one leads: printed, never written
                           (tr("Danh sách việc cho giao ban…"), self.meeting_lists, True),
                           (tr("Soạn công văn đôn đốc…"), self.urging_letter, True)],
                   row_actions=(self.edit, self.toggle_active))

    def reload(self) -> None:
        self.model.set_rows(officials.list_officials(self.db))

    def print_shown(self, window) -> None:
        from parapp.ui.preview.printing import preview_table

        preview_table(window, self.db, self.today, "Danh sách cán bộ, công chức", [], self.model,
                      [40, 45, 40, 22, 20], "Danh sách cán bộ.pdf")

    def toggle_active(self) -> None:
        o = self.current_row()
        if o is None or (o.active and not leaving_asked(self, self.db, o.id)):
            return
        if attempt(self, lambda: officials.update_official(self.db, o.id, {"active": not o.active})):
            self._after_change(o.id)

    def meeting_lists(self) -> None:
        from parapp.ui.chasing.meeting_dialog import MeetingListsDialog

        MeetingListsDialog(self.db, self.today, self).exec()

    def urging_letter(self) -> None:
        from parapp.ui.chasing.letter_dialog import LetterDialog

        LetterDialog(self.db, self.today, self).exec()
