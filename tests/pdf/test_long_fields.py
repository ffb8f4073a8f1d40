"""Issue 15, printing: long tokens wrap inside their cells; long fields never make a print fail."""

import io
import sqlite3

import pdfplumber
from pypdf import PdfReader

from parapp.core import print_limits
from parapp.pdf.appendix_table import _wrap
from parapp.pdf.fonts import bundled, register
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..cli.test_cli import run
from .conftest import make_draft, render

MM = 72 / 25.4
URL = ("https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001234"
       "&ma_co_quan=UBND-xa-Ba-Giang")


def test_a_word_wider_than_its_cell_is_broken_inside_it():
    font = bundled()
    register(font)
    regular = font.face("regular")
    lines = _wrap("Công khai tại " + URL + " trong ngày", regular, 100)
    assert all(stringWidth(line, regular, 12) <= 100 for line in lines)
    assert "".join(lines).replace(" ", "") == ("Công khai tại " + URL + " trong ngày").replace(" ", "")


def test_a_long_address_stays_in_its_appendix_column():
    draft = make_draft(appendix_rows=3)
    draft.appendix[1].content = "Công khai thủ tục hành chính trên Cổng dịch vụ công " + URL
    with pdfplumber.open(io.BytesIO(render(draft))) as pdf:
        page = next(p for p in pdf.pages if p.width > p.height)
        text = "".join(c["text"] for c in page.chars)
        start = text.index("https://")
        chars = [c for c in page.chars[start:] if c["text"] != " "][:len(URL)]
        # the content column is 100 mm wide after a 12 mm STT column, from the 20 mm left margin
        right_edge = (20 + 12 + 100) * MM
        assert max(c["x1"] for c in chars) <= right_edge + 0.5
        assert len({round(c["top"]) for c in chars}) >= 2  # it wrapped


def test_five_thousand_letter_names_print(tmp_path):
    # The finding: "Flowable too large" from report pdf with a 5,000-character word in these settings.
    word = "Đ" * 5000
    for field in ("commune_name", "parent", "place_name", "chairman", "drafting_unit"):
        pdf = render(make_draft(appendix_rows=2), **{field: (("Ủy ban nhân dân xã " if field == "commune_name"
                                                              else "") + word)})
        assert pdf.startswith(b"%PDF")
    for field in ("recipients", "cc"):
        pdf = render(make_draft(appendix_rows=2), **{field: [word] * 60})
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        assert "xem đầy đủ trong ParApp" in text  # what was left out is said, not hidden


def test_report_pdf_command_with_a_long_commune_name_and_a_1mb_task(tmp_path):
    db = tmp_path / "parapp.db"
    assert run("demo", "--db", db).returncode == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE settings SET value = ? WHERE key = 'commune_name'", ["Ủy ban nhân dân xã " + "A" * 5000])
    con.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('report_recipients', ?)",
                ['["' + "B" * 5000 + '", "UBND huyện Ba Tơ"]'])
    huge = ("Rà soát thủ tục hành chính " * 40_000)[:1_000_000]
    con.execute("UPDATE tasks SET content = ? WHERE id = (SELECT MIN(id) FROM tasks)", [huge])
    plan = con.execute("SELECT plan_id FROM tasks WHERE id = (SELECT MIN(id) FROM tasks)").fetchone()[0]
    year = con.execute("SELECT year FROM plans WHERE id = ?", [plan]).fetchone()[0]
    con.commit()
    con.close()
    out = tmp_path / "bc.pdf"
    r = run("report", "pdf", "--db", db, "--period", "year", "--year", year, "--out", out)
    assert r.returncode == 0, r.stderr
    pages = PdfReader(out).pages
    assert len(pages) < 120  # bounded: the cut is said in the text, the stored task is whole
    assert any("ký tự không in" in p.extract_text() for p in pages)
    con = sqlite3.connect(db)
    assert len(con.execute("SELECT content FROM tasks WHERE id = (SELECT MIN(id) FROM tasks)").fetchone()[0]) \
        == len(huge)
    con.close()
    r = run("plan", "pdf", "--db", db, "--plan", plan, "--out", tmp_path / "kh.pdf")
    assert r.returncode == 0, r.stderr
    assert any("ký tự không in" in p.extract_text() for p in PdfReader(tmp_path / "kh.pdf").pages)


def test_clip_says_how_much_it_left_out():
    assert print_limits.clip("abc", 5) == "abc"
    clipped = print_limits.clip("x" * 25_000, 20_000)
    assert clipped.startswith("x" * 20_000) and "5.000 ký tự không in" in clipped
