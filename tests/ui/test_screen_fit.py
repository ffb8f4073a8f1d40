"""The one place that sizes and places windows: remembered per screen, never off it."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from parapp.ui.widgets import screen_fit
from tests.ui.settle import settle


class _Dialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        QVBoxLayout(self).addWidget(QLabel("Văn bản"))
        screen_fit.fit_window(self, 700, 500, key="TestDialog")


def test_a_size_is_remembered_for_the_screen_it_was_left_on(qtbot):
    first = _Dialog()
    qtbot.addWidget(first)
    first.show()
    assert (first.width(), first.height()) == (700, 500)
    first.resize(520, 380)
    first.hide()
    again = _Dialog()
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (520, 380)
    screen = again.screen()
    sig = screen_fit.screen_layout(screen)
    assert screen_fit.settings().value(f"TestDialog/{sig}") is not None
    assert str(screen.availableGeometry().width()) in sig  # another screen layout, other sizes


def test_never_larger_than_the_screen_and_back_on_it(qtbot):
    huge = QDialog()
    QVBoxLayout(huge).addWidget(QLabel("x"))
    screen_fit.fit_window(huge, 5000, 4000, key="Huge")
    qtbot.addWidget(huge)
    huge.show()
    a = huge.screen().availableGeometry()
    assert a.contains(huge.frameGeometry())
    huge.move(QPoint(a.right() + 500, a.bottom() + 500))  # as if its screen had been unplugged
    screen_fit.bring_onto_screen(huge)
    assert a.contains(huge.frameGeometry())


def test_a_dialog_opens_centred_on_its_window(qtbot, window):
    dlg = _Dialog(window)
    qtbot.addWidget(dlg)
    dlg.show()
    settle(qtbot, 20)
    w, d = window.frameGeometry(), dlg.frameGeometry()
    assert abs(w.center().x() - d.center().x()) <= 2 and abs(w.center().y() - d.center().y()) <= 2
