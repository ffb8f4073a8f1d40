"""Figures as a report states them, in sentences under their reform area.

Only figures that have a value are spoken of: a missing value is left out,
never invented or written as zero. Rates are recomputed from their counts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from parapp.core.figures import RATE, FigureValue, IndicatorSet
from parapp.core.report_model import FigureRow
from parapp.core.report_words import count, count_change, in_period, lower_first, num, pct, points_change, rate_text


class _Vals:
    """The period's values by code. `v(code)` is for values `has()` has checked (0 when absent);
    `v.opt(code)` is for those that may be missing."""

    def __init__(self, figures: list[FigureValue]):
        self.v = {f.code: f.value for f in figures}

    def __call__(self, code: str) -> float:
        return self.v.get(code) or 0.0

    def opt(self, code: str) -> float | None:
        return self.v.get(code)

    def has(self, *codes: str) -> bool:
        return all(self.v.get(c) is not None for c in codes)


def _join(parts: list[str]) -> str:
    return "; ".join(p for p in parts if p)


@dataclass(frozen=True)
class Speaker:
    """Who the figures' sentences name: the committee and the unit that receives dossiers."""

    body: str = "Ủy ban nhân dân xã"
    one_stop: str = "Trung tâm Phục vụ hành chính công xã"
    level: str = "xã"


def _procedures(v: _Vals, w: str, who: Speaker = Speaker()) -> list[str]:
    out = []
    if v.has("procedures.total"):
        s = (f"Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của {who.level} là "
             f"{count(v('procedures.total'))} thủ tục")
        if v.has("procedures.online"):
            s += f", trong đó {count(v('procedures.online'))} thủ tục được cung cấp dịch vụ công trực tuyến"
        out.append(s + ".")
    elif v.has("procedures.online"):
        out.append(f"Có {count(v('procedures.online'))} thủ tục hành chính được cung cấp dịch vụ công trực tuyến.")
    if v.has("feedback.received"):
        got = v("feedback.received")
        if not got:
            out.append(f"{w}, {who.body} không nhận được phản ánh, kiến nghị nào của người dân, doanh nghiệp "
                       "về quy định hành chính.")
        else:
            s = (f"{w}, {who.body} tiếp nhận {count(got)} phản ánh, kiến nghị của người dân, doanh nghiệp "
                 "về quy định hành chính")
            if v.has("feedback.resolved"):
                done = v("feedback.resolved")
                # more handled than received: some came from the period before, and no rate of this period's says it
                s += (f"; đã xử lý {count(done)}, đạt {pct(done, got)}" if done <= got else
                      f"; đã xử lý {count(done)} (kể cả phản ánh, kiến nghị kỳ trước chuyển sang)")
            out.append(s + ".")
    return out


def _carried_from(kind, year: int) -> str:
    """Where dossiers carried over come from: the year before for reports that start with it."""
    from parapp.core.periods import PeriodKind

    previous = {PeriodKind.Q2: "quý I", PeriodKind.Q3: "quý II", PeriodKind.Q4: "quý III"}
    return f"{previous[kind]} chuyển sang" if kind in previous else f"năm {year - 1} chuyển sang"


