"""Enumerations of names in sentences written in the Arabic script (Arabic, Persian,
Kurdish, Urdu), which has no capital letters to show where a name starts or ends.

The pieces between commas ("،" or ",") are the names, each "and" written onto them
("و") read off; a run of pieces is an enumeration when its first name starts after a
word that opens one ("among them", "such as", "namely", "each of", a colon) or at its
first organisation word, and its sentence says who signs (a statement or collective
word before the names, or a statement word after them). Every piece must read as an
organisation: by an organisation word and a word of its own, or in quotation marks; a
short piece without either is taken only before such a name or at the sentence's end,
so a clause after a comma ends the run. The last name stops where the sentence goes on
(a spaced dash, "alongside", a quotation around the whole enumeration closing).
"""

from __future__ import annotations

import bisect
import re

import attrs
from attrs import frozen

from sochi_er.extraction.enumeration_pieces import (
    ARABIC_AND,
    ARABIC_LETTERS,
    COMMA,
    GLUED_AND,
    MIN_PROSE_NAMES,
    QUOTED,
    InlineName,
    as_group,
    between,
    read_spans,
)
from sochi_er.extraction.glued_names import arabic_heads
from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.lexicons import SignerWords, word_tokens

__all__ = ["ARABIC_LETTER", "find_arabic_enumeration"]

#: A letter of the Arabic script.
ARABIC_LETTER = re.compile(ARABIC_LETTERS)
#: "With the signature of" (بتوقيع, or توقيع), as a whole word's start.
_SIGNATURE = r"(?<![^\W\d_])\u0628?\u062a\u0648\u0642\u064a\u0639"
#: Words after which the names of an enumeration start: "among them" (بينها, من بينها,
#: ومن بينهم), "such as" (مثل, على غرار), "namely" (وهي, هي), "each of" (كل من), "with
#: the signature of" (بتوقيع), a colon.
_OPENER = re.compile(
    r"(?:(?<![^\W\d_])(?:\u0648?\u0645\u0646\s+)?\u0628\u064a\u0646(?:\u0647\u0627|\u0647\u0645)"
    r"|(?<![^\W\d_])\u0639\u0644\u0649\s+\u063a\u0631\u0627\u0631"
    r"|(?<![^\W\d_])\u0645\u062b\u0644"
    r"|(?<![^\W\d_])\u0648?\u0647\u064a"
    r"|(?<![^\W\d_])\u0643\u0644\s+\u0645\u0646"
    rf"|{_SIGNATURE}"
    r"|:)(?![^\W\d_])\s*"
)
#: That phrase as a whole word: the piece that holds it is where the signers' names start.
_SIGNED_BY = re.compile(rf"{_SIGNATURE}(?![^\W\d_])")
#: The openers that vouch for the names after them however plain: a colon, "each of"
#: (كل من), "among them" (بينها, من بينهم).
_VOUCHING = re.compile(
    r":|\u0643\u0644\s+\u0645\u0646|\u0628\u064a\u0646(?:\u0647\u0627|\u0647\u0645)(?![^\W\d_])"
)
#: The "and" written before a quoted name: 'و"B"', 'و«B»', 'و“B”'.
_QUOTE_AND = re.compile(r"\s+\u0648\s?(?=[\"\u201c\u201d\u00ab])")
#: The "and" written apart ("A و B"), as Persian writes it before the last name: a cut
#: only before an organisation word ("... للحقوق و الحريات" is one name).
_SPACED_AND = re.compile(r"\s+\u0648\s+(?P<word>\w+)")
#: The Arabic letters Persian writes otherwise (kaf, yeh): "كميته" is "کمیته".
_PERSIAN = str.maketrans("\u0643\u064a", "\u06a9\u06cc")
#: Where the last name of an enumeration stops before the sentence goes on: a spaced
#: dash, a closing bracket, "alongside" (إلى جانب), or a semicolon.
_LAST_STOP = re.compile(
    r"\s+[-\u2013\u2014]\s+|\)|\s+\u0625\u0644\u0649\s+\u062c\u0627\u0646\u0628|[;\u061b]"
)
#: Most words of a name in an Arabic enumeration; of a piece without an organisation
#: word taken between two names.
NAME_WORDS = 8
PLAIN_NAME_WORDS = 4
#: Words before the first name within which a collective noun heads the enumeration.
COLLECTIVE_REACH = 4
#: Most plain pieces (no organisation word) in a row taken as names.
PLAIN_RUN = 3
#: A number right before a word: the word is what it counts ("73 منظمة").
_COUNT_BEFORE = re.compile(r"[\d\u0660-\u0669\u06f0-\u06f9]+\s*$")
#: Marks that end a sentence after its last name (the Arabic question mark too).
_SENTENCE_STOPS = " .!?\u061f\n"
#: The letter of the Arabic "and", written onto the word after it.
_AND_LETTER = "\u0648"


