"""Round 34D, `figures import`: bullets drawn from a symbol font that reach a sheet as private-use characters.

A list copied out of a PDF or a Word report into Excel (or a CSV) keeps Symbol's and Wingdings' bullets as the
characters of Unicode's private use area: "\uf0b7" (Symbol's dot), "\uf0a7" (Wingdings' square), "\uf0d8" (arrow),
"\uf0fc" (check). Round 33D told them from words in Word's own HTML only; in a cell they were no mark, the parts a
field's breakdown under a bulleted field were fields of their own: 25 dossiers stored for 15, silent.
"""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"


def _values(text: str) -> tuple[float, float, float]:
    v = read_bytes(text.encode(), "bieu.csv").values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


@pytest.mark.parametrize(("field", "part"), [("\uf0b7", "\uf0a7"), ("\uf0d8", "\uf0fc"), ("•", "\uf0a7"),
                                             ("\uf0b7", "-")])
def test_private_use_bullets_mark_fields_and_their_parts(field, part):
    text = (H + f",{field} Hộ tịch,10,6,4\n,{part} Khai sinh,6,4,2\n,{part} Khai tử,4,2,2\n"
            f",{field} Chứng thực,5,4,1\n")
    assert _values(text) == (15, 10, 5)


def test_a_private_use_bullet_alone_marks_parts_under_a_numbered_field():
    text = H + "1,Hộ tịch,10,6,4\n,\uf0a7 Khai sinh,6,4,2\n,\uf0a7 Khai tử,4,2,2\n2,Chứng thực,5,4,1\n"
    assert _values(text) == (15, 10, 5)


@pytest.mark.parametrize(("field", "part"), [("+", "-"), ("•", "-"), ("\uf0b7", "\uf0a7"), ("-", "+")])
def test_bullets_typed_without_their_space_mark_fields_and_parts(field, part):
    """"+Hộ tịch" over "-Khai sinh" (the space after the bullet left out, as often in a Word table): the bullet was
    read as part of the word, so the parts were fields, 25 stored for 15."""
    text = H + f",{field}Hộ tịch,10,6,4\n,{part}Khai sinh,6,4,2\n,{part}Khai tử,4,2,2\n,{field}Chứng thực,5,4,1\n"
    assert _values(text) == (15, 10, 5)


@pytest.mark.parametrize("name", ["“Một cửa” liên thông", "(Khác)", "…khác"])
def test_a_name_opening_with_a_quote_or_bracket_is_no_bullet(name):
    """Guard: fields whose figures do not add up to anything stay fields."""
    assert _values(H + f",Hộ tịch,10,6,4\n,{name},6,4,2\n,Chứng thực,5,4,1\n") == (21, 14, 7)
