"""Round 41C F3: a plan imported before L1 kept Word's invisible characters in its tasks' words ("Rà so\u00adát …",
"\u2060Niêm yết …"). Imported again now (its words read clean), none of its tasks was recognised as one the register
holds: the import went through as new, every task twice, with no "đã nhập rồi" refusal. The duplicate check's key now
leaves those characters out, as the stored words do."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text
from parapp.services.importing import import_tasks
from parapp.store.importer import find_duplicates

PLAN = ("1. Cải cách thủ tục hành chính\n- Rà soát thủ tục hành chính. Thời gian: Quý I\n"
        "- Niêm yết công khai tại Bộ phận một cửa. Thời gian: Quý II\n")


def test_tasks_stored_with_invisible_characters_are_found_again(db):
    first = parse_text(PLAN, plan_year=2027)
    out = import_tasks(db, first.tasks, plan_id=None, plan_title="KH 2027", plan_year=2027, today=dt.date(2027, 1, 5))
    with db.conn:  # as the earlier version stored them
        db.execute("UPDATE tasks SET content = ? WHERE id = ?", ["Rà so\u00adát thủ tục hành chính.", out.task_ids[0]])
        db.execute("UPDATE tasks SET content = ? WHERE id = ?",
                   ["\u2060Niêm yết công khai tại Bộ phận một cửa.", out.task_ids[1]])
    again = parse_text(PLAN, plan_year=2027)
    assert find_duplicates(db, again.tasks, 2027) == {0: out.task_ids[0], 1: out.task_ids[1]}
