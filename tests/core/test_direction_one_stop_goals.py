"""Part IV's one-stop line leaves out a goal the part's own tasks already name.

The chairman-reviewer (closing16): the 2026 year report's part IV listed the 2027 plan's task "Nâng tỷ lệ hồ sơ
trực tuyến toàn trình và thanh toán trực tuyến; số hóa 100% hồ sơ…" and, under the procedures area, the line
"Nâng cao chất lượng … ; đẩy mạnh tiếp nhận hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa hồ sơ…":
one goal said twice. The line now urges only what no listed task says."""

from parapp.core.report_builder import PlanFact

from .test_report_reading import FIGS, D, direction, draft, figures, task

FULL = ("Nâng cao chất lượng tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã; "
        "đẩy mạnh tiếp nhận hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết "
        "thủ tục hành chính")
PLAN_2027 = [PlanFact("", "Kế hoạch cải cách hành chính năm 2027", None)]


def test_with_no_task_on_it_the_line_urges_every_goal():
    iv = direction(draft("year", [task(1, "Kiện toàn công chức", D(2027, 3, 31), plan_year=2027)], D(2026, 12, 2),
                         figures=figures("year", **FIGS), next_plans=PLAN_2027))
    assert f"- {FULL}." in iv


def test_a_goal_next_years_plan_names_is_not_urged_again():
    plan = task(2, "Nâng tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực tuyến; số hóa 100% hồ sơ, kết quả giải "
                   "quyết thủ tục hành chính tiếp nhận mới", D(2027, 6, 30), area="7", plan_year=2027)
    iv = direction(draft("year", [plan], D(2026, 12, 2), figures=figures("year", **FIGS), next_plans=PLAN_2027))
    assert ("- Nâng cao chất lượng tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công "
            "xã.") in iv
    assert iv.count("trực tuyến toàn trình") == 1 and iv.count("thanh toán trực tuyến") == 1


def test_a_quarter_urges_only_what_its_listed_work_leaves_out():
    late = task(3, "Tuyên truyền, hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến toàn trình", D(2026, 6, 23),
                status="in_progress", plan_year=2026)
    iv = direction(draft("q3", [late], D(2026, 9, 14), figures=figures("q3", **FIGS)))
    assert ("Tiếp tục nâng cao chất lượng tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính "
            "công xã; đẩy mạnh thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.") in iv
