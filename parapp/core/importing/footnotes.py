"""Footnotes in a plan copied from its PDF or saved from Word: a page's note on a line or a table's row of its own
("¹ Theo Quyết định số 1291/QĐ-BNV …"), not a task, and its mark in the words it notes ("… Bộ phận Một cửa¹."), not
part of the task (moved out of text_list.py, round 39C, for the tables to read them too)."""

from __future__ import annotations

import re

from parapp.core.catalogue import Catalogue
from parapp.core.importing.model import ImportedTask, Problem
from parapp.core.importing.sources import Row
from parapp.core.importing.table_rows import rows_to_tasks
from parapp.core.vntext import clean, fold

# A page's footnote between the lines of a plan copied from its PDF: its mark ("1", "¹", "(1)", "[1]") and what it cites
# ("1 Theo Nghị quyết số 76/NQ-CP …": round 35C, a heading naming no area, the items after it left out); not a task
# opening "Theo dõi …", "Báo cáo kết quả …". A raised mark opens no task's line (37C: "² Quyết định …" was a task);
# nor does a digit glued to a note's words, the raised mark as a copy flattens it (38C: "1Theo Quyết định số …")
_MARK = r"(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}(?=\s|[^\W\d_]))"
FOOTNOTE = re.compile(r"^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*(?=[^\W\d_])|" + _MARK + r"\s*"
                      r"(?:(?:theo|tai|can cu|xem|quy dinh tai)\b(?!\s+(?:doi|xet)\b)|"
                      r"(?:nghi quyet|nghi dinh|quyet dinh|ke hoach|thong tu|cong van|chi thi|luat|bao cao|huong dan)"
                      r"\s+so\b)|"
                      # "[1]", "(2)", "3" glued, before a document's name and number, or a figure's wording with its
                      # figure (38C: "[1] Quyết định 1291/QĐ-BNV …", "(3) Chỉ số … 85,5 điểm." were tasks); not "(1) Rà
                      # soát …"
                      r"(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}(?=[^\W\d_]))\s*(?:(?:nghi quyet|nghi dinh|quyet dinh|"
                      r"thong tu|cong van|chi thi|luat|huong dan|ke hoach|bao cao)\s+(?:so\s+)?\d+/|"
                      r"(?:chi so|so lieu|ty le)\b(?=.*\d(?:,\d|\s?%))))")
# A footnote's words citing a document's number ("1291/QĐ-BNV"), or a day ("20/12/2023") or a figure ("85,5", "98%")
CITES = re.compile(r"\d/\S|\d,\d|\d\s?%")

_FLAT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_NOTE_MARK = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\((\d{1,2})\)|\[(\d{1,2})\]|(\d{1,2})")


def note_mark(s: str, marks: dict[str, set[str]]) -> None:
    """The footnote's mark at the start of its line `s`, kept by its number: its form ("¹", "(1)", "[1]", "1")."""
    m = _NOTE_MARK.match(s)
    if m:
        raised, paren, bracket, plain = m.groups()
        n = raised.translate(_FLAT) if raised else paren or bracket or plain
        marks.setdefault(str(int(n)), set()).add("raised" if raised else "paren" if paren else "bracket" if bracket
                                                  else "plain")


# A mark in a task's words: raised after a word, not a unit's ("40m²", "25 km²", "2 m³": 39C, "40m." stored where a
# note "²" was found); in square brackets; in round ones or a plain digit glued to a word's end ("cửa(1)", "TTHC3", not
# "40 m2", "H5N1"). One pattern for all the notes found (39C: one per note made 5,000 tasks under 99 notes take 16 s).
_IN_WORDS = re.compile(r"(?<=[^\s⁰¹²³⁴⁵⁶⁷⁸⁹])(?<!\dm)(?<!\d\sm)(?<!\d[kcdh]m)(?<!\d\s[kcdh]m)([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})"
                       r"(?![⁰¹²³⁴⁵⁶⁷⁸⁹])|\s?\[(\d{1,2})\]|(?<=[^\W\d_])\((\d{1,2})\)|"
                       r"\b(?![kcdh]?m\d{1,2}\b)([^\W\d_]+)(\d{1,2})(?=[.,;:!?…)”\"]|\s|$)")


