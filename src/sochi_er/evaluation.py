"""Entity-resolution metrics: pairwise, B-cubed, per-category, blocking quality, merge
errors. Loading and aligning the benchmark's gold set is not library code: it lives in
``benchmarks/gold_set.py``.

All metrics are pure functions of two labellings of the same items (gold entity per item,
predicted cluster per item). Pair-based figures are computed from cluster contingency
counts in O(n), never by enumerating pairs, so they work at millions of mentions.

Conventions:

- pairwise precision / recall / F1 are over unordered pairs of distinct items; a figure
  with an empty denominator is 1.0 (nothing to get wrong);
- B-cubed precision / recall are averaged over items;
- a category breakdown scores the pairs *touching* a category (at least one member in it)
  and the B-cubed of the items in it;
- blocking quality is one type, :class:`BlockingQuality`, whichever way the candidates
  are given (item pairs, index arrays, or pairs of forms that stand for groups of items):
  pairs completeness is the share of true item pairs among the candidate item pairs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

import numpy as np
import numpy.typing as npt
from attrs import frozen

__all__ = [
    "BCubed",
    "BlockingQuality",
    "CategoryScores",
    "MergeError",
    "MergeErrors",
    "PairCounts",
    "bcubed",
    "blocking_quality",
    "blocking_quality_arrays",
    "blocking_quality_forms",
    "category_breakdown",
    "merge_errors",
    "pair_counts",
    "pair_counts_arrays",
]

K = TypeVar("K", bound=Hashable)


# --------------------------------------------------------------------------- metrics


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _ratio(num: float, den: float) -> float:
    return num / den if den else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _check_keys(gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]) -> None:
    if len(gold) != len(predicted) or any(k not in predicted for k in gold):
        missing = [k for k in gold if k not in predicted][:3]
        extra = [k for k in predicted if k not in gold][:3]
        raise ValueError(f"labellings cover different items (missing {missing}, extra {extra})")


@frozen
class PairCounts:
    """Mention-pair counts: ``true_positive`` pairs both together, ``predicted`` pairs put
    together by the system, ``actual`` pairs together in gold, out of ``n`` items."""

    true_positive: int
    predicted: int
    actual: int
    n: int

    @property
    def precision(self) -> float:
        return _ratio(self.true_positive, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.true_positive, self.actual)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def wrong(self) -> int:
        """Pairs merged by the system that gold keeps apart."""
        return self.predicted - self.true_positive

    @property
    def missed(self) -> int:
        """Pairs gold puts together that the system kept apart."""
        return self.actual - self.true_positive

    def __sub__(self, other: PairCounts) -> PairCounts:
        return PairCounts(
            self.true_positive - other.true_positive,
            self.predicted - other.predicted,
            self.actual - other.actual,
            self.n - other.n,
        )


def _contingency(
    gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]
) -> tuple[Counter[Hashable], Counter[Hashable], Counter[tuple[Hashable, Hashable]]]:
    g: Counter[Hashable] = Counter(gold.values())
    p: Counter[Hashable] = Counter(predicted[k] for k in gold)
    cells: Counter[tuple[Hashable, Hashable]] = Counter((gold[k], predicted[k]) for k in gold)
    return g, p, cells


def pair_counts(gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]) -> PairCounts:
    """Pairwise counts of *predicted* clusters against *gold* entities (item -> label maps
    over the same items; raises ``ValueError`` otherwise). O(n)."""
    _check_keys(gold, predicted)
    g, p, cells = _contingency(gold, predicted)
    return PairCounts(
        true_positive=sum(_pairs(c) for c in cells.values()),
        predicted=sum(_pairs(c) for c in p.values()),
        actual=sum(_pairs(c) for c in g.values()),
        n=len(gold),
    )


@frozen
class BCubed:
    """B-cubed precision and recall, averaged over ``n`` items."""

    precision: float
    recall: float
    n: int

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


def _per_item_bcubed(
    gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]
) -> dict[K, tuple[float, float]]:
    g, p, cells = _contingency(gold, predicted)
    out: dict[K, tuple[float, float]] = {}
    for k, gl in gold.items():
        pl = predicted[k]
        both = cells[(gl, pl)]
        out[k] = (both / p[pl], both / g[gl])
    return out


def bcubed(gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]) -> BCubed:
    """B-cubed precision/recall of *predicted* against *gold* (same items). O(n)."""
    _check_keys(gold, predicted)
    if not gold:
        return BCubed(1.0, 1.0, 0)
    g, p, cells = _contingency(gold, predicted)
    n = len(gold)
    precision = sum(c * c / p[pl] for (_, pl), c in cells.items()) / n
    recall = sum(c * c / g[gl] for (gl, _), c in cells.items()) / n
    return BCubed(precision, recall, n)


@frozen
class CategoryScores:
    """Scores for one gold category: pairs touching it, B-cubed over its items."""

    category: str
    mentions: int
    pairs: PairCounts
    bcubed: BCubed


def category_breakdown(
    gold: Mapping[K, Hashable],
    predicted: Mapping[K, Hashable],
    categories: Mapping[K, str],
) -> dict[str, CategoryScores]:
    """Per category: pairwise counts over pairs with at least one member in the category
    (all pairs minus the pairs among items outside it), and B-cubed averaged over the
    category's items (each item scored against the whole clustering)."""
    _check_keys(gold, predicted)
    total = pair_counts(gold, predicted)
    per_item = _per_item_bcubed(gold, predicted)
    out: dict[str, CategoryScores] = {}
    for cat in sorted(set(categories[k] for k in gold)):
        inside = [k for k in gold if categories[k] == cat]
        outside_gold = {k: v for k, v in gold.items() if categories[k] != cat}
        outside_pred = {k: predicted[k] for k in outside_gold}
        touching = total - pair_counts(outside_gold, outside_pred)
        precision = sum(per_item[k][0] for k in inside) / len(inside)
        recall = sum(per_item[k][1] for k in inside) / len(inside)
        scores = BCubed(precision, recall, len(inside))
        out[cat] = CategoryScores(cat, len(inside), touching, scores)
    return out


