"""The only package that talks to SQLite. Functions take an open Database."""

_FROM_DB = ("open_database", "StoreError", "schema_version")


def __getattr__(name: str):
    # `from parapp.store import open_database` as always; the light modules (errors,
    # connect, writer_lock) can be imported without loading sqlite_utils, which the
    # window does before its frame is shown.
    if name in _FROM_DB:
        from parapp.store import db

        return getattr(db, name)
    raise AttributeError(f"module 'parapp.store' has no attribute {name!r}")


__all__ = list(_FROM_DB)
