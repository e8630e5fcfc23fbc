"""Organisation ids in the registry: minted once, kept for ever, merged into redirects.

Contract: a new organisation's id is ``Organisation.make_id`` of its mention ids (the
hash of the smallest), the id ``sochi-er resolve`` would give the same cluster; if that
id was ever used, a counter is hashed in until it is free, so an id never names two
organisations. A merged organisation's row stays as a redirect to the survivor
(redirects are kept one hop deep); :func:`canonical` follows it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence

from sochi_er.ids import content_id
from sochi_er.linkage.naming import form_lookup
from sochi_er.linkage.naming import preferred_name as shared_preferred_name
from sochi_er.records import Organisation
from sochi_er.registry.errors import UnknownIdError

__all__ = [
    "canonical",
    "create_organisation",
    "merge_organisations",
    "mint",
    "now",
    "preferred_name",
    "refresh_names",
]


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def mint(conn: sqlite3.Connection, mention_ids: Sequence[str], taken: set[str]) -> str:
    """A fresh organisation id for *mention_ids*; records it in *taken*."""
    first = min(mention_ids)
    candidate, k = Organisation.make_id([first]), 0
    while (
        candidate in taken
        or conn.execute("SELECT 1 FROM organisations WHERE id = ?", (candidate,)).fetchone()
    ):
        k += 1
        candidate = content_id("o", first, k)
    taken.add(candidate)
    return candidate


def canonical(conn: sqlite3.Connection, org_id: str) -> str:
    """The live organisation *org_id* names (itself, or what it redirects to)."""
    row = conn.execute("SELECT redirect_to FROM organisations WHERE id = ?", (org_id,)).fetchone()
    if row is None:
        raise UnknownIdError(f"{org_id}: no such organisation or mention in the registry")
    return str(row["redirect_to"] or org_id)


def preferred_name(names: Sequence[str]) -> str:
    """The preferred name of an organisation whose mentions are written *names* (one
    per mention): :func:`sochi_er.linkage.naming.preferred_name`, resolve's rule."""
    forms = form_lookup(names)
    return shared_preferred_name(names, [forms[n] for n in names])


def refresh_names(conn: sqlite3.Connection, org_ids: Iterable[str]) -> None:
    """Recompute the preferred name of each live organisation in *org_ids*."""
    for org in sorted(set(org_ids)):
        names = [
            r["name"]
            for r in conn.execute(
                "SELECT name FROM mentions WHERE organisation_id = ? "
                "ORDER BY statement_id, position",
                (org,),
            )
        ]
        if names:
            conn.execute(
                "UPDATE organisations SET name = ? WHERE id = ?", (preferred_name(names), org)
            )


def create_organisation(conn: sqlite3.Connection, org_id: str, name: str, detail: str) -> None:
    """Insert a live organisation, newer than every other, and its ``created`` event."""
    rank = conn.execute("SELECT COALESCE(MAX(rank), 0) + 1 FROM organisations").fetchone()[0]
    conn.execute(
        "INSERT INTO organisations (id, rank, name, redirect_to) VALUES (?, ?, ?, NULL)",
        (org_id, rank, name),
    )
    conn.execute(
        "INSERT INTO events (organisation_id, kind, other_id, detail, at) "
        "VALUES (?, 'created', NULL, ?, ?)",
        (org_id, detail, now()),
    )


def merge_organisations(
    conn: sqlite3.Connection, survivor: str, absorbed: str, reason: str
) -> None:
    """Move every mention of *absorbed* to *survivor*; *absorbed* (and whatever
    redirected to it) becomes a redirect to *survivor*; log it on both. The mentions
    *absorbed* held are kept in ``merged_members``: a later split that separates them
    gives them its id back (:func:`sochi_er.registry.judgements.judge`)."""
    conn.execute(
        "INSERT OR IGNORE INTO merged_members (organisation_id, mention_id) "
        "SELECT ?, id FROM mentions WHERE organisation_id = ?",
        (absorbed, absorbed),
    )
    conn.execute(
        "UPDATE mentions SET organisation_id = ? WHERE organisation_id = ?", (survivor, absorbed)
    )
    conn.execute(
        "UPDATE organisations SET redirect_to = ? WHERE id = ? OR redirect_to = ?",
        (survivor, absorbed, absorbed),
    )
    at = now()
    conn.executemany(
        "INSERT INTO events (organisation_id, kind, other_id, detail, at) "
        "VALUES (?, 'merged', ?, ?, ?)",
        [(survivor, absorbed, reason, at), (absorbed, survivor, reason, at)],
    )
