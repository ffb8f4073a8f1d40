"""The change log: every change to officials, plans, tasks, notes, reports and
evidence, who made it and when, filtered by official or date."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from parapp.store import officials
from parapp.store.audit import LogEntry, list_log
from parapp.ui.rows_model import Column, RowsTableModel
from parapp.core.messages import N_
from parapp.ui.texts import status_label, tr, trc

ENTITY = {"tasks": N_("log", "Nhiệm vụ"), "officials": N_("log", "Cán bộ"), "plans": N_("log", "Kế hoạch"), "progress_notes": N_("log", "Ghi chép tiến độ"),
          "reports": N_("log", "Báo cáo"), "evidence": N_("log", "Tệp kiểm chứng"),
          "par_sets": N_("log", "Bộ tiêu chí CCHC"), "par_criteria": N_("log", "Tiêu chí CCHC"),
          "par_evidence": N_("log", "Tài liệu của tiêu chí")}
ACTION = {"insert": N_("log", "Thêm"), "update": N_("log", "Sửa"), "delete": N_("log", "Xóa")}
FIELD = {"content": N_("log", "nội dung"), "status": N_("log", "trạng thái"), "due_date": N_("log", "hạn"), "deadline_text": N_("log", "thời hạn"),
         "lead_official_id": N_("log", "người chủ trì"), "lead_text": N_("log", "chủ trì (văn bản)"), "completed_on": N_("log", "ngày hoàn thành"),
         "delay_reason": N_("log", "lý do chậm"), "text": N_("log", "nội dung ghi chép"), "full_name": N_("log", "họ tên"), "active": N_("log", "đang công tác"),
         "state": N_("log", "tình trạng"), "title": N_("log", "trích yếu"), "note": N_("log", "ghi chú"), "par_code": N_("log", "mã tiêu chí"),
         "self_milli": N_("log", "điểm tự đánh giá"), "official_milli": N_("log", "điểm thẩm định"),
         "max_milli": N_("log", "điểm tối đa"), "explanation": N_("log", "giải trình"), "name": N_("log", "tên"),
         "official_rank": N_("log", "xếp hạng")}


def _value(field: str, v) -> str:
    """A logged value as people read it: status words, dd/mm/yyyy dates, yes/no."""
    if v is None or v == "":
        return tr("(trống)")
    if field == "status":
        try:
            return status_label(str(v))
        except ValueError:
            return str(v)
    if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
        return f"{v[8:10]}/{v[5:7]}/{v[0:4]}"
    if field == "active":
        return tr("có") if v else tr("không")
    if field.endswith("_milli") and isinstance(v, int):  # PAR INDEX points, kept in thousandths
        from parapp.core.par.points import format_points

        return format_points(v)
    return str(v)


def describe(e: LogEntry) -> str:
    if e.action == "insert":
        a = e.after or {}
        return str(a.get("content") or a.get("text") or a.get("full_name") or a.get("title")
                   or a.get("original_name") or a.get("period_kind") or a.get("name") or "")[:120]
    if e.action == "delete":
        b = e.before or {}
        return str(b.get("content") or b.get("text") or b.get("full_name") or b.get("title") or b.get("name")
                   or b.get("original_name") or "")[:120]
    parts = [f"{trc('log', FIELD.get(k, k))}: {_value(k, b)} → {_value(k, a)}" for k, b, a in e.changes()]
    return "; ".join(parts)[:300]


class AuditPage(QWidget):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.official = QComboBox()
        self.since, self.until = QDateEdit(), QDateEdit()
        for w in (self.since, self.until):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy")
        today = QDate.currentDate()
        self.since.setDate(today.addMonths(-1))
        self.until.setDate(today)
        refresh = QPushButton(tr("Xem"))
        refresh.clicked.connect(self.reload)
        bar = QHBoxLayout()
        for label, w in ((tr("Làm việc với tư cách"), self.official), (tr("Từ ngày"), self.since),
                         (tr("đến ngày"), self.until)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addWidget(refresh)
        bar.addStretch()
        self.model = RowsTableModel([
            Column(tr("Thời điểm"), lambda e: e.at),
            Column(tr("Người dùng máy"), lambda e: e.os_user),
            Column(tr("Làm việc với tư cách"), lambda e: e.official),
            Column(tr("Đối tượng"), lambda e: f"{trc('log', ENTITY.get(e.entity, e.entity))} {e.entity_id or ''}"),
            Column(tr("Thao tác"), lambda e: trc("log", ACTION.get(e.action, e.action))),
            Column(tr("Nội dung thay đổi"), describe),
        ], parent=self)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(table)
        self.official.currentIndexChanged.connect(self.reload)

    def refill_officials(self) -> None:
        current = self.official.currentData()
        self.official.blockSignals(True)
        self.official.clear()
        self.official.addItem(tr("Mọi người"), None)
        for o in officials.list_officials(self.db):
            self.official.addItem(o.label, o.id)
        self.official.setCurrentIndex(max(self.official.findData(current), 0))
        self.official.blockSignals(False)

    def reload(self) -> None:
        since = self.since.date().toPython()
        until = self.until.date().toPython()
        self.model.set_rows(list_log(self.db, official_id=self.official.currentData(), since=since, until=until))


def task_history_text(db: Database, task_id: int) -> str:
    lines = []
    for e in reversed(list_log(db, task_id=task_id)):
        who = e.official or e.os_user or tr("không rõ")
        lines.append(f"{e.at} – {who}: {trc('log', ACTION.get(e.action, e.action))} "
                     f"{trc('log', ENTITY.get(e.entity, e.entity)).lower()} – {describe(e)}")
    return "\n".join(lines)
