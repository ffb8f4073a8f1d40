"""Text widths in points, for the lengths Word cannot compute itself: the rules
under the issuing body, the motto and the summary, and the indent that centres
a Kính gửi list. Measured with the bundled Liberation Serif, whose metrics are
Times New Roman's (that is what the font was made for), so the rule fits the
text in Word on Windows and in LibreOffice alike."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth


@lru_cache(maxsize=1)
def _faces() -> dict[str, str]:
    from parapp.pdf.fonts import bundled, register

    font = register(bundled())
    return {s: font.face(s) for s in ("regular", "bold", "italic", "bolditalic")}


def width(text: str, size: float, face: str = "regular") -> float:
    return stringWidth(text, _faces()[face], size)


def lines(text: str, size: float, face: str, max_width: float) -> list[str]:
    """Greedy word wrap, as both Word and reportlab do for plain text."""
    out: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and width(candidate, size, face) > max_width:
            out.append(line)
            line = word
        else:
            line = candidate
    out.append(line)
    return out
