"""Round 38C (left by its helper, fixed by the lead): `import --plan 1` (a 2026 plan) of a file titled "… năm 2027", or
the window's import with that plan chosen, read everything in 2026 without a word: "Thường xuyên" fell due 31/12/2026,
"Quý II/2027" was read in 2026, a year before the plan it came from. The plan chosen still decides (a clerk may mean
it), and the file's own year is said."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

PLAN_2027 = """ỦY BAN NHÂN DÂN XÃ BA GIANG
KẾ HOẠCH
Cải cách hành chính năm 2027
1. Cải cách thủ tục hành chính
- Rà soát, đơn giản hóa thủ tục hành chính. Thời gian: Thường xuyên.
- Niêm yết công khai thủ tục hành chính năm 2027. Thời gian: Quý II/2027.
"""


def _said(result) -> list[str]:
    return [str(n) for n in result.notes]


def test_a_plan_of_another_year_read_into_the_plan_chosen_is_said():
    r = parse_text(PLAN_2027, plan_year=2026, year_hint=False)
    assert r.year == 2026 and r.tasks  # the plan chosen decides
    said = [n for n in _said(r) if "năm kế hoạch 2027" in n]
    assert len(said) == 1 and "năm 2026" in said[0] and "31/12/2026" in said[0], _said(r)


def test_a_plan_of_the_year_chosen_or_naming_none_says_nothing_of_it():
    assert not any("năm kế hoạch" in n for n in _said(parse_text(PLAN_2027, plan_year=2027, year_hint=False)))
    unnamed = PLAN_2027.replace("năm 2027", "").replace("Quý II/2027", "Quý II")
    assert not any("năm kế hoạch" in n for n in _said(parse_text(unnamed, plan_year=2026, year_hint=False)))
    # Read for a new plan, its year is the file's: nothing to say.
    assert not any("năm kế hoạch" in n for n in _said(parse_text(PLAN_2027, plan_year=2026)))
