"""Round 21C: chasing in the window's words (the reminder strip, the letter and meeting lists dialogs)."""

import datetime as dt

import pytest

from .conftest import TODAY
from .test_round21_chasing import _h1, _leaver


@pytest.mark.usefixtures("qapp")
def test_the_strip_names_the_report_period_in_english(qapp):
    """'Report năm 2026: due …' in English: the period stayed Vietnamese in the strip and the overview."""
    from parapp.core.periods import Period, PeriodKind
    from parapp.core.reminders import ReportItem
    from parapp.ui import i18n
    from parapp.ui.chasing.words import period_words, report_words

    p = Period(PeriodKind.H1, 2024, dt.date(2023, 12, 15), dt.date(2024, 6, 14), dt.date(2024, 6, 20))
    try:
        i18n.install(qapp, "en")
        text = report_words(ReportItem(p, "draft"), TODAY)
        assert "tháng" not in text and "năm" not in text, text
        assert "First half-year 2024" in text
    finally:
        i18n.install(qapp, "vi")
    assert period_words(p) == "6 tháng đầu năm 2024"
    assert "Báo cáo 6 tháng đầu năm 2024: hạn gửi" in report_words(ReportItem(p, "draft"), TODAY)


@pytest.mark.usefixtures("qapp")
def test_the_strip_says_a_signed_report_is_signed_not_sent(qapp):
    """The strip said 'Báo cáo 6 tháng đầu năm 2024: hạn gửi 20/06/2024 (còn 10 ngày), ' for it: the state left out."""
    from parapp.ui import i18n
    from parapp.ui.chasing.words import report_words

    assert report_words(_h1("signed"), TODAY).endswith("(còn 10 ngày), đã ký, chưa gửi")
    try:
        i18n.install(qapp, "en")
        assert report_words(_h1("signed"), TODAY).endswith("(10 days left), signed, not sent yet")
    finally:
        i18n.install(qapp, "vi")


@pytest.mark.usefixtures("qapp")
def test_the_letter_dialog_says_a_lead_has_left(chase_db):
    """The window's letter dialog left the task of an official who left out of its offices without a word (the
    command line's warning is given only when no office is chosen, and the dialog always chooses)."""
    from parapp.ui.chasing.letter_dialog import LetterDialog

    _leaver(chase_db)
    d = LetterDialog(chase_db, TODAY, None)
    try:
        assert "Lê Văn Nghỉ" in d.note.text() and "đã nghỉ" in d.note.text()
        assert all("Lê Văn Nghỉ" not in d.offices.item(i).text() for i in range(d.offices.count()))
    finally:
        d.deleteLater()


@pytest.mark.usefixtures("qapp")
def test_the_meeting_dialog_says_left_in_english(chase_db, qapp):
    """The lists dialog in English showed 'Lê Văn Nghỉ (đã nghỉ): 1 open …': the mark is in the interface's language."""
    from parapp.ui import i18n
    from parapp.ui.chasing.meeting_dialog import MeetingListsDialog

    _leaver(chase_db)
    try:
        i18n.install(qapp, "en")
        d = MeetingListsDialog(chase_db, TODAY, None)
        d.by_person.setChecked(True)
        texts = [d.groups.item(i).text() for i in range(d.groups.count())]
        d.deleteLater()
    finally:
        i18n.install(qapp, "vi")
    assert any(t.startswith("Lê Văn Nghỉ (left): 1 open") for t in texts), texts
    assert not any("đã nghỉ" in t for t in texts)
