"""``export``: the registry as the files ``sochi-er resolve`` writes (mentions.csv,
organisations.csv, statements.jsonl), through the same writer, atomically."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sochi_er.linkage import LinkageConfig
from sochi_er.registry.snapshot import Snapshot, load_snapshot
from sochi_er.report import write_tables

__all__ = ["export_registry"]


def export_registry(
    conn: sqlite3.Connection, out_dir: Path, config: LinkageConfig | None = None
) -> Snapshot:
    """Write the three files into *out_dir* (created if missing); returns what was
    written."""
    snap = load_snapshot(conn, config)
    write_tables(
        snap.organisations, snap.mention_organisation, snap.statement_groups,
        snap.statements, out_dir,
    )
    return snap
