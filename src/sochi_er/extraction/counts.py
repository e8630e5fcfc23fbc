"""What a text says of how many signed: "more than 130 civil society groups",
"100+ groups" (:func:`find_claimed_counts`)."""

from __future__ import annotations

import re

from sochi_er.records import ClaimedCount, Span

__all__ = ["find_claimed_counts"]


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
_CLAIM_RE = re.compile(
    rf"(?<![\w,.])"
    rf"(?:(?P<qual>{_QUALIFIER_ALT})\s+)?"
    rf"(?P<num>{_NUMBER})(?P<plus>\+)?(?![\d.,]\d)"
    rf"(?P<words>(?:\s+[^\W\d_][\w\u2019'\-]*){{0,5}}?)"
    rf"\s+(?P<noun>(?i:{_SIGNER_NOUNS}))\b",
    re.IGNORECASE,
)
_CLAIM_STOP_WORDS = _words(
    "of and or the to in on at by for from with was were is are have has had who which "
    "that than times years days months"
)

_REFERENCE_WORDS = _words(
    "resolution resolutions article articles no number paragraph page section year decree law"
)


def find_claimed_counts(text: str) -> list[ClaimedCount]:
    """Every "how many signed" phrase in *text*: a number (with an optional qualifier such
    as "more than", "some", or a trailing "+", read as "more than") followed within a few
    words by a plural noun for signers ("groups", "organisations", "figures"...).

    ``text`` of each result is the phrase as written, ``span`` its place in *text*.
    """
    found: list[ClaimedCount] = []
    for match in _CLAIM_RE.finditer(text):
        words = match["words"].split()
        if any(w.lower() in _CLAIM_STOP_WORDS for w in words):
            continue
        before = text[max(0, match.start() - 20) : match.start()].split()
        if not match["qual"] and before and before[-1].lower().rstrip(".") in _REFERENCE_WORDS:
            continue  # "resolution 2254 groups": a reference number, not a count
        count = int(match["num"].replace(",", ""))
        qualifier = None
        if match["qual"]:
            qualifier = " ".join(match["qual"].lower().split())
        elif match["plus"]:
            qualifier = "more than"
        found.append(
            ClaimedCount(
                count=count,
                qualifier=qualifier,
                text=match.group(0),
                span=Span(match.start(), match.end()),
            )
        )
    return found
