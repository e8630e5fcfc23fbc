"""Organisation names in news prose: gazetteer matches plus a head-noun pattern.

The pattern: a run of capitalised words on one line (joined by "of", "for", "and",
"the"... ), trimmed of leading sentence words ("The", "If", "Many"...), ending in a head
noun ("Syrian Interim Government", "UN Security Council") or a head noun followed by an
"of"/"for" phrase ("Coalition of Revolutionary Forces", "Russian Ministry of Defence").
A run needs at least two words; a final possessive ("Coalition's") is left out of the
name. So person names ("Staffan de Mistura"), places, and events ("Sochi Conference":
"Conference" is no head noun; conferences are events, not organisations) are not taken.
"Name (ACR)" definitions in the text add the acronym for the rest of the text.

Overlaps are resolved longest first; a name overlapping a gazetteer exclusion or a
reserved range (a publisher line) is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from attrs import frozen

from sochi_er.textkit import find_acronym_definitions
from sochi_er_news.gazetteer import Gazetteer

__all__ = ["Found", "find_organisations"]

_CAP = r"[A-Z][\w\-&]*(?:['\u2019]s)?"
_CONNECT = r"(?:of|for|on|in|and|the|de|al|du|des|la|el)"
_RUN_RE = re.compile(rf"(?<![\w\-]){_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)*{_CAP})*")
_WORD_RE = re.compile(rf"{_CAP}|{_CONNECT}")
_OF = frozenset(("of", "for", "on"))
_LEADING = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "It",
        "Their",
        "They",
        "His",
        "Her",
        "Our",
        "We",
        "In",
        "On",
        "At",
        "For",
        "From",
        "By",
        "With",
        "If",
        "When",
        "While",
        "Although",
        "Though",
        "Since",
        "As",
        "But",
        "And",
        "Or",
        "So",
        "Some",
        "Many",
        "Any",
        "All",
        "Both",
        "Each",
        "Every",
        "No",
        "Not",
        "Most",
        "Several",
        "Other",
        "Another",
        "Also",
        "Then",
        "Yet",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
    ]
)
_POSSESSIVE_RE = re.compile(r"['\u2019]s$")
#: (word, start, end) in the text
_Word = tuple[str, int, int]


@frozen
class Found:
    """An organisation name as written at ``text[start:end]``; ``how`` found it."""

    name: str
    start: int
    end: int
    how: str  # "gazetteer", "pattern" or "acronym"


def _base(word: str) -> str:
    return _POSSESSIVE_RE.sub("", word)


def _segments(words: list[_Word]) -> list[list[_Word]]:
    """Split a run at connectors that cannot stand inside one name: "and", "the"... may
    only follow an "of"/"for" phrase ("Coalition for Syrian Revolutionary and Opposition
    Forces", "Committee of the Red Cross"), so "UN and the Arab League" is two runs."""
    segments: list[list[_Word]] = []
    current: list[_Word] = []
    seen_of = False
    for k, word in enumerate(words):
        text = word[0]
        if text[0].isupper():
            current.append(word)
            continue
        following = words[k + 1][0] if k + 1 < len(words) else ""
        previous = current[-1][0] if current else ""
        if text in _OF and current:
            seen_of = True
            current.append(word)
        elif seen_of and (
            (text == "the" and previous in _OF)
            or (text not in _OF and text != "the" and following[:1].isupper())
        ):
            current.append(word)
        else:
            segments.append(current)
            current, seen_of = [], False
    segments.append(current)
    return [segment for segment in segments if segment]


def _segment_name(words: list[_Word], heads: frozenset[str]) -> tuple[int, int] | None:
    while words and (words[0][0] in _LEADING or words[0][0][0].islower()):
        words = words[1:]
    end_index = None
    for i, (word, _, _) in enumerate(words):
        if _base(word) not in heads:
            continue
        end_index = i
        if i + 2 < len(words) and words[i + 1][0] in _OF:
            last_cap = max(
                (k for k in range(i + 2, len(words)) if words[k][0][0].isupper()),
                default=None,
            )
            if last_cap is not None:
                end_index = max(end_index, last_cap)
    if end_index is None:
        return None
    chosen = words[: end_index + 1]
    if sum(w[0][0].isupper() for w in chosen) < 2:
        return None
    start, end = chosen[0][1], chosen[-1][2]
    possessive = _POSSESSIVE_RE.search(chosen[-1][0])
    if possessive:
        end -= len(possessive.group())
    return start, end


def _pattern_names(text: str, heads: frozenset[str]) -> Iterable[tuple[int, int]]:
    for run in _RUN_RE.finditer(text):
        words = [
            (m.group(), run.start() + m.start(), run.start() + m.end())
            for m in _WORD_RE.finditer(run.group())
        ]
        for segment in _segments(words):
            found = _segment_name(segment, heads)
            if found is not None:
                yield found


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def find_organisations(
    text: str,
    gazetteer: Gazetteer,
    *,
    reserved: Iterable[tuple[int, int]] = (),
    ignore: Iterable[tuple[int, int]] = (),
) -> tuple[list[Found], list[Found]]:
    """Organisation names in *text*, in text order, and the excluded gazetteer names met.

    Nothing overlapping a *reserved* range is returned (the caller has a role for it);
    nothing starting inside an *ignore* range (page furniture) is looked at.
    """
    ignored = list(ignore)

    def ignored_at(start: int) -> bool:
        return any(a <= start < b for a, b in ignored)

    candidates: list[Found] = []
    excluded: list[Found] = []
    for match in gazetteer.find(text):
        if ignored_at(match.start):
            continue
        found = Found(match.name, match.start, match.end, "gazetteer")
        (candidates if match.organisation else excluded).append(found)
    acronyms: set[str] = set()
    in_definitions: list[tuple[int, int]] = []
    for definition in find_acronym_definitions(text):
        start = definition.start
        in_definitions.append((start + len(definition.name), start + len(definition.text)))
        if not ignored_at(start):
            candidates.append(
                Found(definition.name, start, start + len(definition.name), "acronym")
            )
        acronyms.add(definition.acronym)
    for acronym in acronyms:
        for m in re.finditer(rf"(?<![\w\-]){re.escape(acronym)}(?![\w])", text):
            if not ignored_at(m.start()):
                candidates.append(Found(acronym, m.start(), m.end(), "acronym"))
    for start, end in _pattern_names(text, gazetteer.heads):
        if not ignored_at(start):
            candidates.append(Found(text[start:end], start, end, "pattern"))
    blocked = [(f.start, f.end) for f in excluded] + list(reserved) + in_definitions
    rank = {"gazetteer": 0, "acronym": 1, "pattern": 2}
    chosen: list[Found] = []
    for cand in sorted(candidates, key=lambda f: (-(f.end - f.start), rank[f.how], f.start)):
        span = (cand.start, cand.end)
        if any(_overlaps(span, b) for b in blocked):
            continue
        if any(_overlaps(span, (c.start, c.end)) for c in chosen):
            continue
        chosen.append(cand)
    return sorted(chosen, key=lambda f: f.start), excluded
