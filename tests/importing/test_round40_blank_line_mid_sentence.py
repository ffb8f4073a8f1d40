"""An empty line a PDF's page break leaves in the middle of a task's sentence does not make a task of its own.

A fresh-eyes walk (this session) imported the real plan ../shared/samples/001 (Trần Đề, 2024): its text has
"… tinh thần, thái độ phục" / "" / "vụ, hành vi những nhiễu, gây phiền hà …", and the import made a task
"vụ, hành vi những nhiễu, gây phiền hà của cán bộ …" (no deadline, flagged only for that) beside the cut-off one."""

from parapp.core.importing.parse import parse_text

PLAN = """II. NHIỆM VỤ

4. Cải cách chế độ công vụ

Tăng cường kiểm tra hoạt động công vụ, nhất là việc chấp hành giờ giấc làm việc, tinh thần, thái độ phục

vụ, hành vi những nhiễu, gây phiền hà của cán bộ, công chức trong thực thi công vụ.

Tiếp tục đổi mới hình thức bồi dưỡng cán bộ, công chức.

5. Cải cách tài chính công

Tổ chức thực hiện đúng quy định việc sử dụng kinh phí được giao.
"""


def test_the_sentence_goes_on_below_the_empty_line():
    got = [t.content for t in parse_text(PLAN, plan_year=2024).tasks]
    assert got == ["Tăng cường kiểm tra hoạt động công vụ, nhất là việc chấp hành giờ giấc làm việc, tinh thần, thái "
                   "độ phục vụ, hành vi những nhiễu, gây phiền hà của cán bộ, công chức trong thực thi công vụ.",
                   "Tiếp tục đổi mới hình thức bồi dưỡng cán bộ, công chức.",
                   "Tổ chức thực hiện đúng quy định việc sử dụng kinh phí được giao."], got


def test_an_item_ended_with_its_stop_stays_apart_from_a_lower_case_line_below():
    text = PLAN.replace("thái độ phục\n\nvụ, hành vi", "thái độ phục vụ.\n\nvà hành vi")
    got = [t.content for t in parse_text(text, plan_year=2024).tasks]
    assert len(got) == 4, got
