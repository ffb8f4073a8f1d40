"""One way to run what the user asked for (Anki's CollectionOp is the model).

    attempt(parent, work, title, changes=…)       short work, under a wait cursor
    run_long(parent, work, busy, title, done=…)   long work (backup, import, a long report's PDF):
                                                  off the GUI thread, a busy dialog meanwhile

Either way an expected error (ParAppError) becomes its message once, here, titled `title`;
anything else is a fault and goes on to parapp.ui.uncaught. What changed is announced as
`data_changed(kinds)` on the window the parent belongs to (parapp.ui.pages names the kinds),
and the window reloads only the pages that show those kinds.

Tests run long work inline: the `inline_operations` fixture swaps POOL for one that runs a
job at once on the calling thread (Picard's FakeThreadPool idea), so no test waits or races.

Lifetimes (parapp/ui/__init__.py): a running job's signal bridge and busy dialog are Qt
objects Qt calls back while the job runs; RUNNING holds them from Python until the job's end
has been delivered.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from parapp.core.messages import ParAppError
from parapp.ui.widgets.texts import error_text, show_error, tr


class Attempt:
    """What attempt() did: true when the work ran to its end, with what it returned."""

    def __init__(self, ok: bool, value: Any = None):
        self.ok, self.value = ok, value

    def __bool__(self) -> bool:
        return self.ok


def announce(parent: QWidget | None, kinds: Iterable[str]) -> None:
    """Tell the window the parent belongs to that these kinds of data changed."""
    kinds = frozenset(kinds)
    w = parent
    while w is not None and kinds:
        signal = getattr(type(w), "data_changed", None)
        if isinstance(signal, Signal):
            w.data_changed.emit(kinds)
            return
        w = w.parentWidget()


_UNSAID: list[bool] = []  # inside unsaid(): refusals are not shown


@contextmanager
def unsaid() -> Iterator[None]:
    """Work no act of the clerk asked for (the window moving to a new day at midnight, a timer): a refusal there is not
    said, the work reports False and what it kept waits (round 40B: a figure waiting for room, refused at the day's
    change, popped a box with nobody at the keyboard). It is said at the clerk's next act that stores it."""
    _UNSAID.append(True)
    try:
        yield
    finally:
        _UNSAID.pop()


def say(parent: QWidget | None, exc: ParAppError, title: str | None = None) -> None:
    """The one place an expected error becomes a message (besides the opening of the data)."""
    if not _UNSAID:
        show_error(parent, error_text(exc), title)


def attempt(parent: QWidget | None, work: Callable[[], Any], title: str | None = None,
            changes: Iterable[str] = (), failed: Callable[[ParAppError], Any] | None = None) -> Attempt:
    """Run short work under a wait cursor; its ParAppError is said (titled `title`), after
    failed(exc) (say, to put the cursor in the field it names), and a false Attempt returned.
    Refused while long work runs: it would share that work's connection, and its transaction."""
    if RUNNING:
        show_error(parent, still_running(), title)
        return Attempt(False)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        value = work()
    except ParAppError as exc:
        QApplication.restoreOverrideCursor()
        if failed is not None:
            failed(exc)
        say(parent, exc, title)
        return Attempt(False)
    except BaseException:  # a storage error (a medium gone mid-session) is said by ui.uncaught: no wait cursor for good
        QApplication.restoreOverrideCursor()
        raise
    QApplication.restoreOverrideCursor()
    announce(parent, changes)
    return Attempt(True, value)


class _Bridge(QObject):
    finished = Signal(object, object)  # value, ParAppError or None
    step = Signal(int, int)


class _Job:
    """The work and its signal bridge, run on a Python thread of its own.

    Not a QRunnable: a QThreadPool thread still reads its runnable after run() has returned
    (Qt asks it whether to delete itself), so a runnable let go on the GUI thread when its end
    was delivered could be freed under the pool's feet: a crash, once in a while, after a
    restore. A Python thread holds only Python references, and the GUI thread joins it (a
    moment: emitting its end is the last thing it does) before letting the job go."""

    def __init__(self, work: Callable[..., Any], bridge: _Bridge, with_progress: bool):
        self.work, self.bridge, self.with_progress = work, bridge, with_progress
        self.thread: threading.Thread | None = None

    def run(self) -> None:
        try:
            value = self.work(self.bridge.step.emit) if self.with_progress else self.work()
        except ParAppError as exc:
            self.bridge.finished.emit(None, exc)
            return
        except BaseException as exc:  # a fault: shown by the GUI thread's handler, not lost in the thread
            self.bridge.finished.emit(None, exc)
            return
        self.bridge.finished.emit(value, None)

    def join(self) -> None:
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join()