def find_arabic_enumeration(
    text: str, begin: int, end: int, words: SignerWords
) -> list[InlineName]:
    """The names of the longest enumeration in the Arabic-script sentence
    ``text[begin:end]`` (see the module's docstring), or ``[]``."""
    letters = sum(ch.isalpha() for ch in text[begin:end])
    if len(ARABIC_LETTER.findall(text, begin, end)) * 2 < letters:
        return []  # a sentence in another script, an Arabic hashtag in it at most
    run_together = _heads_after_colon(text, begin, end, words)
    if run_together:
        return run_together
    pieces = _pieces(text, begin, end, words)
    if len(pieces) < MIN_PROSE_NAMES:
        return []
    said = _statement_starts(text, begin, end, words)  # in order: first and last count
    # the pieces that hold "with the signature of" (بتوقيع): the names start after it
    signed = [j for j, p in enumerate(pieces) if _SIGNED_BY.search(text, p.start, p.stop)]
    best: list[InlineName] = []
    k = 0
    while k < len(pieces) - MIN_PROSE_NAMES + 1:
        start = _first_name_start(text, pieces[k].start, pieces[k].stop, words)
        if start is None:
            k += 1
            continue
        at = bisect.bisect_right(signed, k)  # the next such piece after k: linear
        later = signed[at] if at < len(signed) else None
        first = attrs.evolve(pieces[k], start=start)
        # a collective noun right before them ("الجمعيات ... هي:", "كل من منظمات"):
        # each name is a body's, and after a colon or "each of" a plain name is one
        near = word_tokens(text[pieces[k].start : start])[-COLLECTIVE_REACH:]
        grouped = any(words.has("collective", t.group(0).removeprefix(_AND_LETTER)) for t in near)
        vouched = grouped and _VOUCHING.search(text, pieces[k].start, start) is not None
        run, used = _run(text, [first, *pieces[k + 1 :]], end, words, vouched=vouched)
        if later is not None and later < k + used:
            k = later  # 'أطلع عليه "X"، ممهورا بتوقيع A، B': the signers start at the phrase
            continue
        if (
            len(run) > len(best)
            and bool(said)
            and (
                said[0] < start  # "signed the statement ...", "the groups ..."
                or said[-1] >= run[-1].end  # "... issued a joint statement"
            )
        ):
            best = run
        k += max(used, 1)  # each piece is read in one run at most: linear
    return best if len(best) >= MIN_PROSE_NAMES else []


def _heads_after_colon(text: str, begin: int, end: int, words: SignerWords) -> list[InlineName]:
    """The names run together with no separator after a colon that a collective noun and
    a statement word introduce ("المنظمات الموقعة للبيان هي: A B C", each opening with an
    organisation word: :func:`~sochi_er.extraction.glued_names.arabic_heads`), or ``[]``."""
    colon = text.find(":", begin, end)
    if colon < 0:
        return []
    near = word_tokens(text[begin:colon])[-COLLECTIVE_REACH:]
    if not any(words.has("collective", t.group(0)) for t in near):
        return []
    if not _statement_starts(text, begin, colon, words):
        return []
    at = colon + 1
    spans = arabic_heads(text[at:end])
    return read_spans(text, [(at + a, at + b) for a, b in spans], articles=False)


@frozen
class _Piece:
    """``text[start:stop]``, a piece of a sentence between its commas or "and"s;
    *opened* when an "and" before an organisation word or a quoted name cut it off
    (a name by its cut)."""

    start: int
    stop: int
    opened: bool = False


