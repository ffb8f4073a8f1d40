"""`parapp letter` and `parapp lists` on a register: whom the letter goes to, what it lists, who
signs it; what each office's meeting list holds; and bad input refused with nothing written."""

import io

import docx
import pdfplumber
import pytest

from parapp.core.reminders import BY_PERSON
from parapp.services.chasing import meeting_groups
from tests.cli.test_cli import run

from .conftest import TODAY, VH, VP

T = ["--today", TODAY.strftime("%d/%m/%Y")]


def pdf_text(path) -> str:
    with pdfplumber.open(path) as doc:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)


def test_letter_to_every_office_with_late_or_due_tasks(chase_path, tmp_path):
    out = tmp_path / "Công văn #1 đôn đốc 100%.pdf"
    r = run("letter", "pdf", "--db", chase_path, "--kind", "don-doc", "--out", out, *T)
    assert r.returncode == 0, r.stderr
    assert "1 nhiệm vụ quá hạn hoặc sắp đến hạn chưa giao cho ai chủ trì" in r.stderr  # said, not dropped silently
    text = pdf_text(out)
    assert "Kính gửi: - Đồng chí Phạm Minh Đức; - Phòng Văn hóa – Xã hội; - Văn phòng HĐND và UBND." in text
    assert "Thực hiện Kế hoạch số 05/KH-UBND ngày 08/01/2024 về cải cách hành chính năm 2024" in text
    assert "còn 2 nhiệm vụ cải cách hành chính đã quá hạn nhưng chưa hoàn thành và 2 nhiệm vụ đến hạn" in text
    assert ("Rà soát thủ tục hành chính thuộc thẩm quyền của xã (hạn hoàn thành: 31/5/2024, đã quá hạn 10 ngày)"
            in text)
    assert "Niêm yết công khai thủ tục hành chính tại Trung tâm (hạn hoàn thành: 10/6/2024, đến hạn hôm nay)" in text
    assert "Kiểm tra công tác hộ tịch (hạn hoàn thành: 24/6/2024)" in text
    for absent in ("Báo cáo tình hình thi hành pháp luật", "Ban hành kế hoạch tuyên truyền", "Tổ chức hội thi",
                   "Nâng cao chất lượng phục vụ", "Số hóa hồ sơ"):
        assert absent not in text
    assert "chậm nhất ngày 17/6/2024" in text and "(qua Văn phòng HĐND và UBND, đồng chí Nguyễn Thị Hồng Nhung)" in text
    assert "KT. CHỦ TỊCH" in text and "Đinh Văn Sơn" in text  # the first vice-chairman signs for the chairman


def test_letter_to_one_office_typed_without_diacritics(chase_path, tmp_path):
    out = tmp_path / "vh.pdf"
    r = run("letter", "pdf", "--db", chase_path, "--office", "phong van hoa - xa hoi", "--out", out,
            "--signer", "nguyen thi lan", "--reply-by", "20/06/2024", *T)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""  # the task nobody leads is not this office's business
    text = pdf_text(out)
    assert f"Kính gửi: {VH}." in text and VP not in text.split("Thực hiện")[1].split("qua ")[0]
    assert "Tuyên truyền dịch vụ công trực tuyến toàn trình" in text and "chậm nhất ngày 20/6/2024" in text
    assert "Nguyễn Thị Lan" in text


def test_word_copy_of_the_letter(chase_path, tmp_path):
    out = tmp_path / "Công văn đôn đốc.docx"
    r = run("letter", "docx", "--db", chase_path, "--out", out, "--signer", "chu-tich", *T)
    assert r.returncode == 0, r.stderr
    d = docx.Document(io.BytesIO(out.read_bytes()))
    texts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows for c in row.cells]
    joined = "\n".join(texts)
    assert "V/v đôn đốc thực hiện nhiệm vụ cải cách hành chính" in joined
    assert "TM. ỦY BAN NHÂN DÂN" in joined and "Phạm Văn Thật" in joined
    assert "Kiểm tra công tác hộ tịch (hạn hoàn thành: 24/6/2024)." in joined


