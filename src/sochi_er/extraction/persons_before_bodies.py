"""Signature lines run into one enumeration, each a person's name then her body with no
comma between ("Jane Roe Example Union, John Doe EXB, Ann Poe Example Forum"):
:func:`persons_before_bodies` reads each piece as the body, signed by the person.

Contract: the pieces are read so only when at least :data:`MIN_PIECES` of them, and
:data:`SHARE` of all, open with a known given name and one capitalised family name (an
Arabic or Dutch particle may stand before it) and go on with a capitalised name of at
most :data:`MAX_BODY_WORDS` words, half of these bodies or more named by an organisation
word or an acronym (not a second family name: "Juan Example Roe"); else the names come
back unchanged. One piece that does not fit (a body named alone) is read as it was."""

from __future__ import annotations

import re

import attrs

from sochi_er.extraction.enumeration_pieces import InlineName
from sochi_er.extraction.items import read_item
from sochi_er.extraction.lexicons import SignerWords, default_signer_words

__all__ = ["MAX_BODY_WORDS", "MIN_PIECES", "SHARE", "persons_before_bodies"]

#: Fewest pieces, and the share of them, that must be a person then a body.
MIN_PIECES = 4
SHARE = 0.75
#: Most words of the body after the person's name.
MAX_BODY_WORDS = 6

#: A given name, a family name (a particle maybe first), then the body's name.
_PERSON_THEN_BODY = re.compile(
    r"\s*(?P<given>[A-Z\u00c0-\u00dd][\w'\u2019-]+)\s+"
    r"(?P<family>(?:(?:van|de|von|al|el|da|di|du|le|la)\s+)?[A-Z\u00c0-\u00dd][\w'\u2019-]+)\s+"
    r"(?P<body>[A-Z\u00c0-\u00dd0-9][^,;]*)"  # to the piece's end, its spaces stripped after
)


def _split(text: str, name: InlineName, words: SignerWords) -> InlineName | None:
    """*name* read as its body signed by the person before it, or ``None``."""
    match = _PERSON_THEN_BODY.match(text, name.start, name.end)
    if match is None or match.end() != name.end or not words.is_given_name(match["given"]):
        return None
    body = match["body"].rstrip()
    if words.has("org", match["family"]) or len(body.split()) > MAX_BODY_WORDS:
        return None
    person = text[match.start("given") : match.end("family")]
    reading = attrs.evolve(read_item(body, in_list=True), person=person)
    return InlineName(match.start("body"), match.start("body") + len(body), reading)


def persons_before_bodies(text: str, names: list[InlineName]) -> list[InlineName]:
    """*names* (pieces of ``text``) each read as a body signed by the person whose name
    opens it, when enough of them are so written (see the module's contract)."""
    if len(names) < MIN_PIECES:
        return names
    words = default_signer_words()
    split = [_split(text, n, words) for n in names]
    bodies = [s for s in split if s is not None]
    if len(bodies) < MIN_PIECES or len(bodies) < SHARE * len(names):
        return names
    if 2 * sum(b.reading.evidence >= 2 for b in bodies) < len(bodies):
        return names  # "Juan García Zendejas, ...": second family names, not bodies
    return [s if s is not None else n for s, n in zip(split, names, strict=True)]
