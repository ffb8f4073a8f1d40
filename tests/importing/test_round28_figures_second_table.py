"""Round 28D, `figures import`: a second table under the statistics table, on the same sheet or in the same .csv
("Biểu 2: Phản ánh, kiến nghị", its own header, its own rows), was read as more field rows of the first: its "3"
petitions received were added to the dossiers received online, its "2" settled to those settled on time (18 and 12
stored where the table holds 15 and 10), exit 0, not a word. A header of other columns now starts another table,
which is said as the file's other tables are; the same header printed again (a page's) still goes on."""

from __future__ import annotations

import json

from .test_bounded_readers import db, parapp  # noqa: F401 (fixture)

HEAD = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"
BODY = "1,Hộ tịch,10,5,4\n2,Chứng thực,5,5,1\n"
SECOND = (",,,,\nBiểu 2: Phản ánh kiến nghị,,,,\nSTT,Nội dung,Số phản ánh tiếp nhận,Đã giải quyết,Đang giải quyết\n"
          "1,Hành chính,3,2,1\n")


def test_a_second_table_is_not_added_to_the_first(db, tmp_path):  # noqa: F811
    f = tmp_path / "bieu.csv"
    f.write_text("Kỳ báo cáo: Quý III/2027\n" + HEAD + BODY + SECOND, encoding="utf-8")
    for _ in range(2):
        r = parapp("figures", "import", f, "--dry-run", "--json", db=db)
        assert r.returncode == 0, r.stderr
        out = json.loads(r.stdout)
        assert out["values"]["dossiers.received_online"] == 15, out
        assert out["values"]["dossiers.resolved_on_time"] == 10 and out["values"]["dossiers.resolved_late"] == 5
        assert any("2 bảng số liệu" in n for n in out["notes"]), out["notes"]


def test_the_same_header_printed_again_goes_on(db, tmp_path):  # noqa: F811
    f = tmp_path / "hai_trang.csv"
    f.write_text("Kỳ báo cáo: Quý III/2027\n" + HEAD + BODY + HEAD + "3,Đất đai,2,1,1\n", encoding="utf-8")
    r = parapp("figures", "import", f, "--dry-run", "--json", db=db)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["values"]["dossiers.received_online"] == 17, out
    assert not any("bảng số liệu" in n for n in out["notes"]), out["notes"]


def test_thousands_of_headers_are_read_in_bounded_work():
    """Splitting is bounded: 3,000 tables of two kinds in turn (a hostile file) are read, at most 50 of them apart."""
    from parapp.core.figures_import import read_bytes

    other = "STT,Nội dung,Số phản ánh tiếp nhận,Đã giải quyết,Đang giải quyết\n"
    text = "Kỳ báo cáo: Quý III/2027\n" + (HEAD + "1,a,1,1,1\n" + other + "1,b,1,1,1\n") * 1500
    read = read_bytes(text.encode(), "bieu.csv")
    assert 1 <= len(read.others) < 51
