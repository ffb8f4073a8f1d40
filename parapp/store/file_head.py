"""The store's name for core.file_head: a file's first bytes read without costing this process's SQLite locks on it.
Kept in the core since round 45A: the importers there read what the clerk drops on their dialog (the window's own
parapp.db among what can be dropped), and one registry of held databases serves every layer."""

from __future__ import annotations

from parapp.core.file_head import copy_file, head, held, released

__all__ = ["copy_file", "head", "held", "released"]
