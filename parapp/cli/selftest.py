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
