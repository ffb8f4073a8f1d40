"""Round 21C: chasing the responsible officials (remind, letter, the reminder strip's words)."""

import datetime as dt

import pytest

from parapp.cli.main import main
from parapp.core.citations import doc_date
from parapp.core.reminders import Lead, by_group, collect
from parapp.core.urging_letter import LetterFacts, write_letter
from parapp.store import officials, tasks

from .conftest import TODAY, day


def _remind(path, capsys, *more):
    assert main(["remind", "--db", str(path), "--today", TODAY.strftime("%d/%m/%Y"), *more]) == 0
    return capsys.readouterr().out


def test_remind_names_an_office_that_leads_alone_once(chase_path, capsys):
    """A task given to an office (no person) printed 'Phòng Kinh tế – Phòng Kinh tế'; one given to an office and
    a post as written, 'Phòng Kinh tế – Phòng Kinh tế – Công chức Địa chính'."""
    from parapp.store import open_database

    db = open_database(chase_path)
    try:
        kt = officials.get_or_create_unit(db, "Phòng Kinh tế")
        tasks.create_task(db, {"content": "Giao cho phòng", "lead_unit_id": kt, "due_date": day(-2)}, TODAY)
        tasks.create_task(db, {"content": "Giao cho phòng và chức danh", "lead_unit_id": kt,
                               "lead_text": "Công chức Địa chính", "due_date": day(-2)}, TODAY)
    finally:
        db.close()
    out = _remind(chase_path, capsys)
    assert "Phòng Kinh tế: Giao cho phòng" in out
    assert "Phòng Kinh tế – Công chức Địa chính: Giao cho phòng và chức danh" in out
    assert "Phòng Kinh tế – Phòng Kinh tế" not in out


class _Line:
    def __init__(self, i, due, lead="Nguyễn Văn A", status="in_progress"):
        self.id, self.due, self.status, self.plan_id, self.deadline_text = i, due, status, None, ""
        self.content, self.lead = f"Nhiệm vụ {i}", lead


def _letter(lines, leads, days):
    rem = collect(lines, leads, [], TODAY, days)
    groups = by_group(rem)
    return write_letter(LetterFacts(groups, {}, [], TODAY, days, TODAY + dt.timedelta(days=7))).text()


def test_a_letter_looking_no_day_ahead_says_due_today():
    """--days 0 wrote 'đến hạn trong 0 ngày tới (đến ngày …)'."""
    lines = [_Line(1, TODAY), _Line(2, day(-1))]
    leads = {1: Lead("Phòng Kinh tế", "Nguyễn Văn A"), 2: Lead("Phòng Kinh tế", "Nguyễn Văn A")}
    text = _letter(lines, leads, 0)
    assert "trong 0 ngày" not in text
    assert f"1 nhiệm vụ đến hạn hôm nay (ngày {doc_date(TODAY)})" in text
    assert "1 nhiệm vụ đến hạn trong 1 ngày tới" in _letter(lines, leads, 1)


@pytest.mark.parametrize("post", ["Công chức Tư pháp – Hộ tịch", "Công an xã", "Ban Chỉ huy Quân sự xã",
                                  "Trưởng thôn Đông", "Chủ tịch Hội Nông dân"])
def test_a_letter_names_a_post_as_written(post):
    """A lead written as a post or a body (no official chosen, no office) was addressed 'Đồng chí Công chức Tư pháp –
    Hộ tịch', 'Đồng chí Công an xã'."""
    from parapp.core.urging_letter import addressed

    assert addressed(Lead("", post)) == post
    assert addressed(Lead("", "Phạm Minh Đức")) == "Đồng chí Phạm Minh Đức"
    assert addressed(Lead("Phòng Kinh tế", "Công an xã")) == "Phòng Kinh tế"


def _leaver(db):
    gone = officials.add_official(db, {"full_name": "Lê Văn Nghỉ", "position": "Công chức Địa chính"})
    tid = tasks.create_task(db, {"content": "Đo đạc, chỉnh lý bản đồ địa chính", "lead_official_id": gone,
                                 "due_date": day(-5)}, TODAY)
    officials.update_official(db, gone, {"active": False})
    return tid


def test_the_letter_is_not_addressed_to_an_official_who_left(chase_db):
    """A task led by an official made inactive (left, no office) was chased with 'Kính gửi: Đồng chí Lê Văn Nghỉ'
    and no word that the lead had left: the letter leaves it out and says to give it to someone at work."""
    from parapp.services.letters import draft_letter

    _leaver(chase_db)
    d = draft_letter(chase_db, TODAY)
    assert not any("Lê Văn Nghỉ" in r for r in d.letter.recipients)
    assert "Đo đạc" not in d.letter.text()
    words = " ".join(str(w) for w in d.warnings)
    assert "Lê Văn Nghỉ" in words and "đã nghỉ" in words


