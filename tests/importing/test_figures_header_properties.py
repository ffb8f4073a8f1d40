"""Property tests of the statistics header reader: whatever the layout (two or three merged
rows, the group written into each title, a "Kết quả giải quyết" over settled and pending,
column numbers under or inside the titles), wording, order of groups and columns, case,
decomposed diacritics, or extra columns the reader cannot know, every column is read as
what it holds, by the group it stands under, and an unknown one is named, never guessed."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from parapp.core import figures_header as fh
from parapp.core.figures_import import read_table
from parapp.core.vntext import fold

GROUP_TITLES = {
    "R": ["Số hồ sơ nhận giải quyết", "Tiếp nhận", "Hồ sơ tiếp nhận", "Số hồ sơ tiếp nhận", "Nhận giải quyết"],
    "S": ["Số hồ sơ đã giải quyết", "Đã giải quyết", "Hồ sơ đã giải quyết xong", "Đã xử lý", "Kết quả giải quyết"],
    "P": ["Số hồ sơ đang giải quyết", "Đang giải quyết", "Số lượng hồ sơ đang giải quyết", "Đang xử lý",
          "Chưa giải quyết xong"],
}
SUBS = {  # (meaning, wordings)
    "R": [(fh.R_TOTAL, ["Tổng số", "Tổng", "Cộng"]),
          (fh.CARRIED, ["Kỳ trước chuyển qua", "Từ kỳ trước", "Tồn kỳ trước", "Số kỳ trước chuyển qua",
                        "Tồn đầu kỳ", "Kì trước chuyển sang"]),
          (fh.ONLINE, ["Trực tuyến", "Mới tiếp nhận trực tuyến", "Số mới tiếp nhận trực tuyến", "Qua mạng",
                       "Nộp trực tuyến"]),
          (fh.DIRECT, ["Trực tiếp, dịch vụ bưu chính", "Mới tiếp nhận trực tiếp và qua bưu chính", "Trực tiếp",
                       "Số mới tiếp nhận trực tiếp"])],
    "S": [(fh.S_TOTAL, ["Tổng số", "Tổng", "Cộng"]),
          (fh.EARLY, ["Trước hạn", "Trả trước hạn", "Trước thời hạn", "Sớm hạn", "HS đã xử lý trước hạn"]),
          (fh.ON_TIME, ["Đúng hạn", "Trả đúng thời hạn", "Đúng hẹn", "Đúng thời hạn", "HS đã xử lý đúng hạn"]),
          (fh.LATE, ["Quá hạn", "Trả quá hạn", "Trễ hạn", "Trễ hẹn", "Quá thời hạn", "Chậm"])],
    "P": [(fh.P_TOTAL, ["Tổng số", "Tổng", "Cộng"]),
          (fh.IN_TIME, ["Trong hạn", "Chưa đến hạn", "Còn hạn", "Đúng hạn", "Trong thời hạn", "Chưa quá hạn"]),
          (fh.PENDING_LATE, ["Quá hạn", "Trễ hạn", "Quá thời hạn", "Trễ hẹn"])],
}
UNKNOWN = ["Ghi chú", "Hồ sơ liên thông", "Chờ bổ sung hồ sơ", "Đồng bộ lên Cổng DVC quốc gia",
           "Phí, lệ phí thu được (đồng)"]
RATES = ["Tỷ lệ đúng hạn (%)", "Tỷ lệ trực tuyến", "Tỷ lệ hài lòng (%)"]


def spelled(text: str, style: str) -> str:
    if style == "upper":
        return text.upper()
    if style == "nfd":
        return unicodedata.normalize("NFD", text)
    if style == "wrapped" and " " in text:
        i = text.index(" ")
        return text[:i] + "\n" + text[i + 1:]
    return text


@st.composite
def layouts(draw):
    order = draw(st.permutations(["R", "S", "P"]))
    groups = []
    for g in order:
        subs = draw(st.lists(st.sampled_from(range(len(SUBS[g]))), min_size=1, max_size=len(SUBS[g]), unique=True))
        cols = [(SUBS[g][i][0], draw(st.sampled_from(SUBS[g][i][1]))) for i in subs]
        groups.append((g, draw(st.sampled_from(GROUP_TITLES[g])), cols))
    # "Kết quả giải quyết" names the settled group only when it is not over both settled and pending.
    layout = draw(st.sampled_from(["merged2", "merged2_filled", "titles", "merged3"]))
    extras = draw(st.lists(st.tuples(st.sampled_from(UNKNOWN + RATES), st.integers(0, 20)), max_size=3,
                           unique_by=lambda x: x[0]))
    return dict(groups=groups, layout=layout, extras=extras, sep=draw(st.sampled_from([" - ", " – ", ": "])),
                numbering=draw(st.sampled_from([None, "paren", "plain", "inside"])),
                style=draw(st.sampled_from(["plain", "upper", "nfd", "wrapped"])),
                label=draw(st.sampled_from(["Lĩnh vực", "Tên lĩnh vực", "Lĩnh vực, công việc giải quyết theo cấp"])))


def build(spec):
    """Header rows as the raw readers give them (merged titles once, across; labels filled down or not),
    and the truth: column → meaning (None for an unknown, "rate" for a rate)."""
    st_ = spec["style"]
    columns = []  # (path of titles top → bottom, truth)
    for g, title, subs in spec["groups"]:
        for meaning, sub in subs:
            columns.append(((g, title), sub, meaning))
    for text, at in spec["extras"]:
        columns.insert(min(at, len(columns)), (None, text, fh.RATE if text in RATES else None))
    n = len(columns) + 2
    truth = {}
    layout = spec["layout"]
    if layout == "titles":
        rows = [["STT", spec["label"]]]
        for i, (grp, sub, meaning) in enumerate(columns):
            text = f"{grp[1]}{spec['sep']}{sub}" if grp else sub
            if spec["numbering"] == "inside":
                text += f" ({i + 3})"
            rows[0].append(spelled(text, st_))
            truth[i + 2] = meaning
    else:
        three = layout == "merged3"
        top, mid, low = ["STT", spec["label"]], ["", ""], ["", ""]
        if layout == "merged2_filled":
            mid = ["STT", spec["label"]]
        prev = None
        for i, (grp, sub, meaning) in enumerate(columns):
            truth[i + 2] = meaning
            if grp is None:
                top.append(spelled(sub, st_))
                mid.append(sub if layout == "merged2_filled" else "")
                low.append("")
                prev = None
                continue
            g, title = grp
            if three and g in ("S", "P"):
                # "Kết quả giải quyết" over settled and pending, their own titles in the middle row.
                top.append("Kết quả giải quyết" if prev not in ("S", "P") else "")
                mid.append(spelled(title, st_) if prev != g else "")
            elif three:
                top.append(spelled(title, st_) if prev != g else "")
                mid.append("Trong đó" if prev != g else "")
            else:
                top.append(spelled(title, st_) if prev != g else "")
                mid.append("")
            low.append(spelled(sub, st_))
            prev = g
        if three:
            rows = [top, mid, low]
        else:
            rows = [top, [low[i] if low[i] else mid[i] for i in range(len(low))]]
    if spec["numbering"] in ("paren", "plain"):
        rows.append([f"({i})" if spec["numbering"] == "paren" else str(i) for i in range(1, n + 1)])
    return [r + [""] * (n - len(r)) for r in rows], truth


@settings(max_examples=300, deadline=None)
@given(layouts())
def test_every_column_is_read_as_what_it_holds(spec):
    rows, truth = build(spec)
    header = fh.find_header([["BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ"], ["Kỳ báo cáo: Quý I/2026"], *rows,
                             ["1", "Hộ tịch", *["7"] * (len(rows[0]) - 2)]])
    assert header is not None
    got = {c.index: c.meaning for c in header.columns}
    assert got == {0: None, 1: None, **truth}
    assert header.columns[0].label and header.columns[1].label
    unknown = sorted(fold(" ".join(c.title.split())) for c in header.not_understood)  # as printed, "(3)" and all
    expected = sorted(fold(t) for t, _ in spec["extras"] if t in UNKNOWN)
    assert len(unknown) == len(expected) and all(u.startswith(e) for u, e in zip(unknown, expected))
    assert header.body_start == 2 + len(rows)


@settings(max_examples=150, deadline=None)
@given(layouts(), st.lists(st.integers(0, 999), min_size=40, max_size=40))
def test_settled_late_and_pending_late_are_never_added_together(spec, numbers):
    rows, truth = build(spec)
    width = len(rows[0])
    body = []
    for r in range(3):
        body.append([str(r + 1), f"Lĩnh vực {r}", *[str(numbers[(r * 13 + c) % 40]) for c in range(width - 2)]])
    table = [(i + 1, cells) for i, cells in enumerate([*rows, *body])]
    result = read_table(table)
    assert result is not None

    def column_sum(meaning):
        cols = [c for c, m in truth.items() if m == meaning]
        return sum(int(b[c]) for b in body for c in cols) if cols else None

    for meaning, code in ((fh.LATE, "dossiers.resolved_late"), (fh.PENDING_LATE, "dossiers.pending_late"),
                          (fh.CARRIED, "dossiers.carried_over"), (fh.ONLINE, "dossiers.received_online")):
        expected = column_sum(meaning)
        if expected is not None:
            assert result.values[code] == expected
