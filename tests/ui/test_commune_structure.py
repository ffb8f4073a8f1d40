"""The commune's offices as the official sets them: the settings dialog's presets, the officials
page's offices, and the names a report then prints."""

from parapp.store import officials, tasks
from parapp.store.settings import load_settings
from parapp.ui.people.officials_page import OfficialDialog
from parapp.ui.settings_dialog import SettingsDialog

from .conftest import TODAY


def test_a_ward_preset_and_its_offices_reach_the_officials_page(qtbot, ui_db, window, errors):
    dlg = SettingsDialog(ui_db, window)
    qtbot.addWidget(dlg)
    # a new database starts on the 2025 commune preset
    assert dlg.structure.currentData() == "2025-xa"
    assert dlg.offices.toPlainText().splitlines() == ["Văn phòng HĐND và UBND", "Phòng Kinh tế",
                                                      "Phòng Văn hóa – Xã hội"]
    dlg.structure.setCurrentIndex(dlg.structure.findData("2025-phuong"))
    dlg._apply_preset()
    dlg.save()
    assert errors == []
    s = load_settings(ui_db)
    assert s.offices == ["Văn phòng HĐND và UBND", "Phòng Kinh tế – Hạ tầng và Đô thị", "Phòng Văn hóa – Xã hội"]
    assert s.one_stop_unit == "Trung tâm Phục vụ hành chính công"
    assert s.report_persons is False  # persons are not named unless the commune asks

    off = OfficialDialog(ui_db, parent=window)
    qtbot.addWidget(off)
    offered = [off.unit.itemText(i) for i in range(off.unit.count())]
    assert offered[:4] == ["Văn phòng HĐND và UBND", "Phòng Kinh tế – Hạ tầng và Đô thị", "Phòng Văn hóa – Xã hội",
                           "Trung tâm Phục vụ hành chính công"]
    off.full_name.setText("Đinh Thị Thu Hương")
    off.position.setCurrentText("Chuyên viên")
    off.unit.setCurrentText("Phòng Văn hóa – Xã hội")
    off.save()
    assert errors == []
    (o,) = officials.list_officials(ui_db)
    assert o.unit_name == "Phòng Văn hóa – Xã hội"


def test_a_commune_keeping_its_own_names_and_the_persons_switch(qtbot, ui_db, window, errors):
    dlg = SettingsDialog(ui_db, window)
    qtbot.addWidget(dlg)
    dlg.structure.setCurrentIndex(dlg.structure.findData("truoc-2025"))
    dlg._apply_preset()
    dlg.one_stop.setCurrentText("Bộ phận tiếp nhận và trả kết quả")
    dlg.persons.setChecked(True)
    dlg.save()
    assert errors == []
    again = SettingsDialog(ui_db, window)
    qtbot.addWidget(again)
    assert again.structure.currentData() == ""  # its own names: no preset claims them
    assert again.one_stop.currentText() == "Bộ phận tiếp nhận và trả kết quả" and again.persons.isChecked()


def test_the_report_prints_the_office_the_official_belongs_to(ui_db):
    from parapp.store.periods import find_period
    from parapp.store.report_records import assemble_draft

    unit = officials.get_or_create_unit(ui_db, "Phòng Văn hóa – Xã hội")
    who = officials.add_official(ui_db, {"full_name": "Đinh Thị Thu Hương", "position": "Chuyên viên",
                                         "unit_id": unit})
    tasks.create_task(ui_db, {"content": "Tuyên truyền về cải cách hành chính", "par_code": "1.4",
                              "lead_official_id": who, "deadline_text": "Trước ngày 01/3/2024",
                              "delay_reason": "Chờ kinh phí"}, today=TODAY)
    draft = assemble_draft(ui_db, find_period(ui_db, "q1", 2024), TODAY)
    body = "\n".join(p for s in draft.walk() for p in s.paragraphs)
    assert "(Phòng Văn hóa – Xã hội chủ trì): chưa hoàn thành, quá thời hạn" in body
    assert "Đinh Thị Thu Hương" not in body
    assert [r.lead for r in draft.appendix] == ["Phòng Văn hóa – Xã hội"]


def test_a_paste_gone_wrong_into_a_settings_line_is_refused_naming_the_field(qtbot, ui_db, window, errors):
    """Round 11: a 40,000-character commune name was stored, and every page's heading and printed header laid it
    out (2–4 s a page). A line past 500 characters is refused, naming the field as the dialog does; nothing stored."""
    before = load_settings(ui_db)
    dlg = SettingsDialog(ui_db, window)
    qtbot.addWidget(dlg)
    dlg.commune_name.setText("Ủy ban nhân dân xã Ba Giang " * 1500)
    dlg.save()
    assert len(errors) == 1 and "“Tên UBND xã” dài" in errors[0] and "quá giới hạn 500" in errors[0], errors
    assert load_settings(ui_db) == before
    dlg.commune_name.setText("Ủy ban nhân dân xã Ba Giang")
    dlg.cc.setPlainText("Như trên;\n" + "TT Đảng ủy, HĐND xã; " * 100)
    dlg.save()
    assert len(errors) == 2 and "“Nơi nhận” dài" in errors[1], errors
    assert load_settings(ui_db) == before
