"""Errors caught in the methods Qt calls, said without passing back through Qt."""

from __future__ import annotations

import sys
import traceback

SAY_AGAIN = "_parapp_say_again"  # set on an error the handler of last resort shows even when it was shown before


def say_from_qt_virtual(exc: BaseException, again: bool = False) -> None:
    """An error caught inside a method Qt calls (closeEvent, hideEvent, done), said as any other and never raised back
    through Qt's C++ frames. Raised, PySide handed it on with a traceback holding the virtual's frame: the event's
    wrapper (a C++ object on Qt's stack, gone once the call returns) and the window, kept alive by whoever kept the
    error (first suspected of the suite's crashes, which the collector caused: tests/conftest.py). The frame that
    caught it, still running, is left out and the others are cleared of their locals; the lines logged and shown are
    the same.
    `again`: shown even when the same fault was shown before this session (ui.uncaught shows a fault once), for a close
    it refuses: round 38B, the disk said full by a click, the window's ✕ then did nothing, no word, as if it hung."""
    if again:
        try:
            setattr(exc, SAY_AGAIN, True)
        except AttributeError:  # an error of C's that takes no attribute: shown once, as any other
            pass
    tb = exc.__traceback__
    tb = tb.tb_next if tb is not None else None
    traceback.clear_frames(tb)
    exc.__traceback__ = tb
    sys.excepthook(type(exc), exc, tb)