def test_remind_marks_a_lead_who_left(chase_path, capsys):
    from parapp.store import open_database

    db = open_database(chase_path)
    try:
        _leaver(db)
    finally:
        db.close()
    out = _remind(chase_path, capsys)
    assert "Lê Văn Nghỉ (đã nghỉ): Đo đạc" in out


@pytest.mark.parametrize("name", ["Trương Văn Bình", "Đoàn Thị Hoa", "Tô Văn Hải", "Phan Văn Ban"])
def test_a_person_whose_name_looks_like_a_post_is_still_đồng_chí(name):
    from parapp.core.urging_letter import addressed

    assert addressed(Lead("", name)) == f"Đồng chí {name}"


def test_a_letter_asked_for_an_official_who_left_says_so(chase_path, capsys):
    from parapp.store import open_database

    db = open_database(chase_path)
    try:
        _leaver(db)
    finally:
        db.close()
    before = chase_path.read_bytes()
    out = chase_path.parent / "công văn #1.pdf"
    rc = main(["letter", "pdf", "--db", str(chase_path), "--kind", "don-doc", "--out", str(out), "--office",
               "Le Van Nghi", "--today", TODAY.strftime("%d/%m/%Y")])
    err = capsys.readouterr().err
    assert rc == 2 and not out.exists()
    assert "Lê Văn Nghỉ đã nghỉ công tác" in err and "giao lại" in err
    assert chase_path.read_bytes() == before


@pytest.mark.parametrize("written, reply", [(dt.date(2026, 12, 25), dt.date(2027, 1, 4)),   # 1/1: New Year's Day
                                            (dt.date(2026, 2, 10), dt.date(2026, 2, 23)),   # Tết 14–22/02/2026
                                            (dt.date(2026, 4, 23), dt.date(2026, 5, 4)),    # 30/4 – 1/5
                                            (dt.date(2026, 8, 26), dt.date(2026, 9, 3)),    # 1–2/9
                                            (dt.date(2026, 6, 5), dt.date(2026, 6, 12))])
def test_the_reply_day_is_a_working_day(written, reply):
    """The letter asked for a report back 'trước ngày 01/01/2027', '17/02/2026' (Tết), '30/4/2026', '02/9/2026':
    the reply day moved off weekends only, not off the public holidays the office is closed."""
    from parapp.core.urging_letter import default_reply_by

    assert default_reply_by(written) == reply


def test_a_progress_note_dated_after_today_is_refused(chase_db):
    """A note dated 12/05/2027 for 12/05/2026 (a slip of the year) was stored: the period reports read notes up to
    their end, so it stayed out of every report until then. Refused as a completion after today is; nothing saved."""
    from parapp.core.messages import ValidationError

    tid = tasks.create_task(chase_db, {"content": "Niêm yết thủ tục", "due_date": day(5)}, TODAY)
    with pytest.raises(ValidationError) as e:
        tasks.save_task(chase_db, tid, {"status": "in_progress"}, note="Đã niêm yết 20 thủ tục",
                        note_date=day(1), today=TODAY)
    assert e.value.field == "note_date"
    assert tasks.list_notes(chase_db, tid) == [] and tasks.get_task(chase_db, tid).status == "not_started"
    tasks.save_task(chase_db, tid, {"status": "in_progress"}, note="Đã niêm yết 20 thủ tục", note_date=TODAY,
                    today=TODAY)
    assert [n["note_date"] for n in tasks.list_notes(chase_db, tid)] == [TODAY]


def test_last_years_report_is_still_chased_in_january(chase_db):
    """On 05/01/2025 the year report of 2024 (due 20/12/2024, unsent) was no longer chased: the reminders read the
    periods of this year and the next only, while the overview's next-report line reads last year's too."""
    from parapp.services.chasing import reminders
    from parapp.store.report_schedule import next_report

    from parapp.store import report_records
    from parapp.store.periods import find_period

    jan = dt.date(2025, 1, 5)
    empty = reminders(chase_db, dt.date(2024, 1, 3))  # the year report of 2023 came before ParApp: not chased
    assert empty.reports_late == [] and empty.reports_due == []
    rem = reminders(chase_db, jan)
    assert [(r.kind, r.year, r.state) for r in rem.reports_late] == [("year", 2024, "not_started")]
    assert rem.reports_late[0].deadline == dt.date(2024, 12, 20)
    with chase_db.atomic():  # a draft made here: the overview's line speaks of it too
        report_records.draft_for_period(chase_db, find_period(chase_db, "year", 2024), dt.date(2024, 12, 18), save=True)
    assert [(r.kind, r.state) for r in reminders(chase_db, jan).reports_late] == [("year", "draft")]
    st = next_report(chase_db, jan)
    assert (st.period.kind.value, st.period.year) == ("year", 2024)


