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


@pytest.fixture
def errors(monkeypatch):
    """Message boxes would block a test: record what they would have said."""
    said = []
    for mod in ("task_editor", "officials_page", "plans_page", "settings_dialog"):
        monkeypatch.setattr(f"parapp.ui.{mod}.show_error", lambda parent, msg, title=None: said.append(msg))
    return said


@pytest.fixture
def window(qtbot, ui_db):
    from parapp.ui.main_window import MainWindow

    w = MainWindow(ui_db, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    return w
