"""Reading a signed PDF with pyHanko: is its first revision the PDF ParApp made, is every
signature in it intact, who signed and when, and is the signer's chain known.

A signing tool (VGCA Sign Service, the province's e-office) signs by appending an
incremental revision: the bytes ParApp wrote stay the file's first revision, byte for
byte, and the signature's byte range covers them. Later revisions may add to the document
(the number and date the system stamps, the seal's image, a second signature) but may not
change or take away anything of the first: an object of the first revision that a later one
writes again must keep every entry it had (a page may gain annotations and content drawn on
top, nothing else). The chain of trust is reported, never required: offline, with no root
installed, a signature is still read as intact. Nothing here touches the network
(no fetching of certificates, CRLs or OCSP answers).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from parapp.core.messages import N_, ParAppError

# Refusals, each with its reason: the command line exits 2 with it, and nothing is stored.
NO_SIGNATURE = "no_signature"
TAMPERED = "tampered"
OTHER_REPORT = "other_report"
NOT_THIS_REPORT = "not_this_report"
FIRST_CHANGED = "first_changed"
NOT_PDF = "not_pdf"


class SignedPdfRefused(ParAppError):
    def __init__(self, reason: str, text: str, *args):
        super().__init__(text, *args)
        self.reason = reason


@dataclass
class Signature:
    signer: str                # the certificate's common name
    subject: str               # its whole subject, as people read it
    issuer: str
    issued_by: str             # the issuer's common name: "Vietnam Government Certification Authority"
    serial: str
    valid_until: str           # the certificate's end of validity (ISO)
    signed_at: str | None      # ISO 8601: the timestamp authority's time, else the time the signer's tool stated
    time_from: str             # "timestamp", "signer" or ""
    chain_known: bool          # leads to a root installed in the data folder
    document_timestamp: bool   # a timestamp of the whole document, not a person's signature
    field: str

    def as_json(self) -> dict:
        return asdict(self)


@dataclass
class Expected:
    """The PDF a signed file must begin with: ParApp's of one finalised report."""

    sha256: str
    size: int


def _quiet() -> None:
    # pyHanko logs every chain it cannot build as a warning with a traceback; an unknown chain is
    # reported in words here, and nothing of that should reach the console or the log.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        logger.propagate = False
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def read_roots(blobs: list[bytes]) -> list:
    """Certificates (DER or PEM) the office installed as trust roots; what does not read is skipped."""
    from asn1crypto import pem
    from asn1crypto import x509 as ax509

    out = []
    for b in blobs:
        try:
            ders = [d for _, _, d in pem.unarmor(b, multiple=True)] if pem.detect(b) else [b]
            certs = [ax509.Certificate.load(d) for d in ders]
            for c in certs:
                c.native  # noqa: B018 - parse now: a damaged file is skipped here, not in the middle of a check
        except Exception:  # noqa: BLE001 - a stray file in the folder is not the signed file's fault
            continue
        out += certs
    return out


def _startxref(pdf_tail: bytes) -> int | None:
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf_tail)
    return int(m.group(1)) if m else None


def check_signed(data: bytes, expected: Expected, *, roots: list | None = None,
                 others: Sequence[tuple[Expected, str]] = ()) -> list[Signature]:
    """The signatures of a signed copy, when it is one of `expected`; refused with the reason otherwise.

    `others`: the PDFs of the other finalised reports with how to name each, to say whose signed
    copy a file is when it is not this report's."""
    _quiet()
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not data.startswith(b"%PDF-"):
        raise SignedPdfRefused(NOT_PDF, N_("errors", "Tệp này không phải tệp PDF."))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        encrypted = reader.encrypted
        sigs = list(reader.embedded_signatures)
    except Exception as exc:  # noqa: BLE001 - PdfError and whatever else a damaged file makes pyHanko raise
        raise SignedPdfRefused(NOT_PDF, N_("errors", "Không đọc được tệp PDF này ({0})."), str(exc)[:200]) from None
    if encrypted:
        raise SignedPdfRefused(NOT_THIS_REPORT, N_("errors", "Tệp PDF này đã bị mã hóa, nên không phải bản ParApp "
                                                             "làm ra từ báo cáo đã chốt."))
    if not sigs:
        raise SignedPdfRefused(NO_SIGNATURE, N_("errors", "Tệp này không có chữ ký số nào. Nếu đây là bản giấy đã ký "
                                                          "tay rồi quét lại, hãy gắn nó như bản quét (--scan)."))
    signatures = [_validated(s, roots or []) for s in sigs]
    try:
        _first_revision(reader, data, expected, others)
        _nothing_of_the_first_changed(reader)
    except SignedPdfRefused:
        raise
    except Exception:  # noqa: BLE001 - a structure pyHanko cannot follow is not ParApp's PDF appended to
        _changed()
    return signatures


