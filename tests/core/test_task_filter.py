import datetime as dt
from types import SimpleNamespace as NS

from parapp.core.task_filter import DUE_SOON, OPEN, OVERDUE, TaskFilter, apply_filter, sort_key
from parapp.core.vntext import fold, search_key

TODAY = dt.date(2024, 5, 20)


def row(i, content, status="not_started", due=None, area=1, lead=1, plan=1, stt=""):
    return NS(id=i, content=content, status=status, due=due, area_id=area, lead_official_id=lead,
              plan_id=plan, stt=stt, search=search_key(fold(content)))


ROWS = [
    row(1, "Cải cách thủ tục hành chính", due=TODAY - dt.timedelta(days=2), area=3),
    row(2, "Kế hoạch tuyên truyền", "done", TODAY - dt.timedelta(days=10), lead=2),
    row(3, "Số hóa hồ sơ", "in_progress", TODAY + dt.timedelta(days=7), plan=2),
    row(4, "Rà soát văn bản", due=TODAY + dt.timedelta(days=40)),
    row(5, "Đối thoại với Nhân dân", "dropped"),
]


def ids(f):
    return [ROWS[i].id for i in apply_filter(ROWS, f, TODAY)]


def test_empty_filter_keeps_all():
    assert ids(TaskFilter()) == [1, 2, 3, 4, 5]
    assert TaskFilter().is_empty()


def test_text_without_diacritics():
    assert ids(TaskFilter(text="cai cach")) == [1]
    assert ids(TaskFilter(text="doi thoai")) == [5]
    assert ids(TaskFilter(text="ho so so hoa")) == [3]


def test_status_filters():
    assert ids(TaskFilter(status=OVERDUE)) == [1]
    assert ids(TaskFilter(status=DUE_SOON)) == [3]
    assert ids(TaskFilter(status=OPEN)) == [1, 3, 4]
    assert ids(TaskFilter(status="done")) == [2]


def test_area_lead_plan_and_due_within():
    assert ids(TaskFilter(area_id=3)) == [1]
    assert ids(TaskFilter(lead_official_id=2)) == [2]
    assert ids(TaskFilter(plan_id=2)) == [3]
    # "due within 30 days" includes what is already late: it still has to be done
    assert ids(TaskFilter(due_within_days=30)) == [1, 3]


def test_sort_by_stt_is_numeric_and_hierarchical():
    rows = [row(1, "a", stt="10"), row(2, "b", stt="2"), row(3, "c", stt="1.2"), row(4, "d", stt="1.10")]
    assert [r.stt for r in sorted(rows, key=sort_key("stt"))] == ["1.2", "1.10", "2", "10"]


def test_sort_by_due_puts_undated_last():
    assert [r.id for r in sorted(ROWS, key=sort_key("due"))][-1] == 5


def test_typing_keystroke_by_keystroke_finds_what_the_whole_text_finds():
    # The window narrows from what it shows as the user types on: the same rows as typed at once.
    from parapp.core.task_filter import narrows

    for typed, choices in (("ho so so hoa", {}), ("cai  cach thu", {}), ("a", {"status": OVERDUE}),
                           ("ke hoach", {"lead_official_id": 2})):
        shown, before = None, TaskFilter(**choices)
        for n in range(len(typed) + 1):
            f = TaskFilter(text=typed[:n], **choices)
            known = narrows(before, f) if shown is not None else None
            shown = apply_filter(ROWS, f, TODAY, None if known is None else shown, known or 0)
            assert shown == apply_filter(ROWS, f, TODAY), typed[:n]
            before = f
    # Deleting a letter, or changing a choice, looks at every row again.
    assert narrows(TaskFilter(text="cai cach"), TaskFilter(text="cai cac")) is None
    assert narrows(TaskFilter(text="cai"), TaskFilter(text="cai", status=OPEN)) is None
    assert narrows(TaskFilter(text="Cải c"), TaskFilter(text="cai cach")) == 1


def test_typing_on_keeps_what_a_fresh_search_keeps():
    """Narrowing as the user types (round 43: a word typed past is matched whole) gives the rows a search from
    nothing gives, a lone dash in the search included."""
    from parapp.core.task_filter import narrows

    rows = [row(1, "Cải cách thủ tục"), row(2, "Cải cáchh"), row(3, "Caica cách"), row(4, "Số hóa, cải cách")]
    for query in ("- cai cach", "cai cach thu", "so hoa, cai"):
        shown, before = None, TaskFilter()
        for n in range(1, len(query) + 1):
            now = TaskFilter(text=query[:n])
            known = narrows(before, now)
            shown = apply_filter(rows, now, TODAY, None if known is None or shown is None else shown, known or 0)
            assert shown == apply_filter(rows, now, TODAY), query[:n]
            before = now
