"""The registry's content as records: what ``export`` writes and ``report`` shows.

Contract: every stored mention is in exactly one :class:`~sochi_er.records.Organisation`
(the live one it belongs to); organisations are sorted by id; their preferred name and
aliases are chosen by :func:`sochi_er.linkage.naming.organisation_names`, the rule
``resolve`` uses, over the forms of every name the registry holds;
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
from sochi_er.linkage.naming import form_lookup, organisation_names
from sochi_er.linkage.normalise import NameForm
from sochi_er.linkage.statements import group_statements
from sochi_er.records import Mention, Organisation, Statement
from sochi_er.registry.codec import load_statements

__all__ = ["Snapshot", "load_snapshot"]


@frozen
class Snapshot:
    """Statements, organisations, mention id -> organisation id, statement groups."""

    statements: tuple[Statement, ...]
    organisations: tuple[Organisation, ...]
    mention_organisation: Mapping[str, str]
    statement_groups: tuple[StatementGroup, ...]


def _organisation(
    org_id: str, mentions: list[Mention], forms: Mapping[str, NameForm]
) -> Organisation:
    name, aliases = organisation_names(mentions, [forms[m.name] for m in mentions])
    mentions.sort(key=lambda m: (m.statement_id, m.ordinal or 0, m.id))
    return Organisation(id=org_id, name=name, aliases=aliases, mentions=mentions)


def load_snapshot(conn: sqlite3.Connection, config: LinkageConfig | None = None) -> Snapshot:
    """Everything the registry holds, as records (see the module contract)."""
    statements = load_statements(conn)
    org_of = {
        r["id"]: r["organisation_id"]
        for r in conn.execute("SELECT id, organisation_id FROM mentions")
    }
    members: dict[str, list[Mention]] = defaultdict(list)
    for st in sorted(statements, key=lambda s: s.id):  # mentions in resolve's order
        for m in st.mentions:
            members[org_of[m.id]].append(m)
    forms = form_lookup(m.name for ms in members.values() for m in ms)
    organisations = tuple(_organisation(o, members[o], forms) for o in sorted(members))
    groups = group_statements(statements, org_of, config or LinkageConfig())
    return Snapshot(tuple(statements), organisations, org_of, groups)
