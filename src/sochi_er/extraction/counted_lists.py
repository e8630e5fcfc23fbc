"""A sentence that opens with as many names as a count near it claims: "... put forward by
seven environmental associations. Example Nostra, Exampleambiente, ... e Pan-Example,
against the plan, recall that ..." (:func:`find_counted_list`).

Contract: the names are read only when the paragraph names a count of signers, in digits
or in words ("sette associazioni", "seven groups", "zwölf Verbände"), and the sentence's
enumeration has exactly that many pieces, every piece opening with a capital, the
enumeration followed by its verb or a comma. Nothing else vouches for the names, so the
count must match; ``[]`` otherwise. Linear in the text: one pass for the counts, one for
the sentence openings.
"""

from __future__ import annotations

import re

import attrs

from sochi_er.extraction.counts import is_signer_noun
from sochi_er.extraction.enumeration_pieces import (
    InlineName,
    as_named,
    confident,
    read_spans,
    separated,
)
from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.lexicons import default_signer_words
from sochi_er.extraction.name_bounds import leading_names
from sochi_er.extraction.number_words import number_phrases, word_number

__all__ = ["claimed_counts", "find_counted_list", "number_value"]

#: Fewest and most names a counted sentence may open with (and a count set off).
MIN_COUNTED = 3
MAX_COUNTED = 20
#: Most names set off between dashes after their count: as many as the count says, so a
#: long enumeration is no less sure ("The 68 members of EXI -- A, B, ... --").
MAX_SET_OFF = 200
#: Most words between a number and its noun ("sette associazioni", "seven local groups").
_NOUN_REACH = 3
_TOKEN = re.compile(r"[^\W_][\w\u2019'-]*")
#: A sentence opening: the text's start, or after a stop and spaces.
_OPENING = re.compile(r"(?:^|(?<=[.!?])\s+|\n\s*)(?=[A-Z\u00c0-\u00dd])")
_PIECE = r"[A-Z\u00c0-\u00dd][\w.&'\u2019/*-]*(?:[ \t]+[\w.&'\u2019/*-]+){0,4}"
#: A capitalised word, and the conjunction before an enumeration's last name.
_CAPITAL = r"[A-Z\u00c0-\u00dd][\w.&'\u2019/*-]*"
_CONJUNCTION = r"(?:and|et|y|e|und|en|i|ve)"
#: Names, commas between them, a conjunction before the last: the sentence's subject.
_NAMES = re.compile(
    rf"(?P<names>{_PIECE}(?:,[ \t]*{_PIECE}){{1,}}[ \t]+{_CONJUNCTION}[ \t]+"
    rf"{_CAPITAL}(?:[ \t]+{_CAPITAL}){{0,3}})"
    r"(?=[ \t]*,|[ \t]+[a-z\u00df-\u00ff])"
)


def number_value(word: str) -> int | None:
    """The value of *word* as a count: up to three digits, or a number word of two or more
    in some language (:func:`~sochi_er.extraction.number_words.word_number`)."""
    if word.isascii() and word.isdigit():  # not "²" nor other scripts' digits
        return int(word) if len(word) <= 3 else None
    value = word_number(word)
    return value if value is not None and value >= 2 else None


def claimed_counts(text: str, most: int = MAX_COUNTED) -> set[int]:
    """The counts of signers *text* names (:data:`MIN_COUNTED` to *most*): a number, then
    within a few words a plural noun for signers."""
    tokens = [m.group(0) for m in _TOKEN.finditer(text)]
    spelled = number_phrases(tokens)  # "vinte e três entidades": 23, not 3 nor 20
    found: set[int] = set()
    for k, token in enumerate(tokens):
        value = spelled[k][0] if k in spelled else number_value(token) if token.isdigit() else None
        if value is None or not MIN_COUNTED <= value <= most:
            continue
        if any(is_signer_noun(t) for t in tokens[k + 1 : k + 1 + _NOUN_REACH]):
            found.add(value)
    return found


#: An enumeration set off right after a count of signers, between dashes ("six
#: organizations operating in Gaza--A, B, and C--have issued") or in brackets ("the
#: seven groups (A, B, ... and C) sent").
_SET_OFF_OPEN = re.compile(r"--|[\u2014\u2013(]")
_SET_OFF = re.compile(
    r"\s*(?P<names>(?:[^()\u2014\u2013\n]|\n(?![ \t]*\n)){3,6000}?)\s*(?:--|[\u2014\u2013)])"
)
#: Most characters between a count and the enumeration it sets off.
_SET_OFF_REACH = 80


def _set_off_names(text: str) -> list[InlineName]:
    """The first enumeration set off by dashes or brackets (:data:`_SET_OFF`) right after
    a count of signers with exactly that many names, each opening with a capital."""
    for opening in _SET_OFF_OPEN.finditer(text):
        match = _SET_OFF.match(text, opening.end())
        if match is None:
            continue
        before = text[max(0, opening.start() - _SET_OFF_REACH) : opening.start()]
        near = claimed_counts(before, MAX_SET_OFF)
        if not near:
            continue
        names = separated(text, match.start("names"), match.end("names"))
        if len(names) not in near:
            continue
        if confident(names, text, vouched=True):
            return names
        if _states(names, text):  # "The 12 members of the EXI -- Albania, ..., Vietnam --"
            return [attrs.evolve(n, reading=as_named(text, n)) for n in names]
    return []


