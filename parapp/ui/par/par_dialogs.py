"""The small dialogs of the Chỉ số CCHC page: a criterion added or corrected,
the set's province and rank, task evidence to link, and the remediation plan
with a lead for each lost criterion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from parapp.ui.par.par_model import pts
from parapp.core.par.tree import CriteriaSet, Node
from parapp.services.par_remedy import Lead, make_plan, preview
from parapp.store import par_index, par_index_criteria, par_index_evidence
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import name_buttons, save_cancel, tr
from parapp.ui.widgets.unsaved_edits import AsksBeforeDropping

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace



class CriterionDialog(AsksBeforeDropping, QDialog):
    """Correct a criterion (node given) or add one under an area or criterion."""

    def __init__(self, db: Workspace, cset: CriteriaSet, node: Node | None = None, parent_code: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.db, self.cset, self.node = db, cset, node
        self.setWindowTitle(tr("Sửa tiêu chí") if node else tr("Thêm tiêu chí"))
        fit_window(self, 560, 360)
        self.under = QComboBox()
        self.under.addItem(tr("(lĩnh vực mới)"), None)
        for depth, n in cset.walk():
            if n.is_group or (n.self_milli is None and n.official_milli is None):
                self.under.addItem(f"{'  ' * depth}{n.code} – {n.name[:60]}", n.code)
        self.under.setCurrentIndex(max(self.under.findData(parent_code), 0))
        self.name = QPlainTextEdit(node.name if node else "")
        self.name.setTabChangesFocus(True)
        self.name.setMaximumHeight(70)
        self.max = QLineEdit(pts(node.max_milli) if node else "")
        self.max.setPlaceholderText(tr("ví dụ: 2,5"))
        self.guidance = QPlainTextEdit(node.guidance if node else "")
        self.guidance.setTabChangesFocus(True)
        self.asked = QLineEdit(node.evidence_asked if node else "")
        form = QFormLayout()
        if node is None:
            form.addRow(tr("Thuộc"), self.under)
        else:
            form.addRow(tr("Mã"), QLabel(node.code))
        form.addRow(tr("Tên tiêu chí *"), self.name)
        if node is None or not node.is_group:
            form.addRow(tr("Điểm tối đa *"), self.max)
        else:
            form.addRow(tr("Điểm tối đa"), QLabel(tr("{0} (tổng các tiêu chí con)").format(pts(node.max_total))))
        form.addRow(tr("Hướng dẫn chấm điểm"), self.guidance)
        form.addRow(tr("Tài liệu kiểm chứng cần có"), self.asked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(save_cancel(self))
        self.code: str | None = None

    def save(self) -> None:
        def work():
            if self.node is None:
                self.code = par_index_criteria.add_criterion(self.db, self.cset.year, self.under.currentData(),
                                                             self.name.toPlainText(), self.max.text(),
                                                             guidance=self.guidance.toPlainText(),
                                                             evidence_asked=self.asked.text())
            else:
                par_index_criteria.edit_criterion(self.db, self.node.id, name=self.name.toPlainText(),
                                         max_text=None if self.node.is_group else self.max.text(),
                                         guidance=self.guidance.toPlainText(), evidence_asked=self.asked.text())
                self.code = self.node.code

        if not attempt(self, work):
            return
        self.accept()


class SetInfoDialog(AsksBeforeDropping, QDialog):
    def __init__(self, db: Workspace, cset: CriteriaSet, parent=None):
        super().__init__(parent)
        fit_window(self)
        self.db, self.cset = db, cset
        self.setWindowTitle(tr("Bộ tiêu chí năm {0}").format(cset.year))
        self.province = QLineEdit(cset.province)
        self.title = QLineEdit(cset.title)
        self.rank = QLineEdit(cset.official_rank)
        self.rank.setPlaceholderText(tr("ví dụ: 12/96"))
        form = QFormLayout(self)
        form.addRow(tr("Tỉnh"), self.province)
        form.addRow(tr("Tên bộ tiêu chí"), self.title)
        form.addRow(tr("Xếp hạng chính thức"), self.rank)
        form.addRow(save_cancel(self))

    def save(self) -> None:
        if not attempt(self, lambda: par_index.update_info(  # a rank larger than the count it is among: refused
                self.db, self.cset.year, province=self.province.text(), title=self.title.text(),
                official_rank=self.rank.text())):
            return
        self.accept()


class LinkEvidenceDialog(QDialog):
    """Tasks' evidence to link to a criterion: the same files, no copies."""

    def __init__(self, db: Workspace, node: Node, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Lấy tài liệu kiểm chứng từ nhiệm vụ"))
        fit_window(self, 720, 420)
        self.list = QListWidget()
        for c in par_index_evidence.candidates(db, node.id):
            mark = "★ " if c.suggested else ""
            item = QListWidgetItem(f"{mark}{c.original_name} — {c.par_code or '…'} {c.task_content[:70]}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.suggested else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, c.evidence_id)
            self.list.addItem(item)
        note = QLabel(tr("★: tài liệu của nhiệm vụ đã hoàn thành trong năm, cùng mã tiêu chí {0}.").format(node.code)
                      if self.list.count() else tr("Chưa có nhiệm vụ nào có tài liệu kiểm chứng."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    @property
    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class RemedyDialog(AsksBeforeDropping, QDialog):
    """One task per criterion that lost points, each with a lead to confirm. Esc after leads were chosen asks first
    (round 22A: a stray Esc after going through every row threw the choices away); "Lưu" makes the plan."""

    def __init__(self, db: Workspace, year: int, today, parent=None):
        super().__init__(parent)
        from parapp.store import officials

        self.db, self.year, self.today = db, year, today
        self.plan_id: int | None = None
        self.created: list[int] = []
        self.setWindowTitle(tr("Lập kế hoạch khắc phục năm {0}").format(year + 1))
        fit_window(self, 1000, 520)
        self.rows = [r for r in preview(db, year) if not r.done]
        people = officials.list_officials(db, include_inactive=False)
        self.table = QTableWidget(len(self.rows), 5)
        self.table.setHorizontalHeaderLabels([tr("Mã"), tr("Tiêu chí"), tr("Điểm mất"), tr("Nguyên nhân"),
                                              tr("Chủ trì")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.leads: list[QComboBox] = []
        for i, r in enumerate(self.rows):
            for c, text in enumerate((r.task.code, r.task.content.split(": ", 1)[-1], pts(r.task.lost_milli),
                                      r.task.cause)):
                item = QTableWidgetItem(text)
                if c in (0, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, c, item)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(2, 80)
        self.table.setColumnWidth(4, 260)
        for i, r in enumerate(self.rows):
            combo = QComboBox()
            combo.addItem(tr("(chưa giao)"), None)
            if r.lead.official_id is None and (r.lead.text or r.lead.unit_id):
                combo.addItem(r.lead.text or tr("(đơn vị đã giao trước đây)"), ("text", r.lead))
            for o in people:
                combo.addItem(o.label, o.id)
            if r.lead.official_id is not None:
                combo.setCurrentIndex(max(combo.findData(r.lead.official_id), 0))
            elif combo.count() > 1 and isinstance(combo.itemData(1), tuple):
                combo.setCurrentIndex(1)
            self.table.setCellWidget(i, 4, combo)
            self.leads.append(combo)
        intro = QLabel(tr("Mỗi tiêu chí đã chấm mà chưa đạt điểm tối đa (theo điểm thẩm định nếu có, nếu không theo "
                          "điểm tự đánh giá) thành một nhiệm vụ của kế hoạch khắc phục năm {0}. Người chủ trì được "
                          "gợi ý theo các nhiệm vụ đã mang mã đó; hãy xem lại trước khi lập.").format(year + 1))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Lập kế hoạch ({0} nhiệm vụ)").format(len(self.rows)))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.rows))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        if not self.rows:
            layout.addWidget(QLabel(tr("Không có tiêu chí nào bị mất điểm cần thêm vào kế hoạch.")))
        layout.addWidget(buttons)

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Row heights once the stretched columns have their real widths.
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.resizeRowsToContents()

    def chosen_leads(self) -> dict[str, Lead]:
        out = {}
        for r, combo in zip(self.rows, self.leads):
            data = combo.currentData()
            if isinstance(data, tuple):
                out[r.task.code] = data[1]
            else:
                out[r.task.code] = Lead(official_id=data)
        return out

    def create(self) -> None:
        done = attempt(self, lambda: make_plan(self.db, self.year, leads=self.chosen_leads(), today=self.today),
                       tr("Không lập được kế hoạch"))
        if not done:
            return
        outcome = done.value
        self.plan_id, self.created = outcome.plan_id, outcome.created
        self.accept()

    def save(self) -> None:  # "Lưu" on the question asked before dropping the leads chosen
        self.create()
