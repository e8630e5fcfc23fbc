"""The array-oriented linkage engine: names in, cluster labels out.

:func:`link_names` is the scale entry point (``resolve`` is built on it): it normalises each
distinct name once, blocks, scores candidate pairs in bulk, classifies and clusters under
constraints. No Mention objects are built, so a million names fit in seconds.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Mapping, Sequence

import numpy as np
import numpy.typing as npt
from attrs import frozen

from sochi_er.linkage import _frame
from sochi_er.linkage._arrays import pack_pairs, unique_ints, unique_inverse
from sochi_er.linkage._memory import retained_heap
from sochi_er.linkage.blocking import BlockingStats, CandidatePairs
from sochi_er.linkage.classify import Classifier, RulesClassifier, probability
from sochi_er.linkage.cluster import EXCLUSIVE_CONFLICT, ClusterResult, cluster
from sochi_er.linkage.config import LinkageConfig
from sochi_er.linkage.features import FEATURES, compute_features, resolve_by_clusters
from sochi_er.linkage.forms import FormTable, build_forms

__all__ = ["STAGES", "NameLinkage", "PairDetail", "link_names"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]
STAGES = ("normalise", "block", "score", "classify", "cluster")
#: Form attributes no cluster may hold two known values of: the country given beside a
#: name, the place qualifier ("X (Italy)" / "X (Spain)": national bodies of one group),
#: and the named alias part of a shared main part ("X - Town A" / "X - Town B": two units
#: of one parent). Each pair is scored against too; this also stops chains through the
#: bare shared part ("X").
EXCLUSIVE = ("country_code", "unit_code", "number_code", "place_country_code")
EXCLUSIVE_WORDS = (
    "different countries",
    "different units",
    "different numbers",
    "different countries in their place qualifiers",
)


@frozen
class PairDetail:
    """Everything the engine knows about two input names (for explanations)."""

    form_a: int
    form_b: int
    same_form: bool
    candidate: bool
    passes: tuple[str, ...]
    features: tuple[float, ...]
    contributions: tuple[float, ...]
    bias: float
    score: float | None
    accepted: bool
    merged_here: bool
    blocked: bool
    conflict_group: str | None
    must_linked: bool
    cannot_linked: bool
    same_cluster: bool


class NameLinkage:
    """Result of :func:`link_names`.

    ``labels[i]``: the smallest input index of the cluster of name ``i`` (the partition is
    independent of input order); ``n_forms``: distinct normalised forms; ``candidate_pairs``:
    unioned candidate pairs over forms; ``timings``: seconds per stage (:data:`STAGES`);
    ``blocking``: :class:`~sochi_er.linkage.blocking.BlockingStats`. The remaining
    attributes are the engine's working arrays, read by ``Resolution``.
    """

    def __init__(
        self,
        *,
        labels: IntArray,
        table: FormTable,
        form_of_name: IntArray,
        node_of_name: IntArray,
        candidates: CandidatePairs,
        features: FloatArray,
        contributions: FloatArray,
        scores: FloatArray,
        classifier: Classifier,
        threshold: float,
        clustering: ClusterResult,
        edge_positions: IntArray,
        must_links: frozenset[tuple[int, int]],
        cannot_links: frozenset[tuple[int, int]],
        group_names: Sequence[str],
        timings: Mapping[str, float],
    ) -> None:
        self.labels = labels
        self.table = table
        self.form_of_name = form_of_name
        self.node_of_name = node_of_name
        self.candidates = candidates
        self.features = features
        self.contributions = contributions
        self.scores = scores
        self.classifier = classifier
        self.threshold = threshold
        self.clustering = clustering
        self.edge_positions = edge_positions
        self.must_links = must_links
        self.cannot_links = cannot_links
        self.group_names = group_names
        self.timings = dict(timings)
        self.blocking = BlockingStats(candidates, form_of_name)
        self.n_forms = table.n
        self.candidate_pairs = len(candidates)
        # per candidate pair: did the clustering merge/block it?
        self.pair_merged = np.zeros(len(candidates), np.bool_)
        self.pair_blocked = np.zeros(len(candidates), np.bool_)
        self.pair_conflict = np.full(len(candidates), -1, np.int64)
        self.pair_merged[edge_positions] = clustering.merged
        self.pair_blocked[edge_positions] = clustering.blocked
        self.pair_conflict[edge_positions] = clustering.conflict_group

    def accepted_pairs(self) -> tuple[IntArray, IntArray, FloatArray]:
        """Candidate form pairs scored at or above the threshold whose forms ended in one
        cluster: (form a, form b, score)."""
        a, b = self.candidates.left, self.candidates.right
        node_label = self.clustering.labels
        ok = (self.scores >= self.threshold) & (node_label[a] == node_label[b])
        return a[ok], b[ok], self.scores[ok]

    def detail(self, i: int, j: int) -> PairDetail:
        """What happened to input names *i* and *j*."""
        fa, fb = int(self.form_of_name[i]), int(self.form_of_name[j])
        na, nb = int(self.node_of_name[i]), int(self.node_of_name[j])
        pos = self.candidates.find(fa, fb) if fa != fb else -1
        if pos >= 0:
            feats = tuple(float(v) for v in self.features[pos])
            contr = tuple(float(v) for v in self.contributions[pos])
            score: float | None = float(self.scores[pos])
        elif fa != fb:
            x = compute_features(self.table, np.array([fa]), np.array([fb]))
            feats = tuple(float(v) for v in x[0])
            contr = tuple(float(v) for v in self.classifier.contributions(x)[0])
            score = float(probability(self.classifier, x)[0])
        else:
            feats = contr = ()
            score = None
        conflict = int(self.pair_conflict[pos]) if pos >= 0 else -1
        key = (min(i, j), max(i, j))
        return PairDetail(
            form_a=fa,
            form_b=fb,
            same_form=fa == fb,
            candidate=pos >= 0,
            passes=self.candidates.passes_of(pos) if pos >= 0 else (),
            features=feats,
            contributions=contr,
            bias=float(self.classifier.bias),
            score=score,
            accepted=score is not None and score >= self.threshold,
            merged_here=bool(self.pair_merged[pos]) if pos >= 0 else False,
            blocked=bool(self.pair_blocked[pos]) if pos >= 0 else False,
            conflict_group=(
                self.group_names[conflict]
                if 0 <= conflict < len(self.group_names)
                else (
                    "a not-same judgement"
                    if conflict >= 0
                    else EXCLUSIVE_WORDS[EXCLUSIVE_CONFLICT - conflict]
                    if conflict <= EXCLUSIVE_CONFLICT
                    else None
                )
            ),
            must_linked=key in self.must_links,
            cannot_linked=key in self.cannot_links,
            same_cluster=bool(self.clustering.labels[na] == self.clustering.labels[nb]),
        )


def _nodes(
    form_of_name: IntArray, group_code: IntArray, n_forms: int, allow_repeats: bool
) -> IntArray:
    """Node per name: its form, except repeated forms within one group when repeats are
    not allowed (the k-th repeat becomes its own node)."""
    node = form_of_name.copy()
    if allow_repeats:
        return node
    idx = np.flatnonzero(group_code >= 0)
    if len(idx) == 0:
        return node
    order = idx[np.lexsort((idx, group_code[idx], form_of_name[idx]))]
    f, g = form_of_name[order], group_code[order]
    start = np.r_[True, (f[1:] != f[:-1]) | (g[1:] != g[:-1])]
    run_start = np.maximum.accumulate(np.where(start, np.arange(len(order)), 0))
    rank = np.arange(len(order)) - run_start
    extra = rank > 0
    if extra.any():
        pairs = f[extra] * (len(order) + 1) + rank[extra]
        inv = unique_inverse(pairs)[1]
        node[order[extra]] = n_forms + inv
    return node


def _group_csr(
    node_of_name: IntArray, group_code: IntArray, n_nodes: int, extra: list[tuple[int, int]]
) -> tuple[IntArray, IntArray]:
    has = group_code >= 0
    nodes = node_of_name[has]
    gids = group_code[has]
    if extra:
        arr = np.asarray(extra, np.int64)
        nodes = np.r_[nodes, arr[:, 0]]
        gids = np.r_[gids, arr[:, 1]]
    packed = unique_ints(pack_pairs(nodes, gids))
    pair_nodes, pair_groups = packed >> 31, packed & ((1 << 31) - 1)
    counts = np.bincount(pair_nodes, minlength=n_nodes)
    indptr = np.r_[0, np.cumsum(counts)].astype(np.int64)
    return indptr, pair_groups.astype(np.int64)


def _classifier(config: LinkageConfig, features: FloatArray) -> Classifier:
    if config.classifier == "ecm":
        return _frame.ECMAdapter().fit(features)
    if config.classifier == "logistic":
        names = [n for p in config.training_pairs for n in (p.left, p.right)]
        table, form_of = build_forms(names, config.alias_table)
        a, b = form_of[0::2], form_of[1::2]
        x = compute_features(table, a, b)
        same_form = a == b
        x[same_form] = compute_features(table, a[same_form], a[same_form])  # identical
        labels = np.asarray([p.same for p in config.training_pairs], np.bool_)
        return _frame.LogisticAdapter().fit(x, labels)
    return RulesClassifier()


def link_names(
    names: Sequence[str],
    groups: Sequence[str | None] | None = None,
    config: LinkageConfig | None = None,
    *,
    must_link: Sequence[tuple[int, int]] = (),
    cannot_link: Sequence[tuple[int, int]] = (),
    forced_link: Sequence[tuple[int, int]] = (),
    progress: Callable[[str], None] | None = None,
    countries: Sequence[str | None] | None = None,
) -> NameLinkage:
    """Resolve *names* (one per mention) into clusters.

    *groups*: per name, the signatory list it belongs to (``None``: none). Two names of one
    group are cannot-linked unless their normalised forms are identical and
    ``config.allow_repeats_in_list``. *must_link* / *cannot_link*: pairs of input indices
    that override scores (a must-link never breaks a list's cannot-link); *forced_link*:
    pairs joined even against a list's cannot-link (a user's "same" judgement, the
    documented override for a list that repeats one organisation). *countries*: per name,
    the country given beside it (a table's country column) or ``None``; differing
    countries are evidence against (the ``country`` feature). Returns a
    :class:`NameLinkage`; stable across runs, and the partition does not depend on input
    order.
    """
    # The engine allocates millions of small objects that make no reference cycles (word
    # tuples, keys, forms): the cycle collector would traverse every live object again
    # and again for nothing (on the 75 k ROR names about 1.6 s of 17). Paused for the
    # run, restored after; whatever it would have found is collected then. A large run
    # also keeps the C memory it frees, for its next arrays (``_memory.retained_heap``).
    collecting = gc.isenabled()
    gc.disable()
    try:
        with retained_heap(len(names)):
            return _link_names(
                names,
                groups,
                config,
                must_link=must_link,
                cannot_link=cannot_link,
                forced_link=forced_link,
                progress=progress,
                countries=countries,
            )
    finally:
        if collecting:
            gc.enable()


def _link_names(
    names: Sequence[str],
    groups: Sequence[str | None] | None,
    config: LinkageConfig | None,
    *,
    must_link: Sequence[tuple[int, int]],
    cannot_link: Sequence[tuple[int, int]],
    forced_link: Sequence[tuple[int, int]],
    progress: Callable[[str], None] | None,
    countries: Sequence[str | None] | None,
) -> NameLinkage:
    config = config or LinkageConfig()
    say = progress or (lambda _msg: None)
    timings: dict[str, float] = {}
    n = len(names)
    groups = groups if groups is not None else [None] * n
    if len(groups) != n:
        raise ValueError(f"{len(groups)} groups for {n} names")

    t0 = time.perf_counter()
    say(f"normalising {n} names")
    table, form_of_name = build_forms(names, config.alias_table, groups, countries)
    group_names = sorted({g for g in groups if g is not None})
    gindex = {g: k for k, g in enumerate(group_names)}
    group_code = np.fromiter((gindex[g] if g is not None else -1 for g in groups), np.int64, n)
    node_of_name = _nodes(form_of_name, group_code, table.n, config.allow_repeats_in_list)
    n_nodes = int(node_of_name.max()) + 1 if n else 0
    n_nodes = max(n_nodes, table.n)
    # A cannot-link between two names of one node: the right-hand names get their own node.
    split: dict[int, int] = {}
    for i, j in sorted(cannot_link):
        if i != j and node_of_name[i] == node_of_name[j]:
            old = int(node_of_name[j])
            if old not in split:
                split[old] = n_nodes
                n_nodes += 1
            node_of_name[j] = split[old]
    timings["normalise"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    say(f"blocking {table.n} distinct forms")
    candidates = _frame.index_candidates(table, config.blocking)
    timings["block"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    say(f"scoring {len(candidates)} candidate pairs")
    a, b = candidates.left, candidates.right
    features = _frame.compare(table, a, b)
    timings["score"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    say(f"classifying with {config.classifier}")
    clf = _classifier(config, features)
    contributions = (
        clf.contributions(features) if len(features) else np.zeros((0, len(FEATURES)), np.float32)
    )
    logit = clf.bias + contributions.sum(axis=1)
    scores = (1.0 / (1.0 + np.exp(-np.clip(logit, -30, 30)))).astype(np.float32)
    timings["classify"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    say("clustering under constraints")
    forced = frozenset((min(i, j), max(i, j)) for i, j in forced_link if i != j)
    must = frozenset((min(i, j), max(i, j)) for i, j in must_link if i != j) | forced
    cannot = frozenset((min(i, j), max(i, j)) for i, j in cannot_link if i != j)
    virtual: list[tuple[int, int]] = []
    for k, (i, j) in enumerate(sorted(cannot)):
        gid = len(group_names) + k
        virtual += [(int(node_of_name[i]), gid), (int(node_of_name[j]), gid)]
    indptr, gids = _group_csr(node_of_name, group_code, n_nodes, virtual)
    must_nodes = [(int(node_of_name[i]), int(node_of_name[j])) for i, j in sorted(must - forced)]
    forced_nodes = [(int(node_of_name[i]), int(node_of_name[j])) for i, j in sorted(forced)]
    ok = np.flatnonzero(scores >= config.threshold)
    order = ok[np.lexsort((candidates.codes[ok], -scores[ok]))]
    exclusive = np.full((n_nodes, len(EXCLUSIVE)), -1, np.int64)
    for k, attribute in enumerate(EXCLUSIVE):
        exclusive[node_of_name, k] = getattr(table, attribute)[form_of_name]
    result = cluster(n_nodes, indptr, gids, must_nodes, a[order], b[order], forced_nodes, exclusive)
    # ambiguous acronyms and translations whose competing names are one organisation
    # once clustered: scored again and clustered once more
    changed = resolve_by_clusters(table, a, b, features, result.labels[: table.n])
    if len(changed):
        contributions[changed] = clf.contributions(features[changed])
        logit = clf.bias + contributions[changed].sum(axis=1)
        scores[changed] = 1.0 / (1.0 + np.exp(-np.clip(logit, -30, 30)))
        ok = np.flatnonzero(scores >= config.threshold)
        order = ok[np.lexsort((candidates.codes[ok], -scores[ok]))]
        result = cluster(
            n_nodes, indptr, gids, must_nodes, a[order], b[order], forced_nodes, exclusive
        )
    node_label = result.labels[node_of_name]
    smallest = np.full(n_nodes, n, np.int64)
    np.minimum.at(smallest, node_label, np.arange(n, dtype=np.int64))
    labels = smallest[node_label]
    timings["cluster"] = time.perf_counter() - t0

    return NameLinkage(
        labels=labels,
        table=table,
        form_of_name=form_of_name,
        node_of_name=node_of_name,
        candidates=candidates,
        features=features,
        contributions=contributions,
        scores=scores,
        classifier=clf,
        threshold=config.threshold,
        clustering=result,
        edge_positions=order.astype(np.int64),
        must_links=must,
        cannot_links=cannot,
        group_names=group_names,
        timings=timings,
    )
