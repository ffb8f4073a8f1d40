"""Reading a plan's tasks from what officials copy: Word/Excel tables, CSV,
XLSX, DOCX, and plans written as lists. No Qt, no SQLite: the result is a
preview that the store imports in one transaction once confirmed."""

from parapp.core.importing.model import ImportResult, ImportedTask, Problem, Unreadable  # noqa: F401
from parapp.core.importing.parse import parse_bytes, parse_file, parse_text, remap  # noqa: F401
