"""Round 41B (left for the lead): `par import-set --replace` of a file that names no province (ParApp's own `par xlsx`
export is one) erased the stored province: "Quảng Ngãi" became "", and the self-assessment report's "Ủy ban nhân dân
tỉnh …" with it; the dry run did not warn. What the file does not say is kept."""

from parapp.core.par.reading import read_bytes
from parapp.store import par_index

from .province_files import province_xlsx


def test_a_set_replaced_from_a_file_naming_no_province_keeps_the_stored_one(db):
    first = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    first.province, first.title = "Quảng Ngãi", "Bộ chỉ số CCHC cấp xã năm 2024"
    par_index.store_set(db, first)
    again = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    again.province, again.title = "", ""
    par_index.store_set(db, again, replace=True)
    kept = par_index.load_set(db, 2024)
    assert (kept.province, kept.title) == ("Quảng Ngãi", "Bộ chỉ số CCHC cấp xã năm 2024")


def test_a_file_naming_another_province_is_taken_at_its_word(db):
    first = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    first.province = "Quảng Ngãi"
    par_index.store_set(db, first)
    again = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    again.province = "Kon Tum"
    par_index.store_set(db, again, replace=True)
    assert par_index.load_set(db, 2024).province == "Kon Tum"