def _pieces(text: str, begin: int, end: int, words: SignerWords) -> list[_Piece]:
    """The pieces of ``text[begin:end]`` between its commas, each cut again where an
    "and" opens an organisation word or a quoted name, each without that "and"."""
    pieces: list[_Piece] = []
    commas = between(text, begin, end, COMMA)
    # "A، وB، وC": the writer puts "and" before every name, so a glued "و" is one;
    # else only where the word after it opens a name ("وفاق" is a name of its own)
    every = 2 * sum(text[a:b].lstrip().startswith(_AND_LETTER) for a, b in commas[1:]) >= len(
        commas[1:]
    )
    for start, stop in commas:
        named = {m.start() for m in ARABIC_AND.finditer(text, start, stop)}
        named |= {m.start() for m in _QUOTE_AND.finditer(text, start, stop)}
        named |= {
            m.start()
            for m in _SPACED_AND.finditer(text, start, stop)
            if words.has("org", m["word"]) or words.has("org", m["word"].translate(_PERSIAN))
        }
        cuts = sorted(named)
        for a, b in zip([start, *cuts], [*cuts, stop], strict=True):
            a_, b_ = _without_and(text, a, b, always=every or a in named)
            if a_ < b_:
                pieces.append(_Piece(a_, b_, opened=a in named))
    return pieces


def _first_name_start(text: str, start: int, stop: int, words: SignerWords) -> int | None:
    """Where the first name of an enumeration starts in the piece ``text[start:stop]``:
    after the last word that opens one (and a collective noun and an opening quotation
    mark after it: "كل من منظمات “A"), else at its first organisation word or quoted
    name, whichever comes first; ``None`` when it holds none of them."""
    openers = list(_OPENER.finditer(text, start, stop))
    if openers and openers[-1].end() < stop:
        at = openers[-1].end()
        noun = re.match(r"\w+\s+", text[at:stop])
        signature = _SIGNED_BY.match(text, openers[-1].start()) is not None
        if noun is not None and words.has("collective", noun.group(0).strip()) and not signature:
            at += noun.end()  # "كل من منظمات A": the kind of the names, no name
        if text[at : at + 1] in _QUOTE_MARKS and not any(
            mark in text[at + 1 : stop] for mark in _QUOTE_MARKS
        ):
            at += 1  # a quotation around the whole enumeration opens here
        return at
    found = [m.start() for m in [QUOTED.search(text, start, stop)] if m is not None]
    mark = next((k for k in range(start, stop) if text[k] in _QUOTE_MARKS), None)
    if mark is not None and _QUOTED_PIECE.fullmatch(text[mark:stop].rstrip()):
        return mark  # 'أحزاب "A"': the quoted name, after the noun of its kind
    for token in word_tokens(text[start:stop]):
        word = token.group(0)
        if _COUNT_BEFORE.search(text, start, start + token.start()):
            continue  # "وقعت 73 منظمة": the count of the signers, no name
        if words.has("org", word):
            found.append(start + token.start())
            break
        if word.startswith(_AND_LETTER) and words.has("org", word[1:]):
            found.append(start + token.start() + 1)
            break
    return min(found) if found else None


