"""Checking a .parapp-backup file before anything in it is trusted or written.

In this order, each step bounded, the whole linear in the number of members:

1. the file is a regular file (not a FIFO, not /dev/zero) and a zip whose
   central directory is of a sane size, read before the zip is parsed;
2. member names are unique and each is exactly one ParApp writes
   (`manifest.json`, `parapp.db`, `evidence/xx/<sha256>`): nothing can point
   outside the data folder;
3. the manifest (bounded in size, duplicate keys refused) is ParApp's, of a
   schema this version knows, and lists exactly the members present, each
   evidence file under its own hash;
4. declared sizes are bounded, a compressed member may not expand more than
   ParApp's own ever do (the database deflates 5–12×, evidence is stored), and
   the database's SQLite header must declare the size the zip declares; a
   "zip bomb" is refused here, before a byte is inflated;
5. every member is hashed, streamed, and must match the manifest.

What the database means (its schema, its reports) is checked by restore.py
once it is extracted beside its target: SQLite cannot read it from a zip.
"""

from __future__ import annotations

import json
import os
import re
import stat
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable

from parapp.core.shell_words import printable, shell_arg
from parapp.core.messages import N_
from parapp.store.archive_bounds import entries_in, only_zero_bytes
from parapp.store.archive_format import DB_MEMBER, MANIFEST, BackupError, BackupRefused, Manifest
from parapp.store.archive_reading import MEMBER_DAMAGED, read_failed, unreadable, unreadable_file
from parapp.store.archive_repacked import as_parapp_wrote, refuse_unpacked, refuse_without_manifest
from parapp.store import errors, file_head
from parapp.store.errors import not_reachable
from parapp.store.evidence import MAX_EVIDENCE
from parapp.store.hashing import TooLarge, stream_sha256
from parapp.store.schema import KNOWN

MAX_MEMBERS = 500_000
MAX_CENTRAL_DIR = 200 << 20
MAX_MANIFEST = 64 << 20
MAX_DB = 4 << 30
MAX_RATIO = 100              # ParApp's database deflates 5–12×; 1 GB of zeros 1,000×
RATIO_FROM = 1 << 20         # tiny members may compress as they like
EVIDENCE_NAME = re.compile(r"evidence/([0-9a-f]{2})/(\1[0-9a-f]{62})")
SQLITE_HEADER = b"SQLite format 3\x00"

Progress = Callable[[int, int], None]
_MISMATCH = N_("errors", "“{0}” trong tệp sao lưu không khớp mã kiểm tra (tệp bị sửa hoặc hỏng); bị từ chối.")


@dataclass
class Inspected:
    manifest: Manifest
    db: zipfile.ZipInfo
    evidence: dict[str, zipfile.ZipInfo]   # sha256 → member
    # Members whose content is not the file their name says (an older ParApp backed up a damaged
    # evidence file under its recorded name): hashed like the rest, never extracted.
    mismatched: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    # Of those, the ones whose bytes no longer match the manifest: gone bad in the backup file since it was written
    # (a backup is verified before it gets its name), not left damaged by the PC that made it (round 38A).
    worn: set[str] = field(default_factory=set)

    @property
    def total_size(self) -> int:
        return self.db.file_size + sum(i.file_size for i in [*self.evidence.values(), *self.mismatched.values()])


def _refuse(text: str, *args) -> BackupError:
    return BackupRefused(text, *args)


def not_permitted(path: Path) -> BackupError:
    """A backup or snapshot this account may not read (another account's, owner-only)."""
    return _refuse(N_("errors", "Không đọc được tệp sao lưu “{0}”: tài khoản này không có quyền đọc tệp. "
                               "Hãy nhờ người quản trị máy cấp quyền đọc, hoặc chép tệp bằng tài khoản có "
                               "quyền vào thư mục của bạn, rồi khôi phục lại."), str(path))


