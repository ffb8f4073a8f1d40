"""Tables the app has never seen: other headers, merged cells, quotes, repeats, continuations."""

import datetime as dt
import io
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from parapp.core.importing import Unreadable, parse_bytes, parse_text
from parapp.core.importing.legacy_text import detect, from_tcvn3

HEADER = "TT\tNhiệm vụ cụ thể\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\tSản phẩm\n"


def test_other_header_words_and_hierarchy():
    text = (HEADER +
            "1\tCải cách thủ tục hành chính\t\t\t\t\n"
            "1.1\tCông khai TTHC trên Cổng thông tin\tBộ phận Một cửa\tVăn phòng\tQuý II/2024\tDanh mục TTHC\n"
            "1.2\tRà soát, đơn giản hóa TTHC\t\t\tTrước ngày 01/6/2024\tBáo cáo\n"
            "2\tCải cách tài chính công\t\t\t\t\n"
            "2.1\tCông khai ngân sách xã\tCông chức Tài chính – Kế toán\t\tTháng 4/2024\t\n")
    r = parse_text(text, plan_year=2024)
    assert [t.stt for t in r.tasks] == ["1.1", "1.2", "2.1"]
    assert [t.area_code for t in r.tasks] == ["3", "3", "6"]
    assert r.tasks[0].product == "Danh mục TTHC" and r.tasks[0].coordinators == "Văn phòng"
    assert [t.due_date for t in r.tasks] == [dt.date(2024, 6, 30), dt.date(2024, 5, 31), dt.date(2024, 4, 30)]


def test_quoted_multiline_cells_repeated_header_and_continuation():
    text = ('STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n'
            '1\t"Rà soát văn bản QPPL\ndo HĐND, UBND xã ban hành"\tCông chức Tư pháp\tQuý I/2024\n'
            'STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n'
            '2\tKiểm tra công tác CCHC\tVăn phòng\tQuý III/2024\n'
            '\tvà báo cáo kết quả kiểm tra\t\t\n'
            '(1)\t(2)\t(3)\t(4)\n')
    r = parse_text(text, plan_year=2024)
    assert [t.stt for t in r.tasks] == ["1", "2"]
    assert r.tasks[0].content == "Rà soát văn bản QPPL\ndo HĐND, UBND xã ban hành"
    assert r.tasks[0].line == 2
    assert r.tasks[1].content == "Kiểm tra công tác CCHC và báo cáo kết quả kiểm tra"


def test_html_clipboard_with_merged_lead():
    html = ("<table><tr><th>STT</th><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Thời hạn</th></tr>"
            "<tr><td>1</td><td>Công khai TTHC</td><td rowspan='2'>Bộ phận Một cửa</td><td>Quý I/2024</td></tr>"
            "<tr><td>2</td><td>Số hóa hồ sơ<br>kết quả TTHC</td><td>Quý II/2024</td></tr></table>")
    r = parse_text("ignored plain text", html=html, plan_year=2024)
    assert [t.lead for t in r.tasks] == ["Bộ phận Một cửa", "Bộ phận Một cửa"]
    assert r.tasks[1].content == "Số hóa hồ sơ\nkết quả TTHC"


def test_csv_semicolon_with_bom_and_comma():
    semi = "\ufeffSTT;Nội dung;Chủ trì;Thời hạn\n1;Công khai TTHC;Một cửa;Quý I/2024\n".encode("utf-8")
    assert parse_bytes(semi, "plan.csv", plan_year=2024).tasks[0].lead == "Một cửa"
    comma = 'STT,Nội dung,Chủ trì,Thời hạn\n1,"Công khai TTHC, DVC",Một cửa,Quý I/2024\n'.encode("utf-8")
    assert parse_bytes(comma, "plan.csv", plan_year=2024).tasks[0].content == "Công khai TTHC, DVC"


