"""Names a sentence gives with a count of the others who signed beside them: "Example
Aid and 58 other organisations have signed a joint letter", "La Federación Ejemplo y 98
organizaciones condenaron ...", "EXA, together with more than 100 groups, urges ..."
(:func:`find_names_with_others`).

Contract: the count phrase (a conjunction or "together with", an optional qualifier
such as "more than", a number in digits or words or "dozens of", an optional "other",
then within a few words a plural noun for organisations) follows the names directly, and
the sentence goes on after it. The names are the comma pieces right before the phrase,
back to the sentence's start or to the first piece that is not wholly a name; the piece
next to the phrase may end a longer clause ("To mark Example Day, Example Aid and 58 ..."
gives "Example Aid"). The count says the names are organisations like the others, so no
organisation word is needed, but a person's name or a place is no signer. Linear in the
text: one pass over its count phrases and sentence ends, each phrase looking back over at
most ``LOOK_BACK`` characters of its own sentence.
"""

from __future__ import annotations

import re

from sochi_er.extraction.counted_lists import number_value
from sochi_er.extraction.enumeration_pieces import ARTICLE, InlineName, place_name, read_spans
from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.item_words import item_tokens
from sochi_er.extraction.lexicons import default_signer_words
from sochi_er.extraction.lines import FUNCTION_WORDS
from sochi_er.extraction.name_bounds import trailing_name_start

__all__ = ["find_names_with_others"]

_WITH = (
    r"and|&|e|et|y|und|en|och|og|ve|i|together\s+with|along\s+with|alongside|"
    r"junto\s+(?:a|con)|junto\s+com|insieme\s+a|assieme\s+a|ainsi\s+que|"
    r"zusammen\s+mit|samen\s+met"
)
_QUALIFIER = (
    r"more\s+than|over|nearly|almost|some|around|about|at\s+least|another|"
    r"pi\u00f9\s+di|oltre|altre|altri|plus\s+de|pr\u00e8s\s+de|une|m\u00e1s\s+de|"
    r"cerca\s+de|otras|otros|mais\s+de|outras|outros|mehr\s+als|\u00fcber|rund|knapp|"
    r"weitere|ruim|meer\s+dan|bijna|nog"
)
_MANY = (  # "dozens of", "decine di": a count without a number
    r"dozens|hundreds|scores|decine|centinaia|dizaines|centaines|decenas|cientos|"
    r"centenares|dezenas|centenas|dutzende|hunderte|tientallen|honderden"
)
#: The count phrase: its conjunction, an optional qualifier, a number or a word of many.
_COUNT_PHRASE = re.compile(
    rf"\s*,?\s+(?:{_WITH})\s+(?:(?:{_QUALIFIER})\s+)?"
    rf"(?P<count>\d[\d.,]*\+?|[^\W\d_]+)\s+(?:(?:of|di|de|d'|von)\s*)?",
    re.IGNORECASE,
)
_MANY_RE = re.compile(rf"(?:{_MANY})", re.IGNORECASE)
_OTHER = frozenset(
    "other others more further altre altri autres otras otros outras outros weitere "  # noqa: SIM905
    "weiteren andere anderen andra andre".split()
)
#: Most words between the number and its noun ("98 organizaciones e instituciones",
#: "58 other Scottish charities").
NOUN_REACH = 3
_WORD = re.compile(r"\s*([^\W\d_][\w\u2019'-]*)")
#: English plural nouns for organisations that the lexicon's collective words lack.
_ORG_NOUNS = re.compile(
    r"groups|organi[sz]ations|ngos|csos|charities|bodies|institutions|foundations|"
    r"societies|associations|unions|networks|coalitions|entities",
    re.IGNORECASE,
)
#: Collective words that name persons, not organisations ("and 40 other signatories").
_PERSON_COLLECTIVES = frozenset(
    "members partners supporters signatories signers participants endorsers cosponsors "  # noqa: SIM905
    "secretaries mitglieder unterzeichnende unterzeichner unterzeichnenden "
    "erstunterzeichner teilnehmende aderenti firmatari partecipanti promotori promotrici "
    "presidenti segretari membres signataires presidents dirigeants secretaires firmantes "
    "signatarios signatarias subscritores participantes convocantes promotores "
    "presidentes dirigentes lideres secretarios signants sygnatariusze ondertekenaars "
    "deelnemers initiatiefnemers penandatangan pendukung uyeleri".split()
)
#: The sentence goes on after the noun: spaces or commas, then a letter.
_GOES_ON = re.compile(r"[ ,]*[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?;:\n]\s")
#: Most characters looked back over from a count phrase for its names (six names of a
#: hundred characters): the work per phrase is bounded, whatever the sentence's length.
LOOK_BACK = 600
#: Most names before one count phrase ("A, B, C and 40 other groups").
MAX_NAMES = 6


