"""From table rows to tasks: group rows, hierarchical numbers, continuation
rows, repeated headers, inherited leads, and remediation tables.

A remediation table (sample 000) is shaped differently: a Roman-numbered row
is both an area (its content cell) and a task (its code, cause, remedy and
lead); rows under it with no number and no content are further tasks of that
area, one per criterion code. There a task's text is its remedy.
"""

from __future__ import annotations

import re
import unicodedata

from parapp.core.catalogue import Catalogue, match_area
from parapp.core.deadline_text import parse_deadline
from parapp.core.importing.bullets import BULLET_LETTERS, BULLETS
from parapp.core.importing.columns import end_from_start, is_column_numbers, is_header
from parapp.core.importing.heading_values import Group as _Group, heading_words, names_for_tasks, passed_down
from parapp.core.importing.heading_values import star_of, take_shared, untaken
from parapp.core.importing.model import ImportedTask, Problem
from parapp.core.importing.par_cell import code_of
from parapp.core.importing.number_cell import carried_number, split_number_cell
from parapp.core.importing.number_marks import bullet_v, next_letter
from parapp.core.importing.prose_fields import fields_in_content
from parapp.core.importing.roles import split_roles
from parapp.core.importing.sources import Row
from parapp.core.importing.totals_rows import is_totals_row
from parapp.core.messages import Msg, N_
from parapp.core.vntext import clean, fold

_ROMAN = re.compile(r"^(?=[IVXLC]+\.?$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.?$", re.I)
_TOP_NUMBER = re.compile(r"^\d+\.?$")
# Areas lettered "A", "B", "C", "D" as others number them "I", "II" (round 19B: "A", "B" were tasks, "C" the Roman
# hundred, so "D" and its tasks were stored in the area "C" named). Capitals only: "a)" marks a sub-item.
_LETTER = re.compile(r"^[A-ZĐ][.)]?$")
_LETTERED = re.compile(r"^[A-ZĐ](?:[.)/]|\s*[-–])?$")  # a task lettered "B/", "B -" before "C/" (read "C": 29C)
_MARKED_ROMAN = re.compile(r"^(?:(?:Phần|PHẦN|Mục|MỤC)\s+([IVXLC]+)\.?|([IVXLC]+)\s*[/:\-–]|([IVX]+)\s*\))$")
_ROMAN_MARK = re.compile(r"^([IVXLC]{1,6})\s*[/\-–]\s*(?=\S)")  # "II/ CẢI CÁCH …", "II - …" as "II. …" (28C)
_PART_WORD = re.compile(r"^(?:Phần|PHẦN|Mục|MỤC)\s+(?=[IVXLC]{1,6}\s*[.):/\-–])")  # "Phần I. …" merged across (29C)
_SUB_NUMBER = re.compile(r"^\d+(\.\d+){1,8}\.?$")  # bounded: see text_list._NUM_HEAD
# An area heading written across the whole row (its cells merged): "I. CẢI CÁCH THỂ CHẾ" in the number column and
# nothing else ("1. CẢI CÁCH THỂ CHẾ" over tasks 1.1, 1.2). Round 14: refused as "no task content", and the tasks
# under it lost their area.
_HEADING_ACROSS = re.compile(r"^([IVXLC]{1,6}|\d{1,2}|[A-ZĐ](?=[.):]))[.):]?\s+(\S.*)$", re.S)
_MARKED_HEADING = re.compile(r"^[IVXLC]{1,6}[.):]\s")  # in the content column: "II. …", never "I …"
_MARKED_NUMBER = re.compile(r"^(\d{1,2}|[A-ZĐ])[.):]\s")
_COLUMN_NUMBERS = re.compile(r"^\(?\d+\)?$")
# A sub-item of the row above: "-", "+", "•" or "a)" in the number column, or "- …" opening the content.
_SUB_MARK = re.compile(rf"^(?:[{BULLETS}*{BULLET_LETTERS}]|[a-zđ][).])$")
_SUB_TEXT = re.compile(rf"^[{BULLETS}{BULLET_LETTERS}]\s+(?=\S)")
# Where a document's closing block starts: the recipients ("Nơi nhận:") or a signature ("TM. ỦY BAN NHÂN DÂN",
# "KT. CHỦ TỊCH", "Người lập biểu").
_CLOSING = re.compile(r"^(noi nhan\s*:|(tm|kt|tl|tuq)\s*\.\s*(uy ban|ubnd|chu tich|ban chi dao|truong ban|thu truong)"
                      r"|nguoi lap (bieu|bang)\b)")
