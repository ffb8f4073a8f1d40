"""Two more ways past the shared-string and cell counts, found while fixing round 8 (issue 21): the
counts look for the bytes of "<c/>", but openpyxl's parser (expat) also reads a sheet written in
UTF-16, where those bytes never occur, and expands a DTD's entities, so one entity of 90 cells written
7,000 times is 630,000 cells from a 5 KB file. Before the fix both files below were read past the
500,000-cell bound (in 2-3 s and 230-250 MB at this size; the same files scaled up read as round 7's
row of 12 million cells did). Sizes are kept small so that a regression cannot starve the machine."""

from __future__ import annotations

import io
import zipfile

import pytest

from .test_bounded_readers import GOOD, db  # noqa: F401 (fixture)
from .test_round7_office_files import _refused, _sheet


def _sheet_rewritten(kind: str) -> bytes:
    good = GOOD["plan"]()
    sheet = _sheet(good)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for n in z.namelist():
            d = z.read(n)
            if n == sheet and kind == "entity":
                i = d.index(b"<worksheet")
                d = d[:i] + b'<!DOCTYPE worksheet [<!ENTITY e "' + b"<c/>" * 90 + b'">]>' + d[i:]
                d = d.replace(b"</sheetData>", b'<row r="1048576">' + b"&e;" * 7_000 + b"</row></sheetData>")
            elif n == sheet:
                d = d.replace(b"</sheetData>", b'<row r="1048576">' + b"<c/>" * 600_000 + b"</row></sheetData>")
                d = d.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode(kind)
            w.writestr(n, d)
    return out.getvalue()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_sheet_written_in_utf16_is_counted_as_any_other(db, tmp_path, encoding):  # noqa: F811
    _refused("plan", tmp_path, "utf16.xlsx", _sheet_rewritten(encoding), "hơn 500.000 ô", db)


def test_cells_multiplied_by_a_dtd_entity_are_refused(db, tmp_path):  # noqa: F811
    data = _sheet_rewritten("entity")
    assert len(data) < 20_000
    _refused("plan", tmp_path, "thực thể.xlsx", data, "<!ENTITY", db)
