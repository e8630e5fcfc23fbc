""" "Full Name (ACR)" definitions in prose (a light Schwartz-Hearst)."""

from __future__ import annotations

import re

from attrs import frozen

from sochi_er.extraction.lines import FUNCTION_WORDS

__all__ = ["AcronymDefinition", "find_acronym_definitions", "letters_in_order"]


@frozen
class AcronymDefinition:
    """A "Full Name (ACR)" pair in prose: ``text`` is the whole phrase as written
    ("Example Network for Human Rights (ENHR)"), ``start`` its offset."""

    name: str
    acronym: str
    text: str
    start: int


_PAREN_ACRONYM_RE = re.compile(r"\((?P<acr>[A-Z][A-Za-z&]{1,9})\)")
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w\u2019'&\-]*|\d\w*")


def letters_in_order(initials: str, letters: list[str]) -> int:
    """How many of an acronym's *letters* the *initials* of a long form give in order (a
    letter not found is skipped; the next is sought after the last one found)."""
    found = at = 0
    for letter in letters:
        hit = initials.find(letter, at)
        if hit >= 0:
            found, at = found + 1, hit + 1
    return found


def _initials_match(words: list[str], acronym: str) -> bool:
    letters = [w[0].upper() for w in words if w.lower() not in FUNCTION_WORDS]
    acr = [ch for ch in acronym.upper() if ch.isalpha()]
    if letters == acr:
        return True
    every = [w[0].upper() for w in words]
    return every == acr


def find_acronym_definitions(text: str) -> list[AcronymDefinition]:
    """Every "Name Words (ACR)" in *text* where the acronym's letters are the initials of
    the capitalised words just before it (function words may be skipped), a light
    Schwartz-Hearst. A leading "The" stays outside the name.
    """
    found: list[AcronymDefinition] = []
    for match in _PAREN_ACRONYM_RE.finditer(text):
        acronym = match["acr"]
        if sum(ch.isupper() for ch in acronym) < 2:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()]
        words = list(_NAME_WORD_RE.finditer(before))
        for size in range(len(acronym), min(len(words), 3 * len(acronym)) + 1):
            chosen = words[-size:]
            if not chosen[0].group(0)[0].isupper():
                continue
            if chosen[0].group(0).lower() in FUNCTION_WORDS:
                continue
            gap = before[chosen[-1].end() :]
            if gap.strip():
                break
            inner = before[chosen[0].start() : chosen[-1].end()]
            if any(ch in inner for ch in ".;:!?,()"):
                break
            if _initials_match([w.group(0) for w in chosen], acronym):
                begin = line_start + chosen[0].start()
                phrase = text[begin : match.end()]
                found.append(AcronymDefinition(inner, acronym, phrase, begin))
                break
    return found
