"""Judgements: a person's verdict on two organisations or mentions, stored with time and
author, applied at once (merge, split) and honoured by every later ``add``.

Contract: a reference is an organisation id (redirects followed) or a mention id; one
that names nothing is an :class:`UnknownIdError`. ``same`` on two organisations merges
them (the older id survives), even against a signatory list's cannot-link; ``different``
on two mentions of one organisation splits it: the engine re-links that organisation's
mentions with the two sides cannot-linked, the part holding the earliest-added mention
keeps the id and the other part gets a new one, unless it holds mentions of an
organisation merged into this one earlier (recorded in ``merged_members`` at the merge):
then the merged id with most of its mentions on that side (more than on the other) is
live again and takes that side; ``unsure`` is stored only. For each pair
of references the latest verdict is the one that counts.
"""

from __future__ import annotations

import enum
import sqlite3

from attrs import frozen

from sochi_er.linkage import LinkageConfig, link_names
from sochi_er.records import Mention, Role
from sochi_er.registry.codec import mention_from_row
from sochi_er.registry.errors import RegistryError
from sochi_er.registry.ids import (
    canonical,
    create_organisation,
    merge_organisations,
    mint,
    now,
    refresh_names,
)

__all__ = [
    "JudgementResult",
    "Verdict",
    "judge",
    "judged_pairs",
    "judgement_line",
    "judgements_by_organisation",
    "resolve_ref",
]


class Verdict(enum.StrEnum):
    """What a person said of two references."""

    SAME = "same"
    DIFFERENT = "different"
    UNSURE = "unsure"


@frozen
class JudgementResult:
    """What a judgement did: ``action`` is ``merged``, ``split``, ``kept apart``,
    ``already one`` or ``recorded``; ``organisations`` the live ids afterwards (left,
    right)."""

    id: int
    verdict: Verdict
    action: str
    organisations: tuple[str, str]


@frozen
class _Ref:
    organisation: str
    mention: str | None


def resolve_ref(conn: sqlite3.Connection, ref: str) -> _Ref:
    """The live organisation (and mention, for a mention id) *ref* names."""
    row = conn.execute("SELECT organisation_id FROM mentions WHERE id = ?", (ref,)).fetchone()
    if row is not None:
        return _Ref(str(row["organisation_id"]), ref)
    return _Ref(canonical(conn, ref), None)


def judged_pairs(
    conn: sqlite3.Connection,
) -> tuple[list[tuple[str, str]], list[tuple[str, str, bool]]]:
    """The latest verdict per pair of references, as organisation pairs judged
    different (live ids) and mention pairs judged same (True) or different (False)."""
    latest: dict[frozenset[str], sqlite3.Row] = {}
    for row in conn.execute("SELECT * FROM judgements ORDER BY id"):
        latest[frozenset((row["left_ref"], row["right_ref"]))] = row
    apart: list[tuple[str, str]] = []
    mentions: list[tuple[str, str, bool]] = []
    for row in latest.values():
        if row["verdict"] == Verdict.UNSURE:
            continue
        left, right = resolve_ref(conn, row["left_ref"]), resolve_ref(conn, row["right_ref"])
        same = row["verdict"] == Verdict.SAME
        if not same and left.organisation != right.organisation:
            apart.append((left.organisation, right.organisation))
        if left.mention and right.mention:
            mentions.append((left.mention, right.mention, same))
    return apart, mentions


def _rank(conn: sqlite3.Connection, org: str) -> int:
    return int(conn.execute("SELECT rank FROM organisations WHERE id = ?", (org,)).fetchone()[0])


def _members(conn: sqlite3.Connection, org: str) -> list[tuple[Mention, int]]:
    """Mentions of *org* with the number of the add that brought each."""
    rows = conn.execute(
        "SELECT m.*, s.add_seq FROM mentions m JOIN statements st ON st.id = m.statement_id "
        "JOIN sources s ON s.sha256 = st.source_sha256 WHERE m.organisation_id = ? "
        "ORDER BY m.id",
        (org,),
    ).fetchall()
    return [(mention_from_row(r), int(r["add_seq"])) for r in rows]


def _split(
    conn: sqlite3.Connection,
    org: str,
    left: str,
    right: str,
    config: LinkageConfig,
    detail: str,
) -> str:
    """Split *org* so mentions *left* and *right* part; returns the new organisation."""
    members = _members(conn, org)
    mentions = [m for m, _ in members]
    index = {m.id: i for i, m in enumerate(mentions)}
    _apart, judged = judged_pairs(conn)
    pairs = [(index[a], index[b], same) for a, b, same in judged if a in index and b in index]
    pairs.append((index[left], index[right], False))
    linkage = link_names(
        [m.name for m in mentions],
        [m.statement_id if m.role is Role.SIGNATORY else None for m in mentions],
        config,
        cannot_link=[(a, b) for a, b, same in pairs if not same],
        forced_link=[(a, b) for a, b, same in pairs if same],
    )
    labels = linkage.labels.tolist()
    if labels[index[left]] == labels[index[right]]:  # only a forced chain can do this
        raise RegistryError(
            f"{left} and {right}: earlier 'same' judgements join them; judge those first"
        )
    moving = {i for i, label in enumerate(labels) if label == labels[index[right]]}
    oldest = min(range(len(members)), key=lambda i: (members[i][1], mentions[i].id))
    if oldest in moving:
        moving = {i for i, label in enumerate(labels) if label != labels[index[right]]}
    moved = sorted(mentions[i].id for i in moving)
    new_id = _restorable(conn, org, set(moved), set(index) - set(moved))
    if new_id is None:
        new_id = mint(conn, moved, set())
        create_organisation(conn, new_id, mentions[min(moving)].name, f"split from {org}: {detail}")
    else:
        _restore(conn, new_id, org, set(moved), f"split from {org}: {detail}")
    conn.executemany(
        "UPDATE mentions SET organisation_id = ? WHERE id = ?", [(new_id, m) for m in moved]
    )
    conn.executemany(
        "INSERT INTO events (organisation_id, kind, other_id, detail, at) "
        "VALUES (?, 'split', ?, ?, ?)",
        [(org, new_id, detail, now())],
    )
    refresh_names(conn, (org, new_id))
    return new_id


