"""Zip packages and XML parts the importers do not read, told before a library opens them (round 11)."""

from __future__ import annotations

import codecs
import io
import re
import zipfile

from parapp.core.importing.model import Unreadable
from parapp.core.messages import N_

# The encoding an XML declaration names. lxml (python-docx, openpyxl's styles and workbook) also reads a part in
# any encoding iconv knows: in UTF-7, "<w:p/>" may be written "+ADwAdw..." without a single "<" (round 11: a 128 KB
# .docx of 3 million such paragraphs was read for 21 s in 460 MB, the counts seeing none of them).
_DECLARED = re.compile(rb"<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([^\"']{0,64})[\"']")


def markup_counted(first: bytes) -> bool:
    """Whether the part's markup is in bytes the counts see: Office writes UTF-8 (UTF-16 at times); any encoding
    that writes "<", "=" and "/" as those bytes is counted as well; another one, or one Python does not know, not."""
    head = first[:4096].lstrip(b"\xef\xbb\xbf")
    if not head.startswith(b"<?xml"):
        return True  # no declaration: UTF-8, or UTF-16 told by its first bytes (or not XML at all: an image)
    if b"?>" not in head:
        return False  # a declaration padded past what is looked at
    m = _DECLARED.match(head)
    if m is None:
        return True
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return False
    if name.startswith(("utf-16", "utf-32")):
        return True
    try:
        return name != "utf-7" and "<a b='c'/>=&;".encode(name) == b"<a b='c'/>=&;"
    except (UnicodeError, LookupError):
        return False



def check_not_opendocument(data: bytes, infos: list[zipfile.ZipInfo]) -> None:
    """An OpenDocument file (.odt, .ods: LibreOffice's own, which state offices are asked to use) is a zip too; the
    importers called it "không có cấu trúc của một tệp Excel" and sent the official to Excel (round 11)."""
    first = infos[0] if infos else None
    if first is None or first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
        return
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        if not z.read(first)[:80].startswith(b"application/vnd.oasis.opendocument"):
            return
    raise Unreadable(N_("import", "Đây là tệp OpenDocument (.odt, .ods) của LibreOffice hoặc OpenOffice: ParApp chưa "
                                  "đọc trực tiếp được. Hãy mở tệp bằng LibreOffice, chọn Tệp > Lưu thành, lưu dạng "
                                  "Word (.docx) hoặc Excel (.xlsx) rồi nhập tệp vừa lưu."))


def is_word_package(data: bytes, filename: str) -> bool:
    """Whether a zip is read as a Word file (else as a workbook): by the parts it holds, whatever its name says. The
    importers asked the name when the first 4 KB named no "word/" part: a workbook named .docx (renamed, or saved
    under the wrong name) was refused as "không có cấu trúc của một tệp Word", sending the official to Word with an
    Excel file (round 24C)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        names = []
    if any(n.startswith("word/") for n in names):
        return True
    if any(n.startswith("xl/") for n in names):
        return False
    return b"word/" in data[:4000] or filename.lower().endswith(".docx")
