"""The read-only banner's words: why the data opened read-only, and what to do about it."""

from __future__ import annotations

from parapp.ui.widgets.texts import tr


def readonly_text(db, why: str) -> str:
    """The banner's words for why the data opened read-only (app.why_read_only), each with its own next step."""
    why = why or ("full" if getattr(db, "limited", None) == "full" else "folder")
    if why == "full":
        return tr("Ổ đĩa chứa dữ liệu đã đầy nên dữ liệu đang mở ở chế độ CHỈ ĐỌC. Có thể xem và in, "
                  "nhưng không sửa được. Hãy xóa bớt tệp không cần trên ổ đĩa đó rồi mở lại ParApp.")
    if why == "lock":
        return tr("Dữ liệu đang mở ở chế độ CHỈ ĐỌC: một tài khoản khác trên máy này đang giữ dữ liệu này (ParApp "
                  "của tài khoản đó đang mở, hoặc đã tắt đột ngột và để lại tệp khóa “{0}” mà tài khoản này không "
                  "mở được). Có thể xem và in, nhưng không sửa được. Hãy đóng ParApp ở tài khoản kia rồi mở lại; "
                  "nếu vẫn vậy, nhờ người đã tạo dữ liệu hoặc người quản trị máy xóa tệp khóa đó."
                  ).format(_lock_name(db))
    if why == "lock-folder":
        return tr("Dữ liệu đang mở ở chế độ CHỈ ĐỌC: bên cạnh tệp dữ liệu có thư mục “{0}” ở đúng chỗ tệp khóa "
                  "của ParApp. Có thể xem và in, nhưng không sửa được. Hãy xóa hoặc đổi tên thư mục đó rồi mở lại "
                  "ParApp.").format(_lock_name(db))
    if why == "links":
        return tr("Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp dữ liệu còn mang một tên khác trên đĩa (liên kết cứng, "
                  "thường do chép thư mục bằng “cp -al”), ghi vào là ghi luôn vào tệp kia. Có thể xem và in. Hãy "
                  "chép tệp thành một bản riêng (chép thường) rồi mở bản chép.")
    if why == "snapshot":
        return tr("Dữ liệu đang mở ở chế độ CHỈ ĐỌC: đây là một bản sao lưu tự động (thư mục backups/auto), giữ để "
                  "quay lại khi cần, nên không ghi gì vào đó. Có thể xem và in. Muốn dùng lại dữ liệu này, hãy mở "
                  "dữ liệu đang dùng rồi khôi phục bản này (Tệp → Khôi phục…).")
    if why in ("side-readonly", "side-foreign"):
        # A -wal/-shm marked read-only (copied from a CD) or another account's: "thư mục hoặc USB không cho ghi … chép
        # cả thư mục vào máy" was said of a folder that takes writes; the copy keeps the mark, or forks data another
        # account's ParApp has open (round 41B). Said as the command line says it.
        side = side_file_problem(db.path)
        name = side[1] if side else "parapp.db-shm"
        if why == "side-readonly":
            return tr("Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp “{0}” bên cạnh tệp dữ liệu bị đánh dấu chỉ đọc (thường do "
                      "chép cùng dữ liệu từ đĩa CD). Có thể xem và in, nhưng không sửa được. Hãy bỏ đánh dấu chỉ đọc "
                      "của tệp đó (và của các tệp parapp.db khác bên cạnh nếu có), rồi mở lại ParApp.").format(name)
        return tr("Dữ liệu đang mở ở chế độ CHỈ ĐỌC: bên cạnh tệp dữ liệu có “{0}” của một tài khoản khác trên máy "
                  "này (ParApp của tài khoản đó đang mở dữ liệu, hoặc đã bị tắt đột ngột). Có thể xem và in, nhưng "
                  "không sửa được. Hãy đóng ParApp ở tài khoản kia rồi mở lại; nếu vẫn vậy, nhờ người quản trị máy "
                  "cấp quyền đọc và ghi tệp đó.").format(name)
    if why == "file":
        return tr("Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp dữ liệu chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản "
                  "khác). Có thể xem và in, nhưng không sửa được. Hãy bỏ đánh dấu chỉ đọc của tệp, hoặc nhờ người "
                  "quản trị máy cấp quyền ghi, rồi mở lại ParApp.")
    # The whole folder: the file alone leaves behind its evidence files and what its -wal holds (round 24B).
    program = _portable_program(db)
    if program is not None:
        # The window opens no other folder: the copy opens only as a portable ParApp's own ParApp-data (round 25A).
        return tr("Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và in, nhưng không "
                  "sửa được. Để làm việc, hãy chép cả thư mục “{0}” (chương trình ParApp cùng thư mục ParApp-data "
                  "bên cạnh) vào máy, rồi chạy ParApp trong bản chép.").format(program)
    return tr("Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và in, nhưng không sửa "
              "được. Để làm việc, hãy chép cả thư mục dữ liệu (tệp dữ liệu cùng các tệp bên cạnh và thư mục evidence) "
              "vào máy rồi mở bản chép.")

def _portable_program(db):
    from parapp.datadir import portable_program

    return portable_program(db.path) if getattr(db, "path", None) is not None else None


def _lock_name(db) -> str:
    from parapp.store.writer_lock import lock_path_for

    return lock_path_for(db.path).name


def side_file_problem(path) -> tuple[str, str] | None:
    """("side-readonly" or "side-foreign", the file's name) when a file SQLite keeps beside the data cannot be written,
    as the store judges it for a write (store.db: SideFileReadOnly, SideFileForeign); None otherwise."""
    from pathlib import Path

    from parapp.store.db import check_openable
    from parapp.store.errors import SideFileForeign, SideFileReadOnly, StoreError

    try:
        check_openable(path, write=True, head=False)  # head False: the window has the data open (round 28B)
    except SideFileReadOnly as exc:
        return "side-readonly", Path(str(exc.args_[0])).name
    except SideFileForeign as exc:
        return "side-foreign", Path(str(exc.args_[0])).name
    except (StoreError, OSError):
        return None
    return None
