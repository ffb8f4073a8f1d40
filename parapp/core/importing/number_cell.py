"""A task written in the number cell merged across "STT | Nội dung": its number (or mark) and its text split."""

from __future__ import annotations

import re

from parapp.core.importing.model import Carried

# "1. Rà soát …", "1.1. …", "3) …", "a) …", "- …", "+ …", "II. CẢI CÁCH …", "B. …": the mark, then the text.
_MARKED = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,8}[.)]?|[a-zđ][.)]|[-–+•*]|[IVXLC]{1,6}[.):/]|[A-ZĐ][.)])"
                     r"\s+(?=\S)(.*)$", re.S)
_WORD = re.compile(r"[^\W\d_]{2,}\s+\S")  # words, not a number or a mark alone ("1", "II", "Phần II" read before)


def split_number_cell(stt: str, content: str, alone: bool = False) -> tuple[str, str]:
    """The row's number and content where the content cell is empty and the number cell holds the task's words.
    Round 30C: "1. Rà soát văn bản" | | Tư pháp | Quý II (the number cell merged across the content's, as Word and
    Excel keep the text in the first) was refused as a row with no content, the task, its lead and deadline lost."""
    if content or not stt or not _WORD.search(stt):
        return stt, content
    marked = _MARKED.match(re.sub(r"^\*(?=[^\W\d_])", "* ", stt))  # "*Nhiệm vụ thường xuyên" as "* …" (37C)
    if marked is None:  # words with no mark: a task's where it names its lead or deadline, not a note under the table
        return (stt, content) if alone else ("", stt)
    mark = marked.group(1)
    return (mark.rstrip(".)") if mark[0].isdigit() else mark.rstrip(".):/") if mark[0].isupper() else mark,
            marked.group(2).strip())


def carried_number(raw: list[str], cleaned: list[str], colmap: dict[int, str]) -> list[str]:
    """A row under its task's number merged down (`Carried`) that says nothing of its own beside the content: the
    task's words going on, with the merged cells (its number, lead, deadline) left out, as a row under the task with
    no number is read. Round 30C: "1" merged over "Công khai thủ tục hành chính" and "tại bộ phận một cửa" became two
    tasks numbered "1", the second a fragment with the first's lead and deadline."""
    stt = next((i for i, f in colmap.items() if f == "stt"), None)
    if stt is None or stt >= len(raw) or not isinstance(raw[stt], Carried):
        return cleaned
    content = next((i for i, f in colmap.items() if f == "content"), None)
    if any(v and not isinstance(raw[i], Carried) for i, v in enumerate(cleaned) if i != content):
        return cleaned  # a part of the task naming its own lead or deadline: a row of its own, as before
    return ["" if isinstance(raw[i], Carried) else v for i, v in enumerate(cleaned)]
