"""The chairman's read (round 43): the demo's PAR self-assessment 2025 said "thanh toán trực tuyến đạt 24%", "toàn
trình đạt 38%", "số hóa đạt 75%", "đúng hạn 97,2%: 12 hồ sơ … trễ hạn" while the demo's own 2025 figures said 70%,
28,3%, 83,8%, 99,8% and 8: a Sở holding both sends it back. And four criteria with full marks carried a fault as
their explanation with nothing saying it was the province's deduction."""

import datetime as dt
import re

from parapp.services.demo import build_demo
from parapp.store import open_database
from parapp.store.par_index import load_set


def test_the_demo_explanations_agree_with_the_demo_figures(tmp_path):
    from parapp.cli.figures_commands import period_figures
    from parapp.core.report_words import rate_text

    db = open_database(tmp_path / "parapp.db")
    build_demo(db, dt.date(2026, 12, 4))
    rates = {rate_text(f.value) for f in period_figures(db, "year", 2025) if f.value is not None}
    cset = load_set(db, 2025)
    said = {n.code: n.explanation for _, n in cset.walk() if n.explanation}
    for code in ("3.4.1", "7.3.1", "7.3.2", "7.4"):
        percent = re.search(r"\d+(?:,\d+)?%", said[code]).group(0)
        assert percent in rates, (code, said[code], rates)
    admitted = [n for _, n in cset.walk() if n.explanation and n.self_milli == n.max_total and n.max_total
                and not n.is_group]
    assert admitted and all(n.explanation.startswith("Thẩm định trừ điểm") for n in admitted), admitted
    db.close()
