"""What must be looked at before a draft is finalised: the gaps its assembly found
(a late task with no reason, no proposals …) and marks the text itself still
carries (an ellipsis left for the pen, a bracketed note, an emptied section)."""

from __future__ import annotations

import re

from parapp.core.messages import N_
from parapp.core.report_model import Draft, Gap

# Marks an official leaves for later; none may reach the chairman. "xxx" is quoted as "xxx" however long the run
# (round 21A: a 5,000-letter run quoted whole cut the finalise question off the screen).
_MARKS = re.compile(r"…|\.\.\.|\[|\]|\?\?|x{3}|(?i:chưa báo cáo lý do|chưa phân công|chưa có lý do)")

EMPTY = N_("report", "Mục “{0}” đang trống.")


def text_gaps(draft: Draft) -> list[Gap]:
    out = []
    for s in draft.walk():
        if s.key == "opening" and not s.paragraphs:
            continue
        label = s.title or "Mở đầu"
        if not s.paragraphs and not s.subsections:
            out.append(Gap(s.key, EMPTY, [label]))
        for p in s.paragraphs:
            m = _MARKS.search(p)
            if m:
                out.append(Gap(s.key, N_("report", "Mục “{0}” còn dấu “{1}” cần thay bằng nội dung."), [label,
                                                                                                        m.group(0)]))
                break
    return out


def all_gaps(draft: Draft) -> list[Gap]:
    """The assembly's gaps for sections the official has not rewritten, then the text's marks. A section the assembly
    left empty, and said why ("Mục I chưa có nội dung: chưa có kế hoạch …"), is not said to be empty a second time
    (round 33E: a new commune's draft listed section I twice, and finalising counted both)."""
    edited = {s.key for s in draft.walk() if s.edited}
    kept = [g for g in draft.gaps if g.section not in edited]
    said = {g.section for g in kept}
    return kept + [g for g in text_gaps(draft) if not (g.template == EMPTY and g.section in said)]
