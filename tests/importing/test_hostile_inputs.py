"""Issue 15: parsers bound their work on hostile input, and tell the legacy encodings apart."""

import os
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parapp.core.importing import parse_bytes, parse_file, parse_text
from parapp.core.importing import sources
from parapp.core.importing.legacy_text import detect, from_vni
from parapp.core.importing.model import Unreadable

HEADER = "<tr><td>STT</td><td>Nội dung</td><td>Cơ quan chủ trì</td><td>Thời gian thực hiện</td></tr>"


def table(*rows: str) -> str:
    return "<table>" + HEADER + "".join(rows) + "</table>"


def test_a_billion_column_span_is_clamped_to_the_table():
    # The 229-byte table of the finding: it ran past 6 GB of memory.
    html = table('<tr><td>1</td><td colspan="1000000000">Rà soát TTHC</td><td>VP</td><td>Quý I/2024</td></tr>')
    rows = sources.html_rows(html)
    assert max(len(cells) for _, cells in rows) == 4
    r = parse_text("", html=html, plan_year=2024)
    assert r.tasks[0].content == "Rà soát TTHC" and r.tasks[0].deadline_text == "Quý I/2024"


@pytest.mark.parametrize("span", ["abc", "-5", "0", "", "1e9", "  2x"])
def test_bad_spans_count_as_one_and_shift_nothing(span):
    html = table(f'<tr><td colspan="{span}" rowspan="{span}">1</td><td>Rà soát TTHC</td><td>Văn phòng</td>'
                 "<td>Quý II/2024</td></tr>")
    r = parse_text("", html=html, plan_year=2024)
    t = r.tasks[0]
    assert (t.stt, t.content, t.lead, t.deadline_text) == ("1", "Rà soát TTHC", "Văn phòng", "Quý II/2024")


def test_a_huge_rowspan_stops_at_the_last_row():
    html = table('<tr><td>1</td><td>Rà soát</td><td rowspan="2000000000">Văn phòng</td><td>Quý I/2024</td></tr>',
                 "<tr><td>2</td><td>Công khai</td><td>Quý II/2024</td></tr>")
    rows = sources.html_rows(html)
    assert len(rows) == 3 and rows[-1][1] == ["2", "Công khai", "Văn phòng", "Quý II/2024"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(-10, 10**9), st.integers(-10, 10**9)), min_size=1, max_size=6),
                min_size=1, max_size=8))
def test_spans_never_widen_a_table_past_its_widest_row(spans):
    body = "".join("<tr>" + "".join(f'<td colspan="{c}" rowspan="{r}">x</td>' for c, r in row) + "</tr>"
                   for row in spans)
    rows = sources.html_rows(f"<table>{body}</table>")
    widest = max(len(row) for row in spans)
    assert len(rows) == len(spans)
    assert all(len(cells) <= widest + widest for _, cells in rows)  # written cells plus those carried down


def test_special_files_and_oversized_files_are_refused_without_reading_them(tmp_path):
    for special in (os.devnull, tmp_path):  # a device and a folder: never read as a plan
        with pytest.raises(Unreadable) as e:
            parse_file(special, plan_year=2024)
        assert "không phải là một tệp thông thường" in e.value.message
    if hasattr(os, "mkfifo"):  # a FIFO, where there are FIFOs: it used to hang
        fifo = tmp_path / "plan.txt"
        os.mkfifo(fifo)
        with pytest.raises(Unreadable):
            parse_file(fifo, plan_year=2024)
    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:
        fh.truncate(sources.MAX_FILE_BYTES + 1)  # sparse where it can be: nothing to read before refusing
    with pytest.raises(Unreadable) as e:
        parse_file(big, plan_year=2024)
    assert "quá lớn" in e.value.message
    with pytest.raises(Unreadable):
        parse_text("x" * (sources.MAX_TEXT_CHARS + 1), plan_year=2024)


