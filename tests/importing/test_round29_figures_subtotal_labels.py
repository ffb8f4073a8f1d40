"""Round 29D, `figures import`: subtotals round 28D did not know.

- "Cộng 1" under field 1's parts (1.1, 1.2: a nested group's subtotal) was read as a field: the parts counted twice,
  25 dossiers received online stored where the table holds 15, exit 0, not a word.
- "Cộng I+II", "Tổng I + II", "Cộng I, II", "Cộng I và II" (the groups added up, written without brackets) were
  fields: every figure stored twice (30 for 15).
- "I | Cộng", "II | Cộng" (the group's mark in the number column, "Cộng" in the name column) were fields too
  (30 for 15).
"""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

HEAD = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"


def _read(text: str):
    return read_bytes(("Kỳ báo cáo: Quý III/2027\n" + HEAD + text).encode(), "bieu.csv")


@pytest.mark.parametrize("label", ["Cộng 1", "Cộng (1)", "Tổng 1:", "Cộng mục 1"])
def test_a_nested_subtotal_is_no_field(label):
    read = _read(f"1,Hộ tịch,,,\n1.1,Khai sinh,4,2,2\n1.2,Khai tử,6,3,2\n,{label},10,5,4\n2,Chứng thực,5,5,1\n")
    assert read.values["dossiers.received_online"] == 15, (label, read.values)
    assert read.values["dossiers.resolved_late"] == 5


@pytest.mark.parametrize("grand", ["Cộng I+II", "Tổng I + II", "\"Cộng I, II\"", "Cộng I và II", "Tổng cộng I+II"])
def test_groups_added_up_without_brackets_are_the_grand_total(grand):
    read = _read("I,TTHC cấp xã,,,\n1,Hộ tịch,10,5,4\n,Cộng I,10,5,4\nII,Liên thông,,,\n2,Chứng thực,5,5,1\n"
                 f",Cộng II,5,5,1\n,{grand},15,10,5\n")
    assert read.values["dossiers.received_online"] == 15, (grand, read.values)
    assert "tổng cộng" in str(read.rows_used)


def test_a_subtotal_with_its_group_mark_in_the_number_column():
    read = _read("I,TTHC cấp xã,,,\n1,Hộ tịch,10,5,4\nI,Cộng,10,5,4\nII,Liên thông,,,\n2,Chứng thực,5,5,1\n"
                 "II,Cộng,5,5,1\n")
    assert read.values["dossiers.received_online"] == 15, read.values


@pytest.mark.parametrize("name", ["Cộng tác viên", "Cộng đồng", "C. Cộng đồng dân cư"])
def test_fields_named_like_totals_stay_fields(name):
    read = _read(f"1,Hộ tịch,10,5,4\n2,{name},5,5,1\n")
    assert read.values["dossiers.received_online"] == 15, (name, read.values)


@pytest.mark.parametrize("page", ["Cộng trang", "Cộng chuyển trang sau", "Cộng trang trước chuyển sang:"])
@pytest.mark.parametrize("grand", ["", ",Tổng cộng,15,10,5\n"])
def test_a_page_subtotal_is_no_field(page, grand):
    """Round 29D: "Cộng trang" (a page's subtotal, carried to the next) was a field: with no grand total the page's
    figures were counted twice (25 for 15); with one, a note said the fields did not add up to it."""
    read = _read(f"1,Hộ tịch,10,5,4\n,{page},10,5,4\n2,Chứng thực,5,5,1\n{grand}")
    assert read.values["dossiers.received_online"] == 15, (page, read.values)
    assert not [str(n) for n in read.notes if "cộng lại được" in str(n)], read.notes
