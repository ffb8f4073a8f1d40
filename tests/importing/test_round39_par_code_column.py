"""Round 39D F4, `par import-set`: a set with a running row number beside the codes ("STT | Mã số | Lĩnh vực/Tiêu chí |
Điểm tối đa", STT 1, 2, 3 … down every row, Mã số I, 1.1, 1.2, II, 2.1): the row numbers were read as the codes, each
area a criterion of its own: "5 lĩnh vực, 5 tiêu chí, tổng điểm tối đa 20" stored for 2 areas, 3 criteria, 10 points,
exit 0, and the user told to rename "Mã số" to "Giải trình" (its codes then the explanations). The codes are read from
the column holding them; a column of row numbers beside them, or ParApp's own "Mã tiêu chí" beside "STT", is no column
left unread."""

from __future__ import annotations

from parapp.core.par.reading import read_text

TITLE = "BỘ TIÊU CHÍ ĐÁNH GIÁ CHỈ SỐ CCHC CẤP XÃ NĂM 2030\n"
BODY = ("1,I,Công tác chỉ đạo điều hành,5,\n2,1.1,Kế hoạch CCHC,2,2\n3,1.2,Báo cáo CCHC,3,2\n"
        "4,II,Cải cách thể chế,5,\n5,2.1,Rà soát văn bản,5,4\n,,Tổng cộng,10,\n")


def _built(text: str):
    read = read_text(text)
    return read, read.build(2030)


def test_the_codes_not_the_row_numbers():
    read, built = _built(TITLE + "STT,Mã số,Lĩnh vực/Tiêu chí,Điểm tối đa,Điểm tự đánh giá\n" + BODY)
    cset = built.criteria
    assert (len(cset.areas), [n.code for n in cset.leaves()], cset.max_total) == (2, ["1.1", "1.2", "2.1"], 10000)
    assert built.mismatches == [] and not any("Giải trình" in str(n) for n in read.notes), read.notes


def test_parapps_own_table_keeps_no_note_on_its_code_column():
    text = ("STT,Mã tiêu chí,\"Lĩnh vực, tiêu chí, tiêu chí thành phần\",Điểm tối đa,Điểm tự đánh giá\n"
            "I,1,Công tác chỉ đạo,5,\n1.1,1.1,Kế hoạch CCHC,2,2\n1.2,1.2,Báo cáo CCHC,3,2\n")
    read, built = _built(text)
    assert [n.code for n in built.criteria.leaves()] == ["1.1", "1.2"]
    assert read.notes == [], read.notes


def test_guard_a_code_column_of_its_own_stays():
    read, built = _built(TITLE + "STT,Lĩnh vực/Tiêu chí,Điểm tối đa,Điểm tự đánh giá\n"
                         "I,Công tác chỉ đạo điều hành,5,\n1,Kế hoạch CCHC,2,2\n2,Báo cáo CCHC,3,2\n")
    assert len(built.criteria.leaves()) == 2 and built.criteria.max_total == 5000


def test_the_codes_in_the_names_not_the_row_numbers():
    """F7: "STT | Lĩnh vực/Tiêu chí", STT 1, 2, 3 … down every row and each name opening with its code ("I. Công tác
    chỉ đạo", "1.1. Kế hoạch CCHC"): the row numbers were the codes, 5 areas and 20 points for 2 and 10, exit 0. Read
    as the set without its STT column is: the codes of the names."""
    read, built = _built(TITLE + "STT,Lĩnh vực/Tiêu chí,Điểm tối đa,Điểm tự đánh giá\n"
                         "1,I. Công tác chỉ đạo điều hành,5,\n2,1.1. Kế hoạch CCHC,2,2\n3,1.2. Báo cáo CCHC,3,2\n"
                         "4,II. Cải cách thể chế,5,\n5,2.1. Rà soát văn bản,5,4\n,Tổng cộng,10,\n")
    cset = built.criteria
    assert (len(cset.areas), [n.code for n in cset.leaves()], cset.max_total) == (2, ["1.1", "1.2", "2.1"], 10000)
    assert built.mismatches == [] and read.notes == [], read.notes
