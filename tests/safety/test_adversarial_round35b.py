"""Adversarial round 35B: read-only use and full disks (a small tmpfs filled with dd to a set margin, a tiny TMPDIR,
read-only media with a -wal, another ParApp holding the writer lock) against what round 34B changed and the lead's
newer write paths: what each says and leaves when it fails. Each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import sqlite3


def _full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def test_an_urging_letter_is_shown_when_its_signer_cannot_be_remembered(qapp, tmp_path, monkeypatch):
    """"Soạn công văn đôn đốc…" → "Xem trước" on a disk that filled while the window was open (6 MB tmpfs, 0 and 4 KB
    left, twice): the letter was made, then remembering who signed it (a preference, for the next letter) could not be
    written, and SQLite's "database or disk is full" went past the dialog: no letter shown, nothing to print or save to
    a USB stick, for a line of bookkeeping the clerk never asked for. The letter is shown; the signer is remembered
    when the disk has room (the next letter's list offers it again anyway)."""
    from parapp.services import letters
    from parapp.store import open_database
    from parapp.ui.chasing import letter_dialog
    from parapp.ui.preview import pdf_preview

    from .test_adversarial_round25a import _demo

    db = open_database(_demo(tmp_path))
    shown: list[str] = []

    class Preview:
        def __init__(self, pdf, name, note, parent, word=None):
            shown.append(name)

        def exec(self):
            return 0

    monkeypatch.setattr(pdf_preview, "PdfPreview", Preview)
    monkeypatch.setattr(letters, "set_pref", _full)  # the disk is full by now
    dialog = letter_dialog.LetterDialog(db, dt.date.today(), None)
    try:
        assert dialog.chosen_offices()
        dialog.preview()
    finally:
        dialog.deleteLater()
    assert len(shown) == 1 and shown[0].startswith("Công văn đôn đốc")
    assert not db.conn.in_transaction
    db.close()

