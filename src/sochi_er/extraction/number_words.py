"""Numbers written in words ("forty-two", "quarantaquattro", "vinte e três",
"dreiundzwanzig"), read by text2num in the languages it knows (:func:`word_number`,
:func:`number_ending_at`, :func:`number_phrases`).

Contract: a word or phrase is a number when text2num reads the whole of it as one in some
language of :data:`LANGUAGES`; the first language that reads it gives its value (they
agree where their words meet: "elf" is eleven in German and Dutch). Digits are not read
here. Each distinct word is read once (cached), so a pass over a text is linear in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from text_to_num import text2num

__all__ = [
    "LANGUAGES",
    "MAX_PHRASE_WORDS",
    "number_ending_at",
    "number_phrases",
    "word_number",
]

#: The languages whose number words are read, in the order they are tried.
LANGUAGES = ("en", "it", "fr", "es", "pt", "de", "nl")
#: Most words of one number phrase ("one hundred and twenty", "vinte e três").
MAX_PHRASE_WORDS = 4


@lru_cache(maxsize=1 << 16)
def _read(phrase: str) -> int | None:
    for language in LANGUAGES:
        try:
            return int(text2num(phrase, language))
        except ValueError:
            continue
    return None


def word_number(word: str) -> int | None:
    """The value of *word* written as a number in some language ("Quarantaquattro" 44,
    "forty-two" 42, "zwölf" 12), or ``None`` (digits, names and other words)."""
    if not word[:1].isalpha():
        return None
    return _read(word.casefold())


def number_ending_at(words: Sequence[str], end: int) -> tuple[int, int] | None:
    """The number written in words that ends with ``words[end]``, as ``(value, first)``:
    the longest run of up to :data:`MAX_PHRASE_WORDS` words read as one number, ``first``
    the index of its first word ("vinte e três" is 23, not 3); ``None`` when
    ``words[end]`` is no number word."""
    if word_number(words[end]) is None:
        return None
    for first in range(max(0, end - MAX_PHRASE_WORDS + 1), end + 1):
        if first < end and word_number(words[first]) is None:
            continue  # a phrase opens with a number word ("forty two", not "the two")
        value = _read(" ".join(words[first : end + 1]).casefold())
        if value is not None:
            return value, first
    return None


def number_phrases(words: Sequence[str]) -> dict[int, tuple[int, int]]:
    """Every number written in words in *words*, whole: ``{last: (value, first)}`` for
    each phrase no longer one contains ("vinte e tr\u00eas" gives 23 at "tr\u00eas", not
    20 at "vinte" too). One pass over *words*."""
    found: dict[int, tuple[int, int]] = {}
    for end in range(len(words)):
        phrase = number_ending_at(words, end)
        if phrase is None:
            continue
        for last in range(phrase[1], end):  # the shorter phrases this one holds
            found.pop(last, None)
        found[end] = phrase
    return found
