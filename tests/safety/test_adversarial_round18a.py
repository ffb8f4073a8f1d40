"""Adversarial round 18, part A: backup, restore, snapshots, the writer lock, `check` (what round 17A added).
What held is in /work/notes/adversarial-round18a.md.
"""

from __future__ import annotations

import os

import pytest

from parapp.cli.main import main


# 1. A --db that is a link leading back to itself (a.db -> b.db -> a.db): `check` said "Lỗi không mong đợi:
# Symlink loop" and exited 1, the code for "not sound" on which a script restores, of data it never read; a
# restore said the same, every other command "not a ParApp database". Now named as a link loop, exit 2.
@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_a_db_link_that_loops_is_named_and_refused(tmp_path, capsys):
    (tmp_path / "a.db").symlink_to("b.db")
    (tmp_path / "b.db").symlink_to("a.db")
    for args in (["check"], ["tasks"], ["demo"], ["restore", str(tmp_path / "x.parapp-backup")]):
        assert main(["--db", str(tmp_path / "a.db"), *args]) == 2, args
        err = capsys.readouterr().err
        assert "trỏ vòng về chính nó" in err and "không mong đợi" not in err, (args, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db", "b.db"]
