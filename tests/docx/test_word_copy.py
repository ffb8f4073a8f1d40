"""The Word copy in Word's own terms (styles, sections, fields, tables), its
words against the draft's, and LibreOffice's PDF of the appendices, the plan's
table and the register's list. The Decree-30 checks of the first page, the
signature and the page numbers run on LibreOffice's PDF in tests/pdf and
tests/par, beside ParApp's own PDF."""

import io
import re
import unicodedata

import docx
import pdfplumber
import pytest

from parapp.docx.document_docx import write_document
from parapp.docx.wordml import NS_W
from tests.word_copies import documents

MM = 72 / 25.4
TWIPS_PER_MM = 1440 / 25.4
W = {"w": NS_W}


def open_docx(data: bytes):
    return docx.Document(io.BytesIO(data))


def all_paragraph_texts(d) -> list[str]:
    """Every paragraph's text, in the body and in table cells, in document order."""
    return ["".join(t.text or "" for t in p.iter(f"{{{NS_W}}}t")) for p in d.element.body.iter(f"{{{NS_W}}}p")]


def pages(pdf_bytes: bytes):
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as doc:
        return [(p.width, p.height, p.extract_text() or "", p.extract_words()) for p in doc.pages]


def top_numbers(words) -> list[str]:
    return [w["text"] for w in words if w["bottom"] < 20 * MM and re.fullmatch(r"\d+", w["text"])]


def flat(text: str) -> str:
    return " ".join(text.split())


# -- the words --------------------------------------------------------------------------------------

def test_every_paragraph_of_the_draft_is_in_the_docx(word_copies):
    from tests.pdf.conftest import make_draft

    # a title's last words are joined by no-break spaces, so a line never ends it with a word alone
    texts = [t.replace("\u00a0", " ") for t in all_paragraph_texts(open_docx(word_copies["report"]["docx"]))]
    draft = make_draft()
    for s in draft.walk():
        assert any(t == s.title or t == s.title.upper() for t in texts), s.title
        for para in s.paragraphs:
            assert para in texts, para[:60]  # each one a paragraph of its own, whole
    for row in draft.appendix:
        assert row.content in texts and row.result in texts
    assert texts.count("Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2024 "
                       "của UBND xã Ba Giang./.") == 1


def test_the_docx_says_what_the_model_says_and_nothing_else(word_copies):
    for name, doc in documents().items():
        texts = [t for t in all_paragraph_texts(open_docx(word_copies[name]["docx"])) if t]
        expected = [line for t in doc.paragraphs() if t for line in t.split("\n")]
        joined = "\n".join(texts)
        for line in expected:  # a Kính gửi list is "head<tab>first item": its words, not its line
            assert line in joined, (name, line[:60])
        assert all(unicodedata.is_normalized("NFC", t) for t in texts)


def test_plan_docx_holds_its_task_table(word_copies):
    from tests.word_copies import PLAN, plan_rows

    d = open_docx(word_copies["plan"]["docx"])
    (table,) = d.tables
    head = [c.text for c in table.rows[0].cells]
    assert head == ["STT", "Nội dung nhiệm vụ", "Mã TCTP", "Chủ trì", "Phối hợp", "Thời gian thực hiện"]
    contents = [r.cells[1].text for r in table.rows[1:]]
    rows = plan_rows([14, 3, 5, 2, 6, 9, 4])
    assert [c for c in contents if c.startswith("Nhiệm vụ")] == [r.content for r in rows]
    assert "LĨNH VỰC SỐ 1" in contents and "LĨNH VỰC SỐ 7" in contents  # the group rows, spanned
    spans = table._tbl.xpath(".//w:gridSpan/@w:val")
    assert spans == ["5"] * 7
    assert PLAN.title in all_paragraph_texts(d)


def test_same_document_same_bytes(word_copies):
    assert write_document(documents()["report"]) == word_copies["report"]["docx"]


# -- Word's own terms ------------------------------------------------------------------------------

def test_a4_with_the_decree_margins_and_landscape_appendices(word_copies):
    d = open_docx(word_copies["report_vice"]["docx"])
    got = [(round(s.page_width.mm), round(s.page_height.mm), round(s.top_margin.mm), round(s.right_margin.mm),
            round(s.bottom_margin.mm), round(s.left_margin.mm)) for s in d.sections]
    # the report; Phụ lục I (figures, portrait); Phụ lục II (tasks, landscape, bound along its top edge)
    assert got == [(210, 297, 20, 15, 20, 30), (210, 297, 20, 15, 20, 30), (297, 210, 30, 20, 20, 20)]
    assert [s.orientation for s in d.sections][-1] == docx.enum.section.WD_ORIENT.LANDSCAPE