def test_an_office_file_that_would_inflate_past_the_bound_is_refused():
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            block = b" " * (1 << 20)
            for _ in range((sources.MAX_UNZIPPED >> 20) + 1):
                out.write(block)
    with pytest.raises(Unreadable) as e:
        parse_bytes(buf.getvalue(), "plan.xlsx", plan_year=2024)
    assert "quá lớn" in e.value.message


VNI_PLAN = ("STT\tNoi dung\tCo quan chu tri\tThoi gian thuc hien\n"     # an ASCII header, as the finding had it
            "1\tCoâng khai thuû tuïc haønh chính taïi boä phaän moät cöûa\tVaên phoøng\tQuyù I/2024\n"
            "2\tRaø soaùt, ñôn giaûn hoùa thuû tuïc haønh chính\tTö phaùp\tQuyù II/2024\n")


def test_vni_under_an_ascii_header_is_converted_not_taken_for_tcvn3():
    assert detect(VNI_PLAN) == "vni"
    r = parse_text(VNI_PLAN, plan_year=2024)
    assert [t.content for t in r.tasks] == ["Công khai thủ tục hành chính tại bộ phận một cửa",
                                            "Rà soát, đơn giản hóa thủ tục hành chính"]
    assert r.tasks[1].lead == "Tư pháp" and "VNI" in r.notes[0]
    # the same bytes in a file (VNI fonts save as the Windows code page)
    r = parse_bytes(VNI_PLAN.encode("cp1252"), "ke-hoach.txt", plan_year=2024)
    assert r.tasks[0].content.startswith("Công khai thủ tục")


def test_every_vni_letter_converts():
    letters = "àáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    vni = ("aø aù aû aõ aï aâ aà aá aå aã aä aê aè aé aú aü aë eø eù eû eõ eï eâ eà eá eå eã eä ì í æ ó ò "
           "oø où oû oõ oï oâ oà oá oå oã oä ô ôø ôù ôû ôõ ôï uø uù uû uõ uï ö öø öù öû öõ öï yø yù yû yõ î ñ")
    assert from_vni(vni).split() == list(letters)
    assert from_vni(vni.upper()).split() == list(letters.upper())


def test_french_text_is_left_alone():
    assert detect("Le café est très bon à Paris, où je suis né; crème brûlée, garçon.") is None


def _cp1258(text: str) -> bytes:
    """As Windows writes Vietnamese in cp1258: letters with ^ ˘ ơ ư composed, tone marks as separate bytes."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
                   + "".join(c for c in d if c in tones))
    return "".join(out).encode("cp1258")


PLAN = ("STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n"
        "1\tCông khai thủ tục hành chính tại bộ phận một cửa\tVăn phòng\tQuý I/2024\n"
        "2\tRà soát, đơn giản hóa thủ tục hành chính\tTư pháp – Hộ tịch\tQuý II/2024\n")


def test_a_cp1258_file_is_read_with_its_tones_composed():
    data = _cp1258(PLAN)
    assert b"\xcc" in data or b"\xec" in data  # tone marks as their own bytes, as the finding's file had them
    r = parse_bytes(data, "ke-hoach.tsv", plan_year=2024)
    assert [t.content for t in r.tasks] == ["Công khai thủ tục hành chính tại bộ phận một cửa",
                                            "Rà soát, đơn giản hóa thủ tục hành chính"]
    assert all(unicodedata.is_normalized("NFC", t.content) for t in r.tasks)
    assert r.tasks[1].lead == "Tư pháp – Hộ tịch"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(encoding):
    r = parse_bytes(PLAN.encode(encoding), "ke-hoach.txt", plan_year=2024)
    assert r.tasks[0].content == "Công khai thủ tục hành chính tại bộ phận một cửa"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_never_fails_but_with_a_message(data):
    try:
        text = sources.decode(data)
    except Unreadable:
        return
    assert isinstance(text, str)
