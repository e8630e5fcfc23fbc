"""Multilingual word data the linkage engine reads, loaded once from ``sochi_er/data``.

- ``acronym_words.tsv``: function words that initials skip, and heads of compound words
  whose first letter an acronym takes from inside the word (see :func:`acronym_keys`).

Every entry is a generic word of a language; no organisation name belongs here.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

from attrs import frozen

__all__ = [
    "AcronymWords",
    "acronym_keys",
    "acronym_min_letters",
    "acronym_words",
    "content_words",
    "loose_acronym",
    "mixed_keys",
    "plain",
]

#: Acronym key tiers: 1 the content words' initials (the usual acronym), 2 a variant that
#: keeps the function words or takes letters from inside compound words, 3 a variant that
#: leaves out a first or last word (a parent body or a place before or after the name).
TIER_CONTENT, TIER_VARIANT, TIER_PARTIAL = 1, 2, 3
#: An acronym tells one name from all others alone only when names are few for its
#: letters: at most this many names per possible k-letter string (26**k). Among 35 k names
#: that takes four letters (on the ROR tuning half, 18% of the unique three-letter
#: initials matches were wrong, 4% of the four-letter ones); among a few hundred, two.
#: The real owner of a short acronym is often not among the names at all.
NAMES_PER_ACRONYM = 1.0
#: Extra letters a loose acronym needs over the usual one to link alone.
LOOSE_MORE_LETTERS = 2
#: Tier of a loose acronym (:func:`loose_acronym`): more letters from inside the words.
TIER_LOOSE = 4
#: Tier of a mixed form: some words as initials, the rest as written ("IIT Madras").
TIER_MIXED = 5
#: Longest run of words a mixed form writes as initials.
MIXED_MAX_RUN = 5
#: A loose acronym takes at most this many letters from inside the words.
LOOSE_EXTRA_LETTERS = 3
#: Fewest content words for the tier-3 keys that drop a word.
PARTIAL_MIN_WORDS = 3


def plain(text: str) -> str:
    """Case-folded, accents removed (the form data files are matched in)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _rows(name: str) -> list[list[str]]:
    text = resources.files("sochi_er").joinpath(f"data/{name}").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append(line.split("\t"))
    return rows


@frozen
class AcronymWords:
    """``function``: words initials skip; ``compounds``: compound heads, longest first;
    ``legal``: legal forms of companies and associations."""

    function: frozenset[str]
    compounds: tuple[str, ...]
    legal: frozenset[str] = frozenset()


@functools.cache
def acronym_words() -> AcronymWords:
    """The bundled ``acronym_words.tsv`` (read once a process)."""
    sets: dict[str, set[str]] = {"function": set(), "compound": set(), "legal": set()}
    for kind, _lang, words in _rows("acronym_words.tsv"):
        if kind not in sets:
            raise ValueError(f"acronym_words.tsv: unknown kind {kind!r}")
        sets[kind].update(plain(w) for w in words.split())
    return AcronymWords(
        frozenset(sets["function"]),
        tuple(sorted(sets["compound"], key=lambda w: -len(w))),
        frozenset(sets["legal"]),
    )


@functools.lru_cache(maxsize=1 << 18)
def _compound_letters(word: str, heads: tuple[str, ...]) -> str:
    """First letters of a compound word's parts: ``"krebsforschungszentrum"`` -> ``"kfz"``
    (heads are stripped from the end, longest first, while a part of 3+ letters is left)."""
    return _split_compound(word, _head_set(heads), _head_sizes(heads))


def _split_compound(word: str, head_set: frozenset[str], sizes: tuple[int, ...]) -> str:
    """:func:`_compound_letters` with the heads as a set and their lengths, longest first."""
    letters = ""
    rest = word
    while True:
        for size in sizes:  # longest first
            if len(rest) - size >= 3 and rest[-size:] in head_set:
                break
        else:
            return rest[0] + letters
        letters = rest[-size] + letters
        rest = rest[:-size]


@functools.cache
def _head_set(heads: tuple[str, ...]) -> frozenset[str]:
    return frozenset(heads)


@functools.cache
def _head_sizes(heads: tuple[str, ...]) -> tuple[int, ...]:
    """The lengths of the heads, longest first."""
    return tuple(sorted({len(h) for h in heads}, reverse=True))


def acronym_keys(tokens: tuple[str, ...] | list[str]) -> dict[str, int]:
    """The acronyms a name's words can make, each with its tier (lower: more usual).

    Tier 1: initials of the content words (function words of any language skipped);
    tier 2: initials of every word, and initials with letters from inside compound words;
    tier 3: the content initials without the first or the last word (3+ content words),
    or without the first two or the last two (5+ content words: "ETU" of "Eastern
    Technical University of Velmar Tarrow", a place after the acronym's words).
    Keys shorter than two letters are left out. Digits are never letters of an acronym.
    """
    data = acronym_words()
    words = [t for t in tokens if not t.isdigit()]
    content = [t for t in words if t not in data.function]
    # (key, tier) in order of tier: a key keeps the first (best) tier it is made at
    made: list[tuple[str, int]] = []
    firsts = "".join([t[0] for t in content])
    if len(content) >= 2:
        made.append((firsts, TIER_CONTENT))
    if len(words) >= 2:
        made.append(
            (firsts if len(words) == len(content) else "".join([t[0] for t in words]), TIER_VARIANT)
        )
    if content and data.compounds:
        made.append(("".join(map(_word_compound_letters, content)), TIER_VARIANT))
    if len(content) >= PARTIAL_MIN_WORDS:
        made += ((firsts[1:], TIER_PARTIAL), (firsts[:-1], TIER_PARTIAL))
    if len(content) >= PARTIAL_MIN_WORDS + 2:
        made += ((firsts[2:], TIER_PARTIAL), (firsts[:-2], TIER_PARTIAL))
    out: dict[str, int] = {}
    for key, tier in made:
        if len(key) >= 2:
            out.setdefault(key, tier)
    return out


