"""Evidence documents (tài liệu kiểm chứng) attached to tasks.

Each file is copied into the data folder under its content hash, so a moved
or deleted original costs nothing and the same file is stored once; the
original path and name are remembered for the record.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from parapp.core.messages import N_, ParAppError, os_errno, os_reason
from parapp.store.atomic import give_to_folder_owner, make_folders, replace
from parapp.store.sql import inserted_id, now_stamp
from parapp.store.hashing import TooLarge, copy_hashed, stream_sha256
from parapp.store.hashing import file_sha256
from parapp.store.leftovers import INCOMING_PREFIX
from parapp.store.tasks import get_task

if TYPE_CHECKING:
    from sqlite_utils import Database

EVIDENCE_DIR = "evidence"
# The largest evidence file: a backup holds (and a restore accepts) none larger. A scan or a
# signed PDF is a few MB; a file past this is a film or a disk image chosen by mistake.
MAX_EVIDENCE = 2 << 30


@dataclass
class Evidence:
    id: int
    task_id: int
    sha256: str
    original_name: str
    original_path: str
    size: int
    added_at: str


class EvidenceError(ParAppError):
    pass


def stored_path(data_dir: Path, sha256: str) -> Path:
    return Path(data_dir) / EVIDENCE_DIR / sha256[:2] / sha256


def is_stored(data_dir: Path, sha256: str) -> bool:
    """Is the file there? An evidence folder this account may not enter (evidence/18 another account made,
    0700) is said as that folder: the restore and its precheck ended in "Lỗi không mong đợi: [Errno 13]"
    from Path.exists (round 16)."""
    from parapp.store.errors import not_reachable

    try:
        return stored_path(data_dir, sha256).exists()
    except PermissionError:
        raise not_reachable(stored_path(data_dir, sha256)) from None


def held_as_recorded(data_dir: Path, sha256: str) -> bool:
    """The data folder holds the file, its content what the database records: a file a backup lacks (left out when
    it was made, as every one is from a backup of a plain parapp.db copy) is then no file to attach again after a
    restore (round 26A)."""
    if not is_stored(data_dir, sha256):
        return False
    try:
        return file_sha256(stored_path(data_dir, sha256)) == sha256
    except (OSError, TooLarge):
        return False


def _check_source(source: Path) -> int:
    """The size of a file that may be kept as evidence; refused (never read) if it cannot be."""
    try:
        st = os.stat(source)
    except OSError as exc:
        raise EvidenceError(N_("errors", "Không đọc được tệp “{0}”: {1}."), str(source),
                            os_reason(exc)) from None
    if not stat.S_ISREG(st.st_mode):  # a folder, a FIFO, a device: hashing one never ended
        raise EvidenceError(N_("errors", "“{0}” không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); "
                                         "hãy chọn tệp văn bản, tệp PDF hoặc ảnh chụp."), str(source))
    if st.st_size > MAX_EVIDENCE:
        raise EvidenceError(N_("errors", "Tệp “{0}” quá lớn để làm tệp kiểm chứng ({1} MB; tối đa {2} MB): bản sao "
                                         "lưu không chứa được. Hãy chọn bản chụp hoặc tệp PDF của văn bản."),
                            str(source), st.st_size >> 20, MAX_EVIDENCE >> 20)
    from parapp.store.side_names import parapp_data_of

    # The window's own parapp.db picked (the dialog opens in the data folder): "kept" as evidence, a copy without the
    # -wal's saved work, and its open()/close() dropped the window's SQLite locks; another reader then removed that
    # -wal (round 45A). ParApp data (or its side file) is no document: refused unread.
    data = parapp_data_of(source)
    if data is not None:
        raise EvidenceError(N_("errors", "“{0}” là tệp dữ liệu ParApp (hoặc tệp phụ bên cạnh tệp dữ liệu “{1}”), không "
                                         "phải văn bản kiểm chứng; chưa lưu gì. Hãy chọn tệp văn bản, tệp PDF hoặc ảnh "
                                         "chụp. Muốn giữ một bản của dữ liệu, hãy dùng Tệp → Sao lưu ra USB…"),
                            str(source), str(data))
    return st.st_size


def _new_file(folder: Path) -> tuple[int, str]:
    """A new file to be renamed to its hash, made as open(…, "wb") makes one (0666 less the umask), not
    as mkstemp does (0600): evidence kept 0600 was the one file of the data folder another account of
    the computer could not read beside the database (restored evidence was 0644 already), so a
    colleague's backup of that data left out every evidence file and blamed the disk (round 14c)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    for _ in range(100):
        path = folder / f"{INCOMING_PREFIX}{secrets.token_hex(8)}"
        try:
            return os.open(path, flags, 0o666), str(path)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


