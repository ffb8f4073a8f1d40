"""After finalising: the signed copy comes home, and the report goes out.

The window and the command line share these use-cases. A signed copy is accepted only if its
first revision is byte for byte the PDF ParApp made of that finalised report and every digital
signature in it is intact (parapp.pdf.signed_pdf); a scan of the paper signed in ink is kept as
a scan, unchecked. Either way the file is kept under its content hash in the data folder, so it
goes into backups and `check` verifies it. Every refusal says why and stores nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from parapp.core import file_head
from parapp.core.dates import dmy, vietnam_time
from parapp.core.messages import N_, Msg, ValidationError, os_reason
from parapp.core.nd30_text import number_line, signer_name
from parapp.core.periods import KIND_ORDER, Period, PeriodKind
from parapp.core.report_words import period_phrase
from parapp.core.vntext import clean
from parapp.pdf.signed_pdf import Expected, Signature, check_signed, read_roots
from parapp.store import report_records, signed_copies
from parapp.store.evidence import kept_only_if_saved
from parapp.store.periods import year_periods
from parapp.store.signed_copies import SignedCopy

if TYPE_CHECKING:
    from sqlite_utils import Database

TRUST_DIR = "chung-thu-goc"          # in the data folder: the root certificates (VGCA's) the office installs
ROOT_SUFFIXES = {".cer", ".crt", ".pem", ".der"}
MAX_SIGNED = 200 << 20               # a signed report of a few pages is well under 1 MB; a scan may be large
SCAN_MAGIC = (b"%PDF-", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")


class NotFinal(ValidationError):
    def __init__(self, kind: str, year: int):
        super().__init__(N_("errors", "Báo cáo {0} chưa được chốt, nên chưa có bản để ký hay gửi. Hãy chốt báo cáo "
                                      "trước."), period_phrase(PeriodKind(kind), year))


@dataclass
class Attached:
    report: report_records.ReportRecord
    copy: SignedCopy
    signatures: list[Signature]
    roots: int                 # how many trust roots the office has installed
    trust_dir: Path
    already: bool = False      # this very file was already the report's signed copy
    warnings: list = field(default_factory=list)  # said, the copy kept all the same


def trust_dir(data_dir: Path) -> Path:
    return Path(data_dir) / TRUST_DIR


def installed_roots(data_dir: Path) -> list:
    folder = trust_dir(data_dir)
    blobs = []
    try:
        found = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError:  # a folder this account may not read (another account's, 0700): no roots, not an error
        found = []
    for f in found:
        if f.suffix.lower() in ROOT_SUFFIXES and f.is_file():
            try:
                blobs.append(f.read_bytes())
            except OSError:
                continue
    return read_roots(blobs)


def final_report(db: Database, kind: str, year: int) -> report_records.ReportRecord:
    rec = report_records.latest(db, kind, year, state="final")
    if rec is None:
        raise NotFinal(kind, year)
    return rec


def describe(rec: report_records.ReportRecord) -> str:
    """'báo cáo quý I năm 2026 (chốt ngày 16/03/2026)': how a refusal names a report."""
    return f"báo cáo {period_phrase(PeriodKind(rec.period_kind), rec.year)} (chốt ngày {dmy(rec.finalized_on)})"


def _expected(db: Database, rec: report_records.ReportRecord) -> Expected:
    if rec.pdf_sha256 and rec.pdf_size:
        return Expected(rec.pdf_sha256, rec.pdf_size)
    # Finalised before the PDF's hash was kept with it: the PDF as it prints today.
    from parapp.services.printing import final_pdf

    pdf = final_pdf(db, rec)
    return Expected(hashlib.sha256(pdf).hexdigest(), len(pdf))


def _read(source: Path, limit: int) -> bytes:
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise ValidationError(N_("errors", "“{0}” không phải một tệp."), str(source))
        if size > limit:
            raise ValidationError(N_("errors", "Tệp “{0}” lớn bất thường ({1} MB); không phải bản báo cáo đã ký."),
                                  source.name, size >> 20)
        return file_head.head(source, limit + 1)  # the window's own parapp.db picked: its locks kept (round 45A)
    except OSError as exc:
        raise ValidationError(N_("errors", "Không đọc được tệp “{0}”: {1}."), str(source),
                              os_reason(exc)) from None


def attach_signed(db, data_dir: Path, kind: str, year: int, source: Path) -> Attached:
    """Check a digitally signed PDF against the finalised report, then keep it with the report."""
    rec = final_report(db, kind, year)
    source = Path(source)
    data = _read(source, MAX_SIGNED)
    others = [(Expected(r.pdf_sha256, r.pdf_size), describe(r)) for r in report_records.list_reports(db)
              if r.is_final and r.id != rec.id and r.pdf_sha256 and r.pdf_size]
    roots = installed_roots(data_dir)
    signatures = check_signed(data, _expected(db, rec), roots=roots, others=others)
    people = [s for s in signatures if not s.document_timestamp] or signatures
    first = people[0]
    digest = hashlib.sha256(data).hexdigest()
    current = signed_copies.latest_for(db, rec.id)
    chain_known = all(s.chain_known for s in signatures)
    if current and current.sha256 == digest and current.chain_known == chain_known:
        return Attached(rec, current, signatures, len(roots), trust_dir(data_dir), already=True)
    with kept_only_if_saved(db), db.atomic():  # a file copied in for a row a full disk refused is not left (34B)
        copy = signed_copies.add(db, data_dir, rec.id, source, signed_copies.DIGITAL, signed_by=first.signer,
                                 signed_at=first.signed_at, chain_known=chain_known,
                                 signatures=[s.as_json() for s in signatures])
        if copy.sha256 != digest:  # the file changed between the check and the copy: keep nothing unchecked
            raise ValidationError(N_("errors", "Tệp “{0}” vừa bị thay đổi trong khi gắn; chưa lưu gì. Hãy gắn lại."),
                                  source.name)
    return Attached(rec, copy, signatures, len(roots), trust_dir(data_dir), warnings=_signed_later(db, rec, first))


def _signed_later(db: Database, rec: report_records.ReportRecord, first: Signature) -> list:
    """A report finalised with its day blank ("ngày … tháng 12 năm 2026") and signed digitally in a later month: the
    PDF saved in December and signed on 5/1/2027 was kept silently (printing it in January warns, d1ac443; saving it
    in December and signing it after does not print it again). Kept as signed; said, with what to do (round 27D)."""
    from parapp.services.printing import final_options

    o = final_options(db, rec)
    if o.date is not None or not o.month_year or not first.signed_at:
        return []
    signed = vietnam_time(dt.datetime.fromisoformat(first.signed_at))  # a timestamp authority's UTC is not the day
    month, year = o.month_year
    if (signed.year, signed.month) <= (year, month):
        return []
    return [Msg(N_("errors", "Báo cáo đã chốt in ngày ký “ngày … tháng {0} năm {1}” nhưng được ký số ngày {2}: ngày "
                             "tháng trên văn bản sai. Bản ký số vẫn được gắn; hãy tạo bản nháp mới từ bản đã chốt "
                             "(trang Báo cáo), chốt lại trong tháng ký rồi ký số bản mới."),
                f"{month:02d}", year, f"{signed:%d/%m/%Y}")]


def _scan_head(source: Path) -> bytes:
    """A chosen scan's first bytes, read without costing the window's SQLite locks on its own parapp.db (round 45A)."""
    try:
        return file_head.head(source, 16)
    except OSError as exc:
        raise ValidationError(N_("errors", "Không đọc được tệp “{0}”: {1}."), str(source),
                              os_reason(exc)) from None


def attach_scan(db, data_dir: Path, kind: str, year: int, source: Path) -> Attached:
    """Keep a scan of the paper signed in ink: said to be a scan, with no digital check."""
    rec = final_report(db, kind, year)
    source = Path(source)
    head = _scan_head(source)
    if not head.startswith(SCAN_MAGIC):
        raise ValidationError(N_("errors", "“{0}” không phải bản quét (PDF hoặc ảnh JPG, PNG, TIFF)."), source.name)
    from parapp.services.printing import final_options

    o = final_options(db, rec)
    with kept_only_if_saved(db), db.atomic():  # a file copied in for a row a full disk refused is not left (34B)
        copy = signed_copies.add(db, data_dir, rec.id, source, signed_copies.SCAN,
                                 signed_by=signer_name(o.chairman, o.signer))
    return Attached(rec, copy, [], 0, trust_dir(data_dir))


def full_number(number: str, symbol: str = "BC-UBND") -> str:
    """'39' → '39/BC-UBND', '5' → '05/BC-UBND'; a number with its symbol stays as typed."""
    return number_line(clean(number), symbol).removeprefix("Số:").strip()


def record_sent(db, kind: str, year: int, on: dt.date, today: dt.date, number: str | None = None,
                channel: str = "") -> report_records.ReportRecord:
    """Record when the finalised report went out and under which number."""
    from parapp.services.printing import check_number, typed_number

    rec = final_report(db, kind, year)
    if on > today:
        raise ValidationError(N_("errors", "Ngày gửi {0} còn ở phía trước; chỉ ghi nhận báo cáo đã gửi."), dmy(on))
    assert rec.finalized_on is not None
    if on < rec.finalized_on:
        raise ValidationError(N_("errors", "Ngày gửi {0} trước ngày chốt báo cáo ({1}); hãy kiểm tra lại ngày gửi."),
                              dmy(on), dmy(rec.finalized_on))
    symbol = (rec.print_options or {}).get("symbol") or "BC-UBND"
    printed = (rec.print_options or {}).get("number")
    number = typed_number(number)
    if number:
        check_number(number, symbol)
    if printed and number and full_number(number, symbol) != full_number(printed, symbol):
        raise ValidationError(N_("errors", "Báo cáo đã in sẵn số {0} khi chốt; không ghi gửi dưới số {1} được."),
                              full_number(printed, symbol), full_number(number, symbol))
    number = full_number(number or printed or "", symbol) if (number or printed) else ""
    with db.atomic():
        report_records.mark_sent(db, rec.id, on, channel, number)
    return report_records.get_report(db, rec.id)


def _period_of(rec: report_records.ReportRecord, scheduled: dict[tuple[str, int], Period]) -> Period:
    p = scheduled.get((rec.period_kind, rec.year))
    if p:
        return p
    d = rec.draft.period  # a kind the schedule no longer has: the period as the report was drafted for
    return Period(PeriodKind(rec.period_kind), rec.year, dt.date.fromisoformat(d["window_start"]),
                  dt.date.fromisoformat(d["window_end"]), dt.date.fromisoformat(d["deadline"]))


def year_reports(db: Database, year: int, today: dt.date) -> list[report_records.PeriodStatus]:
    """One status per report of the year (a period with at least a draft), in the schedule's order."""
    from parapp.store.signed_copies import latest_by_report

    scheduled = {(p.kind.value, p.year): p for p in year_periods(db, year)}
    recs = report_records.list_reports(db, year)
    kinds = sorted({r.period_kind for r in recs}, key=lambda k: KIND_ORDER.index(PeriodKind(k)))
    signed = latest_by_report(db)
    out = []
    for k in kinds:
        mine = [r for r in recs if r.period_kind == k]
        out.append(report_records.period_status(_period_of(mine[-1], scheduled), mine, signed, today))
    return out


def awaiting(db: Database, today: dt.date) -> list[report_records.PeriodStatus]:
    """Finalised reports not yet sent, of any year, the nearest deadline first: what is still to send."""
    years = sorted({r.year for r in report_records.list_reports(db) if r.is_final})
    out = [s for y in years for s in year_reports(db, y, today) if s.awaiting]
    return sorted(out, key=lambda s: s.period.deadline)


def status_json(s: report_records.PeriodStatus) -> dict:
    """What `parapp reports --json` says of a report."""
    r, c = s.report, s.signed
    state = s.state if s.state != report_records.STATE_NOT_STARTED else report_records.STATE_DRAFT
    return {"kind": s.period.kind.value, "year": s.period.year, "state": state,
            "number": (r.number or None) if r else None,
            "signed_by": c.signed_by if c else None, "signed_at": c.signed_at if c else None,
            "sent_on": s.sent_on.isoformat() if s.sent_on else None,
            "id": s.report_id, "deadline": s.period.deadline.isoformat(),
            "finalized_on": r.finalized_on.isoformat() if r and r.finalized_on else None,
            "signed_copy": c.kind if c else None, "chain_known": c.chain_known if c else None,
            "late": s.late}
