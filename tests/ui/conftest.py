import datetime as dt

import pytest

from parapp.store import open_database, settings

TODAY = dt.date(2024, 5, 20)


@pytest.fixture
def ui_db(tmp_path):
    db = open_database(tmp_path / "parapp.db")
    settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang",
                                                        place_name="Ba Giang"))
    yield db
    db.close()


class Said(list):
    """The messages said, in order; their titles beside them."""

    def __init__(self):
        super().__init__()
        self.titles: list[str] = []


@pytest.fixture
def errors(monkeypatch):
    """Message boxes would block a test: record what every warning box (the one way an error
    reaches the user, parapp.ui.widgets.texts.show_error) would have said, whichever module
    raised it. Questions and notices are left to the tests that answer them."""
    from PySide6.QtWidgets import QMessageBox

    said = Said()
    really_exec = QMessageBox.exec

    def record(box):
        if box.icon() == QMessageBox.Icon.Warning:
            said.append(box.text())
            said.titles.append(box.windowTitle())
            return QMessageBox.StandardButton.Ok
        return really_exec(box)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return said


@pytest.fixture
def window(qtbot, ui_db):
    from parapp.ui.main_window import MainWindow

    w = MainWindow(ui_db, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


class InlinePool:
    """Runs a long operation at once on the calling thread (Picard's FakeThreadPool idea): its
    end is delivered before run_long() returns, so a test never waits on a thread."""

    def start(self, job) -> None:
        job.run()


@pytest.fixture(autouse=True)
def inline_operations(monkeypatch):
    from parapp.ui.widgets import operation

    monkeypatch.setattr(operation, "POOL", InlinePool)
