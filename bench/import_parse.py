"""Benchmark: parsing a 5,000-row paste (issue 23: goal at most 0.3 s).

Prints JSON with the median of 5 parses of a tab-separated table as Word
puts it on the clipboard: quoted multi-line cells, group rows, deadlines.

    python bench/import_parse.py [--rows N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parapp.core.importing import parse_text  # noqa: E402

AREAS = ["Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy", "Cải cách chế độ công vụ",
         "Cải cách tài chính công", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"]


def paste(rows: int) -> str:
    out = ["STT\tNội dung nhiệm vụ\tMã tiêu chí\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tSản phẩm"]
    per = rows // len(AREAS)
    n = 0
    for a, area in enumerate(AREAS, start=1):
        out.append(f"{a}\t{area}\t\t\t\t\t")
        for k in range(1, per + 1):
            n += 1
            content = (f'"Tham mưu UBND xã triển khai nhiệm vụ số {n}\nvề {area.lower()} trên địa bàn xã"'
                       if n % 4 == 0 else f"Tham mưu UBND xã triển khai nhiệm vụ số {n} về {area.lower()}")
            deadline = ["Quý I/2024", "Trước ngày 01/6/2024", "Hàng năm", "Tháng 9/2024", "Theo hướng dẫn"][n % 5]
            out.append(f"{a}.{k}\t{content}\t{a}.{k % 5 + 1}\tCông chức Văn phòng – Thống kê\tCác bộ phận\t"
                       f"{deadline}\tBáo cáo")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5000)
    args = ap.parse_args()
    text = paste(args.rows)
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        r = parse_text(text, plan_year=2024)
        times.append(time.perf_counter() - t0)
    print(json.dumps({"rows": args.rows, "tasks_read": len(r.tasks), "parse_median_s": round(statistics.median(times),
                                                                                             3),
                      "parse_max_s": round(max(times), 3), "goal_s": 0.3}, indent=2))


if __name__ == "__main__":
    main()
