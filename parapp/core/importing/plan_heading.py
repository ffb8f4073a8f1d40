"""What a plan says of itself above its first line of content: its title ("KẾ HOẠCH" and the summary under it), its
number ("Số: 12/KH-UBND") and the day it was signed ("Ba Giang, ngày 05 tháng 01 năm 2026"), as Decree 30 lays a
plan's first page out. A plan imported from a file was named after the file ("003_ba-giang_2023_nang-cao-par-index",
round 30E), and the urging letter cited that name: "Thực hiện Kế hoạch về 003_…"."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from parapp.core.vntext import nfc, without_raised
from parapp.core.years import year_ok

_HEAD = 3000  # the header block and the title; the grounds and the content come after
_MARKS = "#*_>|\t "  # markdown headings, bold, a table's cell border as text
_TYPE = re.compile(r"^K[ẾE]\s+HO[ẠA]CH\b(.*)$")  # the document type in capitals, alone or with its summary
_NUMBER = re.compile(r"^[#*_>\s|]*S[ốo]\s*:\s*([^\s|*_]*)", re.I)
_NUMBER_SHAPE = re.compile(r"^\d+[A-Za-zĐđ0-9./-]*/[A-ZĐ][A-ZĐ0-9.-]*(?:-[A-ZĐ0-9.]+)*$")
# the day blank for the records clerk as spaces, dots or an ellipsis ("ngày ..... tháng ..... năm 2026")
_SIGNED = re.compile(r"ng[aà]y[\s.…_]*(\d{1,2})?[\s.…_]*th[aá]ng[\s.…_]*(\d{1,2})?[\s.…_]*n[aă]m\s*(\d{4})", re.I)
# A footnote's mark glued to a year named ("năm 20271": the raised "1" as a copy from the signed PDF gives it; "năm
# 2027[1]", "(1)": Word's web page): no year has five digits, so it is no part of the year (round 36C)
_YEAR_MARK = re.compile(r"(\bn[aă]m\s+20\d\d)(?:\d{1,2}|\[\d{1,2}\]|\(\d{1,2}\))(?!\d)", re.I)
# Decree 30's place and day: "Ba Giang, ngày …" alone on its line (or ending a header table's row, after the number);
# not "Căn cứ Luật … ngày 19 tháng 6 năm 2015;" nor a task's "ngày 15 tháng 3 năm 2026" in its cell
_PLACE_BEFORE = re.compile(r"(?:^|,|^[^\W\d_][^\W\d]*(?: [^\W\d_][^\W\d]*){0,5})\s*$")
_DAY_ENDS = re.compile(r"[\s.]*$")
# no place: a ground citing a law's day ("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013", no ";"), a draft's date
_NOT_PLACE = re.compile(r"^\W*(?:căn cứ|theo|thực hiện|triển khai|trên cơ sở|dự thảo)\b|\b(?:luật|hiến pháp|nghị định|"
                        r"nghị quyết|quyết định|thông tư|chỉ thị|pháp lệnh|công văn|kế hoạch)\b", re.I)
# where the title ends: the grounds ("Căn cứ …", "Thực hiện …"), the first part ("I. MỤC ĐÍCH"), a list item
# (grounds are not written in capitals: "THỰC HIỆN NGHỊ QUYẾT SỐ 76/NQ-CP" under "KẾ HOẠCH" is the summary, round 34C)
_AFTER_TITLE = re.compile(r"^[#*_>\s]*(?:đ[eể]\s|nh[aằ]m\s|[IVX]+\s*[.)]|\d+\s*[.)]|\d+\s*/\s|[-+•–]\s|"
                          r"ph[aầ]n\s+(?:th[uứ]|[IVX\d])|[a-zđ]\s*[.)]\s|ch[uư][oơ]ng\s+[IVX\d]+\b)", re.I)
_GROUNDS_FIRST = re.compile(r"^[#*_>\s]*(?:c[aă]n\s+c[uứ]\b|th[uự]c\s+hi[eệ]n\s+(?:v[aă]n\s+b[aả]n|c[oô]ng\s+v[aă]n|"
                            r"k[eế]\s+ho[aạ]ch|quy[eế]t\s+[dđ][iị]nh|ch[iỉ]\s+th[iị]|ngh[iị]\s+quy[eế]t|"
                            r"th[oô]ng\s+b[aá]o|h[uư][oớ]ng\s+d[aẫ]n|ch[uư][oơ]ng\s+tr[iì]nh)\b)", re.I)
# a rule drawn under the title ("-----", "---oOo---", "—o0o—", "=====")
_RULE = re.compile(r"^[\W_]*(?:[o0][O0][o0][\W_]*)?$")
# grounds opening a paragraph right under the title (a Word file's paragraphs come with no blank line between them);
# written with a capital, so that a title wrapped over lines ("… trên địa bàn xã") goes on
_GROUNDS = re.compile(r"^(?:Thực hiện|Triển khai|Trên cơ sở|Theo|Căn cứ)\b")
_ISSUED_WITH = re.compile(r"^\(?\s*(?:ban hành\s+)?kèm theo\b", re.I)  # "(Ban hành kèm theo QĐ …)": not the title
# a table's header, a part, an item
_CONTENT = re.compile(r"^(?:(?:S?TT|[IVX]+\s*[.)]|\d+\s*[.)])(?:\s|$)|[-+•–]\s)", re.I)
_GOES_ON = re.compile(r"^(?:(?:NĂM|GIAI ĐOẠN|CỦA|TRÊN|TẠI|VÀ|VỀ|ĐẾN|THEO|TRONG|XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|TỈNH)\b|\()")
_ABOUT = re.compile(r"^(?:v[eề]\s+vi[eệ]c|v/v)\s*:?\s*", re.I)  # "Về việc …", "V/v …", "Về việc: …" (34C: kept)
# a draft's mark: "KẾ HOẠCH (DỰ THẢO)", "(Dự thảo lần 2)" or "DỰ THẢO" on its line (round 35C: the title)
_DRAFT = re.compile(r"\s*\(\s*d[ựu]\s+th[ảa]o\b[^()]*\)|^d[ựu]\s+th[ảa]o(?:\s+l[ầa]n\s+\w+)?$", re.I)
_AGAIN = re.compile(r"^k[eế]\s+ho[aạ]ch(?:\s+|$)", re.I)  # "KẾ HOẠCH" / "Kế hoạch cải cách …": the type said twice
# kept in capitals (a list: "CHO", "CAO", "BAN" are Vietnamese words too)
_ACRONYMS = frozenset("CCHC UBND HĐND TTHC PAR INDEX SIPAS QPPL VBQPPL CNTT CBCC CBCCVC ISO TCVN DVC DVCTT MTTQ PCI "
                      "PAPI ICT KT-XH BCĐ HCC".split())
# a word in capitals that no Vietnamese syllable is spelt as ("PCCC", "CSDL", "VNEID", "COVID"): an abbreviation
_SYLLABLE = re.compile(r"(?:[bcdghklmnpqrstvx]|ch|gh|gi|kh|ng|ngh|nh|ph|qu|th|tr)?[aeiouy]+(?:[cmnpt]|ch|ng|nh)?")
_PLACE_WORD = re.compile(r"^(?:xã|phường|huyện|tỉnh|thị\s+trấn|thị\s+xã|thành\s+phố|tp\.?|đặc\s+khu)$")
_DOC_NUMBER = re.compile(r"\d[\w.-]*/[\w./-]*[A-ZĐ]")  # a cited document's number in a title: "76/NQ-CP", "23-CT/TU"
_NOT_NAME = {"hội", "ủy", "uỷ"}  # "xã hội", "tỉnh ủy", "huyện ủy" right after the place word
_LEVEL = {"cấp", "các", "toàn", "mỗi", "từng", "những"}  # "cấp xã", "các xã": a level, no name after it
_PLACE_END = {"năm", "giai", "đoạn", "và", "về", "đến", "trong", "của", "theo", "tại", "giai đoạn"}
_TITLE_MAX = 400


@dataclass(frozen=True)
class PlanHeading:
    title: str = ""                  # "Kế hoạch cải cách hành chính năm 2026"; "" when the plan names none
    number: str = ""                 # "12/KH-UBND"; "" when left blank for the records clerk
    issued_on: dt.date | None = None


def without_year_mark(text: str) -> str:
    """The text with a footnote's mark glued to a year it names left out ("năm 20271", "năm 2027[1]" → "năm 2027")."""
    return _YEAR_MARK.sub(r"\1", text)


