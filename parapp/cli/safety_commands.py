"""parapp backup / restore / check."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from parapp.cli.waiting import say_waiting
from parapp.core.shell_words import full_path, shell_arg
from parapp.core.messages import ParAppError
from parapp.core.commune_names import same_commune
from parapp.core.dates import when_made
from parapp.services.safety import backup, check, commune_of, repair_text, restore, text_gone_bad
from parapp.store.access import reading
from parapp.store.side_names import DatabaseSideFile
from parapp.store import file_head
from parapp.store.errors import (Busy, DatabaseIsFolder, DatabaseUnreadable, FolderNotPermitted, NoRoomToRead,
                                 SideFileForeign, SideFileNotAFile, StorageIOError)


def cmd_backup(db_path: Path, folder: Path) -> int:
    """A reader: runs beside an import or the open window, and never writes to the database.

    0: the backup holds everything; 1: it was made and restores, but an evidence file the data
    folder no longer holds as recorded was left out (named on stderr)."""
    with reading(db_path, on_wait=say_waiting) as db:
        made = backup(db, folder)
    print(made.path)
    for x in made.left_out:
        print(f"Lưu ý: {x.message}", file=sys.stderr)
    return 1 if made.left_out else 0


def cmd_restore(backup_file: Path, db_path: Path) -> int:
    before = commune_of(db_path)
    done = restore(backup_file, db_path, on_wait=say_waiting)
    m = done.manifest
    if done.kept:
        print(f"Tệp dữ liệu cũ bị hỏng nên không sao lưu được; đã giữ nguyên nó với tên {done.kept.name}.")
    # The way back, named: the command line has no list of the snapshots, and only its name lets `parapp restore`
    # undo a restore of the wrong file (round 24A: "được giữ trong bản sao lưu tự động “trước khi khôi phục”").
    # Full paths: run later from another folder, a relative --db was refused, or named another data (round 25A).
    # With "..", the folder as the system reached it: abspath reads `x/../d` lexically, another folder when x is a
    # link (round 26A). Without, as typed: realpath would turn a mapped drive Z:\ into \\server\share on Windows.
    full = full_path(db_path)
    # The command on a line of its own, nothing after it: a sentence's full stop, copied with it to the end of the
    # line, made `--db "…/parapp.db".` the file parapp.db. to a shell, restored into that instead (round 26A).
    way_back = (f" Dữ liệu trước khi khôi phục được giữ trong bản sao lưu tự động {done.before}. Để quay lại, chạy "
                f"lệnh:\n    parapp restore {shell_arg(done.before)} --db {shell_arg(full)}") if done.before else ""
    if m is None:  # one of ParApp's automatic snapshots
        print(f"Đã khôi phục {db_path} từ bản sao lưu tự động {backup_file.name}.{way_back}")
    else:
        print(f"Đã khôi phục {db_path} từ {backup_file.name} (sao lưu lúc {when_made(m.created)}, "
              f"{m.commune or 'chưa đặt tên xã'}).{way_back}")
    # A snapshot's commune is read from the data now in place: the command line takes any snapshot's path (another
    # data folder's), and said nothing when one commune's data replaced another's (round 26A).
    restored = m.commune if m is not None else commune_of(db_path)
    if restored and before and not same_commune(restored, before):
        # The window asks first (round 22A); a command cannot, so it says what it did and how to undo it (round 23B).
        print(f"Lưu ý: {'tệp sao lưu' if m is not None else 'bản sao lưu tự động'} là dữ liệu của “{restored}”, không "
              f"phải của “{before}” trước đó. Nếu nhầm tệp: dữ liệu của “{before}” được giữ trong bản sao lưu tự động "
              f"“trước khi khôi phục” {done.before or db_path.parent / 'backups' / 'auto'} (parapp restore <tệp đó> "
              f"--db {shell_arg(full)} để lấy lại).",
              file=sys.stderr)
    for x in done.left_out:
        print(f"Lưu ý: {x.restored_message}")
    gone_bad = text_gone_bad(db_path)
    if gone_bad:  # put back as the backup held it (an older ParApp backed such data up): mended without a loss (34A)
        print(f"Lưu ý: dữ liệu vừa khôi phục có chữ bị hỏng trên đĩa từ trước khi sao lưu ({gone_bad}). Hãy chạy lệnh "
              f"parapp repair --db {shell_arg(full)} (trong cửa sổ: nút “Sửa chỗ chữ hỏng”).")
    return 0


def cmd_repair(db_path: Path) -> int:
    """0: repaired, or nothing to repair; each place named, with the way back (the snapshot taken before)."""
    repaired, snap, unlogged = repair_text(db_path, on_wait=say_waiting)
    if not repaired:
        print(f"{db_path}: không có chữ nào bị hỏng, không sửa gì.")
        return 0
    for r in repaired:
        if (r.table, r.column) == ("sqlite_master", "index"):  # no value changed (round 39A)
            print(f"Đã dựng lại chỉ mục {r.text} từ dữ liệu các bảng (không giá trị nào thay đổi).")
            continue
        if r.unlinked is not None:  # a link to a row no longer there, emptied as its removal would have (41A)
            print(_unlinked(r, db_path))
            continue
        words = " ".join(r.text.split())
        if r.retype:  # a date no digit of which could be known (round 33A)
            print(f"Đã sửa bảng {r.table}, cột {r.column}, dòng {r.rowid}: ngày “{r.was}” không đọc được, nay "
                  f"{f'ghi “{r.text}”' if r.text else 'để trống'}; hãy nhập lại ngày đó trong cửa sổ.")
            continue
        print(f"Đã sửa bảng {r.table}, cột {r.column}, dòng {r.rowid}: “{words[:80]}{'…' if len(words) > 80 else ''}”")
    # Put back exactly (a finalised report by its hash, a status, a setting's name: round 32A), nothing is to retype.
    retype = ("Chỗ chữ hỏng nay là dấu “\ufffd”: hãy xem lại những chỗ đó trong cửa sổ và gõ lại cho đúng. "
              if any("\ufffd" in r.text and r.to_retype for r in repaired)
              else "" if any(r.to_retype or r.kept or r.unlinked is not None for r in repaired)
              else "Mọi chỗ đã được đặt lại đúng như trước khi hỏng. ")
    logged = sum(1 for r in repaired if r.in_log)
    if logged:  # the log is append-only: nothing to retype there (round 38A)
        retype += (f"{logged} dòng Nhật ký thay đổi giữ dấu “\ufffd” ở chỗ chữ hỏng, phần còn lại đọc được như cũ: "
                   "Nhật ký chỉ ghi thêm, không sửa được và không cần sửa. ")
    for year in sorted({r.year or 0 for r in repaired if r.in_par_set}):  # no window edits it (round 39A)
        retype += (f"Số thứ tự của tiêu chí Chỉ số CCHC năm {year or '…'} giữ dấu “\ufffd”: số này lấy từ tệp bộ tiêu "
                   f"chí của tỉnh, không sửa được trong cửa sổ. Hãy nhập lại tệp đó, thay bộ cũ: parapp par import-set "
                   f"<tệp bộ tiêu chí> --year {year or '<năm>'} --replace --db {shell_arg(full_path(db_path))} (trong "
                   "cửa sổ: Chỉ số CCHC → Nhập bộ tiêu chí…, chọn “Thay bộ tiêu chí đã có”); điểm, giải trình và tài "
                   "liệu của các mã còn giữ được giữ nguyên. ")
    if any(r.unseen for r in repaired):  # a note no window shows: nothing to retype (round 39A)
        retype += ("Tên tệp bộ tiêu chí Chỉ số CCHC đã nhập (ParApp chỉ ghi để nhớ, không hiện ở đâu) giữ dấu "
                   "“\ufffd”: không cần sửa. ")
    print(f"{retype}Dữ liệu "
          f"trước khi sửa được giữ trong bản sao lưu tự động {snap.path}. Để quay lại, chạy lệnh:\n"
          f"    parapp restore {shell_arg(snap.path)} --db {shell_arg(full_path(db_path))}")
    if unlogged:  # the repair stands; the log read on as if the words had always been so (round 34B)
        why = f"ổ đĩa chứa “{unlogged.detail}” đã đầy" if unlogged.full else unlogged.detail
        print(f"Lưu ý: việc sửa này chưa được ghi vào Nhật ký thay đổi ({why}); chữ đã được sửa xong.")
    return 0


def _unlinked(r, db_path: Path) -> str:
    if (r.table, r.column) == ("tasks", "carried_to"):
        return (f"Nhiệm vụ số {r.rowid} trỏ tới nhiệm vụ số {r.unlinked} (việc nhận chuyển sang năm sau) nay không "
                f"còn: đã bỏ liên kết đó, như khi xóa nhiệm vụ nhận chuyển; nhiệm vụ số {r.rowid} nay là việc chưa "
                f"chuyển. Nếu nó đã được chuyển sang kế hoạch năm sau, chạy lệnh parapp carry --year "
                f"{r.year or '<năm>'} --task {r.rowid} --db {shell_arg(full_path(db_path))} để nối lại với việc cùng "
                "nội dung ở kế hoạch đó.")
    return (f"Đã bỏ liên kết ở bảng {r.table}, cột {r.column}, dòng {r.rowid}: dòng {r.unlinked} nó trỏ tới không "
            "còn (như khi dòng đó bị xóa).")


def cmd_check(db_path: Path) -> int:
    """0 when sound; 1 with the problems in words otherwise; 75 when another program holds the file. Writes nothing."""
    notes: list[str] = []
    if _is_zip(db_path):  # the backup on the stick, checked as a restore would (round 27A): not "không phải ParApp"
        return _check_backup(db_path)
    try:
        health = check(db_path)
        problems, notes = health.problems, health.notes
    # Nothing said about the data (75 / 2): a file beside it this account may not use is no damage (round 17:
    # exit 1, 'not sound', for another account's WAL would send a script to restore over sound data).
    # Nor is a disk that failed a read (a loose USB stick): 'not sound' of data it could not read (round 18).
    # A folder given for the file says nothing of any data either (round 28A left it at exit 1).
    # Nor a file ParApp keeps beside the data, given for it (round 30A).
    except (Busy, NoRoomToRead, DatabaseUnreadable, FolderNotPermitted, SideFileForeign, SideFileNotAFile,
            StorageIOError, DatabaseIsFolder, DatabaseSideFile):
        raise
    except ParAppError as exc:
        problems = [exc.message]
    from parapp.store.side_names import KeptAsideCopy, kept_aside_from

    data = kept_aside_from(db_path) if problems else None
    if data is not None:  # "hãy khôi phục" of a copy kept aside: followed, a second data beside it (round 44A)
        notes.append(KeptAsideCopy(db_path, data, restore=False).message)
    for n in notes:
        print(f"Lưu ý: {n}", file=sys.stderr)
    if problems:
        for p in problems:
            print(p)
        return 1
    print(f"{db_path}: dữ liệu nguyên vẹn.")
    return 0


def _is_zip(path: Path) -> bool:
    """A .zip, or a file named as a backup that is no database (cut short, all zeros: said as the backup it was), or a
    folder unpacked from a backup: "Tệp … không phải là cơ sở dữ liệu … một tên tệp mới để tạo dữ liệu mới" was said
    of it; restore says what it is and how to restore it (round 28A)."""
    if os.path.isfile(Path(path) / "manifest.json") and os.path.isfile(Path(path) / "parapp.db"):  # no raise: 15A
        return True
    suffix = Path(path).suffix.lower()
    if suffix in (".zip", ".parapp-backup") and not os.path.isfile(path) and not os.path.isdir(path):
        # The stick not plugged in, or given another drive letter: "Không thấy tệp dữ liệu … parapp demo" or "Thư mục
        # … không tồn tại. Hãy tạo thư mục đó" called the backup data (round 29A). Said as restore says it; so is a
        # FIFO, never opened here (its first bytes were waited for, for ever).
        return True
    if not os.path.isfile(path):  # no raise; a FIFO never opened: check() says what it is
        return False
    try:
        head = file_head.head(path, 16)
    except OSError:
        return False  # said by check() in its own words
    # A Word or Excel file is a zip too: given by mistake, it is "not a ParApp database", as before. A backup renamed by
    # hand (".bak", no extension), known by its content as restore knows it, was said "là một tệp sao lưu … không phải
    # tệp dữ liệu" with exit 1, "not sound", of a sound backup (round 31A).
    from parapp.store.wrong_file import ZIP_HEADER, is_backup

    return (suffix == ".zip" and head.startswith(ZIP_HEADER)) or (suffix == ".parapp-backup"
                                                                and head != b"SQLite format 3\x00") \
        or (head.startswith(ZIP_HEADER) and is_backup(Path(path), head))


def _check_backup(path: Path) -> int:
    """0: the backup restores (every member matches its manifest, its data is ParApp's); 1: why not, in words."""
    from parapp.services.safety import precheck_restore

    from parapp.store.archive_reading import BackupUnreadable
    from parapp.store.restore_errors import CheckNotFinished

    try:
        m = precheck_restore("file", path)
    except (CheckNotFinished, BackupUnreadable):
        # Nothing said of the backup (2): the temporary folder it is read through takes no writes; the stick failed a
        # read ("chưa chắc đã hỏng" with exit 1, "not restorable", of a sound backup: round 31A).
        raise
    except ParAppError as exc:
        print(exc.message)
        return 1
    from parapp.store.archive_format import LeftOut

    # A damaged copy an older ParApp backed up (its content not its name's hash), or one gone bad on the stick since
    # (round 30A), is no evidence file restored: the restore leaves each out, named below.
    left = {x["sha256"] for x in m.left_out}
    sound = sum(1 for n, h in m.members.items()
                if n != "parapp.db" and n.rsplit("/", 1)[-1] == h and h not in left)
    # A member gone bad on the stick since the backup was written: "nguyên vẹn" of it kept a failing stick (38A).
    worn = any(x.get("worn") for x in m.left_out)
    state = "đã hỏng một phần trên USB, vẫn " if worn else "" if m.text_gone_bad else "nguyên vẹn, "
    print(f"{path}: tệp sao lưu {state}khôi phục được (sao lưu lúc {when_made(m.created)}, "
          f"{m.commune or 'chưa đặt tên xã'}, {sound} tệp kiểm chứng).")
    if m.text_gone_bad:  # an older ParApp backed up such data; "nguyên vẹn" of it misled (round 34A)
        print(f"Lưu ý: dữ liệu trong tệp sao lưu có chữ bị hỏng trên đĩa từ trước khi sao lưu ({m.text_gone_bad}). "
              "Sau khi khôi phục, hãy chạy lệnh parapp repair --db <tệp dữ liệu> để sửa.", file=sys.stderr)
    for x in m.left_out:  # in the restore's own words (round 28A)
        left = LeftOut(x["sha256"], x["name"], x["task_id"], x["reason"], x.get("owner", "task"),
                       worn=bool(x.get("worn")))
        print(f"Lưu ý: {left.restored_message}", file=sys.stderr)
    return 0
