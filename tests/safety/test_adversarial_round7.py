"""Adversarial round 7 (issue 21): what round 6 noted and left, and what a fresh round found.

A restore blocked by a file where a folder must be made said the system's English ("Not a
directory", "File exists") and named the data folder, not the file in the way."""

from __future__ import annotations

import pytest

from parapp.store.archive_format import BackupError
from parapp.store.evidence import stored_path
from parapp.store.restore import restore_backup

from .test_hostile_backups import craft, listing, source, target  # noqa: F401 (fixtures)


@pytest.mark.parametrize("where", ["evidence", "evidence/<first two letters>"])
def test_a_restore_blocked_by_a_file_where_a_folder_must_be_names_that_file_in_vietnamese(
        source, tmp_path, target, where):  # noqa: F811
    members, manifest = source
    backup = craft(tmp_path / "b.parapp-backup", members, manifest)
    h = next(n for n in members if n.startswith("evidence/")).rsplit("/", 1)[1]
    blocker = target.parent / "evidence"
    if where != "evidence":
        blocker.mkdir()
        blocker = stored_path(target.parent, h).parent
    blocker.write_text("một tệp, không phải thư mục")
    before = listing(target.parent)
    with pytest.raises(BackupError) as e:
        restore_backup(backup, target, target.parent)
    msg = e.value.message
    assert f"“{blocker}” là một tệp" in msg and "đổi tên hoặc chuyển tệp đó" in msg, msg
    assert "Not a directory" not in msg and "File exists" not in msg
    assert listing(target.parent) == before