# A signer's title standing alone in capitals: "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TM. ĐẢNG ỦY", "Q. CHỦ TỊCH" (round 18B:
# with no "Nơi nhận" beside it, it and the signer's name were glued onto the last task's content as its text going on).
_SIGNER = re.compile(r"^((tm|kt|tl|tuq|q)\s*\.\s*\S.*|(pho\s+)?(chu tich|bi thu|truong ban)"
                     r"(\s+(ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)(\s+(xa|phuong|thi tran))?)?)$")
_OTHER_FIELDS = ("par_code", "cause", "remedy", "product", "lead", "coordinators", "deadline_text", "budget", "note")


def _cells(cleaned: list[str], colmap: dict[int, str]) -> dict[str, str]:
    out = {f: "" for f in colmap.values()}
    for i, f in colmap.items():
        if i < len(cleaned):
            out[f] = cleaned[i]
    if out.get("par_code"):
        out["par_code"] = code_of(out["par_code"])  # "TCTP 2.1.1" (30C)
    if out.get("stt"):
        # "Ⅰ", "Ⅱ" (U+2160…), full-width "１" (27C), "II/", "II -", "Phần II" (28C): a task, its tasks mis-filed
        marked = _MARKED_ROMAN.match(stt := unicodedata.normalize("NFKC", out["stt"]))
        out["stt"] = next(g for g in marked.groups() if g) if marked else stt
        out["stt"], out["content"] = split_number_cell(out["stt"], out.get("content", ""),  # merged across (30C)
                                                       not any(out.get(f) for f in _OTHER_FIELDS))
    return out


def _could_be_header(cells: dict[str, str]) -> bool:
    """Cheap test before the full one: a header has no row number and only short cells."""
    stt, content = cells.get("stt", ""), cells.get("content", "")
    return not any(ch.isdigit() for ch in stt) and len(content) < 40


