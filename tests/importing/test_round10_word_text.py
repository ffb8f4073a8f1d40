"""Adversarial round 10 (issue 21), the importers: a Word plan as a colleague sends it is read as Word shows it.

On main the text came from python-docx's direct children only, and without a word:
- a deadline changed with Track Changes on ("30/6" deleted, "15/6" inserted) came in as "Trước ngày /2026";
- words added with Track Changes on were dropped from a task's content;
- a lead typed into a template's content control came in empty;
- a table nested in a cell (two rounds of a task) was dropped: "Chưa có thời hạn";
- a table inside a content control, and rows of a repeating section, were not seen at all.
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from .test_bounded_readers import db, parapp  # noqa: F401 (fixture)

_CT = 'w:id="{0}" w:author="Chủ tịch" w:date="2026-01-05T08:00:00Z"'


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _plan(cells: dict[str, str], wrap_table: bool = False) -> bytes:
    """A plan of four tasks whose marked cells hold the given XML (runs, or block content for "@…@" cells)."""
    from docx import Document

    d = Document()
    rows = [["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian thực hiện"],
            ["1", "Rà soát thủ tục hành chính", "Văn phòng", "@D1@"],
            ["2", "@C2@", "Tư pháp", "Quý II/2026"],
            ["3", "Cập nhật cơ sở dữ liệu", "@L3@", "Quý III/2026"],
            ["4", "Tuyên truyền cải cách hành chính", "Văn hóa", "@N4@"]]
    t = d.add_table(rows=len(rows), cols=4)
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            t.cell(r, c).text = v
    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for name in z.namelist():
            part = z.read(name)
            if name == "word/document.xml":
                xml = part.decode("utf-8")
                for mark, content in cells.items():
                    xml = xml.replace(f"<w:p><w:r><w:t>{mark}</w:t></w:r></w:p>", content)
                if wrap_table:
                    xml = xml.replace("<w:tbl>", "<w:sdt><w:sdtPr><w:alias w:val=\"Bảng\"/></w:sdtPr><w:sdtContent>"
                                                 "<w:tbl>").replace("</w:tbl>", "</w:tbl></w:sdtContent></w:sdt>")
                assert "@" not in xml
                part = xml.encode("utf-8")
            w.writestr(name, part)
    return out.getvalue()


AS_SENT = {
    # the chairman changed the deadline with Track Changes on, and added words to task 2
    "@D1@": "<w:p>" + _run("Trước ngày ") + f"<w:del {_CT.format(1)}><w:r><w:delText>30/6</w:delText></w:r></w:del>"
            f"<w:ins {_CT.format(2)}>" + _run("15/6") + "</w:ins>" + _run("/2026") + "</w:p>",
    "@C2@": "<w:p>" + _run("Công khai thủ tục tại Bộ phận Một cửa") + f"<w:ins {_CT.format(3)}>"
            + _run(" và trên Cổng dịch vụ công") + "</w:ins></w:p>",
    # the lead typed into the template's content control
    "@L3@": "<w:p><w:sdt><w:sdtPr><w:alias w:val=\"Cơ quan\"/></w:sdtPr><w:sdtContent>"
            + _run("Công chức Địa chính – Xây dựng") + "</w:sdtContent></w:sdt></w:p>",
    # two rounds, as a small table inside the cell
    "@N4@": "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/>"
            "</w:tblGrid><w:tr><w:tc><w:p>" + _run("Đợt 1: Quý II/2026") + "</w:p></w:tc></w:tr><w:tr><w:tc><w:p>"
            + _run("Đợt 2: Quý IV/2026") + "</w:p></w:tc></w:tr></w:tbl><w:p/>",
}


def _tasks(data: bytes, db, tmp_path) -> list[dict]:  # noqa: F811
    f = tmp_path / "Kế hoạch CCHC (bản Chủ tịch sửa).docx"
    f.write_bytes(data)
    r = parapp("import", f, "--dry-run", "--json", db=db)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["tasks"]


def test_a_plan_with_tracked_changes_content_controls_and_a_nested_table_is_read_as_word_shows_it(db, tmp_path):  # noqa: F811
    tasks = _tasks(_plan(AS_SENT), db, tmp_path)
    assert [(t["content"], t["lead"], t["deadline_text"]) for t in tasks] == [
        ("Rà soát thủ tục hành chính", "Văn phòng", "Trước ngày 15/6/2026"),
        ("Công khai thủ tục tại Bộ phận Một cửa và trên Cổng dịch vụ công", "Tư pháp", "Quý II/2026"),
        ("Cập nhật cơ sở dữ liệu", "Công chức Địa chính – Xây dựng", "Quý III/2026"),
        ("Tuyên truyền cải cách hành chính", "Văn hóa", "Đợt 1: Quý II/2026\nĐợt 2: Quý IV/2026"),
    ]
    assert tasks[0]["due_date"] == "2026-06-14"


def test_text_word_does_not_show_stays_out(db, tmp_path):  # noqa: F811
    """Moved-from text, a content control still showing its prompt, and a drawing's copy for older readers."""
    cells = {
        "@D1@": "<w:p>" + f"<w:moveFrom {_CT.format(4)}><w:r><w:t>Quý I/2026</w:t></w:r></w:moveFrom>"
                + f"<w:moveTo {_CT.format(5)}>" + _run("Quý IV/2026") + "</w:moveTo></w:p>",
        "@C2@": "<w:p>" + _run("Công khai thủ tục") + "</w:p>",
        "@L3@": "<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
                + _run("Bấm vào đây để nhập văn bản.") + "</w:sdtContent></w:sdt></w:p>",
        "@N4@": '<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                '<mc:AlternateContent><mc:Choice Requires="wps">' + _run("Quý II/2026")
                + "</mc:Choice><mc:Fallback>" + _run("Quý II/2026") + "</mc:Fallback></mc:AlternateContent></w:p>",
    }
    tasks = _tasks(_plan(cells), db, tmp_path)
    assert [(t["lead"], t["deadline_text"]) for t in tasks] == [
        ("Văn phòng", "Quý IV/2026"), ("Tư pháp", "Quý II/2026"), ("", "Quý III/2026"), ("Văn hóa", "Quý II/2026")]


