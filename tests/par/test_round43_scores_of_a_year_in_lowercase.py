"""Round 43D F6, `par import-set --year 2032` of a self-assessment titled in ordinary case ("Kết quả tự đánh giá
Chỉ số CCHC năm 2030", "… Chỉ số CCHC Năm 2030", "BỘ CHỈ SỐ CCHC NĂM: 2030"): 2030's scores (2 and 1,5) stored as
2032's, exit 0, not even 25B's note that the years differ: round 42D's refusal knew the title's year in capitals
("NĂM 2030") only. A title line opening with the set's words gives its year in any case; a criterion citing "Chỉ số
CCHC năm 2029" in the table is no title."""

from __future__ import annotations

import pytest

from parapp.cli.main import main as cli_main

TABLE = ("STT,Lĩnh vực/Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,Công tác chỉ đạo,4,\n"
         "1.1,Kế hoạch CCHC,2,2\n1.2,Báo cáo CCHC,2,1.5\n")


def _import(tmp_path, text: str, year: int, capsys) -> tuple[int, str]:
    from parapp.store import open_database

    if not (tmp_path / "p.db").exists():
        open_database(tmp_path / "p.db").close()
    src = tmp_path / "tự chấm 2030.csv"
    src.write_text(text, encoding="utf-8")
    code = cli_main(["par", "import-set", str(src), "--db", str(tmp_path / "p.db"), "--year", str(year), "--dry-run"])
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.parametrize("title", ["Kết quả tự đánh giá Chỉ số CCHC năm 2030", "Bộ chỉ số CCHC cấp xã Năm 2030",
                                   "BỘ CHỈ SỐ CCHC CẤP XÃ NĂM: 2030"])
def test_scores_of_a_year_titled_in_any_case_are_not_stored_for_another(tmp_path, capsys, title):
    code, said = _import(tmp_path, title + "\n" + TABLE, 2032, capsys)
    assert code == 2 and "--year 2030" in said and "2032" in said, said
    code, said = _import(tmp_path, title + "\n" + TABLE, 2030, capsys)
    assert code == 0, said


def test_guard_a_criterion_citing_another_year_is_no_title(tmp_path, capsys):
    cited = ("STT,Lĩnh vực/Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,Công tác chỉ đạo,4,\n1.1,Kế hoạch CCHC,2,2\n"
             "1.2,Kết quả Chỉ số CCHC năm 2029 được khắc phục,2,1\n")
    code, said = _import(tmp_path, "BỘ CHỈ SỐ CCHC CẤP XÃ\n" + cited, 2030, capsys)
    assert code == 0 and "2029" not in said.replace("năm 2029 được", ""), said
