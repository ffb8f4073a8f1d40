"""How much a reader of a user's file may read: bytes, rows, columns, merged cells, and what
it says when a file is over a limit.

Every importer (a plan, the one-stop system's statistics, the province's PAR INDEX criteria)
reads through these bounds, whatever the file declares: a wrong file (a disk image, /dev/zero,
a FIFO, a 5 KB spreadsheet declaring a merged range over its whole sheet) is refused with its
reason, never read until the machine gives up. The bounds are far above any real file: a
year's plan has a few hundred rows, a statistics export a few dozen, a criteria set a few
hundred; bench/importers.py measures what a file at the bounds costs.
"""

from __future__ import annotations

import codecs
import io
import itertools
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from parapp.core import file_head
from parapp.core.importing.model import Unreadable
from parapp.core.importing.package_kinds import check_not_opendocument, markup_counted
from parapp.core.messages import N_

MAX_FILE_BYTES = 50 << 20    # a plan with its annexes is a few MB
MAX_TEXT_CHARS = 20_000_000
MAX_UNZIPPED = 200 << 20     # an .xlsx/.docx, all its parts inflated
MAX_XML_PART = 50 << 20      # one part of it that is parsed (a sheet, the document, the shared strings)
MAX_ZIP_PARTS = 10_000
MAX_SPAN = 100               # no table has more columns; a larger colspan is an error or an attack
MAX_ROWS = 200_000           # rows of all the tables of a plan together (a 100,000-row paste is read)
MAX_OFFICE_ROWS = 50_000     # … of an .xlsx or .docx (openpyxl reads ~10,000 rows a second on an old PC)
MAX_COLUMNS = 200
MAX_MERGES = 50_000          # merged ranges of one sheet
MAX_MERGE_FILL = 2_000_000   # cells merged ranges fill, clipped to the data
# What an .xlsx declares, counted in its XML before openpyxl reads it: openpyxl reads every shared
# string at once when it opens the file (a 129 KB file of 3 million took 40 s and 325 MB), and a
# row's cells all at once, whatever the row bound. A year's plan has a few thousand of each.
MAX_SHARED_STRINGS = 200_000
MAX_CELLS = 500_000          # 50,000 rows of 10 columns
# A shared string's or a cell's start tag, with any namespace prefix (an XML prefix may hold "-" and
# ".", which \w does not match: openpyxl reads "<x-y:c/>" as a cell); or a DTD's entity, which an Office
# part never declares (ECMA-376 part 2 forbids DTDs) and which would multiply cells past any count of
# tags (a 5 KB file: one entity of 90 cells written 7,000 times was read as 630,000 cells). Only an
# entity: an SVG picture may carry a bare <!DOCTYPE svg …>, and expat reads no external DTD.
_COUNTED = re.compile(rb"<(?:[^\s<>/:!?]+:)?(si|c)[\s/>]|<!(ENTITY)")


@dataclass(frozen=True)
class Reader:
    """One importer's bounds on bytes and rows, and how it names a file too large."""

    max_bytes: int
    max_rows: int
    too_large: str   # a message with {0}: the bound in MB

    @property
    def max_office_rows(self) -> int:
        return min(self.max_rows, MAX_OFFICE_ROWS)


PLAN = Reader(
    MAX_FILE_BYTES, MAX_ROWS,
    N_("import", "Tệp quá lớn để là một kế hoạch (ParApp nhập tệp đến {0} MB). Hãy chọn đúng tệp kế hoạch, hoặc chép "
                 "riêng bảng phân công nhiệm vụ ra tệp mới rồi nhập."))
FIGURES = Reader(  # a statistics export has a row per field: a few dozen
    20 << 20, 20_000,
    N_("import", "Tệp quá lớn để là một biểu thống kê (ParApp đọc tệp đến {0} MB). Hãy chọn đúng tệp xuất từ Hệ thống "
                 "thông tin giải quyết TTHC."))
PAR_SET = Reader(  # a criteria set has a few hundred rows
    20 << 20, 20_000,
    N_("import", "Tệp quá lớn để là một bộ tiêu chí Chỉ số CCHC (ParApp đọc tệp đến {0} MB). Hãy chọn đúng tệp phụ lục "
                 "bộ tiêu chí của tỉnh."))


def too_large(reader: Reader = PLAN) -> Unreadable:
    return Unreadable(reader.too_large, reader.max_bytes >> 20)


