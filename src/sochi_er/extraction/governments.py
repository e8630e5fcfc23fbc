"""Governments that sign an intergovernmental statement, named by their countries.

Contract: :func:`find_government_list` reads one paragraph and returns the countries of
the first enumeration that a *government* word of the signer lexicon introduces as the
statement's authors, each as an organisation reading (a government signs for its
country), the name as written without a leading article; ``[]`` when there is none:

- "We, the Leaders of the United Kingdom, Denmark, ... and Sweden, met today ...";
- "Ministers of Canada, Denmark, ... and the United States met September 18 ...";
- "a joint statement signed by the governments of A, B, C, and the United States".

:func:`find_aligned_governments` reads the other form such statements take: countries
that align themselves with a declaration made by others ("The Candidate Countries A and
B, ... and the EFTA countries C, D and E align themselves with this declaration").
:func:`read_country_enumeration` reads a block of countries under a cue that names them
("The countries that have signed the statement are as follows:"), and
:func:`as_government` a country on its own line there.

The government word opens its sentence (after "We, the", a dateline or an adjective
such as "Foreign") or follows a statement word and its authors' preposition ("a joint
statement signed by the governments of A, B and C"); one in the middle of a sentence
("We call on all parties, including the Governments of A and B") names addressees, not
authors. A copula may stand between the government word and the countries ("The
countries are"), and Arabic writes them after "وزراء خارجية" with no preposition. The
enumeration needs :data:`MIN_GOVERNMENTS` countries (``SignerWords.is_country``); beside
them, organisations (unions and leagues of states), one or one for every
:data:`COUNTRIES_PER_BODY` countries. No country or organisation is named in the code:
countries come from the lexicon's country list, in several languages.
"""

from __future__ import annotations

import re

from sochi_er.extraction.enumeration_pieces import InlineName, shifted
from sochi_er.extraction.inline import SENTENCE_END, list_starts
from sochi_er.extraction.item_reading import PLACE_HEADING, ItemKind, ItemReading
from sochi_er.extraction.items import read_item
from sochi_er.extraction.lexicons import SignerWords, default_signer_words, word_tokens

__all__ = [
    "as_government",
    "find_aligned_governments",
    "find_country_list",
    "find_government_list",
    "read_country_enumeration",
]

#: Fewest countries an intergovernmental enumeration names (two are a bilateral
#: statement, named as often as addressees: "the Governments of A and B").
MIN_GOVERNMENTS = 3
#: Names of the enumeration that may be organisations rather than countries (unions and
#: leagues of states): one, or one for every :data:`COUNTRIES_PER_BODY` countries.
OTHER_BODIES = 1
COUNTRIES_PER_BODY = 3
#: Most words of a country's name, read at the start of the enumeration's last piece
#: ("and the United States of America met ...").
COUNTRY_WORDS = 6
#: ... and of one whose name holds a separator ("United Kingdom of Great Britain and
#: Northern Ireland"), read across it.
JOINED_WORDS = 10
#: Most words before the government word in its sentence ("date 2018-09-27 We, the
#: Foreign Ministers of"), or after the last comma before it ("After the events of last
#: week in Syria, the foreign ministers of"); more when they are all capitalised, a title
#: run into the sentence ("Joint Statement of the Envoy Meeting Representatives of").
LEAD_WORDS = 6
TITLE_LEAD_WORDS = 12
#: Words looked back at before a government word, and government words tried in one
#: sentence (a bound on the work, far beyond any lead that opens a sentence).
LEAD_WINDOW = 24
MAX_TRIES = 8

