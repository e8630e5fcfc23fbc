"""Where the ``list`` cue phrases of a text end ("signed by", "hanno gia aderito", also
split by an adverb), as offsets into the text as written: the names of an inline list
start there."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from sochi_er.extraction.cues import SPLITTING_ADVERB, CueLexicon, default_cues
from sochi_er.extraction.lexicons import PLAIN_LETTERS


@functools.lru_cache(maxsize=16)  # both kinds of phrase are looked for in one text
def _fold_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """*text* case folded with accents removed, and for each folded character the index
    of the character of *text* it came from (one pass)."""
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        for part in unicodedata.normalize("NFKD", ch.casefold().translate(PLAIN_LETTERS)):
            if not unicodedata.combining(part):
                out.append(part)
                where.append(index)
    where.append(len(text))
    return "".join(out), tuple(where)


#: The mark of a German gender-inclusive plural: "Unterzeichner*innen", ":innen", "_innen".
_GENDER_MARK = re.compile(r"(?<=[a-z])[*:_\u00b7](?=innen)")


def _without(
    pattern: re.Pattern[str], folded: str, where: Sequence[int]
) -> tuple[str, Sequence[int]]:
    """*folded* and its offsets (one more than its characters: the text's end) without
    what *pattern* matches: the gender marks ("erstunterzeichner*innen" reads as
    "erstunterzeichnerinnen"), the adverbs that split a list phrase ("hanno gia aderito":
    ``cues.SPLITTING_ADVERB``)."""
    if pattern.search(folded) is None:
        return folded, where
    kept_text: list[str] = []
    kept_where: list[int] = []
    at = 0
    for match in pattern.finditer(folded):
        kept_text.append(folded[at : match.start()])
        kept_where += where[at : match.start()]
        at = match.end()
    kept_text.append(folded[at:])
    kept_where += where[at:]
    return "".join(kept_text), kept_where


def list_phrase_ends(text: str, lexicon: CueLexicon | None = None) -> list[int]:
    """Where each list phrase of *text* ends ("signed by", "hanno gia aderito"), as offsets
    into *text*, in order."""
    folded, where = _without(_GENDER_MARK, *_fold_with_offsets(text))
    folded, where = _without(SPLITTING_ADVERB, folded, where)
    return [where[m.end()] for m in (lexicon or default_cues()).list_phrases().finditer(folded)]


#: A capitalised name right after a one-word list phrase: spaces, an article at most, then a
#: capital ("aderiscono Example Union", "que avalan la Example Red").
_NAME_AFTER = re.compile(
    r"[ \t]+(?:(?:la|el|los|las|le|les|il|lo|gli|the|die|der|das|de|het)[ \t]+)?"
    r"(?=[A-Z\u00c0-\u00dd\u05d0-\u05ea])"  # Hebrew has no capitals: any of its letters
)


#: A few words in lower case, then a copula, before a capitalised name: "Potpisnici
#: zajedničke deklaracije su A, B", "The signatories of the letter are A, B".
WORDS_THEN_COPULA = (
    r"(?:[a-z\u00df-\u024f]+\s+){0,4}?(?:are|were|sont|son|sono|sind|zijn|su|s\u0105|jsou"
    r"|s\u00e3o|er|\u00e4r|ovat)\s+(?=[A-Z\u00c0-\u00dd\u0100-\u017f])"
)
_COPULA_AFTER = re.compile(r"[ \t]+" + WORDS_THEN_COPULA)


def copula_follows(text: str, at: int) -> bool:
    """Whether a few words in lower case and a copula follow offset *at*, then a
    capitalised name (:data:`WORDS_THEN_COPULA`)."""
    return _COPULA_AFTER.match(text, at) is not None


def list_word_ends(text: str, lexicon: CueLexicon | None = None) -> list[int]:
    """Where each one-word list phrase of *text* ends when a capitalised name follows it
    ("Al documento aderiscono Example Union, ...") or a copula does ("Potpisnici
    deklaracije su Example Union, ..."), as offsets into *text*, in order."""
    folded, where = _fold_with_offsets(text)
    ends = [where[m.end()] for m in (lexicon or default_cues()).list_words().finditer(folded)]
    return [end for end in ends if _NAME_AFTER.match(text, end) or copula_follows(text, end)]


def after_list_phrase(text: str, start: int, end: int) -> int:
    """*start*, or past the last list phrase in ``text[start:end]`` that names follow
    ("..., ووقعت على البيان كل من A": the names start after "signed the statement")."""
    ends = list_phrase_ends(text[start:end])
    if not ends or not text[start + ends[-1] : end].strip():
        return start
    after = start + ends[-1]
    return after + len(text[after:end]) - len(text[after:end].lstrip())
