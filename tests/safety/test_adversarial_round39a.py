"""Adversarial round 39A: repair, backups, restores, automatic snapshots, `parapp check` (helper r39a)."""

from __future__ import annotations

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round32a import _spoil


def test_repair_does_not_send_the_clerk_to_retype_the_imported_files_name(tmp_path):
    """L1 (left by round 38A): a byte of `par_sets.source_name` (the name of the file the PAR criteria set was imported
    from, kept as a note, shown nowhere) gone bad. `parapp repair` left "Bo \ufffdhi so CCHC cap xa.xlsx", rightly (no
    other record of it), and said "hãy xem lại những chỗ đó trong cửa sổ và gõ lại cho đúng": no window shows or edits
    it. Now it is said kept with its "\ufffd", shown nowhere, nothing to do."""
    db = _demo(tmp_path)
    _spoil(db, "par_sets", "source_name", 1, 3, 0xE3)
    r = run("--db", db, "repair")
    said = r.stdout + r.stderr
    assert r.returncode == 0, said
    assert "gõ lại" not in said, said
    assert "đúng như trước khi hỏng" not in said, said
    assert "không cần sửa" in said and "Tên tệp" in said, said
