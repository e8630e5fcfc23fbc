"""What a text says of how many signed: "more than 130 civil society groups",
"100+ groups", "quarantaquattro associazioni" (:func:`find_claimed_counts`)."""

from __future__ import annotations

import re

from sochi_er.extraction.lexicons import default_signer_words
from sochi_er.extraction.number_words import number_phrases
from sochi_er.records import ClaimedCount, Span

__all__ = ["find_claimed_counts", "is_signer_noun"]


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_QUALIFIERS = (
    "more than", "over", "at least", "some", "about", "nearly", "almost", "around",
    "up to", "approximately", "roughly", "close to", "upwards of", "in excess of",
)  # fmt: skip
_SIGNER_NOUNS = (
    r"figures|groups|organi[sz]ations|orgs|activists|councils|NGOs|ngos|CSOs|signatories|"
    r"signatures|individuals|people|persons|associations|entities|bodies|institutions|"
    r"coalitions|networks|unions|societies|members|leaders|journalists|dissidents|"
    r"factions|parties|initiatives|campaigns|teams|foundations|movements|syndicates|"
    r"committees|personalities|intellectuals|writers|lawyers|academics|artists|"
    r"defenders|volunteers|charities"
)
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_QUALIFIER_ALT = "|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS)
_NUMBER_RE = re.compile(
    rf"(?<![\w,.])"
    rf"(?:(?P<qual>{_QUALIFIER_ALT})\s+)?"
    rf"(?P<num>{_NUMBER})(?P<plus>\+)?(?![\d.,]\d)",
    re.IGNORECASE,
)
_NOUN_RE = re.compile(rf"(?:{_SIGNER_NOUNS})", re.IGNORECASE)
#: A count in Chinese, Japanese or Korean: the number, a counter word maybe, then the noun
#: of bodies, with no space ("161\u56e3\u4f53", "65\u500b\u5718\u9ad4", "65\uac1c \ub2e8\uccb4").
_CJK_COUNT = re.compile(
    r"(?<!\d)(?P<num>\d{1,5})\s?(?:\u500b|\u4e2a|\uac1c)?\s?"
    r"(?:\u56e3\u4f53|\u5718\u9ad4|\u56e2\u4f53|\u7d44\u7e54|\u7ec4\u7ec7|\ub2e8\uccb4)"
)
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w\u2019'\-]*)")
#: Most words between the number and its noun ("24 Israeli human rights organisations").
MAX_WORDS_BEFORE_NOUN = 5


def is_signer_noun(word: str) -> bool:
    """A plural noun for signers, in English or any language of the lexicon's
    ``collective`` words ("Organisationen", "associazioni", "entidades")."""
    return _NOUN_RE.fullmatch(word) is not None or default_signer_words().has("collective", word)


def _noun_end(text: str, at: int) -> int | None:
    """Where the signer noun that follows *at* within a few words ends, or ``None``
    (a stop word or too many words come first)."""
    for _ in range(MAX_WORDS_BEFORE_NOUN + 1):
        word = _WORD_AFTER.match(text, at)
        if word is None:
            return None
        if is_signer_noun(word.group(1)):
            return word.end()
        if word.group(1).lower() in _CLAIM_STOP_WORDS:
            return None
        at = word.end()
    return None


_CLAIM_STOP_WORDS = _words(
    "of and or the to in on at by for from with was were is are have has had who which "
    "that than times years days months"
)

_REFERENCE_WORDS = _words(
    "resolution resolutions article articles no number paragraph page section year decree law"
)


def _qualifier_of(phrase: str) -> str:
    """A qualifier as a claim gives it: lower case, one space between words ("more
    than")."""
    return " ".join(phrase.lower().split())


def find_claimed_counts(text: str) -> list[ClaimedCount]:
    """Every "how many signed" phrase in *text*: a number (with an optional qualifier such
    as "more than", "some", or a trailing "+", read as "more than") followed within a few
    words by a plural noun for signers ("groups", "organisations", "figures"...; in other
    languages the lexicon's collective nouns: "24 israelischen Organisationen").

    ``text`` of each result is the phrase as written, ``span`` its place in *text*.
    """
    found: list[ClaimedCount] = [
        ClaimedCount(count=int(m["num"]), qualifier=None, text=m.group(0), span=Span(*m.span()))
        for m in _CJK_COUNT.finditer(text)
    ]
    for match in _NUMBER_RE.finditer(text):
        end = _noun_end(text, match.end())
        if end is None:
            continue
        before = text[max(0, match.start() - 20) : match.start()].split()
        if not match["qual"] and before and before[-1].lower().rstrip(".") in _REFERENCE_WORDS:
            continue  # "resolution 2254 groups": a reference number, not a count
        count = int(match["num"].replace(",", ""))
        qualifier = None
        if match["qual"]:
            qualifier = _qualifier_of(match["qual"])
        elif match["plus"]:
            qualifier = "more than"
        found.append(
            ClaimedCount(
                count=count,
                qualifier=qualifier,
                text=text[match.start() : end],
                span=Span(match.start(), end),
            )
        )
    found.extend(_spelled_counts(text))
    return found


_WORD = re.compile(r"[^\W\d_][\w\u2019'-]*")
_QUALIFIER_BEFORE = re.compile(rf"(?:{_QUALIFIER_ALT})\s+\Z", re.IGNORECASE)
#: Fewest a count in words claims ("two groups"; "one of the groups" is no count).
MIN_SPELLED = 2


def _spelled_counts(text: str) -> list[ClaimedCount]:
    """The counts of :func:`find_claimed_counts` written in words ("forty-two
    organisations", "Quarantaquattro associazioni", "vinte e tr\u00eas entidades")."""
    matches = list(_WORD.finditer(text))
    found: list[ClaimedCount] = []
    for last, (count, first) in number_phrases([m.group(0) for m in matches]).items():
        end = _noun_end(text, matches[last].end())
        if end is None or count < MIN_SPELLED:
            continue
        start = matches[first].start()
        qualifier = _QUALIFIER_BEFORE.search(text, max(0, start - 20), start)
        start = start if qualifier is None else qualifier.start()  # as digits' claims read
        found.append(
            ClaimedCount(
                count=count,
                qualifier=None if qualifier is None else _qualifier_of(qualifier.group(0)),
                text=text[start:end],
                span=Span(start, end),
            )
        )
    return found
