"""Pair features: vectorised comparison of candidate form pairs, each explainable.

Contract: each comparison is one :class:`Feature` object (how it is computed, its weight
rule, its ECM cut, how it explains itself); :data:`FEATURES` lists them in column order.
:func:`compute_features` returns a float32 matrix with one row per pair and one column per
feature; :func:`describe_feature` turns one value into words.
String similarities use rapidfuzz ``cpdist`` (bulk, multi-threaded); token overlap uses a
sparse IDF matrix; the key-based features compare integer codes.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import permutations
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from attrs import field, frozen
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, JaroWinkler
from rapidfuzz.process import cpdist

from sochi_er.linkage._arrays import pack_pairs, unique_ints
from sochi_er.linkage.forms import ALIKE_PROPER, FormTable, mixed_hits, shortened_hits
from sochi_er.linkage.normalise import reads_as
from sochi_er.linkage.translation import neutral_key
from sochi_er.linkage.vocabulary import (
    LOOSE_MORE_LETTERS,
    NAMES_PER_ACRONYM,
    TIER_LOOSE,
    TIER_MIXED,
    acronym_min_letters,
)

__all__ = [
    "FEATURES",
    "FEATURE_INDEX",
    "NAMES_PER_ACRONYM",
    "Feature",
    "acronym_min_letters",
    "compute_features",
    "describe_feature",
    "linear",
    "signed",
]

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]

#: A single-word difference inside a template shared by at least this many distinct names
#: is a distinguishing token ("local council of <village>").
MIN_TEMPLATE_FILLERS = 4
#: Two words at least this similar (rapidfuzz ratio, 0-100), or one edit apart (optimal
#: string alignment: insertion, deletion, substitution, adjacent transposition) when both
#: have at least CLOSE_MIN_LENGTH letters, are "close in spelling".
CLOSE_WORDS = 85.0
CLOSE_MIN_LENGTH = 4
#: Shortest words read as two unlike proper nouns in one name pattern (shorter ones
#: are too often a slip: "Aid" / "Atd").
PROPER_MIN_LENGTH = 4
#: A word in at least max(COMMON_WORD_MIN, COMMON_WORD_SHARE x forms) forms is a common
#: word (a pattern's constant such as "council"), not a name filling a pattern's slot.
COMMON_WORD_MIN = 20
COMMON_WORD_SHARE = 0.002
#: A form attested in 2+ lists still reads as a slip when the other is attested this many
#: times as often: in a common word (a recurring typo of "development"), or, far more
#: strictly, in a name (a second village that is just rarely listed must stay apart).
SLIP_RATIO_COMMON_WORD = 8
SLIP_RATIO_NAME = 50
#: Forms attested in at least this many lists each are "well attested": a word that
#: tells them apart is read as deliberate, not as a slip.
ESTABLISHED_SUPPORT = 2
#: Similarity (rapidfuzz ratio, 0-100) of the proper nouns as written that two names
#: sharing only the short cross key (``NeutralKey.short_cross``) need: cognates are written
#: alike.
SHORT_KEY_ALIKE = 70.0
#: Similarity (rapidfuzz ratio, 0-100) of the proper nouns as written, and the fewest
#: letters they need on each side, for two names of one script with the same organisation
#: concepts in two languages to read as one when their keys differ ("Universidade Católica
#: de Exemplândia" / "Catholic University of Examplandia"). On the ROR tuning half the
#: candidate pairs scored below the threshold that pass were 116 of one organisation and
#: 3 of two (85 and 8); shorter proper nouns ("Fata" / "Fasta") fit other names.
TRANSLATED_ALIKE = 85.0
TRANSLATED_MIN_LETTERS = 8
#: Most proper nouns an Arabic and a Latin name are read word for word in any order.
MAX_READ_WORDS = 4
#: Most names under one cross key whose long vowels are read to tell which Latin name an
#: Arabic one is (on the ROR tuning half the largest such key has 7 names).
MAX_READ_GROUP = 64
#: Feature value of an acronym or alias agreement that other names share (ambiguous).
AMBIGUOUS = 0.1


def _letters_needed(n_names: IntArray) -> IntArray:
    """:func:`acronym_min_letters` (tier 1) of each count."""
    values, inverse = np.unique(n_names, return_inverse=True)
    per = np.fromiter((acronym_min_letters(int(v)) for v in values), np.int64, len(values))
    out: IntArray = per[inverse.reshape(-1)]
    return out


_CHUNK = 1_000_000
#: Log-odds of a name that is another without its legal form, alone (on the ROR tuning
#: half 99% of the unique ones are one organisation: "X" / "X Co., Ltd.").
SHORTENED_WEIGHT = 8.0


def _idf_matrix(t: FormTable) -> sp.csr_matrix:
    data = t.token_idf[t.tok_ids]
    m = sp.csr_matrix((data, t.tok_ids, t.tok_indptr), shape=(t.n, len(t.token_vocab)))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ m)


def _idf_overlap(m: sp.csr_matrix, a: IntArray, b: IntArray) -> npt.NDArray[np.float64]:
    out = np.empty(len(a), np.float64)
    for s in range(0, len(a), _CHUNK):
        e = s + _CHUNK
        out[s:e] = np.asarray(m[a[s:e]].multiply(m[b[s:e]]).sum(axis=1)).ravel()
    return out


def _any_equal(x: IntArray, y: IntArray) -> npt.NDArray[np.bool_]:
    """Row-wise: does any non-negative code of *x* (n, k) equal any of *y* (n, m)?"""
    hit = np.zeros(x.shape[0], np.bool_)
    rows = np.flatnonzero((x >= 0).any(axis=1))  # most names have no such code
    if len(rows) == 0:
        return hit
    x, y = x[rows], y[rows]
    found = np.zeros(len(rows), np.bool_)
    for i in range(x.shape[1]):
        xi = x[:, i]
        for j in range(y.shape[1]):
            found |= (xi >= 0) & (xi == y[:, j])
    hit[rows] = found
    return hit


def _short(t: FormTable, x: IntArray) -> IntArray:
    """The form as a possible acronym: its one-word core, else its explicit acronym."""
    out: IntArray = np.where(t.short_code[x] >= 0, t.short_code[x], t.acronym_code[x])
    return out


def acronym_hits(
    t: FormTable, x: IntArray, y: IntArray
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Row-wise: is *x* (as a short form) one of the acronyms *y*'s words make, and is it
    unambiguous: made at the best tier any name makes it at, by one name only, claimed as
    an alias part by at most one name, and long enough for its tier
    (:func:`acronym_min_letters`)?"""
    short = _short(t, x)
    hit = np.zeros(len(x), np.bool_)
    unique = np.zeros(len(x), np.bool_)
    k = np.flatnonzero(short >= 0)  # only a form that reads as an acronym can hit
    if len(k) == 0:
        return hit, unique
    hit[k] = (t.acronym_key_codes[y[k]] == short[k][:, None]).any(axis=1)
    k = np.flatnonzero(hit)
    if len(k) == 0:
        return hit, unique
    x, y, short = x[k], y[k], short[k]
    keys = t.acronym_key_codes[y]
    safe = np.maximum(keys, 0)
    hit_k = keys == short[:, None]
    tiers = t.acronym_key_tiers[y]
    base = _letters_needed(t.names_in_country(x))
    need = base[:, None] + (tiers > 1)
    best = (tiers == t.acronym_best_tier[safe]) & (t.short_length[x][:, None] >= need)
    alone = t.acronym_names(keys, t.country_code[x]) <= 1
    claimed = t.alias_count[np.maximum(short, 0)] <= 1
    unique[k] = (hit_k & best & alone).any(axis=1) & claimed
    return hit, unique


