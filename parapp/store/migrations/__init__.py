"""Schema migrations, one module each, applied in this order through sqlite-utils'
Migrations. Migrations are known by name; the schema version is how many have run.
Never edit or reorder a released migration, and never let one call today's code
(it would change what it writes whenever that code does): add a new one. Each runs
in one transaction with its record (sqlite-utils does that), so a failed upgrade
leaves the old schema whole."""

from parapp.store.migrations import (  # noqa: F401 - imported in order to register them
    m0001_initial, m0002_periods_reports, m0003_report_font, m0004_evidence_audit, m0005_figures_outputs,
    m0006_par_index, m0008_signed_copies, m0010_change_log,
    m0011_register_order, m0012_carried_over,
)
from parapp.store.migrations.base import MIGRATION_SET, migrations

__all__ = ["MIGRATION_SET", "migrations"]
