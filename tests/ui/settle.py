"""Letting the window finish what it queued, however loaded the machine is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def settle(qtbot, ms: int = 10, passes: int = 4) -> None:
    """Run the event loop a few full turns, then wait `ms`.

    Widgets queue work for "the next turn" (zero timers after a layout, a cell stored once its editor
    closes). `qtbot.wait(1)` may take one turn only when a turn itself is slower than the wait, as on a
    loaded CI machine, and a test then saw the work undone (a submission refused for it). A chain of a
    few zero timers always runs here, whatever the clock says.
    """
    for _ in range(passes):
        QCoreApplication.processEvents()
    qtbot.wait(ms)
