"""Round 29D, `figures import`: two periods' tables of the same columns in one file (Quý III, then Quý IV under it).

- In a .csv or one sheet, the second table's header is the first's printed again, so round 28D's split went on with
  it: both quarters' fields were added up (20 dossiers received online stored for Quý III's 15), exit 0, not a word.
  With a "Tổng cộng" under each, the two totals were taken for subtotals (the same label twice) and the fields added.
- In a Word file, round 28D joined a table with its header typed again to the one before it (a page's continuation):
  two quarters' tables, their periods stated above each, were added up the same way.

The same header printed again starts another table when the line above it states a period, or when the table above
it ended with its grand total; a page's header (nothing between) still goes on with the table."""

from __future__ import annotations

import io

import pytest

from parapp.core.figures_import import read_bytes

HEAD = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn", "Giải quyết quá hạn"]
Q3 = [["1", "Hộ tịch", "10", "5", "4"], ["2", "Chứng thực", "5", "5", "1"]]
Q4 = [["1", "Hộ tịch", "3", "3", "0"], ["2", "Chứng thực", "2", "2", "0"]]


def _csv(total: bool, period_line: bool) -> bytes:
    lines = ["Kỳ báo cáo: Quý III/2027", ",".join(HEAD), *[",".join(r) for r in Q3]]
    lines += [",Tổng cộng,15,10,5"] if total else []
    lines += ["", "Kỳ báo cáo: Quý IV/2027"] if period_line else []
    lines += [",".join(HEAD), *[",".join(r) for r in Q4]]
    lines += [",Tổng cộng,5,5,0"] if total else []
    return "\n".join(lines).encode()


def _docx(total: bool) -> bytes:
    import docx

    d = docx.Document()
    for q, rows, sums in (("III", Q3, ["", "Tổng cộng", "15", "10", "5"]),
                          ("IV", Q4, ["", "Tổng cộng", "5", "5", "0"])):
        d.add_paragraph(f"Kỳ báo cáo: Quý {q}/2027")
        rows = [HEAD, *rows, *([sums] if total else [])]
        t = d.add_table(rows=len(rows), cols=5)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v:
                    t.cell(i, j).text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _check(read) -> None:
    assert read.values["dossiers.received_online"] == 15, read.values
    assert read.stated is not None and read.stated.text == "Quý III/2027"
    assert [(o.stated.text if o.stated else None, o.values["dossiers.received_online"]) for o in read.others] == [
        ("Quý IV/2027", 5)], read.others


@pytest.mark.parametrize("total, period_line", [(True, True), (False, True), (True, False)])
def test_two_periods_in_one_sheet_are_two_tables(total, period_line):
    read = read_bytes(_csv(total, period_line), "bieu.csv")
    if period_line:
        _check(read)
    else:  # no period of its own: it is another table all the same, said as the file's other tables are
        assert read.values["dossiers.received_online"] == 15 and len(read.others) == 1, read.values


@pytest.mark.parametrize("total", [True, False])
def test_two_periods_in_word_are_two_tables(total):
    _check(read_bytes(_docx(total), "bieu.docx"))


def test_a_page_header_printed_again_still_goes_on():
    text = "\n".join(["Kỳ báo cáo: Quý III/2027", ",".join(HEAD), *[",".join(r) for r in Q3], ",".join(HEAD),
                      "3,Đất đai,2,1,1"])
    read = read_bytes(text.encode(), "bieu.csv")
    assert read.values["dossiers.received_online"] == 17 and read.others == []
