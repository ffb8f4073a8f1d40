"""Round 23B: round 22A's word about another commune's backup, attacked."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("now", ["UBND xã Khác", "Uỷ ban nhân dân xã Khác", "ỦY BAN NHÂN DÂN XÃ KHÁC",
                                 "Ủy ban nhân dân xã Khác"])
def test_the_same_commune_written_the_decrees_other_ways_is_not_another(qtbot, tmp_path, monkeypatch, now):
    """Finding 6: the commune's name written "UBND xã Khác" when the backup was made and "Ủy ban nhân dân xã Khác"
    now (or "Uỷ" for "Ủy", the old tone placement, or composed another way): restoring the commune's own backup
    said "Tệp này là dữ liệu của “UBND xã Khác”, không phải của “Ủy ban nhân dân xã Khác”…", so a hurried clerk
    answered Không to his own backup. The names are the same body as the reports print it."""
    import unicodedata

    from parapp.services import safety
    from parapp.store import open_database, settings as st
    from parapp.ui import backup_dialogs

    (tmp_path / "other").mkdir()
    other = open_database(tmp_path / "other" / "parapp.db")
    st.save_settings(other, st.CommuneSettings(commune_name=unicodedata.normalize("NFD", "Ủy ban nhân dân xã Khác"),
                                               place_name="Khác"))
    out = safety.backup(other, tmp_path).path
    other.close()
    (tmp_path / "data").mkdir()
    open_database(tmp_path / "data" / "parapp.db").close()
    asked = []
    monkeypatch.setattr(backup_dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    for commune in (now, "Ủy ban nhân dân xã Khác Nữa"):
        dlg = backup_dialogs.RestoreDialog(tmp_path / "data", db_path=tmp_path / "data" / "parapp.db",
                                           commune=commune)
        qtbot.addWidget(dlg)
        dlg._pick_file(str(out))
    assert "không phải" not in asked[0]
    assert "không phải của “Ủy ban nhân dân xã Khác Nữa”" in asked[1]
