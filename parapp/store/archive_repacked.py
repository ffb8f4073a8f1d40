"""Backup files as an office handles them: unpacked to look and zipped again, zipped to be sent, or the data folder
zipped in their stead (round 27A). What can be restored is read as ParApp wrote it; what cannot is said as what it
is, with the way to restore it: never "thiếu manifest.json … sao lưu lại trên máy có dữ liệu gốc"."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path, PurePosixPath

from parapp.core.messages import N_
from parapp.store.archive_format import DB_MEMBER, MANIFEST, BackupRefused


def _refuse(text: str, *args) -> BackupRefused:
    return BackupRefused(text, *args)


def as_parapp_wrote(z: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The members as ParApp wrote them, when the office unpacked the backup (renamed .zip) and zipped it again
    (Send to → Compressed folder): the empty entries Explorer adds for folders ("evidence/") are left aside, and the
    one folder it may wrap everything in (the one Extract All made) is taken off the names. Refused as "thành phần
    lạ" or "thiếu manifest.json", the office was told to back up again on the PC with the data: often this was the
    only copy, every byte in it (round 27A). Each member is still checked against the manifest and its hash."""
    infos = [i for i in z.infolist() if not (i.is_dir() and i.file_size == 0)]
    tops = {i.filename.split("/", 1)[0] for i in infos}
    if MANIFEST not in {i.filename for i in infos} and len(tops) == 1 and all("/" in i.filename for i in infos):
        cut = len(tops.pop()) + 1
        for i in infos:
            i.filename = i.filename[cut:]  # z.open() checks the entry's own header against orig_filename
    z.filelist = infos  # getinfo() and the checks below see the names as ParApp wrote them
    z.NameToInfo = {i.filename: i for i in infos}
    return infos


def refuse_without_manifest(infos: list[zipfile.ZipInfo]) -> None:
    """Raise for a zip with no manifest.json: what it holds instead, when the office made it."""
    names = [i.filename for i in infos]
    listed = {n.lower() for n in names}
    data = _refuse(N_("errors", "Tệp nén này không phải tệp sao lưu .parapp-backup (thiếu manifest.json) nhưng "
                               "có dữ liệu parapp.db bên trong, ví dụ bản nén thư mục dữ liệu ParApp; chưa khôi "
                               "phục, dữ liệu hiện tại không bị thay đổi. Hãy giải nén nó, tạo tệp sao lưu từ "
                               "tệp parapp.db vừa giải nén rồi khôi phục tệp đó: parapp backup --db <tệp "
                               "parapp.db vừa giải nén> "
                               "--to <thư mục>, rồi parapp restore <tệp .parapp-backup vừa tạo> --db <tệp dữ "
                               "liệu cần khôi phục vào>."))
    dbs = [n for n in names if n.lower() == DB_MEMBER or n.lower().endswith(f"/{DB_MEMBER}")]
    # The data folder zipped, the office's own way of backing up (round 27A), or a level further down (the portable
    # install zipped whole: ParApp/ParApp-data/parapp.db). Said first: a backup once saved in that folder went into the
    # zip too, and "restore that backup" threw away the work done since, in the parapp.db beside it (round 28A). A
    # parapp.db beside a manifest.json is a backup unpacked: the backup file, when the zip holds it too, is named.
    if any(f"{n[:-len(DB_MEMBER)]}{MANIFEST}".lower() not in listed for n in dbs):
        raise data
    # The newest, when the stick's backup folder was zipped whole: named by name, the first was the oldest (ParApp's
    # names are dated) and the clerk would have restored months-old data (round 28A).
    inside = sorted((i.date_time, i.filename) for i in infos if i.filename.lower().endswith(".parapp-backup"))
    if inside:
        # A backup zipped to be sent (Zalo, mail): "thiếu manifest.json … sao lưu lại trên máy có dữ liệu gốc"
        # had the office take a whole backup for a bad one (round 27A).
        raise _refuse(N_("errors", "Tệp nén này chứa tệp sao lưu “{0}”, chưa phải chính tệp sao lưu, nên chưa "
                                   "khôi phục; dữ liệu hiện tại không bị thay đổi. Hãy giải nén (nhấp chuột "
                                   "phải → Extract All / Giải nén) rồi khôi phục từ tệp “{0}” vừa giải nén."),
                      PurePosixPath(inside[-1][1]).name)
    if dbs:  # a backup unpacked, zipped again with a folder beside it: its data restores as a data folder's
        raise data


def refuse_unpacked(folder: Path) -> None:
    """Raise for a folder that is a backup unpacked (Extract All): "là một thư mục … sao lưu lại trên máy có dữ liệu
    gốc" was said of a folder holding the whole backup (round 27A)."""
    # os.path.isfile: Path.is_file raised in a folder of another account ("Lỗi không mong đợi", round 29A).
    if os.path.isfile(folder / MANIFEST) and os.path.isfile(folder / DB_MEMBER):
        raise _refuse(N_("errors", "“{0}” là thư mục giải nén từ một tệp sao lưu, chưa phải tệp sao lưu, nên chưa khôi "
                                   "phục; dữ liệu hiện tại không bị thay đổi. Hãy khôi phục từ chính tệp "
                                   ".parapp-backup ban đầu; nếu không còn, hãy mở thư mục này, chọn tất cả (Ctrl+A), "
                                   "nhấp chuột phải → Send to → Compressed (zipped) folder rồi khôi phục từ tệp .zip "
                                   "vừa tạo."), str(folder))
