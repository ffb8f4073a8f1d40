"""Round 38C: a plan saved by Notepad as UTF-8 (with its byte-order mark) with one character damaged at the start of a
line ("Đẩy mạnh …" on line 4, its "Đ" cut to one byte). The import refused it rightly, exit 2, but named line 3 as the
first damaged place: the decoder's offset counts from after the mark, so a damaged byte in a line's first three bytes
was counted on the line above, sending the clerk to fix the wrong line. The line is counted in the file's bytes."""

from __future__ import annotations

import pytest

from parapp.core.importing.model import Unreadable
from parapp.core.importing.sources import decode

BOM = b"\xef\xbb\xbf"
TEXT = ("KẾ HOẠCH năm 2027\n1. Cải cách thể chế\n- Rà soát văn bản. Thời gian: Quý II\n".encode()
        + b"\xc4 " + "ẩy mạnh cải cách. Thời gian: Quý III\n- Niêm yết TTHC. Thời gian: Quý IV\n".encode())


@pytest.mark.parametrize("mark", [BOM, b""])
def test_the_damaged_line_is_the_one_named(mark):
    with pytest.raises(Unreadable) as caught:
        decode(mark + TEXT)
    assert "(chỗ đầu tiên ở dòng 4)" in str(caught.value)
