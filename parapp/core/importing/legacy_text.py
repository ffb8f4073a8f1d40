"""Vietnamese in the legacy 8-bit font encodings of old Word files.

Text typed in TCVN3 (ABC, fonts .VnTime…) or VNI (VNI-Times) fonts arrives,
once copied, as Latin-1 look-alikes: "C¸c" for "Các", "Caùc" for "Các".
TCVN3 maps one byte to one letter, so it is converted when the text is clearly
TCVN3; VNI is recognised and reported, not converted (its two-byte pairs
are ambiguous with real French/Latin text).
"""

from __future__ import annotations

import re

# TCVN 5712:1993 (VN3, "ABC") lower case, and the upper-case base letters.
_TCVN3 = {
    "µ": "à", "¸": "á", "¶": "ả", "·": "ã", "¹": "ạ",
    "¨": "ă", "»": "ằ", "¾": "ắ", "¼": "ẳ", "½": "ẵ", "Æ": "ặ",
    "©": "â", "Ç": "ầ", "Ê": "ấ", "È": "ẩ", "É": "ẫ", "Ë": "ậ",
    "®": "đ",
    "Ì": "è", "Ð": "é", "Î": "ẻ", "Ï": "ẽ", "Ñ": "ẹ",
    "ª": "ê", "Ò": "ề", "Õ": "ế", "Ó": "ể", "Ô": "ễ", "Ö": "ệ",
    "×": "ì", "Ý": "í", "Ø": "ỉ", "Ü": "ĩ", "Þ": "ị",
    "ß": "ò", "ã": "ó", "á": "ỏ", "â": "õ", "ä": "ọ",
    "«": "ô", "å": "ồ", "è": "ố", "æ": "ổ", "ç": "ỗ", "é": "ộ",
    "¬": "ơ", "ê": "ờ", "í": "ớ", "ë": "ở", "ì": "ỡ", "î": "ợ",
    "ï": "ù", "ó": "ú", "ñ": "ủ", "ò": "ũ", "ô": "ụ",
    "\u00ad": "ư", "õ": "ừ", "ø": "ứ", "ö": "ử", "÷": "ữ", "ù": "ự",
    "ú": "ỳ", "ý": "ý", "û": "ỷ", "ü": "ỹ", "þ": "ỵ",
    "¡": "Ă", "¢": "Â", "§": "Đ", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư",
}
_TCVN3_TABLE = str.maketrans(_TCVN3)
# Bytes that only TCVN3 text uses between letters (never in real Vietnamese Unicode text).
_TCVN3_MARKERS = set("µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßåæç«¬îïòô\u00ad÷þ¡¢§£¤¥¦")
# VNI writes a vowel, then a byte for its marks: "aø" à, "oä" ộ, "uû" ủ, "eâ" ê …
_VNI_SHAPE = re.compile(r"[aeiouyAEIOUYöô][øùûõïäâêôöåáàãëéèóòî]")
# Letters Vietnamese Unicode text has and legacy text never does.
_UNICODE_VN = set("ạảãắằẳẵặấầẩẫậẹẻẽếềểễệịỉĩọỏõốồổỗộớờởỡợụủũứừửữựỳỷỹỵđơư")


def detect(text: str) -> str | None:
    """'tcvn3', 'vni' or None (Unicode, or not Vietnamese at all)."""
    sample = text[:20000]
    if any(c in _UNICODE_VN for c in sample.lower()):
        return None
    letters = sum(1 for c in sample if c.isalpha())
    if not letters:
        return None
    tcvn = sum(1 for c in sample if c in _TCVN3_MARKERS)
    if tcvn >= 3 and tcvn / letters > 0.02:
        return "tcvn3"
    vni = len(_VNI_SHAPE.findall(sample))
    if vni >= 3 and vni / letters > 0.02:
        return "vni"
    return None


def from_tcvn3(text: str) -> str:
    return text.translate(_TCVN3_TABLE)
