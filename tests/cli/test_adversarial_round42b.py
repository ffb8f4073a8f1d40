"""Round 42B (command line, full disks): what a command prints sent to a disk that is full.

F1: the clerk kept the results on a USB stick, `parapp figures set … procedures.total=116 > E:\\so_lieu.txt` (and
`report draft --refresh > …`), the stick full. The figure was stored (the draft refreshed: "Đã cập nhật bản nháp số 4"
on the screen), then "Lỗi: Ổ đĩa chứa “…parapp.db” đã đầy nên chưa ghi được; dữ liệu đã lưu trước đó vẫn nguyên vẹn.
Hãy xóa bớt tệp không cần trên ổ đĩa đó": the data's disk blamed (it had room) and the stored figure said not stored.
Now the output is named as what failed, and nothing is said unstored."""

import errno
import io

import pytest

from parapp.cli.main import main
from parapp.store import open_database


class _FullDisk(io.RawIOBase):
    """Where `> file` on a full stick sends stdout: every write refused with ENOSPC (Linux's /dev/full)."""

    def writable(self):
        return True

    full = True

    def write(self, b):
        if self.full:
            raise OSError(errno.ENOSPC, "No space left on device")
        return len(b)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("r42b") / "Xã #1 %a" / "parapp.db"
    path.parent.mkdir()
    open_database(path).close()
    return path


def _figure(db_path, capsys):
    assert main(["figures", "--period", "q2", "--year", "2026", "--json", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    return out.split('"procedures.total"', 1)[1].split('"value": ', 1)[1].split(",", 1)[0]


@pytest.mark.parametrize(("value", "line_buffered"), [("116", True), ("117", False)])
def test_output_to_a_full_disk_is_said_as_the_output_and_the_figure_stored(db_path, capsys, monkeypatch, value,
                                                                           line_buffered):
    """Line-buffered (PYTHONUNBUFFERED, a console): the print itself fails. Block-buffered (a file, as usual): it failed
    at the exit, Python's "Exception ignored … OSError", exit 120; now flushed and said before main returns."""
    disk = _FullDisk()
    full = io.TextIOWrapper(io.BufferedWriter(disk), encoding="utf-8", line_buffering=line_buffered)
    monkeypatch.setattr("sys.stdout", full)
    code = main(["figures", "set", "--period", "q2", "--year", "2026", f"procedures.total={value}",
                 "--db", str(db_path)])
    monkeypatch.undo()
    disk.full = False  # what is still buffered is dropped quietly when the test lets the stream go
    err = capsys.readouterr().err
    assert code == 2
    assert "parapp.db" not in err and "chưa ghi được" not in err
    assert "kết quả" in err
    assert _figure(db_path, capsys) == value


def test_refresh_with_no_saved_draft_saves_nothing(db_path, capsys):
    """F2: `report draft --period year --refresh` where the year had no saved draft (the clerk following the note
    "Chạy parapp report draft … --refresh" for another period) saved one without --save, and said "Bản nháp số 5 đã
    khớp với số liệu … không có gì để cập nhật", as if it had been there: `reports` then listed the year "dự thảo", and
    `report pdf`/`finalize` used that frozen copy of the day's figures (later refused as behind). Now nothing is saved,
    and it is said that there was no saved draft to bring up to date."""
    draft = ["report", "draft", "--period", "year", "--year", "2026", "--db", str(db_path)]
    assert main([*draft, "--refresh"]) == 0
    err = capsys.readouterr().err
    assert "đã khớp" not in err and "chưa có bản nháp nào đã lưu" in err
    assert main(["reports", "--year", "2026", "--json", "--db", str(db_path)]) == 0
    assert '"draft"' not in capsys.readouterr().out
