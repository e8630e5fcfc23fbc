"""Statements and mentions to registry rows and back, losslessly.

Contract: ``load_statements(conn, ids)`` rebuilds records equal to the ones
``insert_statement`` stored (same ids, spans, persons, skipped items, claimed counts); a
mention whose recomputed id differs from the stored one is a :class:`RegistryError`.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sochi_er.records import ClaimedCount, Mention, Person, Skipped, Span, Statement
from sochi_er.registry.errors import RegistryError
from sochi_er.serialize import to_jsonable

__all__ = ["chunks", "insert_statement", "load_statements", "mention_from_row"]

_MENTION_COLUMNS = (
    "id, statement_id, position, name, role, document, ordinal, span_start, span_end, "
    "person, person_role, country, place, legal_form, organisation_id"
)
#: SQLite's default limit on bound parameters is large, but stay well below it.
CHUNK = 500


def chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    """*items* in slices small enough to bind as ``IN (?, ...)`` parameters."""
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _span(data: dict[str, int] | None) -> Span | None:
    return Span(**data) if data else None


def insert_statement(
    conn: sqlite3.Connection,
    statement: Statement,
    source_sha256: str,
    position: int,
    organisation_of: dict[str, str],
) -> None:
    """Insert *statement* and its mentions (each with its organisation id)."""
    conn.execute(
        "INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            statement.id,
            source_sha256,
            position,
            statement.source,
            statement.kind.value,
            statement.text,
            statement.title,
            statement.date.isoformat() if statement.date else None,
            statement.published.isoformat() if statement.published else None,
            statement.language,
            statement.url,
            statement.author,
            statement.reported_in,
            json.dumps(to_jsonable(statement.claimed_signers), ensure_ascii=False),
            json.dumps(to_jsonable(statement.persons), ensure_ascii=False),
            json.dumps(to_jsonable(statement.skipped), ensure_ascii=False),
        ),
    )
    conn.executemany(
        f"INSERT INTO mentions ({_MENTION_COLUMNS}) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                m.id,
                m.statement_id,
                k,
                m.name,
                m.role.value,
                m.document,
                m.ordinal,
                m.span.start if m.span else None,
                m.span.end if m.span else None,
                m.person,
                m.person_role,
                m.country,
                m.place,
                m.legal_form,
                organisation_of[m.id],
            )
            for k, m in enumerate(statement.mentions)
        ],
    )


def mention_from_row(row: sqlite3.Row) -> Mention:
    """The Mention a ``mentions`` row stores; its id must come out as stored."""
    span = Span(row["span_start"], row["span_end"]) if row["span_start"] is not None else None
    mention = Mention(
        name=row["name"],
        role=row["role"],
        statement_id=row["statement_id"],
        document=row["document"],
        ordinal=row["ordinal"],
        span=span,
        person=row["person"],
        person_role=row["person_role"],
        country=row["country"],
        place=row["place"],
        legal_form=row["legal_form"],
    )
    if mention.id != row["id"]:
        raise RegistryError(f"mention {row['id']}: stored fields give id {mention.id}")
    return mention


def _person(data: dict[str, Any]) -> Person:
    return Person(**{**data, "span": _span(data.get("span"))})


def _skipped(data: dict[str, Any]) -> Skipped:
    return Skipped(**{**data, "span": _span(data.get("span"))})


def _claimed(data: dict[str, Any] | None) -> ClaimedCount | None:
    return ClaimedCount(**{**data, "span": _span(data.get("span"))}) if data else None


def load_statements(conn: sqlite3.Connection, ids: Sequence[str] | None = None) -> list[Statement]:
    """The stored statements with *ids* (all when ``None``), ordered by source and
    position, each with its mentions in their stored order."""
    if ids is not None:
        rows: list[sqlite3.Row] = []
        for part in chunks(sorted(set(ids))):
            marks = ",".join("?" * len(part))
            rows += conn.execute(
                f"SELECT * FROM statements WHERE id IN ({marks})", tuple(part)
            ).fetchall()
    else:
        rows = conn.execute("SELECT * FROM statements").fetchall()
    rows.sort(key=lambda r: (r["source_sha256"], r["position"]))
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for part in chunks([r["id"] for r in rows]):
        marks = ",".join("?" * len(part))
        for row in conn.execute(
            f"SELECT {_MENTION_COLUMNS} FROM mentions WHERE statement_id IN ({marks}) "
            "ORDER BY statement_id, position",
            tuple(part),
        ):
            mentions[row["statement_id"]].append(mention_from_row(row))
    return [
        Statement(
            id=r["id"],
            source=r["source"],
            kind=r["kind"],
            text=r["text"],
            title=r["title"],
            date=r["date"],
            published=r["published"],
            mentions=mentions[r["id"]],
            skipped=[_skipped(d) for d in json.loads(r["skipped"])],
            persons=[_person(d) for d in json.loads(r["persons"])],
            claimed_signers=_claimed(json.loads(r["claimed_signers"])),
            language=r["language"],
            url=r["url"],
            author=r["author"],
            reported_in=r["reported_in"],
        )
        for r in rows
    ]