def _validated(sig, roots: list) -> Signature:
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    vc = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    stamp = sig.sig_object_type == "/DocTimeStamp"
    try:
        st = (validate_pdf_timestamp(sig, validation_context=vc) if stamp
              else validate_pdf_signature(sig, vc, skip_diff=True))
    except Exception as exc:  # noqa: BLE001 - whatever a damaged signature makes pyHanko raise, it is refused
        raise SignedPdfRefused(TAMPERED, N_("errors", "Chữ ký “{0}” trong tệp không đọc được ({1}); tệp bị từ chối."),
                               sig.field_name or "", str(exc)[:200]) from None
    if not st.intact:
        raise SignedPdfRefused(TAMPERED, N_("errors", "Phần đã ký của tệp đã bị thay đổi sau khi ký: chữ ký “{0}” "
                                                      "không còn khớp nội dung. Hãy lấy lại đúng tệp đã ký từ hệ "
                                                      "thống."),
                               sig.field_name or "")
    if not st.valid:
        raise SignedPdfRefused(TAMPERED, N_("errors", "Chữ ký “{0}” không hợp lệ (không khớp chứng thư của người ký)."),
                               sig.field_name or "")
    if st.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        raise SignedPdfRefused(TAMPERED, N_("errors", "Chữ ký “{0}” không phủ toàn bộ văn bản nó ký."),
                               sig.field_name or "")
    cert = st.signing_cert
    when, source = _signing_time(st, stamp)
    return Signature(signer=_common_name(cert), subject=cert.subject.human_friendly,
                     issuer=cert.issuer.human_friendly, issued_by=_common_name(cert.issuer),
                     serial=format(cert.serial_number, "X"),
                     valid_until=cert["tbs_certificate"]["validity"]["not_after"].native.isoformat(),
                     signed_at=when, time_from=source, chain_known=bool(st.trusted),
                     document_timestamp=stamp, field=sig.field_name or "")


def _signing_time(st, stamp: bool) -> tuple[str | None, str]:
    if stamp:
        return _iso(st.timestamp), "timestamp"
    ts = getattr(st, "timestamp_validity", None)
    if ts is not None and ts.intact and ts.valid:
        return _iso(ts.timestamp), "timestamp"
    if getattr(st, "signer_reported_dt", None):
        return _iso(st.signer_reported_dt), "signer"
    return None, ""


def _iso(t: dt.datetime | None) -> str | None:
    return t.replace(microsecond=0).isoformat() if t else None


def _common_name(cert_or_name) -> str:
    """The common name of a certificate's subject (or of a name), else the whole name."""
    name_obj = getattr(cert_or_name, "subject", cert_or_name)
    name = name_obj.native.get("common_name")
    if isinstance(name, list):
        name = name[0]
    return str(name) if name else name_obj.human_friendly


def _prefix_is(data: bytes, e: Expected) -> bool:
    return len(data) > e.size and hashlib.sha256(data[:e.size]).hexdigest() == e.sha256


