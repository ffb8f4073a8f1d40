"""Benchmark: the 40-page report with a 2,000-row appendix written as .docx.

The same report as bench/pdf_report.py (goal, issue 13: within 3 s here).
Prints JSON with the median of 3 writes; where LibreOffice is installed, also
the page counts of its conversion of the .docx beside ParApp's own PDF, so the
figure is for the same 40-page document.

    python bench/docx_report.py
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_report import big_draft, options  # noqa: E402

from parapp.document.report_document import report_document  # noqa: E402
from parapp.docx.document_docx import write_document  # noqa: E402

DAY = dt.date(2024, 12, 18)


def pages(pdf: bytes) -> tuple[int, int]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(io.BytesIO(pdf))
    sizes = [doc[i].get_size() for i in range(len(doc))]
    portrait = sum(1 for w, h in sizes if h > w)
    return portrait, len(sizes) - portrait


def libreoffice(data: bytes) -> dict:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return {"libreoffice_note": "page counts not measured: needs Debian's libreoffice-writer-nogui"}
    folder = Path(tempfile.mkdtemp(prefix="parapp-docx-"))
    (folder / "report.docx").write_bytes(data)
    subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(folder / "report.docx")],
                   check=True, capture_output=True, timeout=600)
    body, appendix = pages((folder / "report.pdf").read_bytes())
    return {"libreoffice_body_pages": body, "libreoffice_appendix_pages": appendix}


def main() -> None:
    from parapp.pdf.fonts import bundled
    from parapp.pdf.report_pdf import render_report

    draft = big_draft()
    times, data = [], b""
    for _ in range(3):
        t0 = time.perf_counter()
        data = write_document(report_document(draft, options(), DAY))
        times.append(time.perf_counter() - t0)
    body, appendix = pages(render_report(draft, options(), bundled(), DAY))
    out = {
        "parapp_pdf_body_pages": body,
        "parapp_pdf_appendix_pages": appendix,
        "appendix_rows": len(draft.appendix),
        "write_median_s": round(statistics.median(times), 3),
        "write_max_s": round(max(times), 3),
        "docx_bytes": len(data),
        "goal_s": 3.0,
    }
    out.update(libreoffice(data))
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
