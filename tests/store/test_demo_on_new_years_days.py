"""`parapp demo` made in the first days of January died with "Ngày ghi tiến độ (06/01/2027) sau ngày hôm nay": the
demo's year started on 6 January whatever today was, and the register refuses a note dated in the future."""

import datetime as dt

import pytest

from parapp.services.demo import build_demo
from parapp.store import open_database


@pytest.mark.parametrize("day", [dt.date(2027, 1, d) for d in (1, 2, 4, 5, 6)])
def test_a_demo_made_in_the_first_days_of_the_year(tmp_path, day):
    db = open_database(tmp_path / "d.db")
    counts = build_demo(db, day)
    assert counts["tasks"] > 0
    today = day.isoformat()
    for table, col in [("progress_notes", "note_date"), ("plans", "issued_on"), ("tasks", "completed_on"),
                       ("task_outputs", "issued_on"), ("reports", "finalized_on"), ("reports", "sent_on")]:
        late = db.execute(f"SELECT {col} FROM {table} WHERE {col} > ?", [today]).fetchall()
        assert not late, (table, late)
    years = {r[0] for r in db.execute("SELECT substr(issued_on, 1, 4) FROM plans")}
    assert years == {str(day.year)}
