"""A fresh-eyes walk (round 43) in the English window: the report schedule showed "15/12 năm trước" and took a day of
the previous year only typed with the Vietnamese words. It shows "15/12 previous year" there and reads it back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from parapp.core.periods import DayOfYear, PRESETS, parse_day


@pytest.mark.parametrize("typed, offset", [("15/12 previous year", -1), ("15/12 last year", -1),
                                           ("05/01 next year", 1), ("15/12 năm trước", -1), ("15/12", 0)])
def test_a_day_of_another_year_is_read_in_either_language(typed, offset):
    assert parse_day(typed).offset == offset


def test_the_english_window_shows_the_schedules_days_in_english(qtbot):
    from parapp.ui import i18n
    from parapp.ui.reports.schedule_dialog import COL_START, ScheduleModel

    app = QApplication.instance()
    rules = next(r for r in PRESETS.values() if any(x.start.offset for x in r))  # the 15→14 schedule
    try:
        i18n.install(app, "en")
        model = ScheduleModel(list(rules), 2026)
        shown = [model.data(model.index(r, COL_START), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
        assert any(s.endswith(" previous year") for s in shown) and not any("năm" in s for s in shown), shown
        assert all(parse_day(s) == r.start for s, r in zip(shown, model.rules))
    finally:
        i18n.install(app, "vi")
    assert DayOfYear(15, 12, -1) == parse_day("15/12 previous year")
