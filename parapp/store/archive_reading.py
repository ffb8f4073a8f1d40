"""Reading a backup off a USB stick: a read that fails (a stick pulled or loose, a failing one) is said as the
stick's, never as a damaged, foreign or forbidden backup (rounds 9 and 30A)."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import TypeGuard

from parapp.core.messages import N_, medium_failed, os_reason
from parapp.store.archive_format import BackupError


# What reading a member whose bytes went bad raises, besides a CRC mismatch (BadZipFile): a compressed one's Huffman
# tables broken raise zlib.error, which ended check and restore in "Lỗi không mong đợi" (round 30A).
MEMBER_DAMAGED = (zipfile.BadZipFile, EOFError, zlib.error)


def read_failed(exc: BaseException) -> TypeGuard[OSError]:
    """Whether an OSError reading a backup is the medium failing (not a name, a right, or the file's content)."""
    return medium_failed(exc)


class BackupUnreadable(BackupError):
    """Nothing said of the backup itself: `check` exits 2, as for data its disk could not read (round 31A)."""


def unreadable_file(path: Path | str, exc: OSError) -> BackupError:
    """The backup file could not be read (a USB stick pulled or loose: EIO), said as such: taken for a
    member that "does not match its checksum", a sound backup was called tampered with or damaged."""
    return BackupUnreadable(N_("errors", "Không đọc được tệp sao lưu “{0}” ({1}): USB có thể đã bị rút hoặc cắm lỏng. "
                                    "Tệp sao lưu chưa chắc đã hỏng, và dữ liệu hiện tại không bị thay đổi; hãy cắm "
                                    "lại USB rồi làm lại."), str(path), os_reason(exc))


def unreadable(z: zipfile.ZipFile, exc: OSError) -> BackupError:
    return unreadable_file(z.filename or "?", exc)


class ReadFailed(Exception):
    def __init__(self, exc: OSError):
        self.exc = exc


class ReadingMember:
    """A member read with its failures told apart from the writes' (the USB stick, not the data folder)."""

    def __init__(self, z: zipfile.ZipFile, info: zipfile.ZipInfo):
        try:
            self.fh = z.open(info)
        except OSError as exc:
            raise ReadFailed(exc) from None

    def read(self, n: int = -1) -> bytes:
        try:
            return self.fh.read(n)
        except OSError as exc:
            raise ReadFailed(exc) from None

    def __enter__(self) -> ReadingMember:
        return self

    def __exit__(self, *exc) -> None:
        self.fh.close()
