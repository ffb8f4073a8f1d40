"""A one-page PDF standing for a document a task produced: what the demo commune files as a
task's evidence (a real office scans the signed paper). Always the same bytes for the same
lines (reportlab's invariant mode, the bundled font), so the demo stays the same from run to run."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parapp.pdf.fonts import bundled, register


def evidence_page(title: str, lines: list[str]) -> bytes:
    font = register(bundled())
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    width, height = A4
    c.setFont(font.face("bold"), 13)
    y = height - 90
    for i, line in enumerate(lines):
        c.setFont(font.face("bold" if i < 2 else "regular"), 13)
        c.drawCentredString(width / 2, y, line[:90])
        y -= 22
    c.showPage()
    c.save()
    return buf.getvalue()
