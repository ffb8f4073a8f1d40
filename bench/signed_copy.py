"""Benchmark: checking the signed copy of the 40-page report with a 2,000-row appendix.

The report of bench/pdf_report.py, signed by a certificate made here (pyHanko), then a second
revision (the e-office's number annotation) and a second signature appended, as a signing tool
does; `check_signed` reads every signature and every revision. Prints JSON with the median of 3
checks after a first one, and the time importing pyHanko's validation takes (once a session).

    python bench/signed_copy.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pdf_report import big_draft, options  # noqa: E402

from parapp.pdf.fonts import bundled  # noqa: E402
from parapp.pdf.report_pdf import render_report  # noqa: E402


def main() -> None:
    t0 = time.perf_counter()
    import pyhanko.sign.validation  # noqa: F401 - what the first attach of a session pays once
    import pyhanko_certvalidator  # noqa: F401
    import_s = time.perf_counter() - t0
    from parapp.pdf.signed_pdf import Expected, check_signed
    from tests import signing

    pdf = render_report(big_draft(), options(), bundled(), dt.date(2024, 12, 18))
    root = signing.make_root()
    signed = signing.sign(signing.stamp_number(signing.sign(pdf, signing.make_signer("Phạm Văn Thật", root))),
                          signing.make_signer("Ủy ban nhân dân xã Ba Giang", root), field="Seal")
    expected = Expected(hashlib.sha256(pdf).hexdigest(), len(pdf))
    times = []
    for _ in range(4):
        t0 = time.perf_counter()
        found = check_signed(signed, expected)
        times.append(time.perf_counter() - t0)
    print(json.dumps({"benchmark": "signed_copy_check", "pdf_bytes": len(pdf), "signed_bytes": len(signed),
                      "signatures": len(found), "import_pyhanko_s": round(import_s, 3),
                      "first_check_s": round(times[0], 3), "median_check_s": round(statistics.median(times[1:]), 3)}))


if __name__ == "__main__":
    main()
