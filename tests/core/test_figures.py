import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parapp.core.figures import Source, figure_windows, resolve_figures, shipped_indicators, tiling
from parapp.core.figures_entry import check_value, parse_number
from parapp.core.messages import ValidationError
from parapp.core.periods import PRESETS, PeriodKind

K = PeriodKind
INDS = shipped_indicators()


def resolve(stored: dict, kind: PeriodKind, preset: str = "15-14", year: int = 2026):
    values = {(k, code): (float(v), "entered") for (k, code), v in stored.items()}
    out = resolve_figures(INDS, values, kind, figure_windows(PRESETS[preset], year))
    return {f.code: f for f in out}


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_quarters_tile_every_cumulative_report(preset):
    w = figure_windows(PRESETS[preset], 2026)
    assert tiling(K.H1, w) == [K.Q1, K.Q2]
    assert tiling(K.NINE_MONTHS, w) == [K.Q1, K.Q2, K.Q3]
    assert tiling(K.YEAR, w) == [K.Q1, K.Q2, K.Q3, K.Q4]
    for a, b in zip([K.Q1, K.Q2, K.Q3], [K.Q2, K.Q3, K.Q4]):
        assert w[b].window_start == w[a].window_end + dt.timedelta(days=1)


def test_quarter_windows_follow_the_schedule():
    w = figure_windows(PRESETS["15-14"], 2026)
    assert (w[K.Q1].window_start, w[K.Q1].window_end) == (dt.date(2025, 12, 15), dt.date(2026, 3, 14))
    assert (w[K.Q2].window_start, w[K.Q2].window_end) == (dt.date(2026, 3, 15), dt.date(2026, 6, 14))
    assert (w[K.Q4].window_start, w[K.Q4].window_end) == (dt.date(2026, 9, 15), dt.date(2026, 12, 14))


def test_flows_add_up_stocks_are_read_at_the_edge_and_rates_are_recomputed():
    stored = {
        (K.Q1, "dossiers.received"): 100, (K.Q2, "dossiers.received"): 300,
        (K.Q1, "dossiers.received_online"): 10, (K.Q2, "dossiers.received_online"): 190,
        (K.Q1, "dossiers.carried_over"): 7, (K.Q2, "dossiers.carried_over"): 15,
        (K.Q1, "dossiers.pending_in_time"): 15, (K.Q2, "dossiers.pending_in_time"): 22,
        (K.Q1, "dossiers.pending_late"): 0, (K.Q2, "dossiers.pending_late"): 1,
        (K.Q1, "dossiers.resolved_early"): 50, (K.Q2, "dossiers.resolved_early"): 200,
        (K.Q1, "dossiers.resolved_on_time"): 40, (K.Q2, "dossiers.resolved_on_time"): 80,
        (K.Q1, "dossiers.resolved_late"): 10, (K.Q2, "dossiers.resolved_late"): 0,
    }
    h1 = resolve(stored, K.H1)
    assert h1["dossiers.received"].value == 400 and h1["dossiers.received"].source is Source.DERIVED
    assert h1["dossiers.carried_over"].value == 7       # at the window's start: q1's
    assert h1["dossiers.pending_in_time"].value == 22   # at the window's end: q2's
    assert h1["dossiers.pending"].value == 23
    assert h1["dossiers.resolved"].value == 380
    # (250 + 120) / 380, not the average of q1's 90% and q2's 100%
    assert h1["dossiers.on_time_rate"].value == pytest.approx(97.37, abs=0.01)
    assert h1["dossiers.online_rate"].value == 50.0
    q1 = resolve(stored, K.Q1)
    assert q1["dossiers.on_time_rate"].value == 90.0 and q1["dossiers.received"].source is Source.ENTERED


def test_nine_months_needs_all_three_quarters_for_a_flow():
    stored = {(K.Q1, "feedback.received"): 2, (K.Q2, "feedback.received"): 3}
    assert resolve(stored, K.NINE_MONTHS)["feedback.received"].value is None
    assert resolve(stored, K.NINE_MONTHS)["feedback.received"].source is Source.MISSING
    stored[(K.Q3, "feedback.received")] = 4
    nine = resolve(stored, K.NINE_MONTHS)["feedback.received"]
    assert (nine.value, nine.source) == (9, Source.DERIVED)


