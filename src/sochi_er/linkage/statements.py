"""Statement grouping: renditions of one statement merged into a StatementGroup.

Contract: every input statement lands in exactly one group; a group's ``id`` is derived
from its sorted statement ids (order-independent). Two statements are renditions when
their kinds are compatible (an article never joins a statement), their dates (when both
known) are close, and either their signatories - compared as resolved organisations - or
their texts largely overlap. Only pairs that can reach either threshold are compared
(prefix filtering), so grouping thousands of lists is near-linear, not quadratic.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from attrs import frozen

from sochi_er.ids import content_id
from sochi_er.linkage.config import LinkageConfig
from sochi_er.linkage.normalise import fold, fold_latin
from sochi_er.records import Role, Statement, StatementKind

__all__ = ["StatementGroup", "group_statements", "rendition_evidence"]

_WORD_RE = re.compile(r"[^\W_]+")
_KIND_ORDER = [StatementKind.STATEMENT, StatementKind.REPORTED, StatementKind.ARTICLE]


@frozen
class StatementGroup:
    """Renditions of one statement: ``statement_ids`` sorted; ``title`` the most common
    title among them; ``date`` the earliest; ``kind`` the kind they share."""

    id: str
    statement_ids: tuple[str, ...]
    title: str | None
    date: dt.date | None
    kind: StatementKind


def _shingles(text: str) -> frozenset[str]:
    words = _WORD_RE.findall(fold_latin(fold(text)))
    return frozenset(" ".join(words[i : i + 3]) for i in range(max(len(words) - 2, 0)))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@frozen
class _Profile:
    statement: Statement
    signers: frozenset[str]
    shingles: frozenset[str]


def _compatible(a: StatementKind, b: StatementKind) -> bool:
    if StatementKind.ARTICLE in (a, b):
        return a == b
    return True


def rendition_evidence(a: _Profile, b: _Profile, config: LinkageConfig) -> tuple[bool, str]:
    """Whether two statements are renditions of one, and why (in words)."""
    sa, sb = a.statement, b.statement
    if not _compatible(sa.kind, sb.kind):
        return False, f"kinds {sa.kind} and {sb.kind} never merge"
    if sa.date and sb.date and abs((sa.date - sb.date).days) > config.statement_max_days_apart:
        return False, f"dates {sa.date} and {sb.date} too far apart"
    overlap = _jaccard(a.signers, b.signers)
    if overlap >= config.statement_signatory_overlap:
        return True, f"signatory overlap {overlap:.2f}"
    mixed = StatementKind.REPORTED in (sa.kind, sb.kind) and sa.kind != sb.kind
    text = _jaccard(a.shingles, b.shingles)
    if not mixed and text >= config.statement_text_similarity:
        return True, f"text similarity {text:.2f}"
    return False, f"signatory overlap {overlap:.2f}, text similarity {text:.2f}"


def _candidate_pairs(sets: Sequence[frozenset[str]], threshold: float) -> set[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, whose sets may have Jaccard similarity of at least
    *threshold*, by prefix filtering: under one order of the elements (rarest first), two
    such sets share an element among their first ``n - ceil(threshold * n) + 1``. Exact,
    and near-linear when elements are spread out; all pairs when *threshold* <= 0."""
    n = len(sets)
    if threshold <= 0:
        return {(i, j) for i in range(n) for j in range(i + 1, n)}
    frequency = Counter(element for elements in sets for element in elements)
    index: dict[str, list[int]] = {}
    pairs: set[tuple[int, int]] = set()
    for i, elements in enumerate(sets):
        ordered = sorted(elements, key=lambda e: (frequency[e], e))
        prefix = len(ordered) - math.ceil(threshold * len(ordered)) + 1
        for element in ordered[: max(prefix, 0)]:
            seen = index.setdefault(element, [])
            pairs.update((k, i) for k in seen)
            seen.append(i)
    return pairs


def group_statements(
    statements: Sequence[Statement],
    organisation_of_mention: Mapping[str, str],
    config: LinkageConfig,
) -> tuple[StatementGroup, ...]:
    """Group *statements* (renditions together), sorted by group id."""
    profiles = [
        _Profile(
            statement=s,
            signers=frozenset(
                organisation_of_mention[m.id] for m in s.mentions if m.role is Role.SIGNATORY
            ),
            shingles=_shingles(s.text),
        )
        for s in sorted(statements, key=lambda s: s.id)
    ]
    parent = list(range(len(profiles)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    candidates = _candidate_pairs(
        [p.signers for p in profiles], config.statement_signatory_overlap
    ) | _candidate_pairs([p.shingles for p in profiles], config.statement_text_similarity)
    for i, j in sorted(candidates):
        if find(i) != find(j) and rendition_evidence(profiles[i], profiles[j], config)[0]:
            parent[find(j)] = find(i)
    members: dict[int, list[Statement]] = {}
    for i, p in enumerate(profiles):
        members.setdefault(find(i), []).append(p.statement)
    groups = []
    for stmts in members.values():
        ids = tuple(sorted(s.id for s in stmts))
        titles = Counter(s.title for s in stmts if s.title)
        title = min(titles, key=lambda t: (-titles[t], t)) if titles else None
        dates = [s.date for s in stmts if s.date]
        groups.append(
            StatementGroup(
                id=content_id("g", *ids),
                statement_ids=ids,
                title=title,
                date=min(dates) if dates else None,
                kind=min((s.kind for s in stmts), key=_KIND_ORDER.index),
            )
        )
    return tuple(sorted(groups, key=lambda g: g.id))