def _run(
    text: str,
    pieces: list[_Piece],
    end: int,
    words: SignerWords,
    *,
    vouched: bool = False,
) -> tuple[list[InlineName], int]:
    """The names that *pieces* (the first cut to its name) make one after the other,
    and how many pieces were read. A piece with an organisation word, a quoted one or
    one an "and" cut off is a name; up to ``PLAIN_RUN`` short plain pieces are names
    when such a name follows them or the sentence ends after them; the run stops at
    any other piece, and after a piece the sentence goes on from ("A - in a memo");
    at least two names must be known by their words or quotes. After a collective noun
    and words that *vouched* for the names (a colon, "each of", "among them"), short
    plain pieces are names however many, up to one that holds a statement word or a
    verb of saying, and a name that reads as a person's is a body's ("أمل أفضل" is a
    group's name, not a woman's)."""
    names: list[InlineName] = []
    waiting: list[InlineName] = []  # plain pieces, names if a name follows them
    used = known = 0
    for k, piece in enumerate(pieces):
        start, stop = piece.start, piece.stop
        if k and _OPENER.search(text, start, stop):
            break  # "..., بينها A": a run of its own starts there
        cut = _LAST_STOP.search(text, start, stop) or _closing_quote(text, start, stop)
        if cut is not None:
            stop = cut.start() + (1 if text[cut.start()] == ")" else 0)
        while stop > start and text[stop - 1] in _SENTENCE_STOPS:
            stop -= 1  # the sentence's own stop after its last name
        read = read_spans(text, [(start, stop)], articles=True)
        if read and vouched:
            read = [as_group(read[0])]
        if not read or read[0].reading.kind is not ItemKind.ORGANISATION:
            break
        name, used = read[0], used + 1
        size = len(word_tokens(text[name.start : name.end]))
        quoted = _QUOTED_PIECE.fullmatch(text[start:stop].strip()) is not None
        # a name by its organisation word has a word of its own ("تجمع" alone is none);
        # a Latin acronym or brand alone is a name
        strong = size <= NAME_WORDS and (
            quoted
            or (
                (size >= 2 or not ARABIC_LETTER.search(text, name.start, name.end))
                and (name.reading.evidence >= 2 or piece.opened)
            )
        )
        closing = cut is not None or not text[stop:end].strip(_SENTENCE_STOPS)
        plain = not strong and size <= PLAIN_NAME_WORDS and not _said(text, name, words)
        if strong:
            known += 1
            names += [*waiting, name]
            waiting = []
        elif vouched and plain:
            names += [*waiting, name]  # "هي: A، B، C": plain names after the colon
            waiting = []
        elif len(waiting) < PLAIN_RUN and plain:
            waiting.append(name)  # "..., وهيومن رايتس ووتش، ومنظمة ...": no organisation word
            if closing and names:  # "..., ونجدة." the sentence's last name
                names += waiting
                waiting = []
        else:
            break
        if cut is not None:
            break
    if known < 2 and not vouched:
        return [], used
    return names, used


def _without_and(text: str, start: int, stop: int, *, always: bool) -> tuple[int, int]:
    """``text[start:stop]`` without its blanks around and a leading "and" ("و"): when a
    word of three letters or more is left and *always*, or when the definite article,
    an organisation word's glued form or a quotation mark follows it ("والمركز")."""
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if text.startswith(_AND_LETTER, start):
        after = start + 1
        while after < stop and text[after].isspace():
            after += 1
        word = re.match(r"\w+", text[after:stop])
        if (
            text[after : after + 1] in _QUOTE_MARKS
            or GLUED_AND.match(text, start, stop) is not None
            or (always and word is not None and len(word.group(0)) >= 3)
        ):
            start = after
    return start, stop


#: Quotation marks as Arabic-script texts write them, any of them opening or closing
#: ('"A"', '«A»', '“A”', and '”A”' too).
_QUOTE_MARKS = '"\u00ab\u00bb\u201c\u201d\u201e'
#: A piece that is one name in quotation marks.
_QUOTED_PIECE = re.compile(f"[{_QUOTE_MARKS}][^{_QUOTE_MARKS}]+[{_QUOTE_MARKS}]")
#: A quotation mark that only closes.
_CLOSING_QUOTE = re.compile('[\u00bb\u201d"]')


def _closing_quote(text: str, start: int, stop: int) -> re.Match[str] | None:
    """The quotation mark in ``text[start:stop]`` that closes what no mark in it opened,
    not at its start: the quotation around a whole enumeration ends there ("«A، B و C»
    با ...")."""
    close = _CLOSING_QUOTE.search(text, start + 1, stop)
    if close is None or any(
        mark in text[start : close.start()] or mark in text[close.end() : stop]
        for mark in _QUOTE_MARKS
    ):
        return None  # another mark before or after it: it opens or closes a name of its own
    return close


def _said(text: str, name: InlineName, words: SignerWords) -> bool:
    """Whether a statement word or a verb of saying stands in the piece *name* (a
    clause, not a name: "وأكدت أن ...")."""
    return any(
        words.has(kind, t.group(0).removeprefix(_AND_LETTER))
        for t in word_tokens(text[name.start : name.end])
        for kind in ("statement", "speech")
    )


def _statement_starts(text: str, begin: int, end: int, words: SignerWords) -> list[int]:
    """Where the statement and collective words of ``text[begin:end]`` start ("بيان",
    "وقعت", "المنظمات")."""
    return [
        begin + t.start()
        for t in word_tokens(text[begin:end])
        if any(
            words.has(kind, w)
            for kind in ("statement", "collective")
            for w in (t.group(0), t.group(0).removeprefix(_AND_LETTER))
        )
    ]
