"""The "Chỉ số CCHC" page: a year's criteria set as a tree with maxima, self-scores, official scores and evidence
counts, the totals at the top kept live, the selected criterion's guidance and evidence beside it, and the outputs:
the report for signature, the table for upload, and the plan that wins the lost points back."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from functools import partial, partialmethod

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton
from PySide6.QtWidgets import QInputDialog, QScrollArea, QSpinBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from parapp.core.par.tree import Node
from parapp.core.years import year_ok
from parapp.store import par_index, par_index_criteria
from parapp.ui.widgets.operation import attempt
from parapp.ui.par.par_detail import CriterionPanel
from parapp.ui.par.score_tree import ScoreTree
from parapp.ui.par.unstored_scores import UnstoredScores
from parapp.ui.par.par_model import COL_CODE, COL_EVIDENCE, COL_MAX, COL_NAME, COL_NOTE, COL_OFFICIAL, COL_SELF
from parapp.ui.par.par_model import EDITABLE, ParTreeModel, pts
from parapp.ui.widgets.texts import ask_yes_no, error_text, show_error, tr
from parapp.ui.widgets.typed_words import holding_up

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace


class ParIndexPage(QWidget):
    changed = Signal()        # plans or tasks were added (the remediation plan)

    def __init__(self, db: Workspace, today: dt.date, parent=None):
        super().__init__(parent)
        self.db, self.today = db, today
        self.readonly = db.readonly
        self.cset = None
        self.last_error: str | None = None
        self.scores = UnstoredScores(self)  # typed in the tree, not yet stored (a full disk)

        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setPrefix(tr("Năm "))
        years = [y for y in par_index.list_years(db) if year_ok(y)]  # one outside 2000–2100 can only be removed
        self.year.setValue(years[0] if years else today.year - 1)
        self.year.valueChanged.connect(self.reload)
        self.totals = QLabel()
        self.totals.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.totals.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.year)
        head.addWidget(self.totals, 1)

        self.import_btn = QPushButton(tr("Nhập bộ tiêu chí…"))
        self.import_btn.clicked.connect(self.import_set)
        # A push button with a menu: its width counts the menu's arrow (a tool button's was drawn over its words).
        self.edit_btn = QPushButton(tr("Sửa bộ tiêu chí"))
        menu = QMenu(self.edit_btn)
        self.act_add = menu.addAction(tr("Thêm tiêu chí…"), self.add_criterion)
        self.act_edit = menu.addAction(tr("Sửa tiêu chí đang chọn…"), self.edit_criterion)
        self.act_delete = menu.addAction(tr("Xóa tiêu chí đang chọn"), self.delete_criterion)
        menu.addSeparator()
        self.act_info = menu.addAction(tr("Tỉnh, xếp hạng chính thức…"), self.edit_info)
        menu.addSeparator()
        self.act_remove_set = menu.addAction(tr("Xóa cả bộ tiêu chí…"), self.remove_set)
        self.edit_btn.setMenu(menu)
        self.pdf_btn = QPushButton(tr("Xem và in báo cáo…"))
        self.pdf_btn.clicked.connect(self.print_report)
        self.xlsx_btn = QPushButton(tr("Xuất Excel…"))
        self.xlsx_btn.clicked.connect(self.export_xlsx)
        self.remedy_btn = QPushButton(tr("Lập kế hoạch khắc phục…"))
        self.remedy_btn.clicked.connect(self.make_remedy)
        bar = QHBoxLayout()
        for b in (self.import_btn, self.edit_btn, self.pdf_btn, self.xlsx_btn, self.remedy_btn):
            bar.addWidget(b)
        bar.addStretch()

        self.model = ParTreeModel(self)
        self.model.commit = self._commit
        self.model.readonly = self.readonly
        self.tree = ScoreTree()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        triggers = QAbstractItemView.EditTrigger
        self.tree.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        h = self.tree.header()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        h.setStretchLastSection(False)
        self.tree.setIndentation(14)
        h.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)  # codes and their indent only
        for col, w in ((COL_MAX, 52), (COL_SELF, 86), (COL_OFFICIAL, 76), (COL_EVIDENCE, 86), (COL_NOTE, 120)):
            self.tree.setColumnWidth(col, w)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        here = Qt.ShortcutContext.WidgetShortcut
        QShortcut(QKeySequence.StandardKey.Paste, self.tree, self.paste_column, context=here)
        QShortcut(QKeySequence.StandardKey.Delete, self.tree, self.clear_cell, context=here)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.panel = CriterionPanel(db)
        self.panel.changed.connect(self._panel_changed)
        # The criterion's panel scrolls on a small screen rather than make the window taller than it.
        panel_scroll = QScrollArea()
        panel_scroll.setWidget(self.panel)
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        panel_scroll.setMinimumWidth(260)
        split = QSplitter()
        split.addWidget(self.stack)
        split.addWidget(panel_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([880, 300])
        self.panel.setMinimumWidth(240)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.info)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.reload()

    # -- data ------------------------------------------------------------------
    def keep_typed(self) -> bool:
        return self.scores.keep() and self.panel.keep_typed()  # before the window closes (widgets.typed_words)

    def keep_for_output(self, words: bool = True) -> bool:  # keep_typed(): a storage error says what it holds up (44B)
        with holding_up(self.scores.waiting, tr("chọn ô tô hồng đó (ở năm của nó) rồi bấm Delete")):
            kept = self.scores.keep()
        with holding_up(lambda: tr("giải trình đang gõ ở trang Chỉ số CCHC"), tr("đưa ô Giải trình về như trước")):
            return kept and (not words or self.panel.keep_typed())

    keep_for_report = partialmethod(keep_for_output, words=False)  # a report has no explanation in it (round 45B)

    def drop_typed(self) -> None:  # the clerk chose to close without it: what is stored, shown again
        self.scores.drop()
        self.panel.explanation.setPlainText((self.panel.node.explanation or "") if self.panel.node else "")

    def reload(self) -> None:
        try:
            self.panel.keep_typed()  # before the set is read again: the explanation typed is in what is shown
        except BaseException:  # not stored (a full disk, said): the year box shows the set still shown (round 36B)
            with QSignalBlocker(self.year):
                self.year.setValue(self.cset.year if self.cset is not None else self.year.value())
            raise
        keep = self._current_node()
        keep_code = keep.code if keep else None
        self.cset = par_index.load_set(self.db, self.year.value())
        self.model.set_set(self.cset)
        self.scores.show()
        self.tree.expandAll()
        has = self.cset is not None
        self.stack.setCurrentIndex(0 if has else 1)
        stored = par_index.list_years(self.db)
        years = [y for y in stored if year_ok(y)]
        unshown = [y for y in stored if not year_ok(y)]
        how = (tr("Chưa có bộ tiêu chí Chỉ số CCHC năm {0}.\n\nDữ liệu đang mở ở chế độ chỉ đọc (xem dòng báo phía "
                  "trên) nên không nhập được bộ tiêu chí ở đây.") if self.readonly else  # its button is off (round 24B)
               tr("Chưa có bộ tiêu chí Chỉ số CCHC năm {0}.\n\nBấm “Nhập bộ tiêu chí…” và chọn tệp Word "
                  "hoặc Excel của tỉnh (hoặc sao chép bảng rồi dán)."))
        self.empty.setText(how.format(self.year.value())
                           + ("\n\n" + tr("Đã có bộ tiêu chí các năm: {0}.").format(", ".join(map(str, years)))
                              if years else "")
                           + ("\n\n" + tr("Có bộ tiêu chí lưu cho năm {0}, ngoài các năm 2000–2100 nên không hiển thị "
                                          "được. Hãy xóa nó: Sửa bộ tiêu chí → Xóa cả bộ tiêu chí….")
                              .format(", ".join(map(str, unshown))) if unshown else ""))
        for w in (self.pdf_btn, self.xlsx_btn, self.remedy_btn):
            w.setEnabled(has)
        self.edit_btn.setEnabled(bool(stored))
        for act in (self.act_add, self.act_edit, self.act_delete, self.act_info):
            act.setEnabled(has)
        if self.readonly:
            for w in (self.import_btn, self.remedy_btn, self.edit_btn):
                w.setEnabled(False)
        if keep_code and has:
            node = self.cset.find(keep_code)
            if node is not None:
                self.tree.setCurrentIndex(self.model.index_of(node, COL_SELF))
        self.panel.show_node(self._current_node())
        self.update_totals()

    def update_totals(self) -> None:
        c = self.cset
        if c is None:
            self.totals.setText(tr("Chỉ số CCHC"))
            self.info.setText("")
            return
        text = tr("Tự đánh giá: {0}/{1} điểm").format(pts(c.self_total), pts(c.max_total))
        if c.has_official:
            text += "   ·   " + tr("Thẩm định: {0}").format(pts(c.official_total))
        if c.official_rank:
            text += "   ·   " + tr("Xếp hạng: {0}").format(c.official_rank)
        unscored = len(c.unscored())
        text += "   ·   " + (tr("Chưa có tiêu chí nào: Sửa bộ tiêu chí → Thêm tiêu chí…") if not c.has_criteria
                                else tr("Chưa chấm: {0} tiêu chí").format(unscored) if unscored else tr("Đã chấm hết"))
        self.totals.setText(text)
        areas = "; ".join(f"{a.display_label}. {pts(a.self_total)}/{pts(a.max_total)}" for a in c.areas)
        lost = len(c.losses())
        self.info.setText((tr("Tỉnh {0}. ").format(c.province) if c.province else "") + areas
                          + ("   ·   " + tr("{0} tiêu chí bị mất điểm").format(lost) if lost else ""))

    def _current_node(self) -> Node | None:
        return self.model.node(self.tree.currentIndex()) if self.model.cset else None

    def _current_changed(self, current, previous) -> None:
        try:
            self.panel.show_node(self.model.node(current))
        except BaseException:  # the words typed not stored (a full disk, said): the tree goes back to the criterion
            with QSignalBlocker(self.tree.selectionModel()):  # the panel shows (round 37B, as the year box 36B)
                shown = self.panel.node  # its index now: `previous` may be one made before the model's last reset
                self.tree.setCurrentIndex(self.model.index_of(shown) if shown is not None else previous)
            self.tree.viewport().update()
            raise

    def _panel_changed(self, node: Node) -> None:
        self.model.node_changed(node)
        self.update_totals()

    # -- scoring ---------------------------------------------------------------
    def _commit(self, node: Node, field: str, text: str) -> str | None:
        """Store one edit; on refusal say why and keep what was stored."""
        store = partial(self.panel.store_cell_explanation, node, text) if field == "note" else partial(
            self.scores.store, node, field, text)  # a score not stored for a full disk stays in its cell (round 39B)
        self.last_error = None
        if not attempt(self, store, tr("Không ghi được điểm"), failed=self._remember_error):
            return self.last_error
        self.update_totals()
        if node is self._current_node():
            self.panel.show_node(node)
        return None

    def _remember_error(self, exc) -> None:
        self.last_error = error_text(exc)  # what the cell's editor says beside the message

    def paste_column(self) -> None:
        """Scores pasted from a spreadsheet column fill the criteria from the current one down: all or none."""
        idx = self.tree.currentIndex()
        field = EDITABLE.get(idx.column())
        node = self.model.node(idx)
        if self.readonly or field is None or node is None or self.cset is None:
            return
        lines = QApplication.clipboard().text().replace("\r\n", "\n").rstrip("\n").split("\n")
        self.paste_values(node, field, lines)

    def paste_values(self, start: Node, field: str, values: list[str]) -> bool:
        leaves = self.model.leaves_in_order()
        at = next((i for i, n in enumerate(leaves) if n is start), None)
        if at is None:
            return False
        # lines past the last criterion were left out and the rest stored, silent (as in the figures grid, 34D);
        # blank lines trailing the copy say nothing and fit anywhere
        tall = len(values) - next((k for k, v in enumerate(reversed(values)) if v.strip()), len(values))
        if tall > len(leaves) - at:
            said = tr("Cột sao chép có {0} dòng nhưng từ tiêu chí đang chọn chỉ còn {1} tiêu chí: chưa dán gì. Hãy "
                      "chọn tiêu chí bắt đầu cao hơn, hoặc sao chép ít dòng hơn.")
            show_error(self, said.format(tall, len(leaves) - at), tr("Không dán được"))
            return False
        targets = leaves[at:at + len(values)]
        pairs = list(zip(targets, (v.split("\t")[0] for v in values)))
        def store() -> None:
            if field == "note":
                with self.db.atomic():
                    for n, v in pairs:
                        par_index.set_explanation(self.db, n.id, v)
            else:
                par_index.set_scores(self.db, self.cset.year, [(n.code, v) for n, v in pairs], field)

        if not attempt(self, store, tr("Không dán được"), failed=self._remember_error):
            return False
        self.scores.replaced(self.cset.year, field, [n.code for n, _ in pairs])  # the paste, later than what waited
        self.reload()
        return True

    def clear_cell(self) -> None:
        idx = self.tree.currentIndex()
        node = self.model.node(idx)
        if self.readonly or node is None or node.is_group or idx.column() not in EDITABLE:
            return
        if not self.scores.take_back(self.cset.year, node.code, EDITABLE[idx.column()]):  # only what waits (40B)
            self.model.setData(idx, "")

    # -- the set ---------------------------------------------------------------
    def import_set(self) -> None:
        from parapp.ui.par.par_import_dialog import ParImportDialog

        if not self.panel.keep_typed():  # stored after a replace, on the panel's row, reused by another criterion (43B)
            return
        dlg = ParImportDialog(self.db, self.year.value(), self)
        if dlg.exec() and dlg.stored_year:
            with QSignalBlocker(self.year):
                self.year.setValue(dlg.stored_year)
            self.reload()
            self.scores.reimported(dlg.stored_year, dlg.file_scored)  # not into another criterion of that code

    def add_criterion(self) -> None:
        from parapp.ui.par.par_dialogs import CriterionDialog

        node = self._current_node()
        under = node.code if node and node.is_group else None
        if CriterionDialog(self.db, self.cset, None, under, self).exec():
            self.reload()

    def edit_criterion(self) -> None:
        from parapp.ui.par.par_dialogs import CriterionDialog

        node = self._current_node()
        if node is not None and CriterionDialog(self.db, self.cset, node, parent=self).exec():
            self.reload()

    def delete_criterion(self) -> None:
        node = self._current_node()
        if node is None:
            return
        what = tr("{0} và {1} tiêu chí con").format(node.code, sum(1 for _ in node.walk()) - 1) if node.is_group \
            else node.code
        if ask_yes_no(self, tr("Xóa tiêu chí"), tr("Xóa {0} khỏi bộ tiêu chí năm {1}? Điểm, giải trình và liên kết "
                                                   "tài liệu của chúng cũng bị xóa (tệp vẫn được giữ).")
                      .format(what, self.cset.year)):
            par_index_criteria.delete_criterion(self.db, node.id)
            self.scores.forget(self.cset.year, {n.code for _depth, n in node.walk()})
            self.reload()

    def edit_info(self) -> None:
        from parapp.ui.par.par_dialogs import SetInfoDialog

        if self.cset is not None and SetInfoDialog(self.db, self.cset, self).exec():
            self.reload()

    # -- outputs ---------------------------------------------------------------
    def set_read_only(self) -> None:
        """Nothing to switch off: the page asks the database itself (self.readonly) for every button."""

    def print_shown(self, window) -> None:
        if self.cset is None:
            window.statusBar().showMessage(tr("Chưa có bộ tiêu chí của năm này để in."), 8000)
        else:
            self.print_report()

    def print_report(self) -> None:
        from parapp.ui.par.par_outputs import preview_report

        if self.keep_for_output():  # round 43B: the scores waiting (a full disk), the words typed in the panel, printed
            preview_report(self, self.db, self.year.value(), self.today)

    def export_xlsx(self, path: str | None = None) -> None:
        from parapp.ui.par.par_outputs import export_xlsx

        if self.keep_for_output():  # the table for upload said 2 for 1.2 where 0,25 waited, shown (round 43B)
            export_xlsx(self, self.db, self.year.value(), path)

    def remove_set(self, year: int | None = None) -> bool:
        """Remove a stored year's set, after saying what goes with it (also one outside 2000–2100, no page shows)."""
        from parapp.services.par_sets import remove_par_set

        stored = par_index.list_years(self.db)
        if year is None:
            labels = [str(y) if year_ok(y) else tr("{0} (năm không hợp lệ, không hiển thị được)").format(y)
                      for y in stored]
            if not labels:
                return False
            current = stored.index(self.year.value()) if self.year.value() in stored else 0
            label, ok = QInputDialog.getItem(self, tr("Xóa cả bộ tiêu chí"), tr("Bộ tiêu chí của năm:"), labels,
                                             current, False)
            if not ok:
                return False
            year = stored[labels.index(label)]
        question = tr("Xóa bộ tiêu chí Chỉ số CCHC năm {0} cùng mọi điểm tự đánh giá, điểm thẩm định, giải trình "
                      "và liên kết tài liệu của nó? Dữ liệu trước khi xóa được giữ trong một bản sao lưu tự "
                      "động (Tệp → Khôi phục…).")
        if not ask_yes_no(self, tr("Xóa cả bộ tiêu chí"), question.format(year)):
            return False
        if not attempt(self, lambda: remove_par_set(self.db, year)):
            return False
        self.scores.forget(year)
        self.reload()
        return True

    def make_remedy(self) -> None:
        from parapp.ui.par.par_dialogs import RemedyDialog
        from parapp.ui.par.par_outputs import say_remedy_made

        if not self.keep_for_output():  # the plan is made from the stored scores: a loss typed and waiting was left out
            return
        dlg = RemedyDialog(self.db, self.year.value(), self.today, self)
        if dlg.exec() and dlg.plan_id:
            self.reload()
            self.changed.emit()
            say_remedy_made(self.window(), self.db, dlg)
