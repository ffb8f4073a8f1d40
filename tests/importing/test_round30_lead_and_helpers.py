"""Round 30C F3: one column for both roles, "Đơn vị chủ trì, phối hợp" (also "Cơ quan chủ trì/phối hợp"), was read as
the helpers' column: every task came in with no lead and its lead named as a helper, not a word said. The column is
the lead's; a cell naming both roles ("Tư pháp chủ trì, Văn phòng phối hợp", "Chủ trì: Tư pháp; Phối hợp: Văn
phòng") gives each its part."""

from __future__ import annotations

import pytest

from parapp.core.importing.columns import header_map
from parapp.core.importing.parse import parse_text


@pytest.mark.parametrize("cell", ["Đơn vị chủ trì, phối hợp", "Cơ quan chủ trì/phối hợp", "Chủ trì, phối hợp",
                                  "Cơ quan chủ trì và phối hợp", "Đơn vị chủ trì - phối hợp"])
def test_the_column_is_the_leads(cell):
    assert header_map(["STT", "Nội dung", cell, "Thời hạn"])[2] == "lead"


@pytest.mark.parametrize("cell", ["Đơn vị phối hợp", "Cơ quan phối hợp thực hiện", "Phối hợp"])
def test_helpers_alone_stay_helpers(cell):
    assert header_map(["STT", "Nội dung", "Chủ trì", cell, "Thời hạn"])[3] == "coordinators"


@pytest.mark.parametrize(("value", "lead", "helpers"), [
    ("Tư pháp chủ trì, Văn phòng phối hợp", "Tư pháp", "Văn phòng"),
    ("Tư pháp (chủ trì); Văn phòng, Công an (phối hợp)", "Tư pháp", "Văn phòng, Công an"),
    ("Chủ trì: Tư pháp; Phối hợp: Văn phòng", "Tư pháp", "Văn phòng"),
    ("- Chủ trì: Tư pháp\n- Phối hợp: Văn phòng, các đoàn thể", "Tư pháp", "Văn phòng, các đoàn thể"),
    ("Tư pháp", "Tư pháp", ""),
    ("Tư pháp; Văn phòng", "Tư pháp; Văn phòng", ""),
])
def test_each_role_its_part(value, lead, helpers):
    cell = '"' + value + '"' if "\n" in value else value
    r = parse_text("STT\tNội dung nhiệm vụ\tĐơn vị chủ trì, phối hợp\tThời hạn\n"
                   f"1\tRà soát văn bản quy phạm pháp luật\t{cell}\tQuý II\n", plan_year=2027)
    assert [(t.lead, t.coordinators) for t in r.tasks] == [(lead, helpers)]


def test_a_helpers_column_beside_is_left_as_written():
    r = parse_text("STT\tNội dung nhiệm vụ\tChủ trì\tPhối hợp\tThời hạn\n"
                   "1\tRà soát văn bản\tTư pháp chủ trì, Văn phòng phối hợp\tCông an\tQuý II\n", plan_year=2027)
    assert [(t.lead, t.coordinators) for t in r.tasks] == [("Tư pháp chủ trì, Văn phòng phối hợp", "Công an")]


def test_a_heading_naming_both_roles_gives_its_tasks_each():
    r = parse_text("STT\tNội dung nhiệm vụ\tĐơn vị chủ trì, phối hợp\tThời hạn\n"
                   "I\tCẢI CÁCH THỂ CHẾ\tTư pháp chủ trì, Văn phòng phối hợp\t\n"
                   "1\tRà soát văn bản quy phạm pháp luật\t\tQuý II\n", plan_year=2027)
    assert [(t.lead, t.coordinators) for t in r.tasks] == [("Tư pháp", "Văn phòng")]