#: Separators of the enumeration: commas, semicolons, and "and" in several languages.
_SEPARATOR = re.compile(
    # a match starts only where a run of spaces starts: linear in a long run of them
    r"(?<!\s)(?:(?:\s*[,;\u060c])?\s+(?:along\s+with|as\s+well\s+as|together\s+with|ainsi\s+que"
    r"|insieme\s+a|as[ií]\s+como|bem\s+como|sowie)\s+"
    r"|\s*[,;\u060c]\s*(?:(?:and|e|et|y|und|en|ve|i|og|och)\s+)?"
    r"|\s+(?:and|e|et|y|und|en|ve|i|og|och)\s+|\s+\u0648)",
    re.IGNORECASE,
)
#: A copula after the government word: "The countries are A, B and C".
_COPULA = re.compile(r"\s+(?:are|were|sono|sont|son|sind|s[aã]o)\s+", re.IGNORECASE)
#: Arabic: "وزراء خارجية A وB" (the ministers of foreign affairs of A and B) has no
#: preposition; these words may stand between the government word and the countries.
_ARABIC_AFTER = re.compile(r"\s+(?:ال)?(?:خارجية|خارجيه|دول)(?=\s)")
#: Prepositions after the government word ("Ministers of", "ministres des", "Minister
#: von"): the enumeration starts after the last one of its first piece.
_OF = re.compile(
    r"\b(?:of|from|de|des|du|del|di|dei|degli|delle|della|von|der|da|do|dos|das|van)\s+",
    re.IGNORECASE,
)
#: A leading preposition and article of a country's name ("the Netherlands", "de
#: l'Italie", "du Royaume-Uni").
_ARTICLE = re.compile(
    r"(?:(?:of|de|du|des|di|del|della|dello|dei|degli|von|van|da|do|dos|das)\s+)?"
    r"(?:(?:the|la|le|les|il|lo|i|los|las|el|die|der|das|o|os|a|as)\s+|l['\u2019])?",
    re.IGNORECASE,
)
#: Words that may stand before the government word in its sentence: the authors' "we",
#: articles, and capitalised qualifiers ("Foreign", "Prime", "Heads").
_LEAD_WORD = re.compile(
    r"^(?i:we|nous|noi|nosotros|nos|wir|the|les|i|gli|los|las|die|os|as|date|today)$"
    r"|^[A-Z\u00c0-\u00dd][\w'\u2019-]*$|^[\d./-]+$"
)
#: Stands for the words beyond the window before a government word: no lead word.
_TOO_FAR = "\u2026"
#: ... and in a title run into the sentence, its function words too.
_TITLE_WORD = re.compile(r"^(?i:of|on|for|the|de|des|du|di|del|la|le|von|der)$")


