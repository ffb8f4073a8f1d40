"""What a command says while it waits for another ParApp to finish writing."""

from __future__ import annotations

import sys


def say_waiting(activity: str) -> None:
    print(f"ParApp đang ghi dữ liệu ({activity}…); đang chờ…", file=sys.stderr, flush=True)
