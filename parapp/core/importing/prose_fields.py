"""A prose plan's line naming the fields of the task above it: "+ Chủ trì: Văn hóa - Xã hội", "Thời gian hoàn thành:
Quý III", "Đơn vị chủ trì: Tư pháp; phối hợp: Văn phòng. Thời gian: Quý II/2027." Round 30C: each such line was
stored as a task of its own (asking a deadline), the task above it left with no lead and no deadline."""

from __future__ import annotations

import re
from collections.abc import Iterator

from parapp.core.importing.columns import field_of
from parapp.core.importing.model import ImportedTask
from parapp.core.importing.par_cell import code_of
from parapp.core.importing.roles import split_roles
from parapp.core.vntext import fold, without_raised

REMARK = "remark"  # no field of the task's own: its label and words go in the note
_LABELS = (
    ("lead", re.compile(r"^(?:(?:don vi|co quan|bo phan|cong chuc|can bo)\s+)?(?:chu tri|thuc hien|phu trach)$")),
    ("coordinators", re.compile(r"^(?:(?:don vi|co quan)\s+)?phoi hop(?:\s+thuc hien)?$")),
    ("deadline_text", re.compile(r"^(?:(?:thoi gian|thoi han|tien do|thoi diem|lo trinh)"
                                 r"(?:\s+(?:thuc hien|hoan thanh))?|(?:du kien\s+)?hoan thanh)(?:\s+du kien)?$")),
    # "Sản phẩm dự kiến", "Kết quả cần đạt", "Nguồn kinh phí", "Dự toán" (round 33C: each a task of its own taking the
    # lines under it, the task above without its deadline)
    ("product", re.compile(r"^(?:hinh thuc\s+)?(?:san pham|ket qua)(?:\s+(?:dau ra|can dat))?(?:\s+du kien)?$")),
    ("budget", re.compile(r"^(?:(?:du kien|nguon|du toan)\s+)?kinh phi(?:\s+(?:thuc hien|du kien))?$|^du toan$")),
    ("note", re.compile(r"^ghi chu$")),  # round 32C: a task of its own
    # What the work asks or is for, kept with its label in the note: "+ Yêu cầu: …", "+ Hình thức: …", "+ Đối tượng:
    # …" (round 33C: under a task, each a task of its own taking the time under it; after "Chủ trì: …;" in the lead)
    (REMARK, re.compile(r"^(?:yeu cau|muc tieu|muc dich|hinh thuc|chi tieu|doi tuong|dia diem|pham vi|quy mo"
                        r"|thanh phan(?:\s+tham (?:du|gia))?"
                        r"|(?:cach thuc|phuong thuc|phuong phap)(?:\s+thuc hien)?)$")),
    # "Mã tiêu chí", "Tiêu chí thành phần", "Chỉ số": round 32C, a task of its own, the task above without its code
    ("par_code", re.compile(r"^(?:ma\s+(?:so\s+)?)?(?:tieu chi|chi so|tctp)(?:\s+thanh phan)?(?:\s+par index)?"
                            r"(?:\s+(?:lien quan|tuong ung))?$")),
)
_CODE = re.compile(r"^\d+(?:\.\d+)+")
# A label naming who: its first word one of these, nothing but words and commas ("Tuyên truyền pháp luật (Chủ trì" is
# an item's words, not a label: round 31C, read as one, the item was lost into the task above)
_ROLE_LABEL = re.compile(r"^(?:chu tri|phoi hop|don vi|co quan|bo phan|cong chuc|can bo|nguoi|trach nhiem|thuc hien"
                         r"|phu trach|lanh dao)\b[\w\s,]*$")
# …and every word of it one a header uses for who ("Cơ quan, đơn vị chủ trì", "Trách nhiệm thực hiện"): round 33C,
# "- Phối hợp tổ chức Hội nghị: tổng kết …", "- Chủ trì tổ chức kiểm tra: …", "- Trách nhiệm người đứng đầu: …" were
# read as the task above's fields, that task's lead and deadline replaced by the lines under them, the item lost
_ROLE_WORDS = frozenset("chu tri phoi hop don vi co quan bo phan cong chuc can nguoi trach nhiem thuc hien phu lanh dao"
                        " cac va lien tham muu ca nhan chinh voi chuyen mon duoc giao".split())
