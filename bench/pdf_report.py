"""Benchmark: rendering a 40-page report with a 2,000-row appendix to PDF.

Prints JSON with the median of 3 renders and, where LibreOffice and python-docx
are installed, the time LibreOffice takes to convert an equivalent .docx
(`soffice --headless --convert-to pdf`) in the same run. Goal (issue 23):
LibreOffice at least 20 × slower than ParApp (`goal_s`: a twentieth of its time).

    python bench/pdf_report.py
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

from parapp.core.report_model import AppendixRow, Draft, Section  # noqa: E402
from parapp.pdf.fonts import bundled  # noqa: E402
from parapp.pdf.report_pdf import PrintOptions, render_report  # noqa: E402

GOAL_RATIO = 20  # LibreOffice's time over ParApp's, at least

SENTENCE = ("- Tham mưu UBND xã ban hành kế hoạch rà soát, đánh giá thủ tục hành chính năm 2024 (đồng chí "
            "Nguyễn Thị Hồng Nhung, Công chức Văn phòng – Thống kê chủ trì): đã hoàn thành ngày 20/02/2024. "
            "Đã ban hành văn bản; lưu bản chụp làm tài liệu kiểm chứng.")


def big_draft(body_paragraphs: int = 370, rows: int = 2000) -> Draft:
    areas = [Section(f"area:{i}", f"{i}. Lĩnh vực số {i}", [SENTENCE] * (body_paragraphs // 7)) for i in range(1, 8)]
    appendix = [AppendixRow(str(k + 1), f"Nhiệm vụ số {k + 1}: rà soát, số hóa hồ sơ thủ tục hành chính"
                            + (" và công khai kết quả trên Cổng thông tin điện tử xã" if k % 3 == 0 else ""),
                            "Huỳnh Thị Ánh, Công chức Bộ phận Một cửa", "Quý I/2024", "Hoàn thành",
                            "Hoàn thành ngày 10/03/2024", k + 1) for k in range(rows)]
    return Draft({"kind": "year", "year": 2024}, "Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2024",
                 [Section("results", "II. Kết quả thực hiện các nhiệm vụ", subsections=areas)], appendix, "2024-12-16")


def options() -> PrintOptions:
    return PrintOptions("Ủy ban nhân dân xã Ba Giang", "Ba Giang", "Phạm Văn Thật", recipients=["UBND huyện Ba Tơ"],
                        cc=["Như trên"], number="15", date=dt.date(2024, 12, 18))


def libreoffice_seconds(draft: Draft) -> dict:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    try:
        import docx  # python-docx
    except ImportError:
        docx = None
    if not soffice or docx is None:
        return {"libreoffice_convert_s": None,
                "libreoffice_note": "not measured: needs Debian's libreoffice-writer-nogui and python-docx"}
    d = docx.Document()
    for s in draft.walk():
        d.add_paragraph(s.title)
        for p in s.paragraphs:
            d.add_paragraph(p)
    t = d.add_table(rows=1, cols=6)
    for i, h in enumerate(["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tình trạng", "Kết quả"]):
        t.rows[0].cells[i].text = h
    for r in draft.appendix:
        cells = t.add_row().cells
        for i, v in enumerate([r.stt, r.content, r.lead, r.deadline, r.status, r.result]):
            cells[i].text = v
    folder = Path(tempfile.mkdtemp(prefix="parapp-lo-"))
    src = folder / "report.docx"
    d.save(src)
    t0 = time.perf_counter()
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(src)],
                   check=True, capture_output=True, timeout=600)
    return {"libreoffice_convert_s": round(time.perf_counter() - t0, 2)}


def main() -> None:
    draft = big_draft()
    font = bundled()
    times, pdf = [], b""
    for _ in range(3):
        t0 = time.perf_counter()
        pdf = render_report(draft, options(), font, dt.date(2024, 12, 18))
        times.append(time.perf_counter() - t0)
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(io.BytesIO(pdf))
    pages = [doc[i].get_size() for i in range(len(doc))]
    portrait = sum(1 for w, h in pages if h > w)
    out = {
        "body_pages": portrait,
        "appendix_pages": len(pages) - portrait,
        "appendix_rows": len(draft.appendix),
        "render_median_s": round(statistics.median(times), 3),
        "render_max_s": round(max(times), 3),
        "pdf_bytes": len(pdf),
    }
    out.update(libreoffice_seconds(draft))
    lo = out.get("libreoffice_convert_s")
    out["goal_ratio"] = GOAL_RATIO
    out["goal_s"] = round(lo / GOAL_RATIO, 3) if lo else None
    out["libreoffice_ratio"] = round(lo / out["render_median_s"], 1) if lo else None
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
