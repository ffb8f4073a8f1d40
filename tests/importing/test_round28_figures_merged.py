"""Round 28D, `figures import`: a count cell merged down over two field rows (one "Quá hạn" 4 for "Hộ tịch" and
"Chứng thực") was read once per row it spans, the readers carrying a merged cell's text down (as a plan's lead,
merged over its tasks, must be): 4 + 4 + 1 = 9 late dossiers stored where the table holds 5, exit 0, not a word.
Same in an .xlsx (merged range), a .docx (vertical merge) and an HTML page (rowspan). A merged cell is one figure."""

from __future__ import annotations

import io
import json

from .test_bounded_readers import db, parapp  # noqa: F401 (fixture)

HEAD = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn", "Giải quyết quá hạn"]
BODY = [["1", "Hộ tịch", "10", "5", "4"], ["2", "Chứng thực", "5", "5", ""], ["3", "Đất đai", "2", "1", "1"]]


def _xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Kỳ báo cáo: Quý III/2027"])
    ws.append(HEAD)
    for row in BODY:
        ws.append([int(c) if c else None for c in row[:1]] + row[1:2] + [int(c) if c else None for c in row[2:]])
    ws.merge_cells("E3:E4")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Kỳ báo cáo: Quý III/2027")
    t = d.add_table(rows=4, cols=5)
    for i, row in enumerate([HEAD, *BODY]):
        for j, v in enumerate(row):
            if v:
                t.cell(i, j).text = v
    t.cell(1, 4).merge(t.cell(2, 4))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    cells = "".join(f"<td>{c}</td>" for c in HEAD)
    return ("<html><body><p>Kỳ báo cáo: Quý III/2027</p><table>"
            f"<tr>{cells}</tr>"
            "<tr><td>1</td><td>Hộ tịch</td><td>10</td><td>5</td><td rowspan='2'>4</td></tr>"
            "<tr><td>2</td><td>Chứng thực</td><td>5</td><td>5</td></tr>"
            "<tr><td>3</td><td>Đất đai</td><td>2</td><td>1</td><td>1</td></tr></table></body></html>").encode()


def test_a_merged_count_cell_is_counted_once(db, tmp_path):  # noqa: F811
    for name, data in (("bieu.xlsx", _xlsx()), ("bieu.docx", _docx()), ("bieu.html", _html())):
        f = tmp_path / name
        f.write_bytes(data)
        r = parapp("figures", "import", f, "--dry-run", "--json", db=db)
        assert r.returncode == 0, (name, r.stderr)
        values = json.loads(r.stdout)["values"]
        assert values["dossiers.resolved_late"] == 5, (name, values)
        assert values["dossiers.received_online"] == 17 and values["dossiers.resolved_on_time"] == 11, name


def test_a_merged_total_cell_agrees_with_its_rows(db, tmp_path):  # noqa: F811
    """With a total row, the merged cell is still one figure: the rows add up to the total, nothing is said."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Kỳ báo cáo: Quý III/2027"])
    ws.append(HEAD)
    for row in BODY:
        ws.append(row)
    ws.append(["", "Tổng cộng", "17", "11", "5"])
    ws.merge_cells("E3:E4")
    f = tmp_path / "tong.xlsx"
    wb.save(f)
    r = parapp("figures", "import", f, "--dry-run", "--json", db=db)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["values"]["dossiers.resolved_late"] == 5
    assert not [n for n in out["notes"] if "dòng tổng cộng ghi" in n], out["notes"]