def rows_to_tasks(rows: list[Row], header_at: int, colmap: dict[int, str], catalogue: Catalogue,
                  ) -> tuple[list[ImportedTask], list[Problem]]:
    """`rows[header_at]` is the header; everything after it is read as the table's body."""
    body = rows[header_at + 1:]
    stt_col = next((i for i, f in colmap.items() if f == "stt"), None)
    hierarchical = stt_col is not None and any(
        _SUB_NUMBER.match(unicodedata.normalize("NFKC", clean(c[stt_col]))) for _, c in body if stt_col < len(c))
    tasks: list[ImportedTask] = []
    problems: list[Problem] = []
    heads: list[_Group] = []  # their values untaken are said at the end
    group: _Group | None = None
    roman: _Group | None = None  # the Roman-numbered area a numbered heading stands in
    prev: ImportedTask | None = None
    parent: ImportedTask | None = None  # the last numbered task: what "-" sub-items stand under
    header_cells = [clean(c) for c in rows[header_at][1]]
    # A header of two rows (columns.second_header_row): its top row, repeated where the table crosses a page.
    above = [clean(c) for c in rows[header_at - 1][1]] if header_at > 0 else []
    top_cells = above if above and is_header(above) else None

    # A flat table whose numbered rows are all in capitals numbers only its areas. Where it numbers tasks too, a
    # numbered row in capitals naming its deadline is a task (round 18B, on 0d7b25d: "2 | UBND XÃ TỔ CHỨC HỘI NGHỊ |
    # Văn phòng | Quý I/2026" over an unnumbered row of its own was taken for an area, the task and its deadline lost).
    content_col = next((i for i, f in colmap.items() if f == "content"), None)
    areas_only = stt_col is not None and content_col is not None and all(
        clean(c[content_col]).isupper() for _, c in body
        if max(stt_col, content_col) < len(c) and _TOP_NUMBER.match(clean(c[stt_col])) and clean(c[content_col]))
    closing = False
    lettered = numeral = ""  # the letter of the row above read as a task ("B" over "C"); the last Roman area's
    for at, (line, raw) in enumerate(body):
        cleaned = carried_number(raw, [clean(c) for c in raw], colmap)  # its words going on under it (30C)
        cells = _cells(cleaned, colmap)
        end_from_start(header_cells, colmap, cleaned, cells, raw)  # a value merged across "Từ | Đến" (29C, 30C)
        values = [v for v in cells.values() if v]
        if closing:  # after the closing block, only another table under its header (the same header, too) is read
            own = is_header(cleaned) if any(cleaned) else None
            if own and "content" in own.values() and len(set(own.values())) == len(own):
                colmap, header_cells, group, roman, prev, parent = own, cleaned, None, None, None, None
                closing = False
            continue
        if not values:
            continue
        if cleaned in (header_cells, top_cells) or (_could_be_header(cells) and is_header(cleaned) == colmap):
            continue  # the header again, where the table crossed a page
        own = is_header(cleaned) if _could_be_header(cells) else None
        if own and own != colmap and "content" in own.values() and len(set(own.values())) == len(own):
            # Another table under a header of its own ("Phụ lục II" with a "Phối hợp" column the first lacks): read
            # with its columns. Round 16: its header came in as a task and its rows' deadlines were its helpers.
            colmap, header_cells, group, roman, prev, parent = own, cleaned, None, None, None, None
            continue
        task_row = bool(_TOP_NUMBER.match(cells.get("stt", "")) or _SUB_NUMBER.match(cells.get("stt", ""))) or (
            # a task where nothing is numbered: one naming a deadline that reads as one (round 19B: "TM. UBND xã ký số
            # văn bản | Văn phòng | Quý III/2026" ended a table with no number column, it and the tasks after it lost)
            bool(cells.get("content")) and parse_deadline(cells.get("deadline_text"), 2000).understood)
        signer = (len(values) <= 2 and values[0].isupper() and bool(_SIGNER.match(fold(values[0])))
                  and not _tasks_follow(body, at + 1, colmap))
        if not task_row and (signer or any(_CLOSING.match(fold(v)) for v in values[:2])):
            # The document's closing block after the table ("Nơi nhận: …" | "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", the
            # signer's name under it), up to another table's header. Round 17B: it was stored as a task. A numbered row
            # is a task (round 18B: "3 | TM. UBND xã ký số văn bản…" ended the table, it and every task after it lost).
            closing = True
            continue
        if is_column_numbers(values):
            continue  # the "(1) (2) (3)" row under many headers
        stt, content = cells.get("stt", ""), cells.get("content", "")
        others = {f: cells[f] for f in _OTHER_FIELDS if cells.get(f)}
        if is_totals_row(stt, content, others):
            continue  # the totals row, "Tổng cộng | | 15 triệu" (round 26C: stored as a task, or glued onto the last)
        stt, content = _heading(stt, content, others, hierarchical, catalogue)

        bullet = stt == "v" and bullet_v(stt, content.isupper() or _is_area_name(catalogue, content), numeral, body,
                                         at + 1, stt_col)
        is_roman = bool(stt) and not bullet and bool(_ROMAN.match(stt) or (_LETTER.match(stt) and (
            not others or content.isupper() or _is_area_name(catalogue, content))))  # "A | Rà soát…" stays a task
        if is_roman and _LETTER.match(stt) and not content.isupper() and ((others and next_letter(lettered, stt) and (
                not _is_area_name(catalogue, content))) or (not others and (_letter_next(body, at + 1, colmap, stt) or (
                    next_letter(lettered, stt) and not (_is_area_name(catalogue, content)
                                                         and _over_tasks(body, at + 1, colmap)))))):
            # tasks lettered A, B, C with nothing under them, not areas with no task; the last one ("C" before "II")
            # too, as the task "B" above it is (round 20B: read as an area with no task, and lost); "C" naming its lead
            # after the task "B" (round 29C: the Roman area one hundred, "C", "D", "E" lost their area)
            is_roman = False
        lettered = stt if _LETTERED.match(stt) and not is_roman else ""
        numeral = stt if is_roman and _ROMAN.match(stt) else numeral  # the Roman five's context (41C)
        if not stt and content and not others and (content.isupper() or _is_area_name(catalogue, content) or (
                content[0].isupper() and len(content.split()) <= 8 and content[-1] not in ".;,:")) and (
                match_area(catalogue, content) and (_over_tasks(body, at + 1, colmap)
                                                    or _over_tasks(body, at + 1, colmap, ""))):
            # An area's heading with no number ("CẢI CÁCH THỂ CHẾ" in bold over tasks, numbered or not). Round 26C:
            # the first became a task, each later one was glued onto the task above it, and no task had an area.
            is_roman = True
        starred = ((star := star_of(stt)) + content)[:1] == "*"  # "(*)", "*)" as "*" (39C)
        if (star in "*" and content and not is_roman and (content.isupper() or starred) and (
                not others or starred and names_for_tasks(content, others, _TASK_FIELDS))
                and not (prev and prev.content.isupper())  # a task in capitals goes on in capitals (round 17B)
                and heading_words(content) and (_over_tasks(body, at + 1, colmap)
                                                 or _over_tasks(body, at + 1, colmap, ""))):
            # A heading in capitals with no number naming no area ("THEO DÕI THI HÀNH PHÁP LUẬT" over tasks 2, 3):
            # round 27C, glued onto the task above it ("Rà soát văn bản THEO DÕI …"). The group of the tasks under it;
            # over unnumbered tasks naming their lead or deadline too (round 29C: still glued there). Starred, in any
            # case ("* Nhiệm vụ thường xuyên"): round 35C, glued there too.
            group = _Group(f"{star} {content}".lstrip(), roman.area_code if roman else "",  # "*" merged across: 36C
                           roman.area_name if roman else "", others.get("lead") or (roman.lead if roman else ""),
                           remediation=False, shared={**(roman.shared if roman else {}), **passed_down(others)},
                           unnumbered=True, above=roman)
            if others:  # "* Nhiệm vụ thường xuyên | | Thường xuyên": its tasks' deadline, said if none takes it (38C)
                group.line, group.raw, group.own = line, "\t".join(raw), others
                heads.append(group)
            prev = parent = None
            continue
        top = bool(_TOP_NUMBER.match(stt)) and bool(content) and (
            hierarchical or content.isupper() or _is_area_name(catalogue, content))
        # "1 | CẢI CÁCH THỂ CHẾ | Tư pháp" over 1.1, 1.2 (in capitals, over unnumbered tasks): an area naming a lead.
        named_area = top and bool(others) and not set(others) & _TASK_FIELDS and _over_tasks(
            body, at + 1, colmap, stt if hierarchical else "") and (
            hierarchical or not others.get("deadline_text") or areas_only)
        if is_roman or (top and not others and _heads_rows(body, at + 1, colmap)) or named_area:
            area = match_area(catalogue, content) if content else None
            if area is None and others.get("par_code"):
                area = catalogue.area_for_code(others["par_code"])
            if area is None and not is_roman and roman is not None and roman.area_code:
                # A heading inside a Roman area ("I | CẢI CÁCH THỂ CHẾ", "1 | Rà soát văn bản", "1.1 | …") is part of
                # it. Round 18B: its tasks, whose words name no area, were stored with none.
                area = catalogue.area_for_code(roman.area_code)
            heading = not others or named_area or (bool(content) and not set(others) & _TASK_FIELDS
                                                   and _over_tasks(body, at + 1, colmap))
            group = _Group(content, area.code if area else "", area.name if area else "", others.get("lead", ""),
                           remediation=not heading,
                           shared={} if not heading else {f: v for f, v in others.items() if f != "budget"})
            if heading and not is_roman and roman is not None and not roman.remediation:
                # What the Roman area names for its tasks reaches those under a heading inside it (round 18B: "I |
                # CẢI CÁCH THỂ CHẾ | Tư pháp | Năm 2026" over "1 | Rà soát văn bản" left 1.1 with no lead, 1.2 no
                # deadline, where the same tasks right under "I" took them).
                group.lead = group.lead or roman.lead
                group.shared = {**roman.shared, **group.shared}
                group.above = roman
            roman = group if is_roman else roman
            if heading:
                group.line, group.raw, group.own = line, "\t".join(raw), others
                heads.append(group)
                if others.get("budget"):
                    # An area's budget is the whole area's: copied onto each task it would be counted once a task
                    # (round 17B: "50 triệu" on the heading became 50 triệu on each of its tasks). Said, not stored.
                    problems.append(Problem(line, "\t".join(raw), Msg(N_(
                        "import", "Kinh phí “{0}” ghi ở dòng lĩnh vực “{1}” là của cả lĩnh vực: không gán cho nhiệm "
                                  "vụ nào. Hãy ghi kinh phí cho từng nhiệm vụ nếu cần."), others["budget"], content)))
                prev = parent = None
                continue
            # A remediation row: the area and its first task at once.
            t = _task(line, stt, others.get("remedy") or content, others, group, catalogue)
            if not t.content:
                problems.append(Problem(line, "\t".join(raw), Msg(N_("import", "Dòng không có nội dung nhiệm vụ nên "
                                                                               "không nhập được."))))
                prev = None
                continue
            tasks.append(t)
            prev = t
            continue

        if _TOP_NUMBER.match(stt) and (hierarchical or group is not roman) and not (group and group.unnumbered):
            group = roman  # a task numbered "2" is no part of the heading "1" above it
        sub_item = bool(stt and _SUB_MARK.match(stt)) or (not stt and bool(_SUB_TEXT.match(content)))
        if sub_item and not stt:
            content = _SUB_TEXT.sub("", content)
        if not stt and content and not others and prev is not None and not sub_item:
            prev.content = f"{prev.content} {content}".strip()  # the row above, continued
            continue

        if not stt and not content and group and group.remediation:
            t = _task(line, "", others.get("remedy", ""), others, group, catalogue)
        else:
            text = content or others.get("remedy") or others.get("product", "")
            t = _task(line, stt, text, others, group, catalogue)
        if not t.content:
            problems.append(Problem(line, "\t".join(raw), Msg(N_("import", "Dòng không có nội dung nhiệm vụ nên không "
                                                                           "nhập được."))))
            continue
        if sub_item and parent is not None:
            # A "-" item shares the deadline and the lead of the numbered task it stands under,
            # as the plan's merged cells mean it to.
            t.deadline_text = t.deadline_text or parent.deadline_text
            t.lead = t.lead or parent.lead
            t.coordinators = t.coordinators or parent.coordinators
        elif not sub_item:
            parent = t
        tasks.append(t)
        prev = t
    return tasks, problems + untaken(heads)


