"""How a province numbers its criteria decides the codes: kept as printed unless ambiguous."""

import datetime as dt
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parapp.core.par import codes
from parapp.core.par.reading import read_bytes, read_text
from parapp.core.par.scores import ScoresRejected, check_scores
from parapp.store import par_index, par_index_criteria, plans, tasks
from parapp.services import par_sets
from parapp.services.par_remedy import make_plan

from . import numbering_files


@pytest.mark.parametrize("style", list(numbering_files.STYLES))
def test_codes_as_printed(style):
    rows, leaves, areas, _ = numbering_files.STYLES[style]
    c = read_bytes(numbering_files.annex_xlsx(rows), "bo.xlsx").build(2025).criteria
    assert [n.code for n in c.leaves()] == leaves and [a.code for a in c.areas] == areas
    assert all(n.code == n.label for n in c.leaves() if n.label[0].isdigit())


def test_straight_through_sub_criteria_hang_under_their_criterion():
    c = read_bytes(numbering_files.annex_xlsx(numbering_files.STRAIGHT), "bo.xlsx").build(2025).criteria
    assert [n.code for n in c.find("14").children] == ["14.1", "14.2", "14.3"]
    assert c.area_of(c.find("14.3")).label == "III" and c.find("III").max_total == 23_000
    assert c.find("iii") is c.find("III") and c.find("14.3").name == "Tỷ lệ hồ sơ trực tuyến toàn trình"


def test_letters_worth_points_are_parts_and_levels_are_guidance():
    c = read_bytes(numbering_files.annex_xlsx(numbering_files.LETTERS), "bo.xlsx").build(2025).criteria
    assert [n.code for n in c.find("8").children] == ["8a", "8b", "8c"]
    assert [n.display_label for n in c.find("8").children] == ["a)", "b)", "c)"]
    assert not c.find("4").is_group and "b) Không kiểm tra: 0 điểm" in c.find("4").guidance
    for typed in ("8b", "8.b", "8b)", "8 b", "8(b)"):
        assert c.find(typed) is c.find("8b")


def test_a_code_printed_in_several_areas_asks_for_the_full_one():
    text = ("STT\tTiêu chí\tĐiểm tối đa\nI\tChỉ đạo\t\n1\tKế hoạch\t2\n2\tKiểm tra\t\n2.1\tCó kế hoạch\t1\n"
            "2.2\tThực hiện\t1\nII\tThể chế\t\n1\tBan hành\t2\n2\tRà soát\t\n2.1\tCó kế hoạch rà soát\t1\n"
            "2.2\tXử lý\t1\n")
    c = read_text(text).build(2025).criteria
    assert [n.code for n in c.leaves()] == ["1.1", "1.2.1", "1.2.2", "2.1", "2.2.1", "2.2.2"]
    with pytest.raises(ScoresRejected) as e:
        check_scores(c, [("2.2", "1")])
    assert "Mã “2.2” có ở nhiều lĩnh vực" not in e.value.message  # 2.2 is a code of its own: the group
    with pytest.raises(ScoresRejected) as e:
        check_scores(c, [("1.2.2", "1"), ("2.1.5", "1")])
    assert "Không có tiêu chí mã “2.1.5”" in e.value.message
    # printed twice, and no code of its own once derived: ask for the full one
    text3 = ("STT\tTiêu chí\tĐiểm tối đa\nI\tChỉ đạo\t\n1\tKế hoạch\t2\n2\tKiểm tra\t1\n3\tTuyên truyền\t\n"
             "3.1\tCó kế hoạch\t1\n3.2\tThực hiện\t1\nII\tThể chế\t\n1\tBan hành\t2\n2\tRà soát\t1\n"
             "3\tTheo dõi\t\n3.1\tCó kế hoạch theo dõi\t1\n3.2\tBáo cáo\t1\n")
    c3 = read_text(text3).build(2025).criteria
    with pytest.raises(ScoresRejected) as e:
        check_scores(c3, [("3.1", "1")])
    assert "Mã “3.1” có ở nhiều lĩnh vực" in e.value.message and "(1.3.1, 2.3.1)" in e.value.message


