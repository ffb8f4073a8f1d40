"""Plans written as prose: numbered area headings, responsibility lines
("* Công chức Tư pháp – Hộ tịch:"), and items as "- …" or "a) …" lines.

Items become tasks only inside an area heading or under a responsibility
line; the purpose and requirement sections every plan opens with are prose,
not tasks.
"""

from __future__ import annotations

import re

from parapp.core.catalogue import Catalogue, match_area
from parapp.core.importing.footnotes import CITES, FOOTNOTE, note_mark, unmarked
from parapp.core.importing.heading_values import Group, named_under, passed_on, took
from parapp.core.importing.model import ImportedTask
from parapp.core.importing.number_forms import heading_or_item, marks_joined, other_number, roman_area
from parapp.core.importing.prose_fields import ADDED, REMARK, field_line, give_fields, split_tail
from parapp.core.importing.prose_marks import (
    APPENDIX,
    ESCAPED,
    ITEM,
    NUM_HEAD,
    ROMAN_HEAD,
    ROMAN_ITEM,
    as_numbered,
    closes,
    strip_marks,
)
from parapp.core.importing.roles import RESP_START, responsibility
from parapp.core.vntext import fold


def _starred_group(raw: str, s: str, after: list[tuple[int, str]]) -> bool:
    """`s` ("* Nhiệm vụ thường xuyên", "*Nhiệm vụ trọng tâm") groups the items under it, as a table's starred row does
    (35C-37C): marked with a star (not a word in italics), a few words with no stop nor field of a task, over an item or
    a task's sentence. Round 38C: in prose it was a task asking for a deadline, or dropped, its items with no group."""
    r = ESCAPED.sub(r"\1", raw).strip().lstrip("#").strip().replace("**", "").replace("__", "")
    if not r.startswith("*") or r.endswith("*") or not 2 <= len(s.split()) <= 10 or s.endswith((".", ";", ",")):
        return False
    if split_tail(s)[1] or field_line(s) or not s[:1].isupper():
        return False
    below = next((strip_marks(x) for _, x in after if strip_marks(x)), "")
    numbered = NUM_HEAD.match(below)
    if numbered and "." in numbered.group(1):  # over tasks numbered under the area ("2.1. Niêm yết TTHC. Thời gian: …")
        return True
    return bool(ITEM.match(below)) or (below.endswith((".", ";")) and not below.lstrip("#*").startswith("*")
                                        and not numbered and not ROMAN_HEAD.match(below))


def _a_note(catalogue: Catalogue, words: str) -> bool:
    """The words after a number with no stop, under an area, read as a page's footnote ("2 Quyết định 1291/QĐ-BNV …",
    36C): citing a document, a day or a figure, or a sentence ending with its stop; naming an area, both. A heading does
    neither: "1 Sắp xếp tổ chức" (37C: set aside, its tasks took the heading above as their group), "2 Cải cách tổ chức
    bộ máy." A note may name an area or a post (37C: "1 Chỉ số cải cách thủ tục hành chính … đạt 18/20 điểm." took the
    items after it into that area, silently; "1 Công chức Tư pháp - Hộ tịch là đầu mối." left them out)."""
    cites, sentence = bool(CITES.search(words)), words.endswith((".", "…"))
    if RESP_START.match(fold(words)) or match_area(catalogue, words) is None:
        return sentence or cites
    return sentence and cites  # "5 Cải cách tài chính công theo Nghị định 60/2021/NĐ-CP", "…, 100% TTHC …": headings


# a line breaking off: a field's label with its value on the next line ("… quy định. Thời gian:"), a dash, a bracket,
# a word no sentence ends with; not "… các nội dung sau:" (its list under it)
_CONNECTOR = re.compile(r"(?:(?:^|[.;]\s)\S+(?:\s\S+){0,3}:|[(–-]|"
                        r"\b(?:của|và|các|cho|về|tại|theo|với|trên|đến|những|trong|thuộc|được))$", re.I)
