"""The registry's SQLite schema, its migrations and its transactions.

Contract: :func:`connect` opens a registry in WAL mode with foreign keys on and a busy
timeout, and brings its schema to :data:`SCHEMA_VERSION` (``PRAGMA user_version``) by
running the missing steps of :data:`MIGRATIONS` in one transaction. :func:`transaction`
is ``BEGIN IMMEDIATE`` ... ``COMMIT``: writers take the write lock at the start, so two
processes writing at once run one after the other, and any exception rolls everything
back. :func:`reading` gives readers one consistent state without blocking writers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sochi_er.registry.errors import RegistryError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "connect", "reading", "transaction"]

#: One tuple of SQL statements per schema version; never edit a released step, append one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE adds (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE sources (
            sha256 TEXT PRIMARY KEY,
            location TEXT NOT NULL,
            media_type TEXT NOT NULL,
            parser TEXT NOT NULL,
            add_seq INTEGER NOT NULL REFERENCES adds(seq)
        )""",
        """CREATE TABLE statements (
            id TEXT PRIMARY KEY,
            source_sha256 TEXT NOT NULL REFERENCES sources(sha256),
            position INTEGER NOT NULL,
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            title TEXT,
            date TEXT,
            published TEXT,
            language TEXT,
            url TEXT,
            author TEXT,
            reported_in TEXT,
            claimed_signers TEXT NOT NULL,
            persons TEXT NOT NULL,
            skipped TEXT NOT NULL
        )""",
        """CREATE TABLE organisations (
            id TEXT PRIMARY KEY,
            rank INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL,
            redirect_to TEXT REFERENCES organisations(id)
        )""",
        """CREATE TABLE mentions (
            id TEXT PRIMARY KEY,
            statement_id TEXT NOT NULL REFERENCES statements(id),
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            document TEXT NOT NULL,
            ordinal INTEGER,
            span_start INTEGER,
            span_end INTEGER,
            person TEXT,
            person_role TEXT,
            country TEXT,
            place TEXT,
            legal_form TEXT,
            organisation_id TEXT NOT NULL REFERENCES organisations(id)
        )""",
        "CREATE INDEX mentions_by_organisation ON mentions(organisation_id)",
        "CREATE INDEX mentions_by_name ON mentions(name)",
        "CREATE INDEX mentions_by_statement ON mentions(statement_id, position)",
        """CREATE TABLE name_keys (
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (key, name)
        ) WITHOUT ROWID""",
        """CREATE TABLE judgements (
            id INTEGER PRIMARY KEY,
            left_ref TEXT NOT NULL,
            right_ref TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('same', 'different', 'unsure')),
            note TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        )""",
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            organisation_id TEXT NOT NULL REFERENCES organisations(id),
            kind TEXT NOT NULL CHECK (kind IN ('created', 'merged', 'split')),
            other_id TEXT REFERENCES organisations(id),
            detail TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
        "CREATE INDEX events_by_organisation ON events(organisation_id)",
        """CREATE TABLE review_pairs (
            left_mention TEXT NOT NULL REFERENCES mentions(id),
            right_mention TEXT NOT NULL REFERENCES mentions(id),
            score REAL NOT NULL,
            explanation TEXT NOT NULL,
            PRIMARY KEY (left_mention, right_mention)
        ) WITHOUT ROWID""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
#: Seconds a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT = 600.0


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` for the block; ``COMMIT`` at its end, ``ROLLBACK`` on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def reading(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A read transaction: every query in the block sees one committed state, and (in
    WAL mode) neither waits for a writer nor holds one up."""
    conn.execute("BEGIN DEFERRED")
    try:
        yield conn
    finally:
        conn.execute("COMMIT")


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _migrate(conn: sqlite3.Connection, where: str) -> None:
    if _version(conn) == SCHEMA_VERSION:
        return  # the usual case: no write lock taken, so readers never wait for a writer
    with transaction(conn):
        version = _version(conn)
        if version > SCHEMA_VERSION:
            raise RegistryError(
                f"{where}: schema version {version} is newer than this sochi-er "
                f"({SCHEMA_VERSION}); upgrade sochi-er"
            )
        for step in MIGRATIONS[version:]:
            for sql in step:
                conn.execute(sql)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def connect(path: Path, *, create: bool) -> sqlite3.Connection:
    """Open the registry at *path* (created when *create*; else a missing file is a
    :class:`RegistryError`) and migrate it to :data:`SCHEMA_VERSION`."""
    if not create and not path.is_file():
        raise RegistryError(f"{path}: no such registry")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        _migrate(conn, str(path))
    except sqlite3.DatabaseError as exc:
        raise RegistryError(f"{path}: not a registry ({exc})") from None
    return conn