def test_a_criterion_added_to_a_straight_through_set_takes_the_next_number(db):
    c = read_bytes(numbering_files.annex_xlsx(numbering_files.STRAIGHT), "bo.xlsx").build(2025).criteria
    par_index.store_set(db, c)
    assert par_index_criteria.add_criterion(db, 2025, "III", "Đánh giá mức độ hài lòng", "1") == "31"
    assert par_index_criteria.add_criterion(db, 2025, "14", "Trả kết quả qua bưu chính", "1") == "14.4"
    assert par_index_criteria.add_criterion(db, 2025, None, "Chính quyền số", "1") == "VII"
    assert par_index.load_set(db, 2025).find("31").name == "Đánh giá mức độ hài lòng"


@pytest.mark.parametrize("scored, made, plan_for", [
    (2025, dt.date(2026, 3, 20), 2026),    # the set of the year just scored: the year after
    (2024, dt.date(2026, 1, 15), 2026),    # last year's set remedied this year: this year, not 2025 (over)
    (2025, dt.date(2025, 12, 28), 2026),   # made in the year scored: the year ahead
])
def test_a_remediation_plan_is_due_in_the_year_ahead(db, scored, made, plan_for):
    c = read_bytes(numbering_files.annex_xlsx(numbering_files.STRAIGHT), "bo.xlsx").build(scored).criteria
    par_index.store_set(db, c)
    par_index.set_scores(db, scored, [("14.3", "1"), ("28", "4,5")])
    out = make_plan(db, scored, today=made)
    assert plans.get_plan(db, out.plan_id).year == plan_for
    rows = tasks.task_rows(db, " WHERE t.plan_id = ?", [out.plan_id])
    assert sorted(r.par_code for r in rows) == ["14.3", "28"]
    for r in rows:
        t = tasks.get_task(db, r.id)
        assert t.deadline_text == f"Trong năm {plan_for}" and t.due_date == dt.date(plan_for, 12, 31)
        assert r.status != "overdue"
    by_code = {r.par_code: r for r in rows}
    # the register's area, found by the area's name (the province's areas are I–VI, the programme's 1–7)
    assert by_code["14.3"].area_code == "3" and by_code["28"].area_code in ("6", "7")


def test_a_set_stored_with_derived_codes_moves_to_the_printed_ones_keeping_everything(db):
    """Sets stored before codes were kept as printed: read again (--replace), scores, explanations
    and the remediation tasks follow the criterion to its printed code."""
    from parapp.core.par.tree import CriteriaSet

    def legacy() -> CriteriaSet:
        c = read_bytes(numbering_files.annex_xlsx(numbering_files.STRAIGHT), "bo.xlsx").build(2024).criteria
        for i, a in enumerate(c.areas, start=1):
            for _, n in a.walk():
                n.code = str(i) if n is a else f"{i}.{n.label}"
        return c

    par_index.store_set(db, legacy())
    assert par_index.load_set(db, 2024).find("3.14.3") is not None
    par_index.set_scores(db, 2024, [("3.14.3", "1")])  # the old code still works
    par_index.set_scores(db, 2024, [("14.1", "3")])    # and the printed one, printed once in the set
    out = make_plan(db, 2024, today=dt.date(2025, 2, 1))
    assert sorted(r.par_code for r in tasks.task_rows(db, " WHERE t.plan_id = ?", [out.plan_id])) == \
        ["3.14.1", "3.14.3"]
    fresh = read_bytes(numbering_files.annex_xlsx(numbering_files.STRAIGHT), "bo.xlsx").build(2024).criteria
    outcome = par_sets.store_set(db, fresh, replace=True)  # as the window and `parapp par import-set` do
    assert outcome.removed == [] and outcome.kept_scores == 2
    assert sorted((old, new) for _, old, new in outcome.recoded) == [("3.14.1", "14.1"), ("3.14.3", "14.3")]
    c = par_index.load_set(db, 2024)
    assert c.find("14.3").self_milli == 1000 and c.find("14.1").self_milli == 3000
    rows = {r.par_code: r for r in tasks.task_rows(db, " WHERE t.plan_id = ?", [out.plan_id])}
    assert sorted(rows) == ["14.1", "14.3"]
    assert tasks.get_task(db, rows["14.3"].id).content.startswith("Khắc phục hạn chế, nâng cao kết quả tiêu chí 14.3 “")
    linked = db.execute("SELECT c.code FROM par_remedy_tasks r JOIN par_criteria c ON c.id = r.criterion_id "
                        "ORDER BY c.code").fetchall()
    assert linked == [("14.1",), ("14.3",)]


