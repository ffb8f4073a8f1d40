"""The database copy a backup is made of, read as a restore will read it: a backup refused now, said, rather than
reported made when no restore would take it (store/archive.py)."""

from __future__ import annotations

from pathlib import Path

from parapp.core.messages import N_
from parapp.core.shell_words import shell_arg
from parapp.store.archive_format import BackupError, Owner, file_owners, recorded_files
from parapp.store.backup import is_automatic_snapshot
from parapp.store.connect import connect_readonly, tolerant
from parapp.store.schema import MIGRATION_SET
from parapp.store.schema_check import is_bad_text, is_repairable, meaning_problems


def read_copy(path: Path, source: str) -> tuple[int, dict[str, int], dict[str, Owner]]:
    """Schema version of the database copy, the files it records (sha256 → size), and whose they are.
    A value ParApp cannot read back (put there by another program) makes every restore refuse the backup:
    the backup is refused now, said, rather than reported made (round 10)."""
    con = tolerant(connect_readonly(path, immutable=True))
    try:
        # All the restore asks of the data, not only its values: a dangling reference (data edited by another
        # program) was reported made, and every restore of it refused (round 28A).
        unreadable = meaning_problems(con, str(path))[1]
        if unreadable and all(is_bad_text(p) for p in unreadable) and is_automatic_snapshot(Path(source)):
            # Repair refuses a snapshot (the way back): "parapp repair --db <the snapshot>" was printed (round 40A).
            raise BackupError(N_("errors", "Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: bảng {0}, cột "
                                           "{1}, dòng {2} có chữ bị hỏng, không đọc được (không phải UTF-8). Bản sao "
                                           "lưu tự động này được giữ để quay lại nên không sửa trực tiếp được. Hãy "
                                           "khôi phục nó vào dữ liệu đang dùng (parapp restore {3} --db <tệp dữ liệu "
                                           "đang dùng>, hoặc Tệp → Khôi phục… trong cửa sổ), sửa chỗ đó (parapp "
                                           "repair --db <tệp dữ liệu đang dùng>) rồi sao lưu dữ liệu đó."),
                              *_msg_args(unreadable[0])[:3], shell_arg(source))
        links = bool(unreadable) and all(is_repairable(p) for p in unreadable) \
            and not all(is_bad_text(p) for p in unreadable)
        if links and is_automatic_snapshot(Path(source)):
            # Repair refuses a snapshot, and it is itself the way back: "hãy khôi phục bản sao lưu gần nhất còn tốt"
            # was said of it (round 41A). Restored into its data, such a link is put back as it was, then mended.
            from parapp.store.loose_links import loose_links

            found = loose_links(con)
            if found:
                link = found[0]
                raise BackupError(N_("errors", "Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: bảng "
                                               "{0}, cột {1}, dòng {2} trỏ tới dòng {3} không còn. Bản sao lưu tự "
                                               "động này được giữ để quay lại nên không sửa trực tiếp được. Hãy khôi "
                                               "phục nó vào dữ liệu đang dùng (parapp restore {4} --db <tệp dữ liệu "
                                               "đang dùng>, hoặc Tệp → Khôi phục… trong cửa sổ), sửa chỗ đó (parapp "
                                               "repair --db <tệp dữ liệu đang dùng>) rồi sao lưu dữ liệu đó."),
                                  link.table, link.column, link.rowid, link.missing, shell_arg(source))
        if links and not is_automatic_snapshot(Path(source)):
            # A link to a row no longer there, emptied by a repair as a removal empties it: "hãy khôi phục bản sao lưu
            # gần nhất" lost every change since that backup (round 41A). The window's box offers the same repair.
            raise BackupError(N_("errors", "Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: {0}. Dữ liệu "
                                           "không bị thay đổi. Hãy chạy lệnh parapp repair --db {1} rồi sao lưu lại; "
                                           "không cần khôi phục bản sao lưu cũ."), unreadable[0], shell_arg(source))
        if unreadable and all(is_bad_text(p) for p in unreadable):
            # Text a failing disk left unreadable: mended by a repair, losing nothing. "Hãy khôi phục bản sao lưu gần
            # nhất" sent the clerk to a restore that loses every change since that backup (round 33B).
            raise BackupError(N_("errors", "Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: {0}. Dữ liệu "
                                           "không bị thay đổi. Hãy sửa chỗ đó rồi sao lưu lại: lệnh parapp repair --db "
                                           "{1} (trong cửa sổ ParApp: nút “Sửa chỗ chữ hỏng” của hộp báo này); không "
                                           "cần khôi phục bản sao lưu cũ."), unreadable[0], shell_arg(source))
        if unreadable:
            raise BackupError(N_("errors", "Chưa sao lưu được: dữ liệu có giá trị ParApp không đọc được ({0}), nên bản "
                                           "sao lưu sẽ không khôi phục được. Dữ liệu không bị thay đổi. Có lẽ tệp dữ "
                                           "liệu đã bị sửa bằng một chương trình khác: hãy khôi phục bản sao lưu gần "
                                           "nhất còn tốt (lệnh parapp restore, hoặc Tệp → Khôi phục… trong cửa sổ) rồi "
                                           "sao lưu lại; lệnh parapp check --db {1} nêu mọi chỗ như vậy."),
                              unreadable[0], shell_arg(source))
        version = con.execute("SELECT COUNT(*) FROM _sqlite_migrations WHERE migration_set = ?",
                              [MIGRATION_SET]).fetchone()[0]
        return version, recorded_files(con), file_owners(con)
    finally:
        con.close()


def _msg_args(problem) -> tuple:
    """The table, column and row a text problem names (schema_check types its problems as words; they are Msgs)."""
    return tuple(getattr(problem, "args", ()))
