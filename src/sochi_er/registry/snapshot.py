"""The registry's content as records: what ``export`` writes and ``report`` shows.

Contract: every stored mention is in exactly one :class:`~sochi_er.records.Organisation`
(the live one it belongs to); organisations are sorted by id; their aliases are the
other written names (acronym, other script or variant) with the mentions that used them;
statements are grouped into renditions by the engine's own rule
(:func:`sochi_er.linkage.statements.group_statements`), so the groups and their ids are
the ones ``resolve`` gives for the same statements and organisations.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Mapping

from attrs import frozen

from sochi_er.linkage import LinkageConfig, StatementGroup
from sochi_er.linkage.normalise import acronym_like, is_arabic
from sochi_er.linkage.statements import group_statements
from sochi_er.records import Alias, AliasKind, Mention, Organisation, Statement
from sochi_er.registry.codec import load_statements

__all__ = ["Snapshot", "load_snapshot"]


@frozen
class Snapshot:
    """Statements, organisations, mention id -> organisation id, statement groups."""

    statements: tuple[Statement, ...]
    organisations: tuple[Organisation, ...]
    mention_organisation: Mapping[str, str]
    statement_groups: tuple[StatementGroup, ...]


def _alias_kind(name: str, preferred: str) -> AliasKind:
    if is_arabic(name) != is_arabic(preferred):
        return AliasKind.OTHER_SCRIPT
    return AliasKind.ACRONYM if acronym_like(name) else AliasKind.VARIANT


def _organisation(org_id: str, name: str, mentions: list[Mention]) -> Organisation:
    by_name: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if m.name != name:
            by_name[m.name].append(m.id)
    aliases = sorted(
        (Alias(n, _alias_kind(n, name), sorted(ids)) for n, ids in by_name.items()),
        key=lambda a: (a.kind, a.name),
    )
    mentions.sort(key=lambda m: (m.statement_id, m.ordinal or 0, m.id))
    return Organisation(id=org_id, name=name, aliases=aliases, mentions=mentions)


def load_snapshot(conn: sqlite3.Connection, config: LinkageConfig | None = None) -> Snapshot:
    """Everything the registry holds, as records (see the module contract)."""
    statements = load_statements(conn)
    org_of = {r["id"]: r["organisation_id"] for r in conn.execute(
        "SELECT id, organisation_id FROM mentions"
    )}
    names = {r["id"]: r["name"] for r in conn.execute(
        "SELECT id, name FROM organisations WHERE redirect_to IS NULL"
    )}
    members: dict[str, list[Mention]] = defaultdict(list)
    for st in statements:
        for m in st.mentions:
            members[org_of[m.id]].append(m)
    organisations = tuple(_organisation(o, names[o], members[o]) for o in sorted(members))
    groups = group_statements(statements, org_of, config or LinkageConfig())
    return Snapshot(tuple(statements), organisations, org_of, groups)
