"""The criteria set as a tree model: maxima, self-scores, official scores,
evidence counts and explanations; groups show their sums; criteria not yet
scored are marked. Edits go through a commit callback (the page's use-case),
so the model itself never writes."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from parapp.core.messages import N_
from parapp.core.par.points import format_points
from parapp.core.par.tree import CriteriaSet, Node

COL_CODE, COL_NAME, COL_MAX, COL_SELF, COL_OFFICIAL, COL_EVIDENCE, COL_NOTE = range(7)
HEADERS = [N_("par", "Mã"), N_("par", "Lĩnh vực, tiêu chí"), N_("par", "Tối đa"), N_("par", "Tự đánh giá"),
           N_("par", "Thẩm định"), N_("par", "Kiểm chứng"), N_("par", "Giải trình")]
EDITABLE = {COL_SELF: "self", COL_OFFICIAL: "official", COL_NOTE: "note"}
UNSCORED_BG = QColor("#fff1c2")
LOST_FG = QColor("#b3261e")
GROUP_BG = QColor("#eef2f7")
NO_MAX, NOT_SCORED = N_("par", "chưa có"), N_("par", "chưa chấm")
UNSTORED = N_("par", "Điểm vừa gõ chưa lưu được; sẽ lưu khi gõ điểm tiếp theo hoặc trước khi đóng cửa sổ")
UNSTORED_BG = QColor("#f6d5d3")
HOW_TO_SCORE = N_("par", "Chưa chấm điểm: gõ điểm (ví dụ 2,5) rồi Enter.")

# commit(node, field, text) → an error message, or None when stored
Commit = Callable[[Node, str, str], "str | None"]


def pts(milli: int | None) -> str:
    """Points as the interface language writes decimals: 2,5 in Vietnamese, 2.5 in English."""
    from parapp.ui.i18n import current

    return format_points(milli, "," if current() == "vi" else ".")


def _t(text: str) -> str:
    return QCoreApplication.translate("par", text)


class ParTreeModel(QAbstractItemModel):
    # Empty at class level too: when the garbage collector clears a page's cycle, the wrapper's attributes go first
    # while its view, being destroyed, may still ask for data: an empty tree then, not an AttributeError from the
    # event loop (seen twice in the full suite, a PAR page of an earlier test collected during a later one).
    cset: CriteriaSet | None = None
    _nodes: list[Node] = []
    _parent: list[int] = []
    _row: list[int] = []
    _index_of: dict[int, int] = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cset: CriteriaSet | None = None
        self._nodes: list[Node] = []
        self._parent: list[int] = []          # node index → parent index (-1 for an area)
        self._row: list[int] = []             # node index → row under its parent
        self._index_of: dict[int, int] = {}   # id(node) → node index
        self.commit: Commit | None = None
        self.readonly = False
        self.unstored: dict[tuple[str, str], str] = {}  # (code, "self"/"official"): typed, not stored (unstored_scores)

    def set_set(self, cset: CriteriaSet | None) -> None:
        self.beginResetModel()
        self.cset = cset
        self._nodes, self._parent, self._row, self._index_of = [], [], [], {}

        def add(nodes: list[Node], parent: int) -> None:
            for row, n in enumerate(nodes):
                i = len(self._nodes)
                self._nodes.append(n)
                self._parent.append(parent)
                self._row.append(row)
                self._index_of[id(n)] = i
                add(n.children, i)

        if cset is not None:
            add(cset.areas, -1)
        self.endResetModel()

    # -- structure -------------------------------------------------------------
    def node(self, index: QModelIndex) -> Node | None:
        # An index made before the last reset (a view's stale current one) names no node: none, never an IndexError
        # in a paint (CI, tests/ui/test_adversarial_round21a.py after round 37B)
        i = index.internalId() if index.isValid() else -1
        return self._nodes[i] if 0 <= i < len(self._nodes) else None

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        i = self._index_of.get(id(node))
        return QModelIndex() if i is None else self.createIndex(self._row[i], column, i)

    def _children(self, parent: QModelIndex) -> list[Node]:
        if not parent.isValid():
            return self.cset.areas if self.cset else []
        return self.node(parent).children

    def index(self, row, column, parent=QModelIndex()):
        kids = self._children(parent)
        if not (0 <= row < len(kids)) or not (0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, self._index_of[id(kids[row])])

    def parent(self, index=QModelIndex()):  # noqa: A003 - Qt's name
        if not index.isValid():
            return QModelIndex()
        p = self._parent[index.internalId()]
        return QModelIndex() if p < 0 else self.createIndex(self._row[p], 0, p)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[section])
        return None

    def leaves_in_order(self) -> list[Node]:
        return [n for n in self._nodes if not n.is_group]

    # -- data ------------------------------------------------------------------
    def _display(self, n: Node, col: int) -> str:
        if col == COL_CODE:
            return n.display_label
        if col == COL_NAME:
            return n.name.replace("\n", " ")
        if col == COL_MAX:
            return pts(n.max_total) if n.is_group or n.max_milli is not None else _t(NO_MAX)
        if col == COL_SELF:
            if n.is_group:
                return pts(n.self_total) if n.scored else ""
            return pts(n.self_milli) if n.self_milli is not None else _t(NOT_SCORED)
        if col == COL_OFFICIAL:
            if n.is_group:
                return pts(n.official_total) if n.has_official else ""
            return pts(n.official_milli)
        if col == COL_EVIDENCE:
            count = sum(len(x.evidence) for x in n.leaves()) if n.is_group else len(n.evidence)
            return str(count) if count else ("" if n.is_group else "–")
        if col == COL_NOTE:
            return "" if n.is_group else n.explanation.replace("\n", " ")
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        n = self.node(index)
        if n is None:
            return None
        col = index.column()
        typed = self.unstored.get((n.code, EDITABLE.get(col, ""))) if col in (COL_SELF, COL_OFFICIAL) else None
        if typed is not None and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return typed
        if typed is not None and role == Qt.ItemDataRole.ToolTipRole:
            return _t(UNSTORED)
        if typed is not None and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(UNSTORED_BG)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(n, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_SELF:
                return pts(n.self_milli)
            if col == COL_OFFICIAL:
                return pts(n.official_milli)
            if col == COL_NOTE:
                return n.explanation
            return self._display(n, col)
        if role == Qt.ItemDataRole.FontRole:
            if n.is_group:
                f = QFont()
                f.setBold(True)
                return f
            if col == COL_SELF and n.self_milli is None:
                f = QFont()
                f.setItalic(True)
                return f
        if role == Qt.ItemDataRole.BackgroundRole:
            if n.is_group:
                return QBrush(GROUP_BG)
            if n.self_milli is None and col in (COL_CODE, COL_SELF):
                return QBrush(UNSCORED_BG)
        if role == Qt.ItemDataRole.ForegroundRole and not n.is_group and n.max_milli is not None:
            score = n.self_milli if col == COL_SELF else n.official_milli if col == COL_OFFICIAL else None
            if score is not None and score < n.max_milli:
                return QBrush(LOST_FG)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_CODE, COL_MAX, COL_SELF, COL_OFFICIAL,
                                                                   COL_EVIDENCE):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_NAME:
                return f"{n.code} – {n.name}" + (f"\n\n{n.guidance}" if n.guidance else "")
            if col == COL_SELF and not n.is_group and n.self_milli is None:
                return _t(HOW_TO_SCORE)
            if col == COL_NOTE and n.explanation:
                return n.explanation
        return None

    def flags(self, index):
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        n = self.node(index)
        if n is not None and not n.is_group and index.column() in EDITABLE and not self.readonly:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        n = self.node(index)
        if n is None or role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE or self.commit is None:
            return False
        if self.commit(n, EDITABLE[index.column()], str(value if value is not None else "")) is not None:
            return False
        self.node_changed(n)
        return True

    def node_changed(self, n: Node) -> None:
        """Repaint a criterion and every group above it (their sums moved)."""
        i = self._index_of.get(id(n))
        while i is not None and i >= 0:
            self.dataChanged.emit(self.createIndex(self._row[i], 0, i),
                                  self.createIndex(self._row[i], len(HEADERS) - 1, i))
            i = self._parent[i]
