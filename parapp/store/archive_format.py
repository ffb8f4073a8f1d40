"""What a .parapp-backup file is made of, shared by the writer (archive.py), the checker
(archive_verify.py), the restore (restore.py) and the start-up clean-up (leftovers.py):
member names, the manifest, the error, the files a database records and why one was left out.
It imports nothing else of the store, so those four never need each other for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from parapp.core.messages import N_, Msg, ParAppError
from parapp.core.shell_words import printable

SUFFIX = ".parapp-backup"
MANIFEST = "manifest.json"
DB_MEMBER = "parapp.db"
Progress = Callable[[int, int], None]


class BackupError(ParAppError):
    pass


# Said after a refusal that names no step of its own: "bị từ chối" alone left the office with a
# backup it cannot use and no idea what to do next (round 12a).
NEXT_STEP = N_("errors", "{0} Dữ liệu hiện tại không bị thay đổi. Hãy chọn một bản sao lưu khác (tệp khác hoặc một "
                         "bản sao lưu tự động), hoặc sao lưu lại trên máy có dữ liệu gốc.")


class BackupRefused(BackupError):
    """A backup ParApp will not restore. Its message ends with what to do instead, unless the text
    already names a step of its own ("Hãy cài phiên bản ParApp mới nhất", "hãy cắm lại USB")."""

    def __init__(self, text: str, *args: object):
        # A member's name from a hostile zip, printed as it was, rewrote the terminal (ESC, CR: round 29A).
        args = tuple(printable(a) if type(a) is str else a for a in args)
        if "hãy" in text.lower():
            super().__init__(text, *args)
        else:
            super().__init__(NEXT_STEP, Msg(text, *args))


@dataclass
class Manifest:
    app_version: str
    schema_version: int
    commune: str
    created: str
    members: dict[str, str]  # name → sha256
    left_out: list[dict] = field(default_factory=list)  # evidence the database records that the backup lacks
    text_gone_bad: str = ""  # where its data holds text a failing disk left unreadable (a restore takes it: 34A)


# Tasks' documents, the PAR INDEX criteria's, and the signed copies of finalised reports.
EVIDENCE_TABLES = ("evidence", "par_evidence", "signed_copies")


def recorded_files(con) -> dict[str, int]:
    """sha256 → size of every document file a database records, whichever table records it."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out: dict[str, int] = {}
    for t in EVIDENCE_TABLES:
        if t in tables:
            out.update((h, size) for h, size in con.execute(f"SELECT sha256, size FROM {t}"))
    return out


Owner = tuple[str, int | None, str]  # (original name, task id, "task" | "par" | "signed")