@pytest.mark.parametrize("printed, name", [("LÂM ĐỒNG", "Lâm Đồng"), ("BÀ RỊA - VŨNG TÀU", "Bà Rịa - Vũng Tàu"),
                                           ("Sơn La", "Sơn La")])
def test_the_province_as_its_header_prints_it(printed, name):
    annex = numbering_files.annex_xlsx(numbering_files.STRAIGHT, province=printed)
    assert read_bytes(annex, "bo.xlsx").province == name


@st.composite
def numbered_sets(draw):
    """A set of 2–8 Roman areas, 1–6 criteria each, some with 2–4 sub-criteria; numbered straight through
    or again in each area."""
    straight = draw(st.booleans())
    rows, expected, n = [], [], 0
    for a in range(1, draw(st.integers(2, 8)) + 1):
        rows.append((codes.to_roman(a), f"Lĩnh vực {a}", None))
        if not straight:
            n = 0
        for _ in range(draw(st.integers(1, 6))):
            n += 1
            subs = draw(st.integers(0, 4))
            subs = 0 if subs == 1 else subs
            rows.append((str(n), f"Tiêu chí {a}-{n}", None if subs else 2))
            printed = [f"{n}.{k}" for k in range(1, subs + 1)] or [str(n)]
            rows += [(p, f"Tiêu chí thành phần {a}-{p}", 1) for p in printed if p != str(n)]
            expected += printed if straight else [f"{a}.{p}" for p in printed]
    return straight, rows, expected


@settings(max_examples=120, deadline=None)
@given(numbered_sets())
def test_any_numbering_gives_the_printed_codes_unless_they_repeat(spec):
    straight, rows, expected = spec
    text = "STT\tTiêu chí\tĐiểm tối đa\n" + "".join(f"{c}\t{n}\t{m if m else ''}\n" for c, n, m in rows)
    c = read_text(text).build(2025).criteria
    codes_read = [n.code for n in c.leaves()]
    # Two areas or more numbered again from 1 repeat a code: derived (area.n); else as printed.
    assert codes_read == expected
    assert [a.code for a in c.areas] == ([codes.to_roman(i) for i in range(1, len(c.areas) + 1)] if straight
                                         else [str(i) for i in range(1, len(c.areas) + 1)])
    assert all(a.children for a in c.areas)
    assert all(c.find(x) is n for x, n in zip(codes_read, c.leaves()))


def test_a_plan_citing_the_provinces_codes_cites_known_criteria(db):
    from parapp.core.importing import parse_text
    from parapp.services.importing import review

    annex = numbering_files.annex_xlsx(numbering_files.STRAIGHT)
    par_index.store_set(db, read_bytes(annex, "bo.xlsx").build(2025).criteria)
    plan = ("STT\tNội dung\tMã số TCTP\tThời gian thực hiện\n"
            "1\tNâng tỷ lệ hồ sơ trực tuyến toàn trình\t14.3\tQuý II/2026\n"
            "2\tRà soát văn bản\t99.9\tQuý II/2026\n")
    read = review(db, parse_text(plan, plan_year=2026), 2026)
    first, second = read.result.tasks
    assert first.problems == [] and first.area_code == "3"
    assert any("99.9" in p for p in second.problems)


def test_replacing_a_stored_set_leaves_a_snapshot_to_go_back_to(db):
    """Scores follow codes: a set whose codes moved may put a score on another criterion, so the data
    as it was before the replacement is kept ("truoc-thay-bo-tieu-chi"); storing a new year's set is not
    a replacement and takes none."""
    from parapp.store import backup

    first = read_bytes(numbering_files.annex_xlsx(numbering_files.STRAIGHT), "bo.xlsx").build(2024).criteria
    par_sets.store_set(db, first, replace=True)  # nothing stored yet for 2024: nothing to go back to
    assert not [s for s in backup.list_snapshots(db.data_dir) if s.reason == "truoc-thay-bo-tieu-chi"]
    par_index.set_scores(db, 2024, [("14.1", "3")])
    again = read_bytes(numbering_files.annex_xlsx(numbering_files.STRAIGHT), "bo.xlsx").build(2024).criteria
    par_sets.store_set(db, again, replace=True)
    kept = [s for s in backup.list_snapshots(db.data_dir) if s.reason == "truoc-thay-bo-tieu-chi"]
    assert len(kept) == 1
    with sqlite3.connect(kept[0].path) as before:
        assert before.execute("SELECT COUNT(*) FROM par_criteria").fetchone()[0] > 0
