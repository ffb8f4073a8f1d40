"""Why a database could not be opened, in words a user can act on."""

from __future__ import annotations

import os
from pathlib import Path

from parapp.core.shell_words import shell_arg
from parapp.core.messages import N_, ParAppError, os_errno


class StoreError(ParAppError):
    context = "errors"


class FolderMissing(StoreError):
    def __init__(self, folder):
        super().__init__(
            N_("errors", "Thư mục “{0}” không tồn tại. Hãy tạo thư mục đó hoặc chọn nơi lưu khác."),
            folder,
        )


class FolderNotPermitted(FolderMissing):
    """The folder lies inside one this account may not enter (another account's home, 0700): a
    FolderMissing to every caller, said as what it is. Python's Path.is_dir raised there, and every
    command ended in "Lỗi không mong đợi" (round 15)."""

    def __init__(self, folder):  # not super().__init__: the message differs
        StoreError.__init__(
            self,
            N_("errors", "Tài khoản này không có quyền vào thư mục “{0}” (thư mục nằm trong thư mục của tài khoản "
                         "khác) nên chưa làm gì; dữ liệu không bị thay đổi. Hãy chọn thư mục khác, hoặc nhờ người "
                         "quản trị máy cấp quyền."),
            folder,
        )


def not_reachable(path) -> FolderNotPermitted:
    """A file in a folder this account may not enter (another account's home, 0700, or a link into one):
    that folder named. It was said "not found" of a backup, "not a ParApp database" of a `--db` link, and a
    snapshot there ended in "Lỗi không mong đợi" (round 16)."""
    real = Path(os.path.realpath(path))
    return FolderNotPermitted(str(next((f for f in reversed(real.parents) if not os.access(f, os.X_OK)), real.parent)))


def is_folder(folder) -> bool:
    """Path.is_dir, but a folder this account may not reach is said (FolderNotPermitted), not a traceback."""
    try:
        return folder.is_dir()
    except PermissionError:
        raise FolderNotPermitted(str(folder)) from None
    except OSError:
        return False


class FolderReadOnly(StoreError):
    def __init__(self, folder):
        super().__init__(
            N_("errors", "Không ghi được vào thư mục “{0}” (chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác, ví dụ "
                         "trong Tài liệu của bạn."),
            folder,
        )


class DataFolderReadOnly(FolderReadOnly):
    """The folder of a database that is there cannot be written (a locked stick, a CD): "choose another folder" sent
    the command line's user to an empty commune (round 24B); the data is read where it is, and worked on as a copy."""

    def __init__(self, folder):  # not super().__init__: the message differs from the folder's
        StoreError.__init__(
            self,
            N_("errors", "Không ghi được vào thư mục “{0}” (chỉ đọc: USB bị gạt khóa chống ghi, đĩa CD, hoặc không có "
                         "quyền) nên chưa ghi gì. Dữ liệu ở đó vẫn xem và in được. Để sửa, hãy chép cả thư mục dữ liệu "
                         "vào máy (ví dụ vào Tài liệu của bạn) rồi làm việc trên bản chép."),
            folder,
        )


def folder_read_only(folder, db_path) -> FolderReadOnly:
    """The folder `folder` takes no writes: said of the data in it when its database `db_path` is there."""
    return DataFolderReadOnly(folder) if os.path.isfile(db_path) else FolderReadOnly(folder)


class DatabaseReadOnly(FolderReadOnly):
    """The folder takes writes but the database file does not (marked read-only, or another
    account's): a FolderReadOnly to every caller (the window then opens it read-only), but the
    advice is about the file, not the folder."""

    def __init__(self, path):  # not super().__init__: the message differs from the folder's
        StoreError.__init__(
            self,
            N_("errors", "Tệp dữ liệu “{0}” chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản khác) nên chưa ghi gì. "
                         "Hãy bỏ đánh dấu chỉ đọc của tệp, hoặc nhờ người quản trị máy cấp quyền ghi, rồi thử lại."),
            path,
        )


