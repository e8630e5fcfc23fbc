"""``export``: the registry as the files ``sochi-er resolve`` writes (mentions.csv,
organisations.csv, statements.jsonl), through the same writer, atomically; optionally
FollowTheMoney entities too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sochi_er.linkage import LinkageConfig
from sochi_er.registry.ftm import FTM_FILE, write_ftm
from sochi_er.registry.snapshot import Snapshot, load_snapshot
from sochi_er.report import write_tables

__all__ = ["FTM_FILE", "export_registry"]


def export_registry(
    conn: sqlite3.Connection,
    out_dir: Path,
    config: LinkageConfig | None = None,
    *,
    ftm: bool = False,
) -> Snapshot:
    """Write the three files into *out_dir* (created if missing), and the
    FollowTheMoney entities (:data:`FTM_FILE`, :mod:`sochi_er.registry.ftm`, written
    first, so a missing optional dependency leaves the folder untouched) when *ftm*;
    without *ftm* a :data:`FTM_FILE` left by an earlier export is removed (it would no
    longer match the tables). Returns what was written."""
    snap = load_snapshot(conn, config)
    if ftm:
        write_ftm(snap, out_dir)
    write_tables(
        snap.organisations,
        snap.mention_organisation,
        snap.statement_groups,
        snap.statements,
        out_dir,
    )
    if not ftm:  # an earlier export's entities would no longer match the tables
        (out_dir / FTM_FILE).unlink(missing_ok=True)
    return snap
