"""Round 34C: role labels in a plan table's cells beyond 33C's "Chủ trì: X" in the lead cell. "Phối hợp: Tư pháp" in
the helpers' cell kept its label; "Đơn vị chủ trì: Văn phòng" kept its; "Chủ trì: Văn phòng; Phối hợp: Tư pháp" in the
lead cell of a row whose helpers' cell also names someone was stored whole as the lead. Each linked to no official."""

from __future__ import annotations

from parapp.core.importing import parse_text

HEADER = "STT\tNội dung\tChủ trì\tPhối hợp\tThời gian\n"


def _roles(lead: str, helpers: str = "") -> tuple[str, str]:
    [t] = parse_text(HEADER + f"1\tRà soát thủ tục hành chính\t{lead}\t{helpers}\tQuý II\n", plan_year=2026).tasks
    return t.lead, t.coordinators


def test_the_helpers_cell_labelled_as_such_gives_the_helpers():
    assert _roles("Chủ trì: Văn phòng", "Phối hợp: Tư pháp") == ("Văn phòng", "Tư pháp")
    assert _roles("Văn phòng", "Đơn vị phối hợp: Tư pháp, Công an xã") == ("Văn phòng", "Tư pháp, Công an xã")
    assert _roles("Văn phòng", "- Phối hợp: Tư pháp.") == ("Văn phòng", "Tư pháp")


def test_a_lead_label_naming_the_unit_is_a_label():
    assert _roles("Đơn vị chủ trì: Văn phòng") == ("Văn phòng", "")
    assert _roles("Cơ quan chủ trì: Văn phòng; Cơ quan phối hợp: Tư pháp") == ("Văn phòng", "Tư pháp")


def test_both_roles_in_the_lead_cell_beside_a_helpers_cell_give_the_lead_and_all_helpers():
    assert _roles("Chủ trì: Văn phòng; Phối hợp: Tư pháp", "Công an xã") == ("Văn phòng", "Tư pháp, Công an xã")
    both = "Chủ trì: Văn phòng; Phối hợp: Tư pháp"  # the same cell in each column (a merged cell pasted)
    assert _roles(both, both) == ("Văn phòng", "Tư pháp")


def test_what_held_still_holds():
    assert _roles("Văn phòng", "Tư pháp") == ("Văn phòng", "Tư pháp")
    assert _roles("Hội đồng phối hợp PBGDPL", "") == ("Hội đồng phối hợp PBGDPL", "")
    assert _roles("Tư pháp chủ trì, Văn phòng phối hợp") == ("Tư pháp", "Văn phòng")


def test_a_cell_holding_only_its_label_names_no_one():
    # a form's cells left with their labels: "Phối hợp:" is no unit (stored as the helpers, linked to no official)
    assert _roles("Văn phòng", "Phối hợp:") == ("Văn phòng", "")
    assert _roles("Cơ quan chủ trì:", "Tư pháp") == ("", "Tư pháp")