def _is_area_name(catalogue: Catalogue | None, text: str) -> bool:
    """Whether `text` is an area's name as the catalogue writes it ("Cải cách thể chế"), not a task naming one."""
    def words(t: str) -> str:
        return " ".join(re.findall(r"\w+", fold(re.sub(r"\(.*?\)", " ", t))))

    key = words(text)
    return catalogue is not None and bool(key) and any(
        key in (words(n), "cai cach " + words(n)) for a in catalogue.areas for n in (a.name, *a.aliases))


def _heading(stt: str, content: str, others: dict[str, str], hierarchical: bool,
             catalogue: Catalogue | None = None) -> tuple[str, str]:
    """A row's number and content, an area heading written in one cell ("I. CẢI CÁCH THỂ CHẾ") split in two: one in
    the number column (its cells merged across the row), or one in the content column with the number column empty.
    Round 16: the latter in a workbook became a task "I. CẢI CÁCH THỂ CHẾ", and "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"
    was glued onto the content of the task above it, which lost its area."""
    if others or bool(stt) == bool(content):
        return stt, content
    heading = _HEADING_ACROSS.match(text := _ROMAN_MARK.sub(r"\1. ", _PART_WORD.sub("", stt or content)))
    if heading is None:
        return stt, content
    # "1. CẢI CÁCH THỂ CHẾ" in capitals, or an area's very name: an area even in a table numbering only its areas, as
    # round 17B reads it when the number has a cell of its own (round 18B: written in one cell, the areas were lost, or
    # "2. Cải cách thủ tục hành chính" glued onto the task above it).
    named = heading.group(2).isupper() or _is_area_name(catalogue, heading.group(2))
    capitals = heading.group(1).isdigit() and named
    lettered = bool(_LETTER.match(heading.group(1))) and not _ROMAN.match(heading.group(1))  # "A. …" as "IV. …"
    if content and not (_MARKED_HEADING.match(text) or ((capitals or lettered) and _MARKED_NUMBER.match(content))):
        return stt, content
    if _ROMAN.match(heading.group(1)) or lettered or (heading.group(1).isdigit() and (hierarchical or capitals)):
        return heading.group(1), heading.group(2)
    return stt, content


