"""Round 32C F11: a code cell citing several with "và" or on lines of their own kept a footnote's raised mark or the
second code's word in the stored code ("2.1.1¹ và 2.1.2²" stored "2.1.1¹ và 2.1.2"; "TCTP 2.1.1" / "TCTP 2.1.2" on
two lines stored "2.1.1\\nTCTP 2.1.2") where the same codes parted by ";" lose both (31C)."""

from __future__ import annotations

import pytest

from parapp.core.importing.par_cell import code_of


@pytest.mark.parametrize("cell, code", [("2.1.1¹ và 2.1.2²", "2.1.1 và 2.1.2"),
                                        ("TCTP 2.1.1\nTCTP 2.1.2", "2.1.1\n2.1.2"), ("2.1.1³\n2.1.2", "2.1.1\n2.1.2"),
                                        ("TCTP 2.1.1; TCTP 2.1.2", "2.1.1; 2.1.2")])
def test_each_code_loses_its_word_and_mark(cell, code):
    assert code_of(cell) == code
