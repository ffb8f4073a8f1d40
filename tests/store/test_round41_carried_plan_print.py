"""The next year's plan, printed after the year's unfinished work was carried into it (the chairman's read, round 41).

He saw its table number rows 1 2 3 4 | 4 6 | 5 6 | 7 10 11 | … (each carried row numbered by its place among the plan's
own numbers), a carried task whose deadline "Theo hướng dẫn của UBND tỉnh" named no day printed with no time at all,
and six persons as "Chủ trì" where the year report named their offices for the same work."""

import datetime as dt

import pytest

from parapp.document.plan_document import plan_document
from parapp.services import printing
from parapp.services.demo import build_demo
from parapp.store import open_database
from parapp.store.carrying import carry_tasks, unfinished_of_year
from parapp.store.settings import load_settings, save_settings

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(scope="module")
def carried(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("carried") / "parapp.db")
    build_demo(db, TODAY)
    plan = db.execute("SELECT id FROM plans WHERE year = 2027 AND is_annual = 1").fetchone()[0]
    late = [t for t in unfinished_of_year(db, 2026) if t.due is None or t.due < TODAY]
    assert any(t.due is None and t.deadline_text for t in late)  # the demo's "Theo hướng dẫn của UBND tỉnh"
    made = carry_tasks(db, [t.id for t in late], plan, today=TODAY)
    yield db, plan, late, made
    db.close()


def _table(db, plan):
    p, rows = printing._plan_and_rows(db, plan)
    table = plan_document(p, rows, "Ủy ban nhân dân xã Ba Giang").parts[0].blocks[0].table
    return [r for i, r in enumerate(table.rows) if i not in table.group_rows]


def test_every_row_has_its_own_number_in_printed_order(carried):
    db, plan, _, _ = carried
    numbers = [r[0] for r in _table(db, plan)]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]


def test_a_deadline_that_named_no_day_goes_with_the_work(carried):
    db, plan, late, made = carried
    undated = {t.id: t.deadline_text for t in late if t.due is None and t.deadline_text}
    new = {c.old_id: c.new_id for c in made}
    printed = {r[1].removesuffix(" (chuyển từ năm 2026)"): r[5] for r in _table(db, plan)}
    for old_id, words in undated.items():
        content = db.execute("SELECT content, deadline_text FROM tasks WHERE id = ?", [new[old_id]]).fetchone()
        assert content[1] == words and printed[content[0]] == words


def test_the_table_names_offices_unless_the_commune_names_persons(carried):
    db, plan, _, _ = carried
    persons = {r[0] for r in db.execute("SELECT full_name FROM officials")}
    leads = [r[3] for r in _table(db, plan)]
    assert leads and not set(leads) & persons and "Phòng Văn hóa – Xã hội" in leads
    s = load_settings(db)
    s.report_persons = True
    save_settings(db, s)
    try:
        assert any("(" in lead and lead.split("(")[1].rstrip(")") in persons for lead in _table_leads(db, plan))
    finally:
        s.report_persons = False
        save_settings(db, s)


def _table_leads(db, plan):
    return [r[3] for r in _table(db, plan)]


def test_the_one_stop_unit_is_named_with_its_level_as_the_report_names_it(carried):
    """The chairman's re-read (round 41): the plan's "Chủ trì" said "Trung tâm Phục vụ hành chính công" where the year
    report's Phụ lục II said "Trung tâm Phục vụ hành chính công xã" for the same work."""
    db, plan, _, _ = carried
    leads = _table_leads(db, plan)
    assert "Trung tâm Phục vụ hành chính công xã" in leads and "Trung tâm Phục vụ hành chính công" not in leads


def test_work_carried_in_says_so_in_its_row(carried):
    """The chairman's re-read (round 41): the carried rows stood among the plan's own, nothing told them apart."""
    db, plan, late, made = carried
    contents = [r[1] for r in _table(db, plan)]
    marked = [c for c in contents if c.endswith("(chuyển từ năm 2026)")]
    assert len(marked) == sum(1 for c in made if not c.linked) and len(marked) < len(contents)


def test_carried_work_is_printed_beside_the_criterion_it_continues(carried):
    """The chairman's read (round 43): a carried 7.3 was printed after 7.5, away from the 7.3 it continues."""
    db, plan, _, _ = carried
    codes = [r[2] for r in _table(db, plan)]
    last_seen: dict[str, int] = {}
    for i, code in enumerate(codes):
        if code in last_seen:
            assert last_seen[code] == i - 1, codes  # a criterion's rows stand together
        last_seen[code] = i


def test_the_rows_printed_with_no_time_are_named_by_their_printed_number(carried):
    """The chairman's read (round 43): `plan pdf` named them by their words cut at 60 characters."""
    db, plan, _, _ = carried
    bare = printing.plan_rows_with_no_time(db, plan)
    printed = {r[0]: r[5] for r in _table(db, plan)}
    assert bare and all(printed[line.split(":")[0].removeprefix("STT ")] == "" for line in bare), bare
