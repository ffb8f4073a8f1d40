import datetime as dt
import gc
import json
import os
import tempfile

# Before any Qt import: the tests run without a display, on CI and here, on one
# 1920×1080 screen (offscreen's own default is 800×600, smaller than any office PC;
# tests/ui/test_fits_screen.py checks the small screens).
_SESSION_DIR = tempfile.mkdtemp(prefix="parapp-tests-")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = os.path.join(_SESSION_DIR, "screen.json")
    with open(_screen, "w", encoding="utf-8") as fh:
        json.dump({"screens": [{"name": "test", "x": 0, "y": 0, "width": 1920, "height": 1080}]}, fh)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
# What a test prints must not depend on the fonts this host has installed (Windows has Times
# New Roman, Debian does not): only the folders a test names are searched.
os.environ["PARAPP_FONT_DIRS"] = ""

import pytest  # noqa: E402

from parapp.store import open_database  # noqa: E402


def pytest_configure(config):
    # Remembered window sizes go to the session's folder, never to the user's own settings.
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.path.join(_SESSION_DIR, "settings"))
    # The collector as the window runs it (parapp/ui/widgets/gui_gc.py): never automatic, so never on an operation's
    # thread (an import, a restore) nor half-way through building a widget; collected on this thread between tests.
    # Left automatic, the suite crashed (SIGSEGV) in 3 of 8 runs at random Qt calls (building a ReportEditor, a tr()
    # in an ImportDialog), each some tests after ones that ran operations on worker threads.
    gc.disable()


class _Tests:
    run = 0


@pytest.fixture(autouse=True)
def _collect_between_tests():
    yield
    _Tests.run += 1
    gc.collect(2 if _Tests.run % 25 == 0 else 0)  # what the test left; everything now and then, as the window's timer

TODAY = dt.date(2024, 5, 20)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "parapp.db"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def word_copies(tmp_path_factory):
    """Every Word copy the tests check, with LibreOffice's PDF of it (tests/word_copies.py)."""
    from tests.word_copies import convert_all

    return convert_all(tmp_path_factory.mktemp("word"))


@pytest.fixture(scope="session")
def word_pdfs(word_copies):
    return {name: c["pdf"] for name, c in word_copies.items()}
