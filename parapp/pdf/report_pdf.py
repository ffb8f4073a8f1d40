"""Render a periodic report (a Draft) as an ND30 PDF, with its appendices.

The words are parapp.document.report_document's; this module only draws them.
"""

from __future__ import annotations

import datetime as dt

from parapp.core.report_model import Draft
from parapp.document.options import PrintOptions
from parapp.document.report_document import report_document, summary_of
from parapp.pdf.document_pdf import render_document
from parapp.pdf.fonts import FontChoice
from parapp.pdf.styles import make_styles

__all__ = ["PrintOptions", "render_report", "summary_of"]


def render_report(draft: Draft, o: PrintOptions, font: FontChoice, doc_date: dt.date) -> bytes:
    """The report as PDF bytes; the same inputs always give the same bytes."""
    return render_document(report_document(draft, o, doc_date), font, make_styles(font))