def _states(names: list[InlineName], text: str) -> bool:
    """Whether *names* are states (countries, whose governments sign) and organisations,
    half of them countries at least."""
    words = default_signer_words()
    countries = sum(words.is_country(text[n.start : n.end].strip()) for n in names)
    others = sum(n.reading.kind is ItemKind.ORGANISATION for n in names)
    return 2 * countries >= len(names) and countries + others == len(names)


#: A count of signers and its noun ("Três organizações", "three local groups"), then a
#: few words that qualify it ("da sociedade civil") before a comma.
_COUNT_NOUN = re.compile(
    rf"(?P<count>[^\W_][\w-]*)(?:[ \t]+[^\W\d_][\w'\u2019-]*){{1,{_NOUN_REACH}}}?"
    r"(?:[ \t]+[a-z\u00df-\u00ff][\w'\u2019-]*){0,4}?(?=,)"
)
_BRACKET = r"(?:[ \t]*\([^()\n]{1,150}\))?"
#: Fewest names in apposition to a count: two ("two groups, A and B, said").
MIN_APPOSED = 2
_ARTICLE = r"(?:(?:the|la|le|les|il|el|los|las|o|a|os|as|die|der|das|het|de)[ \t]+)?"
#: After that comma, the names in apposition, the last after a conjunction, each with
#: its bracket maybe, then a comma or the verb in lower case.
_APPOSED = re.compile(
    rf",[ \t]*(?P<names>{_ARTICLE}{_PIECE}{_BRACKET}(?:,[ \t]*{_ARTICLE}{_PIECE}{_BRACKET})*"
    rf"[ \t]+{_CONJUNCTION}[ \t]+{_ARTICLE}"
    rf"{_CAPITAL}(?:[ \t]+{_CAPITAL}){{0,3}}{_BRACKET})"
    r"(?=[ \t]*,|[ \t]+[a-z\u00df-\u00ff])"
)


#: What stands right before a count: a stop or a line break, or an article ("Les deux
#: organisations, A et B, ..."), or a space alone; after a space alone the count opens
#: its sentence only when written with a capital (a headline run on into its paragraph:
#: "... nova divisão Três organizações, A, B e C, lamentaram").
_SENTENCE_BEFORE = re.compile(
    r"(?:^|[.!?\n]|(?<=\s))[ \t]*(?:(?i:the|les|los|las|os|as|le|la|i|gli|die|de|het)[ \t]+)?\Z"
)
_OPENING_REACH = 12


def _apposed_names(text: str) -> list[InlineName]:
    """The names set off by commas right after a count of signers and its noun that open
    a sentence, exactly as many as it claims: "Três organizações da sociedade civil, A
    (...), B (...) e C (...), lamentaram"."""
    for token in _TOKEN.finditer(text):
        value = number_value(token.group(0))
        if value is None or not MIN_APPOSED <= value <= MAX_COUNTED:
            continue
        opening = _SENTENCE_BEFORE.search(
            text, max(0, token.start() - _OPENING_REACH), token.start()
        )
        if opening is None or not (opening.group(0).strip() or token.group(0)[:1].isupper()):
            continue  # "... commands two groups, A and B.": the count is not the subject
        match = _COUNT_NOUN.match(text, token.start())
        if match is None:
            continue
        noun = _TOKEN.findall(text, match.end("count"), match.end())
        if not any(is_signer_noun(t) for t in noun[:_NOUN_REACH]):
            continue
        apposed = _APPOSED.match(text, match.end())
        if apposed is None:
            continue
        names = separated(text, apposed.start("names"), apposed.end("names"))
        if len(names) == value and confident(names, text, vouched=True):
            return names
    return []


def _after_count(text: str, name: InlineName) -> int:
    """Where the first name starts when its piece opens with the count and its noun
    ("Die vier großen Jugendumweltverbände NAJU": "NAJU"), else its start."""
    tokens = list(_TOKEN.finditer(text, name.start, name.end))
    for k, token in enumerate(tokens):
        if number_value(token.group(0)) is None:
            continue
        for n in range(k + 1, min(k + 1 + _NOUN_REACH, len(tokens) - 1)):
            if is_signer_noun(tokens[n].group(0)):
                return tokens[n + 1].start()  # the name after the count's noun
    return name.start


def find_counted_list(text: str) -> list[InlineName]:
    """The names a sentence of *text* opens with, or that dashes or brackets set off
    right after the count, when there are exactly as many as a count of signers in
    *text* claims (see the module doc); else ``[]``."""
    apposed = _apposed_names(text)
    if apposed:
        return apposed
    set_off = _set_off_names(text)
    if set_off:
        return set_off
    counts = claimed_counts(text)
    if not counts:
        return []
    for opening in _OPENING.finditer(text):
        match = _NAMES.match(text, opening.end())
        if match is None:
            continue
        names = separated(text, match.start("names"), match.end("names"))
        if names:  # the last piece up to its verb: "... e Pan-Example ricordano"
            last = leading_names(text, names[-1].start, names[-1].end)
            names[-1:] = read_spans(text, last, articles=True)
            first = (_after_count(text, names[0]), names[0].end)
            names[:1] = read_spans(text, [first], articles=True)
        if len(names) in counts and confident(names, text, vouched=True):
            return names
    return []
