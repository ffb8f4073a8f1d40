"""A report drafted for the clerk to look at, stored only when something is done with it.

A fresh-eyes walk (round 43): opening a period's report to read it stored a draft at once, so one look at quý III
(which the page said was not needed, the 9-month report having answered it) left "Dự thảo / Chưa gửi, quá hạn 77
ngày" on the Reports page, and a draft cannot be removed. The editor now holds such a draft unsaved until the clerk
saves, edits, brings it up to date, applies the inputs or finalises it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parapp.core.report_model import Draft


@dataclass
class UnsavedDraft:
    """What the editor reads of a stored report, for one not stored yet."""

    draft: Draft
    is_final: bool = False
    finalized_on: dt.date | None = None
    content_hash: str | None = None


class NotFrozen(Exception):
    """The clerk answered no (or a check refused) before the freezing: what the finalising stored is rolled back."""
