"""Round 40C F6: a plan table saved from Word as plain text (.txt), or so copied, writes a cell of several paragraphs
over several lines ("Rà soát văn bản QPPL do xã ban hành, gồm:" / "- Văn bản của HĐND xã;" / "- Văn bản của UBND
xã<TAB>Văn phòng<TAB>Quý II"). Each line was read as a row: the task lost its lead and deadline, a line was a task, and
the last line's cells were read one column off: a task "Văn phòng" whose lead was "Quý II", exit 0. Now lines that
together make the header's number of cells, none of them opening with a number, are one row: the cell's paragraphs
on lines of their own."""

from __future__ import annotations

from parapp.core.importing.parse import parse_bytes, parse_text

HEADER = "STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\nI\tCẢI CÁCH THỂ CHẾ\t\t\n"
BROKEN = ("1\tRà soát văn bản QPPL do xã ban hành, gồm:\n- Văn bản của HĐND xã;\n"
          "- Văn bản của UBND xã\tVăn phòng\tQuý II\n2\tTheo dõi thi hành pháp luật\tTư pháp\tQuý III\n")


def _tasks(r) -> list[tuple[str, str, str, str]]:
    return [(t.stt, t.content, t.lead, t.deadline_text) for t in r.tasks]


EXPECTED = [("1", "Rà soát văn bản QPPL do xã ban hành, gồm:\n- Văn bản của HĐND xã;\n- Văn bản của UBND xã",
             "Văn phòng", "Quý II"), ("2", "Theo dõi thi hành pháp luật", "Tư pháp", "Quý III")]


def test_a_cell_of_paragraphs_pasted():
    assert _tasks(parse_text(HEADER + BROKEN, plan_year=2027)) == EXPECTED


def test_a_cell_of_paragraphs_in_a_text_file():
    data = (HEADER + BROKEN).replace("\n", "\r\n").encode("utf-8-sig")
    assert _tasks(parse_bytes(data, "kế hoạch.txt", plan_year=2027)) == EXPECTED


def test_short_rows_of_their_own_stay_apart():
    # a row with its last cells left out, then a task numbered: not one row
    text = HEADER + "1\tRà soát văn bản QPPL\tVăn phòng\n2\tTheo dõi thi hành pháp luật\tTư pháp\tQuý III\n"
    assert _tasks(parse_text(text, plan_year=2027)) == [("1", "Rà soát văn bản QPPL", "Văn phòng", ""),
                                                        ("2", "Theo dõi thi hành pháp luật", "Tư pháp", "Quý III")]


def test_a_header_with_empty_cells_past_its_edge():
    text = ("STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\t\t\nI\tCẢI CÁCH THỂ CHẾ\t\t\n"
            "1\tRà soát văn bản QPPL\tVăn phòng\tQuý II\n\t- Rà soát văn bản của HĐND xã\n")
    assert _tasks(parse_text(text, plan_year=2027)) == [("1", "Rà soát văn bản QPPL", "Văn phòng", "Quý II"),
                                                        ("", "Rà soát văn bản của HĐND xã", "Văn phòng", "Quý II")]
