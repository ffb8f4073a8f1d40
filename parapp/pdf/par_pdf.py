"""The PAR INDEX self-assessment as an ND30 PDF (the words: parapp.document.par_document)."""

from __future__ import annotations

import datetime as dt

from parapp.core.par.tree import CriteriaSet
from parapp.document.options import ParPrintOptions
from parapp.document.par_document import par_document
from parapp.pdf.document_pdf import render_document
from parapp.pdf.fonts import FontChoice

__all__ = ["ParPrintOptions", "render_par"]


def render_par(cset: CriteriaSet, o: ParPrintOptions, font: FontChoice, doc_date: dt.date) -> bytes:
    """The self-assessment as PDF bytes; the same inputs give the same bytes."""
    return render_document(par_document(cset, o, doc_date), font)
