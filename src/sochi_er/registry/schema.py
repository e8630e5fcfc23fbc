"""The registry's SQLite schema, its migrations and its transactions.

Contract: :func:`connect` opens a registry in WAL mode with foreign keys on and a busy
timeout, and brings its schema to :data:`SCHEMA_VERSION` (``PRAGMA user_version``) by
running the missing steps of :data:`MIGRATIONS` in one transaction. :func:`transaction`
is ``BEGIN IMMEDIATE`` ... ``COMMIT``: writers take the write lock at the start, so two
processes writing at once run one after the other, and any exception rolls everything
back. :func:`reading` gives readers one consistent state without blocking writers.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sochi_er.registry.errors import RegistryError

__all__ = ["APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "connect", "reading", "transaction"]

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
    ("CREATE INDEX organisations_by_redirect ON organisations(redirect_to)",),
    (
        """CREATE TABLE merged_members (
            organisation_id TEXT NOT NULL REFERENCES organisations(id),
            mention_id TEXT NOT NULL REFERENCES mentions(id),
            PRIMARY KEY (organisation_id, mention_id)
        ) WITHOUT ROWID""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
#: ``PRAGMA application_id`` of every registry ("SoER").
APPLICATION_ID = 0x536F4552
#: The tables of schema version 1: a file with them, ``user_version`` > 0 and no
#: application id is a registry made before the id was set.
REGISTRY_TABLES = frozenset(
    {
        "adds",
        "sources",
        "statements",
        "organisations",
        "mentions",
        "name_keys",
        "judgements",
        "events",
        "review_pairs",
    }
)
SQLITE_HEADER = b"SQLite format 3\x00"
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


def _application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def _identify(conn: sqlite3.Connection, where: str) -> bool:
    """Whether the open file is a registry (``False``: an empty database, to be made
    one); a :class:`RegistryError` for any other SQLite file or a newer schema. Reads
    only: nothing is written. The three reads are one snapshot (a read transaction), so
    another process creating the registry meanwhile is seen before or after, never half
    made."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        app_id, version = _application_id(conn), _version(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        if own:
            conn.execute("COMMIT")
    if app_id == 0 and version == 0 and not tables:
        return False
    ours = app_id == APPLICATION_ID or (
        app_id == 0 and version > 0 and tables >= REGISTRY_TABLES
    )  # registries made before the application id was set are still ours
    if not ours:
        raise RegistryError(f"{where}: not a registry (another SQLite database)")
    if version > SCHEMA_VERSION:
        raise RegistryError(
            f"{where}: schema version {version} is newer than this sochi-er "
            f"({SCHEMA_VERSION}); upgrade sochi-er"
        )
    return True


def _migrate(conn: sqlite3.Connection, where: str) -> None:
    """Bring an identified registry (or an empty database) to :data:`SCHEMA_VERSION` and
    stamp it with :data:`APPLICATION_ID`, in one transaction."""
    if _version(conn) == SCHEMA_VERSION and _application_id(conn) == APPLICATION_ID:
        return  # the usual case: no write lock taken, so readers never wait for a writer
    with transaction(conn):
        _identify(conn, where)  # again, under the write lock
        version = _version(conn)
        for step in MIGRATIONS[version:]:
            for sql in step:
                conn.execute(sql)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _check_file(path: Path, *, create: bool) -> bool:
    """Whether *path* holds a database; a :class:`RegistryError` when it is missing (and
    not to be created), not a regular file or not a SQLite file."""
    if not path.exists():
        if create:
            return False
        raise RegistryError(f"{path}: no such registry")
    if not path.is_file():
        raise RegistryError(f"{path}: not a registry (not a regular file)")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not head:
        if create:
            return False
        raise RegistryError(f"{path}: not a registry (an empty file)")
    if head != SQLITE_HEADER:
        raise RegistryError(f"{path}: not a registry (not a SQLite file)")
    return True


def _writable(path: Path) -> bool:
    """Whether a writer can use *path*: the file (when it exists) and its folder (where
    SQLite keeps the write-ahead log) are writable."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return _folder_writable(path)


def _folder_writable(path: Path) -> bool:
    """Whether files can be made beside *path* (in its nearest existing folder)."""
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # a missing folder is made in the nearest existing one
    return os.access(folder, os.W_OK | os.X_OK)


def _read_only(message: str) -> bool:
    return "readonly" in message or "read-only" in message


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: ``mode=ro``; ``immutable=1`` when the folder is
    not writable either (then no writer can be using it, and SQLite could not make the
    files a read-only reader of a WAL database needs)."""
    uri = path.resolve().as_uri()
    return sqlite3.connect(
        f"{uri}?mode=ro" if _folder_writable(path) else f"{uri}?immutable=1",
        uri=True,
        timeout=BUSY_TIMEOUT,
        isolation_level=None,
    )


def connect(path: Path, *, create: bool = False, write: bool = True) -> sqlite3.Connection:
    """Open the registry at *path* (see :func:`_identify`).

    *create*: a missing or empty file becomes a new registry (else it is a
    :class:`RegistryError`). *write*: opened for writing, in WAL mode, migrated to
    :data:`SCHEMA_VERSION` and stamped (a :class:`RegistryError` ending "registry is
    read-only" when the file or its folder cannot be written); otherwise opened
    read-only and nothing is ever written to the file."""
    _check_file(path, create=create and write)
    if write and not _writable(path):
        raise RegistryError(f"{path}: registry is read-only")
    try:
        if write:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
        else:
            conn = _open_read_only(path)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        if not _identify(conn, str(path)) and not (create and write):
            conn.close()
            raise RegistryError(f"{path}: not a registry (an empty database)")
        if write:
            conn.execute("PRAGMA journal_mode = WAL")
            _migrate(conn, str(path))
    except OSError as exc:
        raise RegistryError(f"{path}: cannot open: {exc.strerror or exc}") from None
    except sqlite3.DatabaseError as exc:
        if _read_only(str(exc)):
            raise RegistryError(f"{path}: registry is read-only") from None
        raise RegistryError(f"{path}: not a registry ({exc})") from None
    return conn