@pytest.mark.parametrize("args, words", [
    (["--office", "Phòng Kinh tế"], "Không có nhiệm vụ quá hạn hay sắp đến hạn nào do “Phòng Kinh tế” chủ trì"),
    (["--signer", "Trần Văn Không"], "không có trong danh sách Phó Chủ tịch"),
    (["--reply-by", "01/06/2024"], "đã qua"),
    (["--reply-by", "32/06/2024"], "không có trên lịch"),
    (["--days", "-3"], "từ 0 đến 366"),
])
def test_bad_choices_refused_and_nothing_written(chase_path, tmp_path, args, words):
    out = tmp_path / "không ghi.pdf"
    r = run("letter", "pdf", "--db", chase_path, "--out", out, *args, *T)
    assert r.returncode == 2 and words in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()


def test_nothing_to_chase_needs_no_letter(chase_path, tmp_path):
    out = tmp_path / "x.pdf"
    r = run("letter", "pdf", "--db", chase_path, "--out", out, "--today", "01/01/2024")
    assert r.returncode == 2 and "chưa cần công văn đôn đốc" in r.stderr and not out.exists()


def test_word_copy_needs_docx_suffix(chase_path, tmp_path):
    r = run("letter", "docx", "--db", chase_path, "--out", tmp_path / "x.pdf", *T)
    assert r.returncode == 2 and ".docx" in r.stderr


def test_commune_not_set_up(tmp_path):
    from parapp.store import open_database, tasks

    path = tmp_path / "chưa.db"
    db = open_database(path)
    tasks.create_task(db, {"content": "Việc", "lead_text": "Phòng Kinh tế", "deadline_text": "1/6/2024"}, TODAY)
    db.close()
    r = run("letter", "pdf", "--db", path, "--out", tmp_path / "x.pdf", *T)
    assert r.returncode == 2 and "Thông tin của xã" in r.stderr


# -- the Monday meeting's lists ---------------------------------------------------------------------

def test_each_office_its_open_tasks_late_first(chase_db):
    lists = meeting_groups(chase_db, TODAY)
    assert [ml.name for ml in lists] == ["Phạm Minh Đức", VH, VP, ""]  # nobody's tasks last
    vp = lists[2]
    assert [(t.content[:20], t.state, t.days) for t in vp.tasks] == [
        ("Rà soát thủ tục hành", "overdue", 10), ("Niêm yết công khai t", "due_soon", 0),
        ("Báo cáo tình hình th", "open", None), ("Nâng cao chất lượng ", "open", None)]
    assert all(t.person == "Nguyễn Thị Hồng Nhung" for t in vp.tasks)
    # the office's done and dropped tasks are not on its list
    assert [t.content for t in lists[1].tasks] == ["Tuyên truyền dịch vụ công trực tuyến toàn trình"]
    by_person = meeting_groups(chase_db, TODAY, by=BY_PERSON)
    assert [ml.name for ml in by_person] == ["Đinh Thị Thu Hương", "Nguyễn Thị Hồng Nhung", "Phạm Minh Đức", ""]
    assert by_person[1].tasks[0].person == VP  # by person, the other column names the office


def test_lists_one_page_each(chase_path, tmp_path):
    out = tmp_path / "Giao ban thứ Hai.pdf"
    r = run("lists", "pdf", "--db", chase_path, "--out", out, *T)
    assert r.returncode == 0, r.stderr
    with pdfplumber.open(out) as doc:
        pages = [" ".join((p.extract_text() or "").split()) for p in doc.pages]
        assert all(p.width > p.height for p in doc.pages)
    assert len(pages) == 4
    assert "Văn phòng HĐND và UBND" in pages[2] and "4 nhiệm vụ đang mở, trong đó 1 quá hạn, 1 đến hạn" in pages[2]
    assert "Quá hạn 10 ngày" in pages[2] and "Đến hạn hôm nay" in pages[2] and "Ý kiến tại cuộc họp" in pages[2]
    assert "Nhiệm vụ chưa giao người chủ trì" in pages[3]
    one = tmp_path / "một.docx"
    r = run("lists", "docx", "--db", chase_path, "--out", one, "--office", "van phong hdnd va ubnd", *T)
    assert r.returncode == 0, r.stderr
    assert "Rà soát thủ tục hành chính" in "\n".join(
        c.text for t in docx.Document(io.BytesIO(one.read_bytes())).tables for row in t.rows for c in row.cells)
    bad = run("lists", "pdf", "--db", chase_path, "--out", tmp_path / "x.pdf", "--office", "Phòng Kinh tế", *T)
    assert bad.returncode == 2 and "không chủ trì nhiệm vụ nào đang mở" in bad.stderr