def qualified_acronym_keys(
    tokens: tuple[str, ...] | list[str], qualifier: tuple[str, ...] | list[str]
) -> dict[str, int]:
    """:func:`acronym_keys` of a name whose trailing place qualifier was set apart, with
    the initials of its content words and the qualifier's as one more key (tier 2): an
    acronym often keeps the place ("uef" of "University of Eastern Finland")."""
    out = acronym_keys(tokens)
    if qualifier:
        whole = content_words((*tokens, *qualifier))
        if len(whole) >= 2:
            out.setdefault("".join([t[0] for t in whole]), TIER_VARIANT)
    return out


@functools.lru_cache(maxsize=1 << 18)
def _word_compound_letters(word: str) -> str:
    """:func:`_compound_letters` of one word with the bundled compound heads (cached by
    the word alone: the heads tuple is never hashed, not even once a word)."""
    head_set, sizes = _bundled_heads()
    return _split_compound(word, head_set, sizes)


@functools.cache
def _bundled_heads() -> tuple[frozenset[str], tuple[int, ...]]:
    """The bundled compound heads as a set, and their lengths, longest first."""
    heads = acronym_words().compounds
    return _head_set(heads), _head_sizes(heads)


def loose_acronym(letters: str, tokens: tuple[str, ...] | list[str]) -> bool:
    """Is *letters* a loose acronym of the name: each content word (function words of any
    language and digits skipped; else each word) gives its first letters, at most
    :data:`LOOSE_EXTRA_LETTERS` more than one a word in all (``"chas"`` of "Chicago
    Academy of Sciences", ``"kabu"`` of "Kabarak University", ``"usek"`` of "Universidad
    SEK")?"""
    return any(loose_spells(letters, ws) for ws in acronym_readings(tokens))


def acronym_readings(tokens: tuple[str, ...] | list[str]) -> tuple[tuple[str, ...], ...]:
    """The word sequences initials are read from: the content words, and all words when
    function words occur (digits never count)."""
    data = acronym_words()
    words = tuple(t for t in tokens if not t.isdigit())
    content = tuple(t for t in words if t not in data.function)
    return (content, words) if len(content) < len(words) else (content,)


def loose_spells(letters: str, words: tuple[str, ...]) -> bool:
    """:func:`loose_acronym` for one word sequence."""
    return 2 <= len(words) < len(letters) <= len(words) + LOOSE_EXTRA_LETTERS and _spells(
        letters, words
    )


def _spells(letters: str, words: tuple[str, ...]) -> bool:
    """Can *letters* be cut into one piece per word, each a prefix of its word? (The
    letter positions each word can end at, word by word: no recursion, nothing cached.)"""
    n = len(letters)
    reach = {0}
    for word in words:
        after: set[int] = set()
        for start in reach:
            limit = min(len(word), n - start)
            k = 0
            while k < limit and letters[start + k] == word[k]:
                k += 1
                after.add(start + k)
        if not after:
            return False
        reach = after
    return n in reach


def acronym_min_letters(n_names: int, tier: int = 1) -> int:
    """Fewest letters an acronym needs to link alone among *n_names* names: the smallest
    k >= 2 with ``n_names <= NAMES_PER_ACRONYM * 26**k``, one more for a variant key
    (tier 2 or 3), :data:`LOOSE_MORE_LETTERS` more for a loose one (tier 4)."""
    k = 2
    while n_names > NAMES_PER_ACRONYM * 26**k:
        k += 1
    return k + (LOOSE_MORE_LETTERS if tier >= TIER_LOOSE else 1 if tier > 1 else 0)


def mixed_keys(content: tuple[str, ...]) -> list[str]:
    """The name with a leading or trailing run of 2+ content words written as their
    initials (at most :data:`MIXED_MAX_RUN`), the other words as written: "Indian
    Institute of Technology Madras" ->
    ``"iit madras"``, "NOAA Aviation Weather Center" -> ``"noaa awc"`` (3+ content words;
    *content*: the words without function words and digits, :func:`content_words`)."""
    out: list[str] = []
    last = min(len(content), MIXED_MAX_RUN + 1)
    if last <= 2:
        return out
    # the initials of the words the runs take (the first and last ``last - 1``), once
    head = "".join([w[0] for w in content[: last - 1]])
    tail = "".join([w[0] for w in content[1 - last :]])
    for k in range(2, last):
        out.append(head[:k] + " " + " ".join(content[k:]))
        out.append(" ".join(content[:-k]) + " " + tail[-k:])
    return out


def content_words(tokens: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The words of a name without function words and digits (what :func:`mixed_keys`
    are compared with, space-joined)."""
    function = acronym_words().function
    return tuple(t for t in tokens if not t.isdigit() and t not in function)
