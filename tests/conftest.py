import datetime as dt
import os

# Before any Qt import: the tests run without a display, on CI and here.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# What a test prints must not depend on the fonts this host has installed (Windows has Times
# New Roman, Debian does not): only the folders a test names are searched.
os.environ["PARAPP_FONT_DIRS"] = ""

import pytest  # noqa: E402

from parapp.store import open_database  # noqa: E402

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
