"""Round 42D L1 (left by round 41D): `par import-set --year 2032` of a set titled "NĂM 2030" carrying a
self-assessment column stored 2030's scores (2 and 1,5) as 2032's, exit 0, with only a note that the years differ.
Sets are reused across years; scores are not: a file scoring another year than the one it is stored for is now
refused (exit 2, nothing stored), naming both ways out (--year 2030, or the score columns taken off). A set without
scores is still stored for another year, with the note."""

from __future__ import annotations

from parapp.cli.main import main as cli_main

HEAD = "BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2030\n"
SCORED = HEAD + ("STT,Lĩnh vực/Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,Công tác chỉ đạo,4,\n"
                 "1.1,Kế hoạch CCHC,2,2\n1.2,Báo cáo CCHC,2,1.5\n")
BARE = HEAD + "STT,Lĩnh vực/Tiêu chí,Điểm tối đa\nI,Công tác chỉ đạo,4\n1.1,Kế hoạch CCHC,2\n1.2,Báo cáo CCHC,2\n"


def _import(tmp_path, text: str, year: int, capsys) -> tuple[int, str]:
    from parapp.store import open_database

    if not (tmp_path / "p.db").exists():
        open_database(tmp_path / "p.db").close()
    src = tmp_path / "bộ tiêu chí #1.csv"
    src.write_text(text, encoding="utf-8")
    code = cli_main(["par", "import-set", str(src), "--db", str(tmp_path / "p.db"), "--year", str(year)])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_scores_of_the_titled_year_are_not_stored_for_another(tmp_path, capsys):
    from parapp.store import open_database
    from parapp.store.par_index import get_info

    code, said = _import(tmp_path, SCORED, 2032, capsys)
    assert code == 2, said
    assert "--year 2030" in said and "2032" in said, said
    db = open_database(tmp_path / "p.db")
    try:
        assert get_info(db, 2032) is None
    finally:
        db.close()


def test_guard_the_same_file_for_its_own_year_and_a_bare_set_for_another_are_stored(tmp_path, capsys):
    code, said = _import(tmp_path, SCORED, 2030, capsys)
    assert code == 0, said
    code, said = _import(tmp_path, BARE, 2032, capsys)
    assert code == 0 and "năm 2030" in said, said