# What makes a Roman-numbered row a task of its own (a remediation table's, sample 000), not an area heading.
_TASK_FIELDS = {"par_code", "cause", "remedy", "product"}


def _over_tasks(body: list[Row], start: int, colmap: dict[int, str], number: str | None = None) -> bool:
    """Whether the next row holding anything is a numbered task ("1", "1.1" with its content); with `number`, one
    numbered under it ("1.1" under "1"), or with "" an unnumbered one. Round 16: an area heading naming the lead of its
    tasks ("I | CẢI CÁCH THỂ CHẾ | Tư pháp") was imported as a task of its own; round 17B: so was "1 | CẢI CÁCH THỂ
    CHẾ | Tư pháp" over 1.1, or over tasks not numbered."""
    for _, raw in body[start:]:
        cells = _cells([clean(c) for c in raw], colmap)
        if any(cells.values()):
            stt = cells.get("stt", "")
            if number == "":  # a task of its own (its lead or deadline), not the row above's text going on
                return bool(cells.get("content")) and not stt and any(cells.get(f) for f in _OTHER_FIELDS)
            if number:
                return (bool(cells.get("content")) and bool(_SUB_NUMBER.match(stt))
                        and stt.startswith(number.rstrip(".") + "."))
            return bool(cells.get("content")) and bool(_TOP_NUMBER.match(stt) or _SUB_NUMBER.match(stt))
    return False


