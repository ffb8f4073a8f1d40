"""“Xem thử với một xã mẫu”: the demo commune in a window of its own, on a database of its
own (a “Xã mẫu” folder beside the user's data folder), so that trying ParApp never mixes
invented tasks into the commune's register. Made the first time, opened as it is after."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from PySide6.QtWidgets import QWidget

from parapp.datadir import DB_FILENAME, user_data_dir
from parapp.ui.widgets.texts import show_error, tr

DEMO_FOLDER = "Xã mẫu"


def demo_db_path() -> Path:
    return user_data_dir() / DEMO_FOLDER / DB_FILENAME


def is_sample(db_path: Path | None) -> bool:
    """Whether a window is open on the sample commune made by "Xem thử với một xã mẫu"."""
    if db_path is None:
        return False
    try:
        path = Path(db_path).resolve()
        # Only a file in a "Xã mẫu" folder can be it: any other needs no look for the user's data
        # folder (platformdirs, which the window's title waited for at every start).
        names = {unicodedata.normalize("NFC", p.parent.name) for p in (path, Path(db_path))}
        if DEMO_FOLDER not in names:
            return False
        return path == demo_db_path().resolve()
    except OSError:
        return False


def window_title(commune_name: str, db_path: Path | None) -> str:
    if is_sample(db_path):  # never taken for the commune's own data
        return tr("ParApp – XÃ MẪU ĐỂ XEM THỬ (không phải dữ liệu của xã)")
    return tr("ParApp – {0}").format(commune_name) if commune_name else "ParApp"


def demo_command(db_path: Path) -> list[str]:
    """ParApp started again, as itself: the bundle's executable, or this Python on the package."""
    start = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "parapp"]
    if _has_content(db_path):  # made: opened as it is (a start while its window is open brings that forward)
        return [*start, "--db", str(db_path)]
    return [*start, "demo", "--db", str(db_path), "--open"]


def _has_content(db_path: Path) -> bool:
    """A try that failed (a full disk) left a parapp.db with nothing in it: opened as the sample at every later click,
    an empty commune titled "XÃ MẪU", never made (round 30B). `demo` makes it then (it leaves data it finds alone)."""
    if not db_path.exists():
        return False
    from parapp.store.connect import holds_officials

    return holds_officials(db_path)


def open_demo_commune(parent: QWidget | None) -> bool:
    db_path = demo_db_path()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        # In words, the folder named (the system's English "[Errno 30] Read-only file system" was shown, round 30B).
        from parapp.core.messages import os_reason
        from parapp.ui.widgets.texts import trc

        reason = os_reason(exc)
        show_error(parent, tr("Không tạo được xã mẫu trong thư mục “{0}” ({1}). Xã mẫu được tạo bên cạnh dữ liệu của "
                              "ParApp, nên nơi đó phải ghi được: USB không gạt khóa chống ghi, không phải đĩa CD, ổ "
                              "đĩa còn chỗ trống.").format(db_path.parent, trc("errors", reason.template)
                                                           .format(*reason.args)))
        return False
    from PySide6.QtCore import QProcess  # here: the window's title reads this module on the way to the first page

    program, *args = demo_command(db_path)
    if not QProcess.startDetached(program, args)[0]:
        show_error(parent, tr("Không mở được cửa sổ xã mẫu."))
        return False
    return True
