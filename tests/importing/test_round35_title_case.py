"""Round 35C: all-caps titles lowered a party document's number ("23-CT/TU") and read "XÃ HỘI" (society) or "CẤP XÃ"
(the commune level) as a commune's name ("xã Hội", "cấp xã Trên Địa Bàn")."""

from __future__ import annotations

import pytest

from parapp.core.importing.plan_heading import read_heading


def test_a_party_document_s_number_in_a_caps_title_keeps_its_capitals():
    caps = "THỰC HIỆN CHỈ THỊ SỐ 23-CT/TU VÀ KẾT LUẬN SỐ 05-KL/TW VỀ CẢI CÁCH HÀNH CHÍNH"
    title = read_heading("KẾ HOẠCH\n" + caps + "\n").title
    assert title == "Kế hoạch thực hiện chỉ thị số 23-CT/TU và kết luận số 05-KL/TW về cải cách hành chính"


@pytest.mark.parametrize(("caps", "read"), [
    ("PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
     "phát triển kinh tế - xã hội và cải cách hành chính năm 2026"),
    ("ĐẨY MẠNH XÃ HỘI HÓA VÀ CẢI CÁCH HÀNH CHÍNH NĂM 2026", "đẩy mạnh xã hội hóa và cải cách hành chính năm 2026"),
    ("CẢI CÁCH HÀNH CHÍNH GẮN VỚI CHÍNH QUYỀN SỐ, XÃ HỘI SỐ NĂM 2026",
     "cải cách hành chính gắn với chính quyền số, xã hội số năm 2026"),
    ("NÂNG CAO CHỈ SỐ CCHC CẤP XÃ TRÊN ĐỊA BÀN XÃ BA GIANG NĂM 2026",
     "nâng cao chỉ số CCHC cấp xã trên địa bàn xã Ba Giang năm 2026"),
    ("CẢI CÁCH HÀNH CHÍNH CÁC XÃ THUỘC HUYỆN LẠNG GIANG", "cải cách hành chính các xã thuộc huyện Lạng Giang"),
    ("THỰC HIỆN NGHỊ QUYẾT CỦA TỈNH ỦY VỀ CẢI CÁCH HÀNH CHÍNH",
     "thực hiện nghị quyết của tỉnh ủy về cải cách hành chính"),
    # as before: a commune's, a district's and a province's names
    ("CẢI CÁCH HÀNH CHÍNH XÃ HÒA BÌNH NĂM 2026", "cải cách hành chính xã Hòa Bình năm 2026"),
    ("CẢI CÁCH HÀNH CHÍNH TỈNH BÀ RỊA - VŨNG TÀU", "cải cách hành chính tỉnh Bà Rịa - Vũng Tàu"),
])
def test_society_and_the_commune_level_in_a_caps_title_are_no_commune_s_name(caps, read):
    assert read_heading("KẾ HOẠCH\n" + caps + "\n").title == "Kế hoạch " + read
