"""Incremental linking: new statements against the registry mentions their names block
with, through the engine (:func:`sochi_er.linkage.link_names`).

Contract of :func:`plan_links`: existing memberships never change here (an organisation
keeps every mention it holds); each new mention joins exactly one organisation, an
existing one or a new one whose id is ``Organisation.make_id`` of its new mentions (made
unique by ``mint``); two existing organisations merge only when a cluster of new
mentions links them, their signed statements do not overlap and no judgement keeps them
apart; the survivor is the older (smaller rank). The plan does not depend on the order
of the statements given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from attrs import frozen

from sochi_er.linkage import LinkageConfig, Resolution, link_names
from sochi_er.linkage.inputs import engine_inputs
from sochi_er.records import Mention, Role, Statement

__all__ = ["Known", "LinkPlan", "Merge", "OrgState", "ReviewPair", "plan_links"]

#: Pairs scored this close to the threshold are kept for review.
REVIEW_BAND = 0.4
#: At most this many review pairs are kept per add.
REVIEW_LIMIT = 200


@frozen
class Known:
    """A registry mention that shares a blocking key with a new name."""

    mention: Mention
    organisation_id: str


@frozen
class OrgState:
    """What linking needs of an existing organisation: its rank (smaller is older) and
    the statements it signed."""

    id: str
    rank: int
    signed: frozenset[str]


@frozen
class Merge:
    """``absorbed`` became a redirect to ``survivor``; ``reason`` says why, in words."""

    survivor: str
    absorbed: str
    reason: str


@frozen
class ReviewPair:
    """A candidate pair scored near the threshold, with the engine's explanation."""

    left: str
    right: str
    score: float
    explanation: str


@frozen
class LinkPlan:
    """``organisation_of``: new mention id -> organisation id; ``created``: new
    organisation id -> its mention ids; ``merges`` in the order applied; ``review``."""

    organisation_of: Mapping[str, str]
    created: Mapping[str, tuple[str, ...]]
    merges: tuple[Merge, ...]
    review: tuple[ReviewPair, ...]


class _Orgs:
    """Existing organisations during planning: union-find of merges, signed statements,
    pairs judged apart."""

    def __init__(self, states: Mapping[str, OrgState], apart: Sequence[tuple[str, str]]):
        self.parent = {k: k for k in states}
        self.rank = {k: s.rank for k, s in states.items()}
        self.signed = {k: set(s.signed) for k, s in states.items()}
        self.apart = [(a, b) for a, b in apart if a in states and b in states]

    def root(self, org: str) -> str:
        while self.parent[org] != org:
            org = self.parent[org]
        return org

    def compatible(self, a: str, b: str) -> bool:
        if self.signed[a] & self.signed[b]:
            return False
        return not any({self.root(x), self.root(y)} == {a, b} for x, y in self.apart)

    def merge(self, survivor: str, absorbed: str) -> None:
        self.parent[absorbed] = survivor
        self.signed[survivor] |= self.signed.pop(absorbed)

    def bridge(self, olds: Iterable[str], reason: str) -> tuple[list[str], list[Merge]]:
        """Merge the organisations one cluster of new mentions links, oldest first, each
        into the oldest it is compatible with; returns the survivors (oldest first) and
        the merges."""
        survivors: list[str] = []
        merges: list[Merge] = []
        for org in sorted({self.root(o) for o in olds}, key=lambda o: (self.rank[o], o)):
            host = next((s for s in survivors if self.compatible(s, org)), None)
            if host is None:
                survivors.append(org)
            else:
                self.merge(host, org)
                merges.append(Merge(host, org, reason))
        return survivors, merges


def _inputs(
    new: Sequence[Statement], known: Sequence[Known], config: LinkageConfig
) -> tuple[list[Mention], list[str | None], list[tuple[int, int]]]:
    inputs = engine_inputs(new, config)
    for k in known:
        inputs.mentions.append(k.mention)
        inputs.groups.append(k.mention.statement_id if k.mention.role is Role.SIGNATORY else None)
    return inputs.mentions, inputs.groups, inputs.must


def _review(
    resolution: Resolution,
    scores: Sequence[float],
    is_new: Callable[[str], bool],
    threshold: float,
) -> tuple[ReviewPair, ...]:
    near = [
        (abs(score - threshold), a, b, score)
        for (a, b), score in zip(resolution.candidate_pairs(), scores, strict=True)
        if (is_new(a) or is_new(b)) and abs(score - threshold) <= REVIEW_BAND
    ]
    near.sort()
    return tuple(
        ReviewPair(a, b, score, str(resolution.explain(a, b)))
        for _, a, b, score in near[:REVIEW_LIMIT]
    )


def plan_links(
    new: Sequence[Statement],
    known: Sequence[Known],
    states: Mapping[str, OrgState],
    apart: Sequence[tuple[str, str]],
    judged: Sequence[tuple[str, str, bool]],
    mint: Callable[[Sequence[str]], str],
    config: LinkageConfig,
) -> LinkPlan:
    """Plan how the mentions of *new* join the registry (see the module contract).

    *known*: registry mentions sharing a key with a new name; *states*: their
    organisations; *apart*: organisation pairs judged different; *judged*: mention
    pairs judged (same: True); *mint*: a fresh organisation id from mention ids.
    """
    new = sorted(new, key=lambda s: s.id)
    mentions, groups, must = _inputs(new, known, config)
    index = {m.id: i for i, m in enumerate(mentions)}
    pairs = [(index[a], index[b], same) for a, b, same in judged if a in index and b in index]
    linkage = link_names(
        [m.name for m in mentions],
        groups,
        config,
        must_link=must,
        cannot_link=[(a, b) for a, b, same in pairs if not same],
        forced_link=[(a, b) for a, b, same in pairs if same],
    )
    n_new = len(mentions) - len(known)
    org_of_known = {k.mention.id: k.organisation_id for k in known}
    members: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(linkage.labels.tolist()):
        members[label].append(i)
    orgs = _Orgs(states, apart)
    organisation_of: dict[str, str] = {}
    created: dict[str, tuple[str, ...]] = {}
    merges: list[Merge] = []
    clusters = sorted(members.values(), key=lambda c: min(mentions[i].id for i in c))
    for cluster in clusters:
        news = [mentions[i] for i in cluster if i < n_new]
        if not news:
            continue
        signed = {m.statement_id for m in news if m.role is Role.SIGNATORY}
        survivors, merged = orgs.bridge(
            (org_of_known[mentions[i].id] for i in cluster if i >= n_new),
            f"linked through new mention {news[0].name!r} in statement {news[0].statement_id}",
        )
        merges += merged
        target = next((s for s in survivors if not orgs.signed[s] & signed), None)
        if target is None:
            target = mint(sorted(m.id for m in news))
            created[target] = tuple(sorted(m.id for m in news))
        else:
            orgs.signed[target] |= signed
        for m in news:
            organisation_of[m.id] = target
    resolution = Resolution(new, mentions, linkage, config, lambda _org_of: ())
    review = _review(
        resolution, linkage.scores.tolist(), lambda mid: index[mid] < n_new, config.threshold
    )
    return LinkPlan(organisation_of, created, tuple(merges), review)
