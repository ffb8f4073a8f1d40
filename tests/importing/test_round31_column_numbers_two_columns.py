"""Round 31C F17: the row numbering the columns ("1 | 2 | 3 | 4 | 5", "(1) | (2) | …") under "STT | Nhiệm vụ | Nội dung
thực hiện | …" (30C F9 reads the two as one text) or "STT | Lĩnh vực | …" (30C F5) was joined into a task "2: 3" led by
"4" asking for a deadline "5", or made an area heading "2". Without those columns the row is left out; so now."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text


@pytest.mark.parametrize("second", ["Nội dung thực hiện", "Lĩnh vực"])
@pytest.mark.parametrize("numbers", [["1", "2", "3", "4", "5"], ["(1)", "(2)", "(3)", "(4)", "(5)"]])
def test_the_numbers_row_is_no_task(second, numbers):
    head = ["STT", "Nhiệm vụ", second, "Đơn vị chủ trì", "Thời hạn"] if second != "Lĩnh vực" else [
        "STT", "Lĩnh vực", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"]
    row = ["1", "Rà soát văn bản", "Rà soát NQ", "Tư pháp", "Quý II"] if second != "Lĩnh vực" else [
        "1", "Cải cách thể chế", "Rà soát NQ", "Tư pháp", "Quý II"]
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in [head, numbers, row]) + "\n",
                   plan_year=2027)
    assert [(t.lead, t.deadline_text) for t in r.tasks] == [("Tư pháp", "Quý II")]
    assert r.tasks[0].group in ("", "Cải cách thể chế")
    assert not r.problems
