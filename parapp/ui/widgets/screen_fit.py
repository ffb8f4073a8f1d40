"""The one place that sizes and places every window and dialog.

A commune's PC is most often a 1366×768 screen with a taskbar (1366×728 left),
sometimes at 125 % or 150 % scaling, sometimes a laptop taken off a bigger
monitor. So a window asks for the size it would like; here it gets at most
the available area of the screen it opens on, less room for its title bar,
centred on the window that opened it. The size it was left at (and the main
window's place) is remembered per screen layout, for this computer user: a
layout seen before gets its sizes back, a new one starts from the defaults,
and a window whose screen goes away or shrinks is moved back onto one.

Sizes are remembered in an .ini file of the computer user (QSettings), not in
the database: they belong to the screen in front of the user, and a database
carried on a USB stick to another PC meets another screen.
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSettings, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

# Until a window is shown its frame is unknown; Windows 10/11 draws about this much
# around a window at 100 % (title bar and the thin borders).
FRAME_GUESS = QMargins(8, 32, 8, 8)
GAP = 8  # a window never touches the screen's edge when it need not

_watching_screens = False


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ParApp", "windows")


def screen_for(widget: QWidget) -> QScreen:
    """The screen a window opens on: its parent's, else the one it is on, else the primary."""
    parent = widget.parentWidget()
    for w in (parent.window() if parent is not None else None, widget):
        if w is not None and w.isVisible():
            s = w.screen()
            if s is not None:
                return s
    return widget.screen() or QGuiApplication.primaryScreen()


def screen_layout(screen: QScreen) -> str:
    """A screen layout as remembered: the screen's name and its available size in logical pixels."""
    a = screen.availableGeometry()
    name = "".join(ch if ch.isalnum() else "_" for ch in (screen.name() or "screen"))
    return f"{name}_{a.width()}x{a.height()}"


def _frame(widget: QWidget) -> QMargins:
    handle = widget.windowHandle()
    if handle is not None and widget.isVisible():
        m = handle.frameMargins()
        if not m.isNull():
            return m
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return QMargins()  # no frames drawn at all
    return FRAME_GUESS


def largest_size(widget: QWidget, screen: QScreen | None = None) -> QSize:
    """The largest client size whose frame still fits the screen's available area."""
    screen = screen or screen_for(widget)
    a = screen.availableGeometry()
    m = _frame(widget)
    return QSize(a.width() - m.left() - m.right(), a.height() - m.top() - m.bottom())


def clamp_into(widget: QWidget, screen: QScreen | None = None) -> None:
    """Shrink the window to its screen's available area if needed and move its whole frame onto it."""
    screen = screen or screen_for(widget)
    a = screen.availableGeometry()
    m = _frame(widget)
    most = largest_size(widget, screen)
    if widget.width() > most.width() or widget.height() > most.height():
        widget.resize(min(widget.width(), most.width()), min(widget.height(), most.height()))
    frame_w = widget.width() + m.left() + m.right()
    frame_h = widget.height() + m.top() + m.bottom()
    pos = widget.pos()  # the frame's top-left corner
    x = max(a.left(), min(pos.x(), a.right() + 1 - frame_w))
    y = max(a.top(), min(pos.y(), a.bottom() + 1 - frame_h))
    if (x, y) != (pos.x(), pos.y()):
        widget.move(x, y)


