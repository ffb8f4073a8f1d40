"""The commune's settings; also the first-run setup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QTabWidget,
    QVBoxLayout, QWidget,
)

from parapp.core import commune_structure as cs
from parapp.store import officials
from parapp.store.settings import CommuneSettings, load_settings, save_settings
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import save_cancel, tr
from parapp.ui.widgets.unsaved_edits import AsksBeforeDropping

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace



class SettingsDialog(AsksBeforeDropping, QDialog):
    def __init__(self, db: Workspace, parent=None, first_run: bool = False):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(tr("Thiết lập ban đầu") if first_run else tr("Thông tin của xã"))
        fit_window(self, 620, 420)
        s = load_settings(db)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(tr("Chào mừng đến với ParApp. Hãy nhập thông tin của xã: chúng được in trên báo cáo "
                              "và kế hoạch. Có thể sửa lại bất cứ lúc nào trong menu Tệp → Thông tin của xã."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.commune_name = QLineEdit(s.commune_name)
        self.commune_name.setPlaceholderText(tr("ví dụ: Ủy ban nhân dân xã Ba Giang"))
        self.superior_body = QLineEdit(s.superior_body)
        self.superior_body.setPlaceholderText(tr("ví dụ: Ủy ban nhân dân tỉnh Quảng Ngãi"))
        self.place_name = QLineEdit(s.place_name)
        self.place_name.setPlaceholderText(tr("địa danh ghi ở dòng ngày tháng, ví dụ: Ba Giang"))
        self.chairman = QLineEdit(s.chairman)
        self.vice_chairmen = QPlainTextEdit("\n".join(s.vice_chairmen))
        self.vice_chairmen.setPlaceholderText(tr("mỗi người một dòng"))
        self.vice_chairmen.setMaximumHeight(80)
        self.office_official = QComboBox()
        self.office_official.addItem(tr("(chưa chọn)"), None)
        for o in officials.list_officials(db, include_inactive=False):
            self.office_official.addItem(o.label, o.id)
        i = self.office_official.findData(s.office_official_id)
        self.office_official.setCurrentIndex(max(i, 0))
        form.addRow(tr("Tên UBND xã *"), self.commune_name)
        form.addRow(tr("Cơ quan cấp trên"), self.superior_body)
        form.addRow(tr("Địa danh"), self.place_name)
        form.addRow(tr("Chủ tịch UBND xã"), self.chairman)
        form.addRow(tr("Các Phó Chủ tịch"), self.vice_chairmen)
        form.addRow(tr("Người tổng hợp báo cáo CCHC"), self.office_official)
        from parapp.store.settings import get_pref
        from parapp.ui.i18n import LANGUAGES

        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(get_pref(db, "language", "vi")), 0))
        self.language.setToolTip(tr("Giao diện đổi sang ngôn ngữ này ngay khi lưu."))  # at once (round 22A)
        form.addRow(tr("Ngôn ngữ giao diện"), self.language)
        tabs = QTabWidget()
        general = QWidget()
        general.setLayout(form)
        tabs.addTab(general, tr("Thông tin chung"))
        tabs.addTab(self._structure_tab(s), tr("Tổ chức bộ máy"))
        tabs.addTab(self._documents_tab(s), tr("Văn bản in"))
        from parapp.ui.chasing.settings_tab import ReminderSettings

        self.reminder_tab = ReminderSettings(db)
        tabs.addTab(self.reminder_tab, tr("Nhắc việc"))
        layout.addWidget(tabs)
        # Tab goes to the next field, as in every other form: in these lists it typed a tab character and went
        # nowhere, so the keyboard never reached "Lưu" from the first field (round 22A). Enter starts a new line.
        for lines in (self.vice_chairmen, self.offices, self.recipients, self.cc):
            lines.setTabChangesFocus(True)
        buttons = save_cancel(self)
        if first_run:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Để sau"))
        layout.addWidget(buttons)

    def _structure_tab(self, s: CommuneSettings) -> QWidget:
        """The commune's offices and the unit that receives dossiers: the names its reports print."""
        w = QWidget()
        column = QVBoxLayout(w)
        note = QLabel(tr("Báo cáo gửi cấp trên nêu tên cơ quan chủ trì (ví dụ: Phòng Văn hóa – Xã hội), không nêu tên "
                         "người. Mỗi cán bộ thuộc một cơ quan: chọn ở trang Cán bộ."))
        note.setWordWrap(True)
        column.addWidget(note)
        f = QFormLayout()
        column.addLayout(f)
        column.addStretch(1)
        self.structure = QComboBox()
        for preset in cs.PRESETS:
            self.structure.addItem(tr(preset.label), preset.key)
        self.structure.addItem(tr("Theo quyết định của tỉnh (tự nhập)"), "")
        current = cs.preset_of(s.offices, s.one_stop_unit)
        self.structure.setCurrentIndex(max(self.structure.findData(current.key if current else ""), 0))
        self.structure.activated.connect(self._apply_preset)
        self.offices = QPlainTextEdit("\n".join(s.offices))
        self.offices.setPlaceholderText(tr("mỗi cơ quan một dòng, ví dụ: Phòng Văn hóa – Xã hội"))
        self.offices.setMaximumHeight(110)
        self.one_stop = QComboBox()
        self.one_stop.setEditable(True)
        self.one_stop.addItems(cs.ONE_STOP_NAMES)
        self.one_stop.setCurrentText(s.one_stop_unit)
        f.addRow(tr("Mẫu tổ chức"), self.structure)
        f.addRow(tr("Các cơ quan chuyên môn"), self.offices)
        f.addRow(tr("Nơi tiếp nhận hồ sơ"), self.one_stop)
        return w

    def _apply_preset(self) -> None:
        preset = next((p for p in cs.PRESETS if p.key == self.structure.currentData()), None)
        if preset is not None:
            self.offices.setPlainText("\n".join(preset.offices))
            self.one_stop.setCurrentText(preset.one_stop)

    def _documents_tab(self, s: CommuneSettings) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.signer = QComboBox()
        self._signer_row: int | None = None  # the line of "Các Phó Chủ tịch" whose vice chairman signs
        self._signer_lines = 0  # how many lines it had then
        self._fill_signers(s.signer)
        self.signer.activated.connect(lambda: self._note_signer_row(chosen=True))
        # Follows the vice-chairmen as they are typed on the other tab (round 22A): one typed was not offered until
        # saved and reopened, and one deleted stayed the signer, every print then refused.
        self.vice_chairmen.textChanged.connect(lambda: self._fill_signers(self.signer.currentData()))
        self.recipients = QPlainTextEdit("\n".join(s.report_recipients))
        self._recipients_hint(s.superior_body)
        # Follows the superior body as it is typed on the other tab, not only after saving.
        self.superior_body.textChanged.connect(self._recipients_hint)
        self.recipients.setMaximumHeight(70)
        self.cc = QPlainTextEdit("\n".join(s.report_cc))
        self.cc.setPlaceholderText(tr("mỗi nơi một dòng, ví dụ: Như trên; TT Đảng ủy, HĐND xã"))
        self.cc.setMaximumHeight(90)
        self.drafting_unit = QLineEdit(s.drafting_unit)
        self.header_parent = QLineEdit(s.header_parent)
        self.header_parent.setPlaceholderText(tr("thường để trống với văn bản của UBND xã"))
        f.addRow(tr("Người ký"), self.signer)
        f.addRow(tr("Kính gửi"), self.recipients)
        f.addRow(tr("Nơi nhận"), self.cc)
        f.addRow(tr("Đơn vị soạn thảo (Lưu: VT, …)"), self.drafting_unit)
        f.addRow(tr("Cơ quan chủ quản"), self.header_parent)
        self.naming = QComboBox()
        self.naming.addItem(tr("Chỉ nêu cơ quan chủ trì ở việc chậm, quá hạn"), "late")
        self.naming.addItem(tr("Nêu cơ quan chủ trì ở mọi việc"), "always")
        self.naming.addItem(tr("Không nêu cơ quan chủ trì"), "never")
        self.naming.setCurrentIndex(max(self.naming.findData(s.report_naming), 0))
        f.addRow(tr("Cơ quan chủ trì trong báo cáo"), self.naming)
        self.persons = QCheckBox(tr("Nêu cả tên người chủ trì (chỉ dùng cho báo cáo nội bộ)"))
        self.persons.setChecked(s.report_persons)
        f.addRow("", self.persons)
        self.numbering = QComboBox()
        self.numbering.addItem(tr("Để trống, hệ thống quản lý văn bản cấp khi ban hành"), "system")
        self.numbering.addItem(tr("Văn thư cấp số khi chốt báo cáo, in sẵn số và ngày"), "office")
        self.numbering.setCurrentIndex(max(self.numbering.findData(s.numbering), 0))
        self.numbering.setToolTip(tr("Nghị định 30/2020 cho phép hệ thống quản lý văn bản điện tử cấp số và ngày khi "
                                     "ký số, phát hành. Báo cáo đã chốt in theo lựa chọn lúc chốt."))
        f.addRow(tr("Số và ngày báo cáo"), self.numbering)
        return w

    def _renamed_offices(self, s: CommuneSettings) -> list[tuple[str, str]]:
        """An office renamed here (a name gone, a new one), or the unit receiving dossiers: its officials and the
        tasks it leads kept the old name, so reports and letters printed it, with nothing said (round 22A). Asked:
        moved under the new name ("Có"), or left as they are."""
        from parapp.core.vntext import clean
        from parapp.ui.widgets.texts import ask_yes_no

        before = load_settings(self.db)
        typed = [clean(n) for n in s.offices if clean(n)]
        pairs = []
        gone, came = [n for n in before.offices if n not in typed], [n for n in typed if n not in before.offices]
        if len(came) == len(gone):  # several renamed in one save (round 23B: nothing was asked), in the list's order
            pairs += list(zip(gone, came))
        elif len(came) == 1:  # merged into one
            pairs += [(old, came[0]) for old in gone]
        if clean(s.one_stop_unit) and clean(s.one_stop_unit) != before.one_stop_unit:
            pairs.append((before.one_stop_unit, clean(s.one_stop_unit)))
        moves = []
        for old, new in pairs:
            people, led = officials.office_in_use(self.db, old)
            if (people or led) and ask_yes_no(self, tr("Đổi tên cơ quan"), tr(
                    "“{0}” đổi tên thành “{1}”? Có: {2} cán bộ và {3} nhiệm vụ do “{0}” chủ trì chuyển sang “{1}”, "
                    "báo cáo và công văn ghi tên mới. Không: họ vẫn thuộc “{0}” (sửa từng người ở trang Cán bộ)."
            ).format(old, new, people, led)):
                moves.append((old, new))
        return moves

    def _fill_signers(self, chosen: str | None) -> None:
        from parapp.core.vntext import clean

        self.signer.blockSignals(True)
        self.signer.clear()
        self.signer.addItem(tr("Chủ tịch ký (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH)"), "chairman")
        for v in dict.fromkeys(clean(v) for v in self.vice_chairmen.toPlainText().splitlines() if clean(v)):
            self.signer.addItem(tr("{0} ký thay (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)").format(v), f"vice:{v}")
        index = self.signer.findData(chosen)
        lines = [clean(v) for v in self.vice_chairmen.toPlainText().splitlines()]
        row = self._signer_row
        if index < 0 and row is not None and len(lines) == self._signer_lines and lines[row]:
            # The signer's name being corrected a key at a time (round 23A): he stays the signer, not the chairman.
            # A line added or taken away moves the names: no guess then.
            index = self.signer.findData(f"vice:{lines[row]}")
        self.signer.setCurrentIndex(max(index, 0))
        self.signer.blockSignals(False)
        self._note_signer_row()

    def _note_signer_row(self, chosen: bool = False) -> None:
        """Where the signing vice chairman's line is; forgotten only when another signer is chosen."""
        from parapp.core.vntext import clean

        data = self.signer.currentData() or ""
        lines = [clean(v) for v in self.vice_chairmen.toPlainText().splitlines()]
        if data.startswith("vice:") and data[5:] in lines:
            self._signer_row = lines.index(data[5:])
        elif chosen:
            self._signer_row = None
        self._signer_lines = len(lines)

    def _recipients_hint(self, superior: str) -> None:
        self.recipients.setPlaceholderText(tr("mỗi nơi một dòng; để trống: gửi cơ quan cấp trên ({0})")
                                           .format(superior.strip() or tr("chưa nhập")))

    def save(self) -> None:
        s = CommuneSettings(
            commune_name=self.commune_name.text(),
            superior_body=self.superior_body.text(),
            place_name=self.place_name.text(),
            chairman=self.chairman.text(),
            vice_chairmen=self.vice_chairmen.toPlainText().splitlines(),
            office_official_id=self.office_official.currentData(),
            header_parent=self.header_parent.text(),
            report_recipients=self.recipients.toPlainText().splitlines(),
            report_cc=self.cc.toPlainText().splitlines(),
            drafting_unit=self.drafting_unit.text(),
            signer=self.signer.currentData(),
            report_naming=self.naming.currentData(),
            report_persons=self.persons.isChecked(),
            offices=self.offices.toPlainText().splitlines(),
            one_stop_unit=self.one_stop.currentText(),
            numbering=self.numbering.currentData(),
        )
        moves = self._renamed_offices(s)

        def work():
            from parapp.store.settings import set_pref

            with self.db.atomic():
                for old, new in moves:
                    officials.move_office(self.db, old, new)
                save_settings(self.db, s)
                set_pref(self.db, "language", self.language.currentData())
                self.reminder_tab.save(self.db)

        # Officials and tasks moved to a renamed office: the pages showing them read them again (round 22A). The
        # kinds of parapp.ui.pages, by their names (a dialog does not import the window's shell).
        changed = {"settings", "officials", "tasks"} if moves else {"settings"}
        if not attempt(self, work, failed=lambda exc: self.commune_name.setFocus(), changes=changed):
            return
        self.accept()