def _one_stop(v: _Vals, w: str, kind=None, year: int = 0, who: Speaker = Speaker(),
              last: _Vals | None = None) -> list[str]:
    out = []
    received = v.opt("dossiers.received")
    carried = v.opt("dossiers.carried_over")
    if received is not None:
        inner = []
        if carried is not None:
            inner.append(f"{_carried_from(kind, year)} {count(carried)}")
        new = f"tiếp nhận mới {count(received)}"
        online = v.opt("dossiers.received_online")
        if online is not None and received:
            new += f", trong đó trực tuyến {count(online)}, đạt {pct(online, received)}"
        inner.append(new)
        total = received + (carried or 0)
        if carried is not None:
            out.append(f"{w}, {who.one_stop} tiếp nhận tổng số {count(total)} hồ sơ ({'; '.join(inner)}).")
        else:
            out.append(f"{w}, {who.one_stop} tiếp nhận mới {count(received)} hồ sơ"
                       + (f" ({inner[-1].split(', ', 1)[1]})" if ", " in inner[-1] else "") + ".")
    elif carried is not None:
        out.append(f"Hồ sơ {_carried_from(kind, year)}: {count(carried)} hồ sơ.")
    parts = ("dossiers.resolved_early", "dossiers.resolved_on_time", "dossiers.resolved_late")
    settled_text = ""
    if v.has(*parts):
        early, on_time, late = (v(c) for c in parts)
        settled = early + on_time + late
        settled_text = f"Đã giải quyết {count(settled)} hồ sơ"
        if settled:
            settled_text += (f" (trước hạn {count(early)}, đúng hạn {count(on_time)}, quá hạn {count(late)}), "
                             f"tỷ lệ giải quyết trước và đúng hạn đạt {pct(early + on_time, settled)}")
    pending_text = ""
    if v.has("dossiers.pending_in_time", "dossiers.pending_late"):
        in_time, late = v("dossiers.pending_in_time"), v("dossiers.pending_late")
        if in_time + late:
            pending_text = (f"đang giải quyết {count(in_time + late)} hồ sơ"
                            + (f" (trong hạn {count(in_time)}, quá hạn {count(late)})" if late else ", đều trong hạn"))
    withdrawn = v.opt("dossiers.withdrawn")
    withdrawn_text = (f"có {count(withdrawn)} hồ sơ bị trả lại hoặc được tổ chức, cá nhân rút"
                      if withdrawn else "")
    rest = [x for x in (settled_text, pending_text, withdrawn_text) if x]
    if rest:
        first = rest[0][:1].upper() + rest[0][1:]
        out.append("; ".join([first, *rest[1:]]) + ".")
    letters = apology_sentence(v, who)
    if letters:
        out.append(letters)
    if last is not None:
        out += _against_last_year(v, last, kind, year)
    return out


def late_dossiers(v: _Vals) -> float | None:
    """The dossiers whose result was or is late: settled late in the period, and pending past their
    day at its end (a dossier counted once: pending at the end, or settled late within it)."""
    if not v.has("dossiers.resolved_late") and not v.has("dossiers.pending_late"):
        return None
    return v("dossiers.resolved_late") + v("dossiers.pending_late")


def apology_sentence(v: _Vals, who: Speaker) -> str | None:
    """'Đối với 3 hồ sơ trễ hẹn, Ủy ban nhân dân xã đã gửi 3 văn bản xin lỗi tổ chức, cá nhân.' The letters
    answer late dossiers: never more of them than of those (such figures are a hole the editor names)."""
    letters = v.opt("dossiers.apologies")
    late = late_dossiers(v)
    if not letters or late is None or letters > late:
        return None
    return f"Đối với {count(late)} hồ sơ trễ hẹn, {who.body} đã gửi {count(letters)} văn bản xin lỗi tổ chức, cá nhân."


def apologies_exceed_late(figures: list[FigureValue]) -> bool:
    v = _Vals(figures)
    late = late_dossiers(v)
    return bool(v.opt("dossiers.apologies")) and (late is None or (v.opt("dossiers.apologies") or 0) > late)


def _against_last_year(v: _Vals, last: _Vals, kind, year: int) -> list[str]:
    """'So với cùng kỳ năm 2025, số hồ sơ tiếp nhận mới giảm 9,3% (cùng kỳ: 1.348 hồ sơ); …': only what
    both years have."""
    from parapp.core.periods import PeriodKind

    then = f"năm {year - 1}" if kind is PeriodKind.YEAR else "cùng kỳ"
    parts = []
    now, before = v.opt("dossiers.received"), last.opt("dossiers.received")
    if now is not None and before:
        parts.append(f"số hồ sơ tiếp nhận mới {count_change(now, before)} ({then}: {count(before)} hồ sơ)")
    # the national service index's rates too: the chairman's read (round 43) found 28,3% → 36,8% of fully online
    # dossiers compared nowhere, though the register held both years
    for code, name in (("dossiers.on_time_rate", "tỷ lệ hồ sơ giải quyết trước và đúng hạn"),
                       ("dossiers.online_rate", "tỷ lệ hồ sơ tiếp nhận trực tuyến"),
                       ("dossiers.full_online_rate", "tỷ lệ hồ sơ tiếp nhận trực tuyến toàn trình"),
                       ("dossiers.paid_online_rate", "tỷ lệ thanh toán trực tuyến phí, lệ phí"),
                       ("dossiers.digitised_rate", "tỷ lệ số hóa hồ sơ, kết quả giải quyết")):
        a, b = v.opt(code), last.opt(code)
        if a is not None and b is not None:
            parts.append(f"{name} {points_change(a, b)} ({then}: {rate_text(b)})")
    if not parts:
        return []
    when = f"năm {year - 1}" if kind is PeriodKind.YEAR else f"cùng kỳ năm {year - 1}"
    return [f"So với {when}, {'; '.join(parts)}."]