_SEGMENT = re.compile(r"^([^:]{2,40}):\s*(\S.*)$", re.S)
# A part opening with a few words and a colon that no label above names ("Thời gian giải quyết: …"): a label still,
# not the field before it going on
_LABEL_LIKE = re.compile(r"^\S+(?:\s+\S+){0,5}$")
# …but in a list of units, a group naming its members ("Phối hợp: Văn phòng; các đoàn thể: Hội Phụ nữ, Đoàn thanh
# niên": round 32C, a task of its own) goes on, unless its label names time, output or the like
_ROLES = ("lead", "coordinators")
_OTHER_LABEL = re.compile(r"^(?:thoi|tien do|lo trinh|san pham|ket qua|kinh phi|ghi chu|noi dung|muc tieu|yeu cau"
                          r"|tieu chi|chi so|ma|so|ty le|han)\b")


def _field(label: str) -> str | None:
    """The field a line's label names: one of the labels above, or the two roles as a table's header names them
    ("Chủ trì thực hiện", "Cơ quan, đơn vị chủ trì", "Trách nhiệm thực hiện": round 31C, each line a task of its own,
    the task above left with no lead)."""
    label = label.removeprefix("cac ")  # "Các đơn vị phối hợp" (round 32C: a task of its own)
    found = next((f for f, pat in _LABELS if pat.match(label)), None)
    if found is None and _ROLE_LABEL.match(label) and set(label.replace(",", " ").split()) <= _ROLE_WORDS and (
            named := field_of(label)) in ("lead", "coordinators"):
        return named
    return found


_QUALIFIER = re.compile(r"\s*\([^()]{0,20}\)")
_LABEL_AT = re.compile(r"[\s;.]*+[^:]{2,40}:")
_LABEL_HERE = re.compile(r"[^\s;.:][^:]{1,39}:")  # …right where a tail starts
# A spaced dash right before a label parts fields too ("Chủ trì: Tư pháp – Thời gian: Quý II": round 42C L1); one in
# a value ("Văn phòng - Thống kê") is left.
_PART_END = re.compile(r";\s*|\.\s+|\n|\s+[-–—]\s+(?=[^\s;.:][^:;.\n]{1,39}:)")


def _parts(text: str, at: int, end: int) -> Iterator[tuple[str, str]]:
    """The parts of text[at:end] and what ends each, read as they are needed: a line that is no field line is left
    at its first part that is none (round 33C: a 200,000-character line was split whole at each of its sentences)."""
    for m in _PART_END.finditer(text, at, end):
        yield text[at:m.start()], m.group()
        at = m.end()
    yield text[at:end], ""


def field_line(text: str, start: int = 0, end: int | None = None) -> dict[str, str] | None:
    """The fields a line names, when it starts with one and every labelled part of it is one ("Chủ trì: …; phối
    hợp: …"), else None. A part with no label after ";" goes on the field before it: "Phối hợp: Văn phòng; Công an
    xã" (round 31C: such a list made the line a task of its own, the task above left with no helpers and, the lines
    after it going to the false task, no deadline)."""
    found: dict[str, list[str]] = {}  # each field's parts, joined at the end (a long line's are many: 33C)
    labels: dict[str, str] = {}
    last, after = "", ""
    end = len(text) if end is None else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not _LABEL_AT.match(text, start, end):
        return None  # no label opening it (round 33C: split_tail tried each ". " of a long line, each read whole)
    for part, sep in _parts(text, start, end):
        part = part.strip()
        if not part.rstrip(".;").strip():
            continue
        seg = _SEGMENT.match(part)
        label = " ".join(fold(without_raised(seg.group(1))).split()) if seg else ""  # "Chủ trì¹" (32C: a task)
        label = _QUALIFIER.sub("", label).strip()  # "Thời gian (dự kiến)", "Kinh phí (*)" (34C: a task)
        field = _field(label) if seg else None
        if field is None and last and not after.startswith(".") and (
                seg is None or not _LABEL_LIKE.match(label) or (last in _ROLES and not _OTHER_LABEL.match(label))):
            found[last].append(part.rstrip(".;").strip())
            after = sep
            continue
        if field is None and found and seg is not None and _LABEL_LIKE.match(label):
            field = REMARK  # "Thời gian: Quý II; Báo cáo kết quả: trước 15/6" (round 33C: the line a task of its own)
        if seg is None or field is None or (field in found and field != REMARK):
            return None  # "Thời gian giải quyết hồ sơ: rút ngắn 30%" is a task's words
        value = seg.group(2).strip().rstrip(".;").strip()
        found.setdefault(field, []).append(f"{seg.group(1).strip()}: {value}" if field == REMARK else value)
        labels[field] = seg.group(1).strip()
        last, after = field, sep
    out = {f: "; ".join(values) for f, values in found.items()}
    if "par_code" in out and not _CODE.match(code := code_of(out["par_code"])):
        # "Tiêu chí: 100% hồ sơ đúng hạn" names no code: what the work is for (round 33C: after "Chủ trì: Tư pháp;"
        # the line was a task of its own); alone, under a task's line with its own bullet, or an item (32C)
        out[REMARK] = "; ".join([*found.get(REMARK, []), f"{labels['par_code']}: {out.pop('par_code')}"])
    elif "par_code" in out:
        out["par_code"] = code
    return out or None