def test_an_office_typed_without_its_dash_is_found(chase_path, capsys):
    """`lists --office "phong van hoa xa hoi"` (and `letter`) was refused 'không chủ trì nhiệm vụ nào đang mở' while the
    list of those that do named 'Phòng Văn hóa – Xã hội': a name matched with its dash only."""
    from parapp.core.reminders import name_key

    assert name_key("phong van hoa xa hoi") == name_key("Phòng Văn hóa – Xã hội") == name_key("Phòng Văn hóa-Xã hội")
    out = chase_path.parent / "danh sách.pdf"
    assert main(["lists", "pdf", "--db", str(chase_path), "--out", str(out), "--office", "phong van hoa xa hoi",
                 "--today", TODAY.strftime("%d/%m/%Y")]) == 0
    assert out.exists()


@pytest.mark.parametrize("command", ["letter", "lists"])
@pytest.mark.parametrize("name", ["công văn.docx", "danh sách.XLSX", "ghi chú.doc"])
def test_a_pdf_is_not_written_under_a_word_or_excel_name(chase_path, capsys, command, name):
    """`letter pdf --out công văn.docx` wrote a PDF named .docx (exit 0): Word refuses it as damaged; `letter docx
    --out x.pdf` was already refused."""
    out = chase_path.parent / name
    more = ["--kind", "don-doc"] if command == "letter" else []
    rc = main([command, "pdf", "--db", str(chase_path), *more, "--out", str(out),
               "--today", TODAY.strftime("%d/%m/%Y")])
    assert rc == 2 and not out.exists()
    assert ".pdf" in capsys.readouterr().err


def test_two_officials_of_one_name_are_not_one_person(chase_db):
    """Two officials both named 'Trần Thị Bình' (no office) were one list by person and one 'Đồng chí Trần Thị Bình'
    in the letter, each one's tasks put to the other: the name is told apart by the post."""
    from parapp.services.chasing import meeting_groups
    from parapp.services.letters import draft_letter

    b1 = officials.add_official(chase_db, {"full_name": "Trần Thị Bình", "position": "Công chức Tư pháp"})
    b2 = officials.add_official(chase_db, {"full_name": "Trần Thị Bình", "position": "Công chức Tài chính"})
    t1 = tasks.create_task(chase_db, {"content": "Việc một", "lead_official_id": b1, "due_date": day(-2)}, TODAY)
    t2 = tasks.create_task(chase_db, {"content": "Việc hai", "lead_official_id": b2, "due_date": day(-1)}, TODAY)
    lists = {ml.name: [t.id for t in ml.tasks] for ml in meeting_groups(chase_db, TODAY, by="person")}
    assert lists["Trần Thị Bình (Công chức Tư pháp)"] == [t1]
    assert lists["Trần Thị Bình (Công chức Tài chính)"] == [t2]
    recipients = draft_letter(chase_db, TODAY).letter.recipients
    assert "Đồng chí Trần Thị Bình (Công chức Tư pháp)" in recipients
    assert "Đồng chí Trần Thị Bình (Công chức Tài chính)" in recipients
    assert "Nguyễn Thị Hồng Nhung" in lists  # a name nobody else has stays as it is


def _h1(state):
    from parapp.core.periods import Period, PeriodKind
    from parapp.core.reminders import ReportItem

    return ReportItem(Period(PeriodKind.H1, 2024, dt.date(2023, 12, 15), dt.date(2024, 6, 14), dt.date(2024, 6, 20)),
                      state)


def test_remind_says_a_signed_report_is_signed_not_sent():
    """A report whose signed copy is attached but not sent ('signed', store.report_records) printed 'signed' in the
    Vietnamese lines of `remind`."""
    from parapp.cli.chasing_commands import _report

    line = _report(_h1("signed"), TODAY)
    assert line.endswith("đã ký, chưa gửi") and "signed" not in line


