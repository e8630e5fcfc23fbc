"""Helpers for the registry tests: small hand-made documents and database snapshots."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sochi_er import Role, Source, StatementBuilder
from sochi_er.registry import ParsedDocument


def document(location: str, names: list[str], title: str = "a statement") -> ParsedDocument:
    """A parsed document whose one statement is signed by *names*, in order."""
    text = "\n".join(names) + "\n"
    source = Source.from_text(location, text)
    builder = StatementBuilder(source, text)
    offset = 0
    for ordinal, name in enumerate(names, start=1):
        builder.add(name, Role.SIGNATORY, offset, ordinal)
        offset += len(name) + 1
    return ParsedDocument(source, "test", (builder.build(title=title),))


def snapshot(path: Path) -> list[str]:
    """Every row of every table, as SQL, for before/after comparisons."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