# Fields a task's lines may name more than once, each line adding ("+ Sản phẩm: Báo cáo" / "+ Sản phẩm: Quyết định"):
# round 34C, the second replaced the first, silently
ADDED = {"product": "; ", "budget": "; ", "note": "; ", "coordinators": ", "}


def give_fields(task: ImportedTask, fields: dict[str, str], given: set[str] | None = None) -> None:
    """The fields a line names, to the task; `given`: those the task's lines above named already, added to."""
    for f, v in fields.items():
        if f == REMARK:
            task.note = "; ".join(filter(None, (task.note, v)))
        elif given is not None and f in given and f in ADDED and getattr(task, f):
            setattr(task, f, getattr(task, f) + ADDED[f] + v)
        else:
            setattr(task, f, v)
    if given is not None:
        given.update("note" if f == REMARK else f for f in fields)
    if "lead" in fields:
        split_roles(task)  # "Tư pháp chủ trì, phối hợp với Văn phòng", as a table's cell (round 31C: stored whole)


def fields_in_content(task: ImportedTask) -> None:
    """A table's task cell naming its fields on lines under its words ("Rà soát văn bản" / "- Chủ trì: Tư pháp" /
    "- Thời gian: Quý II"): the row's fields where its own cells name none (round 31C: kept in its words, the
    deadline asked for). A line naming a field the row's cell already gives stays in the words."""
    lines = task.content.split("\n")
    found: dict[str, str] = {}
    while len(lines) > 1:
        fields = field_line(re.sub(r"^[-–—+•*]\s*", "", lines[-1].strip()))
        if not fields or any(getattr(task, "note" if f == REMARK else f) or f in found for f in fields):
            break
        found.update(fields)
        lines.pop()
    if set(found) - {REMARK}:  # "- Hình thức: hội nghị" alone under the words: the words' own (33C)
        task.content = "\n".join(lines).strip()
        give_fields(task, found)


# A spaced dash opens the fields too ("Rà soát văn bản – Thời gian: Quý I": round 42C L1, kept in its words); one
# inside the words is left, as no label follows it.
_TAIL_START = re.compile(r"(?:\.\s+|;\s*|\s*\(\s*|\s+[-–—]\s+)(?=\S)")


def split_tail(text: str) -> tuple[str, dict[str, str]]:
    """An item's words and the fields named after them on its line ("Rà soát văn bản. Chủ trì: Tư pháp. Thời gian:
    Quý II.", "Tuyên truyền (Chủ trì: Văn hóa; thời gian: Quý III)."): round 31C, kept in its words, none read."""
    body = text.strip().rstrip(".")
    closed = len(body) - 1 if body.endswith(")") else -1  # where the bracket a tail "(Chủ trì: …)" opens closes
    for m in _TAIL_START.finditer(body):
        bracket = m.group().strip().startswith("(")
        if (bracket and closed < m.end()) or m.start() == 0:  # no words before it
            continue
        if not _LABEL_HERE.match(body, m.end()):
            continue  # no label opening the tail (a line of "; " × 20,000 took 40 s: 33C)
        fields = field_line(body, m.end(), closed if bracket else None) or {}  # no copy of the tail (33C: each
        if set(fields) - {REMARK}:  # tail after each sentence of a 200,000-character line was copied and
            # read whole); "Tuyên truyền. Hình thức: loa truyền thanh." alone stays the item's words
            return body[:m.start()].strip() + ("." if m.group().startswith(".") else ""), fields
    return text, {}
