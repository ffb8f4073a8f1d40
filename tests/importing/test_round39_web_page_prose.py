"""Round 39C F7: a plan written as prose saved from Word as a web page (.htm, as an e-office or a portal gives it)
was read as plain text, its markup and all: refused (exit 2) as holding no task list. So was one whose first lines
are Word's usual two-column table for the issuing body and the national motto (a table with no plan header). Now a
page's text, a line a paragraph, is read as the prose it is; a page with a plan's table reads as before."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_bytes

BODY = """<p class=MsoNormal align=center><b>KẾ HOẠCH</b></p>
<p class=MsoNormal align=center><b>Cải cách hành chính năm 2027 của UBND xã Tân Phú</b></p>
<p class=MsoNormal><b>II. NHIỆM VỤ</b></p>
<p class=MsoNormal><b>1. Cải cách thể chế</b></p>
<p class=MsoNormal>- Rà soát văn bản QPPL do xã ban hành. Thời gian: Quý II</p>
<p class=MsoNormal>- Theo dõi thi hành pháp luật. Thời gian: Quý III</p>
<p class=MsoNormal><b>2. Cải cách thủ tục hành chính</b></p>
<p class=MsoNormal>- Niêm yết công khai TTHC. Thời gian: Quý I</p>"""
HEADER = """<table border=0><tr><td><p>ỦY BAN NHÂN DÂN<br>XÃ TÂN PHÚ</p><p>Số: 15/KH-UBND</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</p>
<p>Tân Phú, ngày 20 tháng 12 năm 2026</p></td></tr></table>"""
PAGE = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=VI>'
        '<div class=WordSection1>{0}</div></body></html>')


@pytest.mark.parametrize("head", ["", HEADER], ids=["prose", "under the header table"])
@pytest.mark.parametrize("name", ["kế hoạch.htm", "kế hoạch.html"])
def test_a_web_pages_prose_is_read(head, name):
    r = parse_bytes(PAGE.format(head + BODY).encode(), name, plan_year=2027)
    assert [(t.content, t.area_code, t.deadline_text) for t in r.tasks] == [
        ("Rà soát văn bản QPPL do xã ban hành.", "2", "Quý II"), ("Theo dõi thi hành pháp luật.", "2", "Quý III"),
        ("Niêm yết công khai TTHC.", "3", "Quý I")]
    assert r.year == 2027
