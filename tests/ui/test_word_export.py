"""Xuất Word… beside Lưu PDF… for every printed document, then the offer to open
the file; and the register's printed list (what the window shows, in its order)."""

import io
import zipfile

import docx
import pdfplumber
import pytest
from PySide6.QtCore import QUrl

from parapp.ui.preview import word_export
from parapp.ui.preview.pdf_preview import PdfPreview

from .conftest import TODAY


@pytest.fixture
def demo_window(qtbot, tmp_path):
    from parapp.services.demo import build_demo
    from parapp.store import open_database
    from parapp.ui.main_window import MainWindow

    db = open_database(tmp_path / "Dữ liệu #1 xã.db")
    build_demo(db, TODAY)
    w = MainWindow(db, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    yield w
    db.close()


@pytest.fixture
def previews(monkeypatch):
    """Previews are modal: record them instead of waiting for a click."""
    shown = []

    def fake_exec(self):
        shown.append(self)
        return 0

    monkeypatch.setattr(PdfPreview, "exec", fake_exec)
    return shown


@pytest.fixture
def opened(monkeypatch):
    """Say yes to "open it now?" and record what would have been opened."""
    urls = []
    monkeypatch.setattr(word_export, "offer_to_open", lambda parent, target: True)
    monkeypatch.setattr(word_export.QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)


def test_register_list_prints_what_the_window_shows_and_exports_word(demo_window, previews, opened, tmp_path, qtbot):
    reg = demo_window.register
    reg.set_status_filter("overdue")
    shown = reg.model.visible_rows()
    assert 0 < len(shown) < len(reg.model.all_rows())
    assert reg.print_btn.isEnabled()
    reg.print_btn.click()
    (preview,) = previews
    qtbot.addWidget(preview)
    text = pdf_text(preview.pdf)
    assert "DANH SÁCH NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH Nhiệm vụ quá hạn" in text
    assert f"{len(shown)} nhiệm vụ)" in text
    assert all(r.content.split()[0] in text for r in shown)

    saved = preview.export_word(str(tmp_path / "Danh sách #1"))
    assert saved == tmp_path / "Danh sách #1.docx" and saved.is_file()
    (table,) = docx.Document(saved).tables
    assert [row.cells[1].text for row in table.rows[1:]] == [r.content for r in shown]  # the window's order
    assert opened == [QUrl.fromLocalFile(str(saved))]
    preview.reject()


def test_report_plan_and_par_previews_offer_word_beside_save_pdf(demo_window, previews, opened, tmp_path, qtbot):
    from parapp.store.periods import find_period
    from parapp.ui.reports.report_outputs import preview_period_pdf

    preview_period_pdf(demo_window, demo_window.reports.db, find_period(demo_window.reports.db, "q1", 2024), TODAY)
    demo_window.plans.table.selectRow(0)
    demo_window.plans.print_plan()
    demo_window.par.print_report()
    assert len(previews) == 3
    words = []
    for i, preview in enumerate(previews):
        qtbot.addWidget(preview)
        labels = [b.text() for b in preview.findChildren(type(preview.word_btn))]
        assert labels.index("Xuất Word…") == labels.index("Lưu PDF…") + 1  # right beside it
        saved = preview.export_word(str(tmp_path / f"văn bản {i}.docx"))
        with zipfile.ZipFile(saved) as z:
            words.append(z.read("word/document.xml").decode("utf-8"))
        preview.reject()
    report, plan, par = words
    assert "BÁO CÁO" in report and "Phụ lục" in report and "Trên đây là báo cáo" in report
    assert "BẢNG PHÂN CÔNG NHIỆM VỤ" in plan
    assert "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM" in par
    assert len(opened) == 3


def test_a_folder_that_does_not_exist_is_said_and_nothing_is_opened(demo_window, previews, opened, tmp_path,
                                                                     monkeypatch, qtbot, errors):
    said = errors
    demo_window.register.print_btn.click()
    preview = previews[0]
    qtbot.addWidget(preview)
    assert preview.export_word(str(tmp_path / "không có" / "x.docx")) is None
    assert said and "Không ghi được" in said[0] and opened == []
    preview.reject()