def _acronym(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    """1 for an unambiguous acronym agreement, AMBIGUOUS when other names make those
    initials too (or another claims that acronym), else 0; 0 also when the two names give
    different short names of their own (the acronym conflict)."""
    out = np.zeros(len(a), np.float32)
    for x, y in ((a, b), (b, a)):
        hit, unique = acronym_hits(t, x, y)
        agree = np.where(hit, np.where(unique, 1.0, AMBIGUOUS), 0.0).astype(np.float32)
        out = np.maximum(out, agree)
    acr = t.acronym_code[a]
    both = (acr >= 0) & (acr == t.acronym_code[b])
    unique = t.alias_count[np.maximum(acr, 0)] <= 1
    out = np.maximum(out, np.where(both, np.where(unique, 1.0, AMBIGUOUS), 0.0).astype(np.float32))
    for x, y in ((a, b), (b, a)):
        for hits in (loose_hits, mixed_hits):
            hit, unique = hits(t, x, y)
            agree = np.where(hit, np.where(unique, 1.0, AMBIGUOUS), 0.0).astype(np.float32)
            out = np.maximum(out, agree)
    # each name gives its own short name and they differ: letters one short name shares
    # with the other's long name are no agreement ("Civic Media Lab (CIMELA)" / "Civic
    # Media Labs (MEDLAB)")
    out[_conflict(t, a, b)] = 0.0
    return out


def loose_hits(
    t: FormTable, x: IntArray, y: IntArray
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Row-wise: does *x* fit *y* as a loose acronym (letters from inside the words too),
    and is that unambiguous: no name makes those letters as a usual acronym, *x* fits no
    other name loosely, no other name claims it, and it has one letter more than a variant
    acronym needs (:func:`acronym_min_letters`, tier 2)?"""
    hit = t.loose_hits(x, y)
    unique = np.zeros(len(x), np.bool_)
    k = np.flatnonzero(hit)
    if len(k) == 0:
        return hit, unique
    xk = x[k]
    short = np.maximum(_short(t, xk), 0)
    need = _letters_needed(t.names_in_country(xk)) + LOOSE_MORE_LETTERS
    unique[k] = (
        (t.loose_names[xk] == 1)
        & (t.acronym_best_tier[short] > TIER_LOOSE)
        & (t.alias_count[short] <= 1)
        & (t.short_length[xk] >= need)
    )
    return hit, unique


_TIER_WORDS = {
    1: "the initials of its content words",
    2: "initials keeping the function words or taking letters from inside compound words",
    3: "initials leaving out its first or last word",
    TIER_LOOSE: "a loose acronym (letters taken from inside its words too)",
    TIER_MIXED: "the name with a run of its words as initials",
}


def _describe_acronym(f: Feature, value: float, t: FormTable | None, a: int, b: int) -> str:
    if t is None or a < 0 or value <= 0:
        return _describe_state(f, value, t, a, b)
    for x, y in ((a, b), (b, a)):
        mixed, mixed_unique = mixed_hits(t, np.array([x]), np.array([y]))
        if mixed[0]:
            what = f"'{t.forms[x].core}' is {_TIER_WORDS[TIER_MIXED]} of '{t.core[y]}'"
            if mixed_unique[0] or value >= 1:
                return f"{what}, and of no other name: yes"
            return (
                f"{what}, but other names make it too: ambiguous, linked only with other "
                f"evidence (value {value:.1f})"
            )
        short = int(_short(t, np.array([x]))[0])
        keys = t.acronym_key_codes[y].tolist()
        loose, loose_unique = loose_hits(t, np.array([x]), np.array([y]))
        if short >= 0 and short not in keys and loose[0]:
            what = f"'{t.forms[x].core}' is {_TIER_WORDS[TIER_LOOSE]} of '{t.core[y]}'"
            if loose_unique[0]:
                return f"{what}, and of no other name: yes"
            fits = int(t.loose_names[x])
            need = int(_letters_needed(t.names_in_country(np.array([x])))[0]) + LOOSE_MORE_LETTERS
            if fits > 1:
                why = f"it fits {fits} different names"
            elif int(t.short_length[x]) < need:
                among = int(t.names_in_country(np.array([x]))[0])
                why = f"among {among} names a loose acronym needs {need}+ letters"
            elif int(t.acronym_best_tier[short]) <= TIER_LOOSE:
                why = "other names make it as a usual acronym"
            else:
                why = "other names claim it as their acronym"
            return (
                f"{what}, but {why}: ambiguous, linked only with other evidence (value {value:.1f})"
            )
        if short >= 0 and short in keys:
            k = keys.index(short)
            tier = int(t.acronym_key_tiers[y, k])
            best = int(t.acronym_best_tier[short])
            names = int(t.acronym_names(np.array([[short]]), t.country_code[np.array([x])])[0, 0])
            what = f"'{t.forms[x].core}' is {_TIER_WORDS.get(tier, 'an acronym')} of '{t.core[y]}'"
            if value >= 1:
                return f"{what}, and of no other name: yes"
            if np.isclose(value, CLUSTER_RESOLVED):
                return (
                    f"{what}; {names} different names make it, all of them already one "
                    f"organisation: yes (value {value:.1f})"
                )
            need = acronym_min_letters(int(t.names_in_country(np.array([x]))[0]), tier)
            if int(t.short_length[x]) < need:
                among = int(t.names_in_country(np.array([x]))[0])
                why = f"among {among} names an acronym needs {need}+ letters to fit one alone"
            elif best < tier:
                why = "other names make it more directly"
            elif names > 1:
                why = f"{names} different names make it"
            else:
                why = "other names claim it as their acronym"
            return (
                f"{what}, but {why}: ambiguous, linked only with other evidence (value {value:.1f})"
            )
    return _describe_state(f, value, t, a, b)


def _alias(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    out = np.zeros(len(a), np.float32)
    # only pairs where a form carries an alias part can agree on one (most carry none)
    k = np.flatnonzero(t.has_alias[a] | t.has_alias[b])
    ak, bk = a[k], b[k]
    part = np.zeros(len(k), np.float32)
    for x, y in ((ak, bk), (bk, ak)):
        ax = t.alias_codes[x]
        hit = _any_equal(ax, t.core_code[y][:, None])
        counts = t.alias_count[np.maximum(ax, 0)]
        counts[ax < 0] = 0
        unique = counts.max(axis=1) <= 1
        agree = np.where(hit, np.where(unique, 1.0, AMBIGUOUS), 0.0).astype(np.float32)
        part = np.maximum(part, agree)
    shared = _any_equal(t.alias_codes[ak], t.alias_codes[bk])
    part[shared] = np.maximum(part[shared], AMBIGUOUS)
    out[k] = part
    table = (t.table_code[a] >= 0) & (t.table_code[a] == t.table_code[b])
    out[table] = 1.0
    return out


def _alias_conflict(t: FormTable, a: IntArray, b: IntArray) -> npt.NDArray[np.bool_]:
    """Both carry a named (non-acronym) alias part and none agrees: ``"X - Mejot"`` vs
    ``"X - Qaryat"`` name two bodies that share a generic main part."""
    out = np.zeros(len(a), np.bool_)
    # parts written in two scripts cannot be compared letter by letter ("X - غليزان" /
    # "X - Relizane")
    k = np.flatnonzero(t.has_named_alias[a] & t.has_named_alias[b] & (t.arabic[a] == t.arabic[b]))
    out[k] = ~_any_equal(t.named_alias_codes[a[k]], t.named_alias_codes[b[k]])
    return out


def _place(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    pa, pb = t.place_code[a], t.place_code[b]
    known = (pa >= 0) & (pb >= 0)
    out = np.where(known, np.where(pa == pb, 1.0, -1.0), 0.0).astype(np.float32)
    # two countries as qualifiers, one a place and one a part in brackets, differ too
    ca, cb = t.place_country_code[a], t.place_country_code[b]
    out[(ca >= 0) & (cb >= 0) & (ca != cb)] = -1.0
    return out


def differing_position(t: FormTable, a: IntArray, b: IntArray) -> IntArray:
    """Position of the only word where *a* and *b* differ (same word count), else -1."""
    pos = np.full(len(a), -1, np.int64)
    # a template holds the word count: only pairs of one count (2+) and two cores can share
    count = t.word_count[a]
    k = np.flatnonzero(
        (count == t.word_count[b]) & (count >= 2) & (t.core_code[a] != t.core_code[b])
    )
    ak, bk = a[k], b[k]
    found = np.full(len(k), -1, np.int64)
    # word p blanked, the two read the same; the first such p (last written). One column
    # at a time: gathering whole rows and reducing them cost three times as much
    for p in reversed(range(t.template_code.shape[1])):
        column = np.ascontiguousarray(t.template_code[:, p])
        ta = column[ak]
        found[(ta >= 0) & (ta == column[bk])] = p
    pos[k] = found
    return pos


def close_words(
    wa: npt.NDArray[np.object_], wb: npt.NDArray[np.object_], shortest: IntArray | None = None
) -> npt.NDArray[np.bool_]:
    """Row-wise: are the two words close in spelling (see :data:`CLOSE_WORDS`)?
    *shortest*: the fewer letters of each two, when known."""
    if len(wa) == 0:
        return np.zeros(0, np.bool_)
    ratio = cpdist(wa, wb, scorer=fuzz.ratio, workers=-1, dtype=np.float32)
    edits = cpdist(wa, wb, scorer=OSA.distance, workers=-1, dtype=np.int32)
    if shortest is None:
        shortest = np.minimum(
            np.fromiter(map(len, wa), np.int64, len(wa)),
            np.fromiter(map(len, wb), np.int64, len(wb)),
        )
    return (ratio >= CLOSE_WORDS) | ((edits <= 1) & (shortest >= CLOSE_MIN_LENGTH))


def _differing_word(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    out = np.zeros(len(a), np.float32)
    k = np.flatnonzero(extra_word(t, a, b))
    out[k[np.minimum(t.support[a[k]], t.support[b[k]]) >= ESTABLISHED_SUPPORT]] = -1.0
    pos = differing_position(t, a, b)
    k = np.flatnonzero(pos >= 0)
    if len(k) == 0:
        return out
    ak, bk, pk = a[k], b[k], pos[k]
    ia, ib = t.word_ids[ak, pk], t.word_ids[bk, pk]
    shortest = np.minimum(t.token_length[ia], t.token_length[ib])
    close = close_words(t.token_strings[ia], t.token_strings[ib], shortest)
    frequent = t.template_size[t.template_code[ak, pk]] >= MIN_TEMPLATE_FILLERS
    sa, sb = t.support[ak], t.support[bk]
    low, high = np.minimum(sa, sb), np.maximum(sa, sb)
    df = np.maximum(t.token_df[ia], t.token_df[ib])
    common = df >= max(COMMON_WORD_MIN, COMMON_WORD_SHARE * t.n)
    # a slip recurs in a few lists when the name is used in very many: relative to the
    # other form, attested at most 1/ratio as often is still "rarely attested"
    ratio = np.where(common, SLIP_RATIO_COMMON_WORD, SLIP_RATIO_NAME)
    established = (low >= ESTABLISHED_SUPPORT) & (low * ratio > high)
    stop = t.token_is_stop[ia] | t.token_is_stop[ib]
    # two proper nouns unlike each other (no organisation word of the vocabulary): two
    # places or persons filling one name ("Centre of X" / "Centre of Y"), whatever the
    # language and however few names share the pattern
    proper = ~(t.token_is_org[ia] | t.token_is_org[ib])
    # ... of some length: "Aid" / "Atd" is a slip in a short word, not two proper nouns
    proper &= shortest >= PROPER_MIN_LENGTH
    against = (
        (frequent & (established | ~close)) | (established & ~close) | (proper & ~close)
    ) & ~stop
    typo = close & ~established & ~against
    out[k] = np.where(against, -1.0, np.where(typo, 1.0, 0.0))
    return out


def _unambiguous_typos(t: FormTable, a: IntArray, b: IntArray, value: FloatArray) -> FloatArray:
    """A rarely attested form that reads as a misspelling of several different well
    attested names keeps the +1 only towards the best attested of them (misspellings are
    made in proportion to use); with a tie it keeps none. So one slip can never chain two
    names into one cluster. Judged over the pairs given together (all candidates)."""
    k = np.flatnonzero(value > 0)
    if len(k) == 0:
        return value
    sa, sb = t.support[a[k]], t.support[b[k]]
    rare = np.where(sa <= sb, a[k], b[k])
    partner = np.where(sa <= sb, b[k], a[k])
    known = t.support[partner] >= ESTABLISHED_SUPPORT
    if not known.any():
        return value
    # per rare form: the best support among its well attested partners, and how many
    # different names (cores) reach it
    best = np.zeros(t.n, np.int64)
    np.maximum.at(best, rare[known], t.support[partner[known]])
    top = known & (t.support[partner] == best[rare])
    packed = unique_ints(pack_pairs(rare[top], t.core_code[partner[top]]))
    tied = np.bincount(packed >> 31, minlength=t.n) > 1
    drop = known & ((t.support[partner] < best[rare]) | tied[rare])
    out = value.copy()
    out[k[drop]] = 0.0
    return out


def extra_word(t: FormTable, a: IntArray, b: IntArray) -> npt.NDArray[np.bool_]:
    """Row-wise: does one form have exactly the other's content words plus one more core
    word (``"syrian youth movement for x"`` vs ``"syrian movement for x"``)? Compared as
    multiset hashes: the longer bag minus one word's value equals the shorter bag."""
    out = np.zeros(len(a), np.bool_)
    size_a, size_b = t.bag_size[a], t.bag_size[b]
    k = np.flatnonzero((np.abs(size_a - size_b) == 1) & (size_a > 0) & (size_b > 0))
    if len(k) == 0:
        return out
    longer = np.where(size_a[k] > size_b[k], a[k], b[k])
    shorter = np.where(size_a[k] > size_b[k], b[k], a[k])
    # the one word more is worth the difference of the two bags: only rows where some
    # word is worth that can hold it (a lookup, then their words)
    with np.errstate(over="ignore"):
        more = t.bag_hash[longer] - t.bag_hash[shorter]
    values = np.sort(t.word_value)
    at = np.minimum(np.searchsorted(values, more), len(values) - 1)
    some = np.flatnonzero(values[at] == more)
    k, longer, shorter = k[some], longer[some], shorter[some]
    words = t.word_ids[longer]
    safe = np.maximum(words, 0)
    usable = (words >= 0) & ~t.token_is_stop[safe]
    with np.errstate(over="ignore"):
        rest = t.bag_hash[longer][:, None] - t.word_value[safe]
    hit = usable & (rest == t.bag_hash[shorter][:, None])
    out[k] = hit.any(axis=1)
    return out


# -- ambiguity resolved by clusters -----------------------------------------------------

#: Value of an acronym agreement that several names share, all of them already one
#: organisation (one cluster of the first clustering pass).
CLUSTER_RESOLVED = 0.9


def _one_cluster(
    codes: IntArray, forms: IntArray, cluster_of_form: IntArray, size: int
) -> IntArray:
    """Per code: the one cluster holding every form with that code, -1 when several do
    (or none)."""
    low = np.full(size, np.iinfo(np.int64).max, np.int64)
    high = np.full(size, -1, np.int64)
    keep = codes >= 0
    c, f = codes[keep], cluster_of_form[forms[keep]]
    np.minimum.at(low, c, f)
    np.maximum.at(high, c, f)
    out: IntArray = np.where(low == high, high, -1)
    return out


def resolve_by_clusters(
    t: FormTable, a: IntArray, b: IntArray, x: FloatArray, cluster_of_form: IntArray
) -> IntArray:
    """Rows of *x* (features of the pairs ``(a, b)``) whose acronym agreement was
    ambiguous only because several names make it, when every such name is already in one
    cluster with the pair's long name: "ABCR" fits "Agence B C de Recherche" and "Agency
    for B C Research", which their translation keys joined. Their value becomes
    :data:`CLUSTER_RESOLVED` (in place); returns the rows changed. Letters too few for the
    number of names, or an acronym another name claims, stay ambiguous. (The same reading
    of ambiguous translation keys was tried: on the ROR tuning half only 73% of the pairs
    it added were right.)"""
    size = max(t.vocab_size, 1)
    changed: list[IntArray] = []
    col = FEATURE_INDEX["acronym"]
    k = np.flatnonzero(np.isclose(x[:, col], AMBIGUOUS))
    if len(k):
        tiers, keys = t.acronym_key_tiers, t.acronym_key_codes
        at_best = (keys >= 0) & (tiers == t.acronym_best_tier[np.maximum(keys, 0)])
        forms = np.repeat(np.arange(t.n, dtype=np.int64), keys.shape[1])
        owner = _one_cluster(np.where(at_best, keys, -1).ravel(), forms, cluster_of_form, size)
        ok = np.zeros(len(k), np.bool_)
        for xs, ys in ((a[k], b[k]), (b[k], a[k])):
            short = _short(t, xs)
            yk = keys[ys]
            hit_k = (yk == short[:, None]) & (short[:, None] >= 0)
            need = _letters_needed(t.names_in_country(xs))[:, None] + (tiers[ys] > 1)
            best = (tiers[ys] == t.acronym_best_tier[np.maximum(yk, 0)]) & (
                t.short_length[xs][:, None] >= need
            )
            mine = owner[np.maximum(yk, 0)] == cluster_of_form[ys][:, None]
            claimed = t.alias_count[np.maximum(short, 0)] <= 1
            ok |= (hit_k & best & mine).any(axis=1) & claimed
        ok &= ~_conflict(t, a[k], b[k])
        changed.append(k[ok])
    rows = np.unique(np.concatenate(changed)) if changed else np.empty(0, np.int64)
    x[rows, FEATURE_INDEX["acronym"]] = CLUSTER_RESOLVED
    return rows


# -- one object per feature ------------------------------------------------------------

Compute = Callable[[FormTable, IntArray, IntArray], npt.NDArray[Any]]
Weight = Callable[[FloatArray], FloatArray]
Describe = Callable[["Feature", float, "FormTable | None", int, int], str]


def _describe_similarity(f: Feature, value: float, t: FormTable | None, a: int, b: int) -> str:
    return f"{f.meaning}: {value:.3f}"


def _describe_state(f: Feature, value: float, t: FormTable | None, a: int, b: int) -> str:
    state = "yes" if value >= 1 else ("ambiguous" if value > 0 else "no")
    return f"{f.meaning}: {state}"


def _describe_place(f: Feature, value: float, t: FormTable | None, a: int, b: int) -> str:
    word = {1: "agree", -1: "differ", 0: "missing on one side"}[round(value)]
    return f"place qualifiers {word}"


def _describe_differing_word(f: Feature, value: float, t: FormTable | None, a: int, b: int) -> str:
    if t is None or a < 0:
        return _describe_state(f, value, t, a, b)
    if value < 0 and _other_characters(t, np.array([a]), np.array([b]))[0]:
        return (
            "both are written in CJK characters and their characters differ "
            f"('{t.core[a]}' / '{t.core[b]}'): a distinguishing word"
        )
    p = int(differing_position(t, np.array([a]), np.array([b]))[0])
    if p < 0:
        if value < 0:
            return (
                "one has exactly one content word more than the other, and both are "
                f"attested in {ESTABLISHED_SUPPORT}+ lists: a distinguishing word"
            )
        return "more than one word differs (or none)"
    wa, wb = t.forms[a].tokens[p], t.forms[b].tokens[p]
    size = int(t.template_size[t.template_code[a, p]])
    verdict = {-1: "a distinguishing word", 1: "a likely misspelling", 0: "neutral"}[round(value)]
    return (
        f"only '{wa}' vs '{wb}' differ (word similarity {fuzz.ratio(wa, wb) / 100:.2f}), "
        f"in a pattern shared by {size} names; attested in {int(t.support[a])} and "
        f"{int(t.support[b])} lists: {verdict}"
    )


def linear(scale: float, centre: float = 0.0, low: float = -np.inf, high: float = np.inf) -> Weight:
    """Weight rule ``clip(scale * (value - centre), low, high)``."""

    def weight(v: FloatArray) -> FloatArray:
        out: FloatArray = np.clip(scale * (v - centre), low, high).astype(np.float32)
        return out

    return weight


def signed(against: float, towards: float) -> Weight:
    """Weight rule: *against* for a negative value, ``towards x value`` otherwise."""

    def weight(v: FloatArray) -> FloatArray:
        return np.where(v < 0, against, towards * v).astype(np.float32)

    return weight


@frozen
class Feature:
    """One pair feature, everything about it in one place (nomenklatura's
    ``Feature(func, weight)`` is the model): its ``name`` and ``meaning``; ``compute``
    (form table, left forms, right forms -> one value per pair); ``weight`` (the rules
    classifier's log-odds contribution of a value); ``ecm_cut`` (a value at or above it is
    "agrees" for the Fellegi-Sunter model); ``describe`` (one value in words, with the
    table and the two forms when known). A new feature is one more entry in
    :data:`FEATURES`."""

    name: str
    meaning: str
    compute: Compute = field(default=None, eq=False, repr=False)
    weight: Weight = field(default=None, eq=False, repr=False)
    ecm_cut: float = 0.5
    describe: Describe = field(default=_describe_state, eq=False, repr=False)

    def explain(self, value: float, t: FormTable | None = None, a: int = -1, b: int = -1) -> str:
        """The value in words."""
        return self.describe(self, value, t, a, b)


def _object_column(t: FormTable, attribute: str) -> npt.NDArray[np.object_]:
    """A string column of the table as a cached object array (for rapidfuzz)."""
    cache: dict[str, npt.NDArray[np.object_]] = t.__dict__.setdefault("_object_columns", {})
    got = cache.get(attribute)
    if got is None:
        got = cache[attribute] = np.asarray(getattr(t, attribute), dtype=object)
    return got


def _token_sort_ratio(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    fp = _object_column(t, "fingerprint")
    out: FloatArray = cpdist(fp[a], fp[b], scorer=fuzz.ratio, workers=-1, dtype=np.float32)
    return out / 100.0


def _jaro_winkler(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    core = _object_column(t, "core")
    out: FloatArray = cpdist(
        core[a],
        core[b],
        scorer=JaroWinkler.normalized_similarity,
        workers=-1,
        dtype=np.float32,
    )
    return out


def _idf(t: FormTable, a: IntArray, b: IntArray) -> npt.NDArray[np.float64]:
    return _idf_overlap(_idf_matrix(t), a, b)


def _same_letters(t: FormTable, a: IntArray, b: IntArray) -> npt.NDArray[np.bool_]:
    out: npt.NDArray[np.bool_] = t.compact_code[a] == t.compact_code[b]
    return out


def _conflict(t: FormTable, a: IntArray, b: IntArray) -> npt.NDArray[np.bool_]:
    acr_a, acr_b = t.acronym_code[a], t.acronym_code[b]
    out: npt.NDArray[np.bool_] = ((acr_a >= 0) & (acr_b >= 0) & (acr_a != acr_b)) | (
        _alias_conflict(t, a, b)
    )
    return out


def _distinct(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    out = _unambiguous_typos(t, a, b, _differing_word(t, a, b))
    out[_other_characters(t, a, b)] = -1.0
    return out


def _other_characters(t: FormTable, a: IntArray, b: IntArray) -> npt.NDArray[np.bool_]:
    """Both names are written in CJK characters and their syllables differ: one
    character more or another is another name (no spelling varies there)."""
    out: npt.NDArray[np.bool_] = t.syllabic[a] & t.syllabic[b] & (t.bag_code[a] != t.bag_code[b])
    return out


def _same_words(t: FormTable, a: IntArray, b: IntArray) -> npt.NDArray[np.bool_]:
    out: npt.NDArray[np.bool_] = (t.bag_code[a] >= 0) & (t.bag_code[a] == t.bag_code[b])
    return out


def _country(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    ca, cb = t.country_code[a], t.country_code[b]
    known = (ca >= 0) & (cb >= 0)
    return np.where(known, np.where(ca == cb, 1.0, -1.0), 0.0).astype(np.float32)


def _describe_country(f: Feature, value: float, t: FormTable | None, a: int, b: int) -> str:
    word = {1: "the same", -1: "different", 0: "not known for both"}[round(value)]
    return f"countries given beside the names: {word}"


def _two_languages(t: FormTable, a: IntArray, b: IntArray) -> npt.NDArray[np.bool_]:
    """Row-wise: other organisation words or other function words, and other words: the
    same name in two languages, not a reordering."""
    out: npt.NDArray[np.bool_] = (
        (t.surface_code[a] != t.surface_code[b]) | (t.function_code[a] != t.function_code[b])
    ) & (t.bag_code[a] != t.bag_code[b])
    return out


def _shared_keys(
    t: FormTable, a: IntArray, b: IntArray
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Row-wise: (the exact key shared in two languages, a cross key shared across two
    scripts or languages, the long cross key shared); a pair sharing only the short cross
    key needs its proper nouns written alike (:data:`SHORT_KEY_ALIKE`)."""
    ca, ka = t.neutral_cross[a], t.neutral_short_cross[a]
    translated = _two_languages(t, a, b)
    exact = (t.neutral_exact[a] >= 0) & (t.neutral_exact[a] == t.neutral_exact[b]) & translated
    long_key = (ca >= 0) & (ca == t.neutral_cross[b])
    same_key = long_key | ((ka >= 0) & (ka == t.neutral_short_cross[b]))
    cross = same_key & ((t.script_code[a] != t.script_code[b]) | translated)
    # only the short key (three consonants a proper noun) shared: cognates, so the proper
    # nouns are written alike too ("myologie" / "myology"; not "cerca" / "kurchatov")
    short_only = np.flatnonzero(cross & ~exact & ~long_key)
    if len(short_only):
        text = _object_column(t, "neutral_proper_text")
        ratio = cpdist(
            text[a[short_only]],
            text[b[short_only]],
            scorer=fuzz.ratio,
            workers=-1,
            dtype=np.float32,
        )
        cross[short_only[ratio < SHORT_KEY_ALIKE]] = False
    return exact, cross, long_key


def translation_hits(
    t: FormTable, a: IntArray, b: IntArray
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Row-wise: (read the same in one script once organisation words are translated,
    read the same across two scripts or languages with proper nouns as their first
    consonants, and unambiguous: a proper noun in the key and no other name of that
    script and language reads the same)."""
    ea, ca, ka = t.neutral_exact[a], t.neutral_cross[a], t.neutral_short_cross[a]
    exact, cross, long_key = _shared_keys(t, a, b)
    long_needed = (t.script_code[a] == t.script_code[b]) | t.syllabic[a] | t.syllabic[b]
    proper = np.where(
        exact,
        t.neutral_proper_exact[a] & t.neutral_proper_exact[b],
        np.where(
            ~long_needed,
            t.neutral_proper[a] & t.neutral_proper[b],
            t.neutral_proper_cross[a] & t.neutral_proper_cross[b],
        ),
    )
    # one script, two languages, few consonants: the proper nouns written alike too
    # ("catane" / "catania")
    k = np.flatnonzero(
        cross
        & ~exact
        & ~proper
        & long_needed
        & ~t.syllabic[a]
        & ~t.syllabic[b]
        & t.neutral_proper_alike[a]
        & t.neutral_proper_alike[b]
    )
    if len(k):
        text = _object_column(t, "neutral_proper_text")
        ratio = cpdist(text[a[k]], text[b[k]], scorer=fuzz.ratio, workers=-1, dtype=np.float32)
        proper[k] = ratio >= ALIKE_PROPER
    # the long key when it is shared, else the short one
    cross_ambiguous = np.where(
        long_key,
        t.cross_ambiguous[np.maximum(ca, 0)],
        t.short_cross_ambiguous[np.maximum(ka, 0)]
        | t.cross_ambiguous[np.maximum(ca, 0)]
        | t.cross_ambiguous[np.maximum(t.neutral_cross[b], 0)],
    )
    unique = proper & np.where(exact, ~t.exact_ambiguous[np.maximum(ea, 0)], ~cross_ambiguous)
    # an Arabic and a Latin name under a key other names share: the one Latin name the
    # Arabic proper nouns read as, long vowels in their places, is no longer ambiguous
    k = np.flatnonzero(cross & ~exact & proper & cross_ambiguous & (t.arabic[a] != t.arabic[b]))
    if len(k):
        unique[k] = _read_alone(t, a[k], b[k])
    return exact, cross & ~exact, unique


def _proper_reads_as(t: FormTable, arabic: int, latin: int) -> bool:
    """Do the Arabic form's proper nouns read as the Latin form's, word for word in some
    order (:func:`~sochi_er.linkage.normalise.reads_as`)?"""
    ka = neutral_key(t.forms[arabic].tokens, t.forms[arabic].script)
    kb = neutral_key(t.forms[latin].tokens, t.forms[latin].script)
    if ka is None or kb is None or len(ka.proper) != len(kb.proper):
        return False
    if len(ka.proper) > MAX_READ_WORDS:
        return False
    return any(
        all(reads_as(x, y) for x, y in zip(ka.proper, order, strict=True))
        for order in permutations(kb.proper)
    )


def _read_alone(t: FormTable, a: IntArray, b: IntArray) -> npt.NDArray[np.bool_]:
    """Row-wise, for an Arabic and a Latin form sharing a cross key: does the Arabic read
    as the Latin one (:func:`_proper_reads_as`), and as no other Latin name of that key,
    and does no other Arabic name of the key read as the Latin one (names with the same
    word bag as either are the same name)? Each form's readers are found once, however
    many pairs it is in. A key more than :data:`MAX_READ_GROUP` names share gives no
    answer (each form's readers are sought among the key's names, so this bounds the
    work at ``MAX_READ_GROUP`` reads a form)."""
    arabic = np.where(t.arabic[a], a, b)
    latin = np.where(t.arabic[a], b, a)
    keys = t.neutral_cross[arabic]
    members: dict[int, list[int]] = {}
    for f in np.flatnonzero(np.isin(t.neutral_cross, np.unique(keys))).tolist():
        members.setdefault(int(t.neutral_cross[f]), []).append(f)
    # per form and key, once: the word bags of the other-script members of the key the
    # form reads as (an Arabic form) or that read as it (a Latin form)
    readers: dict[tuple[int, int], set[int]] = {}

    def bags_reading(form: int, key: int) -> set[int]:
        found = readers.get((form, key))
        if found is None:
            if t.arabic[form]:
                read = [f for f in members[key] if not t.arabic[f] and _proper_reads_as(t, form, f)]
            else:
                read = [f for f in members[key] if t.arabic[f] and _proper_reads_as(t, f, form)]
            found = readers[form, key] = {int(t.bag_code[f]) for f in read}
        return found

    out = np.zeros(len(a), np.bool_)
    for i, (x, y, key) in enumerate(
        zip(arabic.tolist(), latin.tolist(), keys.tolist(), strict=True)
    ):
        if len(members[key]) > MAX_READ_GROUP or not _proper_reads_as(t, x, y):
            continue  # so many names under one key: their vowels are no tie-break
        own = {int(t.bag_code[x]), int(t.bag_code[y])}
        out[i] = (bags_reading(x, key) | bags_reading(y, key)) <= own
    return out


def _translation(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    exact, cross, unique = translation_hits(t, a, b)
    hit = exact | cross
    return np.where(hit, np.where(unique, 1.0, AMBIGUOUS), 0.0).astype(np.float32)


def translated_alike(t: FormTable, a: IntArray, b: IntArray) -> npt.NDArray[np.bool_]:
    """Row-wise: two names of one script in two languages (:func:`translation_hits`'s
    "translated") with the same organisation concepts, whose keys differ but whose proper
    nouns are written alike (:data:`TRANSLATED_ALIKE`, :data:`TRANSLATED_MIN_LETTERS`):
    another language's spelling of the same proper nouns ("catolica" / "catholic",
    "mocambique" / "mozambique"). Pairs the translation feature already read are left
    to it (its ambiguity judgement stands)."""
    exact, cross, _long_key = _shared_keys(t, a, b)
    k = np.flatnonzero(
        _two_languages(t, a, b)
        & ~exact
        & ~cross
        & (t.concept_code[a] >= 0)
        & (t.concept_code[a] == t.concept_code[b])
        & (t.script_code[a] == t.script_code[b])
        & ~t.syllabic[a]
        & (np.minimum(t.proper_letters[a], t.proper_letters[b]) >= TRANSLATED_MIN_LETTERS)
    )
    out = np.zeros(len(a), np.bool_)
    if len(k):
        text = _object_column(t, "neutral_proper_text")
        ratio = cpdist(text[a[k]], text[b[k]], scorer=fuzz.ratio, workers=-1, dtype=np.float32)
        out[k[ratio >= TRANSLATED_ALIKE]] = True
    return out


def _describe_translated_alike(
    f: Feature, value: float, t: FormTable | None, a: int, b: int
) -> str:
    if t is None or a < 0 or value <= 0:
        return "same organisation words in two languages, proper nouns written alike: no"
    text = t.neutral_proper_text
    ratio = fuzz.ratio(text[a], text[b])
    return (
        f"same organisation words in two languages, proper nouns written alike "
        f"('{text[a]}' / '{text[b]}', {ratio:.0f}% alike): yes"
    )


def _describe_translation(f: Feature, value: float, t: FormTable | None, a: int, b: int) -> str:
    if t is None or a < 0 or value <= 0:
        return (
            "organisation words translated, the names read differently (or no "
            "organisation word): no"
        )
    exact, _cross, _unique = translation_hits(t, np.array([a]), np.array([b]))
    ka = neutral_key(t.forms[a].tokens, t.forms[a].script)
    kb = neutral_key(t.forms[b].tokens, t.forms[b].script)
    assert ka is not None and kb is not None
    if exact[0]:
        what = f"with organisation words translated both read '{ka.exact}'"
    elif ka.cross != kb.cross:
        what = (
            f"across languages both read '{ka.short_cross}' (proper nouns as their first "
            f"three consonants, written alike: {' '.join(ka.proper)} / {' '.join(kb.proper)})"
        )
    else:
        what = (
            f"across scripts both read '{ka.cross}' (proper nouns as consonants: "
            f"{' '.join(ka.proper)} / {' '.join(kb.proper)})"
        )
    if value >= 1:
        ca = int(t.neutral_cross[a])
        if (
            not exact[0]
            and bool(t.arabic[a]) != bool(t.arabic[b])
            and ca >= 0
            and bool(t.cross_ambiguous[ca])
        ):
            return f"{what}; other names read so too, but the long vowels fit this one only: yes"
        return f"{what}: yes"
    if (exact[0] and not (t.neutral_proper_exact[a] and t.neutral_proper_exact[b])) or (
        not exact[0] and not (t.neutral_proper[a] and t.neutral_proper[b])
    ):
        why = "no proper noun, so any body of that kind reads so"
    elif (
        not exact[0]
        and not (t.neutral_proper_cross[a] and t.neutral_proper_cross[b])
        and (t.script_code[a] == t.script_code[b] or t.syllabic[a] or t.syllabic[b])
    ):
        why = "so few consonants fit other names too"
    else:
        why = "other names of one script and language read the same"
    return f"{what}, but {why}: ambiguous, linked only with other evidence"


def _shortened(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    out = np.zeros(len(a), np.float32)
    for x, y in ((a, b), (b, a)):
        hit, unique = shortened_hits(t, x, y)
        agree = np.where(hit, np.where(unique, 1.0, AMBIGUOUS), 0.0).astype(np.float32)
        out = np.maximum(out, agree)
    out[subset_hits(t, a, b)] = 1.0
    return out


def subset_hits(t: FormTable, a: IntArray, b: IntArray) -> npt.NDArray[np.bool_]:
    """Row-wise: is one form's set of content words held by the other and by no other
    form (``FormTable.superset_of``)?"""
    out: npt.NDArray[np.bool_] = (t.superset_of[a] == b) | (t.superset_of[b] == a)
    return out


def _describe_shortened(f: Feature, value: float, t: FormTable | None, a: int, b: int) -> str:
    if t is None or a < 0 or value <= 0:
        return "one name is the other without its legal form: no"
    for x, y in ((a, b), (b, a)):
        if int(t.superset_of[x]) == y:
            return f"the words of '{t.core[x]}' are all in '{t.core[y]}', and in no other name: yes"
    for x, y in ((a, b), (b, a)):
        hit, _unique = shortened_hits(t, np.array([x]), np.array([y]))
        if hit[0]:
            what = f"'{t.core[x]}' is '{t.core[y]}' without its legal form"
            if value >= 1:
                return f"{what}, and no other name reads so: yes"
            return (
                f"{what}, but other names start so too: ambiguous, linked only with other evidence"
            )
    return "one name is the other without its legal form: no"


def _numbers(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    na, nb = t.number_code[a], t.number_code[b]
    out: FloatArray = ((na >= 0) & (nb >= 0) & (na != nb)).astype(np.float32)
    return out


def _describe_numbers(f: Feature, value: float, t: FormTable | None, a: int, b: int) -> str:
    if t is None or a < 0 or value <= 0:
        return "the numbers in the names differ (1/0): no"
    numbers = [" ".join(x for x in t.forms[k].tokens if x.isdigit()) for k in (a, b)]
    return f"the names carry different numbers ({numbers[0]} vs {numbers[1]}): yes"


def _place_weight(v: FloatArray) -> FloatArray:
    return np.where(v > 0, 0.5, np.where(v < 0, -20.0, 0.0)).astype(np.float32)


FEATURES: tuple[Feature, ...] = (
    Feature(
        "token_sort_ratio",
        "similarity of the names with words sorted (0-1)",
        _token_sort_ratio,
        linear(15.0, 0.88, -4.0, 2.0),
        0.9,
        _describe_similarity,
    ),
    Feature(
        "jaro_winkler",
        "Jaro-Winkler similarity of the normalised names (0-1)",
        _jaro_winkler,
        linear(5.0, 0.9, -2.0, 0.5),
        0.93,
        _describe_similarity,
    ),
    Feature(
        "idf_overlap",
        "IDF-weighted cosine overlap of the words (0-1)",
        _idf,
        linear(4.0, 0.6, -2.4, 1.6),
        0.6,
        _describe_similarity,
    ),
    Feature(
        "same_letters",
        "same letters once spaces are removed (1/0)",
        _same_letters,
        linear(4.0),
    ),
    Feature(
        "acronym",
        "one is the other's initials or explicit acronym (1; 0.1 ambiguous)",
        _acronym,
        linear(12.0),
        0.5,
        _describe_acronym,
    ),
    Feature(
        "alias",
        "an alias part or alias-table row matches (1; 0.1 ambiguous)",
        _alias,
        linear(12.0),
    ),
    Feature(
        "place",
        "place qualifiers agree (+1), differ (-1) or are missing (0)",
        _place,
        _place_weight,
        0.5,
        _describe_place,
    ),
    Feature(
        "acronym_conflict",
        "both carry an explicit acronym, or both a named alias part, and they differ (1/0)",
        _conflict,
        linear(-14.0),
    ),
    Feature(
        "differing_word",
        "only one word differs: -1 a distinguishing word (inside a common pattern, or "
        "unlike the other and both forms well attested, or one word more than the other "
        "and both well attested), +1 a likely misspelling by a rarely attested form, "
        "0 otherwise",
        _distinct,
        signed(-8.0, 2.5),
        -0.5,
        _describe_differing_word,
    ),
    Feature(
        "same_words",
        "same content words in another order (1/0)",
        _same_words,
        linear(6.0),
    ),
    Feature(
        "numbers",
        "both names carry numbers and they differ: two units, two branches (1/0)",
        _numbers,
        linear(-8.0),
        0.5,
        _describe_numbers,
    ),
    Feature(
        "translation",
        "the names read the same once organisation words are translated, or across "
        "scripts with proper nouns transliterated (1; 0.1 ambiguous)",
        _translation,
        linear(12.0),
        0.5,
        _describe_translation,
    ),
    Feature(
        "translated_alike",
        "the same organisation words in two languages and the proper nouns written alike "
        "(another language's spelling) (1/0)",
        lambda t, a, b: translated_alike(t, a, b).astype(np.float32),
        linear(9.0),
        0.5,
        _describe_translated_alike,
    ),
    Feature(
        "shortened",
        "one name is the other without the legal forms ending it (Ltd, GmbH, S.A., ...) "
        "(1; 0.1 when other names read so too)",
        _shortened,
        linear(SHORTENED_WEIGHT),
        0.5,
        _describe_shortened,
    ),
    Feature(
        "country",
        "countries given beside the names agree (+1), differ (-1) or are unknown (0)",
        _country,
        signed(-25.0, 0.5),
        0.5,
        _describe_country,
    ),
)
#: Column positions, for code that reads one feature's column.
RATIO, JW, IDF, LETTERS, ACRONYM, ALIAS, PLACE, ACR_CONFLICT, DISTINCT, WORDS = range(10)
FEATURE_INDEX: dict[str, int] = {f.name: k for k, f in enumerate(FEATURES)}


def compute_features(t: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    """Feature matrix for the form pairs ``(a[k], b[k])``, one column per feature (in
    column-major order: each feature is written whole, not strided)."""
    x = np.zeros((len(FEATURES), len(a)), np.float32)
    for k, f in enumerate(FEATURES):
        if len(a):
            x[k] = f.compute(t, a, b)
    return x.T


def describe_feature(
    k: int, value: float, t: FormTable | None = None, a: int = -1, b: int = -1
) -> str:
    """Feature *k*'s value in words (with the differing words when the table is given)."""
    return FEATURES[k].explain(value, t, a, b)
