"""Writing files the user keeps (PDFs, exports) without ever leaving half a file, and never
over a file that is not one of them.

An export may replace a file of its own kind (a PDF a PDF: the user saving again), or an
empty one; never the database, a backup, an evidence file or snapshot in the data folder,
or anything else (a scan, a spreadsheet, a document of another kind). The kind is told
by the content, not by the name: a backup renamed "báo cáo.pdf" is still a backup.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

from parapp.core.messages import N_, ParAppError, os_errno, os_reason
from parapp.store.archive_bounds import entries_in
from parapp.store.atomic import replace


class CannotWrite(ParAppError):
    def __init__(self, path, detail, exc: BaseException | None = None):
        # The advice fits the reason: "kiểm tra chỗ trống" said of a read-only stick or CD sent the clerk to free room
        # that was never short (rounds 38B–40B).
        code = os_errno(exc) if exc is not None else None
        if code in (errno.EROFS, errno.EACCES, errno.EPERM):
            text = N_("errors", "Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác (ổ đĩa hoặc thư mục này không "
                                "cho ghi), ví dụ Tài liệu.")
        elif code == errno.ENAMETOOLONG:  # "kiểm tra chỗ trống" said of a name too long sent the clerk to free room
            text = N_("errors", "Không ghi được tệp “{0}”: {1}. Hãy đặt tên tệp ngắn hơn, hoặc lưu vào một thư mục "
                                "có đường dẫn ngắn hơn.")
        elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            text = N_("errors", "Không ghi được tệp “{0}”: {1}. Hãy xóa bớt tệp không cần trên ổ đĩa đó hoặc chọn "
                                "thư mục khác.")
        else:
            text = N_("errors", "Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống.")
        super().__init__(text, path, detail)


class WontReplace(ParAppError):
    """The chosen output file holds something an export must never replace."""


KINDS = ("pdf", "docx", "xlsx")
_KIND_NAMES = {"pdf": "PDF", "docx": "Word (.docx)", "xlsx": "Excel (.xlsx)"}
_ZIP_PART = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
_SQLITE = b"SQLite format 3\x00"
ZIP_PARTS_AT_MOST, _ZIP_DIRECTORY_AT_MOST = 100_000, 64 << 20
_HEAD = 4096
_IN_DATA_FOLDER = N_("errors", "“{0}” nằm trong thư mục dữ liệu của ParApp (tệp kiểm chứng, bản sao lưu tự động): "
                               "không ghi đè, chưa ghi gì. Hãy lưu vào thư mục khác, ví dụ Tài liệu.")


def can_write_in(folder: str | os.PathLike[str]) -> bool:
    """Tried, not asked: access() still says "writable" of an ext4 turned read-only by an error (errors=remount-ro, a
    worn stick). A file with no name, or one gone at once: nothing is left in the folder."""
    try:
        with tempfile.TemporaryFile(dir=os.fspath(folder)):
            return True
    except OSError:
        return False


def _content_kind(path: Path) -> str:
    """"pdf", "docx", "xlsx", "database", "backup", "empty" or "other", from the file's bytes."""
    from parapp.core import file_head

    # A database read as no file of its own: the window's open parapp.db named, open()/close() dropped its SQLite locks
    # (POSIX) and another reader then removed the -wal holding the saved work (round 45A).
    if file_head.head(path, len(_SQLITE)) == _SQLITE:
        return "database"
    with open(path, "rb") as fh:
        head = fh.read(_HEAD)
        if not head:
            return "empty"
        if head.startswith(b"%PDF-"):
            return "pdf"
        if head.startswith(_SQLITE):
            return "database"
        if not head.startswith(b"PK\x03\x04"):
            return "other"
        try:
            # Counted before zipfile parses it: a zip whose end says "1 entry" over millions took 26 s and 1.5 GB to
            # be told "not a Word file" (round 28A). No document ParApp writes has near as many parts.
            end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]  # noqa: SLF001
            if (end is None or end[zipfile._ECD_SIZE] > _ZIP_DIRECTORY_AT_MOST  # type: ignore[attr-defined]  # noqa: SLF001
                    or entries_in(fh, end, ZIP_PARTS_AT_MOST, _ZIP_DIRECTORY_AT_MOST) > ZIP_PARTS_AT_MOST):
                return "other"
            fh.seek(0)
            with zipfile.ZipFile(fh) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            return "other"
    if "manifest.json" in names and "parapp.db" in names:
        return "backup"
    for kind, part in _ZIP_PART.items():
        if "[Content_Types].xml" in names and part in names:
            return kind
    return "other"


def _is_sqlite(path: Path) -> bool:
    try:
        from parapp.core import file_head

        return file_head.head(path, len(_SQLITE)) == _SQLITE
    except OSError:
        return False