def _leadership(v: _Vals, w: str, who: Speaker = Speaker()) -> list[str]:
    parts = []
    if v.has("inspections.held"):
        n = v("inspections.held")
        parts.append(f"tổ chức {count(n)} cuộc kiểm tra công tác cải cách hành chính" if n
                     else "chưa tổ chức kiểm tra công tác cải cách hành chính")
    if v.has("propaganda.items") and v("propaganda.items"):
        # The figure says how many, not where: "trên hệ thống truyền thanh, Trang thông tin điện tử …" was written
        # for a commune with no loudspeakers too (a fresh-eyes walk, round 41).
        parts.append(f"thực hiện {count(v('propaganda.items'))} tin, bài, buổi tuyên truyền về cải cách hành chính")
    return [f"{w}, {who.body} {_join(parts)}."] if parts else []


def _institutions(v: _Vals, w: str, who: Speaker = Speaker()) -> list[str]:
    parts = []
    if v.has("legal_docs.issued"):
        n = v("legal_docs.issued")
        parts.append(f"ban hành {count(n)} văn bản quy phạm pháp luật" if n
                     else "không ban hành văn bản quy phạm pháp luật")
    if v.has("legal_docs.reviewed") and v("legal_docs.reviewed"):
        parts.append(f"rà soát {count(v('legal_docs.reviewed'))} văn bản quy phạm pháp luật do Hội đồng nhân dân, "
                     f"Ủy ban nhân dân {who.level} ban hành")
    return [f"{w}, {who.body} {_join(parts)}."] if parts else []


def _civil_service(v: _Vals, w: str, who: Speaker = Speaker()) -> list[str]:
    if v.has("staff.trained") and v("staff.trained"):
        return [f"{w}, {who.body} cử {count(v('staff.trained'))} lượt cán bộ, công chức tham gia các lớp "
                "đào tạo, bồi dưỡng."]
    return []


def _digital(v: _Vals, w: str, who: Speaker = Speaker()) -> list[str]:
    out = []
    if v.has("edocs.sent"):
        s = f"{w}, {who.body} gửi, nhận {count(v('edocs.sent'))} văn bản dưới dạng điện tử"
        if v.has("edocs.signed") and v("edocs.sent"):
            signed = v("edocs.signed")
            s += f", trong đó {count(signed)} văn bản có ký số, đạt {pct(signed, v('edocs.sent'))}"
        out.append(s + ".")
    service = _service_index(v)
    if service:
        out.append(f"Kết quả các chỉ tiêu của Bộ chỉ số phục vụ người dân, doanh nghiệp: {'; '.join(service)}.")
    return out


def _service_index(v: _Vals) -> list[str]:
    """The national service index's rates, each with its count: fully online dossiers, fees paid
    online, dossiers and results digitised ('… 367/1.222 hồ sơ, đạt 30%'); a count alone where its
    base is missing."""
    parts = []
    received = v.opt("dossiers.received")
    full = v.opt("dossiers.received_full_online")
    if full is not None:
        parts.append(f"tiếp nhận trực tuyến toàn trình {count(full)}/{count(received)} hồ sơ, đạt {pct(full, received)}"
                     if received else f"tiếp nhận trực tuyến toàn trình {count(full)} hồ sơ")
    paid, fees = v.opt("dossiers.paid_online"), v.opt("dossiers.fee_required")
    if paid is not None and (paid or fees):
        parts.append(f"thanh toán trực tuyến phí, lệ phí {count(paid)}/{count(fees)} hồ sơ có thu phí, lệ phí, đạt "
                     f"{pct(paid, fees)}" if fees else f"thanh toán trực tuyến phí, lệ phí {count(paid)} hồ sơ")
    digitised = v.opt("dossiers.digitised")
    if digitised is not None and (digitised or received):
        parts.append(f"số hóa hồ sơ, kết quả giải quyết thủ tục hành chính {count(digitised)}/{count(received)} hồ sơ, "
                     f"đạt {pct(digitised, received)}" if received
                     else f"số hóa hồ sơ, kết quả giải quyết thủ tục hành chính {count(digitised)} hồ sơ")
    return parts


_THEMES: dict[str, Callable[[_Vals, str, Speaker], list[str]]] = {"procedures": _procedures, "leadership": _leadership,
           "institutions": _institutions, "civil_service": _civil_service, "digital": _digital}
