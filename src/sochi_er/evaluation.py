"""Evaluation: gold-set loading, aligning parsed mentions to gold rows, and ER metrics.

All metrics are pure functions of two labellings of the same items (gold entity per item,
predicted cluster per item). Pair-based figures are computed from cluster contingency
counts in O(n), never by enumerating pairs, so they work at millions of mentions.

Conventions:

- pairwise precision / recall / F1 are over unordered pairs of distinct items; a figure
  with an empty denominator is 1.0 (nothing to get wrong);
- B-cubed precision / recall are averaged over items;
- a category breakdown scores the pairs *touching* a category (at least one member in it)
  and the B-cubed of the items in it;
- a gold row with an empty ``entity_id`` (category ``noise``) is its own singleton entity,
  so merging it with anything counts as a wrong merge.
"""

from __future__ import annotations

import csv
import html
import json
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping
from pathlib import Path
from typing import TypeVar

import numpy as np
import numpy.typing as npt
from attrs import field, frozen

from sochi_er.records import Mention, Statement

__all__ = [
    "Alignment",
    "BCubed",
    "BlockingQuality",
    "CategoryScores",
    "GoldMention",
    "GoldSet",
    "GoldStatement",
    "HardPair",
    "MergeError",
    "MergeErrors",
    "PairCounts",
    "StatementScores",
    "align",
    "bcubed",
    "blocking_quality",
    "blocking_quality_arrays",
    "blocking_quality_forms",
    "category_breakdown",
    "document_key",
    "document_text",
    "load_gold",
    "merge_errors",
    "normalise_name",
    "pair_counts",
    "pair_counts_arrays",
    "statement_scores",
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


# --------------------------------------------------------------------------- gold set


_DASHES = str.maketrans({"\u2014": "-", "\u2013": "-", "\u2010": "-", "\u2011": "-"})
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalise_name(name: str) -> str:
    """Comparison form used for alignment only: NFKC, dashes and quotes unified,
    whitespace collapsed, case-folded."""
    s = unicodedata.normalize("NFKC", name).translate(_DASHES).translate(_QUOTES)
    return " ".join(s.split()).casefold()


def document_key(location: str) -> str:
    """How the gold set names a document: the file name of its location."""
    return os.path.basename(location.rstrip("/\\")) or location


def _whole_word(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def _occurrence(text: str, name: str, start: int) -> int | None:
    """Index of the whole-word match of *name* starting at *start* among all its matches."""
    for i, m in enumerate(_whole_word(name).finditer(text)):
        if m.start() == start:
            return i
        if m.start() > start:
            break
    return None


def document_text(raw: str) -> str:
    """The text a gold row's name must occur in: the raw text, or for a JSON document the
    HTML-unescaped concatenation of its string values (nbsp as space)."""
    stripped = raw.lstrip()
    if not stripped.startswith(("{", "[")):
        return raw
    try:
        data = json.loads(raw)
    except ValueError:
        return raw
    parts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            parts.append(html.unescape(re.sub(r"<[^>]+>", "\n", node)).replace("\xa0", " "))
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(data)
    return "\n".join(parts)


def _opt_int(value: str) -> int | None:
    value = value.strip()
    return int(value) if value else None


@frozen
class GoldMention:
    """One labelled organisation mention.

    List items are identified by ``(document, ordinal)``; others by ``(document, name,
    occurrence)``, where ``occurrence`` is the index of this whole-word match of ``name``
    among all its matches in the raw document text (derived from ``span_start``).
    """

    document: str
    role: str
    ordinal: int | None
    span_start: int | None
    span_end: int | None
    name: str
    entity_id: str
    category: str
    notes: str = ""
    occurrence: int | None = None
    row: int = field(default=0, eq=False)

    @property
    def label(self) -> str:
        """The entity this row counts as in metrics; noise rows are their own singletons."""
        if self.entity_id:
            return self.entity_id
        where = self.ordinal if self.ordinal is not None else self.span_start
        return f"noise:{self.document}:{where}:{self.name}"

    @property
    def is_noise(self) -> bool:
        return not self.entity_id


@frozen
class GoldStatement:
    """Which statement group the statements of ``kind`` read from ``document`` belong to."""

    document: str
    kind: str
    group: str
    notes: str = ""


@frozen
class HardPair:
    """Two names (as written in the gold set) and whether they are the same organisation."""

    name_a: str
    name_b: str
    same: bool
    category: str
    notes: str = ""


@frozen
class GoldSet:
    """The labelled corpus: mentions, statement groups and hard pairs."""

    mentions: tuple[GoldMention, ...]
    statements: tuple[GoldStatement, ...] = ()
    hard_pairs: tuple[HardPair, ...] = ()

    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({m.document for m in self.mentions}))

    def entities(self) -> tuple[str, ...]:
        return tuple(sorted({m.entity_id for m in self.mentions if m.entity_id}))

    def labels_of(self, name: str) -> set[str]:
        """Entity labels of the rows written exactly *name*."""
        return {m.label for m in self.mentions if m.name == name}

    def without(self, document: str) -> GoldSet:
        """The gold set with *document* left out."""
        return GoldSet(
            tuple(m for m in self.mentions if m.document != document),
            tuple(s for s in self.statements if s.document != document),
            self.hard_pairs,
        )


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _bundled_texts() -> dict[str, str]:
    from sochi_er.corpus import corpus_paths

    return {p.name: p.read_text(encoding="utf-8") for p in corpus_paths()}


def load_gold(
    path: str | os.PathLike[str], texts: Mapping[str, str] | None = None
) -> GoldSet:
    """Load the gold set in directory *path* (``mentions.csv``; ``statements.csv`` and
    ``hard_pairs.csv`` if present). *texts* maps document file names to raw text, used to
    derive each prose row's ``occurrence``; default: the bundled corpus. Raises
    ``ValueError`` if a span does not slice its name out of the raw text."""
    root = Path(path)
    raw = dict(texts) if texts is not None else _bundled_texts()
    mentions: list[GoldMention] = []
    for i, r in enumerate(_read_csv(root / "mentions.csv"), start=2):
        start, end = _opt_int(r["span_start"]), _opt_int(r["span_end"])
        occurrence = None
        text = raw.get(r["document"])
        if start is not None and text is not None:
            if text[start : end if end is not None else start + len(r["name"])] != r["name"]:
                raise ValueError(f"mentions.csv line {i}: span does not slice {r['name']!r}")
            occurrence = _occurrence(text, r["name"], start)
        mentions.append(
            GoldMention(
                document=r["document"],
                role=r["role"],
                ordinal=_opt_int(r["ordinal"]),
                span_start=start,
                span_end=end,
                name=r["name"],
                entity_id=r["entity_id"].strip(),
                category=r["category"].strip(),
                notes=r.get("notes", ""),
                occurrence=occurrence,
                row=i,
            )
        )
    statements: tuple[GoldStatement, ...] = ()
    if (root / "statements.csv").exists():
        statements = tuple(
            GoldStatement(r["document"], r["kind"], r["statement_group"], r.get("notes", ""))
            for r in _read_csv(root / "statements.csv")
        )
    hard: tuple[HardPair, ...] = ()
    if (root / "hard_pairs.csv").exists():
        hard = tuple(
            HardPair(r["name_a"], r["name_b"], r["label"] == "same", r["category"], r["notes"])
            for r in _read_csv(root / "hard_pairs.csv")
        )
    return GoldSet(tuple(mentions), statements, hard)


# --------------------------------------------------------------------------- alignment


@frozen
class Alignment:
    """Parsed mentions matched to gold rows.

    ``matched`` maps mention id to its gold row; ``mentions`` maps every aligned mention id
    to its Mention; ``partial`` lists mention ids matched only because their name contains
    the row's name (a parser that took "Example Network for Human Rights (ENHR)" as one
    name); ``unmatched_gold`` are rows no mention matched; ``unmatched_mentions`` are
    mentions no row matched (restricted to the gold set's documents).
    """

    matched: Mapping[str, GoldMention]
    mentions: Mapping[str, Mention]
    unmatched_gold: tuple[GoldMention, ...]
    unmatched_mentions: tuple[Mention, ...]
    partial: tuple[str, ...] = ()

    def scored(self) -> dict[str, GoldMention]:
        """The matches metrics are computed on: all but the ``partial`` ones (a longer name
        such as "Example Coalition's Media Department" is not simply the row's entity)."""
        skip = set(self.partial)
        return {mid: row for mid, row in self.matched.items() if mid not in skip}

    def gold_labels(self) -> dict[str, str]:
        """Mention id -> gold entity label, for the scored matches."""
        return {mid: row.label for mid, row in self.scored().items()}

    def categories(self) -> dict[str, str]:
        return {mid: row.category for mid, row in self.scored().items()}


def align(statements: Iterable[Statement], gold: GoldSet) -> Alignment:
    """Match parsed mentions to gold rows by content, never by the parser's offsets.

    1. a mention with an ordinal matches the row with the same document and ordinal when
       their names agree (``normalise_name``);
    2. other mentions match a row with the same document, name and occurrence (the index of
       the mention's whole-word match in its statement's text, found from its span); one
       such row may match one mention per statement (an article and the statement it
       reports can both carry the same occurrence);
    3. what is left matches the first free row of the same document and name, preferring
       the same role;
    4. then the first free row of the document whose name the mention's name contains
       (whole words), longest row name first; such matches are listed in ``partial``.
    Roles are otherwise ignored.
    """
    rows_by_ordinal: dict[tuple[str, int], GoldMention] = {}
    rows_by_name: dict[tuple[str, str], list[GoldMention]] = defaultdict(list)
    rows_by_doc: dict[str, list[GoldMention]] = defaultdict(list)
    for gm in gold.mentions:
        if gm.ordinal is not None:
            rows_by_ordinal[(gm.document, gm.ordinal)] = gm
        rows_by_name[(gm.document, normalise_name(gm.name))].append(gm)
        rows_by_doc[gm.document].append(gm)
    documents = set(gold.documents())
    used: set[int] = set()
    used_in: set[tuple[int, str]] = set()  # (row, statement id) for occurrence matches
    matched: dict[str, GoldMention] = {}
    by_id: dict[str, Mention] = {}
    pending: list[tuple[Mention, Statement]] = []
    for st in statements:
        for m in st.mentions:
            doc = document_key(m.document)
            if doc not in documents:
                continue
            by_id[m.id] = m
            row = rows_by_ordinal.get((doc, m.ordinal)) if m.ordinal is not None else None
            if (
                row is not None
                and id(row) not in used
                and normalise_name(row.name) == normalise_name(m.name)
            ):
                used.add(id(row))
                matched[m.id] = row
            else:
                pending.append((m, st))
    leftover: list[Mention] = []
    for m, st in pending:
        candidates = rows_by_name.get((document_key(m.document), normalise_name(m.name)), [])
        occ = _occurrence(st.text, m.name, m.span.start) if m.span is not None else None
        hit = next(
            (r for r in candidates if (id(r), st.id) not in used_in and occ is not None
             and r.occurrence == occ and r.ordinal is None),
            None,
        )
        if hit is None:
            leftover.append(m)
        else:
            used.add(id(hit))
            used_in.add((id(hit), st.id))
            matched[m.id] = hit
    still: list[Mention] = []
    for m in leftover:
        free = [
            r for r in rows_by_name.get((document_key(m.document), normalise_name(m.name)), [])
            if id(r) not in used
        ]
        free.sort(key=lambda r: (r.role != m.role.value, r.occurrence or 0, r.row))
        if free:
            used.add(id(free[0]))
            matched[m.id] = free[0]
        else:
            still.append(m)
    unmatched: list[Mention] = []
    partial: list[str] = []
    for m in still:
        written = normalise_name(m.name)
        inside = [
            r for r in rows_by_doc[document_key(m.document)]
            if id(r) not in used and r.ordinal is None
            and re.search(r"(?<!\w)" + re.escape(normalise_name(r.name)) + r"(?!\w)", written)
        ]
        inside.sort(key=lambda r: (-len(r.name), r.role != m.role.value, r.row))
        if inside:
            used.add(id(inside[0]))
            matched[m.id] = inside[0]
            partial.append(m.id)
        else:
            unmatched.append(m)
    return Alignment(
        matched=matched,
        mentions={mid: by_id[mid] for mid in matched},
        unmatched_gold=tuple(r for r in gold.mentions if id(r) not in used),
        unmatched_mentions=tuple(unmatched),
        partial=tuple(partial),
    )


# --------------------------------------------------------------------------- statements


@frozen
class StatementScores:
    """Pairwise agreement of predicted statement groups with gold groups.

    ``accuracy``: share of statement pairs on which both agree (same group or not);
    ``pairs``: pairwise precision/recall of grouping; ``unknown``: statement ids the gold
    set has no group for (left out of the scores).
    """

    accuracy: float
    correct_pairs: int
    total_pairs: int
    pairs: PairCounts
    unknown: tuple[str, ...]


def statement_scores(
    statements: Iterable[Statement],
    groups: Iterable[Collection[str]],
    gold: GoldSet,
) -> StatementScores:
    """Score predicted statement *groups* (collections of statement ids; a statement in
    none is its own group) against the gold groups of ``gold.statements``, looked up by
    (document, kind), or by document alone when the document has one gold row."""
    by_kind = {(s.document, s.kind): s.group for s in gold.statements}
    per_doc: dict[str, list[str]] = defaultdict(list)
    for s in gold.statements:
        per_doc[s.document].append(s.group)
    truth: dict[str, str] = {}
    unknown: list[str] = []
    for st in statements:
        doc = document_key(st.source)
        grp = by_kind.get((doc, st.kind.value))
        if grp is None and len(per_doc.get(doc, [])) == 1:
            grp = per_doc[doc][0]
        if grp is None:
            unknown.append(st.id)
        else:
            truth[st.id] = grp
    predicted: dict[str, str] = {sid: sid for sid in truth}
    for i, group in enumerate(groups):
        for sid in group:
            if sid in predicted:
                predicted[sid] = f"group-{i}"
    counts = pair_counts(truth, predicted)
    total = _pairs(len(truth))
    # pairs agreed on = together in both + apart in both
    apart_both = total - counts.predicted - counts.actual + counts.true_positive
    correct = counts.true_positive + apart_both
    return StatementScores(_ratio(correct, total), correct, total, counts, tuple(unknown))
