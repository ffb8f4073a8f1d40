"""The demo commune's four reports of 2026, read back from their PDFs as the chairman reads them
before signing: a commune formed on 1/7/2025 names its offices and its Trung tâm Phục vụ hành chính
công, never a post of before the merger, never a person; it promises the next calendar period's work;
its year report looks to 2027; and it writes numbers as a person writes them."""

import datetime as dt
import io
import re

import pdfplumber
import pytest

from parapp.services import demo_data

TODAY = dt.date(2026, 12, 21)  # the year is over: all four reports were drafted, finalised and sent at their time
KINDS = ["q1", "h1", "9m", "year"]
OLD_NAMES = ("Văn phòng – Thống kê", "Tư pháp – Hộ tịch", "Địa chính – Xây dựng", "Tài chính – Kế toán",
             "Công chức Văn hóa", "Bộ phận Một cửa", "Bộ phận tiếp nhận và trả kết quả", "huyện")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from parapp.services.demo import build_demo
    from parapp.services.printing import report_pdf
    from parapp.store import open_database
    from parapp.store.report_records import latest

    db = open_database(tmp_path_factory.mktemp("read") / "demo.db")
    build_demo(db, TODAY)
    out = {}
    for kind in KINDS:
        printed = report_pdf(db, kind, 2026, TODAY)
        assert printed.source == "final"  # the report as it was signed and sent
        with pdfplumber.open(io.BytesIO(printed.pdf)) as doc:
            text = "\n".join(p.extract_text() or "" for p in doc.pages)
        out[kind] = (" ".join(text.split()), latest(db, kind, 2026, state="final").draft)
    db.close()
    return out


def section_text(section) -> str:
    return "\n".join(p for s in section.walk() for p in s.paragraphs)


@pytest.mark.parametrize("kind", KINDS)
def test_no_post_of_before_the_merger_and_no_person_is_named(demo, kind):
    text, _ = demo[kind]
    for old in OLD_NAMES:
        assert old not in text, f"{old!r} in the {kind} report"
    for _, name, _, _, _ in demo_data.OFFICIALS:
        assert name not in text, f"{name} named in the {kind} report"
    for name in demo_data.SETTINGS["vice_chairmen"]:
        assert name not in text
    assert "đồng chí" not in text
    assert text.count(demo_data.SETTINGS["chairman"]) == 1  # the signer, under the signature only
    assert "Trung tâm Phục vụ hành chính công xã tiếp nhận" in text


def test_late_work_names_the_office_that_leads_it(demo):
    text, _ = demo["9m"]
    assert "(Phòng Văn hóa – Xã hội chủ trì): chưa hoàn thành, quá thời hạn" in text
    assert "(Văn phòng HĐND và UBND chủ trì)" in text


