"""The import preview table: every row as it will be stored, problems highlighted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from parapp.core.catalogue import catalogue_for_year, code_is_known, match_area, nearest_codes, shipped_catalogues
from parapp.core.importing.model import AREA, DEADLINE, PAR_CODE, RowProblem, without
from parapp.core.deadline_text import parse_deadline
from parapp.core.importing.model import ImportedTask
from parapp.core.messages import N_
from parapp.core.vntext import clean
from parapp.ui.importing.preview_rows import PreviewRowsModel
from parapp.ui.widgets.texts import fmt_date

# (field, header, editable)
COLUMNS = [
    ("skip", N_("import", "Nhập"), False), ("line", N_("import", "Dòng"), False), ("stt", N_("import", "STT"), True),
    ("content", N_("import", "Nội dung nhiệm vụ"), True),
    ("area_name", N_("import", "Lĩnh vực"), True), ("par_code", N_("import", "Mã TCTP"), True),
    ("lead", N_("import", "Chủ trì"), True),
    ("coordinators", N_("import", "Phối hợp"), True), ("deadline_text", N_("import", "Thời hạn (văn bản)"), True),
    ("due_date", N_("import", "Hạn hoàn thành"), False), ("problems", N_("import", "Cần xem lại"), False),
]
PROBLEM_BG = QColor("#fff1c2")
DUPLICATE_BG = QColor("#fde0c8")
SKIPPED_FG = QColor("#9a9a9a")


class ImportPreviewModel(PreviewRowsModel):
    context = "import"
    columns = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.duplicates: dict[int, int] = {}
        self.stored: dict = {}  # the stored tasks rows repeat (task id → register line), set with the rows
        self.plan_year = 2024
        self.catalogue = catalogue_for_year(shipped_catalogues(), self.plan_year)

    @property
    def tasks(self) -> list[ImportedTask]:
        return self.rows

    def set_tasks(self, tasks: list[ImportedTask], duplicates: dict[int, int], plan_year: int) -> None:
        self.duplicates, self.plan_year = duplicates, plan_year
        self.catalogue = catalogue_for_year(shipped_catalogues(), plan_year)
        self.set_rows(tasks)

    def _set_area(self, t: ImportedTask, text: str) -> None:
        """An area typed by its number ("3") or any words of its name ("TTHC")."""
        text = clean(text).rstrip(".")
        area = next((a for a in self.catalogue.areas if a.code == text.split(".")[0].strip()), None) \
            if text[:1].isdigit() else match_area(self.catalogue, text)
        if area is None:
            return
        t.area_code, t.area_name = area.code, area.name
        t.problems = without(t.problems, AREA)

    def _problems(self, row: int) -> list[str]:
        t = self.tasks[row]
        out = [QCoreApplication.translate("import", p.template).format(*p.args) if hasattr(p, "template") else p
               for p in t.problems]
        if row in self.duplicates:
            out.insert(0, self._duplicate_of(self.duplicates[row]))
        return out

    def _duplicate_of(self, task_id: int) -> str:
        """The stored task a row repeats, as the register shows it: "Trùng với nhiệm vụ 1 (11/KH-UBND)." It said
        "(số 5)", the task's database id, which the window shows nowhere (round 30E)."""
        t = self.stored.get(task_id)
        where = (t.plan_label if t else "") or QCoreApplication.translate("import", "không thuộc kế hoạch")
        if t and t.stt:
            return QCoreApplication.translate("import", "Trùng với nhiệm vụ {0} ({1}).").format(t.stt, where)
        return QCoreApplication.translate("import", "Trùng với nhiệm vụ đã có ({0}).").format(where)

    def cell(self, index, t: ImportedTask, name: str, role):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if name == "due_date":
                return fmt_date(t.due_date) or QCoreApplication.translate("import", "chưa có")
            if name == "problems":
                return " ".join(self._problems(index.row()))
            if name == "area_name":
                return f"{t.area_code}. {t.area_name}" if t.area_code else ""
            v = getattr(t, name)
            return v.replace("\n", " ") if role == Qt.ItemDataRole.DisplayRole and isinstance(v, str) else v
        if role == Qt.ItemDataRole.ToolTipRole:
            # The cell's whole text, and the row's problems under it: nothing stays cut off.
            probs = self._problems(index.row())
            if name == "problems":
                return "\n".join(probs) or None
            full = t.content if name == "content" else self.data(index, Qt.ItemDataRole.DisplayRole)
            parts = [str(full)] if full else []
            if probs:
                parts.append("\n".join("⚠ " + p for p in probs))
            return "\n\n".join(parts) or None
        if role == Qt.ItemDataRole.BackgroundRole and not t.skip:
            if index.row() in self.duplicates:
                return QBrush(DUPLICATE_BG)
            if t.problems:
                return QBrush(PROBLEM_BG)
        if role == Qt.ItemDataRole.ForegroundRole and t.skip:
            return QBrush(SKIPPED_FG)
        return None

    def edit(self, t: ImportedTask, name: str, value) -> None:
        if name == "area_name":
            self._set_area(t, str(value))
            return
        setattr(t, name, clean(str(value)))
        if name == "par_code":
            t.problems = without(t.problems, PAR_CODE)
            if t.par_code and not code_is_known(self.catalogue, t.par_code):
                t.problems.append(RowProblem(
                    PAR_CODE, N_("import", "Mã tiêu chí “{0}” không có trong bộ Chỉ số CCHC {1} (gần nhất: {2}): "
                                           "hãy kiểm tra lại mã."),
                    t.par_code, self.catalogue.code, ", ".join(nearest_codes(self.catalogue, t.par_code))))
            area = self.catalogue.area_for_code(t.par_code) if t.par_code else None
            if area:
                self._set_area(t, area.code)
        if name == "deadline_text":  # a fixed deadline: derive again, clear or keep the problem
            d = parse_deadline(t.deadline_text, self.plan_year)
            t.due_date, t.recurrence = d.due, d.recurrence.value
            t.problems = without(t.problems, DEADLINE)
            if t.deadline_text and d.due is None:
                t.problems.append(RowProblem(DEADLINE, N_("import", "Không đọc được ngày từ thời hạn này.")))

    def to_import(self) -> list[ImportedTask]:
        return [t for t in self.tasks if not t.skip and t.content]

    def needing_a_look(self) -> int:
        """Rows to be imported that still have a problem: the footer's count, after every correction."""
        return sum(1 for t in self.tasks if not t.skip and t.content and t.problems)


AREA_COLUMN = next(i for i, c in enumerate(COLUMNS) if c[0] == "area_name")
REVIEW_COLUMN = [c[0] for c in COLUMNS].index("problems")  # what needs a look (the dialog sizes it)


class AreaDelegate(QStyledItemDelegate):
    """The area cell offers the catalogue's areas as a list. Held by its dialog (the rule of lifetimes)."""

    def __init__(self, model: ImportPreviewModel, parent=None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        combo = QComboBox(parent)
        combo.addItem("", "")
        for a in self.model.catalogue.areas:
            combo.addItem(f"{a.code}. {a.name}", a.code)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        code = self.model.tasks[index.row()].area_code
        editor.setCurrentIndex(max(editor.findData(code), 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        if editor.currentData():
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
