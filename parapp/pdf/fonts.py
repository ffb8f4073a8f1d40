"""Which serif font the PDF uses, and registering it with reportlab.

The decree asks for Times New Roman. Where the machine has it (Windows does),
it is used; elsewhere the bundled Liberation Serif, metric-compatible with it,
keeps the same line breaks. A finalised report records the font it was printed
with, and a re-print insists on that font or says it cannot.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from parapp.assets import asset
from parapp.core.messages import N_, ParAppError

STYLES = ("regular", "bold", "italic", "bolditalic")


@dataclass(frozen=True)
class FontChoice:
    name: str                      # what is recorded and shown: "Times New Roman"
    files: dict[str, Path]         # style → file

    @property
    def family(self) -> str:
        return self.name.replace(" ", "")

    def face(self, style: str) -> str:
        return self.family if style == "regular" else f"{self.family}-{style}"


def bundled() -> FontChoice:
    d = asset("fonts")
    return FontChoice("Liberation Serif", {
        "regular": d / "LiberationSerif-Regular.ttf", "bold": d / "LiberationSerif-Bold.ttf",
        "italic": d / "LiberationSerif-Italic.ttf", "bolditalic": d / "LiberationSerif-BoldItalic.ttf"})


FONT_DIRS_ENV = "PARAPP_FONT_DIRS"


def _font_dirs() -> list[Path]:
    """Where installed fonts are looked for: the system's folders, or the folders named in
    PARAPP_FONT_DIRS (separated by os.pathsep), so a test runs the same on any host."""
    override = os.environ.get(FONT_DIRS_ENV)
    if override is not None:
        return [Path(p) for p in override.split(os.pathsep) if p]
    dirs = []
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        dirs += [Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/usr/share/fonts/TTF"),
                 Path.home() / ".fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
    return dirs


_TNR_NAMES = {
    "regular": ("times.ttf", "Times_New_Roman.ttf", "Times New Roman.ttf"),
    "bold": ("timesbd.ttf", "Times_New_Roman_Bold.ttf", "Times New Roman Bold.ttf"),
    "italic": ("timesi.ttf", "Times_New_Roman_Italic.ttf", "Times New Roman Italic.ttf"),
    "bolditalic": ("timesbi.ttf", "Times_New_Roman_Bold_Italic.ttf", "Times New Roman Bold Italic.ttf"),
}


def times_new_roman(dirs: list[Path] | None = None) -> FontChoice | None:
    """Times New Roman if all four styles are installed, else None."""
    for d in dirs if dirs is not None else _font_dirs():
        if not d.is_dir():
            continue
        names = {p.name.lower(): p for p in d.iterdir()}
        files = {}
        for style, candidates in _TNR_NAMES.items():
            hit = next((names[c.lower()] for c in candidates if c.lower() in names), None)
            if hit:
                files[style] = hit
        if len(files) == 4:
            return FontChoice("Times New Roman", files)
    return None


def available() -> dict[str, FontChoice]:
    out = {}
    tnr = times_new_roman()
    if tnr:
        out[tnr.name] = tnr
    b = bundled()
    out[b.name] = b
    return out


class FontUnavailable(ParAppError):
    def __init__(self, name: str):
        super().__init__(
            N_("errors", "Báo cáo này đã được in bằng phông “{0}” nhưng máy này không có phông đó, nên không in lại "
                         "được giống hệt. Hãy in trên máy có phông “{0}”, hoặc cài phông này rồi in lại."), name)


def choose(required: str | None = None) -> FontChoice:
    """The font to print with: the one a finalised report requires, else the best available."""
    fonts = available()
    if required:
        if required not in fonts:
            raise FontUnavailable(required)
        return fonts[required]
    return fonts.get("Times New Roman") or fonts["Liberation Serif"]


def register(font: FontChoice) -> FontChoice:
    """Register the four faces (once per process) and their bold/italic mapping."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for style in STYLES:
        face = font.face(style)
        if face not in registered:
            pdfmetrics.registerFont(TTFont(face, str(font.files[style])))
    for bold, italic, style in ((0, 0, "regular"), (1, 0, "bold"), (0, 1, "italic"), (1, 1, "bolditalic")):
        addMapping(font.family, bold, italic, font.face(style))
    return font