# The files kept for the first time inside the outermost `kept_only_if_saved` block at work, or None.
_MADE: ContextVar[list[Path] | None] = ContextVar("parapp_evidence_made", default=None)


def _made(target: Path) -> None:
    made = _MADE.get()
    if made is not None:
        made.append(target)


@contextmanager
def kept_only_if_saved(db: Database) -> Iterator[None]:
    """Around the writing that records a file kept under its hash: a file this block copied in for the first time is
    removed again when the block fails with nothing recorded (a full disk refused the row or its commit). Round 34B:
    a 600 KB scan was copied in, the report's row then did not fit, and the file stayed for ever, referred to by no
    row, on the very disk said to be full. Only the outermost block removes (an inner one's transaction goes on)."""
    if _MADE.get() is not None:
        yield
        return
    made: list[Path] = []
    token = _MADE.set(made)
    try:
        yield
    except BaseException:
        for target in made:
            _remove_unrecorded(db, target)
        raise
    finally:
        _MADE.reset(token)


def _remove_unrecorded(db: Database, target: Path) -> None:
    """`target` removed when no row refers to it now (the transaction rolled back); kept when that cannot be told."""
    try:
        if db.conn.in_transaction:
            return
        digest = target.name
        for table in ("evidence", "signed_copies", "par_evidence"):
            if db.conn.execute(f"SELECT 1 FROM {table} WHERE sha256 = ? LIMIT 1", [digest]).fetchone():
                return
        target.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - unreadable now, or the file in use: it stays, as before
        return


def keep_file(data_dir: Path, source: Path) -> tuple[str, int]:
    """Copy a file into the data folder under its content hash (once); (sha256, size)."""
    source = Path(source)
    _check_source(source)
    try:
        with open(source, "rb") as fh:
            digest, size = stream_sha256(fh, MAX_EVIDENCE)
    except TooLarge:  # it grew while being read
        raise EvidenceError(N_("errors", "Tệp “{0}” quá lớn để làm tệp kiểm chứng ({1} MB; tối đa {2} MB): bản sao "
                                         "lưu không chứa được. Hãy chọn bản chụp hoặc tệp PDF của văn bản."),
                            str(source), MAX_EVIDENCE >> 20, MAX_EVIDENCE >> 20) from None
    except OSError as exc:
        raise EvidenceError(N_("errors", "Không đọc được tệp “{0}”: {1}."), str(source),
                            os_reason(exc)) from None
    target = stored_path(data_dir, digest)
    if not target.exists():
        try:
            make_folders(target.parent, within=data_dir)
            fd, tmp = _new_file(target.parent)
        except OSError as exc:
            # evidence/ another account made (or a read-only folder): this escaped as a bare
            # PermissionError, "Lỗi không mong đợi" (round 13).
            if os_errno(exc) in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise EvidenceError(N_("errors", "Không chép được tệp kiểm chứng vào thư mục “{0}”: tài khoản này "
                                                 "không có quyền ghi vào đó, nên chưa lưu gì. Hãy nhờ người quản trị "
                                                 "máy cấp quyền ghi thư mục dữ liệu (cả thư mục evidence bên trong), "
                                                 "rồi thử lại."), str(target.parent.parent)) from None
            raise EvidenceError(N_("errors", "Không chép được tệp kiểm chứng vào thư mục dữ liệu: {0}. "
                                             "Hãy kiểm tra chỗ trống trên ổ đĩa."), os_reason(exc)) from None
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as inp:
                copied, n = copy_hashed(inp, out, size)
                out.flush()
                os.fsync(out.fileno())
            if copied != digest:  # changed while it was copied: what was hashed is not what was kept
                Path(tmp).unlink(missing_ok=True)
                raise EvidenceError(N_("errors", "Tệp “{0}” thay đổi trong lúc đang được chép; hãy đóng chương trình "
                                                 "đang mở nó rồi thử lại."), str(source))
            give_to_folder_owner(Path(tmp))
            replace(Path(tmp), target)
            _made(target)
        except TooLarge:
            Path(tmp).unlink(missing_ok=True)
            raise EvidenceError(N_("errors", "Tệp “{0}” thay đổi trong lúc đang được chép; hãy đóng chương trình "
                                             "đang mở nó rồi thử lại."), str(source)) from None
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise EvidenceError(N_("errors", "Không chép được tệp kiểm chứng vào thư mục dữ liệu: {0}. "
                                             "Hãy kiểm tra chỗ trống trên ổ đĩa."), os_reason(exc)) from None
    return digest, size