class _Threads:
    """Starts each job on its own thread. Not a daemon: a backup or a restore under way is finished,
    never cut off by the interpreter's exit."""

    def start(self, job: _Job) -> None:
        job.thread = threading.Thread(target=job.run, name="parapp-operation")
        job.thread.start()


POOL: Callable[[], Any] = _Threads
RUNNING: set = set()
SHOW_AFTER_MS = 300  # quicker work never flashes a dialog

# What a person does to a window: held while long work runs, from its first moment.
_INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel, QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu, QEvent.Type.Drop,
})


def still_running() -> str:
    return tr("Việc trước (sao lưu, nhập hay xuất bản PDF) chưa xong. Hãy đợi nó xong rồi làm lại.")


class _InputHold(QObject):
    """Every window takes no clicks or keys while long work runs. The busy dialog is modal only
    once shown, and a person has time to start a second backup, import or edit on the one
    connection before it shows: a backup started under an import's open transaction waited
    for ever, and an edit joined (or committed) the import's half-done transaction. The busy
    dialog itself, and any dialog (the import's), is not closed by Escape or its title bar's ✕:
    the work runs on behind it."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if not RUNNING:
            return False
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:  # taken by the focus widget: no menu shortcut fires (Ctrl+P …)
            event.accept()
            return True
        if kind == QEvent.Type.Shortcut:  # delivered to a QAction, not a widget
            return True
        if not isinstance(obj, QWidget):
            return False
        if kind in _INPUT:  # a message box (a refusal, a fault) is still answered
            return not isinstance(obj.window(), QMessageBox)
        if kind == QEvent.Type.Close and obj.isWindow() and (
                any(obj is dlg for _b, _j, dlg in RUNNING)
                or (isinstance(obj, QDialog) and not isinstance(obj, QMessageBox))):
            # A dialog whose work runs (an import's) is not closed by its title bar's ✕ or Alt+F4 in
            # the moment before the busy dialog makes it modal: closed, it said "cancelled" while the
            # work ran on. The main window's close waits for the work itself (finish_running).
            event.ignore()
            return True
        return False


_HOLD = _InputHold()


def _hold_input(on: bool) -> None:
    app = QApplication.instance()
    if app is None:
        return
    if on:
        app.installEventFilter(_HOLD)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    else:
        app.removeEventFilter(_HOLD)
        QApplication.restoreOverrideCursor()


def finish_running() -> None:
    """The window has closed (it can, say in the 300 ms before the busy dialog shows) while a backup
    or an import runs on the one connection: let that work end, and its end be delivered while the
    window still exists, before the data is snapshotted and closed."""
    for _bridge, job, _dlg in list(RUNNING):
        job.join()
    if RUNNING:
        QApplication.processEvents()


def run_long(parent: QWidget | None, work: Callable[..., Any], busy: str, title: str | None = None,
             done: Callable[[Any], None] | None = None, changes: Iterable[str] = (),
             progress: bool = False, after: Callable[[], None] | None = None) -> None:
    """Run long work off the GUI thread behind a modal busy dialog (a bar when `progress`: then
    work is called with a step(done, total) function); then, on the GUI thread, done(value) or
    the error's message; then after(), either way (say, to end a local event loop).

    One at a time: while long work runs, another is refused with a message (it would run on the
    same connection), and the windows take no input (_InputHold)."""
    if RUNNING:
        show_error(parent, still_running(), title)
        if after is not None:
            after()
        return
    dlg = QProgressDialog(busy, "", 0, 1000 if progress else 0, parent)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setCancelButton(None)  # half a backup is worth nothing: it runs to the end or fails cleanly
    # setMinimumDuration alone does not do it: a dialog with no steps showed after Qt's own 4 s.
    dlg.setMinimumDuration(SHOW_AFTER_MS)
    bridge = _Bridge()
    job = _Job(work, bridge, progress)
    held = (bridge, job, dlg)
    RUNNING.add(held)
    _hold_input(True)
    QTimer.singleShot(SHOW_AFTER_MS, dlg, lambda: held in RUNNING and dlg.show())

    def stepped(n: int, total: int) -> None:
        dlg.setValue(int(1000 * n / max(total, 1)))

    def finished(value, exc) -> None:
        job.join()  # the thread has emitted its end; let it return before the job is let go
        RUNNING.discard(held)
        _hold_input(False)
        if not gc.isenabled():  # the window's collector (widgets/gui_gc.py): what the work left, now
            gc.collect()
        dlg.close()
        dlg.deleteLater()
        try:
            if isinstance(exc, ParAppError):
                say(parent, exc, title)
                return
            if exc is not None:
                raise exc
            announce(parent, changes)
            if done is not None:
                done(value)
        finally:
            if after is not None:
                after()

    bridge.step.connect(stepped)
    bridge.finished.connect(finished)
    POOL().start(job)
