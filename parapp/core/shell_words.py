"""A path as a command a message prints must hold it, so the command runs as printed when pasted into a shell."""

from __future__ import annotations

import ntpath
import os
import shlex
import unicodedata
from pathlib import Path

# Read by a POSIX shell even inside double quotes ("!" by an interactive bash): a folder named with one of them made
# the printed command name another folder, or run what backticks held (round 29A).
_READ_IN_DOUBLE_QUOTES = frozenset('$`"\\!')


def full_path(path: object) -> str:
    """The path from the root, as the system reached it: a relative one, printed back as given, named no file when
    the command was run from another folder (round 29A; the way back from a restore since round 25A). With "..", the
    folder as the system reached it (abspath reads `x/../d` lexically, another folder when x is a link: round 26A);
    without, as typed (realpath would turn a mapped drive Z:\\ into \\\\server\\share on Windows)."""
    text = os.fspath(path) if isinstance(path, os.PathLike) else str(path)
    if ".." in Path(text).parts:
        return os.path.join(os.path.realpath(os.path.dirname(text)), os.path.basename(text))
    if ntpath.isabs(text) and not os.path.isabs(text):
        return text  # a Windows path named here (a message about a Windows PC's file, read on another system)
    return os.path.abspath(text)


def shell_arg(path: object) -> str:
    """`path`, from the root, quoted for this system's shell: in double quotes as the messages always printed it
    (Windows names hold no double quote, and cmd reads none of these characters), in single quotes on POSIX when
    double quotes would not hold the name as it is."""
    text = full_path(path)
    if os.name != "nt" and _READ_IN_DOUBLE_QUOTES & set(text):
        return shlex.quote(text)
    return f'"{text}"'


def printable(text: str) -> str:
    """`text` from a file (a backup's manifest) with its control and format characters as spaces: printed as they
    were, a hostile backup's ESC sequences, carriage returns and line breaks rewrote the terminal ("Đã khôi phục …")
    or added lines of their own to what check and restore said (round 29A)."""
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cf") else c for c in text)
