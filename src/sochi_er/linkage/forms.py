"""The form table: distinct written names normalised once, as columnar integer codes.

Contract: :func:`build_forms` normalises each distinct name exactly once, orders forms by
their normalised key (so everything downstream is independent of input order) and encodes
every string attribute as an integer code in one shared vocabulary, so that blocking and
features compare integers in numpy.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import combinations

import numpy as np
import numpy.typing as npt
import pandas as pd
from rapidfuzz import fuzz

from sochi_er.linkage._arrays import pack_pairs, unique_first, unique_ints, unique_inverse
from sochi_er.linkage.normalise import NameForm, consonant_skeleton, normalise_name, words
from sochi_er.linkage.translation import BROADER_CONCEPTS, neutral_key, word_concept
from sochi_er.linkage.vocabulary import (
    LOOSE_EXTRA_LETTERS,
    TIER_LOOSE,
    acronym_min_letters,
    acronym_readings,
    acronym_words,
    content_words,
    loose_spells,
    mixed_keys,
    qualified_acronym_keys,
)
from sochi_er.linkage.wordlists import STOP_WORDS

__all__ = ["MAX_ALIASES", "FormTable", "build_forms"]

IntArray = npt.NDArray[np.int64]
Int32Array = npt.NDArray[np.int32]
MAX_ALIASES = 3
_MAX_TEMPLATE_TOKENS = 8
_TEMPLATE_SEED = 20_180_103
_LOW31 = (1 << 31) - 1
#: Tokens shorter than this are never read as misspellings (too many neighbours).
MIN_TYPO_LENGTH = 4
#: Longer tokens are left out of the typo search (keeps the letter matrix narrow).
MAX_TYPO_LENGTH = 24
#: A deletion variant shared by more distinct tokens than this is not evidence of a typo.
MAX_TYPO_GROUP = 32
#: Consonant skeletons shorter than this are too unspecific to pair across scripts.
MIN_SKELETON_LENGTH = 3
#: Consonants the proper nouns of a cross key need to tell one name alone between two
#: Latin-script names in two languages, or with a name in pinyin syllables (which collide
#: easily: "qiu tian" / "catane"); other cross-script pairs need MIN_SKELETON_LENGTH (on the
#: ROR tuning half four there cost a third of the Arabic-script matches for +0.001
#: precision).
MIN_CROSS_SKELETON = 4
#: Scripts whose names also get the short cross key (``NeutralKey.short_cross``).
_SHORT_CROSS_SCRIPTS = frozenset({"latin", "cyrillic", "greek"})
#: Fewest letters a name without its legal forms needs to be compared so ("GF" / "GF
#: Corporation" are too short to tell).
SHORTENED_MIN_LETTERS = 4
#: Mixed keys (some words as initials) kept per form.
MAX_MIXED_KEYS = 8
#: Consonants the proper nouns of a key need to tell one name across two scripts
#: ("جامعة حماة" / "Hama University": h-m), when no other name of either script reads the
#: same (on the ROR tuning half: Arabic-script recall 0.195 -> 0.234, precision kept).
MIN_PROPER_SKELETON = 2
#: Consonants the proper nouns of a cross key need between two names of one script in two
#: languages when the proper nouns are also written alike (:data:`ALIKE_PROPER` or more
#: similar: "Université de Catane" / "University of Catania", "Centre de Recherche en
#: Myologie" / "Center of Research in Myology").
MIN_ALIKE_SKELETON = 3
#: Similarity (rapidfuzz ratio, 0-100) of the proper nouns as written for
#: :data:`MIN_ALIKE_SKELETON`.
ALIKE_PROPER = 80.0
#: Letters the proper nouns of a key need to tell one name when both names write them
#: alike ("Universidad Nacional de Jujuy" / "National University of Jujuy").
MIN_EXACT_PROPER = 4
#: Acronym keys kept per form (``vocabulary.acronym_keys``, best tiers first).
MAX_ACRONYM_KEYS = 6
#: Two names making one acronym count as one name when their content words pair up one to
#: one, each pair this similar (rapidfuzz ratio, 0-100): "Institute for X Research" and
#: "Institutes of X Research". A word only one of them has ("... Goa" / "... Guwahati",
#: "X" / "X Women") makes two names.
SAME_NAME_RATIO = 85.0
#: Above this many names an acronym key is ambiguous without comparing them.
MAX_NAMES_COMPARED = 12
#: Longest acronym read loosely (letters from inside words), and the most names sharing
#: one string of initials that a loose acronym is compared with.
LOOSE_MAX_LETTERS = 9
LOOSE_MAX_BLOCK = 30
#: A name read as a shortening of a longer one (``FormTable.superset_of``) needs this many
#: content words and letters: one word is too often a parent body or a common word.
SUBSET_MIN_WORDS = 2
SUBSET_MIN_LETTERS = 6
#: Names holding the shorter name's rarest word that are compared with it; a rarer word
#: than this is what a shortening keeps.
SUBSET_MAX_POSTING = 64
#: Concepts whose word, added to a bare name, names another body (a company's hospital,
#: a city's museum, "X North") rather than completing the name. On the ROR tuning half
#: a bare name and the one name adding a single organisation word were 106 pairs of one
#: organisation and 9 of two; these concepts held 5 of the 9.
_OTHER_BODY_CONCEPTS = frozenset(
    {"north", "south", "east", "west", "hospital", "museum", "ministry", "council", "union"}
)


def _completes(added: frozenset[str]) -> bool:
    """Whether the words a longer name *added* to a bare one leave it the same body: no
    organisation word, or one naming the kind of body (not :data:`_OTHER_BODY_CONCEPTS`)."""
    concepts = [word_concept(w) for w in added]
    if not any(c is not None for c in concepts):
        return True
    return len(added) == 1 and concepts[0] not in _OTHER_BODY_CONCEPTS


@functools.lru_cache(maxsize=1 << 17)
def _content_words(core: str) -> tuple[str, ...]:
    function = acronym_words().function
    return tuple(sorted(w for w in core.split() if w not in function and w not in STOP_WORDS))


def same_name(a: str, b: str) -> bool:
    """Do cores *a* and *b* name one body: the same content words, each pair at most a
    spelling apart (:data:`SAME_NAME_RATIO`), in any order?"""
    wa, wb = _content_words(a), _content_words(b)
    if len(wa) != len(wb):
        return False
    rest = list(wb)
    for w in wa:
        if w in rest:
            rest.remove(w)
            continue
        close = next((v for v in rest if fuzz.ratio(w, v) >= SAME_NAME_RATIO), None)
        if close is None:
            return False
        rest.remove(close)
    return True


@functools.cache
def country_names() -> frozenset[str]:
    """Country names as place qualifiers read (normalised, English: pycountry's names,
    common and official names, and a few short forms)."""
    import pycountry

    names: set[str] = {"uk", "usa", "us", "britain", "great britain"}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(" ".join(words(value.casefold())))
    return frozenset(names)


def _distinct_names(cores: list[str]) -> int:
    """How many different names *cores* hold, near-identical ones (:func:`same_name`)
    counted once."""
    if len(cores) > MAX_NAMES_COMPARED:
        return len(cores)
    parent = list(range(len(cores)))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for i in range(len(cores)):
        for j in range(i + 1, len(cores)):
            if same_name(cores[i], cores[j]):
                parent[find(j)] = find(i)
    return len({find(i) for i in range(len(cores))})


class FormTable:
    """Columnar view of the distinct normalised forms (index ``0..n-1``, sorted by key).

    Codes are ``-1`` when absent. ``short_code``: the core of a one-word form (a possible
    acronym); ``initials_code``: initials of a multi-word core; ``template_code[f, p]``:
    the core with word ``p`` blanked, ``template_size``: how many distinct cores share it;
    ``named_alias_codes``: alias parts other than the acronym; ``token_canonical``: each
    token or the frequent one-edit neighbour it likely misspells; ``bag_code`` /
    ``fuzzy_bag_code``: the content words in any order (as written / typo-corrected), with
    ``bag_hash``, ``word_value`` and ``bag_size`` for multiset arithmetic;
    ``token_skeleton``: each token's cross-script consonant skeleton. Hash-derived codes use
    fixed seeds, so they are the same on every run.
    """

    def __init__(
        self,
        forms: list[NameForm],
        alias_table: Iterable[Iterable[str]] = (),
        support: IntArray | None = None,
        countries: Sequence[str | None] | None = None,
        capitals: npt.NDArray[np.bool_] | None = None,
    ) -> None:
        self.forms = forms
        self.n = n = len(forms)
        side = self._start_side_work()
        #: how many distinct lists (or ungrouped mentions) attest each form
        self.support = support if support is not None else np.ones(n, np.int64)
        #: the form was written in capitals ("ABC", "AB-CD"): read as an acronym loosely
        self.capitals = capitals if capitals is not None else np.zeros(n, np.bool_)
        vocab: dict[str, int] = {}

        def code(s: str | None) -> int:
            return vocab.setdefault(s, len(vocab)) if s else -1

        self.core = [f.core for f in forms]
        self.fingerprint = [" ".join(sorted(set(f.tokens))) for f in forms]
        self.compact = [f.core.replace(" ", "") for f in forms]
        self.core_code = np.fromiter((code(s) for s in self.core), np.int64, n)
        self.compact_code = np.fromiter((code("~" + s) for s in self.compact), np.int64, n)
        self.place_code = np.fromiter((code(f.place) for f in forms), np.int64, n)
        #: the country a qualifier names (the place, else an alias part: "X (Greece)",
        #: "X (South Korea)"), else -1: two countries are two national bodies, while a
        #: city and its country may be one
        countries_named = country_names()

        def country_named(f: NameForm) -> int:
            for q in (f.place, *f.aliases):
                if q in countries_named:
                    return code("\x1d" + q)
            return -1

        self.place_country_code = np.fromiter(map(country_named, forms), np.int64, n)
        #: the country given beside the name (a table's country column), -1 when unknown
        self.country_code = np.fromiter(
            (code("\x1d" + c) if c else -1 for c in (countries or [None] * n)), np.int64, n
        )
        self.initials_code = np.fromiter(
            (code(f.initials) if len(f.initials) >= 2 else -1 for f in forms), np.int64, n
        )
        #: every acronym the form's words can make (``acronym_keys``), with its tier
        self.acronym_key_codes = np.full((n, MAX_ACRONYM_KEYS), -1, np.int64)
        self.acronym_key_tiers = np.zeros((n, MAX_ACRONYM_KEYS), np.int64)
        # collected in lists and written at once (an item write to a numpy array is slow)
        at_row: list[int] = []
        at_col: list[int] = []
        got: list[int] = []
        tiers: list[int] = []
        setdefault = vocab.setdefault  # code() of a non-empty string, in the hot loops
        for i, f in enumerate(forms):
            if f.arabic or (f.acronym is not None and len(f.tokens) == 1):
                continue
            made = qualified_acronym_keys(f.tokens, f.place.split() if f.place else ())
            keys = sorted([(tier, key) for key, tier in made.items()])
            del keys[MAX_ACRONYM_KEYS:]
            at_row += [i] * len(keys)
            at_col += range(len(keys))
            for tier, key in keys:  # keys have 2+ letters
                got.append(setdefault(key, len(vocab)))
                tiers.append(tier)
        self.acronym_key_codes[at_row, at_col] = got
        self.acronym_key_tiers[at_row, at_col] = tiers
        #: the name with a leading or trailing run of words as initials (``mixed_keys``),
        #: and each form's content words, which such a key may equal ("iit madras")
        self.mixed_key_codes = np.full((n, MAX_MIXED_KEYS), -1, np.int64)
        self.content_code = np.full(n, -1, np.int64)
        #: the name without the legal forms ending it (``shortened_keys``): "alchemia nova"
        #: of "Alchemia Nova GmbH"
        self.prefix_key_codes = np.full((n, MAX_MIXED_KEYS), -1, np.int64)
        content_rows: list[int] = []
        content_got: list[int] = []
        mixed_row: list[int] = []
        mixed_col: list[int] = []
        mixed_got: list[int] = []
        prefix_row: list[int] = []
        prefix_col: list[int] = []
        prefix_got: list[int] = []
        for i, f in enumerate(forms):
            if f.arabic or len(f.tokens) < 2:
                continue
            content = content_words(f.tokens)
            content_rows.append(i)
            content_got.append(setdefault("\x1c" + " ".join(content), len(vocab)))
            mixed = mixed_keys(content)[:MAX_MIXED_KEYS]
            mixed_row += [i] * len(mixed)
            mixed_col += range(len(mixed))
            for key in mixed:
                mixed_got.append(setdefault("\x1c" + key, len(vocab)))
            for k, key in enumerate(shortened_keys(content)[:MAX_MIXED_KEYS]):
                prefix_row.append(i)
                prefix_col.append(k)
                prefix_got.append(setdefault("\x1c" + key, len(vocab)))
        self.content_code[content_rows] = content_got
        self.mixed_key_codes[mixed_row, mixed_col] = mixed_got
        self.prefix_key_codes[prefix_row, prefix_col] = prefix_got
        for i, f in enumerate(forms):  # a one-word name: its word is its content
            if len(f.tokens) == 1 and not f.arabic and not f.tokens[0].isdigit():
                self.content_code[i] = code("\x1c" + f.tokens[0])
        self.short_code = np.fromiter(
            (
                self.core_code[i]
                if len(f.tokens) == 1 and 2 <= len(f.core) <= 10 and not f.arabic
                else -1
                for i, f in enumerate(forms)
            ),
            np.int64,
            n,
        )
        self.acronym_code = np.fromiter((code(f.acronym) for f in forms), np.int64, n)
        #: letters of the form read as an acronym (its one-word core, else its acronym)
        self.short_length = np.fromiter(
            (
                len(f.core) if self.short_code[i] >= 0 else len(f.acronym or "")
                for i, f in enumerate(forms)
            ),
            np.int64,
            n,
        )
        self.alias_codes = np.full((n, MAX_ALIASES), -1, np.int64)
        for i, f in enumerate(forms):
            for k, alias in enumerate(f.aliases[:MAX_ALIASES]):
                self.alias_codes[i, k] = code(alias)
        #: alias parts that are not the form's acronym (names, towns, ...)
        self.named_alias_codes = np.where(
            self.alias_codes == self.acronym_code[:, None], -1, self.alias_codes
        )
        #: the form carries an alias part / a named one (most carry none: features skip
        #: the pairs where neither does)
        self.has_alias = np.any(self.alias_codes >= 0, axis=1).astype(np.bool_)
        self.has_named_alias = np.any(self.named_alias_codes >= 0, axis=1).astype(np.bool_)
        #: the first named alias part: with a shared main part, the unit a form names
        self.unit_code = self.named_alias_codes.max(axis=1) if n else np.zeros(0, np.int64)
        #: the numbers written in the name, in order ("umr 1123" -> "1123"), -1 when none
        self.number_code = np.fromiter(
            (
                code("#" + " ".join(t for t in f.tokens if t.isdigit()))
                if any(t.isdigit() for t in f.tokens)
                else -1
                for f in forms
            ),
            np.int64,
            n,
        )
        self.table_code = self._table_codes(alias_table)
        self.arabic = np.fromiter((f.arabic for f in forms), np.bool_, n)
        self.vocab_size = len(vocab)
        self._vocab = vocab  # read by _loose_acronyms, dropped once the table is built
        self._tokens()
        self._ambiguity()
        self._loose_acronyms()
        del self._vocab
        self._templates()
        self._typo_canonical()
        self._word_bags()
        self._join_side_work(side)
        self._neutral_ambiguity()

    def _start_side_work(self) -> Future[dict[str, object]] | None:
        """Start :func:`_side_work` (the language-neutral keys, the shortenings and the
        token readings, which read the forms alone) in a forked process when the table is large
        (:data:`SIDE_PROCESS_FROM`); None when it is to run here."""
        global _SIDE_TABLE
        if (
            self.n < SIDE_PROCESS_FROM
            or (os.cpu_count() or 1) < 2
            or ("fork" not in multiprocessing.get_all_start_methods())
        ):
            return None
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        _SIDE_TABLE = self
        try:
            future = pool.submit(_side_work)  # the child is forked here, sharing the forms
        finally:
            _SIDE_TABLE = None
        pool.shutdown(wait=False)
        return future

    def _join_side_work(self, side: Future[dict[str, object]] | None) -> None:
        """Take over the attributes :func:`_side_work` set (run here when *side* is None,
        or when the side process could not finish: killed, out of memory)."""
        if side is not None:
            try:
                self.__dict__.update(side.result())
                return
            except (BrokenProcessPool, OSError):
                pass  # the same work, here
        self.__dict__.update(_side_work(self))

    def _table_codes(self, alias_table: Iterable[Iterable[str]]) -> IntArray:
        group_of: dict[str, int] = {}
        for g, row in enumerate(alias_table):
            for name in row:
                form = normalise_name(name)
                group_of.setdefault(form.core, g)
        out = np.full(self.n, -1, np.int64)
        if group_of:
            for i, f in enumerate(self.forms):
                for key in (f.core, *f.aliases):
                    if key in group_of:
                        out[i] = group_of[key]
                        break
        return out

    def _tokens(self) -> None:
        forms, n = self.forms, self.n
        flat = [t for f in forms for t in f.tokens]
        lens = np.fromiter((len(f.tokens) for f in forms), np.int64, n)
        token_vocab: dict[str, int] = dict.fromkeys(flat, 0)
        for k, t in enumerate(token_vocab):
            token_vocab[t] = k
        ids = np.fromiter(map(token_vocab.__getitem__, flat), np.int64, len(flat))
        rows = np.repeat(np.arange(n, dtype=np.int64), lens)
        packed = unique_ints(pack_pairs(rows, ids))  # each token once per form
        form_rows, self.tok_ids = packed >> 31, packed & _LOW31
        indptr = np.zeros(n + 1, np.int64)
        indptr[1:] = np.cumsum(np.bincount(form_rows, minlength=n))
        self.token_vocab = token_vocab
        self.tok_indptr = indptr
        words = np.full((n, _MAX_TEMPLATE_TOKENS), -1, np.int64)
        starts = np.cumsum(lens) - lens
        pos = np.arange(len(flat), dtype=np.int64) - np.repeat(starts, lens)
        fits = lens[rows] <= _MAX_TEMPLATE_TOKENS
        words[rows[fits], pos[fits]] = ids[fits]
        self.word_ids = words
        self.word_count = lens
        self._occurrence = (rows, ids)  # every word occurrence: (form, token id)
        self.token_strings = np.asarray(list(token_vocab), dtype=object)
        #: letters of each token
        self.token_length = np.fromiter(map(len, token_vocab), np.int64, len(token_vocab))
        self.n_tokens = np.diff(indptr)
        self.token_df = np.bincount(self.tok_ids, minlength=len(token_vocab)).astype(np.int64)
        stop = np.zeros(len(token_vocab), np.bool_)
        for word in STOP_WORDS:
            if word in token_vocab:
                stop[token_vocab[word]] = True
        self.token_is_stop = stop
        self.token_idf = np.log((1.0 + self.n) / (1.0 + self.token_df)) + 1.0
        self.token_idf[stop] *= 0.2

    def _ambiguity(self) -> None:
        """How many distinct cores share an initials string / claim an alias; for each
        acronym key, the best tier any name makes it at (``acronym_best_tier``) and how many
        names make it at that tier (``acronym_key_names``), near-identical names (same
        content words up to small spelling differences, :func:`same_name`) counting once."""
        counts = np.zeros(max(self.vocab_size, 1), np.int64)
        first_core = unique_first(self.core_code)[1]
        ini = self.initials_code[first_core]
        np.add.at(counts, ini[ini >= 0], 1)
        self.initials_count = counts
        keys, tiers = self.acronym_key_codes, self.acronym_key_tiers
        has = keys >= 0
        best = np.full(max(self.vocab_size, 1), 99, np.int64)
        np.minimum.at(best, keys[has], tiers[has])
        self.acronym_best_tier = best
        at_best = has & (tiers == best[np.maximum(keys, 0)])
        rows = np.broadcast_to(np.arange(self.n)[:, None], keys.shape)[at_best]
        core_text: dict[int, str] = {}
        for i in unique_first(self.core_code)[1].tolist():
            core_text[int(self.core_code[i])] = self.core[i]
        names = self._names_per_group(keys[at_best], self.core_code[rows], len(best), core_text)
        # with countries: per (key, country), names of unknown country counting everywhere
        country = self.country_code[rows]
        self._acronym_country_keys = np.empty(0, np.int64)
        self._acronym_country_names = np.empty(0, np.int64)
        if (country >= 0).any():
            packed = pack_pairs(keys[at_best], country + 1)
            groups, inverse = unique_inverse(packed)
            per = self._names_per_group(inverse, self.core_code[rows], len(groups), core_text)
            self._acronym_country_keys, self._acronym_country_names = groups, per
        self.acronym_key_names = names
        mixed = self.mixed_key_codes
        has = mixed >= 0
        rows = np.broadcast_to(np.arange(self.n)[:, None], mixed.shape)[has]
        #: per mixed key code, how many different names make it
        self.mixed_key_names = self._names_per_group(
            mixed[has], self.core_code[rows], max(self.vocab_size, 1), core_text
        )
        prefix = self.prefix_key_codes
        has = prefix >= 0
        rows = np.broadcast_to(np.arange(self.n)[:, None], prefix.shape)[has]
        #: per leading-words key code, how many different names start so
        self.prefix_key_names = self._names_per_group(
            prefix[has], self.core_code[rows], max(self.vocab_size, 1), core_text
        )
        alias_counts = np.zeros(max(self.vocab_size, 1), np.int64)
        k = self.alias_codes.shape[1]
        alias, core = self.alias_codes.ravel(), np.repeat(self.core_code, k)
        keep = alias >= 0
        claimed = unique_ints(pack_pairs(alias[keep], core[keep])) >> 31
        np.add.at(alias_counts, claimed, 1)
        self.alias_count = alias_counts

    def _loose_acronyms(self) -> None:
        """Loose acronym matches (``vocabulary.loose_acronym``: each word gives its first
        letters), for forms written in capitals or explicit acronyms long enough to link
        alone so (``acronym_min_letters``, tier 4), found through the initials of the name
        that the acronym's letters hold in order: ``loose_codes`` (sorted ``acronym form *
        n + name form``) and, per acronym form, ``loose_names``: how many different names
        it fits loosely."""
        n = self.n
        self.loose_codes = np.empty(0, np.int64)
        self.loose_names = np.zeros(n, np.int64)
        fewest = int(self.names_in_country(np.arange(n, dtype=np.int64)).min()) if n else 0
        shortest = acronym_min_letters(fewest, TIER_LOOSE)
        readable = ((self.short_code >= 0) & self.capitals) | (self.acronym_code >= 0)
        wanted: dict[str, list[tuple[int, str]]] = {}
        for x in np.flatnonzero(readable & (self.short_length >= shortest)).tolist():
            f = self.forms[x]
            letters = (f.core if self.short_code[x] >= 0 else (f.acronym or "")).replace(" ", "")
            if not (len(letters) <= LOOSE_MAX_LETTERS and letters.isalpha()):
                continue
            rest = letters[1:]
            for size in range(max(1, len(rest) - LOOSE_EXTRA_LETTERS), len(rest)):
                for picked in set(combinations(rest, size)):
                    wanted.setdefault(letters[0] + "".join(picked), []).append((x, letters))
        # names whose initials (their acronym keys) are among the wanted strings
        by_code = {self._vocab[k]: v for k, v in wanted.items() if k in self._vocab}
        if not by_code:
            return
        keys = self.acronym_key_codes
        rows, cols = np.nonzero(np.isin(keys, np.fromiter(by_code, np.int64, len(by_code))))
        found = keys[rows, cols]
        block = np.bincount(found, minlength=max(self.vocab_size, 1))
        fits: dict[int, set[int]] = {}
        readings_of: dict[int, tuple[tuple[str, ...], ...]] = {}  # a name makes several keys
        for y, key in zip(rows.tolist(), found.tolist(), strict=True):
            if block[key] > LOOSE_MAX_BLOCK:
                continue
            readings = readings_of.get(y)
            if readings is None:
                readings = readings_of[y] = acronym_readings(self.forms[y].tokens)
            for x, letters in by_code[key]:
                if any(loose_spells(letters, ws) for ws in readings):
                    fits.setdefault(x, set()).add(y)
        codes: list[int] = []
        for x, ys in fits.items():
            ordered = sorted(ys)
            codes.extend(x * n + y for y in ordered)
            self.loose_names[x] = _distinct_names([self.core[y] for y in ordered])
        self.loose_codes = np.unique(np.asarray(codes, np.int64))

    def loose_hits(self, x: IntArray, y: IntArray) -> npt.NDArray[np.bool_]:
        """Row-wise: does form *x* fit form *y* as a loose acronym?"""
        codes = x * self.n + y
        if len(self.loose_codes) == 0:
            return np.zeros(len(x), np.bool_)
        pos = np.minimum(np.searchsorted(self.loose_codes, codes), len(self.loose_codes) - 1)
        out: npt.NDArray[np.bool_] = self.loose_codes[pos] == codes
        return out

    @staticmethod
    def _names_per_group(
        group: IntArray, core: IntArray, n_groups: int, core_text: dict[int, str]
    ) -> IntArray:
        """Per group id, how many different names its cores hold (near-identical once)."""
        pairs = unique_ints(pack_pairs(group, core))
        group_of, core_of = pairs >> 31, pairs & _LOW31
        names = np.bincount(group_of, minlength=max(n_groups, 1)).astype(np.int64)
        several = np.flatnonzero(names > 1)
        starts = np.searchsorted(group_of, several)
        for g, start in zip(several.tolist(), starts.tolist(), strict=True):
            members = core_of[start : start + names[g]].tolist()
            names[g] = _distinct_names([core_text[c] for c in members])
        return names

    def names_in_country(self, forms: IntArray) -> IntArray:
        """Per form, the names it competes with for an acronym: every form when its country
        is unknown, else the forms of its country and those of unknown country."""
        country = self.country_code[forms]
        known = country >= 0
        if not known.any():
            return np.full(len(forms), self.n, np.int64)
        sizes = np.bincount(
            np.maximum(self.country_code, 0)[self.country_code >= 0],
            minlength=max(self.vocab_size, 1),
        )
        unknown = int((self.country_code < 0).sum())
        out: IntArray = np.where(known, sizes[np.maximum(country, 0)] + unknown, self.n)
        return out

    def acronym_names(self, keys: IntArray, country: IntArray) -> IntArray:
        """How many names make each acronym key of *keys* (shape (m, k)) at its best tier:
        among all names when *country* (per row, -1 unknown) is unknown, else among the
        names of that country and those of unknown country."""
        out: IntArray = self.acronym_key_names[np.maximum(keys, 0)]
        known = country >= 0
        if not known.any() or len(self._acronym_country_keys) == 0:
            return out
        ck, cn = self._acronym_country_keys, self._acronym_country_names

        def lookup(packed: IntArray) -> IntArray:
            pos = np.minimum(np.searchsorted(ck, packed), len(ck) - 1)
            found: IntArray = np.where(ck[pos] == packed, cn[pos], 0)
            return found

        k = np.maximum(keys, 0)
        c = np.broadcast_to(country[:, None], keys.shape)
        local = lookup(pack_pairs(k, np.maximum(c, -1) + 1)) + lookup(pack_pairs(k, 0 * c))
        result: IntArray = np.where(known[:, None], local, out)
        return result

    def _templates(self) -> None:
        """``template_code[f, p]``: the words of form *f* with word *p* blanked, as an integer.

        Computed from a seeded 64-bit linear hash of the word-id row, so no strings are
        built; two different templates collide with probability about 2**-64."""
        words = self.word_ids
        n, width = words.shape
        mult = np.random.default_rng(_TEMPLATE_SEED).integers(
            1, np.iinfo(np.int64).max, width, dtype=np.int64
        ).astype(np.uint64) | np.uint64(1)
        shifted = (words + 2).astype(np.uint64)  # padding -> 1, blank -> 0, words >= 2
        with np.errstate(over="ignore"):
            whole = (shifted * mult).sum(axis=1, dtype=np.uint64)
            hashed = whole[:, None] - shifted * mult  # word p replaced by the blank (0)
        ok = (self.word_count >= 2) & (self.word_count <= width)
        valid = ok[:, None] & (words >= 0)
        # int32 (fewer templates than 2**31 word slots): features gather rows of it for
        # millions of pairs
        codes = np.full((n, width), -1, np.int32)
        if valid.any():
            _, inverse = unique_inverse(hashed[valid].view(np.int64))
            codes[valid] = inverse
        n_templates = int(codes.max()) + 1 if valid.any() else 0
        sizes = np.zeros(max(n_templates, 1), np.int64)
        if valid.any():
            cores = np.broadcast_to(self.core_code[:, None], codes.shape)[valid]
            distinct = unique_ints(pack_pairs(codes[valid].astype(np.int64), cores)) >> 31
            np.add.at(sizes, distinct, 1)
        self.template_code: Int32Array = codes
        self.template_size = sizes

    def _typo_canonical(self) -> None:
        """``token_canonical[k]``: token *k*, or the more frequent token one edit away
        (insertion, deletion, substitution or adjacent transposition) that it most likely
        misspells. Found through shared single-deletion variants (symmetric deletion), per
        distinct token and vectorised: each variant is a seeded 64-bit hash of its letters.
        Tokens shorter than :data:`MIN_TYPO_LENGTH` or longer than :data:`MAX_TYPO_LENGTH`,
        stop-words and tokens with digits keep themselves. Read only by the typo-tolerant
        blocking key (``fuzzy_bag_code``), never by a score."""
        strings: list[str] = self.token_strings.tolist()
        n_tok = len(strings)
        canonical = np.arange(n_tok, dtype=np.int64)
        self.token_canonical = canonical
        lengths = np.fromiter(map(len, strings), np.int64, n_tok)
        alpha = np.fromiter((t.isalpha() for t in strings), np.bool_, n_tok)
        usable = (
            (lengths >= MIN_TYPO_LENGTH)
            & (lengths <= MAX_TYPO_LENGTH)
            & alpha
            & ~self.token_is_stop
        )
        tok = np.flatnonzero(usable)
        if len(tok) < 2:
            return
        width = MAX_TYPO_LENGTH
        letters = np.asarray([strings[k] for k in tok], dtype=f"<U{width}")
        chars = letters.view(np.uint32).reshape(len(tok), width).astype(np.uint64)
        mult = np.random.default_rng(_TEMPLATE_SEED + 1).integers(
            1, np.iinfo(np.int64).max, width, dtype=np.int64
        ).astype(np.uint64) | np.uint64(1)
        with np.errstate(over="ignore"):
            weighted = chars * mult  # letter k at position k
            shifted = chars[:, 1:] * mult[:-1]  # letter k moved to position k - 1
            before = np.cumsum(weighted, axis=1, dtype=np.uint64) - weighted  # letters < i
            after = np.cumsum(shifted[:, ::-1], axis=1, dtype=np.uint64)[:, ::-1]  # > i
            after = np.c_[after, np.zeros(len(tok), np.uint64)]
            variants = np.c_[weighted.sum(axis=1, dtype=np.uint64), before + after]
        valid = np.c_[np.ones(len(tok), np.bool_), np.arange(width) < lengths[tok][:, None]]
        owner = np.broadcast_to(tok[:, None], valid.shape)[valid]
        _, key = unique_inverse(variants[valid].view(np.int64))
        # a token's own spelling and its deletions must not pair it with itself
        packed = unique_ints(pack_pairs(key, owner))
        key, owner = packed >> 31, packed & _LOW31
        # rank: more forms first, then the smaller token id
        rank = self.token_df[owner] * (n_tok + 1) + (n_tok - owner)
        starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        sizes = np.diff(np.r_[starts, len(key)])
        best = np.maximum.reduceat(rank, starts)
        best[sizes > MAX_TYPO_GROUP] = -1
        best_of = np.full(n_tok, -1, np.int64)
        np.maximum.at(best_of, owner, np.repeat(best, sizes))
        own_rank = self.token_df * (n_tok + 1) + (n_tok - np.arange(n_tok))
        better = best_of > own_rank
        canonical[better] = n_tok - best_of[better] % (n_tok + 1)

    def _word_bags(self) -> None:
        """``bag_code``: the multiset of content words (core words that are not stop-words,
        plus alias words other than the acronym), whatever their order; ``fuzzy_bag_code``:
        the same with each core word replaced by its ``token_canonical`` spelling. A bag is
        the sum of seeded random 64-bit values of its words (a multiset hash)."""
        n = self.n
        rows, ids = self._occurrence
        n_tok = len(self.token_strings)
        content = ~self.token_is_stop[ids]
        rows, ids = rows[content], ids[content]
        rng = np.random.default_rng(_TEMPLATE_SEED + 2)
        value = rng.integers(1, np.iinfo(np.int64).max, n_tok, dtype=np.int64).astype(np.uint64)
        exact = np.zeros(n, np.uint64)
        fuzzy = np.zeros(n, np.uint64)
        has = np.zeros(n, np.bool_)
        has[rows] = True
        # alias words: the core token's value when the word is also a core word
        vocab = dict(self.token_vocab)
        extra_rows: list[int] = []
        extra_ids: list[int] = []
        for i, f in enumerate(self.forms):
            if f.aliases:
                for alias in f.aliases:
                    if alias != f.acronym:
                        for word in alias.split():
                            extra_rows.append(i)
                            extra_ids.append(vocab.setdefault(word, len(vocab)))
        value = np.r_[
            value,
            rng.integers(1, np.iinfo(np.int64).max, len(vocab) - n_tok, dtype=np.int64).astype(
                np.uint64
            ),
        ]
        with np.errstate(over="ignore"):
            np.add.at(exact, rows, value[ids])
            np.add.at(fuzzy, rows, value[self.token_canonical[ids]])
            if extra_rows:
                er = np.asarray(extra_rows, np.int64)
                ev = value[np.asarray(extra_ids, np.int64)]
                np.add.at(exact, er, ev)
                np.add.at(fuzzy, er, ev)
                has[er] = True
        self.bag_hash = exact
        self.word_value = value
        self.bag_size = np.bincount(rows, minlength=n).astype(np.int64)
        if extra_rows:
            self.bag_size += np.bincount(np.asarray(extra_rows, np.int64), minlength=n)
        both = np.r_[exact[has], fuzzy[has]].view(np.int64)
        _, codes = unique_inverse(both)
        self.bag_code = np.full(n, -1, np.int64)
        self.fuzzy_bag_code = np.full(n, -1, np.int64)
        k = int(has.sum())
        self.bag_code[has] = codes[:k]
        self.fuzzy_bag_code[has] = codes[k:]

    def _token_readings(self) -> None:
        """Per token of the vocabulary (in ``token_vocab`` order: first use in the forms),
        ``token_is_org``: an organisation word of the vocabulary (``org_vocabulary``);
        ``token_skeleton``: code of its consonant skeleton (the same for an Arabic word and
        its Latin transliteration), -1 when shorter than :data:`MIN_SKELETON_LENGTH`
        consonants, read only by the cross-script blocking pass. Reads the forms alone
        (after :meth:`_neutral` the words' readings are cached)."""
        tokens = list(dict.fromkeys(t for f in self.forms for t in f.tokens))
        self.token_is_org = np.fromiter(
            (word_concept(w) is not None for w in tokens), np.bool_, len(tokens)
        )
        codes: dict[str, int] = {}
        out = np.full(len(tokens), -1, np.int64)
        for k, token in enumerate(tokens):
            skeleton = consonant_skeleton(token)
            if len(skeleton) >= MIN_SKELETON_LENGTH:
                out[k] = codes.setdefault(skeleton, len(codes))
        self.token_skeleton = out

    def _neutral(self) -> None:
        """Language-neutral keys (``translation.neutral_key``): ``neutral_exact`` /
        ``neutral_cross`` codes (-1 when the form has no organisation word), ``surface_code``
        (its organisation words as written), ``script_code``, ``neutral_proper`` (the key
        holds proper nouns of :data:`MIN_PROPER_SKELETON` or more consonants),
        ``neutral_proper_cross`` (4+, see :data:`MIN_CROSS_SKELETON`),
        ``neutral_proper_exact`` (or of :data:`MIN_EXACT_PROPER` or more letters, for keys
        compared as written), ``syllabic`` (written in CJK characters). A key is
        ambiguous (``exact_ambiguous`` / ``cross_ambiguous``, by key code) when two names
        with different content words, in one script and with the same organisation words,
        share it: "X of Dorsa" / "X of Darsa" under one consonant skeleton."""
        n = self.n
        exact = np.full(n, -1, np.int64)
        cross = np.full(n, -1, np.int64)
        short_cross = np.full(n, -1, np.int64)
        surface = np.full(n, -1, np.int64)
        consonants = np.zeros(n, np.int64)  # of the proper nouns' skeletons
        letters = np.zeros(n, np.int64)  # of the proper nouns as written
        function = np.full(n, -1, np.int64)
        proper_text = [""] * n
        concept = np.full(n, -1, np.int64)
        marking = acronym_words().function | STOP_WORDS
        codes: dict[str, int] = {}
        scripts: dict[str, int] = {}
        script = np.fromiter(
            (scripts.setdefault(f.script, len(scripts)) for f in self.forms), np.int64, n
        )
        for i, f in enumerate(self.forms):
            key = neutral_key(f.tokens, f.script)
            if key is None:
                continue
            if not key.plain:  # a plain key as written is the bag of words
                exact[i] = codes.setdefault("e" + key.exact, len(codes))
            cross[i] = codes.setdefault("c" + key.cross, len(codes))
            if f.script in _SHORT_CROSS_SCRIPTS:
                short_cross[i] = codes.setdefault("k" + key.short_cross, len(codes))
            surface[i] = codes.setdefault("s" + " ".join(key.surface), len(codes))
            consonants[i] = sum(map(len, key.skeletons))
            letters[i] = sum(map(len, key.proper))
            proper_text[i] = " ".join(key.proper)
            if key.concepts:
                broad = sorted(BROADER_CONCEPTS.get(c, c) for c in key.concepts)
                concept[i] = codes.setdefault("o" + " ".join(broad), len(codes))
            marks = sorted(marking.intersection(f.tokens))
            function[i] = codes.setdefault("f" + " ".join(marks), len(codes))
        proper = consonants >= MIN_PROPER_SKELETON
        proper_cross = consonants >= MIN_CROSS_SKELETON
        proper_exact = letters >= MIN_EXACT_PROPER
        proper_alike = consonants >= MIN_ALIKE_SKELETON
        self.neutral_exact, self.neutral_cross = exact, cross
        self.surface_code, self.script_code, self.neutral_proper = surface, script, proper
        self.neutral_proper_cross = proper_cross
        self.neutral_proper_exact = proper_exact | proper
        #: proper nouns of 3+ consonants (``MIN_ALIKE_SKELETON``), and as written
        self.neutral_proper_alike = proper_alike
        self.neutral_proper_text = proper_text
        #: the organisation concepts of the key, broader ones for narrower
        #: (``BROADER_CONCEPTS``; -1 without any),
        #: and the letters of its proper nouns as written
        self.concept_code = concept
        self.proper_letters = letters
        #: the function words of the name ("of for" / "de la"): its language, with
        #: ``surface_code``
        self.function_code = function
        self.syllabic = np.fromiter((f.script == "cjk" for f in self.forms), np.bool_, n)
        #: the cross key with three consonants a proper noun, for names in Latin, Cyrillic
        #: or Greek script (-1 otherwise)
        self.neutral_short_cross = short_cross
        self._neutral_codes = len(codes)

    def _neutral_ambiguity(self) -> None:
        """``exact_ambiguous``, ``cross_ambiguous`` and ``short_cross_ambiguous`` (see
        :meth:`_neutral`); needs the keys and the word bags."""
        size = self._neutral_codes
        self.exact_ambiguous = self._key_ambiguity(self.neutral_exact, size)
        self.cross_ambiguous = self._key_ambiguity(self.neutral_cross, size)
        self.short_cross_ambiguous = self._key_ambiguity(self.neutral_short_cross, size)

    def _key_ambiguity(self, key: IntArray, n_codes: int) -> npt.NDArray[np.bool_]:
        """Per key code: do two forms of one script and one set of organisation words,
        with different content words (bag codes), share it?"""
        out = np.zeros(max(n_codes, 1), np.bool_)
        idx = np.flatnonzero(key >= 0)
        if len(idx) == 0:
            return out
        language = unique_inverse(pack_pairs(self.surface_code[idx] + 1, self.script_code[idx]))[1]
        groups, group = unique_inverse(pack_pairs(key[idx], language))
        bags = unique_ints(pack_pairs(group, self.bag_code[idx] + 1)) >> 31
        several = np.bincount(bags, minlength=len(groups)) > 1
        out[groups[several] >> 31] = True
        return out

    def _supersets(self) -> None:
        """``superset_of[i]``: the one other form whose content words hold all of form
        *i*'s and more ("SUNY Broome" / "SUNY Broome Community College"), -1 when none or
        several do (then ``superset_count``: how many, capped). Only forms of
        :data:`SUBSET_MIN_WORDS`+ content words and :data:`SUBSET_MIN_LETTERS`+ letters, not
        in CJK syllables; the candidates are the forms holding its rarest word."""
        n = self.n
        empty: frozenset[str] = frozenset()
        content = [
            frozenset(_content_words(f.core)) if f.script != "cjk" else empty for f in self.forms
        ]
        # a shorter name with an organisation word is often a whole name of its own:
        # "Akita University" / "Akita Prefectural University", "X University" /
        # "Observatory at the Faculty of Sciences, X University" (on the ROR tuning half
        # such pairs were 72-92% one body, and their wrong merges cost more precision than
        # the recall they gave)
        shorter = [
            i
            for i, words_i in enumerate(content)
            if len(words_i) >= SUBSET_MIN_WORDS
            and sum(map(len, words_i)) >= SUBSET_MIN_LETTERS
            and not any(word_concept(w) is not None for w in words_i)
        ]
        needed = empty.union(*(content[i] for i in shorter))
        postings: dict[str, list[int]] = {}
        for j, words_j in enumerate(content):
            for w in words_j & needed:
                postings.setdefault(w, []).append(j)
        superset_of = np.full(n, -1, np.int64)
        count = np.zeros(n, np.int64)
        for i in shorter:
            words_i = content[i]
            rarest = min((postings[w] for w in words_i), key=len)
            if len(rarest) > SUBSET_MAX_POSTING:
                count[i] = SUBSET_MAX_POSTING
                continue
            found = [j for j in rarest if words_i < content[j]]
            count[i] = len(found)
            # a longer name that adds organisation words names a body of the shorter
            # one's ("United Nations" / "United Nations Council"): not a shortening; one
            # word naming the kind of body completes a bare name ("Exempla Foundation",
            # "Universitas Exempla Raya") unless it is a unit or a place of its own
            if len(found) == 1 and _completes(content[found[0]] - words_i):
                superset_of[i] = found[0]
        self.superset_of = superset_of
        self.superset_count = count

    def tokens_of(self, i: int) -> tuple[str, ...]:
        return self.forms[i].tokens


#: From this many forms, :func:`_side_work` runs in a forked process beside the rest of
#: the table (it reads the forms alone; the results are arrays and one list of strings).
SIDE_PROCESS_FROM = 100_000
#: The table a forked side process reads (set only while forking).
_SIDE_TABLE: FormTable | None = None
#: What :func:`_side_work` sets.
_SIDE_ATTRIBUTES = (
    "neutral_exact",
    "neutral_cross",
    "surface_code",
    "script_code",
    "neutral_proper",
    "neutral_proper_cross",
    "neutral_proper_exact",
    "neutral_proper_alike",
    "neutral_proper_text",
    "concept_code",
    "proper_letters",
    "function_code",
    "syllabic",
    "neutral_short_cross",
    "_neutral_codes",
    "superset_of",
    "superset_count",
    "token_is_org",
    "token_skeleton",
)


def _side_work(table: FormTable | None = None) -> dict[str, object]:
    """The language-neutral keys (``FormTable._neutral``), shortenings
    (``FormTable._supersets``) and token readings (``FormTable._token_readings``) of
    *table* (default: the one being forked from), as the attributes they set
    (:data:`_SIDE_ATTRIBUTES`)."""
    t = table if table is not None else _SIDE_TABLE
    assert t is not None
    t._neutral()
    t._supersets()
    t._token_readings()
    return {name: t.__dict__[name] for name in _SIDE_ATTRIBUTES}


#: Above this many distinct names, normalisation runs in worker processes (from 20 k it
#: did not pay on two loaded cores: 75 k ROR names took 19.0-20.4 s either way).
PARALLEL_FROM = 100_000


_FormFields = tuple[str, tuple[str, ...], str | None, tuple[str, ...], str | None, str, bool, str]


def _normalise_chunk(chunk: list[str]) -> list[_FormFields]:
    """Worker side: plain tuples, which pickle several times faster than attrs records."""
    return [
        (f.core, f.tokens, f.place, f.aliases, f.acronym, f.initials, f.arabic, f.script)
        for f in map(normalise_name, chunk)
    ]


def _normalise_all(distinct: list[str]) -> list[NameForm]:
    workers = min(os.cpu_count() or 1, 8)
    if len(distinct) < PARALLEL_FROM or workers < 2:
        return [normalise_name(s) for s in distinct]
    size = -(-len(distinct) // (workers * 4))
    chunks = [distinct[i : i + size] for i in range(0, len(distinct), size)]
    with ProcessPoolExecutor(workers) as pool:
        return [NameForm(*fields) for part in pool.map(_normalise_chunk, chunks) for fields in part]


def build_forms(
    names: Sequence[str],
    alias_table: Iterable[Iterable[str]] = (),
    groups: Sequence[str | None] | None = None,
    countries: Sequence[str | None] | None = None,
) -> tuple[FormTable, IntArray]:
    """Normalise each distinct name once; return the table and each name's form index.

    *groups* (per name, its list or ``None``) sets each form's ``support``: the number of
    distinct lists attesting it, an ungrouped mention counting as its own list.
    *countries* (per name, a country code or ``None``): one written name given with two
    different countries is two forms (each with its ``country_code``)."""
    if countries is not None:
        if len(countries) != len(names):
            raise ValueError(f"{len(countries)} countries for {len(names)} names")
        marked = [
            f"{name}{_COUNTRY_MARK}{country.strip().upper()}"
            if country and country.strip()
            else name
            for name, country in zip(names, countries, strict=True)
        ]
        distinct_marked, name_index = _distinct_sorted(marked)
        bare = [m.partition(_COUNTRY_MARK) for m in distinct_marked]
        normalised = _normalise_all([b for b, _, _ in bare])
        form_keys = [
            f.key + (f"\x1f{c}" if c else "") for f, (_, _, c) in zip(normalised, bare, strict=True)
        ]
        country_of_key = {k: c or None for k, (_, _, c) in zip(form_keys, bare, strict=True)}
        return _assemble(
            distinct_marked, name_index, normalised, form_keys, alias_table, groups, country_of_key
        )
    distinct, name_index = _distinct_sorted(names)
    normalised = _normalise_all(distinct)
    form_keys = [f.key for f in normalised]
    return _assemble(distinct, name_index, normalised, form_keys, alias_table, groups, None)


def _distinct_sorted(names: Sequence[str]) -> tuple[list[str], IntArray]:
    """The distinct *names*, sorted, and each name's index among them: one hashing pass
    over the names (``pandas.factorize``), then only the distinct ones sorted and looked
    up."""
    codes, uniques = pd.factorize(np.asarray(names, dtype=object))
    first_seen: list[str] = uniques.tolist()
    distinct = sorted(first_seen)
    position = dict(zip(distinct, range(len(distinct)), strict=True))
    rank = np.fromiter(map(position.__getitem__, first_seen), np.int64, len(first_seen))
    name_index: IntArray = rank[codes]
    return distinct, name_index


def _in_capitals(raw: str) -> bool:
    """Written as an acronym: one written word (no space), 2+ characters, and either no
    lower-case letter ("ABC", "AB-CD") or capitals inside the word that are at least as
    many as its lower-case letters, or three of them ("UzNIM", "HoF", "CoBTeK"; not a
    name in camel case like "DeepMind")."""
    head = raw.partition(_COUNTRY_MARK)[0].strip()
    if " " in head or len(head) < 2:
        return False
    upper = sum(c.isupper() for c in head)
    lower = sum(c.islower() for c in head)
    return upper > 0 and (lower == 0 or (upper >= 2 and (upper >= lower or upper >= 3)))


#: Joins a name and its country while forms are built (a control character no name holds).
_COUNTRY_MARK = "\x1e"


def _assemble(
    distinct: list[str],
    name_index: IntArray,
    normalised: list[NameForm],
    form_keys: list[str],
    alias_table: Iterable[Iterable[str]],
    groups: Sequence[str | None] | None,
    country_of_key: dict[str, str | None] | None,
) -> tuple[FormTable, IntArray]:
    by_key: dict[str, NameForm] = {}
    for key, form in zip(form_keys, normalised, strict=True):
        by_key.setdefault(key, form)
    keys = sorted(by_key)
    index_of_key = {k: i for i, k in enumerate(keys)}
    form_of_distinct = np.fromiter(
        map(index_of_key.__getitem__, form_keys), np.int64, len(distinct)
    )
    form_of_name = form_of_distinct[name_index]
    support = np.ones(len(keys), np.int64)
    if len(name_index):
        gindex: dict[str, int] = {}
        n_names = len(name_index)
        gcode = np.fromiter(
            (
                gindex.setdefault(g, len(gindex)) if g is not None else n_names + i
                for i, g in enumerate(groups if groups is not None else [None] * n_names)
            ),
            np.int64,
            n_names,
        )
        attested = unique_ints(pack_pairs(form_of_name, gcode)) >> 31
        support = np.bincount(attested, minlength=len(keys)).astype(np.int64)
    countries = [country_of_key[k] for k in keys] if country_of_key is not None else None
    capitals = np.zeros(len(keys), np.bool_)
    written = np.fromiter((_in_capitals(d) for d in distinct), np.bool_, len(distinct))
    capitals[form_of_distinct[written]] = True
    table = FormTable([by_key[k] for k in keys], alias_table, support, countries, capitals)
    return table, form_of_name


def shortened_keys(content: tuple[str, ...]) -> list[str]:
    """The name without the legal forms that end it ("Alchemia Nova GmbH" ->
    ``"alchemia nova"``, "Kinsei Co., Ltd." -> ``"kinsei"``), when what is left has 4+
    letters; *content*: its words without function words and digits (``content_words``)."""
    legal = acronym_words().legal
    k = len(content)
    while k > 0 and content[k - 1] in legal:
        k -= 1
    if k == len(content) or k == 0 or len("".join(content[:k])) < SHORTENED_MIN_LETTERS:
        return []
    return [" ".join(content[:k])]


def _key_hits(
    t: FormTable, keys_of: IntArray, names_of: IntArray, x: IntArray, y: IntArray
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    hit = np.zeros(len(x), np.bool_)
    unique = np.zeros(len(x), np.bool_)
    # only content words that some name's key equals can hit (a lookup, then the rows)
    target = np.zeros(max(t.vocab_size, 1) + 1, np.bool_)
    target[keys_of[keys_of >= 0]] = True
    k = np.flatnonzero(target[t.content_code[x]] & (keys_of[y, 0] >= 0))
    if len(k) == 0:
        return hit, unique
    cx = t.content_code[x[k]]
    keys = keys_of[y[k]]
    match = keys == cx[:, None]
    hit[k] = match.any(axis=1)
    unique[k] = (match & (names_of[np.maximum(keys, 0)] <= 1)).any(axis=1)
    return hit, unique


def mixed_hits(
    t: FormTable, x: IntArray, y: IntArray
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Row-wise: are *x*'s content words one of *y*'s mixed keys (some words as initials),
    and does no other name make that key?"""
    return _key_hits(t, t.mixed_key_codes, t.mixed_key_names, x, y)


def shortened_hits(
    t: FormTable, x: IntArray, y: IntArray
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Row-wise: are *x*'s content words *y* without its legal forms (``shortened_keys``),
    and does no other name read so?"""
    return _key_hits(t, t.prefix_key_codes, t.prefix_key_names, x, y)