class DatabaseHasOtherNames(FolderReadOnly):
    """The database file has a second name (a hard link: a folder copied with `cp -al`, a backup tool that
    links). The writer lock and SQLite's -wal/-shm sit beside each name, so two ParApps on the two names both
    wrote the one file through two WALs, and the "copy" changed with every save: read only, like a read-only
    file (the window opens it so, and says why)."""

    def __init__(self, path):  # not super().__init__: the message differs from the folder's
        StoreError.__init__(
            self,
            N_("errors", "Tệp dữ liệu “{0}” còn mang một tên khác trên đĩa (liên kết cứng, thường do chép thư mục "
                         "bằng “cp -al” hoặc công cụ sao lưu dùng liên kết): ghi vào đây là ghi luôn vào tệp kia, và "
                         "hai ParApp mở hai tên sẽ làm hỏng dữ liệu, nên chưa ghi gì. Hãy chép tệp này thành một bản "
                         "riêng (chép thường, không liên kết) rồi mở bản chép, hoặc xóa tên kia nếu không cần."),
            path,
        )


class AutomaticSnapshot(FolderReadOnly):
    """`--db` names one of ParApp's automatic snapshots (backups/auto/parapp-….db): read as it stands, never written
    (round 24A: an import or a restore wrote into the way back from a restore). The window opens it read-only.
    Never "copy it out of backups/auto and open the copy" (round 25A): the copy has none of its evidence files."""

    def __init__(self, path):  # not super().__init__: the message differs from the folder's
        StoreError.__init__(
            self,
            N_("errors", "“{0}” là một bản sao lưu tự động của ParApp, giữ để quay lại khi cần, nên không ghi gì vào "
                         "đó. Muốn dùng lại dữ liệu này, hãy khôi phục nó vào dữ liệu đang dùng: parapp "
                         "restore {1} --db <tệp dữ liệu đang dùng> (hoặc Tệp → Khôi phục… trong cửa sổ). Muốn chỉ "
                         "xem, hãy mở nó trong cửa sổ (chỉ đọc) bằng lệnh:\n    parapp --db {1}"),
            path, shell_arg(path),
        )


class SideFileHasOtherNames(DatabaseHasOtherNames):
    """SQLite's -wal/-shm beside the database has a second name (store.db._check_side_names): read only too."""

    def __init__(self, path):
        StoreError.__init__(
            self,
            N_("errors", "Tệp “{0}” (nhật ký ghi của SQLite, cạnh tệp dữ liệu) còn mang một tên khác trên đĩa (liên "
                         "kết cứng, thường do chép thư mục bằng “cp -al” hoặc công cụ sao lưu dùng liên kết khi ParApp "
                         "đang mở): ghi vào đây sẽ xóa những thay đổi của dữ liệu kia, nên chưa ghi gì. Hãy đóng "
                         "ParApp rồi chép lại cả thư mục dữ liệu bằng cách chép thường (không liên kết)."),
            path,
        )


class DatabaseUnreadable(StoreError):
    """The file is there but this account may not read it (another account's, owner-only)."""

    def __init__(self, path):
        super().__init__(
            N_("errors", "Tài khoản này không có quyền đọc tệp dữ liệu “{0}” (tệp của tài khoản khác) nên chưa làm gì; "
                         "dữ liệu không bị thay đổi. Hãy mở ParApp bằng tài khoản đã tạo dữ liệu, hoặc nhờ người quản "
                         "trị máy cấp quyền đọc và ghi tệp này cho tài khoản của bạn."),
            path,
        )


class LockFileForeign(FolderReadOnly):
    """The writer lock's file is there, in a folder this account may write, but cannot even be
    opened (another account's, mode 000): a FolderReadOnly to every caller (the window opens
    read-only), but neither the folder nor a USB stick is the reason (round 14c)."""

    def __init__(self, path):  # not super().__init__: the message differs from the folder's
        StoreError.__init__(
            self,
            N_("errors", "Tệp khóa “{0}” do một tài khoản khác trên máy này tạo nên tài khoản này không mở được: "
                         "ParApp của tài khoản đó có thể đang ghi dữ liệu này. Chưa làm gì, dữ liệu không bị ảnh "
                         "hưởng. Hãy đóng ParApp ở tài khoản kia rồi chạy lại; nếu vẫn vậy, nhờ người đã tạo dữ liệu "
                         "hoặc người quản trị máy xóa tệp khóa đó."),
            path,
        )