def _centre_on(widget: QWidget, area: QRect) -> None:
    m = _frame(widget)
    frame = QSize(widget.width() + m.left() + m.right(), widget.height() + m.top() + m.bottom())
    widget.move(QPoint(area.center().x() - frame.width() // 2 + 1, area.center().y() - frame.height() // 2 + 1))


class _Placement:
    """What is known of one window: what it asked for, under which name its size is remembered,
    and the size it was given. Held in `_placements` by the window's C++ address, never by the
    window's Python object (see `lifetime.py`: a Python object that Qt calls back into must not
    keep state the collector can clear)."""

    __slots__ = ("preferred", "key", "remember_place", "placed", "placed_size", "hooked")

    def __init__(self, preferred: QSize | None, key: str, remember_place: bool):
        self.preferred = preferred
        self.key = key
        self.remember_place = remember_place
        self.placed = False
        self.placed_size = QSize()
        self.hooked = False


_placements: dict[int, _Placement] = {}


class _Placer(QObject):
    """The one event filter every fitted window shares. It keeps no state of its own: Qt calls it
    for as long as any window lives, and it is held by this module (`_filter`), so Python's
    collector never clears it; what it knows of each window is in `_placements`."""

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        t = event.type()
        if t not in (QEvent.Type.Show, QEvent.Type.Hide) or event.spontaneous():
            return False
        p = _placements.get(address(obj))
        if p is None or not isinstance(obj, QWidget):
            return False
        if t == QEvent.Type.Show:
            _place(obj, p)
            # A message box settles its size in its own show handling, after this filter:
            # look again once it is up (the timer dies with the window).
            QTimer.singleShot(0, obj, partial(_recheck, address(obj)))
            handle = obj.windowHandle()
            if handle is not None and not p.hooked:
                handle.screenChanged.connect(partial(_screen_changed, address(obj)))
                p.hooked = True
        elif p.placed:
            _remember(obj, p)
        return False


_filter: _Placer | None = None


def address(obj: QObject) -> int:
    """The C++ object's address: the same whatever Python object stands for it today."""
    return int(shiboken6.getCppPointer(obj)[0])


def _widget_at(key: int) -> QWidget | None:
    """The live window at an address held in `_placements` (entries go when Qt destroys it)."""
    if key not in _placements:
        return None
    w = shiboken6.wrapInstance(key, QWidget)
    return w if shiboken6.isValid(w) else None


def _forget(key: int, *_args) -> None:
    _placements.pop(key, None)


def _recheck(key: int) -> None:
    w, p = _widget_at(key), _placements.get(key)
    if w is None or p is None or not w.isVisible() or w.isMaximized():
        return
    parent = w.parentWidget()
    if w.size() != p.placed_size and not p.remember_place:
        # It grew or shrank while showing (a message box fits its text): centre it again.
        area = parent.window().frameGeometry() if parent is not None and parent.window().isVisible() \
            else (w.screen() or screen_for(w)).availableGeometry()
        _centre_on(w, area)
    clamp_into(w, w.screen() or screen_for(w))


def _screen_changed(key: int, screen) -> None:
    w = _widget_at(key)
    if w is not None and screen is not None and w.isVisible() and not w.isMaximized():
        clamp_into(w, screen)


def _place(w: QWidget, p: _Placement) -> None:
    screen = screen_for(w)
    a = screen.availableGeometry()
    most = largest_size(w, screen)
    saved = settings().value(f"{p.key}/{screen_layout(screen)}")
    size = w.size()  # the preferred size, or what the code resized it to since
    resized_by_code = p.preferred is not None and size != p.preferred
    if isinstance(saved, (list, tuple)) and len(saved) >= 2 and not resized_by_code:
        size = QSize(int(saved[0]), int(saved[1]))  # the size the user left it at on this screen
    # The content's own minimum wins over a remembered or preferred size that is too
    # small, never over the screen: long forms scroll instead (see the dialogs).
    hint = w.minimumSizeHint()
    size = size.expandedTo(hint) if hint.isValid() else size
    w.resize(min(size.width(), most.width()), min(size.height(), most.height()))
    parent = w.parentWidget()
    if p.remember_place and isinstance(saved, (list, tuple)) and len(saved) >= 4:
        w.move(int(saved[2]), int(saved[3]))
    elif parent is not None and parent.window().isVisible():
        _centre_on(w, parent.window().frameGeometry())
    else:
        _centre_on(w, a)
    clamp_into(w, screen)
    p.placed_size = w.size()
    if p.remember_place and isinstance(saved, (list, tuple)) and len(saved) >= 5 and str(saved[4]) == "max":
        from PySide6.QtCore import Qt  # here only: loading the Qt namespace costs start-up time

        w.setWindowState(w.windowState() | Qt.WindowState.WindowMaximized)
    p.placed = True


def _remember(w: QWidget, p: _Placement) -> None:
    screen = w.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    g = w.normalGeometry() if w.isMaximized() else w.geometry()
    value: list = [g.width(), g.height()]
    if p.remember_place:
        frame = w.frameGeometry() if not w.isMaximized() else g
        value += [frame.x(), frame.y(), "max" if w.isMaximized() else "normal"]
    s = settings()
    s.setValue(f"{p.key}/{screen_layout(screen)}", value)
    s.sync()


def fit_window(widget: QWidget, width: int | None = None, height: int | None = None, *, key: str | None = None,
               remember_place: bool = False) -> None:
    """Give a window or dialog its preferred size (None: what its layout asks for), to be
    fitted to its screen, centred on its parent and remembered each time it is shown."""
    global _filter
    if not isinstance(widget, QWidget) or is_fitted(widget):
        return  # a stand-in a test put there, or placed already
    preferred = QSize(width, height) if width and height else None
    if preferred is not None:
        widget.resize(preferred)
    if _filter is None:
        _filter = _Placer()  # parentless and held here: alive as long as the application
    where = address(widget)
    _placements[where] = _Placement(preferred, key or type(widget).__name__, remember_place)
    # Forgotten when Qt destroys the window (a new window may later be made at the same address).
    widget.destroyed.connect(partial(_forget, where))
    widget.installEventFilter(_filter)
    _watch_screens()


def is_fitted(widget: QWidget) -> bool:
    """Whether fit_window() looks after this window."""
    return address(widget) in _placements


def bring_onto_screen(widget: QWidget) -> None:
    """What a change of screens does to a window: back onto the screen it is on, if it left it."""
    _screen_changed(address(widget), widget.screen())


def _watch_screens() -> None:
    """A screen unplugged or made smaller: every open window comes back onto a screen."""
    global _watching_screens
    app = QApplication.instance()
    if _watching_screens or app is None:
        return
    _watching_screens = True
    app.screenRemoved.connect(_refit_all)
    app.screenAdded.connect(_watch_screen)
    for s in app.screens():
        _watch_screen(s)


def _watch_screen(screen: QScreen) -> None:
    screen.availableGeometryChanged.connect(_refit_all)


def _refit_all(*_args) -> None:
    for key in list(_placements):
        w = _widget_at(key)
        if w is not None and w.isVisible() and not w.isMaximized():
            clamp_into(w, w.screen() or QGuiApplication.primaryScreen())


def fit_to_screen(w: QWidget, width: int, height: int, margin: int = 40) -> None:
    """The first helper's name, kept so that code written against it still fits its windows."""
    fit_window(w, width, height)
