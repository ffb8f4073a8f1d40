"""What reaches the printed page: the demo's reports for every period, read back
from the PDF; headings never alone at a page foot; figures and appendices."""

import datetime as dt
import io
import re

import pdfplumber
import pytest

from parapp.core.report_model import AppendixRow, FigureRow, Section
from parapp.pdf import styles as pdf_styles
from parapp.pdf.fonts import bundled

from .conftest import make_draft, options, render

TODAY = dt.date(2026, 11, 23)
PLACEHOLDERS = ("…", "...", "Chưa báo cáo lý do", "chưa báo cáo lý do", "chưa phân công", "[", "]", "xxx")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from parapp.services.demo import build_demo
    from parapp.store import open_database

    db = open_database(tmp_path_factory.mktemp("pdf") / "demo.db")
    build_demo(db, TODAY)
    yield db
    db.close()


def pages_text(pdf_bytes: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as doc:
        return [p.extract_text() or "" for p in doc.pages]


@pytest.mark.parametrize("kind", ["q1", "h1", "q3", "9m", "year"])
def test_no_placeholder_reaches_the_pdf_of_any_period(demo_db, kind):
    from parapp.services.printing import report_pdf

    printed = report_pdf(demo_db, kind, 2026, TODAY)
    text = "\n".join(pages_text(printed.pdf))
    for p in PLACEHOLDERS:
        assert p not in text, f"{p!r} printed in the {kind} report"
    assert "huyện" not in text.lower()
    assert re.search(r"\d\.\d{3} hồ sơ", text)       # counts in Vietnamese format: 1.234
    assert re.search(r"\d+,\d%", text)                # rates with a decimal comma: 99,5%
    assert "Thực hiện Kế hoạch số" in text and "như sau:" in text
    assert "Phụ lục I" in text and "Phụ lục II" in text


def bold_lines_at_page_feet(pdf_bytes: bytes) -> list[str]:
    """Every page's last line of body text, where that line is bold (a heading)."""
    found = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as doc:
        for page in doc.pages:
            if page.width > page.height:
                continue  # appendix pages: tables, checked apart
            body = [c for c in page.chars if c["top"] > 60]  # below the page number
            if not body:
                continue
            last_top = max(c["top"] for c in body)
            line = [c for c in body if abs(c["top"] - last_top) < 2]
            text = "".join(c["text"] for c in line).strip()
            if line and all("Bold" in c["fontname"] for c in line if c["text"].strip()) and \
                    re.match(r"^([IVX]+|\d+)\.", text):
                found.append(text)
    return found


def heading_drafts():
    """Drafts whose headings fall at every height of the page: one of them puts a heading at a foot."""
    for n in range(0, 14):
        d = make_draft(paragraphs_per_area=3, appendix_rows=0)
        d.sections[0].paragraphs = d.sections[0].paragraphs + [
            "Đoạn văn bổ sung số {0} về công tác chỉ đạo, điều hành cải cách hành chính của xã.".format(k)
            for k in range(n)]
        yield d


def test_headings_never_end_a_page_alone():
    offenders = [line for d in heading_drafts() for line in bold_lines_at_page_feet(render(d))]
    assert offenders == []


def test_the_heading_check_finds_a_lonely_heading(monkeypatch):
    # Without keep-with-next the same drafts do leave a heading at a foot: the check above can fail.
    real = pdf_styles.make_styles

    def loose(font):
        st = real(font)
        st.heading1.keepWithNext = st.heading2.keepWithNext = 0
        return st

    monkeypatch.setattr("parapp.pdf.report_pdf.make_styles", loose)
    assert any(bold_lines_at_page_feet(render(d)) for d in heading_drafts())


def test_figures_appendix_and_grouped_task_appendix():
    d = make_draft(appendix_rows=4)
    d.opening = Section("opening", "", ["Thực hiện Kế hoạch số 236/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh; "
                                        "Ủy ban nhân dân xã báo cáo như sau:"])
    d.figures = [FigureRow("dossiers.received", "Hồ sơ mới tiếp nhận trong kỳ", "hồ sơ", 1240, "1.240",
                           "Cải cách thủ tục hành chính"),
                 FigureRow("dossiers.on_time_rate", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "%", 99.33, "99,3%",
                           "Cải cách thủ tục hành chính")]
    for r, g in zip(d.appendix, ["Cải cách thể chế", "Cải cách thể chế", "Cải cách tài chính công",
                                 "Cải cách tài chính công"]):
        r.group = g
    pages = pages_text(render(d))
    assert pages[0].index("Kính gửi") < pages[0].index("Thực hiện Kế hoạch số 236/KH-UBND")
    fig_page = next(p for p in pages if "Phụ lục I\n" in p or p.startswith("Phụ lục I\n"))
    assert "SỐ LIỆU KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH\nQUÝ I NĂM 2024" in fig_page  # the period on one line
    assert "1.240" in fig_page and "% 99,3" in fig_page and "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" in fig_page
    task_page = next(p for p in pages if "Phụ lục II" in p)
    assert "CẢI CÁCH THỂ CHẾ" in task_page and "CẢI CÁCH TÀI CHÍNH CÔNG" in task_page


def test_last_appendix_page_never_holds_a_single_row():
    # Find a row count that would leave one row alone, then check it keeps company.
    for n in range(20, 60):
        d = make_draft(appendix_rows=n)
        for r in d.appendix:
            r.group = "Cải cách thủ tục hành chính"
        with pdfplumber.open(io.BytesIO(render(d))) as doc:
            land = [p for p in doc.pages if p.width > p.height]
            last = land[-1]
            rows = [t for t in (last.extract_tables() or [[]])[0] if t and t[0] and t[0].strip().isdigit()]
            assert len(rows) != 1, f"{n} rows: the last page holds one row"


def test_an_empty_section_prints_no_placeholder():
    d = make_draft(appendix_rows=0)
    text = "\n".join(pages_text(render(d)))
    assert "V. ĐỀ XUẤT, KIẾN NGHỊ" in text and "…" not in text


def test_options_still_render_without_a_kinh_gui():
    d = make_draft(appendix_rows=1)
    d.appendix = [AppendixRow("1", "Việc", "A", "Quý I/2024", "Hoàn thành", "Xong", 1, "")]
    assert render(d, recipients=[]).startswith(b"%PDF")
    assert options().commune_name and bundled()


def plan_rows(per_area: list[int]):
    from parapp.store.tasks import TaskRow

    rows, i = [], 0
    for a, n in enumerate(per_area, start=1):
        for _ in range(n):
            i += 1
            rows.append(TaskRow(i, 1, str(i), f"Nhiệm vụ {i} của lĩnh vực {a}: rà soát, ban hành văn bản", None,
                                str(a), f"Lĩnh vực số {a}", f"{a}.1", None, "Văn phòng", "", "Quý I/2024", None,
                                "not_started", None, "", ""))
    return rows


def group_rows_at_page_feet(pdf_bytes: bytes) -> list[str]:
    found = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as doc:
        for page in doc.pages:
            tables = page.extract_tables()
            if not tables:
                continue
            last = [c for c in tables[-1] if c and any(x for x in c)][-1]
            if last[0] and re.fullmatch(r"[IVX]+", last[0].strip()):
                found.append(last[1])
    return found


def plan_variants():
    from types import SimpleNamespace

    from parapp.pdf.plan_pdf import render_plan

    plan = SimpleNamespace(number="05/KH-UBND", issued_on=dt.date(2024, 1, 8), year=2024,
                           title="Kế hoạch cải cách hành chính năm 2024")
    for first in range(4, 16):
        yield render_plan(plan, plan_rows([first, 3, 5, 2, 6]), options(), bundled())


def test_plan_group_rows_never_end_a_page():
    assert [g for pdf in plan_variants() for g in group_rows_at_page_feet(pdf)] == []


def test_the_group_row_check_can_fail(monkeypatch):
    from reportlab.platypus import TableStyle

    from parapp.pdf import appendix_table

    monkeypatch.setattr(appendix_table, "TableStyle",
                        lambda cmds: TableStyle([c for c in cmds if c[0] != "NOSPLIT"]))
    assert any(group_rows_at_page_feet(pdf) for pdf in plan_variants())


def test_a_long_plan_table_keeps_every_row_once_in_order_and_its_rules():
    # Past a few hundred rows the table is laid out a page at a time: the same rules hold.
    from types import SimpleNamespace

    from parapp.pdf.plan_pdf import render_plan

    plan = SimpleNamespace(number="05/KH-UBND", issued_on=dt.date(2024, 1, 8), year=2024,
                           title="Kế hoạch cải cách hành chính năm 2024")
    for per_area in ([7, 90, 61, 45, 3], [12, 80, 77, 40, 2]):
        pdf = render_plan(plan, plan_rows(per_area), options(), bundled())
        assert group_rows_at_page_feet(pdf) == []
        numbers = []
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            for page in doc.pages:
                for table in page.extract_tables():
                    numbers += [int(r[0]) for r in table if r and r[0] and r[0].strip().isdigit()]
            last = [t for t in (doc.pages[-1].extract_tables() or [[]])[0] if t and t[0] and t[0].strip().isdigit()]
        assert numbers == list(range(1, sum(per_area) + 1))
        assert len(last) != 1
