"""Figures as the official enters them (số liệu): a number as a commune writes it, the checks a
value passes before it is stored, a province's own indicator, and the figures of a period that
cannot all be true. The indicators themselves and how a period's value follows from what was
entered are in parapp.core.figures."""

from __future__ import annotations

import re

from parapp.core.figures import ENTERABLE, MAX_COUNT, MAX_VALUE, FigureValue, Indicator
from parapp.core.messages import N_, Msg, ValidationError, ValidationProblems
from parapp.core.vntext import fold


# -- what cannot be true --------------------------------------------------------------

class FiguresRefused(ValidationProblems):
    """Figures that cannot all be true; none was stored."""

    context = "figures"


def _count_text(v: float) -> str:
    from parapp.core.numbers import vi_number

    return vi_number(int(v) if float(v).is_integer() else v)


def impossible(values: list[FigureValue]) -> list[Msg]:
    """A period's figures that cannot be true: a rate above 100% (more received online than
    received), a count above what it is bounded by (settled above received plus carried over)."""
    by = {f.code: f for f in values}
    out: list[Msg] = []

    def known(codes: tuple[str, ...]) -> list[FigureValue] | None:
        got = [by[c] for c in codes if c in by and by[c].value is not None]
        return got if len(got) == len(codes) and codes else None

    for f in values:
        if f.value is None:
            continue
        ind = f.indicator
        if ind.is_rate and f.value > 100 + 1e-9:
            top, bottom = known(ind.numerator), known(ind.denominator)
            if top and bottom:
                out.append(Msg(N_("figures", "“{0}” sẽ là {1}%: {2} ({3}) nhiều hơn {4} ({5}). Số liệu này không thể "
                                             "đúng; chưa lưu gì, hãy kiểm tra lại."),
                               ind.name, _count_text(round(f.value, 1)), " + ".join(x.indicator.name for x in top),
                               _count_text(sum(x.value or 0 for x in top)),
                               " + ".join(x.indicator.name for x in bottom),
                               _count_text(sum(x.value or 0 for x in bottom))))
        bound = known(ind.at_most)
        if bound and f.value > sum(x.value or 0 for x in bound) + 1e-9:
            out.append(Msg(N_("figures", "“{0}” ({1}) nhiều hơn {2} ({3}). Số liệu này không thể đúng; chưa lưu gì, "
                                         "hãy kiểm tra lại."),
                           ind.name, _count_text(f.value), " cộng ".join(x.indicator.name for x in bound),
                           _count_text(sum(x.value or 0 for x in bound))))
    return out


# -- reading what a user types -----------------------------------------------------

_GROUPED = re.compile(r"^\d{1,3}(?:[.\s\u00a0]\d{3})+$")     # 1.234 or 1 234: Vietnamese thousands
_GROUPED_COMMA = re.compile(r"^\d{1,3}(?:,\d{3})+$")       # 1,234 from an English-language export
_PLAIN = re.compile(r"^\d+(?:[.,]\d+)?$")
# 1.234,5 and 1,234.5: thousands with a decimal part (round 26D: "không phải số", counted 0)
_GROUPED_DECIMAL = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d+$|^\d{1,3}(?:,\d{3})+\.\d+$")


def parse_number(text: str) -> float | None:
    """A figure as a commune writes it: 1.234 (thousands), 12,5 (decimal comma), 1234, 12.5.

    Returns None for anything that is not a non-negative number."""
    # a zero-width space or joiner, invisible (text copied from a web page): "10" was no number, 0 stored (33D)
    s = re.sub("[\u200b-\u200d\u2060\ufeff]", "", str(text)).strip().replace("\u00a0", " ")
    if not s:
        return None
    # the minus sign and an en dash too (round 27C: "−3" counted 0); a hyphen, the figure dash, an em dash, the small
    # and the full-width minus (round 28D: "－3" and "‒3" counted 0)
    neg = s.startswith(("-", "\u2212", "\u2013", "\u2010", "\u2011", "\u2012", "\u2014", "\ufe63", "\uff0d"))
    if neg:
        s = s[1:].strip()
    if _GROUPED.match(s):
        v = float(re.sub(r"[.\s]", "", s))
    elif _GROUPED_COMMA.match(s) and len(s) > 4:
        v = float(s.replace(",", ""))
    elif _GROUPED_DECIMAL.match(s):
        whole, frac = re.split(r"[.,](?=\d+$)", s)
        v = float(re.sub(r"[.,]", "", whole) + "." + frac)
    elif _PLAIN.match(s):
        v = float(s.replace(",", "."))
    else:
        return None
    return -v if neg else v


