"""Benchmark: the PAR INDEX self-assessment beside a 50,000-task register.

Prints JSON: seconds to read a province's criteria table (.xlsx), store it,
score every criterion in one batch, load the set with its evidence, find a
criterion's suggested documents, suggest leads and make the remediation plan
(both search the whole register by code), render the report PDF and write
the .xlsx. A set has about 50 criteria; the register is what grows.

    python bench/par_index_50k.py [--tasks N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from populate import populate  # noqa: E402

from parapp.core.par.points import format_points  # noqa: E402
from parapp.core.par.reading import read_bytes  # noqa: E402
from parapp.services.demo_par import SET, demo_set  # noqa: E402
from parapp.services.par_outputs import par_pdf, par_xlsx, xlsx_bytes  # noqa: E402
from parapp.store import open_database, par_index, par_index_evidence  # noqa: E402
from parapp.services.par_remedy import make_plan, preview  # noqa: E402


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, round(time.perf_counter() - t0, 3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=50_000)
    args = ap.parse_args()
    path = Path(tempfile.mkdtemp(prefix="parapp-bench-")) / "bench.db"
    today = dt.date.today()
    year = today.year
    populate(path, args.tasks, today)
    db = open_database(path)
    with db.atomic():  # every tenth done task has a document
        db.execute("""INSERT INTO evidence (task_id, sha256, original_name, size, added_at)
                      SELECT id, printf('%064d', id), 'Tai lieu ' || id || '.pdf', 1000, '2025-01-01'
                      FROM tasks WHERE status = 'done' AND id % 10 = 0""")
    annex = xlsx_bytes(demo_set(year), "Ủy ban nhân dân tỉnh")  # a province's table, as a workbook
    out: dict = {"tasks": args.tasks, "criteria": sum(1 for e in SET if len(e) > 2)}
    built, out["read_xlsx_s"] = timed(lambda: read_bytes(annex, "Bo chi so.xlsx").build(year))
    _, out["store_set_s"] = timed(lambda: par_index.store_set(db, built.criteria))
    scores = [(e[0], e[3]) for e in SET if len(e) > 2]
    _, out["score_all_in_one_batch_s"] = timed(lambda: par_index.set_scores(db, year, scores))
    cset, out["load_set_s"] = timed(lambda: par_index.load_set(db, year))
    crit = cset.find("1.4").id  # the register's tasks carry 1.4 and have documents
    sugg, out["suggested_documents_s"] = timed(lambda: par_index_evidence.suggestions(db, crit))
    out["suggested_documents"] = len(sugg)
    rows, out["remedy_preview_with_leads_s"] = timed(lambda: preview(db, year))
    plan, out["make_remedy_plan_s"] = timed(lambda: make_plan(db, year, today=today))
    out["remedy_tasks"] = len(plan.created)
    printed, out["render_pdf_s"] = timed(lambda: par_pdf(db, year, today))
    out["pdf_kb"] = round(len(printed.pdf) / 1024)
    _, out["write_xlsx_s"] = timed(lambda: par_xlsx(db, year))
    out["self_total"] = format_points(cset.self_total)
    print(json.dumps(out, indent=2))
    db.close()


if __name__ == "__main__":
    main()