def test_page_numbers_are_word_fields_in_a_header_different_on_the_first_page(word_copies):
    d = open_docx(word_copies["report_vice"]["docx"])
    for s in d.sections:
        assert s.different_first_page_header_footer
        assert s._sectPr.xpath("w:pgNumType/@w:start") == ["1"]  # each part numbered on its own
        header = s.header._element
        assert "".join(header.xpath(".//w:instrText/text()")).strip() == "PAGE"
        assert header.xpath(".//w:pStyle/@w:val") == ["ND30PageNumber"]
        assert s.first_page_header._element.xpath(".//w:instrText") == []  # none on a part's first page
    # centred on the sheet, not on the text: the portrait header gives up the left margin's surplus
    ind = d.sections[0].header._element.xpath(".//w:ind/@w:right")
    assert ind and abs(int(ind[0]) - 15 * TWIPS_PER_MM) < 2


def test_styles_let_the_official_edit_without_breaking_the_format(word_copies):
    d = open_docx(word_copies["report"]["docx"])
    normal = d.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 14
    pf = normal.paragraph_format
    assert pf.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY
    assert round(pf.first_line_indent.cm, 2) == 1.27 and pf.space_after.pt == 6 and pf.line_spacing.pt == 17.5
    h1 = d.styles["Heading 1"]
    assert h1.font.bold and h1.font.name == "Times New Roman" and h1.font.size.pt == 14
    assert h1.paragraph_format.keep_with_next
    # body paragraphs carry no direct formatting: they are Normal, so a new paragraph looks the same
    body = [p for p in d.paragraphs if p.text.startswith("- Tham mưu UBND xã")]
    assert body and all(p.style.name == "Normal" and p.paragraph_format.first_line_indent is None
                        and not any(r.bold or r.font.size for r in p.runs) for p in body)
    assert {p.style.name for p in d.paragraphs if p.text.startswith("I. ")} == {"Heading 1"}
    noi_nhan = d.styles["ND30 Nơi nhận"]
    assert noi_nhan.font.bold and noi_nhan.font.italic and noi_nhan.font.size.pt == 12
    assert noi_nhan.paragraph_format.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.LEFT


def test_header_and_signature_are_borderless_tables_inside_the_margins(word_copies):
    d = open_docx(word_copies["report"]["docx"])
    header, signature = d.tables[0], d.tables[1]
    text_width = (210 - 30 - 15) * TWIPS_PER_MM
    for t in (header, signature):
        tbl = t._tbl
        assert abs(int(tbl.xpath("w:tblPr/w:tblW/@w:w")[0]) - text_width) < 3
        assert sum(int(w) for w in tbl.xpath("w:tblGrid/w:gridCol/@w:w")) <= text_width + 2
        assert tbl.xpath("w:tblPr/w:tblInd/@w:w") == ["0"]
        assert set(tbl.xpath("w:tblPr/w:tblBorders/*/@w:val")) == {"nil"}
        assert set(tbl.xpath("w:tblPr/w:tblCellMar/*/@w:w")) == {"0"}
    assert "Nơi nhận:" in signature.cell(0, 0).text and "TM. ỦY BAN NHÂN DÂN" in signature.cell(0, 1).text
    assert signature._tbl.xpath("w:tr/w:trPr/w:cantSplit")  # never split across pages


def test_rules_are_real_lines_of_the_right_length(word_copies):
    from parapp.docx import measure

    d = open_docx(word_copies["report"]["docx"])
    rules = [p for p in d.element.body.iter(f"{{{NS_W}}}p") if p.xpath("w:pPr/w:pBdr/w:bottom")]
    assert len(rules) == 3  # under the issuing body, the motto and the summary

    def length_pt(p, column_pt):
        left, right = (int(p.xpath(f"w:pPr/w:ind/@w:{side}")[0]) / 20 for side in ("left", "right"))
        return column_pt - left - right

    body, motto, summary = rules
    left_col, right_col, full = 68 * MM, (165 - 68) * MM, 165 * MM
    ub = measure.width("ỦY BAN NHÂN DÂN", 13, "bold")
    assert 1 / 3 <= length_pt(body, left_col) / ub <= 1 / 2
    assert abs(length_pt(motto, right_col) - measure.width("Độc lập - Tự do - Hạnh phúc", 14, "bold")) < 1
    s = measure.width("Kết quả thực hiện công tác cải cách hành chính quý I năm 2024", 14, "bold")
    assert 1 / 3 <= length_pt(summary, full) / s <= 1 / 2


