"""Round 28D, `figures import`: a table with a subtotal row per group.

- "Cộng I", "Cộng mục I", "Tổng I", "Cộng lĩnh vực I" under each group were not read as totals: they were added as
  fields, every figure stored twice (34 received online where the table holds 17), exit 0, not a word.
- Subtotals with no grand total ("Cộng" or "Cộng (I)" under each group) were taken for grand totals and the largest
  kept: group II's dossiers were left out (15 stored for 17), said only as a total that does not add up.

A subtotal (a group's mark after "Cộng"/"Tổng", or the same total label under each group) is now no field and no
grand total: with a grand total that is taken, else the field rows are added up."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

HEAD = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"
G1 = "I,TTHC cấp xã,,,\n1,Hộ tịch,10,5,4\n2,Chứng thực,5,5,1\n"
G2 = "II,TTHC liên thông,,,\n3,Đất đai,2,1,1\n"


def _read(text: str):
    return read_bytes(("Kỳ báo cáo: Quý III/2027\n" + text).encode(), "bieu.csv")


@pytest.mark.parametrize("first, second", [("Cộng I", "Cộng II"), ("Cộng mục I", "Cộng mục II"), ("Tổng I", "Tổng II"),
                                           ("Cộng lĩnh vực I", "Cộng lĩnh vực II"), ("Cộng", "Cộng"),
                                           ("Cộng (I)", "Cộng (II)"), ("Cộng I:", "Cộng II:")])
def test_subtotals_are_not_fields_nor_the_total(first, second):
    read = _read(HEAD + G1 + f",{first},15,10,5\n" + G2 + f",{second},2,1,1\n")
    assert read.values["dossiers.received_online"] == 17, (first, read.values)
    assert read.values["dossiers.resolved_late"] == 6
    assert not [str(n) for n in read.notes if "dòng tổng cộng ghi" in str(n)], read.notes


def test_a_grand_total_under_subtotals_is_the_total():
    read = _read(HEAD + G1 + ",Cộng I,15,10,5\n" + G2 + ",Cộng II,2,1,1\n,Tổng cộng,17,11,6\n")
    assert read.values["dossiers.received_online"] == 17
    assert not [str(n) for n in read.notes if "dòng tổng cộng ghi" in str(n)], read.notes
    read = _read(HEAD + G1 + ",Cộng,15,10,5\n" + G2 + ",Cộng,2,1,1\n,\"Cộng (I + II)\",18,11,6\n")
    assert read.values["dossiers.received_online"] == 18  # the grand total is taken, and said not to add up
    assert [str(n) for n in read.notes if "dòng tổng cộng ghi (18)" in str(n)], read.notes


def test_a_field_named_like_a_community_is_still_a_field():
    read = _read(HEAD + "1,Hộ tịch,10,5,4\n2,Cộng đồng dân cư,5,5,1\n")
    assert read.values["dossiers.received_online"] == 15
