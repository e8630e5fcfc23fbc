"""Blocking keys of a written name, as stored in the registry's ``name_keys`` table.

Contract: two names that the engine's blocking passes would make a candidate pair
through an exact key share a key here: the same normalised core or letters without
spaces (``exact``), an alias part equal to a core (``aliases``), initials equal to a
one-word name or acronym (``acronyms``), a shared word that is not a stop-word
(``rare_tokens``; the rarity cap is applied at lookup, from the stored counts), the
consonant skeleton of a word across Arabic and Latin script (``scripts``). Keys are
strings with a one-letter kind prefix; the same name always gives the same keys.
"""

from __future__ import annotations

from collections.abc import Iterable

from sochi_er.linkage import normalise_name
from sochi_er.linkage.normalise import consonant_skeleton
from sochi_er.linkage.wordlists import STOP_WORDS

__all__ = ["CAPPED_PREFIXES", "lookup_keys", "name_keys"]

#: Kinds of keys whose blocks are capped by size at lookup (frequent words).
CAPPED_PREFIXES = ("t:", "a:", "l:")
_MIN_SKELETON = 3


def name_keys(name: str) -> frozenset[str]:
    """The keys stored for *name* (see the module contract)."""
    form = normalise_name(name)
    keys = {"c:" + form.core, "x:" + form.core.replace(" ", "")}
    keys.update("c:" + alias for alias in form.aliases)
    if len(form.tokens) > 1 and len(form.initials) >= 2:
        keys.add("i:" + form.initials)
    if len(form.tokens) == 1 and 2 <= len(form.core) <= 10 and not form.arabic:
        keys.add("i:" + form.core)
    if form.acronym:
        keys.add("i:" + form.acronym)
    script = "a:" if form.arabic else "l:"
    for token in set(form.tokens):
        if token in STOP_WORDS:
            continue
        keys.add("t:" + token)
        skeleton = consonant_skeleton(token)
        if len(skeleton) >= _MIN_SKELETON:
            keys.add(script + skeleton)
    return frozenset(keys)


def lookup_keys(keys: Iterable[str]) -> frozenset[str]:
    """The keys to look up for a name with *keys* (from :func:`name_keys`): the same,
    with script skeletons pointing at the other script (an Arabic name looks for Latin
    names and the other way round)."""
    swap = {"a:": "l:", "l:": "a:"}
    return frozenset(swap.get(k[:2], k[:2]) + k[2:] for k in keys)