def check_value(ind: Indicator | None, code: str, raw: str | float) -> float:
    """The value to store, or a ValidationError that says what to type."""
    if ind is None:
        raise ValidationError(N_("errors", "Không có chỉ tiêu “{0}”. Hãy xem danh sách bằng lệnh parapp figures."),
                              code, field=code)
    if not ind.enterable:
        raise ValidationError(N_("errors", "“{0}” ({1}) được tính tự động từ các số liệu khác, không nhập trực tiếp."),
                              ind.name, code, field=code)
    parsed: float | None
    if isinstance(raw, (int, float)):
        parsed = float(raw)
    else:
        parsed = parse_number(raw)
        if parsed is None:
            raise ValidationError(N_("errors", "“{0}” của chỉ tiêu “{1}” không phải là số. Hãy nhập như 1.240 hoặc "
                                               "1240."),
                                  raw, ind.name, field=code)
    v = float(parsed)
    if v != v or v in (float("inf"), float("-inf")):
        raise ValidationError(N_("errors", "“{0}” của chỉ tiêu “{1}” không phải là số. Hãy nhập như 1.240 hoặc 1240."),
                              raw, ind.name, field=code)
    if v < 0:
        raise ValidationError(N_("errors", "Chỉ tiêu “{0}” không thể âm ({1}). Hãy kiểm tra lại số đã nhập hoặc ô đó "
                                           "trong biểu thống kê."), ind.name, _as_written(raw), field=code)
    if v > (MAX_COUNT if ind.builtin else MAX_VALUE):
        # Round 24C: a statistics table's rows summed past the bound was said as "20000000.0" and "số đã nhập".
        raise ValidationError(N_("errors", "“{0}” của chỉ tiêu “{1}” lớn hơn mọi số một xã có thể có (tối đa {2}). Hãy "
                                           "kiểm tra lại số đã nhập, hoặc các ô của cột đó trong biểu thống kê."),
                              _as_written(raw), ind.name, _grouped(MAX_COUNT if ind.builtin else MAX_VALUE),
                              field=code)
    if ind.builtin and not float(v).is_integer():
        raise ValidationError(N_("errors", "Chỉ tiêu “{0}” là số đếm, phải là số nguyên ({1}). Hãy kiểm tra lại số "
                                           "đã nhập hoặc ô đó trong biểu thống kê."), ind.name, _as_written(raw),
                              field=code)
    return v


def _as_written(raw: str | float) -> str:
    """A value as the official wrote it: typed, as typed; read from a statistics file (a float), in Vietnamese
    notation. A figures import said "không thể âm (-5.0)" of a cell "-5", and "(12.5)" of "12,5"."""
    if isinstance(raw, str):
        return raw
    from parapp.core.numbers import vi_number

    return vi_number(int(raw) if float(raw).is_integer() else raw)


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def parse_assignment(text: str) -> tuple[str, str]:
    """'dossiers.received=1240' → ('dossiers.received', '1240')."""
    code, sep, value = text.partition("=")
    if not sep or not code.strip():
        raise ValidationError(N_("errors", "“{0}”: hãy viết theo dạng MÃ=GIÁ_TRỊ, ví dụ dossiers.received=1240."), text)
    return code.strip(), value.strip()


def suggested_code(name: str) -> str:
    """The code a province's indicator takes from its name when none is typed: "tinh." and the name's words without
    diacritics ("Hồ sơ liên thông" → tinh.ho_so_lien_thong). Round 33E: the clerk had to make one up."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    return "tinh." + "_".join(words) if words else ""


def user_indicator(code: str, name: str, unit: str, area: str, combine: str) -> Indicator:
    """A province's own indicator, checked before it is stored."""
    code = code.strip()
    if not re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)*", code):
        raise ValidationError(N_("errors", "Mã chỉ tiêu “{0}” chỉ gồm chữ thường không dấu, số, dấu chấm và gạch dưới, "
                                           "ví dụ tinh.ho_so_lien_thong."), code, field="code")
    if not name.strip():
        raise ValidationError(N_("errors", "Chưa nhập “{0}”. Trường này là bắt buộc."), N_("fields", "Tên chỉ tiêu"),
                              field="name")
    if combine not in ENTERABLE:
        raise ValidationError(N_("errors", "Chỉ tiêu tự thêm chỉ được là số cộng dồn hoặc số đọc ở đầu/cuối kỳ."),
                              field="combine")
    return Indicator(code, name.strip(), unit.strip(), "", combine, builtin=False, area=area.strip())