# In the order a report speaks of them within one area.
_THEME_ORDER = ["leadership", "institutions", "procedures", "one_stop", "civil_service", "digital"]


def figure_paragraphs(figures: list[FigureValue], indicators: IndicatorSet, catalogue_code: str,
                      kind, year: int = 0, who: Speaker = Speaker(),
                      last_year: list[FigureValue] | None = None) -> dict[str, list[str]]:
    """Sentences per reform area code, from the period's figures (and the same period of last
    year's, where they exist)."""
    w = in_period(kind)
    v = _Vals(figures)
    last = _Vals(last_year) if last_year else None
    out: dict[str, list[str]] = {}
    for theme in _THEME_ORDER:
        area = indicators.themes.get(theme, {}).get(catalogue_code, "")
        paras = _one_stop(v, w, kind, year, who, last) if theme == "one_stop" else _THEMES[theme](v, w, who)
        if paras:
            out.setdefault(area, []).extend(paras)
    for f in figures:  # a province's own indicators: one plain sentence each
        if not f.indicator.builtin and f.value is not None:
            area = indicators.area_of(f.indicator, catalogue_code)
            unit = f" {f.indicator.unit}" if f.indicator.unit else ""
            out.setdefault(area, []).append(f"{w}, {lower_first(f.indicator.name)}: {num(f.value)}{unit}.")
    # "Trong quý," opens an area's figures once, not every sentence of them.
    for paras in out.values():
        for i in range(1, len(paras)):
            if paras[i].startswith(w + ", "):
                rest = paras[i][len(w) + 2:]
                paras[i] = rest[:1].upper() + rest[1:]
    return out


def figure_rows(figures: list[FigureValue], indicators: IndicatorSet, catalogue_code: str,
                area_names: dict[str, str]) -> list[FigureRow]:
    """The appendix of figures: one row per indicator that has a value, each count on its own."""
    order = {code: i for i, code in enumerate(area_names)}
    rows = []
    for f in figures:
        if f.value is None:
            continue
        area = indicators.area_of(f.indicator, catalogue_code)
        text = rate_text(f.value) if f.indicator.combine == RATE else num(f.value)
        rows.append((order.get(area, len(order)), FigureRow(f.code, f.indicator.name, f.indicator.unit, f.value, text,
                                                           area_names.get(area, ""))))
    rows.sort(key=lambda r: r[0])  # stable: catalogue order within an area
    return [r for _, r in rows]


def strengths_from_figures(figures: list[FigureValue], kind) -> list[str]:
    """Achievements the figures show, each a clause with its own verb: high on-time and online
    rates, feedback all handled."""
    v = _Vals(figures)
    out = []
    rate = v.opt("dossiers.on_time_rate")
    if rate is not None and rate >= 95:
        out.append(f"tỷ lệ hồ sơ thủ tục hành chính giải quyết trước và đúng hạn đạt {rate_text(rate)}")
    online = v.opt("dossiers.online_rate")
    if online is not None and online > 0:
        out.append(f"tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {rate_text(online)}")
    if v.has("feedback.received", "feedback.resolved") and v("feedback.received") and \
            v("feedback.resolved") >= v("feedback.received"):
        out.append("tỷ lệ phản ánh, kiến nghị của người dân, doanh nghiệp được xử lý đạt 100%")
    return out


def weaknesses_from_figures(figures: list[FigureValue], kind) -> list[str]:
    v = _Vals(figures)
    w = in_period(kind)
    out = []
    late = v("dossiers.resolved_late")
    pending_late = v("dossiers.pending_late")
    if late or pending_late:
        # "có" for dossiers settled late (done with, late), "còn" for those still open and late: "còn 1 hồ sơ …
        # giải quyết quá hạn" read as one still outstanding (the chairman-reviewer, round 35)
        parts = []
        if late:
            parts.append(f"có {count(late)} hồ sơ thủ tục hành chính giải quyết quá hạn")
        if pending_late:
            parts.append(f"còn {count(pending_late)} hồ sơ đang giải quyết đã quá hạn")
        out.append(f"{w}, {' và '.join(parts)}.")
    received, resolved = v.opt("feedback.received"), v.opt("feedback.resolved")
    if received is not None and resolved is not None and resolved < received:
        out.append(f"Còn {count(received - resolved)} phản ánh, kiến nghị của người dân, doanh nghiệp đang xử lý.")
    online = v.opt("dossiers.online_rate")
    if online is not None and online < 30:
        out.append(f"Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {rate_text(online)}, còn thấp.")
    return out
