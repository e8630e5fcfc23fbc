"""Candidate generation: several blocking passes over the form table, unioned.

Contract: each pass returns sorted unique pair codes ``i * n + j`` with ``i < j`` over form
indices; :func:`union_passes` merges them and records which passes produced each pair.
Everything is numpy-vectorised; no pass builds a block larger than its cap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np
import numpy.typing as npt
from attrs import frozen

from sochi_er.evaluation import BlockingQuality, blocking_quality_forms
from sochi_er.linkage._arrays import unique_ints
from sochi_er.linkage.config import BlockingOptions
from sochi_er.linkage.forms import FormTable

__all__ = [
    "PASSES",
    "BlockingStats",
    "CandidatePairs",
    "acronym_pass",
    "alias_pass",
    "enabled_passes",
    "exact_pass",
    "pairs_within_blocks",
    "rare_token_pass",
    "script_pass",
    "sorted_neighbourhood_pass",
    "translation_pass",
    "word_bag_pass",
]

IntArray = npt.NDArray[np.int64]
PASSES = (
    "exact",
    "sorted_neighbourhood",
    "rare_tokens",
    "acronyms",
    "aliases",
    "word_bags",
    "scripts",
    "translations",
)
_DESCRIPTIONS = {
    "exact": "same normalised core or same letters without spaces",
    "sorted_neighbourhood": "neighbours when sorted by word fingerprint or reversed letters",
    "rare_tokens": "share a rare word (IDF block)",
    "acronyms": "one is a single word (or explicit acronym) that the other's words make, "
    "also with letters from inside the words, or with some of its words as initials",
    "aliases": "one's parenthesised/dash alias or alias-table row matches the other",
    "word_bags": "same content words in any order, a rare misspelt word read as its "
    "frequent one-edit neighbour",
    "scripts": "an Arabic-script name and a Latin-script name share the consonants of a rare "
    "word (a transliterated place or name)",
    "translations": "the same language-neutral key: organisation words as concepts, proper "
    "nouns as written or (across scripts) as consonants",
}


def _codes(left: IntArray, right: IntArray, n: int) -> IntArray:
    lo = np.minimum(left, right)
    hi = np.maximum(left, right)
    keep = lo != hi
    return unique_ints(lo[keep] * n + hi[keep])


def pairs_within_blocks(keys: IntArray, members: IntArray, cap: int) -> tuple[IntArray, IntArray]:
    """All pairs of members sharing a key, skipping blocks bigger than *cap* or of size 1."""
    keep = keys >= 0
    keys, members = keys[keep], members[keep]
    order = np.lexsort((members, keys))
    keys, members = keys[order], members[order]
    if len(keys) == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    ok = (sizes >= 2) & (sizes <= cap)
    block_end = np.repeat(starts + sizes, sizes)
    row_ok = np.repeat(ok, sizes)
    rows = np.flatnonzero(row_ok)
    counts = block_end[rows] - rows - 1
    total = int(counts.sum())
    left = np.repeat(rows, counts)
    offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    right = left + 1 + offsets
    return members[left], members[right]


def _bipartite(
    lkeys: IntArray, lmembers: IntArray, rkeys: IntArray, rmembers: IntArray, cap: int
) -> tuple[IntArray, IntArray]:
    """Pairs (left member, right member) with equal keys; keys matching > *cap* skipped."""
    lk = lkeys >= 0
    rk = rkeys >= 0
    lkeys, lmembers, rkeys, rmembers = lkeys[lk], lmembers[lk], rkeys[rk], rmembers[rk]
    order = np.argsort(rkeys, kind="stable")
    rkeys, rmembers = rkeys[order], rmembers[order]
    lo = np.searchsorted(rkeys, lkeys, "left")
    hi = np.searchsorted(rkeys, lkeys, "right")
    counts = hi - lo
    counts[counts > cap] = 0
    total = int(counts.sum())
    left = np.repeat(lmembers, counts)
    offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    right = rmembers[np.repeat(lo, counts) + offsets]
    return left, right


def exact_pass(t: FormTable, opts: BlockingOptions) -> IntArray:
    """Forms with the same core (differing in place or aliases) or same letters unspaced."""
    idx = np.arange(t.n, dtype=np.int64)
    a1, b1 = pairs_within_blocks(t.core_code, idx, opts.max_key_block)
    a2, b2 = pairs_within_blocks(t.compact_code, idx, opts.max_key_block)
    return _codes(np.r_[a1, a2], np.r_[b1, b2], t.n)


def _sn(keys: list[str], window: int) -> tuple[IntArray, IntArray]:
    order = np.fromiter(sorted(range(len(keys)), key=keys.__getitem__), np.int64, len(keys))
    lefts, rights = [], []
    for d in range(1, window):
        lefts.append(order[:-d])
        rights.append(order[d:])
    if not lefts:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(lefts), np.concatenate(rights)


def sorted_neighbourhood_pass(t: FormTable, opts: BlockingOptions) -> IntArray:
    """Neighbours within ``window`` after sorting by word fingerprint and by reversed letters."""
    a1, b1 = _sn(t.fingerprint, opts.window)
    a2, b2 = _sn([c[::-1] for c in t.compact], opts.window)
    return _codes(np.r_[a1, a2], np.r_[b1, b2], t.n)


def rare_token_pass(t: FormTable, opts: BlockingOptions) -> IntArray:
    """Forms sharing a word that occurs in at most ``max_token_block`` forms (not stop-words)."""
    members = np.repeat(np.arange(t.n, dtype=np.int64), t.n_tokens)
    keys = t.tok_ids.copy()
    common = (t.token_df[keys] > opts.max_token_block) | t.token_is_stop[keys]
    keys[common] = -1
    a, b = pairs_within_blocks(keys, members, opts.max_token_block)
    return _codes(a, b, t.n)


def acronym_pass(t: FormTable, opts: BlockingOptions) -> IntArray:
    """One-word forms (or explicit acronyms) against forms whose words make that acronym
    (any of their ``acronym_keys``), or make it loosely (``FormTable.loose_codes``); forms
    equal to another's name with a run of its words as initials (``mixed_key_codes``)."""
    idx = np.arange(t.n, dtype=np.int64)
    short = np.r_[t.short_code, t.acronym_code]
    k = t.acronym_key_codes.shape[1]
    a, b = _bipartite(
        short,
        np.r_[idx, idx],
        t.acronym_key_codes.T.ravel(),
        np.tile(idx, k),
        opts.max_key_block,
    )
    k = t.mixed_key_codes.shape[1]
    a2, b2 = _bipartite(
        np.r_[t.content_code, t.content_code],
        np.r_[idx, idx],
        np.r_[t.mixed_key_codes.T.ravel(), t.prefix_key_codes.T.ravel()],
        np.tile(idx, 2 * k),
        opts.max_key_block,
    )
    loose = t.loose_codes
    sub = np.flatnonzero(t.superset_of >= 0)
    return _codes(
        np.r_[a, a2, loose // max(t.n, 1), sub],
        np.r_[b, b2, loose % max(t.n, 1), t.superset_of[sub]],
        t.n,
    )


def alias_pass(t: FormTable, opts: BlockingOptions) -> IntArray:
    """A form's alias part equal to another's core or alias; same alias-table row."""
    idx = np.arange(t.n, dtype=np.int64)
    k = t.alias_codes.shape[1]
    akeys = t.alias_codes.T.ravel()
    amembers = np.tile(idx, k)
    rkeys = np.r_[t.core_code, akeys]
    rmembers = np.r_[idx, amembers]
    a1, b1 = _bipartite(akeys, amembers, rkeys, rmembers, opts.max_key_block)
    a2, b2 = pairs_within_blocks(t.table_code, idx, opts.max_key_block)
    return _codes(np.r_[a1, a2], np.r_[b1, b2], t.n)


def word_bag_pass(t: FormTable, opts: BlockingOptions) -> IntArray:
    """Forms with the same content words in any order (word-order swaps, ``"X - Town"`` vs
    ``"X in Town"``), each rare word first read as the frequent token one edit away that it
    likely misspells (``FormTable.token_canonical``), so one typo does not split a block."""
    idx = np.arange(t.n, dtype=np.int64)
    a, b = pairs_within_blocks(t.fuzzy_bag_code, idx, opts.max_key_block)
    return _codes(a, b, t.n)


def script_pass(t: FormTable, opts: BlockingOptions) -> IntArray:
    """Arabic-script forms against Latin-script forms sharing the consonant skeleton of a
    name-like word (in at most ``max_key_block`` forms; a skeleton matching more Latin
    forms than that is skipped): a transliterated place or name. Only candidates: the
    words around it are translations, so deciding needs alias evidence (an alias table, a
    judgement, a trained model)."""
    members = np.repeat(np.arange(t.n, dtype=np.int64), t.n_tokens)
    keys = t.token_skeleton[t.tok_ids]
    arabic = t.arabic[members]
    latin_keys = np.where(t.token_df[t.tok_ids] <= opts.max_key_block, keys, -1)
    a, b = _bipartite(
        keys[arabic],
        members[arabic],
        latin_keys[~arabic],
        members[~arabic],
        opts.max_key_block,
    )
    return _codes(a, b, t.n)


def translation_pass(t: FormTable, opts: BlockingOptions) -> IntArray:
    """Forms with the same language-neutral key (``FormTable.neutral_exact``) or the same
    cross-script key (``neutral_cross``, or ``neutral_short_cross`` between names in Latin,
    Cyrillic and Greek script)."""
    idx = np.arange(t.n, dtype=np.int64)
    a1, b1 = pairs_within_blocks(t.neutral_exact, idx, opts.max_key_block)
    a2, b2 = _across_scripts(t.neutral_cross, t.script_code, opts)
    a3, b3 = _across_scripts(t.neutral_short_cross, t.script_code, opts)
    return _codes(np.r_[a1, a2, a3], np.r_[b1, b2, b3], t.n)


def _across_scripts(
    keys: IntArray, script: IntArray, opts: BlockingOptions
) -> tuple[IntArray, IntArray]:
    """Pairs sharing a consonant key, in blocks of up to ``max_key_block``; two forms in
    one script only when their block is within ``max_token_block`` (a skeleton such as
    "council | kr" is shared by hundreds of unrelated names in one script, and names in
    one script have their proper nouns compared as written by the exact key)."""
    idx = np.arange(len(keys), dtype=np.int64)
    a, b = pairs_within_blocks(keys, idx, opts.max_key_block)
    if len(a) == 0:
        return a, b
    size = np.bincount(keys[keys >= 0])
    keep = (script[a] != script[b]) | (size[keys[a]] <= opts.max_token_block)
    return a[keep], b[keep]


PASS_FUNCTIONS: dict[str, Callable[[FormTable, BlockingOptions], IntArray]] = {
    "exact": exact_pass,
    "sorted_neighbourhood": sorted_neighbourhood_pass,
    "rare_tokens": rare_token_pass,
    "acronyms": acronym_pass,
    "aliases": alias_pass,
    "word_bags": word_bag_pass,
    "scripts": script_pass,
    "translations": translation_pass,
}


@frozen
class CandidatePairs:
    """Unioned candidate pairs over forms: ``left < right``, sorted by code; ``passes`` is a
    bitmask per pair (bit k set when ``PASSES[k]`` produced it)."""

    n_forms: int
    codes: IntArray
    passes: npt.NDArray[np.uint8]
    per_pass: Mapping[str, int]

    @property
    def left(self) -> IntArray:
        return self.codes // max(self.n_forms, 1)

    @property
    def right(self) -> IntArray:
        return self.codes % max(self.n_forms, 1)

    def __len__(self) -> int:
        return len(self.codes)

    def find(self, i: int, j: int) -> int:
        """Position of the pair of forms *i*, *j* (any order), or -1."""
        lo, hi = min(i, j), max(i, j)
        code = lo * self.n_forms + hi
        pos = int(np.searchsorted(self.codes, code))
        return pos if pos < len(self.codes) and self.codes[pos] == code else -1

    def passes_of(self, position: int) -> tuple[str, ...]:
        bits = int(self.passes[position])
        return tuple(p for k, p in enumerate(PASSES) if bits >> k & 1)

    @staticmethod
    def describe(name: str) -> str:
        return _DESCRIPTIONS[name]


def union_passes(n_forms: int, results: Mapping[str, IntArray]) -> CandidatePairs:
    """Union the passes' pair codes, remembering which passes found each pair."""
    parts = [c for c in results.values() if len(c)]
    codes = unique_ints(np.concatenate(parts)) if parts else np.empty(0, np.int64)
    bits = np.zeros(len(codes), np.uint8)
    for k, name in enumerate(PASSES):
        found = results.get(name)
        if found is not None and len(found):
            pos = np.searchsorted(codes, found)
            bits[pos] |= np.uint8(1 << k)
    return CandidatePairs(
        n_forms=n_forms,
        codes=codes,
        passes=bits,
        per_pass={name: len(c) for name, c in results.items()},
    )


def enabled_passes(opts: BlockingOptions) -> tuple[str, ...]:
    """The names of the passes *opts* switches on, in :data:`PASSES` order."""
    return tuple(name for name in PASSES if getattr(opts, name))


class BlockingStats:
    """Candidate counts per pass and unioned, the reduction ratio over distinct forms, and
    :meth:`quality` (pairs completeness over the input names) for true labels."""

    def __init__(self, candidates: CandidatePairs, form_of_name: IntArray) -> None:
        self._candidates = candidates
        self._form_of_name = form_of_name
        self.per_pass: Mapping[str, int] = dict(candidates.per_pass)
        self.candidate_pairs = len(candidates)
        n = candidates.n_forms
        self.n_forms = n
        self.n_names = len(form_of_name)
        total = n * (n - 1) // 2
        self.reduction_ratio = 1.0 - self.candidate_pairs / total if total else 1.0

    def quality(self, gold: npt.ArrayLike) -> BlockingQuality:
        """Pairs completeness and reduction ratio over the input names for the true
        labels *gold* (one per input name), by the one definition of
        :func:`sochi_er.evaluation.blocking_quality_forms`: two names are comparable when
        they have one form or their forms are a candidate pair."""
        return blocking_quality_forms(
            gold, self._form_of_name, self._candidates.left, self._candidates.right
        )

    def __repr__(self) -> str:
        return (
            f"BlockingStats(candidate_pairs={self.candidate_pairs}, per_pass={self.per_pass}, "
            f"reduction_ratio={self.reduction_ratio:.6f})"
        )