class SideFileNotAFile(StoreError):
    """What SQLite keeps beside the database (`-journal`, `-wal`, `-shm`) is there but no file: a FIFO made
    SQLite wait for ever (check, every command, the window, the restore hung), a folder said "disk I/O
    error" (round 16)."""

    TEXT = N_("errors", "Bên cạnh tệp dữ liệu có “{0}” nhưng đó không phải là một tệp bình thường (là thư mục hoặc "
                        "tệp đặc biệt), nên ParApp chưa mở dữ liệu; dữ liệu không bị thay đổi. Hãy xóa hoặc đổi tên "
                        "“{0}” rồi làm lại.")

    def __init__(self, path):
        super().__init__(self.TEXT, path)


class LockNotAFile(FolderReadOnly):
    """A folder at the writer lock's name (`parapp.db.lock`): a FolderReadOnly to every caller (the window
    opens read-only), said as what it is; it was "the folder is read-only, choose another" (round 16)."""

    def __init__(self, path):  # not super().__init__: the message differs from the folder's
        StoreError.__init__(self, SideFileNotAFile.TEXT, path)


class SideFileForeign(FolderReadOnly):
    """A file SQLite keeps beside the database (`-wal`, `-shm`, `-journal`) that this account may not read (or,
    to write, not write): another account's ParApp left it (it has the data open, or was killed). A
    FolderReadOnly to every caller (the window opens read-only); it was "the folder is read-only, choose another
    folder", of a folder that takes writes (choosing another starts an empty commune), or a disk fault (round 17)."""

    def __init__(self, path):  # not super().__init__: the message differs from the folder's
        StoreError.__init__(
            self,
            N_("errors", "Bên cạnh tệp dữ liệu có “{0}” của một tài khoản khác trên máy này (ParApp của tài khoản đó "
                         "đang mở dữ liệu, hoặc đã bị tắt đột ngột); tài khoản này không có quyền đọc hoặc ghi tệp đó "
                         "nên chưa làm gì, dữ liệu không bị thay đổi. Hãy mở rồi đóng ParApp ở tài khoản kia, rồi làm "
                         "lại; nếu vẫn vậy, nhờ người quản trị máy cấp quyền đọc và ghi tệp đó."),
            path,
        )


class SideFileReadOnly(SideFileForeign):
    """This account's own -wal/-shm marked read-only (copied with the data from a CD, or made beside a file marked
    read-only by ParApp before round 24B): the mark to take off, not another account's ParApp to close."""

    def __init__(self, path):  # not super().__init__: the message differs
        StoreError.__init__(
            self,
            N_("errors", "Tệp “{0}” bên cạnh tệp dữ liệu đang bị đánh dấu chỉ đọc (thường do chép cùng dữ liệu từ đĩa "
                         "CD) nên chưa ghi gì, dữ liệu không bị thay đổi. Hãy bỏ đánh dấu chỉ đọc của tệp đó, như của "
                         "tệp dữ liệu, rồi làm lại."),
            path,
        )


class NotParAppDatabase(StoreError):
    def __init__(self, path):
        super().__init__(
            N_("errors", "Tệp “{0}” không phải là cơ sở dữ liệu ParApp. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp "
                         "mới để tạo dữ liệu mới."), path)


