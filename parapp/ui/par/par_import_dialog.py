"""Import a province's criteria set: paste or open the annex, see every row as
it will be stored (areas, criteria, guidance lines, the total), fix a code or
a maximum in place, then store it in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QHeaderView, QLineEdit, QPushButton, QSpinBox, QTableView,
)

from parapp.core.messages import N_, ParAppError
from parapp.core.par.build import AREA, GROUP, GUIDANCE, TOTAL, Built, ParsedRow, scores_of_another_year
from parapp.core.par.columns import FIELDS
from parapp.core.par.reading import ReadTable, read_file, read_text, remap
from parapp.services.par_sets import store_set
from parapp.store.par_index import get_info
from parapp.ui.importing.base import ImportDialogBase
from parapp.ui.importing.preview_rows import PreviewRowsModel
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import ask_yes_no, show_error, tr, trc

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace


KIND = {AREA: N_("par", "Lĩnh vực"), GROUP: N_("par", "Nhóm tiêu chí"), "criterion": N_("par", "Tiêu chí"),
        GUIDANCE: N_("par", "Hướng dẫn (của tiêu chí trên)"), TOTAL: N_("par", "Dòng tổng"),
        "ignored": N_("par", "Không nhập")}
FIELD_LABELS = {"stt": N_("par", "STT, mã"), "name": N_("par", "Tên tiêu chí"), "max": N_("par", "Điểm tối đa"),
                "self": N_("par", "Điểm tự đánh giá"), "official": N_("par", "Điểm thẩm định"),
                "guidance": N_("par", "Hướng dẫn chấm điểm"), "evidence": N_("par", "Tài liệu kiểm chứng"),
                "note": N_("par", "Giải trình")}
# (attribute, header, editable)
COLUMNS = [("skip", N_("par", "Nhập"), False), ("line", N_("par", "Dòng"), False), ("label", N_("par", "STT"), True),
           ("code", N_("par", "Mã"), False), ("name", N_("par", "Tên"), True), ("max_text", N_("par", "Tối đa"), True),
           ("kind", N_("par", "Loại"), False), ("problems", N_("par", "Cần xem lại"), False)]
PROBLEM_BG, WARNING_BG = QColor("#fde0c8"), QColor("#fff1c2")


def _tr_msg(m) -> str:
    return QCoreApplication.translate("par", m.template).format(*m.args) if hasattr(m, "template") else str(m)


class SetPreviewModel(PreviewRowsModel):
    context = "par"
    columns = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.on_edit = None

    def cell(self, index, r: ParsedRow, name: str, role):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if name == "kind":
                return trc("par", KIND[r.kind])
            if name == "problems":
                return " ".join(_tr_msg(m) for m in r.problems + r.warnings)
            if name == "name" and role == Qt.ItemDataRole.DisplayRole:
                return "    " * r.depth + r.name.replace("\n", " ")
            return getattr(r, name)
        if role == Qt.ItemDataRole.ToolTipRole and (r.problems or r.warnings):
            return "\n".join(_tr_msg(m) for m in r.problems + r.warnings)
        if role == Qt.ItemDataRole.BackgroundRole and not r.skip:
            if r.problems:
                return QBrush(PROBLEM_BG)
            if r.warnings:
                return QBrush(WARNING_BG)
        if role == Qt.ItemDataRole.FontRole and r.kind in (AREA, GROUP, TOTAL):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and (r.skip or r.kind in (GUIDANCE, "ignored")):
            return QBrush(QColor("#777777"))
        return None

    def edited(self, row: int) -> None:
        super().edited(row)
        if self.on_edit:
            self.on_edit()


class ParImportDialog(ImportDialogBase):
    def __init__(self, db: Workspace, year: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.read: ReadTable | None = None
        self.built: Built | None = None
        self.source_name = ""
        self.stored_year: int | None = None
        self.file_scored: set[tuple[str, str]] = set()  # (code, "self" or "official") the stored file gave a score
        self.setWindowTitle(tr("Nhập bộ tiêu chí Chỉ số CCHC"))
        fit_window(self, 1200, 700)
        top = self.source_bar(tr("Dán bảng vừa sao chép"),
                              tr("Bảng tiêu chí của tỉnh (Word, Excel, CSV): cột STT/mã, tên tiêu chí, điểm tối đa; "
                                 "có thể có hướng dẫn chấm điểm, tài liệu kiểm chứng, điểm tự đánh giá, "
                                 "điểm thẩm định."))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(self._refresh)
        self.province = QLineEdit()
        self.replace = QCheckBox(tr("Thay bộ tiêu chí đã có của năm này (giữ điểm, giải trình, tài liệu theo mã)"))
        form = QFormLayout()
        form.addRow(tr("Năm được đánh giá"), self.year)
        form.addRow(tr("Tỉnh"), self.province)
        form.addRow("", self.replace)
        self.model = SetPreviewModel(self)
        # Rebuilt after the edit has finished: resetting the model inside setData would pull the editor away.
        self.model.on_edit = lambda: QTimer.singleShot(0, self._rebuild)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, w in ((0, 45), (1, 50), (2, 55), (3, 65), (5, 80), (6, 200), (7, 280)):
            self.table.setColumnWidth(col, w)
        self.store_btn = QPushButton(tr("Lưu bộ tiêu chí"))
        self.store_btn.setEnabled(False)
        self.store_btn.clicked.connect(self.do_store)
        self.arrange(top, form, self.table, [self.store_btn])
        self._refresh()

    # -- sources -----------------------------------------------------------------
    def file_question(self) -> tuple[str, str]:
        return tr("Chọn tệp bộ tiêu chí"), tr("Bộ tiêu chí (*.docx *.xlsx *.csv *.txt *.htm *.html *.xls);;Mọi tệp (*)")

    def load_mime(self, mime) -> None:
        self.read_source(lambda: read_text(mime.text() if mime.hasText() else "",
                                           mime.html() if mime.hasHtml() else None), tr("bảng dán"))

    def load_file(self, path: Path) -> None:
        self.read_source(lambda: read_file(path), Path(path).name)

    def loaded(self, read: ReadTable) -> None:
        self.read = read
        if self.read.year:
            self.year.blockSignals(True)
            self.year.setValue(self.read.year)
            self.year.blockSignals(False)
        if self.read.province and not self.province.text():
            self.province.setText(self.read.province)
        self._build_combos()
        self._rebuild()

    def _build_combos(self) -> None:
        self.fill_columns(self.read.header, [(trc("par", FIELD_LABELS[f]), f) for f in FIELDS], self.read.columns,
                          self._remap, width=28)

    def _remap(self) -> None:
        self.read = remap(self.read, self.chosen_columns())
        self._rebuild()

    # -- preview ----------------------------------------------------------------
    def _rebuild(self) -> None:
        if self.read is None:
            return
        self.built = self.read.build(self.year.value())
        self.model.set_rows(self.built.rows)
        self._refresh()

    def _refresh(self) -> None:
        exists = get_info(self.db, self.year.value()) is not None
        self.replace.setVisible(exists)
        b = self.built
        if b is None:
            self.store_btn.setEnabled(False)
            return
        if b.criteria.year != self.year.value():
            self._rebuild()
            return
        c = b.criteria
        from parapp.ui.par.par_model import pts

        text = tr("Đọc được {0} lĩnh vực, {1} tiêu chí chấm điểm; tổng điểm tối đa {2}.").format(
            len(c.areas), len(c.leaves()), pts(c.max_total))
        for m in [*b.mismatches, *self.read.notes]:  # round 25B: the columns no field takes, named
            text += " " + _tr_msg(m)
        if b.blocking:
            text += " " + tr("{0} dòng cần sửa (tô cam) trước khi lưu.").format(len(b.blocking))
        if exists:
            text += " " + tr("Năm {0} đã có bộ tiêu chí.").format(self.year.value())
        other = scores_of_another_year(c, self.read.title_year)  # round 42D: another year's scores
        if other is not None:
            text += " " + _tr_msg(other)
        self.summary.setText(text)
        self.store_btn.setEnabled(bool(c.leaves()) and not b.blocking and other is None)

    def _lost_scores_agreed(self, c) -> bool:
        """Replacing loses the scores of criteria the new set lacks: named, and asked, before anything is stored."""
        import copy

        from parapp.core.par.points import format_points
        from parapp.store.par_index import prepare_store

        try:
            outcome = prepare_store(self.db, copy.deepcopy(c), replace=True).outcome
        except ParAppError:
            return True  # store_set says what is wrong
        lost = outcome.lost
        if not (lost or outcome.unlinked or outcome.rescored or outcome.explanations_replaced or outcome.renamed):
            return True
        def said(items) -> str:
            return ", ".join(f"{code} ({format_points(s) if s is not None else '–'} / "
                             f"{format_points(o) if o is not None else '–'})" for code, s, o in items)

        # Round 24C: a criterion kept whose new maximum is below its score was said to be no longer in the set. Round
        # 25B (left by 24C): of those no longer in it, the explanation and the documents are lost too, as the command
        # says; the question spoke of their scores alone.
        still, groups = {n.code for n in c.leaves()}, {n.code for _, n in c.walk() if n.is_group}
        gone, over = [x for x in lost if x[0] not in still | groups], [x for x in lost if x[0] in still]
        split = [x for x in lost if x[0] in groups]  # round 26D: they were said to be gone
        parts = [tr("Các tiêu chí sau nay có tiêu chí con: điểm (tự đánh giá / thẩm định), giải trình và tài liệu "
                    "kiểm chứng của chúng sẽ không giữ được, hãy chấm lại từng tiêu chí con: {0}.").format(said(split))
                 ] if split else []
        parts += [tr("Các tiêu chí sau không còn trong bộ mới: điểm (tự đánh giá / thẩm định), giải trình và tài liệu "
                    "kiểm chứng của chúng sẽ không giữ được: {0}.").format(said(gone))] if gone else []
        parts += [tr("Các tiêu chí sau có điểm tối đa mới thấp hơn điểm đã chấm: điểm (tự đánh giá / thẩm định) sẽ "
                     "không giữ được, giải trình và tài liệu vẫn giữ: {0}.").format(said(over))] if over else []
        parts += [tr("Các nhiệm vụ khắc phục sau sẽ không còn gắn với tiêu chí nào của bộ mới (nhiệm vụ vẫn ở trong kế "
                     "hoạch): {0}.").format(", ".join(f"{t} ({code})" for t, code in outcome.unlinked))
                  ] if outcome.unlinked else []
        # Round 30D: the file's scores and explanations replaced those typed here, in silence.
        scored = [(tr("{0} (tự đánh giá {1} → {2})") if w == "self" else tr("{0} (thẩm định {1} → {2})")).format(
            code, format_points(a), format_points(b)) for code, w, a, b in outcome.rescored]
        parts += [tr("Điểm ghi trong tệp sẽ thay điểm đã chấm của các tiêu chí sau: {0}.").format(", ".join(scored))
                  ] if scored else []
        parts += [tr("Giải trình ghi trong tệp sẽ thay giải trình đã nhập của các tiêu chí sau: {0}.").format(
            ", ".join(outcome.explanations_replaced))] if outcome.explanations_replaced else []
        renamed = [tr("{0} (“{1}” nay là “{2}”)").format(*x) for x in outcome.renamed]
        parts += [tr("Điểm, giải trình giữ theo mã sẽ nằm ở tiêu chí nay có tên khác (tỉnh có thể đã đánh số lại; hãy "
                     "kiểm tra, chấm lại nếu cần): {0}.").format(", ".join(renamed))] if renamed else []
        return ask_yes_no(self, tr("Thay bộ tiêu chí"), " ".join([*parts, tr("Vẫn thay bộ tiêu chí?")]))

    def do_store(self) -> None:
        if self.built is None:
            return
        c = self.built.criteria
        c.province = self.province.text()
        if self.replace.isChecked() and not self._lost_scores_agreed(c):
            return
        self.file_scored = {(n.code, f) for n in c.leaves() for f in ("self", "official")
                            if getattr(n, f"{f}_milli") is not None}  # before store_set carries the stored ones in
        done = attempt(self, lambda: store_set(self.db, c, source_name=self.source_name,
                                               replace=self.replace.isChecked()))
        if not done:
            return
        outcome = done.value
        if outcome.removed:
            show_error(self, tr("Đã lưu. Điểm của các tiêu chí sau không giữ được (tiêu chí không còn trong bộ mới, "
                                "hoặc điểm tối đa mới thấp hơn điểm đã chấm): {0}.").format(", ".join(outcome.removed)),
                       tr("Lưu ý"))
        self.stored_year = c.year
        self.accept()
