"""Adversarial round 11 (issue 21), the importers: more of a Word file read as Word shows it (round 10's word_text).

On main, without a word:
- a row that starts further right (Word's "gridBefore": a table pasted from elsewhere, a row whose left edge was
  dragged) had its cells read from the first column: the task's content taken for its number, its lead for its
  content, its deadline for its lead, and "Chưa có thời hạn" said of a row that has one; a cell-level content
  control still showing its prompt dropped the whole cell, with the same effect;
- text formatted hidden (a template's instructions, which Word neither shows nor prints) came into the content;
- a drawing's text with two choices (mc:Choice) came in twice;
- content a program put in as another file to be merged (w:altChunk: the whole plan table, in files some document
  software writes) was not seen: "Không nhận ra bảng phân công…" of a file Word opens as a plan;
- a row deleted with Track Changes on whose text was not marked deleted came in as a task.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from .test_bounded_readers import COMMANDS, db, parapp  # noqa: F401 (fixture)
from .test_round10_word_text import _CT, _plan, _run, _tasks

_HEAD = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian thực hiện"]
_ROWS = [["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý I/2026"],
         ["2", "Công khai thủ tục tại Bộ phận Một cửa", "Tư pháp", "Quý II/2026"],
         ["3", "Cập nhật cơ sở dữ liệu", "Địa chính", "Quý III/2026"]]


def _tc(text: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p>{_run(text)}</w:p></w:tc>'


def _tr(cells: list[str], pr: str = "") -> str:
    return "<w:tr>" + (f"<w:trPr>{pr}</w:trPr>" if pr else "") + "".join(map(_tc, cells)) + "</w:tr>"


def _docx(body: str, parts: dict[str, bytes] | None = None, rels: str = "", types: str = "") -> bytes:
    """A Word file whose body is `body`, with more parts, relationships and content types if given."""
    from docx import Document

    d = Document()
    d.add_paragraph("@BODY@")
    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for name in z.namelist():
            part = z.read(name)
            if name == "word/document.xml":
                part = part.replace(b"<w:p><w:r><w:t>@BODY@</w:t></w:r></w:p>", body.encode("utf-8"))
                assert b"@BODY@" not in part
            elif name == "word/_rels/document.xml.rels":
                part = part.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            elif name == "[Content_Types].xml":
                part = part.replace(b"</Types>", types.encode() + b"</Types>")
            w.writestr(name, part)
        for name, part in (parts or {}).items():
            w.writestr(name, part)
    return out.getvalue()


def _table(rows: list[str]) -> str:
    return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>' + '<w:gridCol w:w="2000"/>' * 4
            + "</w:tblGrid>" + "".join(rows) + "</w:tbl><w:p/>")


def test_a_row_that_starts_further_right_keeps_its_cells_under_their_columns(db, tmp_path):  # noqa: F811
    """Row 2 has no number cell: Word draws its first cell under "Nội dung công việc"."""
    body = _table([_tr(_HEAD), _tr(_ROWS[0]), _tr(_ROWS[1][1:], '<w:gridBefore w:val="1"/>'), _tr(_ROWS[2])])
    tasks = _tasks(_docx(body), db, tmp_path)
    assert [(t["content"], t["lead"], t["deadline_text"]) for t in tasks] == [tuple(r[1:]) for r in _ROWS]


def test_hidden_text_and_a_drawings_second_choice_stay_out(db, tmp_path):  # noqa: F811
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    cells = {
        "@D1@": "<w:p>" + _run("Quý I/2026") + '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (Hướng dẫn: '
                "ghi thời hạn theo quý)</w:t></w:r></w:p>",
        "@C2@": "<w:p>" + _run("Công khai thủ tục") + '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr>'
                '<w:t xml:space="preserve"> tại Bộ phận Một cửa</w:t></w:r></w:p>',
        "@L3@": "<w:p>" + _run("Địa chính") + "</w:p>",
        "@N4@": f"<w:p {mc}><mc:AlternateContent><mc:Choice Requires=\"w14\">" + _run("Quý IV/2026")
                + '</mc:Choice><mc:Choice Requires="w15">' + _run("Quý IV/2026") + "</mc:Choice><mc:Fallback>"
                + _run("Quý IV/2026") + "</mc:Fallback></mc:AlternateContent></w:p>",
    }
    tasks = _tasks(_plan(cells), db, tmp_path)
    assert [(t["content"], t["deadline_text"]) for t in tasks] == [
        ("Rà soát thủ tục hành chính", "Quý I/2026"), ("Công khai thủ tục tại Bộ phận Một cửa", "Quý II/2026"),
        ("Cập nhật cơ sở dữ liệu", "Quý III/2026"), ("Tuyên truyền cải cách hành chính", "Quý IV/2026")]


def test_a_row_deleted_with_track_changes_is_not_a_task(db, tmp_path):  # noqa: F811
    body = _table([_tr(_HEAD), _tr(_ROWS[0]), _tr(["2", "Việc Chủ tịch đã bỏ", "Tư pháp", "Quý II/2026"],
                                                   f"<w:del {_CT.format(7)}/>"), _tr(_ROWS[2])])
    tasks = _tasks(_docx(body), db, tmp_path)
    assert [t["content"] for t in tasks] == [_ROWS[0][1], _ROWS[2][1]]


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_content_merged_in_from_another_file_is_said_with_what_to_do(reader, db, tmp_path):  # noqa: F811
    page = ("<html><body><table><tr>" + "".join(f"<td>{c}</td>" for c in _HEAD) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _ROWS) + "</table></body></html>")
    data = _docx('<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:altChunk r:id="rIdChunk1"/>',
                 {"word/chunk1.htm": page.encode("utf-8")},
                 '<Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/aFChunk" Target="chunk1.htm"/>', '<Default Extension="htm" ContentType="text/html"/>')
    f = tmp_path / "KeHoach_xuat.docx"
    f.write_bytes(data)
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and "ghép từ một tệp khác" in r.stderr, r.stderr[-400:]
    assert "lưu lại thành tệp .docx mới" in r.stderr


def test_a_cell_level_content_control_still_showing_its_prompt_keeps_the_row_in_its_columns(db, tmp_path):  # noqa: F811
    """A form's lead cell is a content control nobody filled in: its prompt is left out, the cell is not. On main the
    whole cell was dropped, and the deadline came in as the task's lead ("Chưa có thời hạn")."""
    prompt = ("<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + _tc("Chọn cơ quan chủ trì")
              + "</w:sdtContent></w:sdt>")
    row = "<w:tr>" + _tc("2") + _tc(_ROWS[1][1]) + prompt + _tc(_ROWS[1][3]) + "</w:tr>"
    tasks = _tasks(_docx(_table([_tr(_HEAD), _tr(_ROWS[0]), row])), db, tmp_path)
    assert [(t["content"], t["lead"], t["deadline_text"]) for t in tasks] == [
        tuple(_ROWS[0][1:]), (_ROWS[1][1], "", _ROWS[1][3])]