def unmarked(words: str, marks: dict[str, set[str]]) -> str:
    """A task's words with the marks of the footnotes found in the file left out ("… Bộ phận Một cửa¹." and "¹ Theo
    Quyết định …" at the page's foot, 39C: stored with the mark): raised ("cửa¹") or in square brackets ("TTHC[2]")
    whatever form the note's own mark has; glued to the word's end in the note's own form ("TTHC3", "cửa(1)"). A number
    standing apart ("dữ liệu (4) trên") or inside a word ("H5N1") is the writer's."""

    def left_out(m: re.Match) -> str:
        raised, bracket, paren, word, plain = m.groups()
        n = str(int(raised.translate(_FLAT) if raised else bracket or paren or plain))
        if n not in marks or (paren and "paren" not in marks[n]) or (plain and "plain" not in marks[n]):
            return m.group()
        return word or ""

    return _IN_WORDS.sub(left_out, words)


# A note under a table with a plain mark and a space, citing a document ("2 Nghị định 45/2020/NĐ-CP …"): a table's task
# is in its cells, so its row written across would be no task either
_CITED_DOCUMENT = re.compile(r"^\d{1,2}\s+(?:nghi quyet|nghi dinh|quyet dinh|thong tu|cong van|chi thi|luat|huong dan|"
                             r"ke hoach|bao cao)\s+(?:so\s+)?\d+/")


_MARK_ALONE = re.compile(r"[-–+•*]|\(\*+\)")
_LEGEND = re.compile(r"(?:[-–+•*]|\(\*+\))\s*(?=(?:ghi chu|chu thich|chu y|luu y)\s*:)")


def table_tasks(rows: list[Row], header_at: int, colmap: dict[int, str], catalogue: Catalogue,
                ) -> tuple[list[ImportedTask], list[Problem]]:
    """The table's tasks, its footnotes left out: a row holding only a note's mark and what it cites ("1 Theo Quyết
    định số 1291/QĐ-BNV …", "(2) Nghị định 45/2020/NĐ-CP …", merged across in Excel or Word), and the lines its text
    wrapped onto. Round 39C: with a plain or raised mark each was a task numbered "1", "2" asking for a deadline, with
    a bracketed one a row "with no task's content"; the tasks kept the marks in their words ("Một cửa1")."""
    marks: dict[str, set[str]] = {}
    kept: list[Row] = []
    note = False
    for at, (line, cells) in enumerate(rows):
        texts = [c for c in cells if c and not c.isspace()] if at > header_at else []  # cheap: a row of one text
        texts = [clean(texts[0])] if len(texts) == 1 else texts
        if len(texts) == 1 and (FOOTNOTE.match(f := fold(texts[0])) or _CITED_DOCUMENT.match(f)) and (
                CITES.search(texts[0])):
            note_mark(texts[0], marks)
            note = True
            continue
        if note and len(texts) == 1 and texts[0][:1].islower():
            continue  # the note's text wrapped onto the next line ("… về việc phê duyệt" / "đề án vị trí việc làm.")
        note = False
        # "* Ghi chú: Các nhiệm vụ có dấu (*) là nhiệm vụ trọng tâm." under the table (its mark in a cell of its own
        # or not): a task of its own under the last, with its deadline (39C); read, as the same words with no mark
        # are, as a row that is no task, and said
        lone = " ".join(t.strip() for t in texts) if len(texts) == 1 or (
            len(texts) == 2 and _MARK_ALONE.fullmatch(texts[0].strip())) else ""
        legend = _LEGEND.match(fold(lone)) if lone else None
        kept.append((line, [lone[legend.end():]] if legend else cells))
    tasks, problems = rows_to_tasks(kept, header_at, colmap, catalogue)
    for t in tasks if marks else ():
        t.content = unmarked(t.content, marks)
    return tasks, problems