def too_many_rows(limit: int = MAX_ROWS) -> Unreadable:
    return Unreadable(N_("import", "Tệp có hơn {0} dòng bảng: quá dài để là tệp ParApp đọc được. Hãy chọn đúng tệp, "
                                   "hoặc chép riêng bảng cần nhập ra tệp mới."), f"{limit:,}".replace(",", "."))


def too_many_columns() -> Unreadable:
    return Unreadable(N_("import", "Bảng trong tệp có hơn {0} cột: quá rộng để là tệp ParApp đọc được. Hãy chọn đúng "
                                   "tệp, hoặc chép riêng bảng cần nhập ra tệp mới."), MAX_COLUMNS)


def malformed(kind: str) -> Unreadable:
    return Unreadable(N_("import", "Tệp {0} này khai báo các ô gộp chồng lên nhau hoặc quá nhiều ô gộp: không đọc. "
                                   "Hãy mở tệp, lưu lại thành tệp mới rồi nhập tệp đó."), kind)


def check_pasted(text: str, html: str | None, reader: Reader) -> None:
    """A paste is bounded as a file is: by the reader's bytes (counted in characters)."""
    if len(text) > reader.max_bytes or (html is not None and len(html) > reader.max_bytes):
        raise Unreadable(N_("import", "Nội dung dán vào quá lớn (hơn {0} triệu ký tự). Hãy chỉ sao chép bảng cần "
                                      "nhập."), max(1, reader.max_bytes // 1_000_000))


def check_size(n_bytes: int, reader: Reader = PLAN) -> None:
    if n_bytes > reader.max_bytes:
        raise too_large(reader)


def read_bounded(path: Path, reader: Reader = PLAN) -> bytes:
    """A regular file's bytes, at most the reader's bound: a FIFO, a device or a folder is refused, not read."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise Unreadable(N_("import", "“{0}” không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); "
                                          "hãy chọn một tệp .docx, .xlsx, .csv, .txt hoặc .html."), str(path))
        check_size(st.st_size, reader)
        # The window's own parapp.db dropped on the dialog: open()/close() dropped its SQLite locks (round 45A)
        data = file_head.head(path, reader.max_bytes + 1)
    except OSError as exc:
        raise unreadable_file(path, exc) from None
    check_size(len(data), reader)
    return data


def unreadable_file(path: Path, exc: OSError) -> Unreadable:
    """Why a file could not be read, in words and with what to do: the system's own (exc.strerror) are
    English on every PC ("No such file or directory" for a name typed wrong)."""
    import errno

    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return Unreadable(N_("import", "Không có tệp “{0}”. Hãy kiểm tra tên tệp và thư mục (có thể tệp đã bị chuyển, "
                                       "đổi tên hoặc USB đã bị rút) rồi chọn lại."), str(path))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Unreadable(N_("import", "Không được phép đọc tệp “{0}” (tệp bị khóa hoặc đang mở trong chương trình "
                                       "khác). Hãy đóng chương trình đó, hoặc chép tệp ra thư mục khác rồi nhập."),
                          str(path))
    if exc.errno in (errno.ENAMETOOLONG, errno.ELOOP):
        return Unreadable(N_("import", "Không mở được “{0}”: tên hoặc đường dẫn quá dài, hoặc là lối tắt vòng quanh. "
                                       "Hãy chép tệp ra một thư mục gần gốc ổ đĩa, đặt tên ngắn rồi nhập."), str(path))
    return Unreadable(N_("import", "Không đọc được tệp “{0}” (lỗi đọc đĩa, mã {1}): ổ đĩa hoặc USB có thể bị lỗi hay "
                                   "đã bị rút. Hãy chép tệp sang máy rồi nhập lại."), str(path), exc.errno or "?")


def check_office_zip(data: bytes, reader: Reader = PLAN) -> None:
    """An .xlsx/.docx is a zip: refuse one that would inflate past the bounds before a library opens it.
    Every member is bounded, whatever its name: openpyxl and python-docx find a workbook's sheets and
    shared strings and a document's body through the package's own records, so "word/document.bin"
    is parsed as readily as "word/document.xml" (round 8: a 255 KB file with a 150 MB body so named
    took 63 s and 7.9 GB)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        return  # the reader says it cannot open it, in its own words
    check_size(len(data), reader)
    check_not_opendocument(data, infos)
    if any(i.flag_bits & 1 for i in infos):  # a member encrypted with a zip password (Office never writes one)
        raise Unreadable(N_("import", "Tệp này có phần bị khóa bằng mật khẩu nén (zip): không phải tệp Word/Excel "
                                      "thật, ParApp không đọc. Hãy mở tệp gốc bằng Word hoặc Excel, lưu lại thành tệp "
                                      "mới rồi nhập tệp đó."))
    if any(i.compress_type not in _METHODS for i in infos):
        raise Unreadable(N_("import", "Tệp này được nén theo cách Word và Excel không dùng (có thể do một chương trình "
                                      "nén khác tạo ra): ParApp không đọc. Hãy mở tệp gốc bằng Word hoặc Excel, lưu "
                                      "lại thành tệp mới rồi nhập tệp đó."))
    # The file itself is within the bound; what it unpacks to is not. Said as such (round 9: a 124 KB
    # .docx was refused as "Tệp quá lớn … đến 50 MB", which sent the official looking for a 50 MB file).
    kind = ("Word" if any(i.filename.startswith("word/") for i in infos)
            else "Excel" if any(i.filename.startswith("xl/") for i in infos) else "Word/Excel")
    if len(infos) > MAX_ZIP_PARTS:
        raise Unreadable(N_("import", "Tệp {0} này gồm hơn {1} phần bên trong: quá nhiều để là tệp ParApp đọc được. "
                                      "Hãy mở tệp bằng {0}, chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó."),
                         kind, _dotted(MAX_ZIP_PARTS))
    for total, limit in ((max((i.file_size for i in infos), default=0), MAX_XML_PART),
                         (sum(i.file_size for i in infos), MAX_UNZIPPED)):
        if total > limit:
            raise Unreadable(N_("import", "Tệp {0} này chỉ nặng {1} nhưng nội dung bên trong giải nén ra hơn {2} MB: "
                                          "quá lớn để ParApp đọc (có thể tệp chứa hình ảnh hay đối tượng nhúng rất "
                                          "lớn, hoặc không phải tệp cần nhập). Hãy mở tệp bằng {0}, chép riêng bảng "
                                          "cần nhập sang tệp mới rồi nhập tệp đó."),
                             kind, _size(len(data)), limit >> 20)


def _size(n_bytes: int) -> str:
    """A file's size as an official reads it: "124 KB", "3,2 MB"."""
    if n_bytes < 1 << 20:
        return f"{max(1, round(n_bytes / 1024))} KB"
    return f"{n_bytes / (1 << 20):.1f} MB".replace(".", ",")


# What zipfile can inflate: stored, deflated, bzip2, lzma. Word and Excel write only the first two; a
# member in another (deflate64 from 7-Zip, AES) failed inside openpyxl with zipfile's English.
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


def _dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _utf8_pieces(fh, size: int):
    """A part's bytes in pieces as UTF-8: expat also reads a part written in UTF-16 (with or without a
    byte-order mark), where "<c/>" is not the bytes b"<c/>"."""
    first = fh.read(size)
    codec = ("utf-16" if first.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-16-le" if first.startswith(b"<\x00")
             else "utf-16-be" if first.startswith(b"\x00<") else None)
    decode = codecs.getincrementaldecoder(codec)("replace").decode if codec else None
    piece = first
    while piece:
        yield decode(piece).encode("utf-8") if decode else piece
        piece = fh.read(size)


@dataclass
class _Counts:
    """What the parts of a package declare, counted before a library parses them."""

    strings: int = 0
    cells: int = 0
    elements: int = 0
    attributes: int = 0   # every "=" of a part: each attribute has one, and text rarely does
    in_one_tag: int = 0   # the most "=" between two "<": a start tag's attributes (and the text after it)
    entity: bool = False
    uncounted: str = ""   # a part in an encoding whose markup is not in bytes counted here: its name


# A stretch this long without a "<" is looked at: a start tag of MAX_TAG_ATTRIBUTES attributes holds one, since
# an attribute takes at least 6 bytes (a name unique in its tag, ="", a space). memchr finds the stretches in a
# fraction of the time the counting takes; real files have a few (an image's base64, a long paragraph).
_STRETCH = 16 << 10


def _open_tag(piece: bytes, open_before: int, counts: _Counts) -> int:
    """Follow the "=" between consecutive "<" across a part's pieces: the most of them in one stretch goes to
    counts.in_one_tag; returns those of the stretch still open at the end of the piece."""
    first = piece.find(b"<")
    if first == -1:
        open_now = open_before + piece.count(b"=")
        counts.in_one_tag = max(counts.in_one_tag, open_now)
        return open_now
    most = open_before + piece.count(b"=", 0, first)
    last = piece.rfind(b"<")
    pos = first
    while pos < last:
        end = min(pos + _STRETCH, last)
        if piece.find(b"<", pos + 1, end) == -1:  # inside one tag, or one text, for _STRETCH bytes at least
            start = piece.rfind(b"<", 0, pos + 1)
            stop = piece.find(b"<", end, last + 1)
            most = max(most, piece.count(b"=", start, stop))
            pos = stop
        else:
            pos = end
    open_now = piece.count(b"=", last)
    counts.in_one_tag = max(counts.in_one_tag, most, open_now)
    return open_now


def _count(z: zipfile.ZipFile, info: zipfile.ZipInfo, counts: _Counts, kind: str) -> None:
    """Add one part's shared strings, cells, elements begun and attributes to `counts`, and whether it declares an
    entity, read in pieces, stopping once past a bound. A piece is counted up to its last "<", the rest carried: no
    tag is cut in two. An element is a "<" that begins no end tag, comment, declaration or processing instruction:
    markup's "<" is never text in XML (text writes &lt;)."""
    carry = b""
    open_tag = 0
    with z.open(info) as fh:
        pieces = _utf8_pieces(fh, 1 << 20)
        first = next(pieces, b"")
        if not markup_counted(first):
            counts.uncounted = info.filename
            return
        for piece in itertools.chain([first], pieces, [b""]):
            open_tag = _open_tag(piece, open_tag, counts)
            counts.attributes += piece.count(b"=")
            chunk = carry + piece
            cut = chunk.rfind(b"<") if piece else len(chunk)
            cut = cut if cut > 0 else len(chunk)
            counts.elements += (chunk.count(b"<", 0, cut) - chunk.count(b"</", 0, cut) - chunk.count(b"<!", 0, cut)
                                - chunk.count(b"<?", 0, cut))
            for tag, dtd in _COUNTED.findall(chunk, 0, cut):
                if dtd:
                    counts.entity = True
                    return
                if tag == b"si":
                    counts.strings += 1
                else:
                    counts.cells += 1
            carry = chunk[cut:]
            if _over(counts, kind):
                return


def check_xlsx_counts(data: bytes) -> None:
    """Refuse a workbook declaring more shared strings or cells than any table ParApp reads, before
    openpyxl opens it (it would read them all, however few rows are then taken).

    Counted in every member of the zip, whatever its name: openpyxl takes the shared strings from
    whichever part [Content_Types].xml names (its attributes in any order) and the sheets from
    whichever parts the workbook's relationships name, so a lookup of those parts by name or by a
    pattern can be dodged (round 8: "xl/ss.bin", "xl/worksheets/sheet1.bin", ContentType written
    before PartName). "<si>" and "<c>" are elements of those parts only; anywhere else they are rare."""
    check_package_counts(data, "Excel")


def check_docx_counts(data: bytes) -> None:
    """Refuse a Word file of more XML elements than any document ParApp reads, before python-docx parses it
    whole (round 9: a 108 KB .docx of 8 million empty paragraphs, under the 50 MB part bound, took past 2 GB)."""
    check_package_counts(data, "Word")


# XML elements of all the parts of a file together. A 100-page plan in Word has about 100,000; a workbook
# of MAX_CELLS cells about three per cell. The libraries build every element of a part they parse (openpyxl
# its styles, python-docx every part it knows): a 110 KB file of 8 million empty elements took past 2 GB.
MAX_ELEMENTS = {"Excel": 2_000_000, "Word": 1_000_000}
# … and their attributes, which cost a parser as much as an element each (round 10: an 8 MB .docx or .xlsx of
# five elements holding 3.5 million attributes took 1 GB). Real files have one or two per element, so this
# bounds elements and attributes together at what the element bound lets a real file have.
MAX_NODES = {"Excel": 3_000_000, "Word": 2_000_000}
# Attributes of one start tag: expat, which reads a workbook's sheets and shared strings, takes a time growing
# with their square (a 9 MB .xlsx whose first row carried 4 million took 230 s and 1.6 GB). A real tag has a few,
# the package's root a few dozen namespace declarations.
MAX_TAG_ATTRIBUTES = 10_000


def _over(counts: _Counts, kind: str) -> bool:
    return (counts.entity or bool(counts.uncounted) or counts.strings > MAX_SHARED_STRINGS or counts.cells > MAX_CELLS
            or counts.elements > MAX_ELEMENTS[kind] or counts.elements + counts.attributes > MAX_NODES[kind]
            or counts.in_one_tag > MAX_TAG_ATTRIBUTES)


def check_package_counts(data: bytes, kind: str) -> None:
    counts = _Counts()
    damaged = (zipfile.BadZipFile, zlib.error, ValueError, EOFError, NotImplementedError, OSError, RuntimeError)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():
                if info.file_size > MAX_XML_PART:
                    continue  # refused by check_office_zip, which every reader runs first
                try:
                    _count(z, info, counts, kind)
                except damaged:
                    # One damaged part does not end the counting of the others: the libraries never read a part no
                    # relationship names (round 11: a bad CRC on such a part, placed first, left a body of 2.5
                    # million paragraphs uncounted, read for 29 s in 390 MB). A part they read fails there, in words.
                    pass
                _refuse_counts(kind, counts)
    except damaged:
        return  # a damaged zip: the reader says it cannot open it (office.not_opened)


def _refuse_counts(kind: str, counts: _Counts) -> None:
    if counts.uncounted:
        raise Unreadable(N_("import", "Tệp {0} này ghi nội dung bên trong (phần “{1}”) bằng một bảng mã mà tệp {0} "
                                      "thật không bao giờ dùng: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới "
                                      "rồi nhập tệp đó."), kind, counts.uncounted)
    if counts.entity:
        # Word too, though python-docx does not expand entities: the counting of a part stops at its declaration, so
        # a Word file declaring one was not counted past it (round 11: a 57 KB .docx declaring an entity before 2.5
        # million empty paragraphs was read for 40 s in 390 MB, exit 0), and each "&a;" is a node lxml keeps.
        raise Unreadable(N_("import", "Tệp {0} này khai báo thực thể XML (<!ENTITY …>), điều mà tệp {0} thật không "
                                      "bao giờ có: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp "
                                      "đó."), kind)
    if counts.strings > MAX_SHARED_STRINGS:
        raise Unreadable(N_("import", "Tệp Excel này khai báo hơn {0} chuỗi chữ khác nhau: quá nhiều để là "
                                      "tệp ParApp đọc được (một kế hoạch chỉ có vài nghìn). Hãy chọn đúng "
                                      "tệp, hoặc chép riêng bảng cần nhập ra tệp mới rồi nhập."),
                         _dotted(MAX_SHARED_STRINGS))
    if counts.cells > MAX_CELLS:
        raise Unreadable(N_("import", "Tệp Excel này có hơn {0} ô: quá nhiều để là tệp ParApp đọc được "
                                      "(một kế hoạch chỉ có vài nghìn ô). Hãy chọn đúng tệp, hoặc chép "
                                      "riêng bảng cần nhập ra tệp mới rồi nhập."), _dotted(MAX_CELLS))
    if counts.elements > MAX_ELEMENTS[kind]:
        raise Unreadable(N_("import", "Tệp {0} này có hơn {1} thành phần bên trong (đoạn văn, ô, định dạng…): quá "
                                      "nhiều để là tệp ParApp đọc được (một kế hoạch dài chỉ có vài chục nghìn). Hãy "
                                      "chọn đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó."),
                         kind, _dotted(MAX_ELEMENTS[kind]))
    if counts.in_one_tag > MAX_TAG_ATTRIBUTES:
        raise Unreadable(N_("import", "Tệp {0} này có một thành phần mang hơn {1} thuộc tính, điều tệp {0} thật không "
                                      "bao giờ có: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp "
                                      "đó."), kind, _dotted(MAX_TAG_ATTRIBUTES))
    if counts.elements + counts.attributes > MAX_NODES[kind]:
        raise Unreadable(N_("import", "Tệp {0} này có hơn {1} thành phần và thuộc tính bên trong (đoạn văn, ô, định "
                                      "dạng…): quá nhiều để là tệp ParApp đọc được (một kế hoạch dài chỉ có vài chục "
                                      "nghìn). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập "
                                      "tệp đó."), kind, _dotted(MAX_NODES[kind]))