def keep_bytes(data_dir: Path, data: bytes) -> tuple[str, int]:
    """Bytes kept in the data folder under their content hash (once), as keep_file keeps a file."""
    import hashlib

    digest = hashlib.sha256(data).hexdigest()
    target = stored_path(data_dir, digest)
    if not target.exists():
        make_folders(target.parent, within=data_dir)
        fd, tmp = _new_file(target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            give_to_folder_owner(Path(tmp))
            replace(Path(tmp), target)
            _made(target)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise EvidenceError(N_("errors", "Không chép được tệp kiểm chứng vào thư mục dữ liệu: {0}. "
                                             "Hãy kiểm tra chỗ trống trên ổ đĩa."), os_reason(exc)) from None
    return digest, len(data)


def add_evidence_bytes(db: Database, data_dir: Path, task_id: int, name: str, data: bytes, *,
                       added_on: dt.date | None = None) -> int:
    """Evidence made by ParApp itself (the demo's), with no file it came from."""
    get_task(db, task_id)
    digest, size = keep_bytes(data_dir, data)
    added = f"{added_on.isoformat()} 16:00:00" if added_on else now_stamp()
    return inserted_id(db.execute(
        "INSERT INTO evidence (task_id, sha256, original_name, original_path, size, added_at) "
        "VALUES (?, ?, ?, '', ?, ?)",
        [task_id, digest, name, size, added]))


def add_evidence(db: Database, data_dir: Path, task_id: int, source: Path) -> Evidence:
    with kept_only_if_saved(db):
        return _add_evidence(db, data_dir, task_id, source)


def _add_evidence(db: Database, data_dir: Path, task_id: int, source: Path) -> Evidence:
    get_task(db, task_id)
    source = Path(source)
    digest, size = keep_file(data_dir, source)
    # The same file given twice (or added again) was listed twice on the task: one file, two lines (round 21C).
    same = db.execute("SELECT id, task_id, sha256, original_name, original_path, size, added_at FROM evidence "
                      "WHERE task_id = ? AND sha256 = ? ORDER BY id LIMIT 1", [task_id, digest]).fetchone()
    if same is not None:
        return Evidence(*same)
    eid = inserted_id(db.execute(
        "INSERT INTO evidence (task_id, sha256, original_name, original_path, size, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [task_id, digest, source.name, str(source.resolve()), size, now_stamp()]))
    return Evidence(eid, task_id, digest, source.name, str(source.resolve()), size, now_stamp())


def remove_evidence(db: Database, evidence_id: int) -> None:
    """A file taken off its task (attached by mistake). The change log's trigger records it; the file stays in the
    data folder, where the snapshots made before it was taken off still find it."""
    db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])


def list_evidence(db: Database, task_id: int | None = None) -> list[Evidence]:
    sql = "SELECT id, task_id, sha256, original_name, original_path, size, added_at FROM evidence"
    rows = db.execute(sql + (" WHERE task_id = ?" if task_id is not None else "") + " ORDER BY id",
                      [task_id] if task_id is not None else [])
    return [Evidence(*r) for r in rows]


def all_hashes(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT DISTINCT sha256 FROM evidence")}
