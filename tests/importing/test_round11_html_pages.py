"""Adversarial round 11 (issue 21), the importers: HTML tables as HTML allows them to be written.

- HTML lets the end tags of a row and a cell be left out ("<tr><td>1<td>Rà soát…<tr><td>2…"), as hand-written
  pages and older exporters do. On main each "<tr>" replaced the row before it: a plan whose rows had no "</tr>"
  said "Đọc được 1 nhiệm vụ" of 3, the other two lost without a word; a one-stop export so written had its fields'
  figures dropped from the sums; with "</td>" left out too, "no header" for a plan that has one.
- An HTML page named .xls (what "export to Excel" writes in the one-stop system and many office programs): the
  figures importer read it; the plan and criteria importers read its markup as plain text and said "Không nhận
  ra bảng phân công…" of a plan with a header and tasks.
"""

from __future__ import annotations

import re

import pytest

from .test_bounded_readers import db, parapp  # noqa: F401 (fixture)
from . import onestop_files

PLAN = ("<table border=1><tr><th>STT</th><th>Nội dung công việc</th><th>Cơ quan chủ trì</th>"
        "<th>Thời gian thực hiện</th></tr>\n"
        "<tr><td>1</td><td>Rà soát thủ tục hành chính</td><td>Văn phòng</td><td>Quý I/2026</td></tr>\n"
        "<tr><td>2</td><td>Công khai thủ tục tại Bộ phận Một cửa</td><td>Tư pháp</td><td>Quý II/2026</td></tr>\n"
        "<tr><td>3</td><td>Cập nhật cơ sở dữ liệu đất đai</td><td>Địa chính</td><td>Quý III/2026</td></tr>\n"
        "</table>")
OMITTED = {
    "no </tr>": lambda h: h.replace("</tr>", ""),
    "no </td> nor </th>": lambda h: re.sub(r"</t[dh]>", "", h),
    "no </td>, </th> nor </tr>": lambda h: re.sub(r"</t[dhr]>", "", h),
    "in <tbody>, no </tr>": lambda h: h.replace("<table border=1>", "<table><thead>").replace(
        "</tr>\n<tr><td>1", "</tr></thead><tbody>\n<tr><td>1", 1).replace("</table>", "</tbody></table>").replace(
        "</tr>", ""),
}


@pytest.mark.parametrize("how", sorted(OMITTED))
def test_html_rows_whose_end_tags_are_left_out_are_read_as_a_browser_shows_them(how):
    from parapp.core.importing.sources import html_rows

    assert html_rows(OMITTED[how](PLAN)) == html_rows(PLAN)
    assert len(html_rows(PLAN)) == 4


@pytest.mark.parametrize("how", sorted(OMITTED))
def test_a_plan_page_without_row_end_tags_keeps_every_task(how, db, tmp_path):  # noqa: F811
    f = tmp_path / "kế hoạch.html"
    f.write_text("<html><body>" + OMITTED[how](PLAN) + "</body></html>", encoding="utf-8")
    r = parapp("import", f, "--dry-run", db=db)
    assert r.returncode == 0 and "Đọc được 3 nhiệm vụ" in r.stdout, r.stdout + r.stderr


def test_a_one_stop_export_without_row_end_tags_keeps_every_fields_figures():
    from parapp.core.figures_import import read_bytes

    page = onestop_files.vendor_html().decode("utf-8")
    r = read_bytes(page.replace("</tr>", "").encode("utf-8"), "BaoCao06.xls")
    assert r.values == onestop_files.VENDOR_EXPECTED


def test_a_plan_exported_as_an_html_page_named_xls_is_read(db, tmp_path):  # noqa: F811
    f = tmp_path / "KeHoach_XuatExcel.xls"
    f.write_text("<html><head><meta charset='utf-8'></head><body>" + PLAN + "</body></html>", encoding="utf-8")
    r = parapp("import", f, "--dry-run", db=db)
    assert r.returncode == 0 and "Đọc được 3 nhiệm vụ" in r.stdout, r.stdout + r.stderr


def test_a_criteria_set_exported_as_an_html_page_named_xls_is_read():
    from parapp.core.par.reading import read_bytes

    rows = [("STT", "Tiêu chí, tiêu chí thành phần", "Điểm tối đa"), ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "3"),
            ("1", "Kế hoạch cải cách hành chính năm", "2"), ("2", "Báo cáo cải cách hành chính", "1"),
            ("II", "CẢI CÁCH THỂ CHẾ", "2"), ("1", "Theo dõi thi hành pháp luật", "2")]
    page = ("<html><body><table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
            + "</table></body></html>")
    as_html = read_bytes(page.encode("utf-8"), "BoTieuChi.html").build(2026).criteria
    as_xls = read_bytes(page.encode("utf-8"), "BoTieuChi.xls").build(2026).criteria
    leaves = [(n.code, n.max_milli) for n in as_html.leaves()]
    assert [(n.code, n.max_milli) for n in as_xls.leaves()] == leaves and len(leaves) == 3