def check_snapshot(path: Path) -> None:
    """The snapshot chosen is still there, and this account may read it. Another account's snapshot
    (owner-only) was refused as "not intact ParApp data (unable to open database file)" by the window's
    precheck and as a read-only data folder by the restore (round 15)."""
    try:
        found = path.is_file()
    except PermissionError:  # in a folder this account may not enter
        raise not_reachable(path) from None
    if not found:  # pruned by another writer, or deleted, since it was listed
        raise BackupError(N_("errors", "Không còn bản chụp “{0}”: nó đã bị xóa (hoặc được dọn bớt) sau khi "
                                       "được liệt kê. Dữ liệu hiện tại giữ nguyên; hãy chọn một bản chụp "
                                       "khác."), path.name)
    try:
        with open(path, "rb"):
            pass
    except PermissionError:
        raise not_permitted(path) from None


def _is_database(path: Path) -> bool:
    try:
        return file_head.head(path, len(SQLITE_HEADER)) == SQLITE_HEADER  # the window's own data: its locks kept
    except OSError:  # not there, a folder, not this account's: the folder is said as a folder
        return False


def open_archive(path: Path) -> zipfile.ZipFile:
    not_backup = N_("errors", "“{0}” không phải tệp sao lưu ParApp (không mở được như tệp nén).")
    try:
        st = os.stat(path)
    except OSError as exc:
        if read_failed(exc):  # a stick pulled: on Windows a PermissionError (round 30A)
            raise unreadable_file(path, exc) from None
        if isinstance(exc, PermissionError):
            raise not_reachable(path) from None
        raise _refuse(N_("errors", "Không thấy tệp sao lưu “{0}”."), str(path)) from None
    # A folder, an empty file, a zip whose end is missing: each said as what it is, never "not a ParApp backup",
    # which had the office take a backup of its own cut short by a pulled stick for a wrong file (round 24A).
    if stat.S_ISDIR(st.st_mode):
        if not os.access(path, os.X_OK):  # another account's folder: nothing in it can be seen
            raise errors.FolderNotPermitted(str(path))
        refuse_unpacked(Path(path))
        # The portable install copied whole holds its data in ParApp-data.
        inside = next((f for f in (Path(path) / DB_MEMBER, Path(path) / "ParApp-data" / DB_MEMBER) if _is_database(f)),
                      None)
        if inside is None:
            raise _refuse(N_("errors", "“{0}” là một thư mục, không phải tệp sao lưu."), str(path))
        # The old PC's data folder copied whole: "là một thư mục … sao lưu lại trên máy có dữ liệu gốc" of a folder
        # holding every byte of the data (round 29A). Said as the database it holds, with the route that restores it.
        path, st = inside, os.stat(inside)
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(not_backup, str(path))
    if st.st_size == 0:
        raise _refuse(N_("errors", "Tệp sao lưu “{0}” rỗng (0 byte): việc ghi hoặc chép tệp này đã không thành."),
                      str(path))
    try:
        # Read first without opening a file of its own: the window's open parapp.db picked for the backup, its
        # open()/close() dropped the window's SQLite locks on it (POSIX), and another reader then removed the -wal
        # holding the day's saved work (round 45A). store.file_head reads a database this process holds as SQLite does.
        head = file_head.head(path, len(SQLITE_HEADER))
        if head == SQLITE_HEADER:
            # A database copied by hand (or a snapshot renamed): "not a backup … back up again on the PC with
            # the data" told the copy holding the data it was useless (round 24A). Its backup restores.
            raise _refuse(N_("errors", "“{0}” là một tệp cơ sở dữ liệu (ví dụ tệp parapp.db được chép thẳng), "
                                       "không phải tệp sao lưu .parapp-backup, nên chưa khôi phục; dữ liệu hiện "
                                       "tại không bị thay đổi. Hãy tạo tệp sao lưu từ nó rồi khôi phục tệp đó: "
                                       "parapp backup --db {1} --to <thư mục>, rồi parapp restore "
                                       "<tệp .parapp-backup vừa tạo> --db <tệp dữ liệu cần khôi phục vào>."),
                          str(path), shell_arg(path))
        with open(path, "rb") as fp:
            # The central directory's size, read before zipfile parses it (private, but stable since 2.x).
            end = zipfile._EndRecData(fp)  # type: ignore[attr-defined]  # noqa: SLF001
            zeros = end is None and not any(head) and only_zero_bytes(fp)
            counted = entries_in(fp, end, MAX_MEMBERS, MAX_CENTRAL_DIR)
        if end is None and head.startswith(b"PK\x03\x04"):
            raise _refuse(N_("errors", "Tệp sao lưu “{0}” không trọn vẹn: thiếu phần cuối (thường do chép chưa xong, "
                                       "hoặc USB bị rút khi đang ghi hay chép)."), str(path))
        if zeros:
            # What FAT/exFAT leaves of a file whose copy the stick was pulled from (or the PC switched off) just
            # after: its size, none of its bytes. Not "another file" (round 25A).
            raise _refuse(N_("errors", "Tệp sao lưu “{0}” chỉ toàn byte 0: nội dung chưa được ghi vào (thường do USB "
                                       "bị rút hoặc máy tắt ngay khi đang ghi hay chép)."), str(path))
        if end is None:
            raise _refuse(not_backup, str(path))
        entries, size = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]  # type: ignore[attr-defined]
        if entries > MAX_MEMBERS or size > MAX_CENTRAL_DIR or counted > MAX_MEMBERS:
            raise _refuse(N_("errors", "Tệp sao lưu có quá nhiều thành phần (hơn {0}); bị từ chối."),
                          f"{MAX_MEMBERS:,}")
        return zipfile.ZipFile(path)
    except BackupError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, struct.error, NotImplementedError, EOFError) as exc:
        if read_failed(exc):  # its end or its directory unreadable on a loose stick: no other file (round 30A)
            raise unreadable_file(path, exc) from None
        if isinstance(exc, PermissionError):
            # Another account's file, or one copied with no read permission: it was called "not a ParApp
            # backup", and the official threw away a good backup (round 13).
            raise not_permitted(path) from None
        raise _refuse(not_backup, str(path)) from None


