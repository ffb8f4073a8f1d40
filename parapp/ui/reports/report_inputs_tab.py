"""The report editor's "Căn cứ và kiến nghị" tab: the documents the opening cites and the period's proposals (part
V), kept per period and used by every redraft. Mixed into ReportEditor (before QDialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from parapp.ui.widgets.doc_list import DocListWidget
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.texts import tr


class InputsPart:
    _proposals_loaded = ""

    def _inputs_tab(self) -> QWidget:
        """What the opening cites and what part V proposes: kept per period, used by every redraft."""
        w = QWidget()
        form = QFormLayout(w)
        self.basis = DocListWidget(self, scopes=(tr("Cả năm {0}").format(self.period.year),
                                                 tr("Riêng báo cáo này")))
        self.proposals = QPlainTextEdit()
        self.proposals.setPlaceholderText(tr("Mỗi kiến nghị một dòng, ví dụ: Đề nghị Sở Nội vụ tổ chức tập huấn …"))
        self.apply_inputs_btn = QPushButton(tr("Lưu và cập nhật phần mở đầu, mục V"))
        self.apply_inputs_btn.clicked.connect(self.apply_inputs)
        hint = QLabel(tr("Phần mở đầu trích dẫn các văn bản này (kế hoạch, công văn yêu cầu báo cáo của cấp trên) và "
                         "kế "
                         "hoạch cải cách hành chính năm của xã (đánh dấu ở trang Kế hoạch). Mục V gồm các kiến nghị "
                         "dưới đây và kiến nghị ghi ở từng nhiệm vụ quá hạn."))
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(tr("Văn bản căn cứ"), self.basis)
        form.addRow(tr("Kiến nghị của kỳ"), self.proposals)
        form.addRow("", self.apply_inputs_btn)
        return w

    def _load_inputs(self) -> None:
        from parapp.store.report_inputs import basis_rows, list_proposals

        self.basis.set_rows(basis_rows(self.db, self.period.year, self.period.kind.value))
        self.proposals.setPlainText("\n".join(list_proposals(self.db, self.period.year, self.period.kind.value)))
        self._proposals_loaded = self.proposals.toPlainText()

    def apply_inputs(self) -> bool:
        from parapp.store.report_inputs import set_basis, set_proposals

        kind = self.period.kind.value
        rows = [(kind if scope else "", d) for scope, d in self.basis.rows()]
        def work():
            with self.db.atomic():
                set_basis(self.db, self.period.year, kind, rows)
                set_proposals(self.db, self.period.year, kind, self.proposals.toPlainText().splitlines())

        if self.dirty and not self.save():  # the draft's own words first, kept whatever follows
            return False
        typed, stored_as = (self.basis.rows(), self.proposals.toPlainText()), (self.report_id, self.dirty)
        try:
            # Stored and the opening and part V redrafted from them, or neither: round 36B, a disk that filled between
            # the two kept them stored, the draft without them, said as "nguyên vẹn". The editor keeps what was typed.
            with self.db.atomic():
                if not attempt(self, work):
                    return False
                self._regenerate({"opening", "proposals"}, ask_edited=True)
        except BaseException:
            # A draft only looked at (round 43) is stored by the redraft, inside this transaction: rolled back, it is
            # unsaved again. Round 44B: the editor kept its number, "Không tìm thấy báo cáo số 4" said for the full
            # disk, then at every save and at the close, the proposals typed lost.
            self.report_id, self.dirty = stored_as
            self._load()
            self.basis.set_rows(typed[0])
            self.basis.changed = True
            self.proposals.setPlainText(typed[1])
            raise
        return True

    def keep_inputs(self) -> bool:
        """A document or a proposal changed and the editor closing without "Lưu và cập nhật …": stored and the
        opening and part V redrafted, as the button does (round 21A: they were dropped without a word). False when
        they could not be stored (said): the editor stays open with them (round 35B)."""
        record = getattr(self, "record", None)
        if record is None or record.is_final or (not self.basis.changed
                                                 and self.proposals.toPlainText() == self._proposals_loaded):
            return True
        return self.apply_inputs()