@frozen
class BlockingQuality:
    """How well candidate generation covers the true pairs.

    ``pairs_completeness``: share of true pairs among the candidates; ``reduction_ratio``:
    1 - candidates / all pairs.
    """

    candidates: int
    true_candidates: int
    true_pairs: int
    n: int

    @property
    def pairs_completeness(self) -> float:
        return _ratio(self.true_candidates, self.true_pairs)

    @property
    def reduction_ratio(self) -> float:
        total = _pairs(self.n)
        return 1.0 - self.candidates / total if total else 1.0

    @property
    def pairs_quality(self) -> float:
        """Share of candidates that are true pairs."""
        return _ratio(self.true_candidates, self.candidates)


def blocking_quality(
    gold: Mapping[K, Hashable], candidate_pairs: Iterable[tuple[K, K]]
) -> BlockingQuality:
    """Score *candidate_pairs* (unordered, duplicates and self-pairs ignored) against the
    true pairs of *gold*. Items of a pair missing from *gold* raise ``KeyError``."""
    seen: set[tuple[K, K]] = set()
    true_candidates = 0
    for a, b in candidate_pairs:
        if a == b:
            continue
        if (a, b) in seen or (b, a) in seen:
            continue
        seen.add((a, b))
        if gold[a] == gold[b]:
            true_candidates += 1
    true_pairs = sum(_pairs(c) for c in Counter(gold.values()).values())
    return BlockingQuality(len(seen), true_candidates, true_pairs, len(gold))


IntArray = npt.NDArray[np.int64]


def _dense(labels: npt.ArrayLike) -> IntArray:
    _, inverse = np.unique(np.asarray(labels), return_inverse=True)
    return inverse.astype(np.int64).ravel()


