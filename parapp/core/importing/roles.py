"""One cell naming both who leads and who helps: "Tư pháp chủ trì, Văn phòng phối hợp", "Chủ trì: Tư pháp; Phối hợp:
Văn phòng" (round 30C: a column "Đơn vị chủ trì, phối hợp" was read as the helpers', every lead lost)."""

from __future__ import annotations

import re

from parapp.core.importing.model import ImportedTask
from parapp.core.vntext import fold, nfc

_LEAD, _HELP = r"chủ\s+trì", r"phối\s+hợp"
# "Đơn vị chủ trì: …", "Cơ quan phối hợp: …" as labels (round 34C: kept in the lead and the helpers)
_LEAD_LABEL, _HELP_LABEL = (rf"(?:(?:đơn\s+vị|cơ\s+quan|bộ\s+phận)\s+)?{w}" for w in (_LEAD, _HELP))
_SEP = r"\s*[;,.\n]\s*(?:[-–—+•]\s*)?"  # one way to read the spaces (33C: "\s*•?\s*" split a long run each way)
# "Chủ trì: Tư pháp; Phối hợp: Văn phòng" (each on its line, "- " before it, too)
_NAMED_FIRST = re.compile(rf"^[-–—+•]?\s*{_LEAD_LABEL}\s*:\s*(?P<lead>\S.*?){_SEP}{_HELP_LABEL}\s*:\s*(?P<help>\S.*?)"
                          r"\s*\.?$", re.I | re.S)
# "Tư pháp chủ trì, Văn phòng phối hợp", "Tư pháp (chủ trì); Văn phòng, Công an (phối hợp)"
# (round 33C: "… Văn phòng phối hợp thực hiện" stored whole as the lead). The end is looked for once first: a cell
# "Tư pháp chủ trì, " × 6,000 took 50 s, each "chủ trì" tried as the lead's end with the rest scanned after it
_HELP_END = rf"(?:\(\s*{_HELP}(?:\s+thực\s+hiện)?\s*\)|{_HELP}(?:\s+thực\s+hiện)?)\s*\.?$"
_NAMED_AFTER = re.compile(rf"^(?=.*{_HELP_END})(?P<lead>\S.*?)\s*(?:\(\s*{_LEAD}\s*\)|{_LEAD}){_SEP}"
                          rf"(?P<help>\S.*?)\s*{_HELP_END}", re.I | re.S)

# Round 31C (each stored whole as the lead, the helpers named as leads): "Tư pháp chủ trì, phối hợp với Văn phòng";
_LEAD_WITH = re.compile(rf"^(?P<lead>[^:\n]*?\S)\s*(?:\(\s*{_LEAD}\s*\)|{_LEAD})\s*[,;]?\s*{_HELP}(?:\s+với)?"
                        rf"\s*:?\s+(?P<help>\S.*?)\s*\.?$", re.I | re.S)
# "Tư pháp (chủ trì), Văn phòng, Công an", "CC Tư pháp (CT); Văn phòng (PH)";
# round 32C: "Tư pháp (CT), Văn phòng (PH), Công an (PH)", "Tư pháp (Chủ trì) - Văn phòng (Phối hợp)"
_HELP_MARK = rf"\(\s*(?:{_HELP}|PH)\s*\)"
_MARKED_LEAD = re.compile(rf"^(?P<lead>[^():\n]*?\S)\s*\(\s*(?:{_LEAD}|CT)\s*\)(?:{_SEP}|\s+[-–—]\s+)"
                          rf"(?P<help>(?=\S)(?:[^()]|{_HELP_MARK})+?)\s*\.?$", re.I | re.S)
# "Tư pháp" then "Phối hợp: Văn phòng" on its line, or after ";" or "," (32C: kept in the lead)
_HELP_NAMED = re.compile(rf"^(?P<lead>[^:\n;]*?\S)\s*(?:\n|;|,)\s*(?:[-–—+•]\s*)?{_HELP}(?:\s+với)?\s*:\s*"
                         rf"(?P<help>\S.*?)\s*\.?$", re.I | re.S)


# "Tư pháp (CT)", "Tư pháp chủ trì": the lead marked as such alone (round 32C: the mark kept, linked to no official)
_LEAD_MARKED = re.compile(rf"^(?P<lead>[^():\n]*?\S)\s*(?:\(\s*(?:{_LEAD}|CT)\s*\)|{_LEAD})\s*\.?$", re.I)
# "Chủ trì: Văn phòng", the label before it, the helpers' part of the cell empty in this row (round 33C: the label kept
# in the lead, linked to no official where the next row's "Chủ trì: Tư pháp; Phối hợp: …" is)
_LEAD_LABELLED = re.compile(rf"^[-–—+•]?\s*(?:{_LEAD_LABEL}|CT)\s*:\s*(?P<lead>[^:\n]*?\S)\s*[.;]?$", re.I)
# "Phối hợp: Tư pháp" in the helpers' own cell (round 34C: the label kept, linked to no official)
_HELP_LABELLED = re.compile(rf"^[-–—+•]?\s*(?:{_HELP_LABEL}(?:\s+thực\s+hiện)?|PH)\s*:\s*(?P<help>[^:\n]*?\S)\s*[.;]?$",
                            re.I)