def read_heading(text: str) -> PlanHeading:
    """The plan's title, number and day of signing as its first page gives them; what is not there stays empty."""
    head = nfc(text[:_HEAD])
    lines = [without_year_mark(without_raised(ln)).strip(_MARKS) for ln in head.splitlines()]  # "… năm 2026¹"
    at = _type_line(lines)
    # Decree 30 puts the number and the day above the title; with no title line, above the table or the list (34C: a
    # task's "ngày 15 tháng 3 năm 2026" in its cell, a cell a line in a page's text, was the day signed)
    above = lines[:at] if at is not None else lines[:next((i for i, ln in enumerate(lines) if _CONTENT.match(ln)),
                                                         len(lines))]
    return PlanHeading(_title(lines, at), _number(above), _signed(above))


def _type_line(lines: list[str]) -> int | None:
    return next((i for i, ln in enumerate(lines) if (m := _TYPE.match(ln))
                 and (not _DRAFT.sub("", m.group(1)).strip(_MARKS) or ln.upper() == ln)), None)


# "Số: 12 /KH-UBND" (a space typed before the slash), "Số 12/KH-UBND" (no colon): missed, not misread (round 34C);
# "Số: 12/KH - UBND", "12/KH – UBND" (spaces round the dash, Word's dash): cut short as "12/KH" (round 35C)
_NUMBER_SPACED = re.compile(r"^[#*_>\s|]*S[ốo]\s*:?\s*(\d+[ \u00a0]*/[ \u00a0]*[^\s|*_/–—-]+"
                            r"(?:[ \u00a0]*[/–—-][ \u00a0]*[^\s|*_/–—-]+)*(?:[ \u00a0]*[/–—-](?![ \u00a0]*\w))?)", re.I)