def test_an_entered_value_wins_over_the_derived_one():
    stored = {(K.Q1, "staff.trained"): 2, (K.Q2, "staff.trained"): 3, (K.H1, "staff.trained"): 4}
    h1 = resolve(stored, K.H1)["staff.trained"]
    assert (h1.value, h1.source) == (4, Source.ENTERED)


def test_a_rate_with_nothing_below_it_is_missing_not_zero():
    stored = {(K.Q1, "dossiers.received"): 0, (K.Q1, "dossiers.received_online"): 0}
    assert resolve(stored, K.Q1)["dossiers.online_rate"].value is None


@pytest.mark.parametrize("text, value", [("1.240", 1240), ("1240", 1240), ("12,5", 12.5), ("12.5", 12.5),
                                         ("1 240", 1240), ("1,240,000", 1240000), (" 7 ", 7), ("0", 0),
                                         ("-5", -5)])
def test_numbers_as_a_commune_writes_them(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "12a", "1..2", "--1", "1,2,3"])
def test_not_numbers(text):
    assert parse_number(text) is None


@given(st.text(max_size=30))
def test_parse_number_never_crashes(text):
    v = parse_number(text)
    assert v is None or isinstance(v, float)


@given(st.integers(min_value=0, max_value=10**9))
def test_vietnamese_grouping_round_trips(n):
    grouped = f"{n:,}".replace(",", ".")
    assert parse_number(grouped) == n


def test_values_are_checked_before_anything_is_stored():
    by = INDS.by_code()
    assert check_value(by["dossiers.received"], "dossiers.received", "1.240") == 1240
    for code, raw, why in [("nope", "1", "Không có chỉ tiêu"), ("dossiers.received", "abc", "không phải là số"),
                           ("dossiers.received", "-3", "không thể âm"), ("dossiers.on_time_rate", "99", "tự động"),
                           ("dossiers.resolved", "9", "tự động"), ("dossiers.received", "2,5", "số nguyên")]:
        with pytest.raises(ValidationError) as e:
            check_value(by.get(code), code, raw)
        assert why in e.value.message


def test_nine_months_from_three_quarters_flows_stocks_and_rates():
    q = {K.Q1: (300, 120, 10, 280, 15, 5, 8, 1), K.Q2: (400, 200, 8, 350, 40, 2, 9, 0),
         K.Q3: (500, 300, 9, 420, 60, 0, 11, 2)}
    stored = {}
    for k, (rec, online, carried, early, on_time, late, pend_in, pend_late) in q.items():
        stored.update({(k, "dossiers.received"): rec, (k, "dossiers.received_online"): online,
                       (k, "dossiers.carried_over"): carried, (k, "dossiers.resolved_early"): early,
                       (k, "dossiers.resolved_on_time"): on_time, (k, "dossiers.resolved_late"): late,
                       (k, "dossiers.pending_in_time"): pend_in, (k, "dossiers.pending_late"): pend_late})
    nine = resolve(stored, K.NINE_MONTHS)
    assert nine["dossiers.received"].value == 1200
    assert nine["dossiers.carried_over"].value == 10          # q1's, at the window's start
    assert nine["dossiers.pending_in_time"].value == 11        # q3's, at the window's end
    assert nine["dossiers.pending_late"].value == 2
    assert nine["dossiers.online_rate"].value == pytest.approx(100 * 620 / 1200, abs=0.01)
    settled = 280 + 15 + 5 + 350 + 40 + 2 + 420 + 60 + 0
    assert nine["dossiers.on_time_rate"].value == pytest.approx(100 * (settled - 7) / settled, abs=0.01)
    assert all(nine[c].source is Source.DERIVED for c in ("dossiers.received", "dossiers.on_time_rate"))