def _letter_next(body: list[Row], start: int, colmap: dict[int, str], letter: str) -> bool:
    """Whether the next row holding anything is lettered with the letter after `letter` ("B" under "A"), or none
    follows. Round 20B: the Roman area "I" over tasks lettered "A", "B" was read as one of them, its tasks with no
    area."""
    for _, raw in body[start:]:
        cells = _cells([clean(c) for c in raw], colmap)
        if any(cells.values()):
            return bool(_LETTER.match(cells.get("stt", ""))) and next_letter(letter, cells.get("stt", ""))
    return True


def _tasks_follow(body: list[Row], start: int, colmap: dict[int, str]) -> bool:
    """Whether a numbered task or a row naming a lead or a deadline follows before another header: "CHỦ TỊCH UBND XÃ"
    over the tasks the chairman leads is a group of a table sorted by who leads, not its signature (round 19B: tasks
    naming neither, "3 | Rà soát TTHC" under "PHÓ CHỦ TỊCH UBND XÃ", were left out with the post row)."""
    for _, raw in body[start:]:
        cleaned = [clean(c) for c in raw]
        cells = _cells(cleaned, colmap)
        if _could_be_header(cells) and is_header(cleaned):
            return False
        stt = cells.get("stt", "")
        if cells.get("content") and (cells.get("lead") or cells.get("deadline_text")
                                     or _TOP_NUMBER.match(stt) or _SUB_NUMBER.match(stt)):
            return True
    return False


def _heads_rows(body: list[Row], start: int, colmap: dict[int, str]) -> bool:
    """Whether a numbered row of content alone ("2", "Tuyên truyền CCHC") has rows under it: a numbered or marked row,
    or one naming a lead or a deadline, before the next top number. Round 16: in a table numbered 1, 1.1, 1.2, 2, 3,
    3.1 the task "2", written with no lead or deadline, was read as an area heading with nothing under it and dropped,
    exit 0, no word said."""
    for _, raw in body[start:]:
        cleaned = [clean(c) for c in raw]
        cells = _cells(cleaned, colmap)
        values = [v for v in cells.values() if v]
        if ((_could_be_header(cells) and is_header(cleaned))
                or (values and all(_COLUMN_NUMBERS.match(v) for v in values))):
            continue  # the header again where the table crossed a page, or its "(1) (2) (3)" row
        stt = cells.get("stt", "")
        number = _heading(stt, cells.get("content", ""), {}, True)[0]
        if _TOP_NUMBER.match(number) or _ROMAN.match(number) or _LETTER.match(number):
            return False
        if stt or any(cells.get(f) for f in _OTHER_FIELDS) or _SUB_TEXT.match(cells.get("content", "")):
            return True
    return False


def _task(line: int, stt: str, text: str, others: dict[str, str], group: _Group | None,
          catalogue: Catalogue) -> ImportedTask:
    t = ImportedTask(line=line, stt=stt, content=text)
    for f, v in others.items():
        setattr(t, f, v)
    fields_in_content(t)  # "- Chủ trì: Tư pháp", "- Thời gian: Quý II" under its words, as prose plans (31C)
    if group:
        t.group = group.title
        take_shared(t, group)  # the group's lead and values, where the task names none
    split_roles(t)  # "Tư pháp chủ trì, Văn phòng phối hợp" (30C), the task's or its group's
    area = catalogue.area_for_code(t.par_code) if t.par_code else None
    if area is None and group and group.area_code:
        t.area_code, t.area_name = group.area_code, group.area_name
        return t
    if area is None:
        # No code and no group row that names an area: the row's own words may ("… cải cách thể chế").
        area = match_area(catalogue, text)
    if area is not None:
        t.area_code, t.area_name = area.code, area.name
    return t
