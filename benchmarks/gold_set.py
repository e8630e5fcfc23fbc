"""The benchmark's gold set: loading ``benchmarks/gold`` and aligning parsed mentions to
its rows by content, and scoring statement grouping against it. Benchmark code, not
library API: the metrics themselves are in :mod:`sochi_er.evaluation`.

A gold row with an empty ``entity_id`` (category ``noise``) is its own singleton entity,
so merging it with anything counts as a wrong merge.
"""

from __future__ import annotations

import csv
import html
import json
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from attrs import field, frozen

from sochi_er.evaluation import PairCounts, pair_counts
from sochi_er.records import Mention, Statement

__all__ = [
    "Alignment",
    "GoldMention",
    "GoldSet",
    "GoldStatement",
    "HardPair",
    "StatementScores",
    "align",
    "document_key",
    "document_text",
    "load_gold",
    "normalise_name",
    "read_rows",
    "statement_scores",
]


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


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file with a header, as dicts."""
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
    for i, r in enumerate(read_rows(root / "mentions.csv"), start=2):
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
            for r in read_rows(root / "statements.csv")
        )
    hard: tuple[HardPair, ...] = ()
    if (root / "hard_pairs.csv").exists():
        hard = tuple(
            HardPair(r["name_a"], r["name_b"], r["label"] == "same", r["category"], r["notes"])
            for r in read_rows(root / "hard_pairs.csv")
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
    total = len(truth) * (len(truth) - 1) // 2
    # pairs agreed on = together in both + apart in both
    apart_both = total - counts.predicted - counts.actual + counts.true_positive
    correct = counts.true_positive + apart_both
    accuracy = correct / total if total else 1.0
    return StatementScores(accuracy, correct, total, counts, tuple(unknown))
