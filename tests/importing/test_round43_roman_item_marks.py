"""Round 43C F7: a prose plan whose items are numbered in lower-case Roman ("i)", "ii)", "iii)", "iv)", "v)"; or "i.",
"ii.", as Word's "i. ii. iii." list style is copied): "i)" and "v)" were read as letters' marks, but "ii) Tuyên
truyền" and "iv) Hợp nhất văn bản" were left out without a word (2 of 5 tasks, exit 0) and "iii) Kiểm tra văn bản"
kept its mark in its words. Each is now an item, its mark left out."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

ITEMS = ["Rà soát văn bản QPPL", "Tuyên truyền", "Kiểm tra văn bản", "Hợp nhất văn bản", "Báo cáo", "Tự kiểm tra",
         "Lập danh mục", "Đánh giá", "Công bố"]
MARKS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]


def test_items_numbered_in_lower_case_roman_are_read_without_their_marks():
    for end in (")", "."):
        text = "1. Cải cách thể chế\n" + "".join(f"{m}{end} {w}\n" for m, w in zip(MARKS, ITEMS))
        r = parse_text(text, plan_year=2027)
        assert [t.content for t in r.tasks] == ITEMS, end


def test_and_with_each_mark_alone_on_its_line():
    """The same copied from a PDF, each mark on a line of its own ("ii)" / "Tuyên truyền", as 41C's "b)"): all but the
    first were left out."""
    text = "1. Cải cách thể chế\n" + "".join(f"{m})\n{w}\n" for m, w in zip(MARKS[:4], ITEMS))
    assert [t.content for t in parse_text(text, plan_year=2027).tasks] == ITEMS[:4]