class DatabaseIsFolder(NotParAppDatabase):
    """`--db` given a folder (the data folder, one unpacked from a backup): "Tệp … không phải …" (28A left it)."""

    def __init__(self, path, found=None):  # found: the ParApp database the folder holds (side_names.database_in)
        folder = Path(path)
        inside, portable = folder / "parapp.db", folder / "ParApp-data" / "parapp.db"
        if not os.path.isfile(inside) and os.path.isfile(portable):  # the portable install's folder: never a new
            inside = portable  # register beside the program, the data left in its ParApp-data (round 29A)
        if not os.path.isfile(inside) and found is not None:  # its data named otherwise (side_names.database_in):
            inside = Path(found)  # a new parapp.db was advised beside it, sharing its evidence and snapshots (42A)
        if not os.access(folder, os.X_OK):  # another account's: Path.is_file raised, "Lỗi không mong đợi" (29A)
            FolderNotPermitted.__init__(self, str(folder))
        elif os.path.isfile(folder / "manifest.json") and os.path.isfile(inside):
            StoreError.__init__(self, N_("errors", "“{0}” là thư mục giải nén từ một tệp sao lưu, không phải tệp "
                                                   "dữ liệu; dữ liệu trong đó chỉ dùng được sau khi khôi phục (lệnh "
                                                   "parapp restore {1} nói cách làm). Chưa làm gì."), str(folder),
                                shell_arg(folder))
        elif os.path.isfile(inside):
            StoreError.__init__(self, N_("errors", "“{0}” là một thư mục, không phải tệp dữ liệu. Dữ liệu ParApp trong "
                                                   "thư mục này là tệp “{1}”: hãy dùng --db {2}. Chưa làm gì."),
                                str(folder), str(inside), shell_arg(inside))
        else:
            StoreError.__init__(self, N_("errors", "“{0}” là một thư mục, không phải tệp dữ liệu ParApp, và trong đó "
                                                   "không có tệp parapp.db. Hãy cho biết tệp parapp.db của dữ liệu, "
                                                   "hoặc một tên tệp mới để tạo dữ liệu mới (ví dụ “{1}”)."),
                                str(folder), str(inside))


class DatabaseTooNew(StoreError):
    def __init__(self, path, unknown):
        super().__init__(
            N_("errors", "Tệp “{0}” được tạo bởi phiên bản ParApp mới hơn (có thay đổi {1} mà phiên bản này chưa "
                         "biết). Hãy cài phiên bản ParApp mới nhất; dữ liệu không bị thay đổi."), path, unknown)


class DatabaseDamaged(StoreError):
    def __init__(self, path, detail):
        super().__init__(
            N_("errors", "Không mở được tệp dữ liệu “{0}”: {1}. Dữ liệu không bị thay đổi; hãy khôi phục từ bản sao "
                         "lưu gần nhất."),
            path, detail,
        )


class NotFound(StoreError):
    def __init__(self, what, ident):
        super().__init__(N_("errors", "Không tìm thấy {0} số {1}."), what, ident)


class DatabaseMissing(StoreError):
    def __init__(self, path):
        super().__init__(
            N_("errors", "Không thấy tệp dữ liệu “{0}”. Hãy kiểm tra lại đường dẫn; dữ liệu mới chỉ được tạo khi mở "
                         "cửa sổ ParApp lần đầu hoặc bằng lệnh parapp demo."),
            path,
        )


class Busy(StoreError):
    """Someone else is writing: nothing is wrong with the data; try again. Exit 75 (sysexits' EX_TEMPFAIL)."""

    exit_code = 75


class DatabaseBusy(Busy):
    def __init__(self, path):
        super().__init__(
            N_("errors", "Tệp dữ liệu “{0}” đang được một chương trình khác ghi; chưa làm gì, dữ liệu không bị "
                         "ảnh hưởng. Hãy đợi một lát rồi thử lại."),
            path,
        )


class WriterBusy(Busy):
    def __init__(self, activity):
        super().__init__(
            N_("errors", "ParApp khác đang ghi dữ liệu này ({0}); chưa làm gì, dữ liệu không bị ảnh hưởng. "
                         "Hãy đợi việc đó xong (hoặc đóng cửa sổ ParApp) rồi chạy lại."),
            activity,
        )

    def translated(self, translate) -> str:
        # the holder wrote what it does in Vietnamese (store.writer_lock): one of the "lock" phrases
        return translate(self.context, self.text).format(translate("lock", self.args_[0]))


class DiskFull(StoreError):
    def __init__(self, folder):
        super().__init__(
            N_("errors", "Ổ đĩa chứa “{0}” đã đầy nên chưa ghi được; dữ liệu đã lưu trước đó vẫn nguyên vẹn. "
                         "Hãy xóa bớt tệp không cần trên ổ đĩa đó rồi làm lại."),
            folder,
        )


