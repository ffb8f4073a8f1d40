"""Round 23B: round 22A's refusal to print a PAR INDEX set with no criteria, attacked."""

from __future__ import annotations


def test_a_set_whose_areas_are_left_bare_is_not_printed_as_0_of_0(qtbot, ui_db, errors):
    """Finding 2: Sửa bộ tiêu chí, every criterion under each area deleted, the areas left (they have no maximum of
    their own): the page said "Chưa chấm: 7 tiêu chí" and PDF, Word and Excel gave "Tổng điểm tự đánh giá: 0/0 điểm
    (đạt 0%)", each area "0/0 điểm", ready to sign; round 22A refused only a set with no area left."""
    import datetime as dt

    import pytest

    from parapp.core.messages import ValidationError
    from parapp.core.par.reading import read_bytes
    from parapp.services import par_outputs
    from parapp.store import par_index, par_index_criteria
    from parapp.ui.par.par_page import ParIndexPage
    from tests.par.province_files import province_xlsx

    par_index.store_set(ui_db, read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria)
    for area in par_index.load_set(ui_db, 2024).areas:
        for child in area.children:
            par_index_criteria.delete_criterion(ui_db, child.id)
    assert par_index.load_set(ui_db, 2024).areas
    today = dt.date(2025, 1, 10)
    for give_out in (lambda: par_outputs.par_pdf(ui_db, 2024, today), lambda: par_outputs.par_docx(ui_db, 2024, today),
                     lambda: par_outputs.par_xlsx(ui_db, 2024)):
        with pytest.raises(ValidationError, match="chưa có tiêu chí nào"):
            give_out()
    page = ParIndexPage(ui_db, today)
    qtbot.addWidget(page)
    page.year.setValue(2024)
    page.reload()
    assert "Chưa chấm" not in page.totals.text() and "Thêm tiêu chí" in page.totals.text()