def test_appendix_tables_repeat_their_header_and_keep_rows_whole(word_copies):
    d = open_docx(word_copies["report"]["docx"])
    appendix = d.tables[-1]._tbl
    rows = appendix.xpath("w:tr")
    assert rows[0].xpath("w:trPr/w:tblHeader") and not any(r.xpath("w:trPr/w:tblHeader") for r in rows[1:])
    assert all(r.xpath("w:trPr/w:cantSplit") for r in rows)
    widths = [int(w) for w in appendix.xpath("w:tblGrid/w:gridCol/@w:w")]
    assert abs(sum(widths) - (297 - 20 - 20) * TWIPS_PER_MM) < 6  # the landscape text width
    # a cell longer than a page may split; a row that cannot fit is never pushed off the end
    long = open_docx(word_copies["report_long"]["docx"]).tables[-1]._tbl.xpath("w:tr")
    assert [bool(r.xpath("w:trPr/w:cantSplit")) for r in long].count(False) == 1


def test_all_text_is_editable_text(word_copies):
    for name, c in word_copies.items():
        with __import__("zipfile").ZipFile(io.BytesIO(c["docx"])) as z:
            names = z.namelist()
            xml = "".join(z.read(n).decode("utf-8") for n in names if n.endswith(".xml"))
        assert not [n for n in names if n.startswith("word/media")], name  # no images
        for tag in ("<w:drawing", "<w:pict", "<w:txbxContent", "<v:shape", "<mc:AlternateContent"):
            assert tag not in xml, (name, tag)


# -- LibreOffice's PDF of the appendices, the plan and the list -----------------------------------

def test_each_appendix_numbered_on_its_own_in_libreoffice(word_pdfs):
    got = pages(word_pdfs["report_vice"])
    starts = [i for i, (_, _, text, _) in enumerate(got) if text.lstrip().startswith("Phụ lục")]
    assert [flat(got[i][2])[:10] for i in starts] == ["Phụ lục I ", "Phụ lục II"]
    first, second = starts
    assert got[first][1] > got[first][0] and got[second][0] > got[second][1]  # figures portrait, tasks landscape
    assert top_numbers(got[0][3]) == [] and top_numbers(got[1][3]) == ["2"]
    for start, end in ((first, second), (second, len(got))):
        assert top_numbers(got[start][3]) == []
        assert [top_numbers(got[i][3]) for i in range(start + 1, end)] == [[str(n)] for n in range(2, end - start + 1)]
    assert all("Chỉ tiêu" in got[i][2] for i in range(first, second))  # the header row on every page


def test_plan_table_in_libreoffice(word_pdfs):
    got = pages(word_pdfs["plan"])
    assert len(got) >= 2 and all(w > h for w, h, _, _ in got)
    assert flat(got[0][2]).startswith("Phụ lục BẢNG PHÂN CÔNG NHIỆM VỤ Kế hoạch cải cách hành chính năm 2024 "
                                      "(Kèm theo Kế hoạch số 05/KH-UBND ngày 08 tháng 01 năm 2024 "
                                      "của UBND xã Ba Giang)")
    for _, _, text, _ in got:
        assert "Nội dung nhiệm vụ" in text and "Thời gian thực hiện" in text
    assert top_numbers(got[0][3]) == [] and top_numbers(got[1][3]) == ["2"]
    text = " ".join(t for _, _, t, _ in got)
    assert all(f"Nhiệm vụ {i} của lĩnh vực" in text for i in range(1, 44))


def test_register_list_in_libreoffice(word_pdfs):
    got = pages(word_pdfs["register"])
    first = flat(got[0][2])
    assert first.startswith("DANH SÁCH NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH Nhiệm vụ đang mở "
                            "(UBND xã Ba Giang, tính đến ngày 18/03/2024: 41 nhiệm vụ)")
    assert all("Tình trạng" in t for _, _, t, _ in got) and all(w > h for w, h, _, _ in got)
    text = " ".join(t for _, _, t, _ in got)
    assert "41 Nhiệm vụ 41 của lĩnh vực 3" in flat(text)


