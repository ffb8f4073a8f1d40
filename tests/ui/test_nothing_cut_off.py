"""What a newcomer found cut off on a 1366×768 screen at 100 % and 125 %: the task's text squeezed
by the other columns, the "Làm việc với tư cách" box hidden by a status message, the report
outline's headings, "Sửa bộ tiêu chí", the figures page's area headings."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from parapp.store import tasks

from .conftest import TODAY
from tests.ui.settle import settle


def test_a_status_message_never_covers_who_is_working(window):
    window.statusBar().showMessage("Đã lưu nhiệm vụ “Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền "
                                   "giải quyết của Ủy ban nhân dân xã” và cập nhật tiến độ.", 5000)
    QApplication.processEvents()
    assert window.working_as.isVisible() and window.working_as_label.isVisible()


def test_the_task_s_text_keeps_its_share_of_a_narrow_register(window, ui_db, qtbot):
    tasks.create_task(ui_db, {"content": "Rà soát, đơn giản hóa thủ tục hành chính"}, TODAY)
    window.nav.setCurrentRow(1)
    window.register.reload()
    window.resize(1090, 600)  # a 1366×768 screen at 125 %: 1093 logical pixels
    settle(qtbot, 50)
    page = window.register
    from parapp.ui.tasks import task_model as tm

    width = page.table.viewport().width()
    assert page.table.columnWidth(tm.COL_CONTENT) >= 0.29 * width
    assert page.table.columnWidth(tm.COL_STATUS) >= 120  # "Quá hạn 12 ngày" stays whole
    window.resize(760, 600)  # smaller still: the task's text keeps its share before anything else
    settle(qtbot, 50)
    assert page.table.columnWidth(tm.COL_CONTENT) >= 0.29 * page.table.viewport().width()
    window.resize(1600, 900)
    settle(qtbot, 50)
    assert page.table.columnWidth(tm.COL_AREA) == page._preset[tm.COL_AREA]  # room again: widths come back


def test_report_outline_headings_wrap_instead_of_being_cut(qtbot, ui_db):
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    from parapp.ui.widgets.wrapped_tree import wrap_items

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderHidden(True)
    keep = wrap_items(tree)
    short = QTreeWidgetItem(tree, ["I. Công tác chỉ đạo"])
    long = QTreeWidgetItem(tree, ["II. Kết quả thực hiện các nhiệm vụ cải cách hành chính trên các lĩnh vực"])
    tree.resize(220, 300)
    tree.show()
    settle(qtbot, 50)
    assert keep is tree.itemDelegate()
    assert tree.visualItemRect(long).height() >= 2 * tree.visualItemRect(short).height() - 8


def test_the_criteria_set_menu_button_shows_its_words(qtbot, ui_db):
    from parapp.ui.par.par_page import ParIndexPage

    page = ParIndexPage(ui_db, TODAY)
    qtbot.addWidget(page)
    page.show()
    b = page.edit_btn
    assert b.menu() is not None
    assert b.width() >= b.fontMetrics().horizontalAdvance(b.text()) + 20  # the words and the menu's arrow


def test_an_area_heading_spans_the_figures_row(qtbot, ui_db):
    from parapp.ui.figures.figures_page import FiguresPage

    page = FiguresPage(ui_db, TODAY)
    qtbot.addWidget(page)
    groups = [r for r in range(page.model.rowCount()) if page.model.row_at(r).is_group]
    assert groups and all(page.table.columnSpan(r, 0) == page.model.columnCount() for r in groups)


def test_columns_give_up_width_in_proportion_but_not_below_their_least():
    from parapp.ui.tasks.register_page import shares

    from parapp.ui.tasks import task_model as tm

    preset = {tm.COL_AREA: 150, tm.COL_LEAD: 150, tm.COL_STATUS: 140, tm.COL_PLAN: 96}
    least = {tm.COL_AREA: 80, tm.COL_LEAD: 90, tm.COL_STATUS: 120, tm.COL_PLAN: 70}
    assert shares(preset, least, 600) == preset  # room enough
    narrow = shares(preset, least, 420)
    assert sum(narrow.values()) <= 420 and all(narrow[c] >= least[c] for c in least)
    assert narrow[tm.COL_STATUS] == 120 and narrow[tm.COL_AREA] > least[tm.COL_AREA]  # status held at its least
    tight = shares(preset, least, 300)
    assert sum(tight.values()) == 300 and tight[tm.COL_STATUS] == 120 and tight[tm.COL_PLAN] == 48  # plan gives first
