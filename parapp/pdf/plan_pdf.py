"""A plan's task table (bảng phân công nhiệm vụ) as a standalone appendix PDF."""

from __future__ import annotations

from parapp.document.plan_document import plan_document
from parapp.pdf.document_pdf import render_document
from parapp.pdf.fonts import FontChoice


def render_plan(plan, rows, o, font: FontChoice) -> bytes:
    return render_document(plan_document(plan, rows, o.commune_name), font)
