"""Edit a report draft section by section, next to the facts each came from.

Paragraphs are plain text separated by blank lines. A section the official
has typed in is marked edited and is never overwritten by "update unedited
sections"; closing the window saves (nothing typed is dropped).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFrame, QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QTableView, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from parapp.services.reporting import finalize_report
from parapp.core.periods import Period
from parapp.core.report_checks import all_gaps
from parapp.core.report_model import Draft, Gap, Section
from parapp.store import report_records as reports  # the store's name; the window's follows with #22's ui part
from parapp.store.tasks import task_rows
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.rows_model import Column, RowsTableModel
from parapp.ui.tasks.task_model import TaskTableModel
from parapp.ui.reports.report_inputs_tab import InputsPart
from parapp.ui.reports.report_outputs import behind_note
from parapp.ui.reports.unsaved_draft import NotFrozen, UnsavedDraft
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import ask_yes_no, fmt_date, tr, trc

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace



class ReportEditor(InputsPart, QDialog):
    def __init__(self, db: Workspace, report_id: int | None, period: Period, parent=None, today: dt.date | None = None,
                 copied_from: reports.ReportRecord | None = None, unsaved: Draft | None = None):
        super().__init__(parent)
        self.db = db
        self.report_id = report_id  # None: `unsaved` is shown, stored by _stored() once something is done with it
        self._unsaved = unsaved
        self.period = period
        self.today = today or dt.date.today()
        self.copied_from = copied_from  # the finalised report this new draft was made from, said in the header
        self.dirty = False
        self._current: Section | None = None
        fit_window(self, 1280, 780)
        self._build()
        self._load()

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.gaps_list = QListWidget()
        # Its height is fixed: a tab whose form wraps (the inputs) took height from it, and the tab bar
        # jumped 13 px each time that tab was chosen.
        self.gaps_list.setFixedHeight(96)
        self.gaps_list.setWordWrap(True)
        self.gaps_list.setToolTip(tr("Những điểm cần xem lại trước khi chốt; bấm để đến mục đó"))
        self.gaps_list.itemClicked.connect(self._go_to_gap)
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setMinimumWidth(200)
        # Long section titles ("2. Cải cách thủ tục hành chính …") are never cut: they wrap onto
        # as many lines as the outline's width needs (a sideways scroll hid their ends at 125 %), and
        # each title is whole in its tooltip.
        from parapp.ui.widgets.wrapped_tree import wrap_items

        self.outline_delegate = wrap_items(self.outline)  # held here: the tree calls into it
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(tr("Mục này đang trống. Gõ nội dung; mỗi lần xuống dòng (Enter) là một "
                                          "đoạn mới."))
        self.facts = TaskTableModel(self.today, self)
        facts_view = QTableView()
        facts_view.setModel(self.facts)
        facts_view.verticalHeader().hide()
        for col in (0, 2, 3, 7):
            facts_view.hideColumn(col)
        facts_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (4, 5, 6):
            facts_view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        facts_view.setWordWrap(True)
        facts_view.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 10)
        facts_box = QWidget()
        fl = QVBoxLayout(facts_box)
        fl.setContentsMargins(0, 0, 0, 0)
        self.facts_label = QLabel(tr("Số liệu của mục này"))
        fl.addWidget(self.facts_label)
        fl.addWidget(facts_view)
        split = QSplitter()
        split.addWidget(self.outline)
        split.addWidget(self.editor)
        split.addWidget(facts_box)
        split.setSizes([340, 520, 420])
        split.setChildrenCollapsible(False)

        self.appendix = RowsTableModel([
            Column(tr("STT"), lambda r: r.stt, align_center=True),
            Column(tr("Nội dung nhiệm vụ"), lambda r: r.content),
            Column(tr("Chủ trì"), lambda r: r.lead),
            Column(tr("Thời hạn"), lambda r: r.deadline),
            Column(tr("Tình trạng"), lambda r: r.status),
            Column(tr("Kết quả"), lambda r: r.result),
        ], parent=self)
        appendix_view = QTableView()
        appendix_view.setModel(self.appendix)
        appendix_view.setWordWrap(True)
        appendix_view.verticalHeader().hide()
        appendix_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # The task and its result share the width (a result cited a document and was cut in 100
        # pixels); the rows are measured again whenever the columns change width, so nothing is cut.
        for col in (1, 5):
            appendix_view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self._measure_rows = QTimer(self, singleShot=True, interval=0)  # once, after the columns settle
        self._measure_rows.timeout.connect(appendix_view.resizeRowsToContents)
        self.appendix.modelReset.connect(self._measure_rows.start)
        appendix_view.horizontalHeader().sectionResized.connect(self._measure_rows.start)

        self.figures = RowsTableModel([
            Column(tr("Chỉ tiêu"), lambda f: f.name),
            Column(tr("Đơn vị tính"), lambda f: f.unit, align_center=True),
            Column(tr("Số liệu"), lambda f: f.text, align_center=True),
            Column(tr("Lĩnh vực"), lambda f: f.group),
        ], parent=self)
        figures_view = QTableView()
        figures_view.setModel(self.figures)
        figures_view.verticalHeader().hide()
        figures_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The area is read whole ("Cải cách th…" was all it showed at 1366×768).
        figures_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        self.tabs = QTabWidget()
        self.tabs.addTab(split, tr("Nội dung báo cáo"))
        # In a scroll area: on a small screen the form scrolls rather than asking the window for height.
        inputs = QScrollArea()
        inputs.setWidget(self._inputs_tab())
        inputs.setWidgetResizable(True)
        inputs.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(inputs, tr("Căn cứ và kiến nghị"))
        self.tabs.addTab(figures_view, tr("Phụ lục I: số liệu"))
        self.tabs.addTab(appendix_view, tr("Phụ lục II: danh sách nhiệm vụ"))

        self.regen_one = QPushButton(tr("Tạo lại mục này"))
        self.regen_rest = QPushButton(tr("Cập nhật các mục chưa sửa"))
        self.save_btn = QPushButton(tr("Lưu"))
        self.final_btn = QPushButton(tr("Chốt báo cáo…"))
        self.print_btn = QPushButton(tr("Xem bản in…"))
        close_btn = QPushButton(tr("Đóng"))
        bar = QHBoxLayout()
        for b in (self.regen_one, self.regen_rest):
            bar.addWidget(b)
        bar.addStretch()
        for b in (self.print_btn, self.save_btn, self.final_btn, close_btn):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.gaps_list)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)

        self.outline.currentItemChanged.connect(self._show_section)
        self.editor.textChanged.connect(self._typed)
        self.regen_one.clicked.connect(self.regenerate_current)
        self.regen_rest.clicked.connect(self.regenerate_unedited)
        self.save_btn.clicked.connect(self.save)
        self.final_btn.clicked.connect(self.finalize)
        self.print_btn.clicked.connect(self.preview)
        close_btn.clicked.connect(self.close)

    # -- loading -------------------------------------------------------------
    def _load(self, keep_key: str | None = None) -> None:
        self.record = reports.get_report(self.db, self.report_id) if self.report_id is not None \
            else UnsavedDraft(self._unsaved)  # type: ignore[arg-type] - given with report_id None
        self.draft = self.record.draft
        self._rows = {r.id: r for r in task_rows(self.db)}
        final = self.record.is_final
        what = tr("Báo cáo đã chốt") if final else tr("Bản nháp")
        # No number: the database's own (4) is not the list's (1), and neither means anything to the reader.
        self.setWindowTitle(tr("{0} – {1}").format(what, self.draft.title))
        if final:
            self.banner.setText(tr("Báo cáo đã chốt ngày {0}; nội dung không thay đổi nữa (mã kiểm tra {1}…). "
                                   "Muốn sửa, hãy tạo bản nháp mới từ báo cáo này ở trang Báo cáo.").format(
                fmt_date(self.record.finalized_on), (self.record.content_hash or "")[:12]))
            self.banner.setStyleSheet("background: #e8f1e4; padding: 6px;")
        else:
            self.banner.setText(self._copied_line() + tr(
                "{0}. Số liệu lấy từ sổ nhiệm vụ ngày {1}, kỳ số liệu từ {2} đến {3}. "
                "Các mục đã sửa tay được đánh dấu ✎ và giữ nguyên khi cập nhật.").format(
                self.draft.title, fmt_date(dt.date.fromisoformat(self.draft.generated_on)),
                fmt_date(self.period.window_start), fmt_date(self.period.window_end)))
            behind = behind_note(self.db, self.report_id, self.period, self.today)
            self.banner.setText(self.banner.text() + (" " + behind if behind else ""))
            self.banner.setStyleSheet(f"background: {'#fff4ce' if behind else '#eef3fb'}; padding: 6px;")
        for w in (self.regen_one, self.regen_rest, self.save_btn, self.final_btn, self.apply_inputs_btn):
            w.setEnabled(not final)
        self.basis.set_editable(not final)
        self.proposals.setReadOnly(final)
        self.editor.setReadOnly(final)
        self.appendix.set_rows(self.draft.appendix)
        self.figures.set_rows(self.draft.figures)
        self._load_inputs()
        self._current = None
        self.outline.clear()
        self._items: dict[str, QTreeWidgetItem] = {}

        def add(parent, s: Section):
            item = QTreeWidgetItem(parent, [self._label(s)])
            item.setToolTip(0, s.title or tr("Mở đầu"))
            item.setData(0, Qt.ItemDataRole.UserRole, s.key)
            self._items[s.key] = item
            for sub in s.subsections:
                add(item, sub)

        add(self.outline, self.draft.opening)
        for s in self.draft.sections:
            add(self.outline, s)
        self.outline.expandAll()
        self._show_gaps()
        first = self._items.get(keep_key or "") or self.outline.topLevelItem(0)
        self.outline.setCurrentItem(first)

    def _copied_line(self) -> str:
        """What "Tạo bản nháp mới từ bản đã chốt" did, said where the person looks: which report the
        draft came from, and that the finalised one stays as it was."""
        src = self.copied_from
        if src is None:
            return ""
        if src.number:
            line = tr("Đã tạo bản nháp mới từ báo cáo đã chốt ngày {0}, số {1}. Báo cáo đã chốt được giữ nguyên, "
                      "không thay đổi.").format(fmt_date(src.finalized_on), src.number)
        else:
            line = tr("Đã tạo bản nháp mới từ báo cáo đã chốt ngày {0}. Báo cáo đã chốt được giữ nguyên, "
                      "không thay đổi.").format(fmt_date(src.finalized_on))
        return line + "\n"

    @staticmethod
    def _label(s: Section) -> str:
        return ("✎ " if s.edited else "") + (s.title or tr("Mở đầu"))

    def gaps(self) -> list[Gap]:
        return [] if self.record.is_final else all_gaps(self.draft)

    def _show_gaps(self) -> None:
        gaps = self.gaps()
        self.gaps_list.clear()
        for g in gaps:
            item = QListWidgetItem("⚠ " + trc("report", g.template).format(*g.args))
            item.setData(Qt.ItemDataRole.UserRole, g.section)
            self.gaps_list.addItem(item)
        self.gaps_list.setVisible(bool(gaps))

    def _go_to_gap(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key in self._items:
            self.tabs.setCurrentIndex(0)
            self.outline.setCurrentItem(self._items[key])

    def _show_section(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self._current = None
        if item is None:
            return
        s = self.draft.find(item.data(0, Qt.ItemDataRole.UserRole))
        self.editor.blockSignals(True)
        self.editor.setPlainText("\n\n".join(s.paragraphs))
        self.editor.blockSignals(False)
        self.facts.set_rows([self._rows[i] for i in s.facts if i in self._rows])
        self.facts_label.setText(tr("Số liệu của mục này: {0} nhiệm vụ").format(len(s.facts)))
        self._current = s

    def _typed(self) -> None:
        s = self._current
        if s is None or self.record.is_final:
            return
        # One line, one paragraph, as the Word copy shows it: a list typed one Enter a line had run into a single
        # paragraph in the PDF that is finalised and signed (round 23A).
        s.paragraphs = [p.strip() for p in self.editor.toPlainText().splitlines() if p.strip()]
        if not s.edited:
            s.edited = True
            self._items[s.key].setText(0, self._label(s))
        self.dirty = True

    # -- actions ---------------------------------------------------------------
    def _stored(self) -> bool:
        """The draft shown stored (it is, unless only looked at so far); False when that was refused (said)."""
        if self.report_id is None:
            done = attempt(self, lambda: reports.save_new_draft(self.db, self.draft))
            if not done:
                return False
            self.report_id = done.value
        return True

    def save(self) -> bool:
        stored = self.report_id is not None  # else stored whole, what was typed in it included
        if not self._stored() or stored and not attempt(self, lambda: reports.update_draft(self.db, self.report_id,
                                                                                              self.draft)):
            return False
        self.dirty = False
        self._show_gaps()
        return True

    def _regenerate(self, keys: set[str] | None, ask_edited: bool = False) -> None:
        key = self._current.key if self._current else None
        if (self.dirty or self.report_id is None) and not self.save():
            return
        if ask_edited and keys:
            edited = [s for s in self.draft.walk() if s.key in keys and s.edited]
            if edited and not ask_yes_no(self, tr("Cập nhật bản nháp"), tr(
                    "Mục “{0}” đã được sửa tay. Thay bằng nội dung tạo mới từ căn cứ và kiến nghị vừa lưu?").format(
                    edited[0].title or tr("Mở đầu"))):
                keys = keys - {s.key for s in edited}
        attempt(self, lambda: reports.regenerate_draft(self.db, self.report_id, self.period, self.today, keys))
        self._load(keep_key=key)  # refused or not: what is stored now

    def regenerate_current(self) -> None:
        s = self._current
        if s is None:
            return
        if s.edited and not ask_yes_no(self, tr("Tạo lại mục"), tr("Mục “{0}” đã được sửa tay. Thay bằng nội dung "
                                                                     "tạo mới từ sổ nhiệm vụ?").format(
                                                                         s.title or tr("Mở đầu"))):
            return
        self._regenerate({x.key for x in s.walk()})

    def regenerate_unedited(self) -> None:
        self._regenerate(None)

    def finalize(self) -> None:
        # Typed proposals go into what is frozen, or nothing is (38B); the refresh and the freezing both, or neither
        # (35B); a draft only looked at is stored with them or not at all (round 43: "Chốt…" then "Không" kept one).
        if (self.dirty and self.report_id is not None and not self.save()) or not self.keep_inputs():
            return
        unsaved, frozen = self.report_id is None, False
        try:
            with self.db.atomic():
                if not (self._stored() and self._freeze()):
                    raise NotFrozen
            frozen = True
        except NotFrozen:
            pass
        finally:
            self.report_id = None if unsaved and not frozen else self.report_id
            self._load()  # what is stored, or the draft only looked at with what was typed in it

    def _freeze(self) -> bool:
        from parapp.ui.reports.report_outputs import figures_settled  # looked up now: tests replace it

        if not figures_settled(self, self.db, self.report_id, self.period, self.today):
            return False
        self._load()  # the figures may just have been brought up to date
        gaps = self.gaps()
        if gaps:
            listed = "\n".join("• " + trc("report", g.template).format(*g.args) for g in gaps[:6])
            more = tr("\n… và {0} điểm khác.").format(len(gaps) - 6) if len(gaps) > 6 else ""
            question = tr("Bản nháp còn {0} điểm cần xem lại:\n{1}{2}\n\nVẫn chốt báo cáo này? Sau khi chốt, nội dung "
                          "không sửa được nữa.")
            if not ask_yes_no(self, tr("Chốt báo cáo"), question.format(len(gaps), listed, more)):
                return False
        elif not ask_yes_no(self, tr("Chốt báo cáo"), tr("Sau khi chốt, nội dung báo cáo được lưu cố định và không "
                                                         "sửa được nữa. Chốt báo cáo này?")):
            return False
        from parapp.ui.reports.report_delivery import ask_number

        ok, number = ask_number(self, self.db)
        if not ok:
            return False
        return bool(attempt(self, lambda: finalize_report(self.db, self.report_id, self.today, number)))

    def preview(self) -> None:
        from parapp.ui.reports.report_outputs import preview_period_pdf  # looked up now: tests replace it

        # the proposals typed go into what is shown, or nothing is shown (round 44B: refused, the preview lacked them)
        if (self.dirty and not self.save()) or not self.keep_inputs():
            return
        preview_period_pdf(self, self.db, self.period, self.today)

    def closeEvent(self, event):  # noqa: N802 - Qt's name
        if not self._keep_typed():
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result):  # Esc also closes: save the same way
        if self._keep_typed():
            super().done(result)

    def _keep_typed(self) -> bool:
        """A draft: keep what was typed rather than ask. False, the editor left open with the words in it, when the
        save was refused or failed (said): round 35B, a disk that filled closed the editor anyway and every word typed
        since the last save was gone (widgets.typed_words: closed again, the clerk may drop them)."""
        from parapp.ui.widgets.typed_words import kept_or_given_up

        return kept_or_given_up(self, lambda: (not self.dirty or self.record.is_final or self.save())
                                and self.keep_inputs())
