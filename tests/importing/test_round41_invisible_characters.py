"""Round 41C L1 (left by 40C): a plan copied from Word or a PDF keeps characters of no width in its words: Word's word
joiner after a bullet ("-\u2060Rà soát"), a soft hyphen inside a word ("Rà so\u00adát"), direction marks, joiners.
They were stored in the task's content, so "ra soat" found nothing and the duplicate check took the same task imported
twice for a new one. Now they are dropped where text is stored (vntext.clean) and where the list's lines are read;
a legacy TCVN3 file's "ư" (byte 0xAD, the soft hyphen's code) is still converted, not dropped."""

from __future__ import annotations

from parapp.core.importing.legacy_text import _TCVN3_TABLE
from parapp.core.importing.parse import parse_bytes, parse_text
from parapp.core.vntext import clean, fold
from parapp.store.carrying import work_key

PASTE = ("1. Cải cách thủ tục hành chí\u00adnh\n"
         "-\u2060Rà soát thủ tục hành chính. Thời gian: Quý I\n"
         "- Rà so\u00adát quy trình nội bộ. Thời gian: Quý III\n"
         "•\u2060 Kiểm tra việc thực hiện. Thời gian: Quý IV\n"
         "- \u200eCông\u200d khai\u200c kết quả. Thời gian: Quý IV\n")


def test_pasted_words_hold_no_invisible_characters():
    tasks = parse_text(PASTE, plan_year=2027).tasks
    assert [(t.content, t.area_code) for t in tasks] == [
        ("Rà soát thủ tục hành chính.", "3"), ("Rà soát quy trình nội bộ.", "3"),
        ("Kiểm tra việc thực hiện.", "3"), ("Công khai kết quả.", "3")]
    assert work_key(tasks[1].content) == work_key("Rà soát quy trình nội bộ.")  # the duplicate check
    assert "ra soat" in fold(tasks[0].content)


def test_a_table_cell_too():
    text = ("STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\n"
            "1\tRà so\u00adát văn bản\u2060 QPPL\tVăn phòng\tQuý II\n")
    assert [t.content for t in parse_text(text, plan_year=2027).tasks] == ["Rà soát văn bản QPPL"]


def test_an_emoji_keeps_its_joiner():
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    assert clean(f"Ghi chú {family}") == f"Ghi chú {family}"


def test_a_tcvn3_file_keeps_its_letter_u_horn():
    back = {v: k for k, v in _TCVN3_TABLE.items() if len(v) == 1}
    words = "1. Cải cách thủ tục hành chính\n- Hướng dẫn người dân nộp hồ sơ trực tuyến. Thời gian: Quý II\n"
    legacy = "".join(chr(back[c]) if c in back else c for c in words)
    assert "\u00ad" in legacy
    tasks = parse_bytes(legacy.encode("cp1252"), "kehoach.txt", plan_year=2027).tasks
    assert [t.content for t in tasks] == ["Hướng dẫn người dân nộp hồ sơ trực tuyến."]
