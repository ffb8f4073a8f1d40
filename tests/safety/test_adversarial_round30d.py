"""Round 30D, `par import-set --replace`: a set read again with scores in it replaced the scores the official had
typed in ParApp, and the command said "Giữ lại điểm, giải trình của 2 tiêu chí theo mã".

Typed 1 = 1,5 and 2 = 1; the province's file, re-imported, held 2 and 0: stored 2 and 0, exit 0, and the only word was
that the scores were kept. The file's score still wins (it is the newer document, the appraisal's for one), but each
typed score or explanation it replaces is now named, by the command (text and --json), its dry run and the window's
question before replacing."""

from __future__ import annotations

import json
import sqlite3

from parapp.core.par.reading import read_text
from parapp.store import par_index
from tests.cli.test_cli import run
from tests.cli.test_par_cli import new_db

BLANK = "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá,Giải trình\nI,CÔNG TÁC CHỈ ĐẠO,4,,\n1,Kế hoạch,2,,\n2,Báo cáo,2,,\n"
SCORED = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá,Giải trình\nI,CÔNG TÁC CHỈ ĐẠO,4,,\n1,Kế hoạch,2,2,\n"
          "2,Báo cáo,2,0,Chưa gửi báo cáo\n")


def _scored_db(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "bo.csv").write_text(BLANK, encoding="utf-8")
    (tmp_path / "bo2.csv").write_text(SCORED, encoding="utf-8")
    db = new_db(tmp_path / "d.db")
    assert run("par", "import-set", tmp_path / "bo.csv", "--db", db, "--year", 2026).returncode == 0
    assert run("par", "score", "--db", db, "--year", 2026, "1=1,5", "2=1").returncode == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE par_criteria SET explanation = 'Đã báo cáo quý I' WHERE code = '2'")
    con.commit()
    con.close()
    return db


def test_the_store_names_each_typed_score_the_file_replaces(db):
    par_index.store_set(db, read_text(BLANK).build(2026).criteria)
    par_index.set_scores(db, 2026, [("1", "1,5"), ("2", "1")])
    out = par_index.store_set(db, read_text(SCORED).build(2026).criteria, replace=True)
    assert out.rescored == [("1", "self", 1500, 2000), ("2", "self", 1000, 0)]
    assert out.kept_scores == 0


def test_the_command_says_the_typed_scores_are_replaced(tmp_path):
    db = _scored_db(tmp_path)
    for dry in (["--dry-run"], []):  # the dry run first: the run stores the file's scores
        done = run("par", "import-set", tmp_path / "bo2.csv", "--db", db, "--year", 2026, "--replace", *dry)
        assert done.returncode == 0, done.stderr
        assert "Giữ lại điểm" not in done.stdout, done.stdout
        assert "1 (tự đánh giá 1,5 → 2)" in done.stdout and "2 (tự đánh giá 1 → 0)" in done.stdout, done.stdout
        assert "giải trình" in done.stdout and "Đã báo cáo quý I" not in done.stdout
    db = _scored_db(tmp_path / "again")
    done = run("par", "import-set", tmp_path / "again" / "bo2.csv", "--db", db, "--year", 2026, "--replace",
               "--dry-run", "--json")
    out = json.loads(done.stdout)
    assert out["rescored"] == [{"code": "1", "which": "self", "old": 1.5, "new": 2},
                               {"code": "2", "which": "self", "old": 1, "new": 0}]
    assert out["explanations_replaced"] == ["2"]


def test_the_window_asks_before_the_file_replaces_typed_scores(db, monkeypatch):
    import types

    from parapp.ui.par import par_import_dialog
    from parapp.ui.par.par_import_dialog import ParImportDialog

    par_index.store_set(db, read_text(BLANK).build(2026).criteria)
    par_index.set_scores(db, 2026, [("1", "1,5"), ("2", "1")])
    asked = []
    monkeypatch.setattr(par_import_dialog, "ask_yes_no", lambda parent, title, text: asked.append(text) or False)
    new = read_text(SCORED).build(2026).criteria
    assert ParImportDialog._lost_scores_agreed(types.SimpleNamespace(db=db), new) is False
    assert "1 (tự đánh giá 1,5 → 2)" in asked[0] and "2 (tự đánh giá 1 → 0)" in asked[0], asked


R1 = "STT,Tiêu chí,Điểm tối đa\nI,CÔNG TÁC CHỈ ĐẠO,4\n1,Kế hoạch cải cách hành chính,2\n2,Báo cáo định kỳ,2\n"
R2 = "STT,Tiêu chí,Điểm tối đa\nI,CÔNG TÁC CHỈ ĐẠO,4\n1,Báo cáo định kỳ,2\n2,Kế hoạch cải cách hành chính,2\n"


def test_a_score_kept_by_code_on_a_criterion_now_named_otherwise_is_said(db, tmp_path):
    """The province swapped criteria 1 and 2: the score of "Kế hoạch" (2) went to "Báo cáo" by its code, and the
    command said only "Giữ lại điểm … của 2 tiêu chí theo mã"."""
    par_index.store_set(db, read_text(R1).build(2026).criteria)
    par_index.set_scores(db, 2026, [("1", "2"), ("2", "0,5")])
    out = par_index.prepare_store(db, read_text(R2 + "\n").build(2026).criteria, replace=True).outcome
    assert [c for c, _, _ in out.renamed] == ["1", "2"] and out.renamed[0][1] == "Kế hoạch cải cách hành chính"
    same = par_index.prepare_store(db, read_text(R1.replace("Báo cáo định kỳ", "Báo cáo định kỳ.")).build(2026)
                                   .criteria, replace=True).outcome
    assert same.renamed == []  # the same name but for its punctuation

    (tmp_path / "r1.csv").write_text(R1, encoding="utf-8")
    (tmp_path / "r2.csv").write_text(R2, encoding="utf-8")
    d = new_db(tmp_path / "d.db")
    assert run("par", "import-set", tmp_path / "r1.csv", "--db", d, "--year", 2026).returncode == 0
    assert run("par", "score", "--db", d, "--year", 2026, "1=2", "2=0,5").returncode == 0
    done = run("par", "import-set", tmp_path / "r2.csv", "--db", d, "--year", 2026, "--replace")
    assert done.returncode == 0 and "1 (“Kế hoạch cải cách hành chính” nay là “Báo cáo định kỳ”)" in done.stdout, \
        done.stdout


def test_the_window_asks_before_scores_stay_on_criteria_named_otherwise(db, monkeypatch):
    import types

    from parapp.ui.par import par_import_dialog
    from parapp.ui.par.par_import_dialog import ParImportDialog

    par_index.store_set(db, read_text(R1).build(2026).criteria)
    par_index.set_scores(db, 2026, [("1", "2")])
    asked = []
    monkeypatch.setattr(par_import_dialog, "ask_yes_no", lambda parent, title, text: asked.append(text) or False)
    new = read_text(R2).build(2026).criteria
    assert ParImportDialog._lost_scores_agreed(types.SimpleNamespace(db=db), new) is False
    assert "1 (“Kế hoạch cải cách hành chính” nay là “Báo cáo định kỳ”)" in asked[0], asked