def _array_pairs(counts: IntArray) -> int:
    return int((counts * (counts - 1) // 2).sum())


def pair_counts_arrays(gold: npt.ArrayLike, predicted: npt.ArrayLike) -> PairCounts:
    """:func:`pair_counts` for two parallel label arrays (any dtype numpy can
    sort: ints or strings). Vectorised; for millions of items."""
    g, p = _dense(gold), _dense(predicted)
    if g.shape != p.shape:
        raise ValueError(f"label arrays differ in length: {g.shape[0]} vs {p.shape[0]}")
    if g.size == 0:
        return PairCounts(0, 0, 0, 0)
    cells = g * (int(p.max()) + 1) + p
    _, cell_counts = np.unique(cells, return_counts=True)
    return PairCounts(
        true_positive=_array_pairs(cell_counts.astype(np.int64)),
        predicted=_array_pairs(np.bincount(p).astype(np.int64)),
        actual=_array_pairs(np.bincount(g).astype(np.int64)),
        n=int(g.size),
    )


def blocking_quality_arrays(
    gold: npt.ArrayLike, left: npt.ArrayLike, right: npt.ArrayLike
) -> BlockingQuality:
    """:func:`blocking_quality` for candidate pairs given as two parallel index arrays into
    the *gold* label array (unordered; duplicates and self-pairs ignored). Vectorised."""
    g = _dense(gold)
    a = np.asarray(left, dtype=np.int64).ravel()
    b = np.asarray(right, dtype=np.int64).ravel()
    if a.shape != b.shape:
        raise ValueError("left and right differ in length")
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    keep = lo != hi
    keys = np.unique(lo[keep] * np.int64(g.size) + hi[keep])
    lo, hi = keys // g.size, keys % g.size
    true_candidates = int((g[lo] == g[hi]).sum())
    true_pairs = _array_pairs(np.bincount(g).astype(np.int64)) if g.size else 0
    return BlockingQuality(int(keys.size), true_candidates, true_pairs, int(g.size))


def blocking_quality_forms(
    gold: npt.ArrayLike,
    form_of_item: npt.ArrayLike,
    left_forms: npt.ArrayLike,
    right_forms: npt.ArrayLike,
) -> BlockingQuality:
    """Blocking quality over items when candidates are pairs of *forms* (groups of items
    the engine treats as one: items of one form are always comparable, and a candidate pair
    of forms makes every item of one comparable with every item of the other). Candidate
    form pairs must be distinct and unordered-unique. Vectorised."""
    from scipy.sparse import csr_matrix

    g = _dense(gold)
    f = np.asarray(form_of_item, dtype=np.int64).ravel()
    if f.shape != g.shape:
        raise ValueError("form_of_item and gold differ in length")
    a = np.asarray(left_forms, dtype=np.int64).ravel()
    b = np.asarray(right_forms, dtype=np.int64).ravel()
    n_forms = int(max(f.max(initial=-1), a.max(initial=-1), b.max(initial=-1))) + 1
    size = np.bincount(f, minlength=n_forms).astype(np.int64)
    counts = csr_matrix(
        (np.ones(g.size, dtype=np.int64), (f, g)), shape=(n_forms, int(g.max(initial=-1)) + 1)
    )
    counts.sum_duplicates()
    within_true = _array_pairs(np.asarray(counts.data, dtype=np.int64))
    across_true = int(np.asarray(counts[a].multiply(counts[b]).sum()))
    candidates = _array_pairs(size) + int((size[a] * size[b]).sum())
    true_pairs = _array_pairs(np.bincount(g).astype(np.int64)) if g.size else 0
    return BlockingQuality(candidates, within_true + across_true, true_pairs, int(g.size))


@frozen
class MergeError:
    """A wrong or missed merge between two groups, shown by one representative pair.

    ``a``/``b`` are representative items; ``pairs`` is how many item pairs it stands for.
    """

    a: Hashable
    b: Hashable
    gold_a: Hashable
    gold_b: Hashable
    predicted_a: Hashable
    predicted_b: Hashable
    pairs: int


@frozen
class MergeErrors:
    """``wrong``: gold entities put in one predicted cluster; ``missed``: predicted
    clusters that split one gold entity. Sorted by size, largest first."""

    wrong: tuple[MergeError, ...]
    missed: tuple[MergeError, ...]


def _cross(
    groups: Mapping[Hashable, Mapping[Hashable, list[K]]],
    gold: Mapping[K, Hashable],
    predicted: Mapping[K, Hashable],
) -> list[MergeError]:
    errors: list[MergeError] = []
    for parts in groups.values():
        keys = sorted(parts, key=str)
        for i, x in enumerate(keys):
            for y in keys[i + 1 :]:
                a, b = parts[x][0], parts[y][0]
                size = len(parts[x]) * len(parts[y])
                errors.append(MergeError(a, b, gold[a], gold[b], predicted[a], predicted[b], size))
    errors.sort(key=lambda e: (-e.pairs, str(e.gold_a), str(e.gold_b)))
    return errors


def merge_errors(gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]) -> MergeErrors:
    """Every wrong merge (two gold entities sharing a predicted cluster) and missed merge
    (one gold entity split over predicted clusters), one entry per pair of groups."""
    _check_keys(gold, predicted)
    by_pred: dict[Hashable, dict[Hashable, list[K]]] = defaultdict(lambda: defaultdict(list))
    by_gold: dict[Hashable, dict[Hashable, list[K]]] = defaultdict(lambda: defaultdict(list))
    for k in gold:
        by_pred[predicted[k]][gold[k]].append(k)
        by_gold[gold[k]][predicted[k]].append(k)
    return MergeErrors(
        wrong=tuple(_cross(by_pred, gold, predicted)),
        missed=tuple(_cross(by_gold, gold, predicted)),
    )
