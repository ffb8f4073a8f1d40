"""The register opens on its first lines and reads the rest after (issue 23): whatever has been
read, a user sees the same lines, colours, counts and order, and searches and sorts the same."""

import datetime as dt

from PySide6.QtCore import Qt

from parapp.core.task_filter import TaskFilter
from parapp.store import officials, tasks
from parapp.ui.tasks import task_model as tm

from .conftest import TODAY

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.UserRole)


def _register(db, n=300):
    """n tasks: some late, some due soon, some done (late or not), some with no lead or no due date."""
    lead = officials.add_official(db, {"full_name": "Nguyễn Văn An", "position": "Công chức Văn phòng"})
    for i in range(n):
        data = {"content": f"Nhiệm vụ {i}: rà soát thủ tục {'đất đai' if i % 3 else 'hộ tịch'}", "stt": str(i + 1)}
        if i % 7:
            day = dt.date(2024, 1, 1) + dt.timedelta(days=(i * 37) % 330)
            data["deadline_text"] = f"Trước ngày {day.day}/{day.month}/2024"
        if i % 4:
            data["lead_official_id"] = lead
        if i % 5 == 0:
            data["status"] = "done"
            data["completed_on"] = dt.date(2024, 4, 1) + dt.timedelta(days=i % 40)
        tasks.create_task(db, data, TODAY)


def _seen(model):
    """Everything a user can see of the table, cell by cell."""
    def shown(v):
        return v.color().name() if hasattr(v, "color") else (v.bold() if hasattr(v, "bold") else v)

    return [[shown(model.data(model.index(r, c), role)) for c in range(model.columnCount()) for role in ROLES]
            for r in range(model.rowCount())]


def _models(db):
    """The same register read at once, and read on demand (counting the lines read)."""
    whole = tm.TaskTableModel(TODAY)
    whole.sort(tm.COL_DUE, Qt.SortOrder.AscendingOrder)
    whole.set_rows(tasks.task_rows(db))
    asked: list[int] = []

    def read(ids):
        asked.extend(ids)
        return tasks.task_rows_by_id(db, ids)

    lazy = tm.TaskTableModel(TODAY)
    lazy.sort(tm.COL_DUE, Qt.SortOrder.AscendingOrder)
    assert lazy.set_order(tasks.task_order(db), read, lambda: tasks.task_rows(db))
    return whole, lazy, asked


def test_the_first_lines_shown_are_the_lines_of_the_whole_register(ui_db):
    _register(ui_db)
    whole, lazy, asked = _models(ui_db)
    assert lazy.rowCount() == whole.rowCount() == lazy.total() == 300
    first = lazy.index(0, tm.COL_CONTENT)
    assert lazy.data(first) == whole.data(whole.index(0, tm.COL_CONTENT))
    assert len(asked) < 300  # only the lines around the one shown were read
    assert _seen(lazy) == _seen(whole)  # every line, read block by block as a scroll reads them
    assert [lazy.row_at(i).id for i in range(300)] == tasks.task_order(ui_db)


def test_search_and_sort_read_the_rest_and_find_the_same(ui_db):
    _register(ui_db)
    whole, lazy, _ = _models(ui_db)
    task_id = tasks.task_order(ui_db)[200]
    assert lazy.row_of_task(task_id) == whole.row_of_task(task_id) == 200
    for f in (TaskFilter(text="ho tich"), TaskFilter(text="hộ tịch nhiem"), TaskFilter(status="overdue"),
              TaskFilter()):
        whole.set_filter(f)
        lazy.set_filter(f)
        assert _seen(lazy) == _seen(whole)
        assert not lazy.reading_on_demand or f.is_empty()
    for col in (tm.COL_CONTENT, tm.COL_STATUS, tm.COL_STT, tm.COL_LEAD):
        whole, lazy, _ = _models(ui_db)  # a sort keeps the order before it among equals: both from the start
        whole.sort(col, Qt.SortOrder.DescendingOrder)
        lazy.sort(col, Qt.SortOrder.DescendingOrder)
        assert not lazy.reading_on_demand
        assert _seen(lazy) == _seen(whole)


def test_reading_the_rest_changes_nothing_shown(ui_db):
    _register(ui_db)
    whole, lazy, _ = _models(ui_db)
    before = _seen(lazy)
    lazy.load_all()
    assert not lazy.reading_on_demand
    assert _seen(lazy) == before == _seen(whole)
    assert lazy.visible_rows() == whole.visible_rows()


def test_the_window_opens_on_demand_and_reads_the_rest_once_shown(window, ui_db, qtbot):
    _register(ui_db, 40)
    window.refresh_all()
    page = window.register
    assert page.model.reading_on_demand
    assert page.count.text().endswith("40 / 40 nhiệm vụ")
    qtbot.waitUntil(lambda: not page.model.reading_on_demand, timeout=3000)
    # An edit reloads the register; the line edited stays selected.
    task_id = page.model.row_at(25).id
    page.select_task(task_id)
    page.reload()
    assert page.current_task_id() == task_id
    page.search.setText("ho tich")  # a search needs every line: read at once, whatever the timer
    assert page.model.rowCount() == 14
    assert page.count.text().endswith("14 / 40 nhiệm vụ")