def _number(lines: list[str]) -> str:
    for ln in lines:
        spaced = _NUMBER_SPACED.match(ln)
        m = spaced or _NUMBER.match(ln)
        if m:
            # "Số: /KH-UBND": not numbered yet; "Số: 15/QĐ-UBND": the decision the plan is issued with, not the plan;
            # "KHLT", "KHPH", "KHLN": a joint plan's (liên tịch, phối hợp, liên ngành)
            n = re.sub(r"[–—]", "-", re.sub(r"\s+", "", m.group(1))).rstrip(".,;")
            plan = _NUMBER_SHAPE.match(n) and re.search(r"/KH[A-ZĐ]{0,4}(?:-|/|$)", n) and not n.endswith("-")
            return n if plan else ""  # "Số: 12/KH - ": the rest left blank
    return ""


def _signed(lines: list[str]) -> dt.date | None:
    m = next((m for ln in lines for m in _SIGNED.finditer(ln)
              if _PLACE_BEFORE.search(ln[:m.start()]) and not _NOT_PLACE.search(ln[:m.start()])
              and _DAY_ENDS.fullmatch(ln[m.end():])), None)
    if not m or not m.group(1) or not m.group(2):  # "ngày    tháng 02 năm 2023": the day left for the clerk
        return None
    if not year_ok(int(m.group(3))):
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:  # "ngày 31 tháng 02"
        return None


