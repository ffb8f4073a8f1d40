"""Issue 21, findings 9 and 10: every reader of a file is bounded in bytes, rows, cells and time,
whatever the file declares; a file over a reader's limit is refused with exit 2 and its reason.

9.  A 5 KB .xlsx declaring one merged range over the whole sheet (A1:XFD1048576) hung or ran out
    of memory in all three importers: openpyxl made a cell object for every merged cell, and the
    loop over rows × merged ranges was quadratic.
10. The figures import and `par import-set` read any file whole: a FIFO hung for ever, /dev/zero
    ate the memory, a 200 MB CSV took minutes.

Each hostile file is read by the real command in a child process with a generous time limit:
a hang or a crash shows as a failure, not as a test that never ends.
"""

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ..importing.test_figures_import import xlsx_bytes as figures_xlsx
from ..par.province_files import province_xlsx

PLAN_ROWS = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"],
             ["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý I/2024"],
             ["2", "Công khai thủ tục tại Bộ phận Một cửa", "Tư pháp", "Quý II/2024"]]
LIMIT_S = 120  # a bound on a hang, not a measure of speed (bench/ measures speed)


def plan_xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    for row in PLAN_ROWS:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def with_merge(xlsx: bytes, ref: str) -> bytes:
    """The same workbook, its first sheet declaring one more merged range: a few bytes more."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                if "<mergeCells" in text:
                    text = re.sub(r'<mergeCells count="\d+">', '<mergeCells count="1">'
                                  f'<mergeCell ref="{ref}"/>', text, count=1)
                else:
                    text = text.replace("</sheetData>", f'</sheetData><mergeCells count="1"><mergeCell ref="{ref}"/>'
                                                        "</mergeCells>")
                data = text.encode("utf-8")
            zout.writestr(info.filename, data)
    return out.getvalue()


def parapp(*args, db: Path | None = None) -> subprocess.CompletedProcess:
    extra = ["--db", str(db)] if db else []
    return subprocess.run([sys.executable, "-m", "parapp", *map(str, args), *extra], capture_output=True, text=True,
                          encoding="utf-8", timeout=LIMIT_S)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("bounded") / "parapp.db"
    assert parapp("demo", db=path).returncode == 0
    return path


COMMANDS = {
    "plan": lambda f: ["import", f, "--dry-run"],
    "figures": lambda f: ["figures", "import", f, "--period", "q1", "--year", 2024, "--dry-run"],
    "par": lambda f: ["par", "import-set", f, "--year", 2024, "--dry-run"],
}
GOOD = {"plan": plan_xlsx, "figures": lambda: figures_xlsx("last"), "par": province_xlsx}


@pytest.mark.parametrize("ref", ["A1:XFD1048576", "E1:Z20000", "A2:A1048576"])
@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_huge_declared_merged_range_is_read_clipped_to_the_data(reader, ref, db, tmp_path):
    f = tmp_path / f"bảng {reader}.xlsx"
    f.write_bytes(with_merge(GOOD[reader](), ref))
    assert f.stat().st_size < 30_000
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode in (0, 2), r.stderr
    assert "Traceback" not in r.stderr and "Lỗi không mong đợi" not in r.stderr
    if reader == "plan" and ref != "A2:A1048576":
        assert "Rà soát thủ tục hành chính" not in r.stderr  # read, not refused


def test_merged_cells_of_a_real_table_still_carry_their_text_down():
    from openpyxl import Workbook

    from parapp.core.importing import sources

    wb = Workbook()
    for row in PLAN_ROWS[:2] + [["2", "Công khai thủ tục", None, "Quý II/2024"]]:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    rows = sources.xlsx_rows(with_merge(buf.getvalue(), "C2:C3"))[0]
    assert [cells[2] for _, cells in rows] == ["Cơ quan chủ trì", "Văn phòng", "Văn phòng"]
    rows = sources.xlsx_rows(with_merge(plan_xlsx(), "A1:XFD1048576"))[0]
    assert len(rows) == 3 and max(len(c) for _, c in rows) == 4


def test_many_overlapping_merged_ranges_are_refused_not_ground_through():
    from parapp.core.importing import sources
    from parapp.core.importing.model import Unreadable

    from openpyxl import Workbook

    wb = Workbook()
    for i in range(3000):
        wb.active.append([f"x{i}", "y"])
    buf = io.BytesIO()
    wb.save(buf)
    data = with_merge(buf.getvalue(), "A1:A3000")
    text_ref = '<mergeCell ref="A1:A3000"/>'
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            part = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                part = part.replace(text_ref.encode(), (text_ref * 5000).encode())
            zout.writestr(info.filename, part)
    with pytest.raises(Unreadable):
        sources.xlsx_rows(out.getvalue())


def docx_with(table_xml: str) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Bảng")
    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            part = zin.read(info)
            if info.filename == "word/document.xml":
                part = part.replace(b"<w:sectPr", table_xml.encode("utf-8") + b"<w:sectPr", 1)
            zout.writestr(info.filename, part)
    return out.getvalue()


def _tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _tbl(rows: list[str]) -> str:
    return "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" + "".join(
        f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>"


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_word_table_declaring_a_huge_span_or_a_long_merge_is_bounded(reader, db, tmp_path):
    head = "".join(_tc(t) for t in PLAN_ROWS[0])
    spans = _tbl([head, _tc("1") + _tc("Rà soát", '<w:gridSpan w:val="2000000000"/>') + _tc("VP") + _tc("Quý I")])
    chain = _tbl([head, _tc("1") + _tc("Rà soát") + _tc("VP", '<w:vMerge w:val="restart"/>') + _tc("Quý I")]
                 + [_tc(str(i)) + _tc("Việc") + _tc("", "<w:vMerge/>") + _tc("Quý II") for i in range(2, 6000)])
    for name, xml in (("span", spans), ("chain", chain)):
        f = tmp_path / f"{name}.docx"
        f.write_bytes(docx_with(xml))
        r = parapp(*COMMANDS[reader](f), db=db)
        assert r.returncode in (0, 2), (name, r.stderr[-2000:])
        assert "Traceback" not in r.stderr and "Lỗi không mong đợi" not in r.stderr, (name, r.stderr[-2000:])


def test_word_merges_read_as_before():
    from parapp.core.importing import sources

    head = "".join(_tc(t) for t in PLAN_ROWS[0])
    xml = _tbl([head, _tc("1") + _tc("Rà soát") + _tc("VP", '<w:vMerge w:val="restart"/>') + _tc("Quý I"),
                _tc("2") + _tc("Công khai", '<w:gridSpan w:val="2"/>') + _tc("Quý II"),
                _tc("3") + _tc("Niêm yết") + _tc("", "<w:vMerge/>") + _tc("Quý III")])
    tables, _ = sources.docx_content(docx_with(xml))
    assert [c for _, c in tables[0]] == [PLAN_ROWS[0], ["1", "Rà soát", "VP", "Quý I"],
                                         ["2", "Công khai", "", "Quý II"], ["3", "Niêm yết", "VP", "Quý III"]]


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_special_files_are_refused_with_exit_2_and_a_reason(reader, db, tmp_path):
    specials = [os.devnull, tmp_path]
    if hasattr(os, "mkfifo"):  # where there are FIFOs: one with no writer hung the reader for ever
        fifo = tmp_path / "ống.csv"
        os.mkfifo(fifo)
        specials.append(fifo)
    for special in specials:
        r = parapp(*COMMANDS[reader](special), db=db)
        assert r.returncode == 2, (special, r.stderr)
        assert "không phải là một tệp thông thường" in r.stderr and "Lỗi không mong đợi" not in r.stderr


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_file_over_the_readers_size_is_refused_before_it_is_read(reader, db, tmp_path):
    big = tmp_path / "rất lớn.csv"
    with open(big, "wb") as fh:
        fh.truncate(200 << 20)  # sparse where it can be: refused by its size, nothing read
    r = parapp(*COMMANDS[reader](big), db=db)
    assert r.returncode == 2 and "quá lớn" in r.stderr, r.stderr


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_table_with_too_many_rows_is_refused_with_its_reason(reader, db, tmp_path):
    f = tmp_path / "dài.csv"
    with open(f, "w", encoding="utf-8") as fh:
        fh.write("STT;Nội dung;Cơ quan chủ trì;Thời gian thực hiện\n")
        for i in range(210_000):
            fh.write(f"{i};Nhiệm vụ {i};VP;Quý I/2024\n")
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and "dòng" in r.stderr and "Lỗi không mong đợi" not in r.stderr, r.stderr[-500:]


def test_a_paste_is_bounded_as_a_file_is():
    # Found in issue 21's own adversarial pass: the figures and criteria pastes read any size.
    from parapp.core.figures_import import tables_from_text
    from parapp.core.importing.model import Unreadable
    from parapp.core.par.reading import read_text

    huge = "STT\tTiêu chí\tĐiểm tối đa\n" + "1\tx\t1\n" * 4_000_000
    for read in (tables_from_text, read_text):
        with pytest.raises(Unreadable) as e:
            read(huge)
        assert "quá lớn" in e.value.message
        with pytest.raises(Unreadable):
            read("", "<table>" + "<tr><td>x</td></tr>" * 2_000_000 + "</table>")
