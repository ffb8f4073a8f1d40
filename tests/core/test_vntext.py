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