class NoRoomToRead(StoreError):
    """Data that SQLite cannot read in place (read-only media or a full disk, with a -wal beside it)
    is read through a copy in the system's temporary folder, and that folder's disk has no room (or
    cannot be written): that folder is named, not the data's, which is neither full nor at fault."""

    def __init__(self, temp_folder, detail=""):
        if detail:
            text = N_("errors", "Dữ liệu đang ở nơi không ghi được (đĩa CD, USB khóa chống ghi, hoặc ổ đầy) nên "
                                "ParApp đọc nó qua một bản chép tạm trong “{0}”, nhưng không ghi được vào thư mục "
                                "tạm đó ({1}). Dữ liệu không bị thay đổi; hãy kiểm tra thư mục đó rồi làm lại.")
        else:
            text = N_("errors", "Dữ liệu đang ở nơi không ghi được (đĩa CD, USB khóa chống ghi, hoặc ổ đầy) nên "
                                "ParApp đọc nó qua một bản chép tạm trong “{0}”, nhưng ổ đĩa chứa thư mục tạm đó "
                                "không đủ chỗ trống. Dữ liệu không bị thay đổi; hãy xóa bớt tệp trên ổ đĩa đó (ví "
                                "dụ dọn thư mục tạm) rồi làm lại.")
        super().__init__(text, temp_folder, detail)

    @classmethod
    def of(cls, exc) -> NoRoomToRead:
        """From store.connect's NoRoomForCopy."""
        from parapp.core.messages import os_reason

        return cls(exc.temp, os_reason(exc.exc) if exc.exc is not None else "")


class SnapshotNotMade(StoreError):
    """The snapshot taken before a change (a set replaced or removed, a restore, an upgrade) could not
    be written: the change is not made, since its way back would be missing."""

    READ_ONLY, NOT_A_FOLDER = "read-only", "not-a-folder"

    def __init__(self, folder, why, detail=""):
        if why == self.READ_ONLY:
            text = N_("errors", "Chưa tạo được bản sao lưu tự động: thư mục “{0}” chỉ đọc hoặc không có quyền ghi. "
                                "Chưa làm gì, dữ liệu không thay đổi. Hãy mở khóa thư mục đó rồi làm lại.")
        elif why == self.NOT_A_FOLDER:
            text = N_("errors", "Chưa tạo được bản sao lưu tự động: “{0}” không phải là thư mục (có một tệp trùng "
                                "tên). Chưa làm gì, dữ liệu không thay đổi. Hãy đổi tên tệp đó rồi làm lại.")
        else:
            text = N_("errors", "Chưa tạo được bản sao lưu tự động trong “{0}” ({1}). Chưa làm gì, dữ liệu không "
                                "thay đổi. Hãy kiểm tra thư mục đó rồi làm lại.")
        super().__init__(text, folder, detail)


class StorageIOError(StoreError):
    """The disk failed a read or a write: not a verdict on the data (only an integrity check gives one)."""

    def __init__(self, path, detail, database):
        # The command names the database: a bare "parapp check", run as printed, checked the default data folder.
        super().__init__(
            N_("errors", "Không đọc hoặc ghi được ổ đĩa chứa “{0}” ({1}); chưa làm gì, dữ liệu không bị ghi đè. Hãy "
                         "kiểm tra ổ đĩa hoặc USB (còn cắm chắc, còn chỗ trống) rồi làm lại; lệnh parapp check --db "
                         "{3} cho biết dữ liệu có nguyên vẹn không."),
            path, detail, database, shell_arg(database),
        )


def explain(exc: BaseException, where: str = "") -> StoreError | None:
    """A StoreError for a failure the user can act on (busy, disk full), else None."""
    import errno
    import sqlite3

    from parapp.store.connect import is_busy, is_disk_full

    if is_busy(exc):
        return DatabaseBusy(where or "?")
    if is_disk_full(exc) or (isinstance(exc, OSError) and os_errno(exc) in (errno.ENOSPC, errno.EDQUOT)):
        return DiskFull(where or getattr(exc, "filename", None) or "?")
    if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc).lower():
        return FolderReadOnly(where or "?")
    return None