def _spaced(text: str) -> str:
    """Each run of spaces one space (one new line where it holds one): a long run made the patterns above try each
    of its places as a part's end (round 33C: a 20,000-character cell of spaces took seconds)."""
    spaced = re.sub(r"\s{2,}", lambda m: "\n" if "\n" in m.group() else " ", nfc(text))
    return _RAISED_LABEL.sub(r"\1", spaced)  # "Chủ trì¹: Tư pháp" (33C: the cell kept whole as the lead)


_RAISED_LABEL = re.compile(rf"({_LEAD}|{_HELP})[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻⁼]+", re.I)


# a cell holding its label alone, left so in a form ("Phối hợp:"): no one (34C: stored as the unit)
_LABEL_ONLY = re.compile(rf"^[-–—+•]?\s*(?:{_LEAD_LABEL}|{_HELP_LABEL}(?:\s+thực\s+hiện)?|CT|PH)\s*:\s*$", re.I)


def split_roles(task: ImportedTask) -> None:
    """The lead cell's two parts where it names both roles and the row has no helpers' cell of its own."""
    task.lead, task.coordinators = ("" if _LABEL_ONLY.match(c) else c for c in (task.lead, task.coordinators))
    text = _spaced(task.lead)
    if (alone := _LEAD_MARKED.match(text) or _LEAD_LABELLED.match(text)) is not None:
        task.lead = text = alone.group("lead")
    if task.coordinators:
        helpers = _spaced(task.coordinators)
        if (named := _HELP_LABELLED.match(helpers) or _NAMED_FIRST.match(helpers)) is not None:
            task.coordinators = named.group("help").strip()  # the same both-roles cell in each column, too
        if (both := _NAMED_FIRST.match(text)) is not None:  # and more helpers in their own cell (34C: kept whole)
            task.lead = both.group("lead").strip()
            task.coordinators = ", ".join(dict.fromkeys((both.group("help").strip(), task.coordinators)))
        return
    if not task.lead:
        return
    found = next((m for p in (_NAMED_FIRST, _NAMED_AFTER, _LEAD_WITH, _MARKED_LEAD, _HELP_NAMED)
                  if (m := p.match(text))), None)
    if found:
        helpers = re.sub(rf"\s*{_HELP_MARK}", "", found.group("help"), flags=re.I)
        task.lead, task.coordinators = found.group("lead").strip(), helpers.strip()


# A post's line over its items in a prose plan ("* Công chức Tư pháp – Hộ tịch:"); not a line introducing a task's
# parts whose first word, folded, is a post's: "Tổ chức …", "Ban hành …", "Phòng, chống …", "Trường hợp …" (44C F4:
# its words were the lead of every item under it)
RESP_START = re.compile(r"^(?!to chuc\b|ban hanh\b|phong,?\s+(?:chong|ngua)\b|phong trao\b|truong hop\b)"
                        r"(cong chuc|can bo|bo phan|phong|van phong|ban |uy ban|ubnd|don vi|to |chu tich|pho chu tich"
                        r"|truong|cac cong chuc)")


# A post's first word as written with its marks: "Bàn giao hồ sơ:", "Tờ khai …:" are no "Ban", "Tổ" (45C F2: the line's
# words the lead of the items under it); one typed with none ("phong kinh te:") is read as the post it may be
_POST_WORDS = {"công", "cán", "bộ", "phòng", "văn", "ủy", "uỷ", "đơn", "tổ", "chủ", "phó", "trưởng", "trường", "các"}


def _spelled_as_a_post(body: str) -> bool:
    first = nfc(body.split(maxsplit=1)[0]).lower()
    return first == fold(first) or first in _POST_WORDS


def responsibility(s: str) -> tuple[str, str] | None:
    """The lead and helpers a post's line names, when `s` is one."""
    if not s.endswith(":") or len(s) > 200:
        return None
    body = s[:-1].strip()
    if not RESP_START.match(fold(body)) or not _spelled_as_a_post(body):
        return None
    parts = [p.strip() for p in re.split(r",\s*(?=Công chức|Cán bộ|Bộ phận|Phòng|Văn phòng)", body) if p.strip()]
    return parts[0], ", ".join(parts[1:])