def _unsafe(name: str) -> bool:
    p = PurePosixPath(name.replace("\\", "/"))
    return name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or ".." in p.parts


def _no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key")
    return dict(pairs)


def _read_manifest(z: zipfile.ZipFile) -> Manifest:
    bad = N_("errors", "manifest.json của tệp sao lưu bị hỏng; bị từ chối.")
    info = z.getinfo(MANIFEST)
    if info.file_size > MAX_MANIFEST:
        raise _refuse(N_("errors", "manifest.json của tệp sao lưu lớn bất thường; bị từ chối."))
    try:
        with z.open(info) as fh:
            data = fh.read(MAX_MANIFEST + 1)
        if len(data) > MAX_MANIFEST:
            raise _refuse(N_("errors", "manifest.json của tệp sao lưu lớn bất thường; bị từ chối."))
        m = json.loads(data, object_pairs_hook=_no_duplicates)
        version = m["schema_version"]
        members = m["members"]
        ok = (isinstance(m, dict) and m.get("app") == "ParApp" and isinstance(version, int)
              and not isinstance(version, bool) and isinstance(members, dict)
              and all(isinstance(k, str) and isinstance(v, str) and re.fullmatch(r"[0-9a-f]{64}", v)
                      for k, v in members.items())
              and isinstance(m.get("commune", ""), str) and isinstance(m["created"], str)
              and isinstance(m["app_version"], str))
    except BackupError:
        raise
    except (ValueError, KeyError, TypeError, *MEMBER_DAMAGED, OSError, RecursionError) as exc:
        # RecursionError: a manifest nested 100,000 deep ended the restore in "Lỗi không mong đợi" (round 11)
        if read_failed(exc):
            raise unreadable(z, exc) from None  # a loose stick, not a damaged manifest (round 30A)
        raise _refuse(bad) from None
    if not ok:
        raise _refuse(bad)
    if version > len(KNOWN):
        raise _refuse(N_("errors", "Tệp sao lưu được tạo bởi phiên bản ParApp mới hơn (cấu trúc dữ liệu {0}, "
                                   "phiên bản này hiểu đến {1}). Hãy cập nhật ParApp rồi khôi phục."),
                      version, len(KNOWN))
    if version < 1:
        raise _refuse(bad)
    return Manifest(printable(m["app_version"][:100]), version, printable(m.get("commune", "")[:500]),
                    printable(m["created"][:40]), members, _left_out(m.get("left_out")))


