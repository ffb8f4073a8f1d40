import unicodedata

from hypothesis import given, strategies as st

from parapp.core.vntext import clean, fold, matches


def test_search_without_diacritics_finds_vietnamese():
    assert matches("cai cach", fold("Cải cách thủ tục hành chính"))
    assert matches("CẢI CÁCH", fold("cải cách"))


def test_d_matches_dj():
    assert fold("Đinh Thị Đào") == "dinh thi dao"
    assert matches("dao", fold("Đào"))


def test_words_match_in_any_order():
    assert matches("phap tu", fold("Công chức Tư pháp – Hộ tịch"))
    assert not matches("phap tai chinh", fold("Công chức Tư pháp – Hộ tịch"))


def test_composed_and_decomposed_text_fold_the_same():
    s = "Nguyễn Văn Đức – cải cách hành chính"
    assert fold(unicodedata.normalize("NFD", s)) == fold(unicodedata.normalize("NFC", s))


def test_clean_makes_nfc_and_keeps_inner_lines():
    nfd = unicodedata.normalize("NFD", "  Kế   hoạch\r\nBáo cáo  ")
    assert clean(nfd) == "Kế hoạch\nBáo cáo"
    assert unicodedata.is_normalized("NFC", clean(nfd))


@given(st.text())
def test_fold_never_grows_diacritics(s):
    out = fold(s)
    assert "đ" not in out and "ế" not in out
    assert fold(out) == out


@given(st.text())
def test_clean_is_idempotent(s):
    assert clean(clean(s)) == clean(s)


def test_names_sort_in_the_vietnamese_alphabets_order():
    from parapp.core.vntext import sort_key

    names = ["Võ Văn Tám", "Đinh Thị Thu Hương", "Trương Thị Mai", "Trần Quốc Việt", "Dương Văn An", "Hà Thị Lan",
             "Ân Văn Bình", "An Văn Cường", "Ấn Văn Dũng"]
    assert sorted(names, key=sort_key) == ["An Văn Cường", "Ân Văn Bình", "Ấn Văn Dũng", "Dương Văn An",
                                           "Đinh Thị Thu Hương", "Hà Thị Lan", "Trần Quốc Việt", "Trương Thị Mai",
                                           "Võ Văn Tám"]


def test_a_finished_word_is_matched_whole_not_inside_another():
    """A fresh-eyes walk (round 41): "so hoa" (số hóa) found every task with "rà soát" and "kế hoạch", because any
    part of a word matched. A word typed past is a whole word; the word being typed is the beginning of one."""
    planned = fold("Rà soát, xây dựng kế hoạch năm 2027")
    digital = fold("Số hóa hồ sơ, kết quả giải quyết TTHC")
    assert not matches("so hoa", planned) and matches("so hoa", digital)
    assert matches("soa", planned) and not matches("soa ", planned)  # still typing "soát"; then "soa" alone
    assert matches("hoa so", digital)  # any order still
    assert not matches("oat", planned)  # inside a word: not its beginning


def test_codes_and_numbers_keep_their_edges():
    assert matches("120/kh", fold("Kế hoạch 120/KH-UBND")) and matches("ubnd", fold("120/KH-UBND"))
    assert matches("1.2", fold("Tiêu chí 1.2 và 3.4")) and not matches("1.2", fold("Tiêu chí 11.2"))