#: The Arabic participle "signed" between a statement word and its authors' preposition
#: (alone it is also "the site": no statement word).
_ARABIC_SIGNED = re.compile(r"^(?:\u0627\u0644)?\u0645\u0648\u0642\u0639(?:\u0629)?$")
#: A capitalised qualifier of the government word ("Foreign", "Special"): no author.
_MODIFIER = re.compile(r"^[A-Z][a-z]+$")
#: A year or a numeric date, the end of a dateline.
_DATE_END = re.compile(r"^(?:1[89]|20)\d\d$|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
#: An article, and the preposition that names a statement's authors.
_ARTICLE_WORD = re.compile(r"^(?:the|les|i|gli|los|las|die|os|as)$", re.IGNORECASE)
_AUTHORS_BY = re.compile(
    r"^(?:by|from|of|par|de|da|dai|dalle|por|pelos|von|\u0645\u0646)$", re.IGNORECASE
)


def find_government_list(text: str, words: SignerWords | None = None) -> list[InlineName]:
    """The countries whose governments sign, as the first qualifying enumeration of
    *text* names them (see the module doc), or ``[]``."""
    words = words or default_signer_words()
    begin = 0
    for end in [m.start() for m in SENTENCE_END.finditer(text)] + [len(text)]:
        if end > begin:
            names = _sentence_governments(text, begin, end, words)
            if names:
                return names
        begin = end + 1
    return []


#: After a statement word, a verb of issuing and its agent's preposition: "statement was
#: issued by (the)", "déclaration signée par", "declaración firmada por".
_ISSUED_BY = re.compile(
    r"(?:\s+\w+){0,2}?\s+(?:issued|signed|adopted|made|released|delivered|sign\u00e9e?s?"
    r"|adopt\u00e9e?s?|firmad[oa]s?|suscrit[oa]s?|adoptad[oa]s?)\s+(?:by|par|por)\s+"
    r"(?:the\s+|les\s+|los\s+|las\s+)?(?=[A-Z\u00c0-\u00dd])"
)


def _sentence_governments(text: str, begin: int, end: int, words: SignerWords) -> list[InlineName]:
    """The countries of the first government word of ``text[begin:end]`` (one sentence)
    that opens an enumeration of them (see the module doc). At most
    :data:`MAX_TRIES` government words are tried, each looking back at most
    :data:`LEAD_WINDOW` words: the work is linear in the sentence."""
    tokens = list(word_tokens(text[begin:end]))
    for token in tokens[:LEAD_WINDOW]:
        # "The following joint statement was issued by A, B, C and D": the statement's
        # authors, all countries, name their governments with no government word
        by = _ISSUED_BY.match(text, begin + token.end(), end)
        if by is not None and words.has("statement", token.group(0)):
            names = _enumeration(text, by.end(), end, words, after_of=False)
            if names:
                return names
    tries = 0
    for k, token in enumerate(tokens):
        if not words.has("government", token.group(0)):
            continue
        tries += 1
        if tries > MAX_TRIES:
            break
        window = tokens[max(0, k - LEAD_WINDOW) : k]
        # a lead longer than the window opens no sentence, unless a dateline cuts it
        lead = ([_TOO_FAR] if k > LEAD_WINDOW else []) + [t.group(0) for t in window]
        dated = [j for j, t in enumerate(lead) if _DATE_END.match(t)]
        if dated:  # "... on Syria Published 22 September 2017 Ministers of": a dateline
            lead = lead[dated[-1] + 1 :]  # ends the title before the statement's sentence
        lead = _joined_titles_off(lead, words)  # "we the Ministers and Representatives of"
        low = begin + window[0].start() if window else begin + token.start()
        comma = text.rfind(",", low, begin + token.start())
        clause = _joined_titles_off(
            [t.group(0) for t in window if begin + t.start() > comma], words
        )
        arabic = _is_arabic(token.group(0))
        if not (
            _opens(lead)
            or (comma >= 0 and _opens(clause))
            or _authored(lead, words)
            or (arabic and len(lead) <= 1)  # "أعاد وزراء خارجية A وB": the verb first
        ):
            continue
        start = begin + token.end()
        after_of = False
        if arabic:
            after = _ARABIC_AFTER.match(text, start, end)
            start = after.end() if after is not None else start
        elif (copula := _COPULA.match(text, start, end)) is not None:
            start = copula.end()  # "The countries are A, B and C"
        else:
            after_of = True  # "Ministers of A": after the first piece's last "of"
        names = _enumeration(text, start, end, words, after_of=after_of)
        if names:
            return names
    return []


def _joined_titles_off(lead: list[str], words: SignerWords) -> list[str]:
    """*lead* without a government word and an "and" that end it: "we the Ministers and"
    before "Representatives of A, B" opens the sentence as "we the" does."""
    while len(lead) >= 2 and _AND_WORD.match(lead[-1]) and words.has("government", lead[-2]):
        lead = lead[:-2]
    return lead


#: "And" between two government words ("Ministers and Representatives of").
_AND_WORD = re.compile(r"^(?:and|&|et|e|y|und|en|og|och|ve)$", re.IGNORECASE)


def _opens(lead: list[str]) -> bool:
    """Whether *lead* may open a sentence before the government word: a few lead words
    ("We, the Foreign"), or a title in capitals run into it."""
    if len(lead) < LEAD_WORDS and all(_LEAD_WORD.match(t) for t in lead):
        return True
    return len(lead) < TITLE_LEAD_WORDS and all(
        _LEAD_WORD.match(t) or _TITLE_WORD.match(t) for t in lead
    )


def _is_arabic(word: str) -> bool:
    """Whether *word* holds an Arabic letter."""
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _authored(lead: list[str], words: SignerWords) -> bool:
    """Whether the words before the government word end with a statement word and its
    authors' preposition ("a joint statement signed by the governments of")."""
    while lead and (
        _ARTICLE_WORD.match(lead[-1])
        or _MODIFIER.match(lead[-1])
        or lead[-1].casefold() in ("and", "et", "y", "e", "und")
        or words.has("government", lead[-1])
    ):  # "statement by the Foreign Ministers", "by Special Envoys and representatives"
        lead = lead[:-1]
    if len(lead) >= 3 and _ARABIC_SIGNED.match(lead[-2]):
        lead = lead[:-2] + lead[-1:]  # "البيان، الموقع من": the statement, signed by
    return (
        len(lead) >= 2
        and _AUTHORS_BY.match(lead[-1]) is not None
        and words.has("statement", lead[-2])
    )


def _enumeration(
    text: str,
    start: int,
    end: int,
    words: SignerWords,
    *,
    after_of: bool,
    titled: bool = False,
) -> list[InlineName]:
    """The countries of the enumeration in ``text[start:end]`` (*after_of*: it starts
    after the last preposition of its first piece), or ``[]`` when it has too few or
    names too many other things (*titled*: any capitalised piece of a few words may be
    one of them)."""
    pieces: list[tuple[int, int]] = []
    at = start
    for sep in _SEPARATOR.finditer(text, start, end):
        pieces.append((at, sep.start()))
        at = sep.end()
    pieces.append((at, end))
    names: list[InlineName] = []
    others = 0
    k = 0
    while k < len(pieces):
        a, b = pieces[k]
        k += 1
        if k == 1 and after_of:  # "Ministers of Canada": after the first piece's last "of"
            of = [m.end() for m in _OF.finditer(text, a, b)]
            if not of:
                return []
            a = of[-1]
        a, b = _stripped(text, a, b)
        joined = _joined_country(text, a, pieces, k, words)
        if joined:  # "Trinidad and Tobago": a country's name holds a separator
            k += joined
            a, b = _stripped(text, a, pieces[k - 1][1])
        piece = text[a:b]
        if words.is_country(piece):
            names.append(_government(a, b))
            continue
        lead = _leading_country(text, a, b, words)
        if lead is not None:  # "the United States met September 18": the sentence goes on
            names.append(_government(a, lead))
            break
        reading = read_item(piece, in_list=True, words=words)
        if len(piece.split()) <= COUNTRY_WORDS and (
            (reading.kind is ItemKind.ORGANISATION and reading.evidence >= 2)
            or (titled and piece[:1].isupper())
        ):
            others += 1  # a union of states among the countries, or an older name
            names.append(_government(a, b))
            most_countries = len(names) - others + len(pieces) - k
            if others > max(OTHER_BODIES, most_countries // COUNTRIES_PER_BODY):
                return []  # too many others whatever the pieces left hold
            continue
        break
    countries = len(names) - others
    if countries < MIN_GOVERNMENTS or others > max(OTHER_BODIES, countries // COUNTRIES_PER_BODY):
        return []
    return names


def _joined_country(
    text: str, a: int, pieces: list[tuple[int, int]], k: int, words: SignerWords
) -> int:
    """How many pieces after the one starting at *a* (the next is ``pieces[k]``) its
    country's name takes in ("Bosnia" + "Herzegovina"), at most two; 0 when none."""
    for more in (2, 1):
        if k + more <= len(pieces):
            b = _stripped(text, a, pieces[k + more - 1][1])[1]
            if len(text[a:b].split()) <= JOINED_WORDS and words.is_country(text[a:b]):
                return more
    return 0


def find_country_list(text: str, words: SignerWords | None = None) -> list[InlineName]:
    """The countries of the first inline list of *text* made wholly of countries (see
    :func:`read_country_enumeration`) that a list phrase or an include verb introduces
    ("Those endorsing the Declaration include A, B, ... and C."), each as its
    government's signature, or ``[]``. At most :data:`MAX_TRIES` starts are tried, so
    the work stays linear in the text however many list phrases it holds."""
    words = words or default_signer_words()
    for start in list_starts(text)[:MAX_TRIES]:  # a bound on the work: each try reads on
        stop = SENTENCE_END.search(text, start)  # to its sentence's end
        end = stop.start() if stop is not None else len(text)
        names = read_country_enumeration(text[start:end], words)
        if names:
            return shifted(names, start)
    return []


def as_government(reading: ItemReading, text: str) -> ItemReading:
    """*reading* of the line *text* under a cue that names governments: a country read
    as a heading ("Andorra" on its own line) is its government's signature."""
    if reading.reason != PLACE_HEADING or not default_signer_words().is_country(text.strip()):
        return reading
    return ItemReading(ItemKind.ORGANISATION, reading.start, reading.end, evidence=2)


def read_country_enumeration(text: str, words: SignerWords | None = None) -> list[InlineName]:
    """The countries of *text* when the whole block is an enumeration of them (under a
    cue that names governments: "The countries that signed are as follows:"), each as
    its government's signature; ``[]`` when fewer than :data:`MIN_GOVERNMENTS` or when
    anything but separators follows the last one. A capitalised piece of a few words
    among them counts as a country the lexicon does not know (an older or official
    name), within the share of :data:`OTHER_BODIES`."""
    words = words or default_signer_words()
    names = _enumeration(text, 0, len(text), words, after_of=False, titled=True)
    if not names or text[names[-1].end :].strip(" \t\n.;,"):
        return []
    return names


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` without surrounding spaces and punctuation, nor a leading article."""
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum() and text[b - 1] != ")":
        b -= 1
    article = _ARTICLE.match(text, a, b)
    if article is not None and article.end() < b:
        a = article.end()
    return a, b


def _leading_country(text: str, a: int, b: int, words: SignerWords) -> int | None:
    """The end of the longest country name that starts ``text[a:b]`` and is followed
    by more words, or ``None``."""
    tokens = list(word_tokens(text[a:b]))
    n = _country_words(text, a, tokens, 0, len(tokens) - 1, words)
    return a + tokens[n - 1].end() if n else None


def _country_words(
    text: str, offset: int, tokens: list[re.Match[str]], k: int, most: int, words: SignerWords
) -> int:
    """How many words, from word *k* of *tokens* (matches in ``text[offset:]``) and at
    most *most* (and :data:`COUNTRY_WORDS`), make the longest country name there; 0 when
    none does."""
    for n in range(min(COUNTRY_WORDS, most), 0, -1):
        a, b = offset + tokens[k].start(), offset + tokens[k + n - 1].end()
        if words.is_country(text[a:b]):
            return n
    return 0


def _government(a: int, b: int) -> InlineName:
    return InlineName(a, b, ItemReading(ItemKind.ORGANISATION, 0, b - a, evidence=2))


#: A sentence's closing words saying that the countries it names join a declaration made
#: by others, in several languages ("... align themselves with this declaration.").
_ALIGN = re.compile(
    r"(?:align|associate)s?\s+(?:themselves|itself)\s+with\s+(?:this|the\s+present|the)\s+"
    r"(?:declaration|statement)"
    r"|se\s+rallient\s+(?:[aà]\s+)?(?:la\s+pr[eé]sente|cette)\s+d[eé]claration"
    r"|se\s+(?:suman|adhieren)\s+a\s+(?:la\s+presente|esta)\s+declaraci[oó]n"
    r"|si\s+allineano\s+(?:alla\s+presente|a\s+questa)\s+dichiarazione"
    r"|schlie(?:\u00df|ss)en\s+sich\s+(?:dieser|der)\s+Erkl(?:\u00e4|ae)rung\s+an"
    r"|slutt(?:ar|er)\s+seg\s+til\s+denne\s+erkl(?:\u00e6|ae)ring(?:a|en)"
    r"|ansluter\s+sig\s+till\s+(?:denna|detta)\s+(?:f\u00f6rklaring|uttalande)"
    r"|sluiten\s+zich\s+aan\s+bij\s+deze\s+verklaring",
    re.IGNORECASE,
)


def find_aligned_governments(text: str, words: SignerWords | None = None) -> list[InlineName]:
    """The countries a sentence of *text* names before saying that they align themselves
    with the declaration (:data:`_ALIGN`), each as its government's signature, in the
    order named; ``[]`` unless :data:`MIN_GOVERNMENTS` are named. Each country is the
    longest run of words (at most :data:`COUNTRY_WORDS`) the lexicon knows as one,
    without a leading article ("the Republic of Moldova" -> "Republic of Moldova")."""
    words = words or default_signer_words()
    begin = 0
    for end in [m.start() for m in SENTENCE_END.finditer(text)] + [len(text)]:
        aligned = _ALIGN.search(text, begin, end + 1) if end > begin else None
        if aligned is not None:
            names = _countries_in(text, begin, aligned.start(), words)
            if len(names) >= MIN_GOVERNMENTS:
                return names
        begin = end + 1
    return []


def _countries_in(text: str, begin: int, end: int, words: SignerWords) -> list[InlineName]:
    """Every country named in ``text[begin:end]``, the longest name at each word, left to
    right (linear: at most :data:`COUNTRY_WORDS` lookups a word)."""
    tokens = list(word_tokens(text[begin:end]))
    names: list[InlineName] = []
    k = 0
    while k < len(tokens):
        found = 0
        if tokens[k].group(0)[:1].isupper():
            found = _country_words(text, begin, tokens, k, len(tokens) - k, words)
        if found:
            a, b = begin + tokens[k].start(), begin + tokens[k + found - 1].end()
            names.append(_government(a, b))
        k += found or 1
    return names
