"""What a user sees of the reports' windows at the office's 1366×768: the editor's tabs stay put,
a new draft from a finalised report says where it came from, and the print preview fits the page's
width."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QScrollArea

from parapp.store import officials, report_records, tasks
from parapp.store.periods import find_period
from parapp.ui.reports.report_editor import ReportEditor
from tests.ui.settle import settle

TODAY = dt.date(2024, 3, 16)


@pytest.fixture
def q1(ui_db):
    an = officials.add_official(ui_db, {"full_name": "Nguyễn Văn An", "position": "Công chức Tư pháp – Hộ tịch"})
    tasks.create_task(ui_db, {"content": "Rà soát văn bản QPPL", "par_code": "2.3", "lead_official_id": an,
                              "deadline_text": "10/3/2024", "status": "in_progress"}, dt.date(2024, 1, 5))
    return find_period(ui_db, "q1", 2024)


def _editor_on_screen(qtbot, db, rid, period, today=TODAY) -> ReportEditor:
    """The editor as a 1366×768 screen shows it: 1280×728."""
    ed = ReportEditor(db, rid, period, today=today)
    qtbot.addWidget(ed)
    ed.resize(1280, 728)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


def _tab_bar_place(ed: ReportEditor, qtbot, index: int) -> tuple[int, int]:
    ed.tabs.setCurrentIndex(index)
    settle(qtbot, 1)  # let the layout settle, as the screen would
    bar = ed.tabs.tabBar()
    p = bar.mapTo(ed, bar.rect().topLeft())
    return p.x(), p.y()


def test_the_editors_tab_bar_stays_where_it_is_on_every_tab(qtbot, ui_db, q1):
    # A real screen saw the tabs jump 13 px up on "Căn cứ và kiến nghị" and back on the others:
    # the list of points to review gave up height to that tab's taller form.
    _, rid = report_records.draft_for_period(ui_db, q1, TODAY, save=True)
    ed = _editor_on_screen(qtbot, ui_db, rid, q1)
    assert ed.gaps_list.isVisible()  # a late task without its reason: there is something to review
    # From the office's 1366×768 down to a 150 % screen: at some height the inputs tab's form (its
    # hint wraps) wants a few pixels more than the tabs get; where depends on the platform's fonts.
    for height in range(728, 540, -6):
        ed.resize(1280, height)
        opened = _tab_bar_place(ed, qtbot, 0)
        places = [_tab_bar_place(ed, qtbot, i) for i in (1, 2, 3, 0, 1)]
        assert places == [opened] * len(places), height


def test_a_new_draft_from_a_finalised_report_says_where_it_came_from(qtbot, ui_db, q1, monkeypatch):
    from parapp.services.reporting import finalize_report
    from parapp.ui.reports.reports_page import ReportsPage

    _, rid = report_records.draft_for_period(ui_db, q1, TODAY, save=True)
    finalize_report(ui_db, rid, TODAY)
    report_records.mark_sent(ui_db, rid, TODAY, "Thư điện tử công vụ", "15/BC-UBND")
    frozen = report_records.get_report(ui_db, rid)
    shown = []

    def looked_at(editor):  # the editor as it opens, instead of waiting for the person to close it
        shown.append((editor.windowTitle(), editor.banner.text(), editor.report_id))
        return 0

    monkeypatch.setattr(ReportEditor, "exec", looked_at)
    page = ReportsPage(ui_db, TODAY)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.copy_final()
    (title, banner, new_id), = shown
    assert new_id != rid and title.startswith("Bản nháp")
    assert banner.splitlines()[0] == ("Đã tạo bản nháp mới từ báo cáo đã chốt ngày 16/03/2024, số 15/BC-UBND. "
                                      "Báo cáo đã chốt được giữ nguyên, không thay đổi.")
    kept = report_records.get_report(ui_db, rid)
    assert kept.is_final and kept.content_hash == frozen.content_hash  # and it is so


def test_an_ordinary_draft_says_nothing_of_a_copy(qtbot, ui_db, q1):
    _, rid = report_records.draft_for_period(ui_db, q1, TODAY, save=True)
    ed = ReportEditor(ui_db, rid, q1, today=TODAY)
    qtbot.addWidget(ed)
    assert "Đã tạo bản nháp mới" not in ed.banner.text() and "Số liệu lấy từ sổ nhiệm vụ" in ed.banner.text()


def _preview_at(qtbot, width: int, height: int):
    from parapp.ui.preview.pdf_preview import PdfPreview

    from ..pdf.conftest import render

    dlg = PdfPreview(render(), "Báo cáo năm 2024.pdf", "Bản nháp")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.resize(width, height)
    qtbot.waitUntil(lambda: len(dlg.page_labels) == dlg.n_pages, timeout=10000)
    settle(qtbot, 1)
    return dlg


def test_the_print_preview_shows_the_whole_width_of_every_page_at_1366x768(qtbot):
    # The window a 1366×768 screen gives the preview: 1000 wide. The landscape appendix (935
    # pixels at 80 dpi) went past it by a few pixels, behind a sideways scroll bar.
    dlg = _preview_at(qtbot, 1000, 728)
    scroll = dlg.findChild(QScrollArea)
    bar = scroll.horizontalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible()
    room = scroll.viewport().width()
    landscape = [lb for lb in dlg.page_labels if lb.pixmap().width() > lb.pixmap().height()]
    assert landscape and all(lb.geometry().right() < room for lb in dlg.page_labels)
    first = dlg.page_labels[0].pixmap()
    assert abs(first.width() / first.height() - 210 / 297) < 0.01  # still an A4 page, only a little smaller
    dlg.accept()


def test_a_wide_window_shows_the_pages_at_their_full_size(qtbot):
    dlg = _preview_at(qtbot, 1300, 728)
    assert max(lb.pixmap().width() for lb in dlg.page_labels) == 936  # A4 landscape at 80 dpi: nothing shrunk
    dlg.resize(1000, 728)  # made narrower by hand: the pages follow
    settle(qtbot, 1)
    assert dlg.findChild(QScrollArea).horizontalScrollBar().maximum() == 0
    dlg.accept()


def test_a_portrait_page_is_as_wide_as_itself_centred_on_grey(qtbot):
    # A report has portrait pages and a landscape appendix: each page shows its own edges, the
    # portrait ones centred, not stretched white to the landscape pages' width.
    dlg = _preview_at(qtbot, 1300, 728)
    first = dlg.page_labels[0]
    assert first.width() == first.pixmap().width() + 12  # the page and its grey margin, no more
    box = first.parentWidget()
    assert abs(first.geometry().center().x() - box.rect().center().x()) <= 1
    image = box.grab().toImage()
    beside = image.pixelColor(first.geometry().right() + 3, first.geometry().center().y())
    assert beside.name() == "#8a8a8a"
    dlg.accept()


def test_the_preview_of_a_finalised_report_says_what_to_do_with_it_in_plain_words(qtbot, ui_db, q1, monkeypatch):
    # The note read "(Lưu PDF…), rồi Gắn bản đã ký…." on a real screen: a button's name run into the sentence.
    from parapp.services.printing import report_pdf
    from parapp.services.reporting import finalize_report
    from parapp.ui.preview.pdf_preview import PdfPreview
    from parapp.ui.reports import report_outputs

    _, rid = report_records.draft_for_period(ui_db, q1, TODAY, save=True)
    finalize_report(ui_db, rid, TODAY)
    notes = []
    monkeypatch.setattr(PdfPreview, "exec", lambda self: notes.append(self.info.text()) or 0)
    report_outputs._show_report_pdf(None, ui_db, q1, TODAY, report_pdf(ui_db, "q1", 2024, TODAY))
    assert "…." not in notes[0]
    assert ("Đây là bản để ký: ký số trên chính tệp PDF này (“Lưu PDF…”), rồi bấm "
                             "“Gắn bản đã ký…” ở trang Báo cáo.") in notes[0]


def test_the_editors_appendices_show_their_words_whole(qtbot, tmp_path):
    # At 1366×768 the figures' area read "Cải cách th…" and a task's result, squeezed into 100
    # pixels beside a half-empty task column, was cut at the bottom of its row.
    from PySide6.QtWidgets import QTableView

    from parapp.services.demo import build_demo
    from parapp.store import open_database

    today = dt.date(2026, 4, 20)
    db = open_database(tmp_path / "demo.db")
    try:
        build_demo(db, today)
        period = find_period(db, "q1", 2026)
        _, rid = report_records.draft_for_period(db, period, today, save=True)
        ed = _editor_on_screen(qtbot, db, rid, period, today)
        views = {v.model(): v for v in ed.findChildren(QTableView)}
        ed.tabs.setCurrentIndex(2)
        settle(qtbot, 1)
        figures = views[ed.figures]
        assert figures.columnWidth(3) >= figures.sizeHintForColumn(3)  # the area, whole
        ed.tabs.setCurrentIndex(3)
        settle(qtbot, 1)
        tasks_view = views[ed.appendix]
        assert ed.appendix.rowCount() > 5

        def unfit() -> list[int]:
            return [r for r in range(ed.appendix.rowCount()) if tasks_view.rowHeight(r) != tasks_view.sizeHintForRow(r)]

        # The rows are measured once the columns settle (a zero timer); on a loaded machine that is
        # later than one millisecond, which once failed CI, so wait for it as a person would.
        try:
            qtbot.waitUntil(lambda: not unfit(), timeout=3000)
        except AssertionError:
            pass
        assert unfit() == []  # neither cut nor padded out
        assert tasks_view.columnWidth(5) > 200  # the result has room beside the task
        ed.close()
    finally:
        db.close()
