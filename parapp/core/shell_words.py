"""A path as a command a message prints must hold it, so the command runs as printed when pasted into a shell."""

from __future__ import annotations

import os
import shlex

# Read by a POSIX shell even inside double quotes ("!" by an interactive bash): a folder named with one of them made
# the printed command name another folder, or run what backticks held (round 29A).
_READ_IN_DOUBLE_QUOTES = frozenset('$`"\\!')


def shell_arg(path: object) -> str:
    """`path` quoted for this system's shell: in double quotes as the messages always printed it (Windows names hold
    no double quote, and cmd reads none of these characters), in single quotes on POSIX when double quotes would not
    hold the name as it is."""
    text = str(path)
    if os.name != "nt" and _READ_IN_DOUBLE_QUOTES & set(text):
        return shlex.quote(text)
    return f'"{text}"'
