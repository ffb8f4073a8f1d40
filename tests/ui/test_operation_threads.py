"""Long operations on real threads (the rest of the suite runs them inline): each one's end is
delivered on the GUI thread, an error is said once, and a job is let go only once its thread has
returned. A QThreadPool runnable let go when its end arrived could be freed while the pool thread
still held it: the window vanished after a restore, once in eleven, on a real screen."""

from __future__ import annotations

import gc
import threading

from parapp.core.messages import ParAppError


def test_many_long_operations_end_on_the_gui_thread_and_leave_nothing_running(qtbot, monkeypatch, errors):
    from parapp.ui.widgets import operation

    monkeypatch.setattr(operation, "POOL", operation._Threads)
    gui = threading.current_thread()
    ended: list[tuple[int, bool]] = []
    workers: set[str] = set()

    def work(i: int):
        workers.add(threading.current_thread().name)
        if i % 10 == 9:
            raise ParAppError("Không đọc được tệp {0}.", str(i))
        return i

    for i in range(60):
        operation.run_long(None, lambda i=i: work(i), "Đang làm…", "Chưa xong",
                           done=lambda v: ended.append((v, threading.current_thread() is gui)))
        qtbot.waitUntil(lambda: not operation.RUNNING, timeout=5000)
        gc.collect()
    assert [v for v, _ in ended] == [i for i in range(60) if i % 10 != 9]
    assert all(on_gui for _, on_gui in ended)
    assert workers == {"parapp-operation"}  # the work ran off the GUI thread
    assert len(errors) == 6  # each refusal said once
    assert not [t for t in threading.enumerate() if t.name == "parapp-operation"]


def test_what_the_window_let_go_is_freed_on_the_gui_thread_not_on_an_operations_thread(qtbot, monkeypatch, qapp):
    """The window's collector: cyclic garbage (here, stand-ins for Qt objects the old window let go)
    is never collected by the thread a restore or a backup runs on, however much that work allocates."""
    import gc

    from parapp.ui.widgets import gui_gc, operation

    monkeypatch.setattr(operation, "POOL", operation._Threads)
    freed_on: list[str] = []

    class LetGo:
        def __init__(self):
            self.me = self  # a cycle: only the collector frees it

        def __del__(self):
            freed_on.append(threading.current_thread().name)

    was_enabled = gc.isenabled()  # off for the whole suite, as in the window (tests/conftest.py)
    timer = gui_gc.collect_on_gui_thread(qapp)
    try:
        for _ in range(50):
            LetGo()

        def work():
            junk = [[i] for i in range(200_000)]  # far past every threshold of an automatic collector
            return len(junk)

        ended = []
        operation.run_long(None, work, "Đang khôi phục…", done=ended.append)
        qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    finally:
        timer.stop()
        if was_enabled:
            gc.enable()
    assert freed_on and set(freed_on) == {threading.current_thread().name}


def test_work_still_running_when_the_window_closes_ends_before_the_data_closes(qapp, monkeypatch):
    """Adversarial round 5: the window closed (before the busy dialog showed) while a backup ran; the
    data was snapshotted and closed under it. The app now lets it end, and delivers its end, first."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from parapp.ui.widgets import operation

    monkeypatch.setattr(operation, "POOL", operation._Threads)
    w = QWidget()
    w.show()
    state: dict = {}

    def work():
        time.sleep(0.6)
        state["ran"] = True
        return "saved"

    operation.run_long(w, work, "Đang sao lưu…", "Chưa sao lưu được", done=lambda v: state.update(done=v))
    QTimer.singleShot(100, w.close)
    qapp.exec()  # ends when the last window closes, the backup still running
    assert "ran" not in state
    operation.finish_running()
    assert state == {"ran": True, "done": "saved"} and not operation.RUNNING
