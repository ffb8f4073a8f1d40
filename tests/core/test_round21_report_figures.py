"""Round 21B: the figures a chairman reads in the periodic report."""

from parapp.core.figures import figure_windows, resolve_figures, shipped_indicators
from parapp.core.figures_entry import impossible
from parapp.core.periods import PRESETS, PeriodKind
from parapp.core.report_figures import strengths_from_figures


def _figures(**values):
    stored = {(PeriodKind.Q1, code.replace("_", ".", 1)): (float(v), "entered") for code, v in values.items()}
    return resolve_figures(shipped_indicators(), stored, PeriodKind.Q1, figure_windows(PRESETS["15-14"], 2027))


def test_more_digitally_signed_documents_than_documents_sent_is_refused():
    # Round 21B finding 4: edocs.signed=20 with edocs.sent=10 was stored, and the report said "gửi, nhận 10 văn
    # bản dưới dạng điện tử, trong đó 20 văn bản có ký số, đạt 200%".
    problems = impossible(_figures(edocs_sent=10, edocs_signed=20))
    assert problems, "signed above sent must be refused"
    assert not impossible(_figures(edocs_sent=10, edocs_signed=10))


def test_feedback_handled_above_received_is_not_said_as_a_rate_above_100():
    # Round 21B finding 5: 2 received, 3 handled (one carried from the period before): part II said
    # "đã xử lý 3, đạt 150%" while part III said "được xử lý đạt 100%".
    from parapp.core.report_figures import figure_paragraphs

    figs = _figures(feedback_received=2, feedback_resolved=3)
    paras = figure_paragraphs(figs, shipped_indicators(), "2021-2030", PeriodKind.Q1, 2027)
    said = " ".join(p for ps in paras.values() for p in ps)
    assert "150%" not in said and "đã xử lý 3" in said
    assert strengths_from_figures(figs, PeriodKind.Q1)  # all of the period's received were handled
