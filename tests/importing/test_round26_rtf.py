"""Round 26C: a Word file saved as RTF (.rtf, or named .doc by an e-office export) was read as text, its RTF code
taken for the plan: "Không nhận ra bảng phân công hay danh sách nhiệm vụ nào. Hãy sao chép bảng …", not a word of
what the file is or that Word can save it as .docx."""

from __future__ import annotations

import pytest

RTF = (b"{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n\\pard K\\u7870? HO\\u7840?CH\\par\n"
       b"\\trowd\\cellx1000\\cellx5000 STT\\cell N\\u7897?i dung\\cell\\row\n}")


@pytest.mark.parametrize("name", ["ke-hoach.rtf", "ke-hoach.doc", "ke-hoach.txt"])
def test_an_rtf_file_is_named_and_the_way_out_said(name):
    from parapp.core.importing.model import Unreadable
    from parapp.core.importing.parse import parse_bytes

    with pytest.raises(Unreadable) as e:
        parse_bytes(RTF, name, plan_year=2027)
    assert "RTF" in str(e.value) and ".docx" in str(e.value)
