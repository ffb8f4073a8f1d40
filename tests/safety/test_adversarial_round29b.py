"""Round 29B of issue 21: read-only use and a second window, attacking what round 28B and the lead built (the sweep
at every private copy, "no usable temporary folder", the single-instance check by folder identity, the reminder
strip that follows the data). Each test failed before its fix."""

from __future__ import annotations

import tempfile


def test_a_second_start_with_the_temporary_folder_gone_brings_the_window_forward(qapp, tmp_path, monkeypatch):
    # TMPDIR naming a folder that is gone (a session's, removed; a broken profile): Python's tempfile passes over it
    # and ParApp works, but Qt makes its local socket in TMPDIR as named, so the open window's socket was never made.
    # A second start found the folder's lock held, heard nobody, and ended silently (exit 0 in 0.5 s, the open window
    # not brought forward: ParApp "does not start"), twice under Xvfb on main cce4876.
    from parapp.ui.single_instance import SingleInstance

    from .test_adversarial_round26b import _wait

    monkeypatch.setenv("TMPDIR", str(tmp_path / "gone"))
    monkeypatch.setattr(tempfile, "tempdir", None)
    data = tmp_path / "data"
    data.mkdir()
    first = second = None
    try:
        first = SingleInstance(data)
        assert first.acquire()
        shown = []
        first.activated.connect(lambda: shown.append(True))
        second = SingleInstance(data)
        assert second.acquire() is False
        _wait(lambda: shown, 5)
        assert shown
    finally:
        for one in (second, first):
            if one is not None:
                one.release()
