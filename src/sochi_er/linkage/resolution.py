"""``resolve``: Statements in, Organisations and StatementGroups out, every decision
explainable.

Contract: every input mention belongs to exactly one Organisation; organisation ids are
``Organisation.make_id`` of their mention ids (stable across runs, independent of input
order); every statement belongs to exactly one StatementGroup.
"""

from __future__ import annotations

import functools
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType

import numpy as np
from attrs import frozen

from sochi_er.linkage.blocking import BlockingStats, CandidatePairs
from sochi_er.linkage.config import LinkageConfig
from sochi_er.linkage.engine import EXCLUSIVE_WORDS, NameLinkage, link_names
from sochi_er.linkage.features import FEATURES, describe_feature
from sochi_er.linkage.inputs import engine_inputs
from sochi_er.linkage.naming import organisation_names
from sochi_er.linkage.statements import StatementGroup, group_statements
from sochi_er.records import Mention, Organisation, Role, Statement

__all__ = ["Explanation", "FeatureExplanation", "Resolution", "resolve"]


@frozen
class FeatureExplanation:
    """One feature of a pair: its value, its log-odds contribution, and both in words."""

    name: str
    value: float
    contribution: float
    text: str


@frozen
class Explanation:
    """Why two mentions are (not) one organisation. ``str()`` gives readable text."""

    mention_a: Mention
    mention_b: Mention
    same_organisation: bool
    forms: tuple[str, str]
    blocking: tuple[str, ...]
    features: tuple[FeatureExplanation, ...]
    bias: float
    score: float | None
    threshold: float
    classifier: str
    decision: str
    constraints: tuple[str, ...]

    def __str__(self) -> str:
        a, b = self.mention_a, self.mention_b
        lines = [
            f"{a.name!r} ({a.id}) vs {b.name!r} ({b.id})",
            f"  normalised: {self.forms[0]!r} vs {self.forms[1]!r}",
            "  blocking: "
            + (", ".join(self.blocking) if self.blocking else "not a candidate pair"),
        ]
        if self.features:
            lines.append(f"  features ({self.classifier} classifier, bias {self.bias:+.2f}):")
            for f in self.features:
                lines.append(f"    {f.name}: {f.text} -> {f.contribution:+.2f}")
        if self.score is not None:
            lines.append(f"  score {self.score:.3f} (threshold {self.threshold:.2f})")
        lines.append(f"  decision: {self.decision}")
        lines.extend(f"  constraint: {c}" for c in self.constraints)
        verdict = "same organisation" if self.same_organisation else "different organisations"
        lines.append(f"  result: {verdict}")
        return "\n".join(lines)