def _first_revision(reader, data: bytes, expected: Expected, others) -> None:
    """The file's first revision is exactly ParApp's PDF, and the file was appended to, not rewritten."""
    if _prefix_is(data, expected):
        declared = _startxref(data[max(0, expected.size - 64):expected.size])
        xrefs = reader.xrefs
        if xrefs.total_revisions >= 2 and declared is not None and xrefs.get_startxref_for_revision(0) == declared:
            return
        raise SignedPdfRefused(NOT_THIS_REPORT, N_("errors", "Tệp đã được lưu lại toàn bộ bằng chương trình khác "
                                                             "thay vì ký thêm vào bản ParApp làm ra, nên không chứng "
                                                             "minh được nội dung đã ký đúng là báo cáo đã chốt."))
    for other, label in others:
        if _prefix_is(data, other):
            raise SignedPdfRefused(OTHER_REPORT, N_("errors", "Đây là bản đã ký của {0}, không phải của báo cáo "
                                                              "đã chọn."), label)
    raise SignedPdfRefused(NOT_THIS_REPORT, N_("errors", "Phần đầu của tệp không phải bản PDF ParApp làm ra từ báo "
                                                         "cáo đã chốt này: có thể tệp được ký từ bản nháp, từ bản đã "
                                                         "sửa trong chương trình khác, hoặc là của báo cáo khác. Hãy "
                                                         "ký đúng tệp PDF xuất từ báo cáo đã chốt."))


# Entries a later revision may extend rather than keep as they were: a page's annotations (the
# seal's image, a signature's widget) and its content, drawn on top of ParApp's.
_GROWING = ("/Annots", "/Contents")


def _nothing_of_the_first_changed(reader) -> None:
    from pyhanko.pdf_utils import generic

    xrefs = reader.xrefs
    info = reader.trailer.flatten(0).raw_get("/Info")
    root = reader.trailer.flatten(0).raw_get("/Root")
    exempt = {(info.idnum, info.generation)} if isinstance(info, generic.IndirectObject) else set()
    for rev in range(1, xrefs.total_revisions):
        if not _same(root, reader.trailer.flatten(rev).raw_get("/Root")):
            _changed()  # another document tree put in place of ParApp's
        for ref in xrefs.refs_freed_in_revision(rev):
            if _introduced(xrefs, ref) == 0:
                _changed()
        for ref in xrefs.explicit_refs_in_revision(rev):
            if (ref.idnum, ref.generation) in exempt:
                continue
            if _introduced(xrefs, ref) != 0:
                continue  # added after ParApp's revision: a signature, a stamp, an image
            old = reader.get_object(ref, revision=0, transparent_decrypt=False)
            new = reader.get_object(ref, revision=rev, transparent_decrypt=False)
            if not _keeps(old, new):
                _changed()


def _introduced(xrefs, ref) -> int | None:
    try:
        return xrefs.get_introducing_revision(ref)
    except KeyError:
        return None


def _changed() -> None:
    raise SignedPdfRefused(FIRST_CHANGED, N_("errors", "Một lần lưu sau khi ParApp làm ra tệp đã sửa hoặc xóa nội dung "
                                                       "của báo cáo (không chỉ thêm số, ngày, hình chữ ký, con dấu hay "
                                                       "chữ ký khác). Tệp bị từ chối."))


def _same(a, b) -> bool:
    from pyhanko.pdf_utils import generic

    if isinstance(a, generic.IndirectObject) or isinstance(b, generic.IndirectObject):
        return (isinstance(a, generic.IndirectObject) and isinstance(b, generic.IndirectObject)
                and (a.idnum, a.generation) == (b.idnum, b.generation))
    return a == b


def _keeps(old, new, key: str = "") -> bool:
    """Does `new` keep everything `old` had (a page may only gain annotations and content on top)?"""
    from pyhanko.pdf_utils import generic

    if isinstance(old, generic.IndirectObject) or isinstance(new, generic.IndirectObject):
        if key == "/Contents" and isinstance(old, generic.IndirectObject) and isinstance(new, generic.ArrayObject):
            return len(new) >= 1 and _same(old, new.raw_get(0))
        return _same(old, new)
    if isinstance(old, generic.StreamObject):
        return (isinstance(new, generic.StreamObject) and old.encoded_data == new.encoded_data
                and _keeps_dict(old, new))
    if isinstance(old, generic.DictionaryObject):
        return isinstance(new, generic.DictionaryObject) and _keeps_dict(old, new)
    if isinstance(old, generic.ArrayObject):
        if not isinstance(new, generic.ArrayObject):
            return False
        if len(new) != len(old) and not (key in _GROWING and len(new) > len(old)):
            return False
        return all(_keeps(old.raw_get(i), new.raw_get(i)) for i in range(len(old)))
    return bool(old == new)


def _keeps_dict(old, new) -> bool:
    return all(k in new and _keeps(old.raw_get(k), new.raw_get(k), k) for k in old.keys())
