"""Documents as a report cites them: "Quyết định số 15/QĐ-UBND ngày 10/3/2026 của
Ủy ban nhân dân tỉnh về …".

A task records the documents it produced (its output), a report records what
it answers to (the superior body's plan or request, the commune's own annual
plan); both are cited the same way, by kind, number, date and summary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from parapp.core.messages import N_
from parapp.core.nd30_text import day_text, month_text

DOC_KINDS = [N_("documents", "Quyết định"), N_("documents", "Kế hoạch"), N_("documents", "Báo cáo"),
             N_("documents", "Công văn"), N_("documents", "Thông báo"), N_("documents", "Chỉ thị"),
             N_("documents", "Chương trình"), N_("documents", "Quy chế"), N_("documents", "Tờ trình"),
             N_("documents", "Nghị quyết"), N_("documents", "Hướng dẫn")]

# A commune "issues" its documents; a submission (tờ trình) it "has" sent up.
_NOT_ISSUED = {"tờ trình"}
# A summary that starts with one of these verbs reads "về việc …" ("Quyết định về việc thành lập …");
# one that starts with "ban hành" follows the kind directly ("Quyết định ban hành Quy chế …").
_ACTIONS = ("thành lập", "công nhận", "khen thưởng", "phê duyệt", "kiện toàn", "giao", "phân công", "đẩy nhanh",
            "niêm yết", "tổ chức", "triển khai", "thực hiện", "báo cáo", "đề nghị", "cử", "điều chỉnh", "bổ sung")


@dataclass(frozen=True)
class DocRef:
    kind: str                  # "Quyết định", "Kế hoạch" …
    number: str = ""           # "15/QĐ-UBND", "02/2026/QĐ-UBND"
    issued_on: dt.date | None = None
    issuer: str = ""           # "" for the commune itself
    summary: str = ""          # "về việc ban hành Quy chế …" or just "ban hành Quy chế …"

    def as_json(self) -> dict:
        return {"kind": self.kind, "number": self.number,
                "issued_on": self.issued_on.isoformat() if self.issued_on else None,
                "issuer": self.issuer, "summary": self.summary}


def doc_date(d: dt.date) -> str:
    """10/3/2026, 05/01/2026: the decree's rule for days and months, as documents cite dates."""
    return f"{day_text(d.day)}/{month_text(d.month)}/{d.year}"


def _about(summary: str) -> str:
    s = " ".join(summary.split()).rstrip(" .;")
    if not s:
        return ""
    low = s.lower()
    if low.startswith(("v/v ", "v/v:", "v.v ")):
        return "về việc " + s[4:].lstrip(": ")
    if low.startswith(("về ", "ve ")):
        return s
    # "Cải cách …" → "về cải cách …", but an acronym keeps its capitals: a fresh-eyes walk (round 41) saw a plan
    # named "CCHC 2026" cited "về cCHC 2026" in the year report.
    first = s.split(" ", 1)[0]
    if not (len(first) > 1 and first[1:2].isupper()):
        s = s[:1].lower() + s[1:]
    if low.startswith("ban hành "):
        return s
    if low.startswith(_ACTIONS):
        return "về việc " + s
    return "về " + s


def cite(doc: DocRef, *, with_issuer: bool = True) -> str:
    """'Quyết định số 15/QĐ-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh về …' (parts that are known)."""
    return _cite(doc.kind, doc.number, doc.issued_on, doc.issuer if with_issuer else "", doc.summary)


# A big register cites each document twice (text and appendix). Cached on the document's parts, not on
# the DocRef: its generated __hash__ and __eq__ run in Python and cost more than they saved.
@lru_cache(maxsize=65536)
def _cite(kind: str, number: str, issued_on: dt.date | None, issuer: str, summary: str) -> str:
    parts = [kind.strip()[:1].upper() + kind.strip()[1:]]
    if number.strip():
        parts.append(f"số {number.strip()}")
    if issued_on:
        parts.append(f"ngày {doc_date(issued_on)}")
    if issuer.strip():
        parts.append(f"của {issuer.strip()}")
    about = _about(summary)
    if about:
        parts.append(about)
    return " ".join(parts)


@lru_cache(maxsize=256)  # a handful of kinds
def verb_for(kind: str) -> str:
    """'ban hành' a plan, a decision, a report or an official letter; 'có' a submission."""
    return "có" if kind.strip().lower() in _NOT_ISSUED else "ban hành"


def issued_sentence(docs: list[DocRef], subject: str) -> str:
    """'Ủy ban nhân dân xã đã ban hành Kế hoạch số … về …; Quyết định số … về …' (no final stop)."""
    if len(docs) == 1:  # most tasks produce one document
        d = docs[0]
        return f"{subject} đã {verb_for(d.kind)} {cite(d, with_issuer=False)}"
    by_verb: dict[str, list[DocRef]] = {}
    for d in docs:
        by_verb.setdefault(verb_for(d.kind), []).append(d)
    clauses = [f"{verb} {'; '.join(cite(d, with_issuer=False) for d in ds)}" for verb, ds in by_verb.items()]
    return f"{subject} đã " + "; đã ".join(clauses)
