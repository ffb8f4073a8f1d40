"""The commune's settings: one key-value table, read as a dataclass."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from parapp.core.commune_structure import DEFAULT
from parapp.core.messages import DEFAULT_LANGUAGE, LANGUAGES, N_, ValidationError
from parapp.core.vntext import clean

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class CommuneSettings:
    commune_name: str = ""           # "Ủy ban nhân dân xã Ba Giang" is printed from it
    superior_body: str = ""          # "UBND huyện Ba Tơ", or the province since 2025
    place_name: str = ""             # "Ba Giang" in "Ba Giang, ngày … tháng … năm …"
    chairman: str = ""
    vice_chairmen: list[str] = field(default_factory=list)
    office_official_id: int | None = None  # the official who keeps the CCHC statistics and drafts the reports
    # The commune's apparatus (core.commune_structure): its offices, in the order it lists them, and the
    # unit that receives dossiers. Reports take the names from here.
    offices: list[str] = field(default_factory=lambda: list(DEFAULT.offices))
    one_stop_unit: str = DEFAULT.one_stop
    # How documents are printed (Decree 30/2020):
    header_parent: str = ""          # cơ quan chủ quản line above the issuing body; usually empty for a UBND
    report_recipients: list[str] = field(default_factory=list)  # "Kính gửi"; empty: the superior body
    report_cc: list[str] = field(default_factory=list)          # "Nơi nhận" before "Lưu"
    drafting_unit: str = "VP"        # "Lưu: VT, VP."
    signer: str = "chairman"         # or "vice:<name>": KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
    # Where a report names who leads a task: "late" (where something is late), "always" or "never";
    # it names the office, and the person only when report_persons is on (an internal report).
    report_naming: str = "late"
    report_persons: bool = False
    # Who gives a finalised report its number and date (Decree 30, Art. 15.3): "system", the document
    # system (e-office, VGCA signing) at issuing, so both are left blank; or "office", the records
    # clerk when the report is finalised, so both are printed.
    numbering: str = "system"

    @property
    def kinh_gui(self) -> list[str]:
        return self.report_recipients or ([self.superior_body] if self.superior_body else [])

    @property
    def noi_nhan(self) -> list[str]:
        if self.report_cc:
            return self.report_cc
        return (["Như trên"] if self.kinh_gui else []) + ["Chủ tịch, các Phó Chủ tịch UBND xã"]

    @property
    def is_set_up(self) -> bool:
        return bool(self.commune_name)


NUMBERING = ("system", "office")
NAMING = ("late", "always", "never")
_DEFAULTS = CommuneSettings()
_LIST_KEYS = {"vice_chairmen", "report_recipients", "report_cc", "offices"}
_BOOL_KEYS = {"report_persons"}
# The other settings the services keep (get_pref): known by name, so a byte gone bad in one can be mended.
PREF_KEYS = ("language", "letter_signer", "reminders", "reminders_tray", "reminders_shown_on")
PREF = "pref."  # how a preference's name is kept: "pref.language"
OTHER_KEYS = ("period_preset",)  # the report calendar's pattern (store/periods.py)
WORKING_AS = PREF + "working_as."  # + a computer user's name: the official that user last said they were (change_log)


def load_settings(db: Database) -> CommuneSettings:
    values = dict(db.execute("SELECT key, value FROM settings").fetchall())
    s = CommuneSettings()
    for key in asdict(s):
        if key not in values:
            continue
        raw = values[key]
        if key in _LIST_KEYS:
            setattr(s, key, json.loads(raw))
        elif key == "office_official_id":
            setattr(s, key, int(raw) if raw else None)
        elif key in _BOOL_KEYS:
            setattr(s, key, raw == "1")
        else:
            setattr(s, key, raw)
    if "report_persons" not in values:
        # Before offices were named, "always" named the person at every task: a commune that chose it keeps it.
        s.report_persons = values.get("report_naming") == "always"
    return s



def readable_settings(db: Database) -> CommuneSettings | None:
    """load_settings, or None when a setting holds text gone bad on the disk (not UTF-8): the window's frame and its
    way back read the settings first, and one byte of the commune's name kept the window from opening at all, its
    "Sửa chỗ chữ hỏng" with it (round 35A). Any other failure is raised."""
    import sqlite3

    try:
        return load_settings(db)
    except sqlite3.OperationalError:
        for row in db.execute("SELECT CAST(key AS BLOB), CAST(value AS BLOB) FROM settings").fetchall():
            try:
                [b.decode("utf-8") for b in row if isinstance(b, bytes)]
            except UnicodeDecodeError:
                return None
        raise


def unreadable_settings(rows) -> list[str]:
    """The keys among (key, value) rows whose value load_settings (or get_pref) could not read: a value
    that is not text, a list that is not a JSON list of texts, an official's id that is not a number.
    A restored database holding one was accepted, and then every backup ended in "Lỗi không mong đợi"."""
    bad = []
    for key, raw in rows:
        if not isinstance(raw, str):
            bad.append(str(key))
        elif key in _LIST_KEYS:
            try:
                value = json.loads(raw)
            except (ValueError, RecursionError):  # '[[[[…' 50,000 deep raised in the restore gate (round 11)
                value = None
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                bad.append(key)
        elif key == "office_official_id" and raw and not (raw.isascii() and raw.isdigit()):
            bad.append(key)
    return bad


# The settings' lines as the settings dialog names them. Each is one line of a printed header or list: a paste
# gone wrong is refused, naming the field. Round 11 stored a 40,000-character commune name, which every page's
# heading and every printed header then laid out (2–4 s a page).
_LINE_LABELS = {
    "commune_name": N_("fields", "Tên UBND xã"),
    "superior_body": N_("fields", "Cơ quan cấp trên"),
    "place_name": N_("fields", "Địa danh"),
    "chairman": N_("fields", "Chủ tịch UBND xã"),
    "vice_chairmen": N_("fields", "Các Phó Chủ tịch"),
    "offices": N_("fields", "Các cơ quan chuyên môn"),
    "one_stop_unit": N_("fields", "Nơi tiếp nhận hồ sơ"),
    "report_recipients": N_("fields", "Kính gửi"),
    "report_cc": N_("fields", "Nơi nhận"),
    "drafting_unit": N_("fields", "Đơn vị soạn thảo"),
    "header_parent": N_("fields", "Cơ quan chủ quản"),
}


def _refuse_long_lines(s: CommuneSettings) -> None:
    from parapp.core.validation import MAX_LINE  # here: the register's start does without the writing rules

    for key, label in _LINE_LABELS.items():
        value = getattr(s, key)
        for line in value if isinstance(value, list) else [value]:
            if len(line) > MAX_LINE:
                raise ValidationError(N_("errors", "“{0}” dài {1} ký tự, quá giới hạn {2} ký tự của một dòng. Hãy "
                                                   "rút gọn (có lẽ đã dán nhầm cả một đoạn văn bản)."),
                                      label, len(line), MAX_LINE, field=key)


def save_settings(db: Database, s: CommuneSettings) -> CommuneSettings:
    cleaned = CommuneSettings(
        commune_name=clean(s.commune_name),
        superior_body=clean(s.superior_body),
        place_name=clean(s.place_name),
        chairman=clean(s.chairman),
        vice_chairmen=[clean(v) for v in s.vice_chairmen if clean(v)],
        office_official_id=s.office_official_id,
        header_parent=clean(s.header_parent),
        report_recipients=[clean(v) for v in s.report_recipients if clean(v)],
        report_cc=[clean(v) for v in s.report_cc if clean(v)],
        drafting_unit=clean(s.drafting_unit),
        signer=s.signer or _DEFAULTS.signer,
        report_naming=s.report_naming if s.report_naming in NAMING else _DEFAULTS.report_naming,
        report_persons=bool(s.report_persons),
        offices=_unique(clean(v) for v in s.offices),
        one_stop_unit=clean(s.one_stop_unit) or _DEFAULTS.one_stop_unit,
        numbering=s.numbering if s.numbering in NUMBERING else _DEFAULTS.numbering,
    )
    if not cleaned.commune_name:
        raise ValidationError(
            N_("errors", "Chưa nhập “{0}”. Trường này là bắt buộc."), N_("fields", "Tên UBND xã"), field="commune_name"
        )
    _refuse_long_lines(cleaned)
    with db.atomic():
        for key, value in asdict(cleaned).items():
            if key in _LIST_KEYS:
                value = json.dumps(value, ensure_ascii=False)
            elif key in _BOOL_KEYS:
                value = "1" if value else "0"
            elif value is None:
                value = ""
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, str(value)],
            )
        # Officials belong to offices: each office (and the one-stop unit) is a unit they can be put in.
        for name in [*cleaned.offices, cleaned.one_stop_unit]:
            db.execute("INSERT INTO units (name) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM units WHERE name = ?)",
                       [name, name])
    return cleaned


def _unique(names) -> list[str]:
    out: list[str] = []
    for n in names:
        if n and n not in out:
            out.append(n)
    return out


def get_pref(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [PREF + key]).fetchone()
    return row[0] if row else default


def set_pref(db: Database, key: str, value: str) -> None:
    """A preference of this installation (interface language …), kept apart from the commune's data."""
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [PREF + key, value])


def interface_language(db: Database) -> str:
    """The interface language chosen on this installation, else the default."""
    chosen = get_pref(db, "language")
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE
