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