def check_output(path: Path, kind: str, *, data_dir: Path | None = None, protect: Iterable[Path] = ()) -> Path:
    """Raise WontReplace unless an export of `kind` may be written at `path`; returns the path.

    `data_dir`: the data folder of the database in use (its evidence and snapshots are off
    limits); `protect`: files never to be replaced, whatever they hold (the database in use)."""
    path = Path(path).expanduser()
    name = str(path)
    if data_dir is not None:
        try:
            inside = path.resolve().parent
            for sub in ("evidence", "backups"):
                if inside.is_relative_to((Path(data_dir) / sub).resolve()):
                    raise WontReplace(_IN_DATA_FOLDER, name)
        except OSError:
            pass
    # Any data folder's, not only the one in use: another commune's (or the sample commune's) evidence file, a PDF,
    # was replaced by this data's report with "Đã xuất" (round 41A).
    from parapp.store.side_names import data_folder_around, database_beside

    if data_folder_around(path) is not None:
        raise WontReplace(_IN_DATA_FOLDER, name)
    owner = database_beside(path)
    if owner is not None and _is_sqlite(owner):
        # Another database's WAL (0 bytes while no change waits) or journal: "Đã xuất", the report written where SQLite
        # resets it, and with that data open, the changes it commits went to a file no longer so named (round 41A).
        raise WontReplace(N_("errors", "“{0}” là tệp phụ SQLite giữ bên cạnh tệp dữ liệu “{1}”: không ghi đè, chưa "
                                       "ghi gì. Hãy chọn tên tệp khác."), name, str(owner))
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise CannotWrite(name, os_reason(exc), exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise WontReplace(N_("errors", "“{0}” là một thư mục: không ghi đè, chưa ghi gì. Hãy ghi rõ tên tệp, ví dụ "
                                       "{1}."), name, str(path / f"bao-cao.{kind}"))
    if not stat.S_ISREG(st.st_mode):
        raise WontReplace(N_("errors", "“{0}” không phải là một tệp thông thường: không ghi đè, chưa ghi gì. Hãy chọn "
                                       "tên tệp khác."), name)
    for p in protect:
        try:
            if os.path.samestat(st, os.stat(p)):
                raise WontReplace(N_("errors", "“{0}” là tệp dữ liệu ParApp đang dùng: không ghi đè, chưa ghi gì. Hãy "
                                               "chọn tên tệp khác."), name)
        except OSError:
            continue
    try:
        found = _content_kind(path)
    except OSError as exc:
        raise CannotWrite(name, os_reason(exc), exc) from None
    if found in (kind, "empty"):
        if not os.access(path, os.W_OK):
            # Marked read-only, or another account's (an issued report's PDF kept so): renamed over in a
            # writable folder, it was replaced with "Đã xuất…" (round 14), as no copy or save would.
            raise WontReplace(N_("errors", "“{0}” chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản khác): không ghi "
                                           "đè, chưa ghi gì. Hãy chọn tên tệp khác, hoặc bỏ đánh dấu chỉ đọc của tệp "
                                           "nếu muốn thay nó."), name)
        return path
    if found == "database":
        raise WontReplace(N_("errors", "“{0}” là một tệp dữ liệu: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác."),
                          name)
    if found == "backup" or name.endswith(".parapp-backup"):
        raise WontReplace(N_("errors", "“{0}” là một tệp sao lưu ParApp: không ghi đè, chưa ghi gì. Hãy chọn tên tệp "
                                       "khác."), name)
    raise WontReplace(N_("errors", "“{0}” đã có và không phải tệp {1}: không ghi đè, chưa ghi gì. Hãy chọn tên tệp "
                                   "khác."), name, _KIND_NAMES.get(kind, kind))


_FORBIDDEN = str.maketrans({c: "-" for c in '<>:"/\\|?*'})


def safe_file_name(name: str) -> str:
    """A file name Windows accepts, accents kept ("Bảng phân công 65-KH-UBND.pdf")."""
    cleaned = "".join(ch for ch in name.translate(_FORBIDDEN) if ord(ch) >= 32)
    return " ".join(cleaned.split()).strip(" .") or "ParApp"


def _normal_mode(path: Path) -> int:
    """The mode a file the user saves should have: what it had, else what any new file gets
    (mkstemp's owner-only mode would hide a saved PDF from the other users of the PC)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomically(path: Path, data: bytes, *, kind: str | None = None, data_dir: Path | None = None,
                     protect: Iterable[Path] = ()) -> None:
    """Write beside the target, then rename: never a half-written PDF under the final name.
    `kind` ("pdf", "docx", "xlsx"): the target is checked first (check_output)."""
    path = path.expanduser()
    if kind is not None:
        check_output(path, kind, data_dir=data_dir, protect=protect)
    if not path.parent.is_dir():
        raise CannotWrite(str(path), "thư mục không tồn tại")
    try:
        mode = _normal_mode(path)
        fd, tmp = tempfile.mkstemp(prefix=".parapp-", suffix=path.suffix or ".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        replace(Path(tmp), path)  # the same durable rename the store uses for its files
    except OSError as exc:
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
        raise CannotWrite(str(path), os_reason(exc), exc) from None