def test_xlsx_and_docx():
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Kế hoạch CCHC năm 2024"])
    ws.append(["STT", "Nội dung nhiệm vụ", "Mã tiêu chí", "Cơ quan thực hiện", "Thời gian thực hiện"])
    ws.append([1, "Ban hành kế hoạch CCHC", "1.1", "Văn phòng", dt.datetime(2024, 1, 31)])
    buf = io.BytesIO()
    wb.save(buf)
    r = parse_bytes(buf.getvalue(), "kehoach.xlsx", plan_year=2024)
    assert r.tasks[0].content == "Ban hành kế hoạch CCHC" and r.tasks[0].due_date == dt.date(2024, 1, 31)

    import docx

    d = docx.Document()
    d.add_paragraph("2.2. Chỉ số đối với lĩnh vực cải cách thể chế")
    d.add_paragraph("* Công chức Tư pháp – Hộ tịch:")
    d.add_paragraph("- Tham mưu ban hành kế hoạch theo dõi thi hành pháp luật.")
    buf = io.BytesIO()
    d.save(buf)
    r = parse_bytes(buf.getvalue(), "kehoach.docx", plan_year=2024)
    assert r.kind == "list" and r.tasks[0].lead == "Công chức Tư pháp – Hộ tịch" and r.tasks[0].area_code == "2"
    # a .docx with a table: the table wins
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    for i, h in enumerate(["STT", "Nội dung", "Thời hạn"]):
        t.rows[0].cells[i].text = h
    for i, v in enumerate(["1", "Rà soát TTHC", "Quý II/2024"]):
        t.rows[1].cells[i].text = v
    buf = io.BytesIO()
    d.save(buf)
    r = parse_bytes(buf.getvalue(), "bang.txt", plan_year=2024)  # the name lies; the content tells
    assert r.kind == "table" and r.tasks[0].due_date == dt.date(2024, 6, 30)


def test_problems_are_named_not_fatal():
    text = (HEADER + "1\tViệc không rõ lĩnh vực\tAi đó\t\tTheo hướng dẫn của UBND tỉnh\t\n"
                     "2\t\tVăn phòng\t\tQuý I/2024\t\n")
    r = parse_text(text, plan_year=2024)
    assert len(r.tasks) == 1
    t = r.tasks[0]
    assert t.due_date is None and any("Không đọc được ngày" in p for p in t.problems)
    assert any("lĩnh vực" in p for p in t.problems)
    assert r.problems and r.problems[0].line == 3 and "không có nội dung" in r.problems[0].message


def test_nfd_text_is_stored_nfc():
    text = unicodedata.normalize("NFD", HEADER + "1\tCông khai thủ tục hành chính\tMột cửa\t\tQuý I/2024\t\n")
    r = parse_text(text, plan_year=2024)
    assert r.tasks[0].content == "Công khai thủ tục hành chính"
    assert unicodedata.is_normalized("NFC", r.tasks[0].content + r.tasks[0].lead)
    assert r.tasks[0].due_date == dt.date(2024, 3, 31)  # the header, read through NFD, still maps its columns


@pytest.mark.parametrize("data, name", [(b"", "a.txt"), (b"   \n  ", "a.txt"), (b"\x00\x01\x02\x03" * 50, "a.txt"),
                                        (b"%PDF-1.4 ...", "a.pdf"), (b"PK\x03\x04garbage", "a.xlsx")])
def test_unreadable_inputs(data, name):
    with pytest.raises(Unreadable):
        parse_bytes(data, name, plan_year=2024)


def test_spreadsheet_without_header_refused():
    with pytest.raises(Unreadable) as e:
        parse_text("a\tb\tc\n1\t2\t3\n4\t5\t6\n", plan_year=2024)
    assert "tiêu đề" in e.value.message


def test_legacy_encodings():
    tcvn = "STT\tNéi dung\tThêi h¹n\n1\tC«ng khai thñ tôc hµnh chÝnh\tQuý I/2024\n"
    assert detect(tcvn) == "tcvn3"
    r = parse_text(tcvn, plan_year=2024)
    assert r.tasks[0].content == "Công khai thủ tục hành chính" and r.notes
    assert from_tcvn3("T\xad ph¸p – Hé tÞch") == "Tư pháp – Hộ tịch"  # ư is the soft-hyphen byte
    # VNI is converted too now (issue 15): its pairs are told from TCVN3 by which reading makes Vietnamese words.
    r = parse_text("STT\tNoäi dung\n1\tCoâng khai thuû tuïc haønh chính\n", plan_year=2024)
    assert r.tasks[0].content == "Công khai thủ tục hành chính" and "VNI" in r.notes[0]


def test_100k_row_paste():
    rows = "".join(f"{i}\tNhiệm vụ số {i}: công khai TTHC\tMột cửa\tQuý II/2024\n" for i in range(1, 100_001))
    r = parse_text("STT\tNội dung\tChủ trì\tThời hạn\n" + rows, plan_year=2024)
    assert len(r.tasks) == 100_000 and r.tasks[-1].stt == "100000"


cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(cells, min_size=1, max_size=8), max_size=15))
def test_no_table_crashes_the_parser(rows):
    text = "STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n" + "\n".join("\t".join(r) for r in rows)
    try:
        r = parse_text(text, plan_year=2024)
    except Unreadable:
        return
    for t in r.tasks:
        assert t.content and (t.due_date is None or isinstance(t.due_date, dt.date))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_no_text_crashes_the_parser(text):
    try:
        r = parse_text(text, plan_year=2024)
    except Unreadable as refused:
        assert refused.message.strip()  # a refusal says why
        return
    assert all(t.content for t in r.tasks)  # no task is read without its content


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.csv", "a.xlsx", "a.docx", "a.tsv"]))
def test_no_bytes_crash_the_parser(data, name):
    try:
        r = parse_bytes(data, name, plan_year=2024)
    except Unreadable as refused:
        assert refused.message.strip()
        return
    assert all(t.content for t in r.tasks)


def test_group_row_with_a_field_but_no_text_is_a_problem_not_an_empty_task():
    # found by hypothesis: ["I", "", "0"] under a header
    r = parse_text("STT\tNội dung\tThời gian thực hiện\nI\t\t0\n1\tRà soát TTHC\tQuý I/2024\n", plan_year=2024)
    assert [t.content for t in r.tasks] == ["Rà soát TTHC"]
    assert r.problems and r.problems[0].line == 2


def test_without_group_rows_the_area_comes_from_the_row_s_own_words():
    text = ("STT\tNội dung nhiệm vụ\tChủ trì\tThời hạn\n"
            "1\tTổ chức thực hiện có hiệu quả các nhiệm vụ cải cách thể chế\tVăn phòng\tQuý II/2026\n"
            "2\tCải cách tài chính công: công khai dự toán ngân sách xã\tPhòng Kinh tế\tTháng 3/2026\n"
            "3\tRà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền\tVăn phòng\tQuý III/2026\n"
            "4\tTuyên truyền trên loa truyền thanh\tPhòng Văn hóa – Xã hội\tHằng quý\n")
    r = parse_text(text, plan_year=2026)
    assert [t.area_code for t in r.tasks] == ["2", "6", "3", ""]
    assert [bool(t.problems) for t in r.tasks][:3] == [False, False, False]  # nothing to look at
    assert any("lĩnh vực" in p.template for p in r.tasks[3].problems)  # no area named: asked, not guessed


def test_dash_sub_items_take_the_deadline_and_lead_of_the_row_above():
    text = ("STT\tNội dung nhiệm vụ\tChủ trì\tPhối hợp\tThời hạn\n"
            "1\tCải cách thủ tục hành chính\t\t\t\n"
            "1.1\tNiêm yết công khai TTHC tại Trung tâm Phục vụ hành chính công\tVăn phòng HĐND và UBND\t"
            "Các phòng\tQuý I/2026\n"
            "-\tCập nhật danh mục TTHC mới\t\t\t\n"
            "-\tThay bảng niêm yết cũ\t\t\tTháng 6/2026\n"
            "\t- Lấy ý kiến người dân về niêm yết\t\t\t\n"
            "1.2\tSố hóa hồ sơ, kết quả giải quyết TTHC\tPhòng Kinh tế\t\tQuý IV/2026\n"
            "\tvà cập nhật lên Hệ thống\t\t\t\n")
    r = parse_text(text, plan_year=2026)
    contents = [t.content for t in r.tasks]
    assert contents == ["Niêm yết công khai TTHC tại Trung tâm Phục vụ hành chính công", "Cập nhật danh mục TTHC mới",
                        "Thay bảng niêm yết cũ", "Lấy ý kiến người dân về niêm yết",
                        "Số hóa hồ sơ, kết quả giải quyết TTHC và cập nhật lên Hệ thống"]
    assert [t.deadline_text for t in r.tasks] == ["Quý I/2026", "Quý I/2026", "Tháng 6/2026", "Quý I/2026",
                                                   "Quý IV/2026"]
    assert [t.due_date for t in r.tasks][:4] == [dt.date(2026, 3, 31), dt.date(2026, 3, 31), dt.date(2026, 6, 30),
                                                 dt.date(2026, 3, 31)]
    assert {t.lead for t in r.tasks[:4]} == {"Văn phòng HĐND và UBND"} and r.tasks[1].coordinators == "Các phòng"
