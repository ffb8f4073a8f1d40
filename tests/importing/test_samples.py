"""The done-when of the import issue: sample 000's table and sample 003's lists."""

import datetime as dt
from collections import Counter
from pathlib import Path


from parapp.core.importing import parse_file, parse_text

# Copies of shared/samples/000_* and 003_*: real plans, kept with the tests.
SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
S000 = next(SAMPLES.glob("000_*"))
S003 = next(SAMPLES.glob("003_*"))


def test_sample_000_remediation_table():
    r = parse_file(S000, plan_year=2026)
    assert r.kind == "table" and r.year == 2018 and r.catalogue == "2016-2020"
    assert [t.par_code for t in r.tasks] == ["2.2.1", "3.1", "5.3", "5.5", "6.4", "7.1.1", "7.1.5", "7.1.6",
                                             "8.2", "8.4"]
    by = {t.par_code: t for t in r.tasks}
    assert [by[c].area_code for c in by] == ["2", "3", "5", "5", "6", "7", "7", "7", "8", "8"]
    t = by["5.5"]
    assert t.lead == "Phòng Nội vụ"  # the group's lead, where its own cell is empty
    assert t.content.startswith("Tiếp tục nâng cao chất lượng công tác đào tạo")  # its remedy is its text
    assert t.group == "Xây dựng và nâng cao chất lượng đội ngũ CB,CC,VC"
    assert t.cause.startswith("Tỷ lệ đạt chuẩn")
    assert (t.deadline_text, t.due_date, t.recurrence) == ("Năm 2018 và các năm tiếp theo", dt.date(2018, 12, 31),
                                                           "yearly")
    assert by["7.1.5"].lead == "Các phòng, ban thuộc huyện; UBND các xã, thị trấn"
    assert by["7.1.5"].coordinators == "Tất cả CBCCVC"
    assert all(t.due_date == dt.date(2018, 12, 31) for t in r.tasks)
    assert all(not t.problems for t in r.tasks)


def test_sample_003_lists():
    r = parse_file(S003, plan_year=2026)
    assert r.kind == "list" and r.year == 2023
    counts = Counter((t.area_code, t.lead) for t in r.tasks)
    assert counts == {
        ("1", "Công chức Văn phòng – Thống kê"): 4, ("1", "Công chức Văn hóa – Xã hội"): 3,
        ("2", "Công chức Tư pháp – Hộ tịch"): 5, ("3", "Công chức Văn phòng – Thống kê"): 8,
        ("4", "Công chức Văn phòng – Thống kê"): 2, ("5", "Công chức Văn phòng – Thống kê"): 3,
        ("6", "Công chức Tài chính – Kế toán"): 4, ("7", "Công chức Văn phòng – Thống kê"): 9,
    }
    seven = [t for t in r.tasks if t.area_code == "7"]
    assert all(t.coordinators == "Công chức Văn hóa – Xã hội" for t in seven)
    # emphasis markers left by the conversion are gone; text is whole
    assert not any("*" in t.content for t in r.tasks)
    assert any(t.content.startswith("Tham mưu Chủ tịch UBND xã kiểm tra (định kỳ hoặc đột xuất)") for t in r.tasks)
    # the purpose/requirement prose and the "Nơi nhận" list are not tasks
    assert not any("Lưu: VT" in t.content or t.content.startswith("Khắc phục những tồn tại") for t in r.tasks)
    assert all("Chưa có thời hạn" in " ".join(t.problems) for t in r.tasks)


def test_table_pasted_alone_uses_the_years_catalogue():
    text = S000.read_text(encoding="utf-8")
    table = text[text.index("ST T\t"):]
    r = parse_text(table, plan_year=2018)
    assert len(r.tasks) == 10 and r.tasks[0].area_code == "2"