def test_the_meeting_list_looking_no_day_ahead_says_due_today():
    """`lists --days 0` headed a list '…, trong đó 1 đến hạn trong 0 ngày tới'."""
    from parapp.core.meeting_lists import meeting_lists
    from parapp.document.meeting_document import _counts

    lines = [_Line(1, TODAY), _Line(2, day(-1))]
    leads = {1: Lead("Phòng Kinh tế", "Nguyễn Văn A"), 2: Lead("Phòng Kinh tế", "Nguyễn Văn A")}
    ml = meeting_lists(lines, leads, TODAY, 0)[0]
    assert _counts(ml, 0) == "2 nhiệm vụ đang mở, trong đó 1 quá hạn, 1 đến hạn hôm nay"
    assert _counts(meeting_lists(lines, leads, TODAY, 3)[0], 3).endswith("1 đến hạn trong 3 ngày tới")


def test_the_meeting_lists_mark_a_lead_who_left(chase_db):
    """The meeting's lists showed a task of an official who left under his name as any other: the meeting is where it
    is given to someone else, so the name says he has left."""
    from parapp.services.chasing import meeting_groups

    tid = _leaver(chase_db)
    by_person = {ml.name: [t.id for t in ml.tasks] for ml in meeting_groups(chase_db, TODAY, by="person")}
    assert by_person["Lê Văn Nghỉ (đã nghỉ)"] == [tid]
    kt = officials.get_or_create_unit(chase_db, "Phòng Kinh tế")
    di = officials.add_official(chase_db, {"full_name": "Hà Văn Đi", "position": "Công chức Kinh tế", "unit_id": kt})
    t2 = tasks.create_task(chase_db, {"content": "Kiểm tra chợ", "lead_official_id": di, "due_date": day(-1)}, TODAY)
    officials.update_official(chase_db, di, {"active": False})
    by_office = {ml.name: {t.id: t.person for t in ml.tasks} for ml in meeting_groups(chase_db, TODAY)}
    assert by_office["Phòng Kinh tế"] == {t2: "Hà Văn Đi (đã nghỉ)"}
    assert [ml.name for ml in meeting_groups(chase_db, TODAY, by="person", only=["le van nghi"])] == [
        "Lê Văn Nghỉ (đã nghỉ)"]


def test_a_task_written_on_several_lines_is_one_line_of_remind_and_tasks(chase_path, capsys):
    """A task whose content has line breaks (an imported cell: 'Dòng một\\nDòng hai:\\n- ý a') broke `remind`'s and
    `tasks`' one line a task: its lines stood alone, with no id, like lines of their own."""
    from parapp.store import open_database

    db = open_database(chase_path)
    try:
        tasks.create_task(db, {"content": "Rà soát thủ tục:\n- hộ tịch;\n- chứng thực", "lead_text": "Công an xã",
                               "due_date": day(-2)}, TODAY)
    finally:
        db.close()
    out = _remind(chase_path, capsys)
    assert "Công an xã: Rà soát thủ tục: - hộ tịch; - chứng thực\n" in out
    assert main(["tasks", "--db", str(chase_path), "--today", TODAY.strftime("%d/%m/%Y")]) == 0
    listed = capsys.readouterr().out
    assert "Rà soát thủ tục: - hộ tịch; - chứng thực [QUÁ HẠN]" in listed
    assert not any(line.startswith("- ") for line in (out + listed).splitlines())


def test_a_year_report_due_in_january_is_chased_before_it_is_due(chase_db):
    """With the calendar schedule (due 5 days after the period), the year report of 2024 is due 05/01/2025: on
    02/01/2025 it was not among the reports to send (only 2025's and 2026's periods were read)."""
    from parapp.services.chasing import reminders
    from parapp.store.periods import apply_preset

    apply_preset(chase_db, "calendar", 2024)
    rem = reminders(chase_db, dt.date(2025, 1, 2))
    assert [(r.kind, r.year, r.deadline) for r in rem.reports_due][:1] == [("year", 2024, dt.date(2025, 1, 5))]


def test_the_same_evidence_twice_on_a_task_is_kept_once(chase_db, tmp_path):
    """Marking a task done with the same file given twice (or adding it again) listed it twice among the task's
    evidence: one file, two lines. Another task may still keep it too."""
    from parapp.services.task_completion import complete_task
    from parapp.store.evidence import add_evidence, list_evidence

    f = tmp_path / "Biên bản #1 100%.txt"
    f.write_text("biên bản kiểm tra", encoding="utf-8")
    tid = tasks.create_task(chase_db, {"content": "Kiểm tra", "due_date": day(3)}, TODAY)
    complete_task(chase_db, tid, completed_on=TODAY, evidence=[f, f], data_dir=tmp_path / "data", today=TODAY)
    again = add_evidence(chase_db, tmp_path / "data", tid, f)
    kept = list_evidence(chase_db, tid)
    assert len(kept) == 1 and again.id == kept[0].id
    other = tasks.create_task(chase_db, {"content": "Kiểm tra lại", "due_date": day(3)}, TODAY)
    add_evidence(chase_db, tmp_path / "data", other, f)
    assert len(list_evidence(chase_db, other)) == 1


