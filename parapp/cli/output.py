"""What a command prints, when the place it is sent to refuses it (`> E:\\ket_qua.txt` on a full stick).

The OSError of a print reached main's last line of defence, which reads an OSError as the data's: "Ổ đĩa chứa
“…parapp.db” đã đầy nên chưa ghi được" of a figure just stored, on a disk with room (round 42B). Or, printed only at
the exit, Python's own English "Exception ignored … OSError" and exit 120. The output's failure is told as its own."""

from __future__ import annotations

import os
import sys

from parapp.core.messages import N_, ParAppError, os_reason


class OutputFailed(ParAppError):
    """The command's result could not be written where it was sent; the data is not what failed."""

    def __init__(self, exc: OSError):
        super().__init__(
            N_("errors", "Không ghi được kết quả của lệnh ra nơi đã chuyển tới (tệp sau dấu “>”): {0}. Lỗi này là "
                         "của nơi nhận kết quả, không phải của tệp dữ liệu: những gì lệnh đã lưu vẫn được lưu. Hãy "
                         "dọn chỗ ở nơi nhận (hoặc chuyển kết quả sang nơi khác) rồi chạy lệnh xem lại để có kết quả."),
            os_reason(exc),
        )


class _Guarded:
    """sys.stdout, its writes' failures raised as OutputFailed. A closed pipe (`| head`) stays BrokenPipeError:
    the reader had what it wanted (main's own case)."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text):
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputFailed(exc) from exc

    def flush(self):
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputFailed(exc) from exc

    def __getattr__(self, name):
        return getattr(self._stream, name)


def guard_stdout() -> None:
    if sys.stdout is not None and not isinstance(sys.stdout, _Guarded):
        sys.stdout = _Guarded(sys.stdout)


def unguard_stdout() -> None:
    if isinstance(sys.stdout, _Guarded):
        sys.stdout = sys.stdout._stream


def drop_pending() -> None:
    """After a failed output what is still buffered would fail again at the exit, in Python's English: the
    process's stdout is pointed at the null device (as main does for a closed pipe)."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # a stream with no descriptor (a test's): nothing flushes it
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