def _recorded(conn: sqlite3.Connection, org: str) -> dict[str, set[str]]:
    """The ids merged into *org* with the mentions each held when it was merged."""
    out: dict[str, set[str]] = {}
    for row in conn.execute(
        "SELECT o.id, mm.mention_id FROM organisations o "
        "JOIN merged_members mm ON mm.organisation_id = o.id WHERE o.redirect_to = ?",
        (org,),
    ):
        out.setdefault(row["id"], set()).add(row["mention_id"])
    return out


def _restorable(conn: sqlite3.Connection, org: str, moved: set[str], kept: set[str]) -> str | None:
    """The id merged into *org* to give back to the *moved* side of a split: the one
    with most of its recorded mentions there, provided more are there than on the
    *kept* side (ties: the older id); ``None`` when none qualifies."""
    best: tuple[int, int, str] | None = None
    for merged, members in _recorded(conn, org).items():
        there, here = len(members & moved), len(members & kept)
        if there > here:
            key = (-there, _rank(conn, merged), merged)
            best = key if best is None or key < best else best
    return None if best is None else best[2]


def _restore(conn: sqlite3.Connection, merged: str, org: str, moved: set[str], detail: str) -> None:
    """Make *merged* (a redirect to *org*) live again for the *moved* mentions; ids
    merged into *org* whose recorded mentions all moved redirect to it again."""
    recorded = _recorded(conn, org)
    again = [
        other
        for other, members in recorded.items()
        if other != merged and members and members <= moved
    ]
    conn.execute("UPDATE organisations SET redirect_to = NULL WHERE id = ?", (merged,))
    conn.executemany(
        "UPDATE organisations SET redirect_to = ? WHERE id = ?", [(merged, o) for o in again]
    )
    conn.execute(
        "INSERT INTO events (organisation_id, kind, other_id, detail, at) "
        "VALUES (?, 'split', ?, ?, ?)",
        (merged, org, f"id restored: {detail}", now()),
    )


def judge(
    conn: sqlite3.Connection,
    left: str,
    right: str,
    verdict: Verdict,
    *,
    note: str = "",
    author: str = "",
    config: LinkageConfig | None = None,
) -> JudgementResult:
    """Store a judgement and apply it (see the module contract). Call inside a
    transaction."""
    config = config or LinkageConfig()
    if left == right:
        raise RegistryError(f"{left}: a judgement needs two different references")
    a, b = resolve_ref(conn, left), resolve_ref(conn, right)
    cursor = conn.execute(
        "INSERT INTO judgements (left_ref, right_ref, verdict, note, author, at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (left, right, verdict.value, note, author, now()),
    )
    jid = int(cursor.lastrowid or 0)
    detail = f"judgement #{jid} {verdict.value}" + (f" ({note})" if note else "")
    action = "recorded"
    orgs = (a.organisation, b.organisation)
    if verdict is Verdict.SAME and a.organisation != b.organisation:
        survivor, absorbed = sorted(orgs, key=lambda o: (_rank(conn, o), o))
        merge_organisations(conn, survivor, absorbed, detail)
        refresh_names(conn, (survivor,))
        action, orgs = "merged", (survivor, survivor)
    elif verdict is Verdict.SAME:
        action = "already one"
    elif verdict is Verdict.DIFFERENT and a.organisation == b.organisation:
        org = a.organisation
        if a.mention is None and b.mention is None:
            raise RegistryError(
                f"{left} and {right} name one organisation ({org}, merged before); "
                "judge two of its mentions to split it"
            )
        sides = [r.mention or _anchor(conn, org, other) for r, other in ((a, b), (b, a))]
        _split(conn, org, sides[0], sides[1], config, detail)
        action = "split"
        orgs = (resolve_ref(conn, sides[0]).organisation, resolve_ref(conn, sides[1]).organisation)
    elif verdict is Verdict.DIFFERENT:
        action = "kept apart"
    return JudgementResult(jid, verdict, action, orgs)


def _anchor(conn: sqlite3.Connection, org: str, other: _Ref) -> str:
    """For an organisation reference in a split: its earliest-added mention other than
    the other side's."""
    members = [(seq, m.id) for m, seq in _members(conn, org) if m.id != other.mention]
    if not members:
        raise RegistryError(f"{org}: nothing left to split from {other.mention}")
    return min(members)[1]


def judgements_by_organisation(conn: sqlite3.Connection) -> dict[str, list[sqlite3.Row]]:
    """Stored judgements by the live organisations their references name now."""
    out: dict[str, list[sqlite3.Row]] = {}
    for row in conn.execute("SELECT * FROM judgements ORDER BY id"):
        orgs = {resolve_ref(conn, r).organisation for r in (row["left_ref"], row["right_ref"])}
        for org in sorted(orgs):
            out.setdefault(org, []).append(row)
    return out


def judgement_line(row: sqlite3.Row) -> str:
    """A stored judgement in words: ``#id A verdict B by author: note``."""
    by = f" by {row['author']}" if row["author"] else ""
    note = f": {row['note']}" if row["note"] else ""
    return f"#{row['id']} {row['left_ref']} {row['verdict']} {row['right_ref']}{by}{note}"
