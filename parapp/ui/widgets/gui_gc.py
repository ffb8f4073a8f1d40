"""Python's cyclic collector runs on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold is
reached: a backup, an import or a restore running off the GUI thread (widgets/operation.py) may
then free the last Python references of Qt objects the window let go, and a widget destroyed off
its thread can bring the whole program down (once in eleven restores on a real screen, the window
vanished). So automatic collection is off while the window runs, and a timer on the GUI thread
collects: the young generations often, everything now and then (Anki does the same, for the same
reason). Reference counting still frees everything that forms no cycle, at once, as usual.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_MS = 5_000     # cheap: what the last seconds left behind
FULL_EVERY = 12      # a full collection once a minute


class _Ticks:
    n = 0


def _tick() -> None:
    _Ticks.n += 1
    gc.collect(2 if _Ticks.n % FULL_EVERY == 0 else 1)


def collect_on_gui_thread(owner: QObject) -> QTimer:
    """Turn automatic collection off and collect from a timer owned by `owner` (the application)."""
    gc.disable()
    timer = QTimer(owner)
    timer.timeout.connect(_tick)
    timer.start(YOUNG_MS)
    return timer


def collect_now() -> None:
    """After a long operation has ended: what it left behind goes now, on the GUI thread."""
    gc.collect()
