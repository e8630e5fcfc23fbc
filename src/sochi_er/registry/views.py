"""What the registry holds on one organisation, for ``show``."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from attrs import frozen

from sochi_er.registry.errors import UnknownIdError
from sochi_er.registry.judgements import judgement_line, judgements_by_organisation

__all__ = ["NameSeen", "OrganisationView", "StatementSeen", "organisation_view"]


@frozen
class NameSeen:
    """A written name of an organisation: how often, in which statements and documents,
    and the ids of those mentions (what ``judge`` takes to split them off)."""

    name: str
    count: int
    statements: tuple[str, ...]
    documents: tuple[str, ...]
    mentions: tuple[str, ...]


@frozen
class StatementSeen:
    """A statement an organisation appears in, with the roles it has there."""

    id: str
    title: str | None
    date: str | None
    source: str
    roles: tuple[str, ...]


@frozen
class OrganisationView:
    """Everything the registry holds on one organisation. ``asked`` is the id given
    (``id`` differs when it was a redirect or a mention id); ``redirects``: ids merged
    into this one; ``events`` and ``judgements`` as (time, kind, text)."""

    asked: str
    id: str
    name: str
    names: tuple[NameSeen, ...]
    statements: tuple[StatementSeen, ...]
    redirects: tuple[str, ...]
    events: tuple[tuple[str, str, str], ...]
    judgements: tuple[tuple[str, str, str], ...]
    #: Whether ``asked`` is a mention id (``id`` is then the organisation it belongs to).
    by_mention: bool = False


def organisation_view(conn: sqlite3.Connection, org_id: str) -> OrganisationView:
    """The organisation *org_id* names (an organisation id, redirects followed, or a
    mention id); :class:`UnknownIdError` when it names none."""
    row = conn.execute("SELECT * FROM organisations WHERE id = ?", (org_id,)).fetchone()
    mention = conn.execute(
        "SELECT organisation_id FROM mentions WHERE id = ?", (org_id,)
    ).fetchone()
    if row is None and mention is None:
        raise UnknownIdError(f"{org_id}: no such organisation or mention in the registry")
    live = str(mention[0]) if row is None else str(row["redirect_to"] or org_id)
    name = conn.execute("SELECT name FROM organisations WHERE id = ?", (live,)).fetchone()[0]
    rows = conn.execute(
        "SELECT m.id, m.name, m.role, m.statement_id, m.document, st.title, st.date, st.source "
        "FROM mentions m JOIN statements st ON st.id = m.statement_id "
        "WHERE m.organisation_id = ? ORDER BY st.date, m.statement_id, m.position",
        (live,),
    ).fetchall()
    by_name: dict[str, list[sqlite3.Row]] = defaultdict(list)
    by_statement: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for r in rows:
        by_name[r["name"]].append(r)
        by_statement[r["statement_id"]].append(r)
    names = tuple(
        NameSeen(
            n,
            len(rs),
            tuple(sorted({r["statement_id"] for r in rs})),
            tuple(sorted({r["document"] for r in rs})),
            tuple(sorted(r["id"] for r in rs)),
        )
        for n, rs in sorted(by_name.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    )
    statements = tuple(
        StatementSeen(
            sid,
            rs[0]["title"],
            rs[0]["date"],
            rs[0]["source"],
            tuple(sorted({r["role"] for r in rs})),
        )
        for sid, rs in by_statement.items()
    )
    redirects = tuple(
        r["id"]
        for r in conn.execute(
            "SELECT id FROM organisations WHERE redirect_to = ? ORDER BY id", (live,)
        )
    )
    events = tuple(
        (r["at"], r["kind"], _event_text(r))
        for r in conn.execute("SELECT * FROM events WHERE organisation_id = ? ORDER BY id", (live,))
    )
    judgements = tuple(
        (r["at"], r["verdict"], judgement_line(r))
        for r in judgements_by_organisation(conn).get(live, [])
    )
    return OrganisationView(
        org_id, live, name, names, statements, redirects, events, judgements, row is None
    )


def _event_text(row: sqlite3.Row) -> str:
    other = row["other_id"]
    if row["kind"] == "merged":
        return f"merged with {other}: {row['detail']}"
    if row["kind"] == "split":
        return f"split off {other}: {row['detail']}"
    return str(row["detail"])