@pytest.mark.parametrize("kind, phrase, first, last", [
    ("q1", "quý II năm 2026", dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
    ("h1", "6 tháng cuối năm 2026", dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
    ("9m", "quý IV năm 2026", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
])
def test_the_next_period_lists_only_its_calendar_months(demo, kind, phrase, first, last):
    _, draft = demo[kind]
    iv = draft.find("direction")
    assert iv.title == f"IV. Phương hướng, nhiệm vụ trọng tâm {phrase}"
    paras = iv.paragraphs
    head = paras.index(f"Triển khai thực hiện các nhiệm vụ đến hạn trong {phrase}:")
    items = []
    for p in paras[head + 1:]:
        if not p.startswith("- "):
            break
        items.append(p)
    assert items
    for item in items:
        for d in re.findall(r"thời hạn ngày (\d+/\d+/\d{4})", item):
            assert first <= dt.datetime.strptime(d, "%d/%m/%Y").date() <= last, item
    # late is judged at the window's end: what was due before it and not done is late in part II, what falls due
    # after it is the period's remaining work, listed in part IV, never late work
    end = dt.date.fromisoformat(draft.period["window_end"])
    results = section_text(draft.find("results")) + section_text(draft.find("leadership"))
    for d in re.findall(r"\(thời hạn ngày (\d+/\d+/\d{4})\)[^:]*: (?:đang|đã)", results):
        assert dt.datetime.strptime(d, "%d/%m/%Y").date() >= end
    for d in re.findall(r"quá thời hạn \(ngày (\d+/\d+/\d{4})\)", results):
        assert dt.datetime.strptime(d, "%d/%m/%Y").date() < end


def test_the_year_report_looks_to_2027_by_area_with_the_leftovers_apart(demo):
    text, draft = demo["year"]
    iv = draft.find("direction")
    assert iv.title == "IV. Phương hướng, nhiệm vụ trọng tâm năm 2027"
    assert "Kế hoạch cải cách hành chính năm 2027" in iv.paragraphs[0]
    subs = iv.subsections
    # the year's leftovers first (round 35: numbered after the areas, they read as an eighth area)
    assert len(subs) >= 5 and subs[0].title == "1. Hoàn thành các nhiệm vụ năm 2026 còn dở dang"
    for s in subs[1:]:
        assert s.paragraphs and all(p.startswith("- ") for p in s.paragraphs), s.title
    ahead = section_text(iv)
    assert "Ban hành Quy chế chi tiêu nội bộ năm 2027" in ahead        # next year's plan
    assert "(thực hiện hằng năm)" in ahead                               # recurring work carried into 2027
    assert ahead.count("Báo cáo kết quả thực hiện công tác CCHC quý, 6 tháng, năm") == 1  # once, not twice
    assert "Tập trung hoàn thành dứt điểm các nhiệm vụ đã quá hạn:" in section_text(subs[0])
    proposals = section_text(draft.find("proposals"))
    assert "năm 2027" in proposals and "biên chế công chức cấp xã năm 2026" not in proposals


@pytest.mark.parametrize("kind", KINDS)
def test_what_real_reports_state(demo, kind):
    text, _ = demo[kind]
    assert re.search(r"đã hoàn thành \d+/\d+ nhiệm vụ theo các kế hoạch cải cách hành chính năm 2026 của xã, "
                     r"đạt \d+(?:,\d)?%(?: \(không tính \d+ nhiệm vụ thực hiện thường xuyên, hằng năm\))?\.", text)
    assert "Kết quả Chỉ số cải cách hành chính năm 2025 của xã: tự đánh giá đạt" in text and "xếp thứ 12/96" in text
    assert re.search(r"tiếp nhận trực tuyến toàn trình [\d.]+/[\d.]+ hồ sơ, đạt \d+(?:,\d)?%", text)
    assert re.search(r"thanh toán trực tuyến phí, lệ phí [\d.]+/[\d.]+ hồ sơ có thu phí, lệ phí, đạt \d+(?:,\d)?%",
                     text)
    assert re.search(r"số hóa hồ sơ, kết quả giải quyết thủ tục hành chính [\d.]+/[\d.]+ hồ sơ, đạt \d+(?:,\d)?%", text)
    assert ("So với năm 2025," if kind == "year" else "So với cùng kỳ năm 2025,") in text


@pytest.mark.parametrize("kind", KINDS)
def test_words_as_a_person_writes_them(demo, kind):
    text, draft = demo[kind]
    assert not re.search(r"\d+,0%", text)                      # 90%, not 90,0%
    assert not re.search(r"\b0[1-9] (?:hồ sơ|văn bản|nhiệm vụ|cuộc|phản ánh|lượt|kế hoạch|quyết định)", text)
    assert "đã tỷ lệ" not in text and "đã 100%" not in text     # no clause without its verb
    head = draft.find("leadership").paragraphs[0]
    kinds = re.search(r"văn bản chỉ đạo, triển khai công tác cải cách hành chính \(([^)]*)\)", head).group(1)
    assert "báo cáo" not in kinds and "tờ trình" not in kinds
    assert text.count("xây dựng giải pháp khắc phục") <= 1      # alike remediation tasks said once