def test_the_letter_does_not_send_reports_back_through_an_official_who_left(chase_db):
    """The commune's office official (Thông tin của xã) made inactive: the letter still asked for reports 'qua Văn
    phòng HĐND và UBND, đồng chí Nguyễn Thị Hồng Nhung', who has left; now through the office alone."""
    from parapp.services.letters import draft_letter
    from parapp.store.settings import load_settings

    nhung = load_settings(chase_db).office_official_id
    assert "đồng chí Nguyễn Thị Hồng Nhung" in draft_letter(chase_db, TODAY).letter.text()
    officials.update_official(chase_db, nhung, {"active": False})
    text = draft_letter(chase_db, TODAY).letter.text()
    assert "Nguyễn Thị Hồng Nhung" not in text.split("Báo cáo kết quả thực hiện")[1]
    assert "(qua Văn phòng HĐND và UBND)" in text


@pytest.mark.parametrize("by, name, words", [
    ("person", "van phong HDND va UBND", "là một đơn vị"),
    ("office", "Nguyen Thi Hong Nhung", "là một người chủ trì"),
])
def test_lists_of_the_other_kind_say_so(chase_db, by, name, words):
    """`lists --by person --office "Văn phòng HĐND và UBND"` said the office 'không chủ trì nhiệm vụ nào đang mở'
    (it leads three): the name was of the other kind than the lists asked for."""
    from parapp.core.messages import ValidationError
    from parapp.services.chasing import meeting_groups

    with pytest.raises(ValidationError) as e:
        meeting_groups(chase_db, TODAY, by=by, only=[name])
    assert words in e.value.message and "không chủ trì nhiệm vụ nào" not in e.value.message


def test_a_letter_asked_for_a_person_of_an_office_names_the_office(chase_db):
    """`letter --office "Nguyen Thi Hong Nhung"` said she led nothing late or due (she leads two, through her office):
    a letter goes to the office, and the refusal says which."""
    from parapp.core.messages import ValidationError
    from parapp.services.letters import LetterChoice, draft_letter

    with pytest.raises(ValidationError) as e:
        draft_letter(chase_db, TODAY, LetterChoice(offices=["Nguyen Thi Hong Nhung"]))
    assert "Văn phòng HĐND và UBND" in e.value.message and "Không có nhiệm vụ" not in e.value.message
    kt = officials.get_or_create_unit(chase_db, "Phòng Kinh tế")
    nhung = tasks.get_task(chase_db, 1).lead_official_id
    tasks.create_task(chase_db, {"content": "Việc ở phòng khác", "lead_official_id": nhung, "lead_unit_id": kt,
                                 "due_date": day(-1)}, TODAY)
    with pytest.raises(ValidationError) as e:
        draft_letter(chase_db, TODAY, LetterChoice(offices=["Nguyen Thi Hong Nhung"]))
    assert "qua Phòng Kinh tế; Văn phòng HĐND và UBND" in e.value.message


def test_an_office_typed_again_in_other_case_or_dash_is_the_same_office(chase_db):
    """A second official's office typed 'Phòng văn hóa - xã hội' (Cán bộ page) made a second office, and the letter
    was addressed to 'Phòng Văn hóa – Xã hội' and to 'Phòng văn hóa - xã hội', each with half the tasks."""
    from parapp.services.letters import draft_letter

    vh = officials.get_or_create_unit(chase_db, "Phòng Văn hóa – Xã hội")
    assert officials.get_or_create_unit(chase_db, "  Phòng văn hóa - xã hội ") == vh
    assert officials.get_or_create_unit(chase_db, "PHÒNG VĂN HÓA—XÃ HỘI") == vh
    assert officials.get_or_create_unit(chase_db, "Phòng Kinh tế") != vh
    lan = officials.add_official(chase_db, {"full_name": "Lò Thị Lan", "unit_id": officials.get_or_create_unit(
        chase_db, "Phòng văn hóa - xã hội")})
    tasks.create_task(chase_db, {"content": "Tuyên truyền", "lead_official_id": lan, "due_date": day(-3)}, TODAY)
    recipients = draft_letter(chase_db, TODAY).letter.recipients
    assert [r for r in recipients if "hóa" in r.lower()] == ["Phòng Văn hóa – Xã hội"]
