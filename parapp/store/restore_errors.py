"""What a restore says when the disk refuses it: a full disk, a read-only folder, a file standing
where a folder must be made, or another failure of the system."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from parapp.core.messages import N_, ParAppError, os_errno, os_reason
from parapp.store import errors
from parapp.store.archive_format import BackupRefused


class RestoreRefused(BackupRefused):
    pass


def _in_the_way(exc: OSError, folder: Path) -> Path | None:
    """The file standing where a folder must be made (`evidence`, `evidence/b5` a file): the path the
    failed call named, or the nearest of its parents inside the data folder that is not a folder."""
    if os_errno(exc) not in (errno.ENOTDIR, errno.EEXIST) or not exc.filename:
        return None
    p = Path(os.fsdecode(exc.filename))
    while p != folder and folder in p.parents:
        if p.exists() and not p.is_dir():
            return p
        p = p.parent
    return None


def _refusing_subfolder(exc: OSError, folder: Path) -> Path | None:
    """The folder inside the data folder that refused a write (`evidence` another account made), when
    it is not the data folder itself: the failed call's file is made in it."""
    if os_errno(exc) not in (errno.EACCES, errno.EPERM) or not exc.filename:
        return None
    p = Path(os.fsdecode(exc.filename)).parent
    while p != folder and folder in p.parents:
        if p.is_dir():
            return None if os.access(p, os.W_OK) else p
        p = p.parent
    return None


def _held_file(exc: OSError, folder: Path) -> Path | None:
    """The file a rename would have replaced, when that was refused in a folder that takes writes (a read-only
    file on Windows, one open in another program, an immutable one)."""
    if os_errno(exc) not in (errno.EACCES, errno.EPERM) or not exc.filename2:
        return None
    target = Path(os.fsdecode(exc.filename2))
    return target if os.path.lexists(target) and os.access(target.parent, os.W_OK) else None


def explain_os_error(exc: OSError, folder: Path) -> ParAppError:
    if os_errno(exc) in (errno.ENOSPC, errno.EDQUOT):
        return errors.DiskFull(str(folder))
    sub = _refusing_subfolder(exc, folder)
    if sub is not None:
        # The data folder itself takes writes: naming it (round 14) sent the office to a folder that was fine.
        return RestoreRefused(N_("errors", "Không ghi được vào thư mục “{0}” bên trong thư mục dữ liệu: tài khoản này "
                                          "không có quyền ghi vào đó; chưa khôi phục, dữ liệu hiện tại không bị thay "
                                          "đổi. Hãy nhờ người quản trị máy cấp quyền ghi thư mục dữ liệu (cả các thư "
                                          "mục bên trong), rồi khôi phục lại."), str(sub))
    held = _held_file(exc, folder)
    if held is not None:
        # One file the restore replaces would not be replaced, in a folder that takes writes: "the data folder is
        # read-only, choose another" sent the office away from a sound folder (round 24A).
        return RestoreRefused(N_("errors", "Không thay được tệp “{0}” (tệp chỉ đọc, hoặc đang mở trong chương trình "
                                          "khác); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đóng chương "
                                          "trình đang mở tệp đó, hoặc bỏ đánh dấu chỉ đọc của tệp (Thuộc tính), rồi "
                                          "khôi phục lại."), str(held))
    if os_errno(exc) in (errno.EACCES, errno.EPERM, errno.EROFS):
        return errors.FolderReadOnly(str(folder))
    if os_errno(exc) == errno.EISDIR and (exc.filename2 or exc.filename):
        # A folder standing at an evidence file's name (evidence/7f/7fbb…): the restore said "cannot write
        # to <the data folder> (it is a folder) … check the disk" (round 15).
        where = os.fsdecode(exc.filename2 or exc.filename)
        return RestoreRefused(N_("errors", "“{0}” là một thư mục nằm đúng chỗ ParApp cần một tệp (tệp kiểm chứng); "
                                          "chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đổi tên hoặc chuyển "
                                          "thư mục đó ra chỗ khác rồi khôi phục lại."), where)
    in_the_way = _in_the_way(exc, folder)
    if in_the_way is not None:
        return RestoreRefused(N_("errors", "“{0}” là một tệp nằm đúng chỗ ParApp cần một thư mục (để giữ tệp kiểm "
                                          "chứng); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đổi tên "
                                          "hoặc chuyển tệp đó ra chỗ khác rồi khôi phục lại."), str(in_the_way))
    return RestoreRefused(N_("errors", "Không ghi được vào “{0}” ({1}); chưa khôi phục, dữ liệu hiện tại không bị "
                                      "thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại."),
                          str(folder), os_reason(exc))


class CheckNotFinished(errors.StoreError):
    """`check` of a backup could not read its database: the temporary folder it is read through has no room or takes
    no writes. "Nguyên vẹn, khôi phục được" was said of a backup whose data the restore then refused (round 29A)."""

    def __init__(self, backup, temp_folder, detail):
        super().__init__(N_("errors", "Chưa kiểm tra xong “{0}”: dữ liệu trong tệp sao lưu được đọc qua thư mục tạm "
                                      "“{1}”, nhưng không ghi được vào thư mục đó ({2}). Chưa biết tệp sao lưu có khôi "
                                      "phục được hay không; không có gì bị ghi hay thay đổi. Hãy xóa bớt tệp trên ổ "
                                      "đĩa chứa thư mục tạm đó (ví dụ dọn thư mục tạm) rồi kiểm tra lại."),
                         str(backup), str(temp_folder), detail)
