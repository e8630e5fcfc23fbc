"""A letter its body's officers sign at the end, under a line naming the body ("For the
Board of Example Aid:", "F\u00fcr den Vorstand von Example e.V.:", "Pour le bureau de
Exemple :", "On behalf of Example Network:") over the lines of one to a few persons: the
body is the one signer, the first person signs for it (:func:`find_signed_for`); or one
person's name over her office in the body ("Jane Roe" over "Chair of Example Council",
"Formand for Det Example R\u00e5d": :func:`find_signing_officer`)."""

from __future__ import annotations

import re

import attrs

from sochi_er.extraction.block_reader import BlockReader
from sochi_er.extraction.block_shapes import word_count
from sochi_er.extraction.blocks import BlockKind
from sochi_er.extraction.item_places import is_city
from sochi_er.extraction.item_reading import ItemKind, ItemReading
from sochi_er.extraction.items import BEHALF
from sochi_er.extraction.lexicons import default_signer_words
from sochi_er.extraction.person_names import looks_like_person
from sochi_er.extraction.roles import is_role
from sochi_er.extraction.signatory_list import Entry, SignatoryList

#: Most persons' lines under the body's line.
MAX_OFFICERS = 6
#: Most words of the body's line.
MAX_BODY_WORDS = 14

#: The blocks a signature's lines are: a text's lines, a page's short paragraphs.
_SHORT_BLOCKS = (BlockKind.LINE, BlockKind.PARAGRAPH)
#: Words saying for whom the lines under sign, in several languages: the phrases of
#: :data:`.items.BEHALF` ("on behalf of", "au nom de") and the plain prepositions.
_FOR = (
    r"for\s+and\s+on\s+behalf\s+of|"
    + BEHALF.replace(" ", r"\s+")
    + r"|im\s+namen\s+von|for|f\u00fcr|namens|pour|por|per|voor|para"
)
#: A body's governing organ ("the Board of", "den Vorstand von", "le bureau de"): the
#: words before the body's own name. Wider than :mod:`.items`' governing bodies, which
#: may open any line: here a "For" before it says the organ signs for its body ("For the
#: Council of Example:"), while a line "Council of Example" alone is the council's name.
_ORGAN = (
    r"(?:(?:the|den|die|das|dem|le|la|l'|el|il|lo|o|a|het|de)\s+)?"
    r"(?:(?:[\w-]+[- ])?(?:vorstand|pr\u00e4sidium|gesch\u00e4ftsf\u00fchrung|leitung)"
    r"|(?:executive\s+|steering\s+|national\s+)?(?:board|committee|council)(?:\s+of\s+directors)?"
    r"|leadership|executive|secretariat|bureau(?:\s+national)?|conseil(?:\s+d'administration)?"
    r"|comit[e\u00e9](?:\s+(?:directeur|directivo|ejecutivo|direttivo|ex\u00e9cutif))?"
    r"|(?:junta|comisi\u00f3n)\s+directiva|consejo(?:\s+directivo)?|consiglio(?:\s+direttivo)?"
    r"|direttivo|direzione|presidenza|segreteria|bestuur|dire\u00e7\u00e3o|diretoria"
    r"|coordinamento|coordinaci\u00f3n|coordination)"
    r"\s+(?:of|von|der|des|de|du|di|del|della|van|da|do|d')\s*"
    r"(?:(?:the|la|le|el|der|die|das|dem|il|lo)\s+|l')?"
)
#: The body's line: the words for whom, the organ if any, the body's name, a colon or
#: comma at most.
_SIGNED_FOR = re.compile(
    r"[*_]*(?i:" + _FOR + r")\s+(?i:" + _ORGAN + r")?"
    r"(?P<body>[A-Z0-9\u00c0-\u00dd].*?)[*_]*\s*[:,]?[*_]*",
)