def _is_count(word: str) -> bool:
    """Whether *word* counts many: digits (with a "+"), a number word, "dozens"."""
    bare = word.rstrip("+").replace(",", "").replace(".", "")
    return bare.isdigit() or number_value(word) is not None or _MANY_RE.fullmatch(word) is not None


def _organisation_noun(word: str) -> bool:
    """Whether *word* is a plural noun for organisations in some language."""
    folded = word.casefold()
    if folded in _PERSON_COLLECTIVES:
        return False
    return _ORG_NOUNS.fullmatch(word) is not None or default_signer_words().has("collective", word)


def _noun_follows(text: str, at: int) -> int | None:
    """Where the organisation noun within ``NOUN_REACH`` words after *at* ends, when
    the sentence goes on after it; else ``None``."""
    for _ in range(NOUN_REACH):
        word = _WORD.match(text, at)
        if word is None:
            return None
        if _organisation_noun(word.group(1)):
            return word.end() if _GOES_ON.match(text, word.end()) else None
        at = word.end()
    return None


def _names_before(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The names that end right before *stop*: the comma pieces back from it to
    *start*, each wholly a name, the nearest one possibly the end of a clause."""
    words = default_signer_words()
    spans: list[tuple[int, int]] = []
    end = stop
    while len(spans) < MAX_NAMES:
        comma = text.rfind(",", start, end)
        piece_start = comma + 1 if comma >= 0 else start
        while piece_start < end and text[piece_start].isspace():
            piece_start += 1
        name_start = trailing_name_start(text, piece_start, end, words)
        article = ARTICLE.match(text, piece_start, end)  # "..., the Example Trust and"
        whole = name_start in (piece_start, article.end() if article else None)
        if name_start is None or (spans and not whole):
            break  # "To mark Example Day, Example Aid": a clause before the names
        spans.insert(0, (name_start, end))
        if not whole or comma < 0:
            break  # "In 2023 Example Aid": the nearest piece ends a clause
        end = comma
    return spans


def _name_like(name: str) -> bool:
    """Whether *name* is no place and each of its words opens with a capital or is a
    function word ("Co-signée par 220 citoyens" is a clause, not a name)."""
    tokens = item_tokens(name)
    return not place_name(name) and all(
        (t[:1].isupper() and not t.isdigit()) or t.casefold() in FUNCTION_WORDS for t in tokens
    )


def find_names_with_others(text: str) -> list[InlineName]:
    """The organisations a sentence of *text* names before a count of the others beside
    them (see the module doc); the first such sentence's, or ``[]``."""
    opened = scanned = 0  # the current sentence's start, and how far ends were looked for
    for phrase in _COUNT_PHRASE.finditer(text):
        count = phrase.group("count")
        if not _is_count(count):
            continue
        at = phrase.end()
        other = _WORD.match(text, at)
        if other is not None and other.group(1).casefold() in _OTHER:
            at = other.end()
        if _noun_follows(text, at) is None:
            continue
        for end in _SENTENCE_END.finditer(text, scanned, phrase.start()):
            opened = end.end()
        scanned = max(scanned, phrase.start())
        spans = _names_before(text, max(opened, phrase.start() - LOOK_BACK), phrase.start())
        names = [
            n
            for n in read_spans(text, spans, articles=True)
            if n.reading.kind is ItemKind.ORGANISATION and _name_like(text[n.start : n.end])
        ]
        if names and len(names) == len(spans):
            return names
    return []
