"""Fixtures shared by the safety tests."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def as_root(monkeypatch):
    """ParApp as root (an administrator's `sudo parapp …` on an account's data), whatever account runs the test."""
    from parapp.store import atomic

    monkeypatch.setattr(atomic, "_as_root", lambda: True)
    monkeypatch.setattr(os, "chown", lambda *a, **k: None)  # the test may run as an account that owns nothing
    monkeypatch.setattr(os, "fchown", lambda *a, **k: None)


@pytest.fixture
def demo(tmp_path):
    """The demo commune of 4/12/2026 (rounds 21B, 24D and 25C)."""
    import datetime as dt

    from parapp.services.demo import build_demo
    from parapp.store import open_database

    db = open_database(tmp_path / "parapp.db")
    build_demo(db, dt.date(2026, 12, 4))
    yield db
    db.close()


@pytest.fixture
def office(tmp_path):
    """The demo commune of 4/12/2026, its documents numbered by the office (rounds 22B and 23B)."""
    import datetime as dt

    from parapp.services.demo import build_demo
    from parapp.store import open_database, settings

    db = open_database(tmp_path / "parapp.db")
    build_demo(db, dt.date(2026, 12, 4))
    s = settings.load_settings(db)
    s.numbering = "office"
    settings.save_settings(db, s)
    yield db
    db.close()
