"""Adversarial round 18B (issue 21), the plan import: a signature with no "Nơi nhận" or "TM." beside it.

Round 17B (f82ddf5) ended a plan's table at "Nơi nhận:" or "TM. ỦY BAN NHÂN DÂN". A plan whose "Nơi nhận" is a
paragraph and whose signature table holds only the title ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TM. ĐẢNG ỦY", "Q. CHỦ TỊCH")
and the signer's name had them glued onto the last task's content as its text going on: "Niêm yết công khai TTHC CHỦ
TỊCH (Đã ký) Nguyễn Văn A" stored, exit 0.
"""

from __future__ import annotations

import io

import pytest

from parapp.core.importing.parse import parse_bytes

HEAD = "STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Thời gian hoàn thành"


def _docx(signature: list[str]) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026")
    t = d.add_table(rows=3, cols=4)
    for i, r in enumerate([HEAD.split(","), ["1", "Rà soát văn bản QPPL", "Tư pháp", "Quý II/2026"],
                           ["2", "Niêm yết công khai TTHC", "Văn phòng", "Tháng 3/2026"]]):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("Nơi nhận: - UBND huyện; - Lưu: VT.")
    s = d.add_table(rows=len(signature), cols=2)
    for i, v in enumerate(signature):
        s.cell(i, 1).text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("title", [["CHỦ TỊCH", "(Đã ký)"], ["PHÓ CHỦ TỊCH"], ["TM. ĐẢNG ỦY", "BÍ THƯ"],
                                   ["Q. CHỦ TỊCH"], ["CHỦ TỊCH UBND XÃ"]])
def test_a_signature_standing_alone_after_the_table_is_not_the_last_tasks_text(title):
    r = parse_bytes(_docx([*title, "Nguyễn Văn A"]), "ke-hoach.docx", plan_year=2026)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản QPPL", "Niêm yết công khai TTHC"]


def test_a_lead_written_in_capitals_is_no_signature():
    rows = [HEAD, ",Đối thoại với nhân dân,CHỦ TỊCH UBND XÃ,Quý II/2026", ",Kiểm tra công vụ,PHÓ CHỦ TỊCH,Quý III/2026",
            ",Rà soát văn bản,Tư pháp,Quý IV/2026"]
    r = parse_bytes("\n".join(rows).encode(), "ke-hoach.csv", plan_year=2026)
    assert [t.lead for t in r.tasks] == ["CHỦ TỊCH UBND XÃ", "PHÓ CHỦ TỊCH", "Tư pháp"]


PROSE = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng CCHC.
II. NHIỆM VỤ
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành.
2. Cải cách thủ tục hành chính
- Niêm yết công khai TTHC tại bộ phận một cửa.
{closing}
- UBND huyện;
- Phòng Nội vụ huyện;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn A
"""


# A plan written as prose (.txt, or a Word file with no task table): the recipients under "Nơi nhận:" were stored as
# tasks of the last area, "UBND huyện", "Phòng Nội vụ huyện", "Lưu: VT.", exit 0.
@pytest.mark.parametrize("closing", ["Nơi nhận:", "**Nơi nhận:**", "TM. ỦY BAN NHÂN DÂN"])
def test_the_recipients_of_a_plan_written_as_prose_are_no_tasks(closing):
    r = parse_bytes(PROSE.format(closing=closing).encode(), "ke-hoach.txt", plan_year=2026)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành.",
                                            "Niêm yết công khai TTHC tại bộ phận một cửa."]


def test_a_post_heading_the_tasks_it_leads_is_no_signature():
    rows = [HEAD, ",CHỦ TỊCH UBND XÃ,,", ",Đối thoại với nhân dân,Chủ tịch,Quý II/2026", ",PHÓ CHỦ TỊCH,,",
            ",Kiểm tra công vụ,Phó Chủ tịch,Quý III/2026"]
    r = parse_bytes("\n".join(rows).encode(), "ke-hoach.csv", plan_year=2026)
    # Read on (how such a table's post rows are taken is the rows' rule, not the closing block's): no task left out.
    assert [t.lead for t in r.tasks if t.lead] == ["Chủ tịch", "Phó Chủ tịch"]