# lines of their own: "b. …", "ii) …", "II. …", "2.", a symbol font's bullet ("o", "§", "ü", ""), "* …"; a lone "b)"
# (a PDF's copy of Word's numbering: 41C, glued onto the line above, its lead "Văn phòng b)")
_OWN_LINE = re.compile(r"^(?:(?:[ivxlc]{1,5}|[a-zđ])\s*[.)/](?:\s|$)|[a-zđ]\s?[-–]\s|[IVX]+\s*[.)]|\d|[oüvqnØ§]\s"
                       r"|[^\w\s(\"'“‘])")


# a line opening with a figure: "98% trở lên", "30/6/2027", "15 thủ tục …" (a word in lower case after it); not a
# heading's number ("2. Cải cách …", "1 Theo …")
_FIGURE = re.compile(r"^\d[\d.,]*(?:%|/\d|\s+[^\W\d_])")
_DOTTED = re.compile(r"^\d+(?:\.\d+)*\.\s")


def _a_figure(s: str) -> bool:
    m = _FIGURE.match(s)
    return m is not None and not m[0][-1].isupper() and _DOTTED.match(s) is None


def _goes_on(above: str, s: str, broken: bool = False) -> bool:
    """`s`, under an item's line, is that item's line wrapped on (a PDF's text breaks lines where the page does): it
    opens in lower case, or the line above breaks off ("… thuộc thẩm quyền của", "Chủ trì: Văn phòng -", "Thời
    gian:"), or `broken` where the caller knows it broke off; a list's item, a heading, a role's line or a field's
    line are lines of their own."""
    figure = _a_figure(s) and not above.endswith((".", ";", "!", "?", ":"))  # "… đạt" / "98% trở lên" (40C)
    if ITEM.match(s) or _OWN_LINE.match(s) and not figure or closes(s) or APPENDIX.match(fold(s)) or (
            FOOTNOTE.match(fold(s)) or not any(c.isalpha() for c in s)):
        return False
    if responsibility(s) or field_line(s):
        return False
    return (s[:1].islower() and not above.endswith((".", ";", "!", "?")) or figure or broken
            or bool(_CONNECTOR.search(above)))


def _heading_goes_on(words: str, after: list[tuple[int, str]]) -> list[str]:
    """The lines under a heading's that are its own, wrapped where a PDF's page broke it ("2. Cải cách thủ tục" /
    "hành chính"; 40C: read from its first line, it named no area and its items were left out, or its second line was
    a task). Not under a heading ending with a stop or a colon, nor one naming a task's field ("Thời gian: Quý II")."""
    out: list[str] = []
    for _, raw in after[:2]:
        s = strip_marks(raw)
        if (not s or words.endswith((".", ";", ":", "!", "?")) or split_tail(words)[1] or len(words) + len(s) >= 200
                or s[:1].isdigit() or not _goes_on(words, s)):  # "2. Chỉ tiêu" / "100% hồ sơ …": its task
            break
        out.append(s)
        words = f"{words} {s}"
    return out


def _ends_wrapped(above: str, s: str) -> bool:
    """`s` ends the sentence of the item above, whose line, a page's width with no stop, the PDF broke before a word
    in capitals ("… tại Bộ phận" / "Một cửa.", "… thống nhất từ tỉnh đến xã" / "VNPT-iOffice tại xã. Thời gian: Quý
    II"; 40C: the short line left out, the longer a task of its own). A title with no stop ("Nhiệm vụ thường xuyên")
    or a short item's next line stays apart, and so does the line under one ending with its fields ("… một cửa. Thời
    gian: Quý II" / "Kiểm tra. Thời gian: Quý III": 41C, glued on, the first's deadline Quý III)."""
    return (len(above) >= 60 and not above.endswith((".", ";", ":", "!", "?")) and s[:1].isupper()
            and (s.endswith((".", ";")) or bool(split_tail(s)[1])) and not split_tail(above)[1])


