"""parapp selftest: prove an installed copy works end to end, without a display.

Opens a temporary database, imports a small plan, assembles and renders a
report PDF and its Word copy, checks them, backs it up and verifies the backup; exits 0 when all
of it works. CI runs it inside the built bundle, so a spec that forgot a
module, a font or a catalogue fails there and not on a commune's PC.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

PLAN = ("STT\tNội dung nhiệm vụ\tMã tiêu chí\tCơ quan chủ trì\tThời gian thực hiện\n"
        "I\tCải cách thủ tục hành chính\t\t\t\n"
        "1\tCông khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa\t3.1\tCông chức Văn phòng – Thống kê\tQuý I/2024\n"
        "2\tRà soát, đánh giá thủ tục hành chính\t3.2\tCông chức Tư pháp – Hộ tịch\tTrước ngày 01/3/2024\n")


def _signed_copy(db, folder: Path) -> None:
    """Finalise, sign with a throw-away certificate as a token would, and attach: pyHanko and its
    cryptography must be in the bundle, and a signed copy must come home verified."""
    import io

    from asn1crypto import keys, x509 as ax509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    from parapp.services import delivery
    from parapp.services.printing import report_pdf
    from parapp.services.reporting import finalize_report
    from parapp.store import report_records
    from parapp.store.periods import find_period

    today = dt.date(2024, 3, 16)
    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), today, save=True)
    finalize_report(db, rid, today)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Nguyễn Văn Thử")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=2))
            .sign(key, hashes.SHA256()))
    der = serialization.Encoding.DER
    signer = signers.SimpleSigner(
        signing_cert=ax509.Certificate.load(cert.public_bytes(der)),
        signing_key=keys.PrivateKeyInfo.load(key.private_bytes(der, serialization.PrivateFormat.PKCS8,
                                                               serialization.NoEncryption())),
        cert_registry=None)  # self-signed: no chain to carry
    pdf = report_pdf(db, "q1", 2024, today).pdf
    signed = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)),
                              signers.PdfSignatureMetadata(field_name="Selftest"), signer=signer).getvalue()
    (folder / "da-ky.pdf").write_bytes(signed)
    got = delivery.attach_signed(db, db.data_dir, "q1", 2024, folder / "da-ky.pdf")
    assert got.copy.signed_by == "Nguyễn Văn Thử" and not got.copy.chain_known, "signed copy"


def run_selftest() -> int:
    from parapp.core.importing import parse_text
    from parapp.pdf.fonts import choose
    from parapp.services.printing import report_pdf
    from parapp.store import open_database, settings
    from parapp.services import importing, safety

    folder = Path(tempfile.mkdtemp(prefix="parapp-selftest-"))
    steps = []
    try:
        db = open_database(folder / "parapp.db")
        steps.append("cơ sở dữ liệu")
        settings.save_settings(db, settings.CommuneSettings(
            commune_name="Ủy ban nhân dân xã Thử Nghiệm", place_name="Thử Nghiệm", chairman="Nguyễn Văn Thử",
            superior_body="Ủy ban nhân dân tỉnh Thử Nghiệm"))
        result = parse_text(PLAN, plan_year=2024)
        assert len(result.tasks) == 2 and result.tasks[0].area_code == "3", "import"
        importing.import_rows(db, result.tasks, plan_id=None, plan_title="Kế hoạch thử", plan_year=2024,
                              catalogue_code=None, today=dt.date(2024, 3, 16))
        steps.append("nhập kế hoạch")
        printed = report_pdf(db, "q1", 2024, dt.date(2024, 3, 16))
        assert printed.pdf.startswith(b"%PDF-1.4") and len(printed.pdf) > 10_000, "pdf"
        assert b"Helvetica" not in printed.pdf, "font"
        (folder / "bao-cao.pdf").write_bytes(printed.pdf)
        steps.append(f"PDF ({choose().name})")
        from parapp.services.printing import report_docx

        word = report_docx(db, "q1", 2024, dt.date(2024, 3, 16)).docx  # python-docx's template is bundled
        assert word.startswith(b"PK") and b"word/document.xml" in word, "docx"
        steps.append("bản Word")
        _signed_copy(db, folder)
        steps.append("kiểm tra bản ký số")
        usb = folder / "usb"
        usb.mkdir()
        safety.describe_backup(safety.backup(db, usb).path)
        steps.append("sao lưu")
        db.close()
        from parapp.assets import asset

        guide = asset("doc", "guide_vi.html")
        shots = [x for x in guide.read_text(encoding="utf-8").split('src="')[1:]]
        assert shots and all(asset("doc", x.split('"')[0]).is_file() for x in shots), "guide"
        steps.append("hướng dẫn sử dụng")
    except Exception as exc:  # noqa: BLE001 - report which step broke, in words
        print(f"Tự kiểm tra THẤT BẠI sau: {', '.join(steps) or 'khởi động'} — {type(exc).__name__}: {exc}")
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("Tự kiểm tra đạt: " + ", ".join(steps) + ".")
    return 0
