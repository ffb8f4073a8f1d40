"""Pause Python's cyclic garbage collector around bulk reads.

Reading 50,000 tasks allocates hundreds of thousands of small objects, and
the collector runs over and over while they are made, though none of them
form cycles: pausing it cut a year report's assembly by a fifth. Reference
counting still frees everything as usual.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused_gc():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
