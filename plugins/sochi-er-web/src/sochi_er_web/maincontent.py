"""Which blocks of a page are its main content, by trafilatura's main-content extraction.

:func:`main_vocabulary` runs trafilatura (recall-oriented, tables and image text kept) on
the page and returns the words of what it keeps; :func:`is_boilerplate` says whether a
block's words are mostly outside it. Both are linear in the page size. When trafilatura
keeps nothing or fails, there is no vocabulary and no block is judged boilerplate.
"""

from __future__ import annotations

import logging
import re

import trafilatura

__all__ = ["is_boilerplate", "main_vocabulary"]

_WORD = re.compile(r"\w+")
#: Share of a block's words that must be in the main content for it to be content.
KEPT_SHARE = 0.5


def main_vocabulary(markup: str) -> frozenset[str] | None:
    """The case-folded words of the page's main content, or ``None`` if unknown."""
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        text = trafilatura.extract(
            markup,
            favor_recall=True,
            include_tables=True,
            include_images=True,
            include_comments=False,
            deduplicate=False,
        )
    except Exception:  # trafilatura may fail on odd markup: then judge nothing
        return None
    if not text or not text.strip():
        return None
    return frozenset(w.casefold() for w in _WORD.findall(text))


def is_boilerplate(text: str, vocabulary: frozenset[str] | None) -> bool:
    """Whether most words of *text* are outside the main-content *vocabulary*."""
    if vocabulary is None:
        return False
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return False
    kept = sum(w in vocabulary for w in words)
    return kept < KEPT_SHARE * len(words)