def file_owners(con) -> dict[str, Owner]:
    """Whose each recorded file is, to name it: a task's evidence first, else a criterion's, else a
    signed copy's."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out: dict[str, Owner] = {}
    if "signed_copies" in tables:
        out.update((h, (n, None, "signed")) for h, n in con.execute("SELECT sha256, original_name FROM signed_copies"))
    if "par_evidence" in tables:
        out.update((h, (n, None, "par")) for h, n in con.execute("SELECT sha256, original_name FROM par_evidence"))
    if "evidence" in tables:
        out.update((h, (n, t, "task")) for h, n, t in
                   con.execute("SELECT sha256, original_name, task_id FROM evidence ORDER BY id DESC"))
    return out


DAMAGED, UNREADABLE, MISSING, TOO_LARGE = "damaged", "unreadable", "missing", "too_large"
REASONS = (DAMAGED, UNREADABLE, MISSING, TOO_LARGE)


@dataclass
class LeftOut:
    """An evidence file the database records that a backup could not hold as recorded."""

    sha256: str
    name: str
    task_id: int | None
    reason: str   # DAMAGED, UNREADABLE, MISSING or TOO_LARGE
    owner: str = "task"   # "task", "par" (a PAR INDEX criterion's) or "signed" (a report's signed copy)
    # UNREADABLE because this account may not read it (not written to the manifest: only the words differ)
    denied: bool = False
    # MISSING after a snapshot's restore: a snapshot holds no evidence file (only the words differ, round 20A)
    snapshot: bool = False
    # …and the snapshot is this data folder's own: the file is gone from here, no other folder holds it (round 27A)
    own_folder: bool = False
    # DAMAGED in the backup file itself since it was written (its bytes fail the manifest's checksum: a failing stick).
    # Said "hỏng hoặc thiếu lúc sao lưu … gắn lại tệp gốc", the clerk kept the failing stick, told it intact, and
    # looked on the PC for a fault it never had (round 38A).
    worn: bool = False

    def __post_init__(self) -> None:
        # A name from a backup's database, printed as it was, rewrote the terminal (ESC, CR: round 29A).
        self.name = printable(self.name)

    @property
    def where(self) -> Msg:
        if self.task_id is not None:
            return Msg(N_("errors", "nhiệm vụ {0}"), self.task_id)
        return Msg(N_("errors", "bản báo cáo đã ký")) if self.owner == "signed" else Msg(N_("errors", "Chỉ số CCHC"))

    @property
    def message(self) -> Msg:
        where = self.where
        text = {
            DAMAGED: N_("errors", "Tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu đã bị thay đổi hoặc hỏng nên "
                                  "không có trong bản sao lưu. Hãy gắn lại tệp gốc rồi sao lưu lại."),
            UNREADABLE: N_("errors", "Không đọc được tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên nó không có "
                                     "trong bản sao lưu. Hãy kiểm tra ổ đĩa của máy, gắn lại tệp gốc rồi sao lưu lại."),
            MISSING: N_("errors", "Thiếu tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên nó không có trong bản "
                                  "sao lưu. Hãy gắn lại tệp gốc rồi sao lưu lại."),
            TOO_LARGE: N_("errors", "Tệp kiểm chứng “{0}” ({1}) lớn hơn mức một bản sao lưu chứa được nên không có "
                                    "trong bản sao lưu. Hãy thay nó bằng bản chụp hoặc tệp PDF nhỏ hơn."),
        }[self.reason]
        if self.reason == UNREADABLE and self.denied:
            # "kiểm tra ổ đĩa" sent the office to a sound disk when another account owns the file (round 14)
            text = N_("errors", "Tài khoản này không có quyền đọc tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên "
                                "nó không có trong bản sao lưu. Hãy sao lưu bằng tài khoản đã tạo dữ liệu, hoặc nhờ "
                                "người quản trị máy cấp quyền đọc thư mục dữ liệu, rồi sao lưu lại.")
        return Msg(text, self.name, where)

    @property
    def restored_message(self) -> Msg:
        """Said after a restore: the database records the file, the backup did not hold it."""
        where = self.where
        if self.snapshot and self.own_folder:  # "chép thư mục evidence từ nơi … được tạo": this very folder
            return Msg(N_("errors", "Thư mục dữ liệu này không còn tệp kiểm chứng “{0}” ({1}) mà dữ liệu vừa khôi phục "
                                    "ghi (tệp đã bị xóa hoặc mất khỏi thư mục evidence; bản sao lưu tự động không chứa "
                                    "tệp kiểm chứng). Hãy khôi phục từ một tệp sao lưu (.parapp-backup) có tệp này, "
                                    "hoặc gắn lại tệp gốc nếu còn giữ."), self.name, where)
        if self.snapshot:  # "hỏng hoặc thiếu lúc sao lưu" sent the office to re-attach files its other folder holds
            text = N_("errors", "Thư mục dữ liệu này không có tệp kiểm chứng “{0}” ({1}): bản sao lưu tự động chỉ "
                                "chứa dữ liệu, không chứa tệp kiểm chứng. Dữ liệu vẫn ghi tệp này; hãy chép thư mục "
                                "evidence từ thư mục dữ liệu nơi bản sao lưu tự động được tạo vào đây, hoặc khôi "
                                "phục từ một tệp sao lưu (.parapp-backup).")
            return Msg(text, self.name, where)
        if self.worn:
            return Msg(N_("errors", "Tệp kiểm chứng “{0}” ({1}) trong tệp sao lưu đã hỏng sau khi sao lưu (không khớp "
                                    "mã kiểm tra: USB hoặc ổ đĩa chứa tệp sao lưu bị lỗi) nên không được khôi phục. "
                                    "Dữ liệu vẫn ghi tệp này; hãy khôi phục tệp này từ một bản sao lưu khác, hoặc gắn "
                                    "lại tệp gốc nếu còn giữ. Nếu máy có dữ liệu gốc vẫn còn, hãy sao lưu lại ra một "
                                    "USB khác."), self.name, where)
        return Msg(N_("errors", "Bản sao lưu không có tệp kiểm chứng “{0}” ({1}): tệp đã hỏng hoặc thiếu lúc sao lưu. "
                                "Dữ liệu vẫn ghi tệp này; hãy gắn lại tệp gốc nếu còn giữ."), self.name, where)

    def as_json(self) -> dict:
        out = {"sha256": self.sha256, "name": self.name, "task_id": self.task_id, "reason": self.reason,
               "owner": self.owner}
        return {**out, "worn": True} if self.worn else out
