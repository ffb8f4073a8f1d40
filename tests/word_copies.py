"""The Word copies the tests read back through LibreOffice, converted in one go.

`soffice --headless --convert-to pdf` turns every .docx below into a PDF in a
single LibreOffice start, once per test session; the Decree-30 checks written
for ParApp's own PDFs then run on those PDFs too (tests/pdf, tests/par,
tests/docx). CI installs LibreOffice (Debian's libreoffice-writer-nogui, in
.ci/run); a machine without it fails these tests with what to install.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest

REPORT_DATE = dt.date(2024, 3, 18)
PLAN = SimpleNamespace(number="05/KH-UBND", issued_on=dt.date(2024, 1, 8), year=2024,
                       title="Kế hoạch cải cách hành chính năm 2024")


def plan_rows(per_area: list[int]):
    from parapp.store.tasks import TaskRow

    rows, i = [], 0
    for a, n in enumerate(per_area, start=1):
        for _ in range(n):
            i += 1
            rows.append(TaskRow(i, 1, str(i), f"Nhiệm vụ {i} của lĩnh vực {a}: rà soát, ban hành văn bản", None,
                                str(a), f"Lĩnh vực số {a}", f"{a}.1", None, "Văn phòng", "Các bộ phận", "Quý I/2024",
                                None, "not_started", None, "", ""))
    return rows


def with_figures(draft):
    """The draft with a figures appendix (Phụ lục I, portrait) before its task appendix (Phụ lục II)."""
    from parapp.core.report_model import FigureRow

    draft.figures = [FigureRow(f"f{i}", f"Chỉ tiêu số {i}", "hồ sơ", i, f"{i * 37}", f"Lĩnh vực {i // 20 + 1}")
                     for i in range(1, 46)]
    return draft


def documents() -> dict:
    """name → the document model, built from the same inputs as the PDF tests' documents."""
    from parapp.document.par_document import par_document
    from parapp.document.plan_document import plan_document
    from parapp.document.register_document import ListScope, register_document
    from parapp.document.report_document import report_document
    from tests.par.samples import options as par_options
    from tests.par.samples import scored_set
    from tests.pdf.conftest import make_draft, options
    from tests.chasing import samples as chasing

    return {
        "report": report_document(make_draft(), options(), REPORT_DATE),
        "report_blank": report_document(make_draft(), options(number=None, date=None, month_year=(3, 2024)),
                                        REPORT_DATE),
        "report_vice": report_document(with_figures(make_draft()), options(signer="vice:Đinh Văn Sơn", recipients=[
            "Ủy ban nhân dân huyện Ba Tơ", "Phòng Nội vụ huyện Ba Tơ"]), REPORT_DATE),
        "report_long": report_document(make_draft(long_text=True, appendix_rows=10), options(chairman=""),
                                       REPORT_DATE),
        "plan": plan_document(PLAN, plan_rows([14, 3, 5, 2, 6, 9, 4]), "Ủy ban nhân dân xã Ba Giang"),
        "par": par_document(scored_set(), par_options(), dt.date(2025, 1, 1)),
        "register": register_document(plan_rows([20, 12, 9]), "Ủy ban nhân dân xã Ba Giang", REPORT_DATE,
                                      ListScope(status="open")),
        "report_year": demo_year_report(),
        "letter": chasing.letter(per_office=6),
        "letter_one": chasing.letter(per_office=2, offices=1, signer="chairman"),
        "meeting": chasing.meeting()[0],
    }


YEAR_DAY = dt.date(2026, 12, 2)


def demo_year_report():
    """The demo commune's year report as drafted on 2/12/2026: two appendices, the tasks' landscape."""
    import tempfile

    from parapp.document.report_document import report_document
    from parapp.services.demo import build_demo
    from parapp.services.printing import options_from_settings
    from parapp.store import open_database
    from parapp.store.periods import find_period
    from parapp.store.report_records import assemble_draft

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.db")
        try:
            build_demo(db, YEAR_DAY)
            draft = assemble_draft(db, find_period(db, "year", 2026), YEAR_DAY)
            o = options_from_settings(db)
        finally:
            db.close()
    o.number, o.date, o.month_year = None, None, (12, 2026)
    return report_document(draft, o, YEAR_DAY)


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.fail("LibreOffice is needed to check the Word copies: install Debian's libreoffice-writer-nogui "
                    "(and fonts-liberation), as .ci/run does.")
    return found


def convert_all(folder: Path) -> dict[str, dict[str, bytes]]:
    """name → {"docx": the Word copy, "pdf": LibreOffice's PDF of it}."""
    from parapp.docx.document_docx import write_document

    copies = {name: write_document(doc) for name, doc in documents().items()}
    for name, data in copies.items():
        (folder / f"{name}.docx").write_bytes(data)
    profile = (folder / "lo-profile").resolve().as_uri()  # its own profile: no clash with a running LibreOffice
    subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
                    "--outdir", str(folder), *[str(folder / f"{n}.docx") for n in copies]],
                   check=True, capture_output=True, timeout=600)
    return {name: {"docx": data, "pdf": (folder / f"{name}.pdf").read_bytes()} for name, data in copies.items()}
