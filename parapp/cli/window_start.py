"""The window's usual start, from a shortcut (`parapp`, `parapp --db X --lang en --minimized`), read
without argparse: loading and building argparse's parsers was a tenth of what the window's start
did before its frame. Anything else goes to argparse (cli.main), which reads and refuses it."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from types import SimpleNamespace

from parapp.core.messages import LANGUAGES, ParAppError


def window_only(argv: list[str]) -> bool:
    """Only the window's options (--db, --lang, --minimized): the usual start, from a shortcut."""
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--minimized" or a.startswith(("--db=", "--lang=")):
            i += 1
        elif a in ("--db", "--lang") and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            i += 2
        else:
            return False
    return True


def window_options(argv: list[str]) -> SimpleNamespace | None:
    """The window's three options read without argparse (loading and building it is a tenth of
    what the window's start does before its frame); None when a value is not one argparse takes,
    so that argparse says what is wrong."""
    values: dict = {"command": None, "db": None, "lang": None, "minimized": False}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--minimized":
            values["minimized"] = True
            i += 1
            continue
        name, _, given = a.partition("=")
        value = given if given or a.endswith("=") else argv[i + 1]
        i += 1 if given or a.endswith("=") else 2
        values[name[2:]] = value
    return None if values["lang"] is not None and values["lang"] not in LANGUAGES else SimpleNamespace(**values)


@contextmanager
def said_in_a_box(lang: str | None, window: bool = True):
    """What stops a window's start, said in a box when there is no stderr: started from a shortcut (the windowed
    bundle, pythonw), the message reached no one and ParApp seemed not to start at all (round 11), and "Xem thử với
    một xã mẫu", which starts `demo --open` detached, did nothing on a full disk (round 30B). From a console, on
    stderr as ever (a box needs a screen). Raised on in both cases."""
    try:
        yield
    except ParAppError as exc:
        if window and sys.stderr is None:
            from parapp.ui.app import say_before_window

            say_before_window(exc, lang)
        raise
