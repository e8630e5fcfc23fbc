"""The form table: distinct written names normalised once, as columnar integer codes.

Contract: :func:`build_forms` normalises each distinct name exactly once, orders forms by
their normalised key (so everything downstream is independent of input order) and encodes
every string attribute as an integer code in one shared vocabulary, so that blocking and
features compare integers in numpy.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

import numpy as np
import numpy.typing as npt

from sochi_er.linkage.normalise import NameForm, normalise_name
from sochi_er.linkage.wordlists import STOP_WORDS

__all__ = ["MAX_ALIASES", "FormTable", "build_forms"]

IntArray = npt.NDArray[np.int64]
MAX_ALIASES = 3
_MAX_TEMPLATE_TOKENS = 8


class FormTable:
    """Columnar view of the distinct normalised forms (index ``0..n-1``, sorted by key).

    Codes are ``-1`` when absent. ``short_code``: the core of a one-word form (a possible
    acronym); ``initials_code``: initials of a multi-word core; ``template_code[f, p]``:
    the core with word ``p`` blanked, ``template_size``: how many distinct cores share it.
    """

    def __init__(
        self,
        forms: list[NameForm],
        alias_table: Iterable[Iterable[str]] = (),
        support: IntArray | None = None,
    ) -> None:
        self.forms = forms
        self.n = n = len(forms)
        #: how many distinct lists (or ungrouped mentions) attest each form
        self.support = support if support is not None else np.ones(n, np.int64)
        vocab: dict[str, int] = {}

        def code(s: str | None) -> int:
            if not s:
                return -1
            got = vocab.get(s)
            if got is None:
                got = vocab[s] = len(vocab)
            return got

        self.core = [f.core for f in forms]
        self.fingerprint = [" ".join(sorted(set(f.tokens))) for f in forms]
        self.compact = [f.core.replace(" ", "") for f in forms]
        self.core_code = np.fromiter((code(s) for s in self.core), np.int64, n)
        self.compact_code = np.fromiter((code("~" + s) for s in self.compact), np.int64, n)
        self.place_code = np.fromiter((code(f.place) for f in forms), np.int64, n)
        self.initials_code = np.fromiter(
            (code(f.initials) if len(f.initials) >= 2 else -1 for f in forms), np.int64, n
        )
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
        self.alias_codes = np.full((n, MAX_ALIASES), -1, np.int64)
        for i, f in enumerate(forms):
            for k, alias in enumerate(f.aliases[:MAX_ALIASES]):
                self.alias_codes[i, k] = code(alias)
        self.table_code = self._table_codes(alias_table)
        self.arabic = np.fromiter((f.arabic for f in forms), np.bool_, n)
        self.vocab_size = len(vocab)
        self._tokens()
        self._ambiguity()
        self._templates()

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
        token_vocab: dict[str, int] = {}
        indptr = np.zeros(self.n + 1, np.int64)
        ids: list[int] = []
        for i, f in enumerate(self.forms):
            seen = dict.fromkeys(f.tokens)
            ids.extend(token_vocab.setdefault(t, len(token_vocab)) for t in seen)
            indptr[i + 1] = len(ids)
        self.token_vocab = token_vocab
        self.tok_indptr = indptr
        self.tok_ids = np.asarray(ids, np.int64)
        words = np.full((self.n, _MAX_TEMPLATE_TOKENS), -1, np.int64)
        for i, f in enumerate(self.forms):
            if len(f.tokens) <= _MAX_TEMPLATE_TOKENS:
                words[i, : len(f.tokens)] = [token_vocab[t] for t in f.tokens]
        self.word_ids = words
        self.token_strings = np.asarray(list(token_vocab), dtype=object)
        self.n_tokens = np.diff(indptr)
        self.token_df = np.bincount(self.tok_ids, minlength=len(token_vocab)).astype(np.int64)
        stop = np.zeros(len(token_vocab), np.bool_)
        for t, k in token_vocab.items():
            stop[k] = t in STOP_WORDS
        self.token_is_stop = stop
        self.token_idf = np.log((1.0 + self.n) / (1.0 + self.token_df)) + 1.0
        self.token_idf[stop] *= 0.2

    def _ambiguity(self) -> None:
        """How many distinct cores share an initials string / claim an alias."""
        counts = np.zeros(max(self.vocab_size, 1), np.int64)
        first_core = np.unique(self.core_code, return_index=True)[1]
        ini = self.initials_code[first_core]
        np.add.at(counts, ini[ini >= 0], 1)
        self.initials_count = counts
        alias_counts = np.zeros(max(self.vocab_size, 1), np.int64)
        k = self.alias_codes.shape[1]
        al = np.stack([self.alias_codes.ravel(), np.repeat(self.core_code, k)], axis=1)
        al = np.unique(al[al[:, 0] >= 0], axis=0)
        np.add.at(alias_counts, al[:, 0], 1)
        self.alias_count = alias_counts

    def _templates(self) -> None:
        tpl_vocab: dict[str, int] = {}
        codes = np.full((self.n, _MAX_TEMPLATE_TOKENS), -1, np.int64)
        core_seen: dict[int, int] = {}
        for i, f in enumerate(self.forms):
            toks = f.tokens
            if not 2 <= len(toks) <= _MAX_TEMPLATE_TOKENS:
                continue
            cc = int(self.core_code[i])
            j = core_seen.get(cc)
            if j is not None:
                codes[i] = codes[j]
                continue
            core_seen[cc] = i
            for p in range(len(toks)):
                tpl = " ".join((*toks[:p], "\x00", *toks[p + 1 :]))
                codes[i, p] = tpl_vocab.setdefault(tpl, len(tpl_vocab))
        sizes = np.zeros(max(len(tpl_vocab), 1), np.int64)
        distinct = np.fromiter(core_seen.values(), np.int64, len(core_seen))
        flat = codes[distinct].ravel()
        np.add.at(sizes, flat[flat >= 0], 1)
        self.template_code = codes
        self.template_size = sizes

    def tokens_of(self, i: int) -> tuple[str, ...]:
        return self.forms[i].tokens


#: Above this many distinct names, normalisation runs in worker processes.
PARALLEL_FROM = 100_000


def _normalise_chunk(chunk: list[str]) -> list[NameForm]:
    return [normalise_name(s) for s in chunk]


def _normalise_all(distinct: list[str]) -> list[NameForm]:
    workers = min(os.cpu_count() or 1, 8)
    if len(distinct) < PARALLEL_FROM or workers < 2:
        return _normalise_chunk(distinct)
    size = -(-len(distinct) // (workers * 4))
    chunks = [distinct[i : i + size] for i in range(0, len(distinct), size)]
    with ProcessPoolExecutor(workers) as pool:
        return [form for part in pool.map(_normalise_chunk, chunks) for form in part]


def build_forms(
    names: Sequence[str],
    alias_table: Iterable[Iterable[str]] = (),
    groups: Sequence[str | None] | None = None,
) -> tuple[FormTable, IntArray]:
    """Normalise each distinct name once; return the table and each name's form index.

    *groups* (per name, its list or ``None``) sets each form's ``support``: the number of
    distinct lists attesting it, an ungrouped mention counting as its own list."""
    distinct = sorted(set(names))
    normalised = _normalise_all(distinct)
    by_key: dict[str, NameForm] = {}
    for form in normalised:
        by_key.setdefault(form.key, form)
    keys = sorted(by_key)
    index_of_key = {k: i for i, k in enumerate(keys)}
    form_of_distinct = {s: index_of_key[f.key] for s, f in zip(distinct, normalised, strict=True)}
    form_of_name = np.fromiter((form_of_distinct[s] for s in names), np.int64, len(names))
    support = np.ones(len(keys), np.int64)
    if len(names):
        gindex: dict[str | None, int] = {}
        gcode = np.fromiter(
            (
                gindex.setdefault(g, len(gindex)) if g is not None else -1 - i
                for i, g in enumerate(groups if groups is not None else [None] * len(names))
            ),
            np.int64,
            len(names),
        )
        pairs = np.unique(np.stack([form_of_name, gcode], axis=1), axis=0)
        support = np.bincount(pairs[:, 0], minlength=len(keys)).astype(np.int64)
    table = FormTable([by_key[k] for k in keys], alias_table, support)
    return table, form_of_name
