"""Adding documents to the registry: skip what is held, link the rest through the
engine against the registry's blocking index, write it all.

Contract of :func:`add_documents` (run inside one write transaction): a document whose
content hash is held changes nothing and is listed in ``already``; otherwise its
statements and mentions are stored, each mention in exactly one live organisation as
planned by :func:`sochi_er.registry.linking.plan_links` (existing organisations keep
their ids and mentions), and the keys of every new written name join ``name_keys``.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable

from attrs import frozen

from sochi_er.linkage import BlockingOptions, LinkageConfig
from sochi_er.parsing import Failure
from sochi_er.records import Role, Source, Statement
from sochi_er.registry.codec import chunks, insert_statement, mention_from_row
from sochi_er.registry.ids import (
    canonical,
    create_organisation,
    merge_organisations,
    mint,
    now,
    preferred_name,
    refresh_names,
)
from sochi_er.registry.judgements import judged_pairs
from sochi_er.registry.keys import CAPPED_PREFIXES, lookup_keys, name_keys
from sochi_er.registry.linking import Known, OrgState, plan_links

__all__ = ["KNOWN_PER_NAME", "AddResult", "OrgSummary", "ParsedDocument", "add_documents", "holds"]

#: Registry mentions of one written name in one organisation given to the engine at most
#: (the engine compares forms; the organisation's lists are checked in full apart).
KNOWN_PER_NAME = 3


@frozen
class ParsedDocument:
    """One source and the statements its parser read from it."""

    source: Source
    parser: str
    statements: tuple[Statement, ...]


@frozen
class OrgSummary:
    """An organisation an ``add`` touched: ``statements`` it has signed (role
    signatory, all adds; each rendition counts), ``new_mentions`` in this add."""

    id: str
    name: str
    statements: int
    new_mentions: int


@frozen
class AddResult:
    """What an ``add`` did. ``statements``: ids of new statements; ``already``: locations
    whose content the registry held (nothing changed for them); ``failures``: documents
    that could not be read or parsed; ``new`` / ``seen``: organisations first seen /
    seen before; ``merges``: (survivor, absorbed) pairs; ``duplicates``: (location,
    location read) of documents with the same bytes as an earlier one of the batch
    (read once); ``encodings``: (location, encoding) of documents read in a guessed
    legacy encoding."""

    statements: tuple[str, ...]
    already: tuple[str, ...]
    failures: tuple[Failure, ...]
    new: tuple[OrgSummary, ...]
    seen: tuple[OrgSummary, ...]
    merges: tuple[tuple[str, str], ...]
    duplicates: tuple[tuple[str, str], ...] = ()
    encodings: tuple[tuple[str, str], ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.statements)


def holds(conn: sqlite3.Connection, sha256: str) -> bool:
    """Whether a source with this content hash was added."""
    return bool(conn.execute("SELECT 1 FROM sources WHERE sha256 = ?", (sha256,)).fetchone())


def add_documents(
    conn: sqlite3.Connection, documents: list[ParsedDocument], config: LinkageConfig
) -> AddResult:
    """Add *documents* (see the module contract); call inside a write transaction."""
    fresh: dict[str, ParsedDocument] = {}
    already: list[str] = []
    duplicates: list[tuple[str, str]] = []
    for doc in documents:
        sha = doc.source.sha256
        if sha in fresh:
            duplicates.append((doc.source.location, fresh[sha].source.location))
        elif holds(conn, sha):
            already.append(doc.source.location)
        else:
            fresh[sha] = doc
    if not fresh:
        return AddResult((), tuple(already), (), (), (), (), tuple(duplicates))
    seq = conn.execute("INSERT INTO adds (at) VALUES (?)", (now(),)).lastrowid
    statements = [s for doc in fresh.values() for s in doc.statements]
    keys = {n: name_keys(n) for n in sorted({m.name for s in statements for m in s.mentions})}
    known = _candidates(conn, keys.values(), config.blocking)
    states = _states(conn, {k.organisation_id for k in known})
    apart, judged = judged_pairs(conn)
    taken: set[str] = set()
    plan = plan_links(
        statements,
        known,
        states,
        apart,
        judged,
        lambda ids: mint(conn, ids, taken),
        config,
    )
    by_id = {m.id: m for s in statements for m in s.mentions}
    for org, members in sorted(plan.created.items()):
        name = preferred_name([by_id[m].name for m in sorted(members)])
        create_organisation(conn, org, name, f"first seen in add #{seq}")
    for merge in plan.merges:
        merge_organisations(conn, merge.survivor, merge.absorbed, merge.reason)
    final = {m: canonical(conn, o) for m, o in plan.organisation_of.items()}
    for sha, doc in fresh.items():
        conn.execute(
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?)",
            (sha, doc.source.location, doc.source.media_type, doc.parser, seq),
        )
        for position, st in enumerate(doc.statements):
            insert_statement(conn, st, sha, position, final)
    conn.executemany(
        "INSERT OR IGNORE INTO name_keys (key, name) VALUES (?, ?)",
        [(key, n) for n, ks in keys.items() for key in sorted(ks)],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO review_pairs VALUES (?, ?, ?, ?)",
        [(p.left, p.right, p.score, p.explanation) for p in plan.review],
    )
    touched = set(final.values())
    refresh_names(conn, touched)
    joined = Counter(final.values())
    signed = _signed(conn, touched)
    summaries = {o: _summary(conn, o, joined[o], signed[o]) for o in sorted(touched)}
    created = {canonical(conn, o) for o in plan.created}
    conn.execute(
        "UPDATE adds SET summary = ? WHERE seq = ?",
        (f"{len(statements)} statements, {len(created)} new organisations", seq),
    )
    return AddResult(
        tuple(sorted(s.id for s in statements)),
        tuple(already),
        (),
        tuple(v for o, v in summaries.items() if o in created),
        tuple(v for o, v in summaries.items() if o not in created),
        tuple((m.survivor, m.absorbed) for m in plan.merges),
        tuple(duplicates),
    )


def _candidates(
    conn: sqlite3.Connection, keys: Iterable[frozenset[str]], opts: BlockingOptions
) -> list[Known]:
    """Registry mentions whose names share one of *keys* (capped keys that
    block too many names are skipped, as the engine's IDF cut does), at most
    :data:`KNOWN_PER_NAME` per organisation and name, the smallest ids."""
    wanted = sorted({k for ks in keys for k in lookup_keys(ks)})
    usable: list[str] = []
    for part in chunks(wanted):
        marks = ",".join("?" * len(part))
        for row in conn.execute(
            f"SELECT key, COUNT(*) AS n FROM name_keys WHERE key IN ({marks}) GROUP BY key",
            tuple(part),
        ):
            capped = row["key"].startswith(CAPPED_PREFIXES)
            if row["n"] <= (opts.max_token_block if capped else opts.max_key_block):
                usable.append(row["key"])
    found: set[str] = set()
    for part in chunks(usable):
        marks = ",".join("?" * len(part))
        found.update(
            r["name"]
            for r in conn.execute(f"SELECT name FROM name_keys WHERE key IN ({marks})", tuple(part))
        )
    known: list[Known] = []
    for part in chunks(sorted(found)):
        marks = ",".join("?" * len(part))
        for row in conn.execute(
            "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY organisation_id, "
            f"name ORDER BY id) AS k FROM mentions WHERE name IN ({marks})) "
            "WHERE k <= ? ORDER BY id",
            (*part, KNOWN_PER_NAME),
        ):
            known.append(Known(mention_from_row(row), row["organisation_id"]))
    return known


def _states(conn: sqlite3.Connection, orgs: Iterable[str]) -> dict[str, OrgState]:
    signed: dict[str, set[str]] = defaultdict(set)
    ranks: dict[str, int] = {}
    for part in chunks(sorted(set(orgs))):
        marks = ",".join("?" * len(part))
        for row in conn.execute(
            f"SELECT id, rank FROM organisations WHERE id IN ({marks})", tuple(part)
        ):
            ranks[row["id"]] = row["rank"]
        for row in conn.execute(
            "SELECT organisation_id, statement_id FROM mentions "
            f"WHERE organisation_id IN ({marks}) AND role = ?",
            (*part, Role.SIGNATORY.value),
        ):
            signed[row["organisation_id"]].add(row["statement_id"])
    return {o: OrgState(o, r, frozenset(signed[o])) for o, r in ranks.items()}


def _summary(conn: sqlite3.Connection, org: str, new_mentions: int, signed: int) -> OrgSummary:
    row = conn.execute("SELECT name FROM organisations WHERE id = ?", (org,)).fetchone()
    return OrgSummary(org, row["name"], signed, new_mentions)


def _signed(conn: sqlite3.Connection, orgs: Iterable[str]) -> dict[str, int]:
    """How many statements each of *orgs* signed (role signatory; each rendition of a
    statement, as published in one document, counts: grouping renditions would load
    every statement these organisations signed, too slow for an add)."""
    signed: Counter[str] = Counter()
    for part in chunks(sorted(set(orgs))):
        marks = ",".join("?" * len(part))
        for row in conn.execute(
            "SELECT organisation_id, COUNT(DISTINCT statement_id) AS n FROM mentions "
            f"WHERE organisation_id IN ({marks}) AND role = ? GROUP BY organisation_id",
            (*part, Role.SIGNATORY.value),
        ):
            signed[row["organisation_id"]] = int(row["n"])
    return {o: signed[o] for o in set(orgs)}
