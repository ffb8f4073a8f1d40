"""Round 33C: reading who leads from a lead cell, and the fields after an item's words on its line, took time that
grew with the square of the text: a 132 KB plan whose lead cell repeats "Tư pháp chủ trì, " took 50 s before it was
refused as too long (each "chủ trì" tried as the lead's end, the rest of the cell scanned after it); a prose item of
200,000 characters was copied and split whole after each of its sentences. The end is looked for once; a tail is read
only where a label opens it, and read in place."""

from __future__ import annotations

import time

from parapp.core.importing.model import ImportedTask
from parapp.core.importing.parse import parse_text
from parapp.core.importing.prose_fields import split_tail
from parapp.core.importing.roles import split_roles


def _seconds(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def test_a_long_lead_cell_is_read_at_once():
    for cell in ("Tư pháp chủ trì, " * 3000 + "x", "A (chủ trì); " * 3000):
        task = ImportedTask(line=1, stt="1", content="x", lead=cell)
        assert _seconds(lambda t=task: split_roles(t)) < 3.0  # 12 s before
        assert task.lead == cell


def test_a_long_prose_line_is_read_at_once():
    line = "Rà soát văn bản. " + "Rà soát. " * 10000
    assert _seconds(lambda: split_tail(line)) < 3.0  # 9 s before
    assert split_tail(line) == (line, {})
    text = "KẾ HOẠCH CCHC NĂM 2027\nII. NHIỆM VỤ\n1. Cải cách thể chế\n- " + line + "\n"
    assert _seconds(lambda: parse_text(text, plan_year=2027)) < 5.0


def test_the_fields_after_the_words_are_read_as_before():
    assert split_tail("  Rà soát văn bản. Chủ trì: Tư pháp. Thời gian: Quý II. ") == (
        "Rà soát văn bản.", {"lead": "Tư pháp", "deadline_text": "Quý II"})
    assert split_tail("Tuyên truyền (Chủ trì: Văn hóa; thời gian: Quý III).") == (
        "Tuyên truyền", {"lead": "Văn hóa", "deadline_text": "Quý III"})
    assert split_tail("Tuyên truyền (xem phụ lục)") == ("Tuyên truyền (xem phụ lục)", {})


def test_a_line_of_separators_is_read_at_once():
    """My first cut looked for a label after each "; " with a pattern that read the rest of the line each time: a
    line of "; " × 20,000 took 40 s (main took longer)."""
    for line in ("a" + "; " * 20000, "a" + ". " * 20000, "Chủ trì: a" + "; b: c" * 20000):
        assert _seconds(lambda s=line: split_tail(s)) < 3.0


def test_a_long_run_of_spaces_in_a_lead_cell_is_read_at_once():
    """"Tư pháp chủ trì; " + 40,000 spaces + "Văn phòng phối hợp" took 4 s (main 1.3 s at 10,000): the spaces after
    ";" could be read before or after an optional bullet, each way tried."""
    task = ImportedTask(line=1, stt="1", content="x", lead="a chủ trì; " + " " * 40000 + "b phối hợp z")
    assert _seconds(lambda: split_roles(task)) < 1.0


def test_a_long_run_of_spaces_inside_the_helpers_is_read_at_once():
    """"x chủ trì phối hợp ," + 20,000 spaces + "phối hợp": each place in the run tried as the helpers' end (2 s)."""
    task = ImportedTask(line=1, stt="1", content="x", lead="x chủ trì phối hợp ," + " " * 20000 + "phối hợp")
    assert _seconds(lambda: split_roles(task)) < 0.5
    task = ImportedTask(line=1, stt="1", content="x", lead="Văn phòng   (chủ trì)\n\n Tư pháp  (phối hợp)")
    split_roles(task)
    assert (task.lead, task.coordinators) == ("Văn phòng", "Tư pháp")