@pytest.mark.parametrize("repeating", [False, True])
def test_a_table_inside_a_content_control_or_rows_of_a_repeating_section_are_read(repeating, db, tmp_path):  # noqa: F811
    plain = {"@D1@": "<w:p>" + _run("Quý I/2026") + "</w:p>", "@C2@": "<w:p>" + _run("Công khai thủ tục") + "</w:p>",
             "@L3@": "<w:p>" + _run("Địa chính") + "</w:p>", "@N4@": "<w:p>" + _run("Quý IV/2026") + "</w:p>"}
    data = _plan(plain, wrap_table=not repeating)
    if repeating:  # rows 2–5 inside one repeating-section content control, as a form template makes them
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        xml = parts["word/document.xml"].decode("utf-8")
        first_end = xml.index("</w:tr>") + len("</w:tr>")
        last_end = xml.rindex("</w:tr>") + len("</w:tr>")
        xml = (xml[:first_end] + "<w:sdt><w:sdtPr><w:alias w:val=\"Nhiệm vụ\"/></w:sdtPr><w:sdtContent>"
               + xml[first_end:last_end] + "</w:sdtContent></w:sdt>" + xml[last_end:])
        parts["word/document.xml"] = xml.encode("utf-8")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
            for n, part in parts.items():
                w.writestr(n, part)
        data = out.getvalue()
    tasks = _tasks(data, db, tmp_path)
    assert [t["deadline_text"] for t in tasks] == ["Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026"]


def test_a_plan_written_as_a_list_keeps_its_tracked_insertions():
    from parapp.core.importing import sources

    body = ("<w:p>" + _run("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH") + "</w:p><w:p>" + _run("- Rà soát, đánh giá thủ tục ")
            + f"<w:ins {_CT.format(9)}>" + _run("hành chính thuộc thẩm quyền của xã") + "</w:ins></w:p>")
    data = _plan({"@D1@": "<w:p/>", "@C2@": "<w:p/>", "@L3@": "<w:p/>", "@N4@": "<w:p/>"})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for n in z.namelist():
            part = z.read(n)
            if n == "word/document.xml":
                part = part.replace(b"<w:body>", b"<w:body>" + body.encode("utf-8"), 1)
            w.writestr(n, part)
    _tables, text = sources.docx_content(out.getvalue())
    assert "- Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền của xã" in text.splitlines()
