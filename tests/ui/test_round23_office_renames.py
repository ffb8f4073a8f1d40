"""Round 23B: what round 22A added to the settings, attacked: an office renamed, the plan's year corrected."""

from __future__ import annotations

from parapp.store import officials


def _settings_with(db, offices):
    from parapp.store import settings as st

    st.save_settings(db, st.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang", place_name="Ba Giang",
                                            offices=offices))


def test_an_office_whose_spelling_is_corrected_prints_the_new_spelling(qtbot, ui_db, monkeypatch):
    """Finding 1: "Phòng kinh tế" corrected to "Phòng Kinh tế" (capitals, or "-" for "–"): saving asked whether it
    was a rename, "Có", and nothing moved: the office typed another way is the same office (round 21C), so its
    officials stayed under the old spelling, which reports and letters kept printing. The office takes the name."""
    from parapp.store import tasks
    from parapp.ui.settings_dialog import SettingsDialog
    from parapp.ui.widgets import texts
    from tests.ui.conftest import TODAY

    _settings_with(ui_db, ["Văn phòng HĐND và UBND", "Phòng kinh tế - hạ tầng"])
    unit = officials.get_or_create_unit(ui_db, "Phòng kinh tế - hạ tầng")
    who = officials.add_official(ui_db, {"full_name": "Lê Thị Kinh", "unit_id": unit})
    task = tasks.create_task(ui_db, {"content": "Rà soát thủ tục đất đai", "lead_unit_id": unit}, today=TODAY)
    asked = []
    monkeypatch.setattr(texts, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True)
    dlg = SettingsDialog(ui_db)
    qtbot.addWidget(dlg)
    dlg.offices.setPlainText("Văn phòng HĐND và UBND\nPhòng Kinh tế – Hạ tầng")
    dlg.save()
    assert dlg.result() and len(asked) == 1
    assert officials.get_official(ui_db, who).unit_name == "Phòng Kinh tế – Hạ tầng"
    assert tasks.get_task(ui_db, task).lead_unit_id == unit
    names = [name for _i, name in officials.list_units(ui_db)]
    assert "Phòng Kinh tế – Hạ tầng" in names and "Phòng kinh tế - hạ tầng" not in names


def test_two_offices_renamed_at_once_are_each_asked(qtbot, ui_db, monkeypatch):
    """Finding 7: a reorganisation renaming two offices in one save ("Phòng Kinh tế" → "Phòng Kinh tế – Hạ tầng",
    "Phòng Văn hóa – Xã hội" → "Phòng Văn hóa – Thông tin"): nothing was asked and both offices' officials stayed
    under the old names, which reports and letters kept printing, as before round 22A (which asked for one office
    renamed alone). Each is asked in the order of the list; two merged into one are asked each."""
    from parapp.ui.settings_dialog import SettingsDialog
    from parapp.ui.widgets import texts

    names = ["Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa – Xã hội"]
    _settings_with(ui_db, names)
    people = [officials.add_official(ui_db, {"full_name": f"Cán bộ {i}", "unit_id": officials.get_or_create_unit(
        ui_db, n)}) for i, n in enumerate(names)]
    asked = []
    monkeypatch.setattr(texts, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True)
    dlg = SettingsDialog(ui_db)
    qtbot.addWidget(dlg)
    dlg.offices.setPlainText("Văn phòng HĐND và UBND\nPhòng Kinh tế – Hạ tầng\nPhòng Văn hóa – Thông tin")
    dlg.save()
    assert dlg.result() and len(asked) == 2
    assert [officials.get_official(ui_db, p).unit_name for p in people] == [
        "Văn phòng HĐND và UBND", "Phòng Kinh tế – Hạ tầng", "Phòng Văn hóa – Thông tin"]
    dlg = SettingsDialog(ui_db)
    qtbot.addWidget(dlg)
    dlg.offices.setPlainText("Văn phòng HĐND và UBND\nPhòng Kinh tế – Văn hóa")
    dlg.save()
    assert len(asked) == 4
    assert [officials.get_official(ui_db, p).unit_name for p in people][1:] == ["Phòng Kinh tế – Văn hóa"] * 2