def _left_out(raw: object) -> list[dict]:
    """What the backup says it lacks, as far as it reads sensibly (it is only ever shown)."""
    out: list[dict] = []
    for x in raw if isinstance(raw, list) else []:
        if (isinstance(x, dict) and isinstance(x.get("sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", x["sha256"])
                and isinstance(x.get("name"), str)):
            task = x.get("task_id")
            out.append({"sha256": x["sha256"], "name": printable(x["name"][:500]),
                        "reason": str(x.get("reason", ""))[:20],
                        "task_id": task if isinstance(task, int) and not isinstance(task, bool) else None})
    return out


def _db_header_size(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> int | None:
    """The size the database's own header declares; None when it does not say."""
    try:
        with z.open(info) as fh:
            head = fh.read(100)
    except (*MEMBER_DAMAGED, OSError, ValueError) as exc:
        if read_failed(exc):
            raise unreadable(z, exc) from None
        if isinstance(exc, MEMBER_DAMAGED):  # its bytes gone bad: said as damage, not as "no database" (round 30A)
            raise _refuse(_MISMATCH, info.filename) from None
        head = b""
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise _refuse(N_("errors", "“parapp.db” trong tệp sao lưu không phải cơ sở dữ liệu; bị từ chối."))
    page = struct.unpack(">H", head[16:18])[0]
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        raise _refuse(N_("errors", "“parapp.db” trong tệp sao lưu không phải cơ sở dữ liệu; bị từ chối."))
    change, pages, valid_for = struct.unpack(">I", head[24:28])[0], struct.unpack(">I", head[28:32])[0], \
        struct.unpack(">I", head[92:96])[0]
    return pages * page if pages and change == valid_for else None


def inspect(z: zipfile.ZipFile) -> Inspected:
    """Steps 2–4: names, manifest, sizes. Reads the manifest and 100 bytes, nothing more."""
    originals = [i.filename for i in z.infolist()]
    infos = as_parapp_wrote(z)
    names = [i.filename for i in infos]
    bad = [n for n in [*originals, *names] if _unsafe(n)]  # as stored, and once a wrapping folder is taken off
    if bad:
        raise _refuse(N_("errors", "Tệp sao lưu bị từ chối: có thành phần “{0}” trỏ ra ngoài thư mục dữ liệu."), bad[0])
    seen: set[str] = set()
    for n in names:
        if n in seen:
            raise _refuse(N_("errors", "Tệp sao lưu có hai thành phần cùng tên “{0}”; bị từ chối."), n)
        seen.add(n)
    if MANIFEST not in names:
        refuse_without_manifest(infos)  # a zip the office made, said as what it is
        raise _refuse(N_("errors", "Tệp sao lưu thiếu manifest.json nên không kiểm tra được; bị từ chối."))
    for info in infos:  # before the manifest is opened: zipfile raises on these, outside its own errors
        _check_kind(info)
    manifest = _read_manifest(z)
    present = set(names) - {MANIFEST}
    if DB_MEMBER not in manifest.members:
        raise _refuse(N_("errors", "Tệp sao lưu không có cơ sở dữ liệu (parapp.db); bị từ chối."))
    unlisted = N_("errors", "Tệp sao lưu có thành phần lạ “{0}” không ghi trong manifest; bị từ chối.")
    extra = sorted(present - manifest.members.keys())
    if extra:
        raise _refuse(unlisted, extra[0])
    missing = sorted(manifest.members.keys() - present)
    if missing:
        raise _refuse(N_("errors", "Tệp sao lưu thiếu “{0}”; bị từ chối."), missing[0])
    by_name = {i.filename: i for i in infos}
    evidence: dict[str, zipfile.ZipInfo] = {}
    mismatched: dict[str, zipfile.ZipInfo] = {}
    for name in present - {DB_MEMBER}:
        m = EVIDENCE_NAME.fullmatch(name)
        if not m:  # listed, but not where or how ParApp names an evidence file (evidence/ab/<its hash>)
            raise _refuse(N_("errors", "Tệp sao lưu có thành phần “{0}” không đúng cách ParApp đặt tên tệp kiểm "
                                       "chứng (evidence/…/mã băm); tệp sao lưu đã bị sửa hoặc không phải của "
                                       "ParApp; bị từ chối."), name)
        # Content other than its name says: a damaged file an older ParApp backed up. Decided once the
        # database is read (restore.py): left out if the database records that file, else refused.
        (evidence if manifest.members[name] == m.group(2) else mismatched)[m.group(2)] = by_name[name]
    for info in infos:
        _check_size(info, MAX_DB if info.filename == DB_MEMBER else MAX_MANIFEST if info.filename == MANIFEST
                    else MAX_EVIDENCE)
    db = by_name[DB_MEMBER]
    declared = _db_header_size(z, db)
    if declared is not None and declared != db.file_size:
        raise _refuse(N_("errors", "“parapp.db” trong tệp sao lưu không phải cơ sở dữ liệu; bị từ chối."))
    return Inspected(manifest, db, evidence, mismatched)


# Flag bits ParApp never writes and zipfile will not read: 0 (encrypted), 6 (strong encryption) and 5
# (patched data). zipfile raises RuntimeError or NotImplementedError on them; a manifest.json so marked, or
# any member with bit 5 or 6, ended a restore in "Lỗi không mong đợi: strong encryption (flag bit 6)" (round 11).
_ENCRYPTED = 0x1 | 0x40
_PATCHED = 0x20


def _check_kind(info: zipfile.ZipInfo) -> None:
    if info.flag_bits & _ENCRYPTED:
        raise _refuse(N_("errors", "Tệp sao lưu có thành phần được mã hóa “{0}”; bị từ chối."), info.filename)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & _PATCHED:
        raise _refuse(N_("errors", "Tệp sao lưu có thành phần nén kiểu lạ “{0}”; bị từ chối."), info.filename)


def _check_size(info: zipfile.ZipInfo, limit: int) -> None:
    _check_kind(info)
    ratio_bomb = (info.compress_type == zipfile.ZIP_DEFLATED and info.file_size > RATIO_FROM
                  and info.file_size > MAX_RATIO * max(info.compress_size, 1))
    stored_lie = info.compress_type == zipfile.ZIP_STORED and info.file_size != info.compress_size
    if info.file_size > limit or ratio_bomb or stored_lie:
        raise _refuse(N_("errors", "Thành phần “{0}” của tệp sao lưu lớn bất thường ({1} MB khi giải nén); "
                                   "bị từ chối, chưa ghi gì."), info.filename, info.file_size >> 20)


def verify_backup(path: Path, *, progress: Progress | None = None) -> Manifest:
    """Check a backup file before trusting it; raise with the reason it is refused. Writes nothing."""
    with open_archive(Path(path)) as z:
        return verify_members(z, inspect(z), progress=progress).manifest


def verify_members(z: zipfile.ZipFile, ins: Inspected, *, progress: Progress | None = None) -> Inspected:
    """Step 5: every member hashed once, in the order it lies in the file."""
    members = sorted([ins.db, *ins.evidence.values(), *ins.mismatched.values()], key=lambda i: i.header_offset)
    total, done = max(1, ins.total_size), 0
    for info in members:
        try:
            with z.open(info) as fh:
                digest, n = stream_sha256(fh, info.file_size)
        except OSError as exc:
            raise unreadable(z, exc) from None
        except (TooLarge, *MEMBER_DAMAGED, ValueError):
            digest, n = "", -1
        if n != info.file_size or digest != ins.manifest.members[info.filename]:
            h = info.filename.rsplit("/", 1)[-1]
            if ins.evidence.get(h) is info:
                # One evidence file gone bad on the stick (a worn cell): the whole backup refused lost the register
                # with it, the old PC often gone (round 30A). Never extracted; decided as an older ParApp's damaged
                # copy is, once the database is read: left out and named if it records the file, else refused.
                ins.mismatched[h] = ins.evidence.pop(h)
                ins.worn.add(h)
                done += info.file_size
                continue
            raise _refuse(_MISMATCH, info.filename)
        done += info.file_size
        if progress:
            progress(done, total)
    return ins