class Resolution:
    """The outcome of :func:`resolve` (read-only).

    ``organisations`` sorted by id; ``mention_organisation`` maps every mention id to its
    organisation id; ``statement_groups``; ``timings`` (seconds per stage); ``blocking``.
    """

    def __init__(
        self,
        statements: Sequence[Statement],
        mentions: Sequence[Mention],
        linkage: NameLinkage,
        config: LinkageConfig,
        statement_groups: Callable[[Mapping[str, str]], tuple[StatementGroup, ...]],
    ) -> None:
        self._mentions = tuple(mentions)
        self._index = {m.id: i for i, m in enumerate(self._mentions)}
        self._linkage = linkage
        self._config = config
        self._group = statement_groups
        self._timings = dict(linkage.timings)
        self.blocking: BlockingStats = linkage.blocking
        self.statements = tuple(statements)

    # organisations and statement groups are built on first use: a caller that only
    # explains pairs (the registry's review queue) never pays for them
    @functools.cached_property
    def organisations(self) -> tuple[Organisation, ...]:
        return self._build_organisations()

    @functools.cached_property
    def _org_by_id(self) -> Mapping[str, Organisation]:
        return {o.id: o for o in self.organisations}

    @functools.cached_property
    def mention_organisation(self) -> Mapping[str, str]:
        return MappingProxyType({m.id: o.id for o in self.organisations for m in o.mentions})

    @functools.cached_property
    def statement_groups(self) -> tuple[StatementGroup, ...]:
        t0 = time.perf_counter()
        groups = self._group(self.mention_organisation)
        self._timings["statements"] = time.perf_counter() - t0
        return groups

    @property
    def timings(self) -> Mapping[str, float]:
        """Seconds per stage (``statements`` once the groups are built)."""
        return MappingProxyType(self._timings)

    # -- organisations -------------------------------------------------------------
    def _build_organisations(self) -> tuple[Organisation, ...]:
        clusters: dict[int, list[int]] = defaultdict(list)
        for i, label in enumerate(self._linkage.labels.tolist()):
            clusters[label].append(i)
        orgs = [self._organisation(members) for members in clusters.values()]
        return tuple(sorted(orgs, key=lambda o: o.id))

    def _organisation(self, members: list[int]) -> Organisation:
        table = self._linkage.table
        form_of = self._linkage.form_of_name
        mentions = [self._mentions[i] for i in members]
        name, aliases = organisation_names(
            mentions, [table.forms[int(form_of[i])] for i in members]
        )
        mentions.sort(key=lambda m: (m.statement_id, m.ordinal or 0, m.id))
        return Organisation(
            id=Organisation.make_id(m.id for m in mentions),
            name=name,
            aliases=aliases,
            mentions=mentions,
        )

    # -- queries ---------------------------------------------------------------------
    def organisation_of(self, mention_id: str) -> Organisation:
        """The organisation of a mention; ``KeyError`` for an unknown mention id."""
        return self._org_by_id[self.mention_organisation[mention_id]]

    def _representative(self, form: int) -> Mention:
        idx = np.flatnonzero(self._linkage.form_of_name == form)
        return self._mentions[int(idx[0])]

    def hardest_merges(self, n: int) -> list[tuple[Mention, Mention, float]]:
        """The *n* accepted candidate pairs with the lowest scores (least certain merges)."""
        a, b, s = self._linkage.accepted_pairs()
        order = np.lexsort((a, b, s))[:n]
        return [
            (self._representative(int(a[k])), self._representative(int(b[k])), float(s[k]))
            for k in order
        ]

    def candidate_pairs(self) -> list[tuple[str, str]]:
        """Candidate pairs as (mention id, mention id) of one representative per form."""
        c: CandidatePairs = self._linkage.candidates
        first: dict[int, str] = {}
        for i, f in enumerate(self._linkage.form_of_name.tolist()):
            first.setdefault(f, self._mentions[i].id)
        return [(first[int(x)], first[int(y)]) for x, y in zip(c.left, c.right, strict=True)]

    def explain(self, mention_id_a: str, mention_id_b: str) -> Explanation:
        """Explain the decision on two mentions (features, score, blocking, constraints)."""
        i, j = self._index[mention_id_a], self._index[mention_id_b]
        lk = self._linkage
        d = lk.detail(i, j)
        ma, mb = self._mentions[i], self._mentions[j]
        table = lk.table
        feats = tuple(
            FeatureExplanation(
                name=FEATURES[k].name,
                value=d.features[k],
                contribution=d.contributions[k],
                text=describe_feature(k, d.features[k], table, d.form_a, d.form_b),
            )
            for k in range(len(d.features))
        )
        blocking = tuple(f"{p} ({CandidatePairs.describe(p)})" for p in d.passes)
        constraints: list[str] = []
        if (
            ma.role is Role.SIGNATORY
            and mb.role is Role.SIGNATORY
            and (ma.statement_id == mb.statement_id)
        ):
            constraints.append("cannot-link: both sign the same list")
        if d.must_linked:
            constraints.append("must-link (publisher forms of one statement or a judgement)")
        if d.cannot_linked:
            constraints.append("cannot-link from a user judgement (not same)")
        if d.blocked and d.conflict_group in EXCLUSIVE_WORDS:
            constraints.append(f"merge refused: the clusters hold {d.conflict_group}")
        elif d.blocked:
            constraints.append(
                f"merge refused: the clusters would share a member of {d.conflict_group}"
            )
        if d.same_form:
            decision = "identical normalised form"
            if not d.same_cluster:
                decision += ", kept apart (repeat within one list not allowed)"
        elif d.score is None:
            decision = "no score"
        elif d.accepted and d.merged_here:
            decision = "match: merged by this pair"
        elif d.accepted:
            decision = "match" + (" but refused by a constraint" if d.blocked else "")
        else:
            decision = "no match (score below threshold)"
        if not d.candidate and not d.same_form:
            decision += "; not a candidate pair, so never compared during resolution"
        if d.same_cluster and not d.same_form and not d.merged_here:
            decision += "; same organisation through other links"
        return Explanation(
            mention_a=ma,
            mention_b=mb,
            same_organisation=d.same_cluster,
            forms=(
                table.forms[d.form_a].key.replace("\x1f", " | ").strip(" |"),
                table.forms[d.form_b].key.replace("\x1f", " | ").strip(" |"),
            ),
            blocking=blocking,
            features=feats,
            bias=d.bias,
            score=d.score,
            threshold=lk.threshold,
            classifier=lk.classifier.name,
            decision=decision,
            constraints=tuple(constraints),
        )


def judgement_pairs(
    config: LinkageConfig, mentions: Sequence[Mention]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    by_id = {m.id: [i] for i, m in enumerate(mentions)}
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_name[m.name].append(i)

    def lookup(ref: str) -> list[int]:
        return by_id.get(ref) or by_name.get(ref, [])

    same: list[tuple[int, int]] = []
    not_same: list[tuple[int, int]] = []
    for j in config.judgements:
        left, right = lookup(j.left), lookup(j.right)
        if not left or not right:
            continue
        if j.same:
            anchor = left[0]
            same.extend((anchor, k) for k in left[1:] + right)
        else:
            not_same.extend((a, b) for a in left for b in right)
    return same, not_same


def resolve(
    statements: Iterable[Statement],
    config: LinkageConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> Resolution:
    """Resolve the mentions of *statements* into organisations and group the statements.

    Signatories of one statement are cannot-linked (see ``LinkageConfig``); publishers of
    one statement are must-linked when ``config.publisher_forms_must_link``; judgements
    override scores. See :class:`Resolution` for what comes back.
    """
    config = config or LinkageConfig()
    stmts = list(statements)
    inputs = engine_inputs(stmts, config)
    mentions, groups, must = inputs.mentions, inputs.groups, inputs.must
    same, not_same = judgement_pairs(config, mentions)
    linkage = link_names(
        [m.name for m in mentions],
        groups,
        config,
        must_link=must,
        cannot_link=not_same,
        forced_link=same,
        progress=progress,
    )
    if progress:
        progress("grouping statements")
    resolution = Resolution(
        stmts,
        mentions,
        linkage,
        config,
        lambda org_of: group_statements(stmts, org_of, config),
    )
    resolution.statement_groups  # noqa: B018 - built now, so resolve pays for it once
    return resolution
