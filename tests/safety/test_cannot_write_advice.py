"""An export that cannot be written says what fits its reason.

Rounds 38B, 39B and 40B left it: a PDF exported to a read-only stick or a CD said "Không ghi được tệp …: ổ đĩa chỉ
đọc. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống." — sending the clerk to free room that was never short. A full
disk says to free room; a read-only or locked place says to choose another folder."""

import errno
import tempfile

import pytest

from parapp.files import CannotWrite, write_atomically


@pytest.mark.parametrize("code, said, not_said", [
    (errno.EROFS, "không cho ghi", "chỗ trống"),
    (errno.EACCES, "không cho ghi", "chỗ trống"),
    (errno.ENOSPC, "xóa bớt tệp", "không cho ghi"),
])
def test_the_advice_fits_the_reason(tmp_path, monkeypatch, code, said, not_said):
    def refuse(*_a, **_k):
        raise OSError(code, "refused")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    out = tmp_path / "USB E# có dấu" / "bao cao.pdf"
    out.parent.mkdir()
    with pytest.raises(CannotWrite) as e:
        write_atomically(out, b"%PDF-1.4", kind="pdf")
    assert said in e.value.message and not_said not in e.value.message, e.value.message
    assert not out.exists()