def find_signed_for(reader: BlockReader, last: int) -> tuple[int, SignatoryList] | None:
    """The body a letter's last lines sign for: block *last* and up to
    :data:`MAX_OFFICERS` lines above it read as persons, right under a line that names
    the body for which they sign and reads as an organisation; else ``None``. The body
    is the one entry, signed by the first person; with the index of the sign-off's first
    block (the body's line)."""
    first = last
    while first > 0 and last - first < MAX_OFFICERS and _officer(reader, first):
        first -= 1
    if first == last or first < 1:
        return None  # no person's line under the body's line, or no text above it
    block, text = reader.blocks[first], reader.texts[first].strip()
    found = _SIGNED_FOR.fullmatch(text)
    if block.kind not in _SHORT_BLOCKS or found is None or word_count(text) > MAX_BODY_WORDS:
        return None
    body = found.group("body")
    reading = reader.read(body, in_list=True)
    if reading.kind is not ItemKind.ORGANISATION or reading.person is not None:
        return None
    signer = reader.read(reader.texts[first + 1], in_list=True)
    return first, _signed_by(
        reader, first, body, reading, signer.person, signer.person_role, (first, last)
    )


def _officer(reader: BlockReader, index: int) -> bool:
    """Whether block *index* is a line naming one person (with an office at most)."""
    if reader.blocks[index].kind not in _SHORT_BLOCKS:
        return False
    reading = reader.read(reader.texts[index], in_list=True)
    if reading.kind is ItemKind.PERSON:
        return True
    # "Adalbert Exemplar (Vizepr\u00e4sident)": a name read by default, its person known
    return (
        reading.kind is ItemKind.ORGANISATION
        and reading.person is not None
        and reading.evidence < 2
    )


def find_signing_officer(reader: BlockReader, last: int) -> tuple[int, SignatoryList] | None:
    """The body whose officer signs a letter's last two lines: block *last* - 1 is a
    person's name alone, block *last* her office in a body ("Chair of Example Council",
    "Formand for Det Example R\u00e5d"): a role, a preposition, a name that reads as an
    organisation by its words or acronym, not a place ("Senator for Tasmania"); else
    ``None``. The body is the one entry, signed by her; with the index of the sign-off's
    first block (her name's)."""
    if last < 2 or any(reader.blocks[k].kind not in _SHORT_BLOCKS for k in (last - 1, last)):
        return None
    name, text = reader.texts[last - 1].strip(), reader.texts[last]
    alone = reader.read(name, in_list=True)
    if alone.person_role is not None or not (
        alone.kind is ItemKind.PERSON
        or (alone.kind is ItemKind.ORGANISATION and alone.evidence < 2 and looks_like_person(name))
    ):
        return None  # "Adilson Exemplar": a name read by default has a person's shape
    office = _OFFICE.fullmatch(text.strip())
    words = default_signer_words()
    if office is None or not is_role(office["role"], words, lower_case=False):
        return None
    body = office["body"]
    reading = reader.read(body, in_list=True)
    if (
        reading.kind is not ItemKind.ORGANISATION
        or reading.person is not None
        or reading.evidence < 2  # "Senator for Tasmania": an office of a place
        or words.is_country(body)
        or is_city(body, words)
    ):
        return None
    return last - 1, _signed_by(
        reader, last, body, reading, alone.person or name, office["role"], (last - 1, last)
    )


def _signed_by(
    reader: BlockReader,
    line: int,
    body: str,
    reading: ItemReading,
    person: str | None,
    role: str | None,
    blocks: tuple[int, int],
) -> SignatoryList:
    """The sign-off whose one entry is the body named in block *line* (*reading* indexes
    *body*, a part of that line), signed by *person* in *role*; it spans *blocks* (the
    first and the last block's index)."""
    text = reader.texts[line]
    at = text.index(body)  # the reading indexes the body, the entry its line
    reading = attrs.evolve(
        reading, start=at + reading.start, end=at + reading.end, person=person, person_role=role
    )
    entry = Entry(reader.blocks[line].start, text, reading, 1, block=line)
    first, last = blocks
    return SignatoryList(
        (entry,), (), reader.blocks[first].start, reader.blocks[last].end, "sign-off"
    )


#: An office in a body: up to four words of a role, a preposition, an article at most and
#: the body's name ("Chair of the Example Council", "Formand for Det Example R\u00e5d",
#: "Pr\u00e9sidente de l'Association Exemple").
_OFFICE = re.compile(
    r"(?P<role>[^\W\d_][\w.-]*(?:\s+[^\W\d_][\w.-]*){0,3}?)\s+"
    r"(?i:of|for|f\u00f6r|av|de|du|des|di|del|della|von|van|der|da|do|d')\s*"
    r"(?:(?i:the|la|le|el|il)\s+|l')?"
    r"(?P<body>[A-Z0-9\u00c0-\u00dd][^,;]*?)[.,]?"
)
