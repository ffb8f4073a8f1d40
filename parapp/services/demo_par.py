"""The demo commune's PAR INDEX: last year's province criteria set (seven
areas of the 2021–2030 programme, 100 points), scored by the commune and
then by the province, and this year's remediation plan made from the points
it lost, through the same store functions the window and the CLI use."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from parapp.core.par.points import parse_points
from parapp.core.par.tree import CriteriaSet, Node
from parapp.store import par_index
from parapp.services.par_remedy import make_plan, preview

if TYPE_CHECKING:
    from sqlite_utils import Database

# code, name, max (leaves), self, official, explanation; children indented by their code
SET = [
    ("1", "Công tác chỉ đạo, điều hành cải cách hành chính"),
    ("1.1", "Kế hoạch CCHC năm"),
    ("1.1.1", "Ban hành kế hoạch CCHC năm đúng thời gian quy định", "1", "1", "1", ""),
    ("1.1.2", "Mức độ hoàn thành kế hoạch CCHC năm", "2", "1,5", "1",
     "Hoàn thành 17/20 nhiệm vụ (85%); 03 nhiệm vụ chính quyền số chưa hoàn thành do phần mềm của tỉnh đang nâng cấp"),
    ("1.2", "Báo cáo CCHC đủ số lượng, đúng thời gian quy định", "2", "2", "1,5",
     "Thẩm định trừ điểm: báo cáo quý III gửi chậm 02 ngày so với thời hạn"),
    ("1.3", "Kiểm tra công tác CCHC", "2", "2", "2", ""),
    ("1.4", "Công tác tuyên truyền CCHC", "2", "2", "2", ""),
    ("1.5", "Sáng kiến, giải pháp mới trong CCHC", "1,5", "0", "0", "Năm qua không có sáng kiến được công nhận"),
    ("1.6", "Thực hiện nhiệm vụ được UBND tỉnh giao", "1,5", "1,5", "1,5", ""),
    ("2", "Cải cách thể chế"),
    ("2.1", "Ban hành văn bản QPPL theo thẩm quyền đúng quy định", "3", "3", "3", ""),
    ("2.2", "Theo dõi thi hành pháp luật"),
    ("2.2.1", "Ban hành kế hoạch theo dõi thi hành pháp luật", "1", "1", "1", ""),
    ("2.2.2", "Mức độ hoàn thành kế hoạch theo dõi thi hành pháp luật", "1", "0,5", "0,5",
     "Hoàn thành 4/5 nội dung của kế hoạch"),
    ("2.2.3", "Xử lý kết quả theo dõi thi hành pháp luật", "1", "1", "1", ""),
    ("2.3", "Rà soát, hệ thống hóa văn bản QPPL"),
    ("2.3.1", "Ban hành kế hoạch rà soát văn bản QPPL", "1", "1", "1", ""),
    ("2.3.2", "Xử lý kết quả rà soát", "1,5", "1,5", "1,5", ""),
    ("2.3.3", "Báo cáo kết quả rà soát đúng thời gian", "1,5", "1,5", "1",
     "Thẩm định trừ điểm: báo cáo gửi sau ngày 15/12"),
    ("3", "Cải cách thủ tục hành chính"),
    ("3.1", "Công khai thủ tục hành chính"),
    ("3.1.1", "Niêm yết TTHC tại Trung tâm Phục vụ hành chính công", "2,5", "2,5", "2,5", ""),
    ("3.1.2", "Công khai TTHC trên Cổng thông tin điện tử xã", "2,5", "2,5", "2",
     "Thẩm định trừ điểm: còn 04 TTHC chưa cập nhật khi tỉnh công bố sửa đổi"),
    ("3.2", "Rà soát, đơn giản hóa TTHC", "3", "3", "3", ""),
    ("3.3", "Thực hiện cơ chế một cửa, một cửa liên thông", "5", "5", "5", ""),
    ("3.4", "Kết quả giải quyết hồ sơ TTHC"),
    ("3.4.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "4", "3,5", "3,5", "Tỷ lệ đúng hạn 99,8%: 8 hồ sơ đất đai trễ hạn"),
    ("3.4.2", "Xin lỗi tổ chức, cá nhân khi giải quyết trễ hạn", "2", "2", "2", ""),
    ("3.5", "Xử lý phản ánh, kiến nghị về TTHC", "3", "3", "3", ""),
    ("4", "Cải cách tổ chức bộ máy hành chính nhà nước"),
    ("4.1", "Tổ chức bộ máy đúng quy định", "3", "3", "3", ""),
    ("4.2", "Quản lý, sử dụng biên chế", "3", "3", "3", ""),
    ("4.3", "Thực hiện phân cấp, ủy quyền", "2", "2", "1,5",
     "Thẩm định trừ điểm: chưa báo cáo kết quả thực hiện nhiệm vụ được ủy quyền"),
    ("5", "Cải cách chế độ công vụ"),
    ("5.1", "Vị trí việc làm của cán bộ, công chức", "3", "3", "3", ""),
    ("5.2", "Tuyển dụng, bố trí công chức theo vị trí việc làm", "2", "2", "2", ""),
    ("5.3", "Đào tạo, bồi dưỡng cán bộ, công chức", "3", "2,5", "2,5", "Hoàn thành 90% kế hoạch bồi dưỡng"),
    ("5.4", "Đánh giá, xếp loại chất lượng cán bộ, công chức", "3", "3", "3", ""),
    ("5.5", "Chấp hành kỷ luật, kỷ cương hành chính", "3", "3", "3", ""),
    ("6", "Cải cách tài chính công"),
    ("6.1", "Quy chế chi tiêu nội bộ; quản lý, sử dụng kinh phí", "3", "3", "3", ""),
    ("6.2", "Quản lý, sử dụng tài sản công", "2,5", "2,5", "2,5", ""),
    ("6.3", "Giải ngân kế hoạch vốn đầu tư công", "2,5", "2", "1,5", "Giải ngân đạt 86% kế hoạch vốn được giao"),
    ("6.4", "Thực hiện kiến nghị sau thanh tra, kiểm tra, kiểm toán", "2", "2", "2", ""),
    ("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
    ("7.1", "Kế hoạch phát triển chính quyền số", "3", "3", "3", ""),
    ("7.2", "Văn bản điện tử và chữ ký số"),
    ("7.2.1", "Tỷ lệ văn bản gửi, nhận dưới dạng điện tử", "2,5", "2,5", "2,5", ""),
    ("7.2.2", "Tỷ lệ văn bản điện tử được ký số", "2,5", "2", "2", "Còn văn bản của Đảng ủy, đoàn thể chưa ký số"),
    ("7.3", "Dịch vụ công trực tuyến"),
    ("7.3.1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "4", "3", "2,5", "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 28,3%"),
    ("7.3.2", "Thanh toán trực tuyến phí, lệ phí", "2", "1,5", "1,5", "Tỷ lệ thanh toán trực tuyến đạt 70%"),
    ("7.3.3", "Tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích", "2", "2", "2", ""),
    ("7.4", "Số hóa hồ sơ, kết quả giải quyết TTHC", "4", "3", "3", "Số hóa đạt 83,8% kết quả giải quyết TTHC"),
    ("7.5", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015", "4", "4", "4", ""),
]
GUIDANCE = {
    "1.1.2": "- Hoàn thành 100% kế hoạch: 2 điểm\n- Từ 80% đến dưới 100%: 1 điểm\n- Dưới 80%: 0 điểm",
    "3.4.1": "- 100% hồ sơ đúng hạn: 4 điểm\n- Từ 95% đến dưới 100%: 3,5 điểm\n- Dưới 95%: 0 điểm",
}


def demo_set(year: int) -> CriteriaSet:
    nodes: dict[str, Node] = {}
    areas: list[Node] = []
    for entry in SET:
        code, name = entry[0], entry[1]
        node = Node(code, name, label=_label(code), guidance=GUIDANCE.get(code, ""))
        if len(entry) > 2:
            node.max_milli = parse_points(entry[2])
            node.explanation = entry[5]
        nodes[code] = node
        parent = code.rsplit(".", 1)[0] if "." in code else None
        (nodes[parent].children if parent else areas).append(node)
    return CriteriaSet(year, areas, province="Quảng Ngãi",
                       title=f"Bộ chỉ số đánh giá kết quả CCHC của UBND cấp xã năm {year}", official_rank="12/96")


def _label(code: str) -> str:
    from parapp.core.par.codes import to_roman

    return to_roman(int(code)) if "." not in code else code


def build_par_demo(db: Database, today: dt.date, counts: dict[str, int], remedy_plan_id: int | None = None) -> None:
    """Last year's scored set and this year's remediation plan (inside the demo's transaction).

    With `remedy_plan_id`, that plan (the demo's 18/KH-UBND) is the remediation plan: its tasks that
    serve a criterion which lost points are linked to it, and tasks are made only for the rest."""
    year = today.year - 1
    par_index.store_set(db, demo_set(year), source_name="Bo chi so CCHC cap xa.xlsx")
    scores: list[tuple[str, str | None]] = [(e[0], e[3]) for e in SET if len(e) > 2]
    par_index.set_scores(db, year, scores, "self")
    par_index.set_scores(db, year, [(e[0], e[4]) for e in SET if len(e) > 2], "official")
    if remedy_plan_id is not None:
        _link_existing(db, year, remedy_plan_id)
    outcome = make_plan(db, year, today=dt.date(today.year, 1, 15))
    if remedy_plan_id is None:
        counts["plans"] += 1
    counts["tasks"] += len(outcome.created)
    from parapp.store import tasks

    for k, task_id in enumerate(outcome.created):  # under way since spring, as the plan asked
        start = min(today, dt.date(today.year, 3, 10 + k))
        tasks.update_task(db, task_id, {"status": "in_progress"}, today=start)
        tasks.add_note(db, task_id, "Đã giao các cơ quan chuyên môn xây dựng giải pháp khắc phục, đang triển khai",
                       note_date=start, today=today)
        counts["notes"] += 1


def _link_existing(db: Database, year: int, plan_id: int) -> None:
    cset = par_index.require_set(db, year)
    db.execute("UPDATE par_sets SET remedy_plan_id = ? WHERE id = ?", [plan_id, cset.id])
    free = db.execute("SELECT id, par_code FROM tasks WHERE plan_id = ? AND par_code <> '' ORDER BY id",
                      [plan_id]).fetchall()
    for row in preview(db, year):
        t = row.task
        match = next((tid for tid, code in free if t.code == code or t.code.startswith(code + ".")), None)
        if match is not None and t.criterion_id is not None:
            db.execute("INSERT INTO par_remedy_tasks (task_id, criterion_id, lost_milli) VALUES (?, ?, ?)",
                       [match, t.criterion_id, t.lost_milli])
            free = [f for f in free if f[0] != match]