@pytest.mark.parametrize("name", ["report", "plan", "par", "register"])
def test_fonts_embedded_in_libreoffice_pdf(word_pdfs, name):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(word_pdfs[name]))
    fonts = {}
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            fonts[f["/BaseFont"]] = f
    assert fonts and all("/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts.values())


# -- one model, two writers -----------------------------------------------------------------------

def test_the_model_needs_neither_qt_nor_a_renderer():
    import subprocess
    import sys

    code = ("import builtins, importlib, pkgutil\n"
            "real = builtins.__import__\n"
            "def guard(name, *a, **k):\n"
            "    if name.split('.')[0] in ('PySide6', 'shiboken6', 'reportlab', 'docx', 'lxml'):\n"
            "        raise ImportError('blocked: ' + name)\n"
            "    return real(name, *a, **k)\n"
            "builtins.__import__ = guard\n"
            "import parapp.document\n"
            "for m in pkgutil.walk_packages(parapp.document.__path__, 'parapp.document.'):\n"
            "    importlib.import_module(m.name)\n"
            "print('OK')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 0 and out.stdout.strip() == "OK", out.stderr


def test_no_writer_has_wording_of_its_own():
    """Every word a document prints comes from parapp.document: the writers hold no Vietnamese
    text but the names of Word's styles and marked error messages."""
    import ast
    from pathlib import Path

    import parapp

    vietnamese = set("ăâđêôơưạảãáàằắẳẵặấầẩẫậẹẻẽéèềếểễệịỉĩíìọỏõóòồốổỗộờớởỡợụủũúùừứửữựỵỷỹýỳ")
    found = []
    for folder in ("pdf", "docx"):
        for path in sorted((Path(parapp.__file__).parent / folder).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            allowed = set()
            for node in ast.walk(tree):
                if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and ast.get_docstring(node):
                    allowed.add(id(node.body[0].value))
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "N_":
                    allowed.update(id(a) for a in node.args)
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in allowed \
                        and vietnamese & set(node.value.lower()) and not node.value.startswith("ND30 "):
                    found.append(f"{path.name}:{node.lineno}: {node.value[:40]}")
    assert found == []


def test_awkward_text_makes_a_valid_file():
    """Markup characters, control characters pasted from elsewhere, tabs and line breaks, an empty
    plan, no recipients and no signer: the file still opens, with every printable letter kept."""
    from parapp.core.report_model import Section
    from parapp.document.plan_document import EMPTY_PLAN, plan_document
    from parapp.document.report_document import report_document
    from tests.pdf.conftest import make_draft, options
    from tests.word_copies import PLAN, REPORT_DATE

    draft = make_draft(appendix_rows=2)
    odd = "Chi <b>&amp;</b> \"trích\" 'dẫn'\x00\x0b\x1f\tcột\nmới dòng – ở đây"
    draft.sections.append(Section("extra", "VI. Mục thêm", [odd]))
    draft.appendix[0].content = odd
    data = write_document(report_document(draft, options(recipients=[], cc=[], chairman=""), REPORT_DATE))
    d = open_docx(data)
    body = [p for p in d.paragraphs if p.text.startswith("Chi <b>")]
    assert len(body) == 1 and body[0].text == "Chi <b>&amp;</b> \"trích\" 'dẫn'\tcột\nmới dòng – ở đây"
    assert "Kính gửi" not in "\n".join(all_paragraph_texts(d))

    empty = open_docx(write_document(plan_document(PLAN, [], "Ủy ban nhân dân xã Ba Giang")))
    assert EMPTY_PLAN in all_paragraph_texts(empty) and len(empty.tables[0].rows) == 1


# -- the year report in LibreOffice, and Word's unused styles ------------------------------------------

def test_landscape_appendix_keeps_the_decrees_bottom_margin_in_libreoffice(word_copies):
    """LibreOffice's PDF of the demo's year report: no table row nearer the sheet's edge than 20 mm."""
    from parapp.pdf.document_pdf import render_document
    from parapp.pdf.fonts import bundled
    from tests.word_copies import documents

    own = render_document(documents()["report_year"], bundled())
    for name, pdf in (("LibreOffice", word_copies["report_year"]["pdf"]), ("ParApp", own)):
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            landscape = [p for p in doc.pages if p.width > p.height]
            assert len(landscape) >= 2, name  # the tasks' appendix runs over several sheets
            for page in landscape:
                drawn = page.chars + page.lines + page.rects
                lowest = max(o["bottom"] for o in drawn)
                assert page.height - lowest >= 20 * MM - 0.5, (name, page.page_number, (page.height - lowest) / MM)


def test_words_unused_styles_are_in_the_decrees_font_too(word_copies):
    """An official who applies Heading 3, Title or Quote in Word stays in Times New Roman, in black."""
    import zipfile

    data = word_copies["report_year"]["docx"]
    d = open_docx(data)
    for name in ["Heading 3", "Heading 4", "Heading 5", "Heading 6", "Heading 7", "Heading 8", "Heading 9", "Title",
                 "Subtitle"]:
        style = d.styles[name]
        assert style.font.name == "Times New Roman", name
        fonts = style.element.xpath("w:rPr/w:rFonts")
        assert fonts and not any("Theme" in a or "theme" in a for a in fonts[0].attrib), name
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for part in ("word/styles.xml", "word/stylesWithEffects.xml", "word/theme/theme1.xml"):
            xml = z.read(part).decode("utf-8")
            for other in ("Calibri", "Cambria", "majorHAnsi", "minorHAnsi", "Courier"):
                assert other not in xml, (part, other)
        theme = z.read("word/theme/theme1.xml").decode("utf-8")
        assert re.findall(r'<a:(?:major|minor)Font>\s*<a:latin typeface="([^"]+)"', theme) == ["Times New Roman"] * 2