def _mid_sentence(above: str, below: str) -> bool:
    """An empty line between `above` and `below` that breaks a sentence ("… thái độ phục" / "" / "vụ, hành vi …": the
    sample plan 001 made "vụ, hành vi những nhiễu …" a task of its own, found by a fresh-eyes walk)."""
    return below[:1].islower() and _goes_on(above, below)


def _bullet(s: str) -> str:
    return ")" if re.match(rf"(?:[a-zđ]|{ROMAN_ITEM})(?:[)/.]|\s?[-–]\s)", s) else s[:1]


_NOT_ARABIC = 1000  # the number of an area numbered in Roman, as the renumbered tasks' check reads it


def lines_to_tasks(lines: list[tuple[int, str]], catalogue: Catalogue,
                   heads: list[Group] | None = None) -> list[ImportedTask]:
    """The tasks of a prose plan; `heads` gets its numbered headings that named fields for the items under them."""
    lines = marks_joined(lines)
    heads = [] if heads is None else heads
    tasks: list[ImportedTask] = []
    area = None
    top_area = None  # the area of the last "1." heading, for those numbered under it ("1.1.")
    letter_area = None  # the area of the last "A." heading, for those numbered under it ("1.")
    group = ""
    lead, coordinators = "", ""
    # the group a numbered task takes: its parent heading's ("1.2. …" under "1. Cải cách thể chế", or under a star
    # group), not the words of the task numbered before it (38C: "1.2." was grouped under "Rà soát văn bản QPPL.")
    outer, titles = "", {}  # type: tuple[str, dict[str, str]]
    # A numbered heading inside an area ("1.1. Rà soát văn bản QPPL. Thời gian: Quý I/2027.") with no item under it
    # is a task of its own. Round 26C: read as the heading of items that never came, it was left out, exit 0.
    leaf: ImportedTask | None = None
    leaf_up: Group | None = None  # the heading it is numbered under
    counter = 0
    under: dict[str, str] = {}  # the fields named under a numbered heading, for the items under it (30C)
    numbered: dict[str, Group] = {}  # the area's headings by number, for those numbered under them ("1.1.")
    # "- Yêu cầu: …" under "- Niêm yết TTHC." is an item of the same list, "+ Yêu cầu: …" under it the task's note
    # (33C): the bullet of the last task's line
    task_bullet = ""
    given: dict[int, set[str]] = {}  # by task: the fields its own lines named (a second product line adds: 34C)
    appendix = False
    numbers = (0, 0)  # the area's number ("1. Cải cách thể chế") and its last task's, numbered again under it (39C)
    marks: dict[str, set[str]] = {}  # the footnotes found, by number: their marks are left out of tasks' words (39C)
    area_form = ""  # how the area's heading was numbered: "." for "1.", ")" for "1)" (40C)
    roman: Group | None = None  # the Roman area's heading, for the values named under it
    post: Group | None = None  # the last post's line ("* Công chức Tư pháp - Hộ tịch:") and the tasks before it
    posted = 0
    # A numbered heading naming no area after an area ("3. Công tác thi đua, khen thưởng"): the lines of the tasks its
    # items made, kept (with no area, asked) if another area comes after it, else left out as the plan's prose ("7.
    # Kinh phí thực hiện"; a post's items under it are tasks as ever). Round 45C L1 (left by 44C): between two areas
    # they were left out without a word.
    aside: set[int] | None = None
    by_roman = False  # set aside by a Roman heading: only a Roman area keeps them

    def set_aside() -> None:
        nonlocal aside, counter
        if aside:
            tasks[:] = [t for t in tasks if t.line not in aside]
            for n, t in enumerate(tasks, start=1):
                t.stt = str(n)
            counter = len(tasks)
        aside = None

    def add(t: ImportedTask) -> None:
        nonlocal counter, leaf, leaf_up
        if t is leaf:
            took(leaf_up, t)  # "1.1." under "1.": what it took of the heading's
        counter += 1
        t.stt = str(counter)
        tasks.append(t)
        leaf = leaf_up = None

    def build(line_no: int, text: str) -> ImportedTask:
        text, own = split_tail(text)  # "… Chủ trì: Tư pháp. Thời gian: Quý II." on its line (31C)
        t = ImportedTask(line=line_no, stt="", content=text.rstrip(";").strip(), group=group,
                         lead=lead, coordinators=coordinators)
        if area is not None:
            t.area_code, t.area_name = area.code, area.name
        give_fields(t, {f: v for f, v in under.items() if not getattr(t, f)})
        give_fields(t, own)
        took(current(), t)  # what the heading named, taken or not (42C F6: dropped unsaid)
        return t

    def current() -> Group | None:
        """The heading whose values the items below take."""
        return heads[-1] if heads and heads[-1].shared is under else None

    # the task the line before made: its line and its words as written, with the lines wrapped on under it
    wrap: tuple[int, list[str]] | None = None
    note = ""  # the footnote's line above, where its text may go on (36C: its wrapped line was a task)

    def rebuild(item: tuple[int, list[str]] | None) -> None:
        """The item read whole once its wrapped lines are in (once: again at each line is quadratic)."""
        if item and len(item[1]) > 1:
            t = build(item[0], " ".join(item[1]))
            t.stt = tasks[-1].stt
            tasks[-1] = t

    resume = 0  # the line after a heading's wrapped lines, read with it
    for at, (line_no, raw) in enumerate(lines):
        if at < resume:
            continue
        prev, wrap = wrap, None
        s = as_numbered(strip_marks(raw))
        if prev and not s and at + 1 < len(lines) and _mid_sentence(prev[1][-1], strip_marks(lines[at + 1][1])):
            wrap = prev  # an empty line a PDF's page break left mid-sentence: the item goes on below it
            continue
        if prev and s and _goes_on(prev[1][-1], s, _ends_wrapped(prev[1][-1], s)):  # a line of the item above,
            # wrapped as a PDF's is (35C: a task)
            prev[1].append(s)
            wrap = prev
            continue
        rebuild(prev)
        if note and s and _goes_on(note, s, note.endswith(",")):
            # a footnote broken after its comma goes on in capitals too ("… cơ chế một cửa," / "Một cửa liên thông …":
            # 38C, a task); a list's item, a heading or a field's line under it are lines of their own still
            note = s
            continue  # a footnote's text wrapped where the page broke it
        note = s if s and FOOTNOTE.match(fold(s)) else ""
        if note:
            note_mark(s, marks)
        if not s or note or not any(c.isalpha() for c in s):
            continue  # a footnote, a page's number ("- 2 -") copied from the PDF
        heading = None if ITEM.match(s) else NUM_HEAD.match(s)
        if (heading and (area is not None or lead) and re.match(r"\d{1,2}\s", s)
                and _a_note(catalogue, heading.group(2))):
            note = s  # "2 Quyết định 1291/QĐ-BNV …" under an area, or a post (37C): a footnote, not a heading naming
            note_mark(s, marks)
            continue  # none (36C: the items after it, to the next heading, were left out)
        form = "."
        if not heading and not ITEM.match(s) and (other := other_number(s)):
            # "1) Cải cách thể chế", "(1) Rà soát …" (40C: the plan refused; the tasks kept "1)" in their words)
            named = " ".join([other.words, *_heading_goes_on(other.words, lines[at + 1:])])  # its lines wrapped on
            names = None if RESP_START.match(fold(named)) else match_area(catalogue, named)
            read = heading_or_item(other, inside=area is not None or bool(lead), area_form=area_form,
                                   names=names is not None, same=names is not None and names == area)
            if read:
                s, form = read, other.form
                heading = NUM_HEAD.match(s) if read[0].isdigit() else None
        if heading and len(heading.group(2)) < 200 and (more := _heading_goes_on(heading.group(2), lines[at + 1:])):
            s, resume = " ".join([s, *more]), at + 1 + len(more)
            heading = NUM_HEAD.match(s)
        closing = closes(s) or s.endswith("./.")
        opens = bool(APPENDIX.match(fold(s)))
        if leaf is not None and (ROMAN_HEAD.match(s) or closing or opens or (
                heading and len(heading.group(2)) < 200 and not heading.group(1).startswith(leaf.stt + "."))):
            add(leaf)
        if ROMAN_HEAD.match(s) or closing or opens:
            in_roman = None if closing or opens else roman_area(catalogue, s)
            aside = None if in_roman is not None else aside  # a Roman area after them: theirs kept
            after_area = area is not None
            set_aside()
            if in_roman is None and not (closing or opens) and after_area:
                aside, by_roman = set(), True  # "II. CÔNG TÁC THI ĐUA" between two Roman areas: only one keeps them
            area, top_area, letter_area, group, lead, coordinators, outer = None, None, None, "", "", "", ""
            area_form, under, roman, numbered = "", {}, None, {}
            appendix = opens  # its own parts ("I. MỤC ĐÍCH", "II. NHIỆM VỤ") and the closing block read as the plan's
            if in_roman is not None:
                # "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH": the areas numbered as a table's are (41C: the plan refused); the
                # tasks under it numbered "1.", "2." are its tasks (no area numbered so comes next)
                area = top_area = letter_area = in_roman
                group = outer = s.split(".", 1)[1].strip()
                heads.append(roman := Group(group, "", "", "", False, under, line=line_no, raw=raw))
                titles, numbers = {}, (_NOT_ARABIC, 0)
            continue
        resp = responsibility(s)
        if resp:
            lead, coordinators = resp
            # the values its items take: the heading's, and those named under it (43C F3: given to the task above)
            up = None if (up := current()) is None else up.above if up is post else up
            under, posted = dict(up.shared) if up is not None else {}, len(tasks)
            heads.append(post := Group(s.rstrip(":"), "", "", "", False, under, above=up, line=line_no, raw=raw))
            continue
        item = ITEM.match(s)
        if (area is not None or lead) and not heading and not item and _starred_group(raw, s, lines[at + 1:at + 4]):
            if leaf is not None:
                add(leaf)
            group = outer = f"* {s.rstrip(':').strip()}"  # the group of the items under it, as a table's (38C)
            continue
        if heading and len(heading.group(2)) < 200:
            # "2. Công chức Tài chính – Kế toán …" names who, not an area, even if "tài chính" is in it.
            names_a_post = bool(RESP_START.match(fold(heading.group(2))))
            found = None if names_a_post else match_area(catalogue, heading.group(2))
            # "1. Rà soát văn bản QPPL. Thời gian: Quý II" under "1. Cải cách thể chế", the tasks numbered again in
            # each area (39C: read as headings naming no area, each area's tasks left out, 4 of 5 in the test, exit
            # 0): a task of the area, as "1.1. …" is
            no = int(heading.group(1)) if heading.group(1).isdigit() else 0
            renumbered = bool(no and area is not None and numbers[0] and not names_a_post and no == numbers[1] + 1 and (
                no != numbers[0] + 1 or found is None))  # "1." again, "2." after it; "2." naming an area is the next
            numbers = (numbers[0], no) if renumbered else numbers if (
                numbers[0] == _NOT_ARABIC and "." in heading.group(1)) else (no if no and found is not None else 0, 0)
            if renumbered:
                found = area
            elif "." in heading.group(1):
                # "1.1. Rà soát, hệ thống hóa văn bản" under "1. Cải cách thể chế" is of that area (round 19B: its
                # items were left out as prose, 3 of 5 tasks lost, exit 0).
                found = found or top_area
            elif heading.group(1).isdigit():
                # "1. Rà soát, hệ thống hóa văn bản" under "A. Cải cách thể chế" likewise (round 20B: the plan was
                # refused as holding no task list).
                found = top_area = found or letter_area
            else:
                top_area = letter_area = found
            leaf = None
            sub = "." in heading.group(1) or renumbered
            if found is not None:  # "2.1. Cải cách thủ tục hành chính" under "2. Nhiệm vụ trọng tâm" too
                aside = aside if by_roman else None
            elif not sub and aside is None and area is not None:
                aside, by_roman = set(), False
            area_form = form if not sub else area_form
            words, own = split_tail(heading.group(2)) if found is not None and sub else ("", {})
            # the heading numbered over it in this area ("1." over "1.1.", "I." over "1."): its values are this one's
            up = numbered.get(heading.group(1).rpartition(".")[0]) if "." in heading.group(1) else roman
            up = up if sub else None
            if words and found is not None:  # "1.1. Rà soát … Thời gian: Quý II": its own, or its items' (35C)
                leaf = ImportedTask(line=line_no, stt=heading.group(1), content=words.rstrip(";").strip(),
                                    group=titles.get(heading.group(1).rpartition(".")[0], outer),
                                    area_code=found.code, area_name=found.name)
                give_fields(leaf, passed_on(up))
                give_fields(leaf, own)
                leaf_up = up
            area, group, lead, coordinators = found, words or heading.group(2), "", ""
            mine = {"note" if f == REMARK else f: v for f, v in own.items()}
            under = {**passed_on(up), **mine}  # a new dict: the head's own and what the one above it named
            numbered, roman = (numbered, roman) if sub else ({}, None)  # those of this area only
            heads.append(Group(group, "", "", "", False, under, above=up, line=line_no, raw=raw, own=mine))
            numbered[heading.group(1)] = heads[-1]
            if found is None and aside is None:
                group = ""
            if "." in heading.group(1) or renumbered:  # "1." under "I. …" over "1.1.", "1.2.": their group (42C F5)
                titles[heading.group(1)] = group
            if "." not in heading.group(1) and not renumbered:
                outer, titles = group, {}
            continue
        fields = field_line(item.group(1) if item else s)  # "+ Chủ trì: …", "Thời gian: Quý II" under a task (30C)
        inside = area is not None or bool(lead) or aside is not None
        above = leaf or (tasks[-1] if len(tasks) > posted and inside and tasks[-1].group == group else None)
        if fields and REMARK in fields and (above is None or (
                set(fields) == {REMARK} and above is not leaf and _bullet(s) == task_bullet)):
            fields = None  # "- Yêu cầu: …" with no task above it, or as an item of its list: an item's words (33C)
        if fields and above is not None:
            give_fields(above, fields, given.setdefault(id(above), set()))
            if above is leaf:  # a heading's until items come under it: theirs then, as a heading row's in a table
                for f, v in fields.items():  # "+ Yêu cầu: …" (33C); a second product line adds (34C)
                    k = "note" if f == REMARK else f
                    under[k] = getattr(leaf, k) if k in ADDED else v
                named_under(current(), {f: under[f] for f in fields if f in under})  # said if none takes it (43C L1)
            continue
        if fields and inside:  # under an area's heading or a post, before its items (31C)
            under.update(fields)
            named_under(current(), fields)  # said if none takes it (43C L1)
            continue
        text = item.group(1) if item else (s if area is not None and len(s) > 20 else "")
        if not text or (area is None and not lead and not ((appendix or aside is not None) and item)):
            continue  # prose outside the task sections
        add(build(line_no, text))
        if area is None and not lead and not appendix and aside is not None:
            aside.add(line_no)
        wrap = (line_no, [text])
        task_bullet = _bullet(s) if item else ""
    rebuild(wrap)
    if leaf is not None:
        add(leaf)
    set_aside()
    for t in tasks if marks else ():
        t.content = unmarked(t.content, marks)
    return tasks
