"""Round 39D F3, `figures import` of the commune's Word report: titled "BÁO CÁO … QUÝ I NĂM 2030", its text telling of
a span of days further down ("tổ chức tập huấn từ ngày 10/3/2030 đến ngày 12/3/2030", "Kế hoạch … thực hiện từ ngày
01/01/2030 đến ngày 31/12/2030"): any span in the text outranked the period its title names. The training's three days
were "không phải một kỳ ParApp giữ số liệu", refused even with --period q1 --year 2030 and told to export the table
again; the plan's year stored the quarter's figures (3 on time) as the year's, exit 0. A span of days is the report's
where it stands with or right after the period named, or before it; further down, the title's period is."""

from __future__ import annotations

import io

import pytest

from parapp.core.figures_import import read_bytes
from parapp.core.figures_period import match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))
ROWS = [["STT", "Lĩnh vực", "Tiếp nhận", "Đúng hạn"], ["1", "Hộ tịch", "1", "1"], ["2", "Đất đai", "2", "2"],
        ["", "Tổng cộng", "3", "3"]]


def _docx(*paragraphs: str) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    t = d.add_table(rows=len(ROWS), cols=4)
    for r, row in enumerate(ROWS):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


TITLE = "BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2030"


@pytest.mark.parametrize("text", [
    "1. Công tác chỉ đạo: UBND xã tổ chức tập huấn từ ngày 10/3/2030 đến ngày 12/3/2030 cho cán bộ.",
    "Thực hiện Kế hoạch số 05/KH-UBND (thời gian thực hiện từ ngày 01/01/2030 đến ngày 31/12/2030).",
])
def test_the_titles_period_not_a_span_told_of_below(text):
    read = read_bytes(_docx(TITLE, "Kính gửi: UBND huyện", text, "2. Kết quả giải quyết TTHC:"), "bao-cao.docx")
    found = match_period(read.stated, RULES) if read.stated else None
    assert found is not None and (found.kind, found.year) == (PeriodKind.Q1, 2030), read.stated


@pytest.mark.parametrize("paragraphs", [
    ["Kỳ báo cáo: Quý I/2030", "(Từ ngày 15/12/2029 đến ngày 14/3/2030)"],
    ["Quý I năm 2030 (số liệu từ ngày 15/12/2029 đến ngày 14/3/2030)"],
    ["Từ ngày 15/12/2029 đến ngày 14/3/2030", "Báo cáo quý I năm 2030"],
])
def test_guard_the_span_with_the_period_is_read(paragraphs):
    read = read_bytes(_docx(*paragraphs), "bao-cao.docx")
    assert read.stated is not None and read.stated.start is not None, read.stated


def test_the_command_stores_the_quarter(tmp_path):
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "báo cáo quý 1.docx"
    f.write_bytes(_docx(TITLE, "Thực hiện Kế hoạch số 05/KH-UBND (từ ngày 01/01/2030 đến ngày 31/12/2030)."))
    assert main(["figures", "--db", str(db), "import", str(f)]) == 0
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert stored[(PeriodKind.Q1, "dossiers.resolved_on_time")][0] == 3, stored
    assert (PeriodKind.YEAR, "dossiers.resolved_on_time") not in stored or \
        stored[(PeriodKind.YEAR, "dossiers.resolved_on_time")][0] != 3, stored


@pytest.mark.parametrize("line", ["Đơn vị báo cáo: UBND xã Tân Phú, số liệu từ ngày 01/01/2030 đến ngày 30/6/2030",
                                  "Đơn vị: UBND xã Tân Phú - Thống kê từ ngày 01/01/2030 đến ngày 30/6/2030"])
def test_guard_a_span_said_to_be_the_datas_is_read_however_far_down(line):
    from parapp.core.figures_period import find_period

    stated = find_period("\n".join(["BÁO CÁO QUÝ II NĂM 2030", "Kính gửi: UBND huyện", "a", "b", "c", line]))
    assert stated is not None and stated.start is not None, stated