def _title(lines: list[str], at: int | None) -> str:
    if at is None:
        return ""
    rest = _DRAFT.sub("", _TYPE.match(lines[at]).group(1)).strip(_MARKS)  # type: ignore[union-attr]
    summary: list[str] = [rest] if rest else []  # "KẾ HOẠCH THỰC HIỆN CCHC NĂM 2026" on one line (a sheet's title)
    for ln in lines[at + 1:]:
        if ln and not (ln := _DRAFT.sub("", ln).strip()):
            continue  # "(Dự thảo lần 2)", "DỰ THẢO": a draft's mark
        if not ln:
            if summary:
                break
            continue
        if rest and not (ln.upper() == ln and _GOES_ON.match(ln)):
            break  # "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH" / "NĂM 2026 CỦA UBND XÃ": wrapped on (35C: the year lost)
        if _RULE.match(ln):
            if summary:
                break
            continue
        if not summary and not (ln := _AGAIN.sub("", ln)):
            continue
        # a table's row (its cells apart: a sheet's header under the title rows) or the plan table's own title row
        # under a Word header table's: not the summary
        caps = ln.upper() == ln
        if (_AFTER_TITLE.match(ln) or not caps and _GROUNDS_FIRST.match(ln) or _NUMBER.match(ln)
                or _SIGNED.search(ln) and len(ln) < 80
                or ln.endswith((";", ":")) or summary and not caps and _GROUNDS.match(ln) or _ISSUED_WITH.match(ln)
                or summary and caps and not _caps(summary) and not all(_kept(w) for w in ln.split())
                or summary and not caps and (_caps(summary) or _sentence(ln))
                or "\t" in ln or "|" in ln or summary and _TYPE.match(ln)):
            break
        summary.append(ln)
        if len(summary) == 3:  # a title wraps over two or three lines; more is prose
            break
    words = " ".join(" ".join(summary).split()).strip(" .;:")
    if not words or len(words) > _TITLE_MAX:
        return ""
    if words.upper() == words:
        words = _sentence_case(words)
    words = _ABOUT.sub("", words)
    first = words.split()[0]
    kept = first.strip(",;()") in _ACRONYMS or _abbreviation(first)  # "PCCC năm 2026"
    return "Kế hoạch " + (words if kept else words[:1].lower() + words[1:])


def _sentence(line: str) -> bool:
    """A paragraph opening with a capital and ending with a full stop, more than a name's few words: prose under the
    title ("Năm 2025, UBND xã … đạt nhiều kết quả.", "Xét đề nghị của …."), not a title wrapped onto its line ("Ba
    Giang.")."""
    return line[:1].isupper() and line.endswith(".") and not line.endswith("..") and len(line.split()) >= 6


def _caps(lines: list[str]) -> bool:
    return all(ln.upper() == ln for ln in lines)


def _kept(word: str) -> bool:
    """An abbreviation kept as written in a title ("(PAR INDEX)" wrapped onto a line of its own)."""
    return word.strip(",;()") in _ACRONYMS or _abbreviation(word) or not any(c.isalpha() for c in word)


def _sentence_case(caps: str) -> str:
    """'CẢI CÁCH HÀNH CHÍNH XÃ BA GIANG NĂM 2026' → 'cải cách hành chính xã Ba Giang năm 2026': acronyms kept, a place's
    name after xã, phường, huyện or tỉnh capitalised, the rest as a summary is written."""
    out: list[str] = []
    place = False
    for word in caps.split():
        low = word.lower()
        if place and word in ("-", "–"):  # "TỈNH BÀ RỊA - VŨNG TÀU"
            out.append(word)
            continue
        if place and (low.strip(",;") in _PLACE_END or not low[:1].isalpha()
                      or low.strip(",;") in _NOT_NAME and _PLACE_WORD.match(out[-1].lower())):
            place = False  # "XÃ HỘI" (society), "TỈNH ỦY": no commune's or province's name
        if word.strip(",;()") in _ACRONYMS or _DOC_NUMBER.search(word) or not place and _abbreviation(word):
            out.append(word)  # "PCCC", "76/NQ-CP", "TP."
        else:
            out.append(low.capitalize() if place else low)
        if word.endswith((",", ";")):
            place = False
        elif _place_named(out):
            place = True
    return " ".join(out)


def _place_named(out: list[str]) -> bool:
    """The words so far end in a place word a name follows: "xã", "thị trấn"; not "cấp xã", "các thị trấn" (a level)."""
    low = [w.lower() for w in out]
    for n in (1, 2):
        if len(low) >= n and _PLACE_WORD.match(" ".join(low[-n:])):
            return len(low) == n or low[-n - 1] not in _LEVEL
    return False


def _abbreviation(word: str) -> bool:
    """'PCCC', 'BHXH', 'VNEID', 'KT-XH', 'II': no Vietnamese syllable; a word with a mark of Vietnamese ('ĐẮK', 'HÒA')
    or a syllable's spelling ('CAO', 'BAN', 'TRONG') is a word."""
    parts = [p for p in re.split(r"[-/]", word.strip(",;:.()\"'")) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return False
    if re.fullmatch(r"[IVX]+", "".join(parts)):
        return True
    return all(not _SYLLABLE.fullmatch(p.lower()) if p.isascii() else not re.search(r"[aeiouy]", _bare(p), re.I)
               for p in parts)


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
