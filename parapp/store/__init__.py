"""The only package that talks to SQLite. Functions take an open Database."""

from parapp.store.db import open_database, StoreError, schema_version  # noqa: F401
