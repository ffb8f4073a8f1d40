"""The schema's migrations, as the rest of the store knows them (see parapp/store/migrations/)."""

from __future__ import annotations

from sqlite_utils import Database, Migrations  # noqa: F401 - Migrations re-exported for tests

from parapp.store.migrations import MIGRATION_SET, migrations

__all__ = ["KNOWN", "MIGRATION_SET", "Migrations", "migrations", "schema_version"]

# Every known migration, in order; a database that applied one not listed is from a newer ParApp.
KNOWN = [m.name for m in migrations._migrations]  # noqa: SLF001 - public list not offered


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))
