"""The decree's page and type, in millimetres and points, read by both writers.

Portrait A4: margins top 20, right 15, bottom 20, left 30 mm (ND30-FORMAT.md).
Landscape appendix sheets are bound along their top edge, which takes the
30 mm binding margin; their bottom margin is the decree's 20 mm, as on every
page (a table row never comes nearer the edge, in Word or LibreOffice either).
Paragraph styles are named by the role they play; the PDF builds reportlab
styles from them and the Word writer builds Word styles, so both print the
same sizes, weights, spacing and indents.
"""

from __future__ import annotations

from dataclasses import dataclass

A4_MM = (210.0, 297.0)


@dataclass(frozen=True)
class Margins:
    top: float
    right: float
    bottom: float
    left: float


PORTRAIT_MARGINS = Margins(top=20, right=15, bottom=20, left=30)
LANDSCAPE_MARGINS = Margins(top=30, right=20, bottom=20, left=20)
PAGE_NUMBER_SIZE = 13        # points; centred in the top margin from a part's second page
HEADER_LEFT_COL = 68         # mm: the issuing body's column of the header
SIGNATURE_SPLIT = 0.45       # Nơi nhận's share of the text width; the signature takes the rest
SIGNATURE_ROOM = 30          # mm for the signature and seal images (ND30: about 25–30; a commune seal is 35 mm across)
RULE_SHARE = 0.4             # the issuing body's and the summary's rules: 1/3 to 1/2 of the text


def text_width_mm(orientation: str) -> float:
    if orientation == "landscape":
        m = LANDSCAPE_MARGINS
        return A4_MM[1] - m.left - m.right
    m = PORTRAIT_MARGINS
    return A4_MM[0] - m.left - m.right


def margins(orientation: str) -> Margins:
    return LANDSCAPE_MARGINS if orientation == "landscape" else PORTRAIT_MARGINS


BODY_SIZE = 14
BODY_LEADING = 17.5          # between single and 1.5 lines, as Word's "exactly 17.5 pt" reports use
INDENT_CM = 1.27


@dataclass(frozen=True)
class Role:
    """A paragraph style: size and leading in points, indent in centimetres."""

    size: float = BODY_SIZE
    leading: float = BODY_LEADING
    bold: bool = False
    italic: bool = False
    align: str = "left"      # left, center, justify
    first_indent_cm: float = 0
    space_before: float = 0
    space_after: float = 0
    keep_with_next: bool = False
    widow_control: bool = False  # no line left alone at a page's top (a widow) nor at its foot (an orphan)

    @property
    def face(self) -> str:
        return {(False, False): "regular", (True, False): "bold", (False, True): "italic",
                (True, True): "bolditalic"}[(self.bold, self.italic)]


# The roles blocks refer to (Para.role); each writer makes one style of each.
ROLES: dict[str, Role] = {
    "body": Role(align="justify", first_indent_cm=INDENT_CM, space_after=6, widow_control=True),
    # A paragraph that leads into the lines under it ("…, nguyên nhân chủ yếu:") never ends a page alone.
    "body_lead": Role(align="justify", first_indent_cm=INDENT_CM, space_after=6, widow_control=True,
                      keep_with_next=True),
    # A heading never ends a page alone: it keeps with what follows it. It starts where the body's
    # paragraphs start (the first-line indent) and is set flush left, as the decree's sample reports set
    # "I. …" and "1. …": a heading that runs to a second line is never stretched across the line.
    "heading1": Role(bold=True, align="left", first_indent_cm=INDENT_CM, space_before=4, space_after=6,
                     keep_with_next=True),
    "heading2": Role(bold=True, align="left", first_indent_cm=INDENT_CM, space_after=6, keep_with_next=True),
    # The headings of reports finalised before that (layout 1), which must print as they were hashed.
    "heading1_justified": Role(bold=True, align="justify", first_indent_cm=INDENT_CM, space_before=4, space_after=6,
                               keep_with_next=True),
    "heading2_justified": Role(bold=True, align="justify", first_indent_cm=INDENT_CM, space_after=6,
                               keep_with_next=True),
    "center": Role(align="center"),
    "center_bold": Role(bold=True, align="center"),
    "center_italic": Role(italic=True, align="center"),
    "header_plain": Role(size=13, leading=15, align="center"),
    "header_bold": Role(size=13, leading=15, bold=True, align="center"),
    "motto": Role(size=14, leading=16, bold=True, align="center"),
    "date_line": Role(size=14, leading=16, italic=True, align="center"),
    "recipients_head": Role(size=12, leading=14, bold=True, italic=True),
    "recipients": Role(size=11, leading=13),
    "sign": Role(bold=True, align="center", leading=17),
    "cell": Role(size=12, leading=14),
    "cell_center": Role(size=12, leading=14, align="center"),
    "cell_head": Role(size=12, leading=14, bold=True, align="center"),
}

CELL_PAD = 3                 # points left and right of a table cell's text
CELL_PAD_TOP, CELL_PAD_BOTTOM = 2, 4
TITLE_SPACE_BEFORE = 14      # points above "BÁO CÁO"
TITLE_RULE_AFTER = 12        # under the summary's rule
HEADER_GAP = 6               # between the header's blocks and the number/date line
SUMMARY_GAP = 6              # between a công văn's number and its summary (the decree's 6 pt)
KINH_GUI_AFTER = 10
LETTER_KINH_GUI_BEFORE = 12  # a công văn has no title: its "Kính gửi" stands this far below the header
BEFORE_SIGNATURE = 4
BEFORE_TABLE = 8
