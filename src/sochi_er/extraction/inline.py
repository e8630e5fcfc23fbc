"""Inline signatory lists: "... the letter was signed by A, B, C and D." (a fallback).

:func:`find_inline_list` looks in a block for a ``list`` cue phrase of the lexicon
("signed by", "firmata da", "endorsed by") and reads the names that follow it up to the
end of the sentence, split at commas and semicolons and at a final "and" ("e", "y",
"et", "und"...) between two capitalised names. It is a lower-confidence reading: every
name must carry organisation evidence and at least one must carry strong evidence
(:attr:`ItemReading.evidence`), else nothing is returned.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata

import attrs
from attrs import frozen

from sochi_er.extraction.cues import SPLITTING_ADVERB, CueLexicon, default_cues
from sochi_er.extraction.dates import find_dates
from sochi_er.extraction.items import BARE_HOST, ItemKind, ItemReading, read_item
from sochi_er.extraction.lexicons import SignerWords, default_signer_words, fold, word_tokens
from sochi_er.extraction.lines import FUNCTION_WORDS, PROSE_WORDS, non_organisation_reason

__all__ = [
    "InlineName",
    "find_authored_list",
    "find_enumerated_paragraph",
    "find_inline_list",
    "find_list_continuation",
    "find_prose_enumeration",
    "find_range_enumeration",
    "has_marks",
    "is_clause",
    "read_category_enumeration",
    "read_enumeration",
]

#: Fewest names an inline list needs.
MIN_NAMES = 2
#: Fewest names an enumeration in prose needs when no cue phrase introduces it.
MIN_PROSE_NAMES = 3
#: Share of an enumeration's pieces that must read as signers, and the most words a
#: piece may have (a sentence split at its commas has long pieces and few names).
MIN_ENUMERATION_SIGNERS = 0.8
MAX_PIECE_WORDS = 14
_LEAD = re.compile(
    r"[\s:,;]*(?:(?:also|anche|inoltre|aussi|tambi[eé]n|auch|ebenfalls)[\s,]+)?"
    r"(?:(?:among\s+others|inter\s+alia|(?:tra|fra)\s+gli\s+altri|entre\s+(?:autres|otros)"
    r"|unter\s+anderem)[\s,:]+)?"
    r"(?:(?:the|les|las|los|le|la|i|gli|die)\s+)?"
    r"(?:following|suivantes?|siguientes|seguenti|folgende[nr]?|seguintes)?"
    r"(?:\s+(?:organi[sz]ations?|groups|organisations|organizaciones|organizzazioni|"
    r"organisationen|organizações|institutions|entities))?\s*:?\s*"
    # "signed by the leaders of A, B and C": the persons who sign for them
    r"(?:(?:the\s+)?(?:leaders|heads|representatives|presidents|general\s+secretaries|"
    r"directors|chairs)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
_ARTICLE = re.compile(
    r"(?:(?:the|la|le|il|lo|el|die|der|das|dem|den|des|a|o)\s+|l['\u2019])"
    r"(?=[A-Z0-9\u00c0-\u00dd])"
)  # "the Example Forum", "l'Example Union" (also with a typographic apostrophe)
#: A few words between a list phrase and the colon that opens its names.
_TO_COLON = re.compile(r"(?:[^\W\d_]+['\u2019]?\s*){1,4}:\s")
#: ... or up to a colon after a body the signers join, named after a preposition:
#: "aderiscono all'Alleanza Esempio in Italia: A, B", "fanno parte del Tavolo Esempio:
#: A, B", "adhere to the Example Pact: A, B".
_TO_BODY_COLON = re.compile(
    r"(?i:al|all['\u2019]|alla|allo|ai|alle|agli|to\s+the|to|au|à\s+la|a\s+la|zum|zur"
    r"|del|dell['\u2019]|della|dello|dei|degli|delle|di|of\s+the|of|du|de\s+la|des|de|do|da"
    r"|dos|das)"
    r"\s*(?:[^\W\d_]+['\u2019]?\s*){1,7}:\s"
)
#: A web address written as a name ("example.org", "open-data.eu").
_DOMAIN = re.compile(BARE_HOST)
#: The end of a sentence after an inline list's cue: a full stop, "!" or "?" before a
#: new sentence or the end, or a line break ("Example Nu !" between names goes on); not
#: the full stop of an initial ("Comunità di S. Esempio"); a copyright line starts anew.
_SENTENCE_END = re.compile(
    r"(?:(?<!\b[A-Z])\.|[!?])(?=\s+(?:[\"'\u201c(]|\u00ab\s?)?[A-Z\u00c0-\u00dd\u00a9]|\s*$)"
    r"|[!?](?=\s+[a-z])|\n"
    r"|\.(?=\s+[\u0621-\u064a])"  # Arabic has no capitals: a full stop, then a word
)
#: A full stop, then a new sentence of at least three words.
_SENTENCE_AFTER = re.compile(r"(?<=\w{3})\.\s+[A-Z\u0621-\u064a]\w*(?:\s+\S+){2}")
#: Commas and semicolons, also the full-width ones of Chinese and Japanese.
_COMMAS = "[,;\uff0c\u3001\uff1b\u060c\u061b]"  # and the Arabic comma and semicolon
#: The "and" of the languages read, after an enumeration's last comma.
_COMMA_AND = "and|e|y|et|und|en|ve|&"
#: A comma and the "and" that may follow it.
_SPLIT = re.compile(rf"\s*{_COMMAS}\s*(?:(?:{_COMMA_AND})\s+)?")
#: A comma or semicolon (the Arabic and CJK ones too).
_COMMA_SPLIT = re.compile(_COMMAS)
#: Separators of an enumeration written without commas: spaced slashes, bullets, bars,
#: asterisks between spaces (a letterhead's "A * B * C").
_MARKS = re.compile(
    r"\s+(?://|[/\u00b7\u2022|])\s*|\s*(?://|[/\u00b7\u2022|])\s+|\s+\*\s+(?=\S)|\u2022"
)
#: "and many others", "e molti altri", "etc." closing an enumeration: not a name.
_AND_OTHERS = re.compile(
    r"(?:\s*,)?\s+(?:and|e|y|et|und|ed)\s+(?:many\s+|molti\s+|molte\s+|tanti\s+|tante\s+"
    r"|muchos\s+|muchas\s+|bien\s+d'|de\s+nombreux\s+|viele\s+|several\s+|numerous\s+"
    r"|(?:hundreds|thousands|dozens|scores)\s+)?"
    r"(?:others|more|altri|altre|ancora|m[aá]s|otros|otras|autres|andere|weitere)\s*[.!]?\s*$"
    r"|(?:\s*,)?\s*(?:etc|ecc|usw)\.?\s*$"
    # "..., A and B, among others.", "entre autres", "tra gli altri", "unter anderem"
    r"|(?:\s*,)?\s*(?:among\s+others|inter\s+alia|unter\s+anderem|entre\s+(?:autres|otros|"
    r"otras|outros|outras|d['\u2019]altres)|(?:tra|fra)\s+(?:gli\s+altri|le\s+altre))"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)
#: Spaced dashes, the separators of "A - B - C - D" when the block has no commas, or has
#: ``DASHES_OVER_COMMAS`` times fewer commas than dashes (commas inside the pieces).
DASHES_OVER_COMMAS = 2
_DASHED = re.compile(r"\s+[-\u2013\u2014]\s+")
#: A spaced dash, then a clause in lower case: the end of a list set off by dashes.
_DASHED_CLAUSE = re.compile(r"\s+[-\u2013\u2014]\s+(?=[a-z\u00df-\u00ff]+\s+[a-z])")
#: The end of a sentence in prose: "?" inside a name ("Are You Syrious? (AYS)") is not.
_PROSE_SENTENCE_END = re.compile(
    r"(?:(?<!\b[A-Z])\.|[!?])(?=\s+[\"'\u201c\u00ab(]?[A-Z\u00c0-\u00dd]|[ \t]*\n|\s*$)"
    r"|\.(?=[ \t]*\n|\s*$)|\n\s*\n"
)
_ELISION = re.compile(r"(?:[a-z]{1,4})['\u2019]", re.IGNORECASE)
_ACRONYM_THEN_EXPANSION = re.compile(r"[A-Z][A-Z0-9&.-]{1,10}\s*\([^()]{8,}\)$")
_ENDS_WITH_ACRONYM = re.compile(r"\\?\(\s*[A-Z][\w .&-]{0,20}\\?\)$")
#: Words that give examples right before an enumeration: its names are not the signers.
_EXAMPLES = re.compile(
    r"\b(?:such\s+as|like|e\.g\.|for\s+example|for\s+instance|come|comme|como|wie|zoals|"
    r"tra\s+cui|entre\s+ellas|entre\s+otras|dont|darunter)\s*:?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
#: How many words before an enumeration "such as" and its kin are looked for (the
#: longest, "for instance the", has three).
_EXAMPLES_WORDS = 4
#: Only closing punctuation after an enumeration: the sentence is the enumeration.
_ONLY_PUNCTUATION = re.compile(r"[ .;:\\]*")
_COMMA = re.compile(rf"\s*{_COMMAS}\s*")
#: "and" between two names, in several languages (the first one of a piece is taken).
_AND = re.compile(
    r"\s+(?:and|e|y|et|und|en|ve|oraz|i|og|och|a|dan|și|si|és|ja|mais\s+aussi|but\s+also"
    r"|ma\s+anche|as\s+well\s+as|así\s+como|sowie|bem\s+como)\s+"
    r"(?=(?:(?:the|dem|den|der|die|das|la|le|les|el|los|las|il|lo)\s+)?[A-Z\u00c0-\u00dd])"
)


@frozen
class InlineName:
    """One name of an inline list: ``text[start:end]`` of the block text, and its reading
    (offsets relative to the name)."""

    start: int
    end: int
    reading: ItemReading


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """*text* case folded with accents removed, and for each folded character the index
    of the character of *text* it came from (one pass)."""
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        for part in unicodedata.normalize("NFKD", ch.casefold()):
            if not unicodedata.combining(part):
                out.append(part)
                where.append(index)
    where.append(len(text))
    return "".join(out), where


def _without_splitting_adverbs(folded: str, where: list[int]) -> tuple[str, list[int]]:
    """*folded* and its offsets without the adverbs that split a list phrase ("hanno
    gia aderito": ``cues.SPLITTING_ADVERB``)."""
    if SPLITTING_ADVERB.search(folded) is None:
        return folded, where
    kept_text: list[str] = []
    kept_where: list[int] = []
    at = 0
    for match in SPLITTING_ADVERB.finditer(folded):
        kept_text.append(folded[at : match.start()])
        kept_where += where[at : match.start()]
        at = match.end()
    kept_text.append(folded[at:])
    kept_where += where[at:]
    return "".join(kept_text), kept_where


def _list_phrase_ends(text: str, lexicon: CueLexicon | None = None) -> list[int]:
    """Where each list phrase of *text* ends ("signed by", "hanno gia aderito"), as offsets
    into *text*, in order."""
    folded, where = _without_splitting_adverbs(*_fold_with_offsets(text))
    return [where[m.end()] for m in (lexicon or default_cues()).list_phrases().finditer(folded)]


def find_inline_list(text: str, lexicon: CueLexicon | None = None) -> list[InlineName]:
    """The names of the first inline list in *text*, or ``[]`` (see the module doc): after
    a list phrase ("signed by"), after a count of signers and a colon ("un documento
    stilato da 13 associazioni: A, B, ..."), or in a byline that opens the text ("Por A,
    B, C y D")."""
    starts = _list_phrase_ends(text, lexicon)
    starts += _counted_list_starts(text)
    words = default_signer_words()
    starts += [m.end() for m in _AMONG_THE.finditer(text) if words.has("collective", m["noun"])]
    included = set(_include_starts(text))
    starts += included
    byline = _BYLINE.match(text)
    if byline is not None:
        starts.append(byline.end())
    for start in sorted(starts):
        names = _list_from(text, start, whole=start in included)
        if names:
            return names
    return []


#: A piece of a "from A to B" enumeration: "da Rete Esempio alle Acli", "from EXA to
#: Example Aid", "de la CGT à FO", "desde A hasta B".
_RANGE_PIECE = re.compile(
    r"\s*(?:(?i:e|and|et|y)\s+)?"
    r"(?i:dall['\u2019]|dallo|dalla|dalle|dagli|dal|dai|da|from|desde|des|de|du)\s*"
    r"(?P<a>[A-Z\u00c0-\u00dd][^,;:]*?)\s+"
    r"(?:all['\u2019]|allo|alla|alle|agli|al|ai|ad|a\s+la|aux|au|a|to|\u00e0|hasta)\s*"
    r"(?P<b>[A-Z\u00c0-\u00dd][^,;:]*?)\s*(?::[^,;]*)?[.!]?\s*"
)
#: Fewest "from A to B" pieces of a sentence read as an enumeration.
MIN_RANGE_PIECES = 2


def find_range_enumeration(text: str) -> list[InlineName]:
    """The names of a sentence of *text* that opens with "from A to B" pieces ("Da Rete
    Esempio alle Acli, da Pax Example a Emergency, da Libera a Un ponte per."), or
    ``[]``: at least :data:`MIN_RANGE_PIECES` pieces, every name capitalised and none a
    place, and one name an organisation by its words or a collective noun in the text
    ("associazioni, Ong e gruppi")."""
    words = default_signer_words()
    collective = any(words.has("collective", t.group(0)) for t in word_tokens(text))
    begin = 0
    stops = [(m.start() + 1, m.end()) for m in _PROSE_SENTENCE_END.finditer(text)]
    for end, after in [*stops, (len(text), len(text))]:
        spans: list[tuple[int, int]] = []
        pieces = _between(text, begin, end, _COMMA)
        for a, b in pieces:  # the pieces that open the sentence ("..., the groups agree")
            piece = _RANGE_PIECE.fullmatch(text, a, b)
            if piece is None:
                break
            spans += [piece.span("a"), piece.span("b")]
        begin = after
        if len(spans) < 2 * MIN_RANGE_PIECES:
            continue
        names = _read_spans(text, spans, articles=True)
        if any(_place_name(text[n.start : n.end]) for n in names):
            continue
        if collective or any(n.reading.evidence >= 2 for n in names):
            return [attrs.evolve(n, reading=_as_named(text, n)) for n in names]
    return []


def _long_name(text: str, name: InlineName) -> bool:
    """Whether a long piece of an enumeration opens with a capitalised organisation word
    ("Comitato per il Ritiro ...", "Coordinamento ..."): a long name, not a sentence."""
    words = default_signer_words()
    first = text[name.start : name.end].split()[0]
    return first[:1].isupper() and words.has("org", first)


def _as_named(text: str, name: InlineName) -> ItemReading:
    """An enumeration's piece as an organisation's name, whatever its words say."""
    if name.reading.kind is ItemKind.ORGANISATION:
        return name.reading
    core = text[name.start : name.end].strip()
    at = text[name.start : name.end].index(core)
    return ItemReading(ItemKind.ORGANISATION, at, at + len(core), evidence=1)


def find_authored_list(text: str) -> list[InlineName]:
    """The names after a statement word and a preposition of author or agent in *text*,
    or ``[]``: "L'appello di Anpi, Arci, Cgil e Libera", "the letter of A, B and C",
    "indetta da A, B, C" (:data:`MIN_AUTHORED_NAMES` or more, none a place: "il
    comunicato di Roma, Milano e Napoli"). The sentence says whose statement it is, so a
    short name needs no organisation word; the weakest of the inline readings."""
    for start in _statement_by_starts(text):
        names = _list_from(text, start, whole=False, vouched=True)
        if names and any(w[:1].islower() for w in text[names[-1].start : names[-1].end].split()):
            # "..., Example Union and EXA was sent": the names, then the clause
            last = _leading_names(text, names[-1].start, names[-1].end)
            names[-1:] = _read_spans(text, last, articles=True)
        if len(names) >= MIN_AUTHORED_NAMES and not any(
            _place_name(text[n.start : n.end]) for n in names
        ):
            return names
    return []


#: Fewest names after a statement word and its author's preposition ("L'appello di A,
#: B, C e D"): two are as often a pair of persons or places.
MIN_AUTHORED_NAMES = 3


def _place_name(piece: str) -> bool:
    """Whether *piece* is a city's or a country's name."""
    words = default_signer_words()
    core = piece.strip()
    return words.is_city(core) or words.is_country(core)


def _statement_by_starts(text: str) -> list[int]:
    """Where names start after a statement word and a preposition of author or agent
    ("L'appello di A, B", "the letter of A, B", "indetta da A, B", "Aufruf von A, B"),
    or its authors described and a colon ("promossa dalle reti per la pace: A, B"): the
    sentence says whose statement it is, so short names need no organisation word."""
    words = default_signer_words()
    starts: list[int] = []
    for token in word_tokens(text):
        word = token.group(0)
        elided = _ELISION.match(word)  # "L'appello"
        if words.has("statement", word[elided.end() :] if elided else word):
            by = _STATEMENT_BY.match(text, token.end()) or _STATEMENT_BY_COLON.match(
                text, token.end()
            )
            if by is not None:
                starts.append(by.end())
    return starts


def find_list_continuation(text: str) -> list[InlineName]:
    """The names of a paragraph that goes on with the inline list of the paragraph before
    it, or ``[]``: it opens, within its first words, with an include verb or a copula
    ("They also include A, B", "Others are A, B and C", "Altri sono A, B")."""
    words = default_signer_words()
    back = False  # a word that points back to the list before ("They", "Others", "also")
    for k, token in enumerate(word_tokens(text)):
        word = token.group(0)
        if k >= CONTINUATION_WORDS:
            break
        if back and (words.has("include", word) or word.casefold() in _COPULAS):
            return _list_from(text, token.end(), whole=True)
        if word.casefold() in _BACK:
            back = True
        elif not words.has("collective", word):
            break  # "Our steering committee includes": a new subject, not the signers
    return []


#: Words before the verb of a paragraph that goes on with a list ("They also include").
CONTINUATION_WORDS = 4
#: Words that point back to the list before them, before a continuation's verb.
_BACK = frozenset(
    "they them these those others other also the rest remaining further more "  # noqa: SIM905
    "altri altre inoltre anche ils elles autres aussi également otros otras también "
    "sie andere weitere auch ebenfalls outros outras também eles".split()
)
#: The copula of "The 26 groups are A, B, ...", "I firmatari sono A, B".
_COPULAS = frozenset("are were sono sont son sind zijn são".split())  # noqa: SIM905


def _list_from(
    text: str, start: int, *, whole: bool, vouched: bool | None = None
) -> list[InlineName]:
    """The names of an inline list whose phrase ends at *start*, or ``[]``: up to the
    end of the sentence or "and others", split at its marks or commas, the names before
    a clause ("signed by A, B and C, notes that ..."); when *whole* (after an include
    verb), a lower-case piece that reads as a name does not end them. *vouched* (by
    default *whole*): the words before say the pieces are signers, so none needs
    organisation evidence of its own; so does a colon right after the phrase."""
    lead = _LEAD.match(text, start)
    begin = lead.end() if lead else start
    if vouched is None:  # "promossa da: A, B": a colon after the phrase vouches too
        vouched = whole or (lead is not None and ":" in lead.group(0))
    colon = _TO_COLON.match(text, begin)
    if colon is not None and colon.group(0).islower():  # "hanno sottoscritto la lettera: A"
        begin = colon.end()
    elif (body := _TO_BODY_COLON.match(text, begin)) is not None:
        begin, vouched = body.end(), True  # "aderiscono all'Alleanza Esempio: A, B"
    end, after_stop = _sentence_from(text, begin)
    opened = text.rfind("(", max(0, begin - _BRACKET_REACH), begin)
    if opened >= 0 and _BRACKET_LEAD.fullmatch(text, opened, begin):  # "(tra cui A, B)"
        close = text.find(")", begin, end)
        if close >= 0:
            end, after_stop = close, None
    others = _AND_OTHERS.search(text, begin, end)
    end = others.start() if others is not None else end
    names = _clause_cut(text, [_bracketed_name(text, n) for n in _separated(text, begin, end)])
    if not _confident(names, text, vouched=vouched):
        # "signed by A, B and C, notes that, following ...": the names, then its verb
        # (after an include verb, only a piece that is no name ends them: "well:fair")
        names = _names_before_clause(text, names, named=whole)
    elif others is None and after_stop is not None:
        names += _names_run_on(text, after_stop)
    return names if len(names) >= MIN_NAMES and _confident(names, text, vouched=vouched) else []


#: Characters looked back from an inline list's start for a bracket that opens it, and
#: what may stand between them: the list's phrase ("(tra cui ", "(including: ").
_BRACKET_REACH = 20
_BRACKET_LEAD = re.compile(r"\(\s*(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*:?\s*")
#: Lower-case words (not function words) after the leading name of a piece, and words
#: in all, that make the rest a clause ("hanno indirizzato una lettera al presidente").
CLAUSE_WORDS = 3
CLAUSE_LENGTH = 5


def _clause_cut(text: str, names: list[InlineName]) -> list[InlineName]:
    """*names* up to the first piece after the first that goes on into a clause ("...,
    Forum Example e Italia Example hanno indirizzato una lettera al presidente"): its
    leading "A and B" (or the last piece's leading name) ends them. Names in sentence
    case ("Ente nazionale protezione animali") stand mid enumeration, not closing it."""
    for k, name in enumerate(names[1:], 1):
        lead = _leading_names(text, name.start, name.end)
        if not lead or (len(lead) < 2 and k < len(names) - 1):
            continue  # a clause goes on from the closing "A and B", or from the last piece
        rest = text[lead[-1][1] : name.end].split()
        if len(rest) >= CLAUSE_LENGTH and sum(
            w[:1].islower() and w.casefold() not in FUNCTION_WORDS for w in rest
        ) >= CLAUSE_WORDS:  # "... e Movimento non violento sardo": a name goes on
            return names[:k] + _read_spans(text, lead, articles=True)
    return names


#: Abbreviated words of organisations' names and titles that end with a full stop
#: ("Ass. Example", "Soc. Coop.", "Int. Example Union", "St. Example"), case folded.
_ABBREVIATIONS = frozenset(
    "ass assoc associaz soc coop fed naz int ist univ dott prof sig sr jr st dr mr mrs ms "  # noqa: SIM905
    "inc ltd co corp dept org cie ste ag ev mgr rev fr sen rep gov".split()
)


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the word that ends at the full stop *stop* is an abbreviation."""
    start = stop
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:stop].casefold() in _ABBREVIATIONS


def _sentence_from(text: str, begin: int) -> tuple[int, int | None]:
    """Where the sentence from *begin* ends (:data:`_SENTENCE_END`, not at an
    abbreviation's full stop), and where the text goes on after it when a full stop ended
    it (``None`` for another end)."""
    for end_match in _SENTENCE_END.finditer(text, begin):
        at = end_match.start()
        if text[at] == "." and _abbreviation_before(text, at):
            continue  # "Ass. Esempio", "Soc. Coop. Example": an abbreviation in a name
        return at, end_match.end() if text[at] == "." else None
    return len(text), None


def _names_run_on(text: str, begin: int) -> list[InlineName]:
    """The names of the sentences from *begin* that are nothing but an enumeration of
    names (after a list phrase, if one stands in it), one after the other: a list a stray
    full stop cut ("..., British Example. Coalition Against Example, Campaign to Close
    Example, ... and Example Association.")."""
    names: list[InlineName] = []
    after_stop: int | None = begin
    while after_stop is not None and after_stop < len(text):
        end, next_stop = _sentence_from(text, after_stop)
        # a sentence that names more signers after a list phrase of its own ("The
        # statement was also signed by C, D."): the names after the phrase
        more = _separated(text, _after_list_phrase(text, after_stop, end), end)
        if (
            len(more) < MIN_NAMES
            or not _confident(more, text)
            or any(len(text[n.start : n.end].split()) > MAX_PIECE_WORDS for n in more)
        ):
            break
        names += more
        after_stop = next_stop
    return names


def _names_before_clause(
    text: str, names: list[InlineName], *, named: bool = False
) -> list[InlineName]:
    """The pieces before the first that opens a clause in lower case ("notes that"),
    the piece before it read for "A and B"; all of *names* if none does. When *named*,
    a piece in lower case that reads as an organisation ("well:fair") is no clause."""
    cut = next(
        (
            k
            for k, n in enumerate(names)
            if k
            and text[n.start : n.end].strip()[:1].islower()
            and not (named and n.reading.kind is ItemKind.ORGANISATION)
        ),
        None,
    )
    if cut is None:
        return names
    last = names[cut - 1]
    both = _leading_names(text, last.start, last.end)
    return names[: cut - 1] + (_read_spans(text, both, articles=True) if both else [last])


#: A long inline list may hold one piece in this many that does not read as a name.
ODD_IN_TEN = 10
#: A count of signers right before a colon: "13 associazioni:", "44 organisations :".
#: Words a count of signers may be followed by before its colon ("24 organisations
#: behind the network: A // B // C").
COUNTED_CLAUSE_WORDS = 6
_COUNTED = re.compile(
    r"(?:\b\d{1,4}|(?i:\b(?:many|several|numerous|various|tante|tanti|molte|molti|diverse"
    r"|diversi|numerose|numerosi|varie|vari|nombreuses|nombreux|plusieurs|muchas|muchos"
    r"|varias|varios|numerosas|numerosos|viele|zahlreiche|mehrere)))"
    r"\s+(?:\S+\s+){0,2}?(?P<noun>[^\W\d_][\w'\u2019-]*)"
    rf"(?:\s+[^\s:.;]+){{0,{COUNTED_CLAUSE_WORDS}}}?\s*:\s"
)
#: "Among the (more than) 130 signatories(,| are) A, B": a sentence that opens naming its
#: signers as a share of all (the noun must be a collective noun of signers).
_AMONG_THE = re.compile(
    r"(?:^|(?<=[.!?:\n]))\s*(?i:among|tra|fra|entre|parmi|unter)\s+"
    r"(?i:the|i|gli|le|los|las|les|os|as|den)\s+"
    r"(?:(?i:more\s+than|over|oltre|pi[uù]\s+di|m[aá]s\s+de|plus\s+de|mais\s+de|[uü]ber)\s+)?"
    r"(?:\d[\d.,]*\s+)?(?P<noun>[^\W\d_][\w'\u2019-]*)"
    r"(?:\s+(?i:pervenut[ei]|ricevut[ei]|giunt[ei]|received|recibid[ao]s|re[cç]ue?s))?"
    r"\s*(?:[,:]|\s(?i:are|were|include|sono|figurano|ci\s+sono|son|sont|figurent|sind)\b:?)\s*"
)
#: A byline that opens a text: "By A, B and C", "Por A, B y C", "Von A, B und C".
_BYLINE = re.compile(
    r"\s*(?:by|from|por|par|von|di|door|de)\s+(?=[A-Z\u00c0-\u00dd])", re.IGNORECASE
)


def _counted_list_starts(text: str) -> list[int]:
    """Where names start after each count of signers and a colon in *text*."""
    words = default_signer_words()
    return [m.end() for m in _COUNTED.finditer(text) if words.has("collective", m["noun"])]


def _announces(text: str, at: int) -> bool:
    """Whether the words at *at* announce names: a colon, "also", "among others", "the
    following" (what :data:`_LEAD` reads), not a name right away."""
    lead = _LEAD.match(text, at)
    said = lead.group(0) if lead else ""
    return ":" in said or any(ch.isalpha() for ch in said)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at *at* opens a sentence: only spaces (or tabs) stand before it
    since the start of the text, a line break or a stop ("." "!" "?" ":")."""
    before = text[max(0, at - _LOOK_BACK) : at].rstrip(" \t")
    return not before or before[-1] in ".!?:\n"


#: A preposition of author or agent right after a statement word, then a capitalised
#: name: "appello di Anpi, ...", "letter of A, B", "indetta da A, B", "Aufruf von A, B".
_AUTHORED_BY = (
    r"(?:of|by|from|di|da|de|des|du|del|della|dello|dei|degli|delle|dal|dallo|dalla|dai"
    r"|dagli|dalle|von|der|door|van|do|dos|das|dels)"
)
_STATEMENT_BY = re.compile(
    r"\s+(?:[a-z\u00df-\u00ff]+\s+)?"  # "lettera aperta di", "nota congiunta di"
    rf"{_AUTHORED_BY}\s+(?=[A-Z\u00c0-\u00dd])"
)
#: ... or the authors described, then a colon: "promossa dalle principali reti del
#: movimento per la pace: A, B, C".
_STATEMENT_BY_COLON = re.compile(
    rf"\s+{_AUTHORED_BY}\s+[^.:;!?\n]{{1,80}}?:\s+(?=[A-Z\u00c0-\u00dd#])"
)
#: A full stop with no space after it between a lower-case word and a capitalised one.
_GLUED_STOP = re.compile(r"(?<=[a-z\u00df-\u00ff]{2})\.(?=[A-Z\u00c0-\u00dd][^\W\d_])")
#: Characters looked at before a word for where its sentence opens.
_LOOK_BACK = 40
#: Two words that say "including" ("associazioni tra cui A, B", "groups, among them A").
_INCLUDE_PAIRS = frozenset(
    {("tra", "cui"), ("fra", "cui"), ("among", "them"), ("entre", "ellas"), ("entre", "ellos"),
     ("parmi", "lesquelles"), ("parmi", "lesquels"), ("entre", "elas"), ("entre", "eles")}
)  # fmt: skip
#: Between a collective noun and its relative "tra cui": a few words, a comma or bracket.
_PAIR_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*[,(]?\s*[^\W\d_]+\s+")
#: What stands between a sentence's subject and its verb only when the verb is not its
#: own: a comma, a stop ("groups sent a letter to the banks, including the Example Bank").
_SUBJECT_BREAK = re.compile(r"[,;:.!?()]|(?:\S+\s+){4}")


def _include_starts(text: str) -> list[int]:
    """Where names start after a verb whose subject says they are signers: an *include*
    verb at most four words after a statement word or a collective noun, with no comma
    or stop between them ("Those signing the letter include", "Organisations who
    supported the statement include;", "Signatories including"); a copula right after a
    collective noun that is its sentence's subject ("The 26 groups are A, B"); a
    statement verb that opens its sentence, then a colon, "also" or "among others"
    ("Aderiscono anche, tra gli altri, A, B", "Firman: A")."""
    words = default_signer_words()
    # a full stop glued to the next sentence ("dintorni.ADERISCONO: A, B", web text that
    # lost its space) ends it all the same: read as a line break, offsets kept
    text = _GLUED_STOP.sub("\n", text)
    starts: list[int] = []
    said = -1  # end of the last statement word or collective noun
    group = -2  # end of the word before, when it is a collective noun that is a subject
    opened = 0  # words since the sentence opened, -1 after a preposition ("Among its")
    previous = ""
    for token in word_tokens(text):
        word = token.group(0)
        if _opens_sentence(text, token.start()):
            opened = 0
        pair = (previous, word.casefold()) in _INCLUDE_PAIRS
        includes = (
            words.has("include", word)
            or pair
            or (word.casefold() == "dont" and words.has("collective", previous))
        )  # "400 associations dont A, B"
        after_subject = (
            said >= 0 and includes and not _SUBJECT_BREAK.search(text, said, token.start())
        ) or (group == token.start() - 1 and word.casefold() in _COPULAS)
        # "associazioni e comitati, tra cui A, B", "associazioni (tra cui A, B)": a
        # relative pair may follow a comma or a bracket after its collective noun
        after_subject = after_subject or (
            pair and said >= 0 and _PAIR_AFTER.fullmatch(text, said, token.start()) is not None
        )
        opening = opened == 0 and words.has("statement", word) and _announces(text, token.end())
        if after_subject or opening:
            starts.append(token.end())
        if words.has("statement", word) or words.has("collective", word):
            said = token.end()
        subject = 0 <= opened < SUBJECT_LEAD_WORDS and words.has("collective", word)
        group = token.end() if subject else -2
        if opened >= 0:
            opened = -1 if word.casefold() in _PREPOSITIONS else opened + 1
        previous = word.casefold()
    return starts


def read_enumeration(text: str) -> list[InlineName]:
    """The names of *text* when the whole block is an enumeration that stands under a
    cue ("Organisations:" then "Example Network, Example Union, ... and Example
    Forum."), else ``[]``: at least ``MIN_NAMES`` pieces, none longer than
    ``MAX_PIECE_WORDS`` words, and ``MIN_ENUMERATION_SIGNERS`` of them signers
    (organisations or persons)."""
    end = len(text.rstrip().rstrip("."))
    others = _AND_OTHERS.search(text, 0, end)
    if others is not None:  # "..., Example Forum and many others."
        end = others.start()
    begin = len(text) - len(text.lstrip())
    lines = _semicolon_lines(text, begin, end)
    if lines:
        return lines
    names = _sentence_breaks(text, _separated(text, begin, end))
    if names and (
        names[-1].reading.kind is ItemKind.NOT_SIGNATORY
        or len(text[names[-1].start : names[-1].end].split()) > MAX_PIECE_WORDS
    ):
        # "..., Example Network and many others have joined.": the name, then a clause
        last = _leading_names(text, names[-1].start, names[-1].end)
        names[-1:] = _read_spans(text, last, articles=True)
    names = [_domain_named(text, n) for n in names]
    names = _codes_among_acronyms(text, names)
    if _separator(text, begin, end) is not None:  # between dashes or marks, a capitalised
        names = [  # piece with lower-case words is a name ("Action des chrétiens pour ...")
            attrs.evolve(n, reading=_as_named(text, n))
            if n.reading.reason == "prose sentence" and _named_capitalised(text, n)
            else n
            for n in names
        ]
    long = [k for k, n in enumerate(names) if len(text[n.start : n.end].split()) > MAX_PIECE_WORDS]
    if long and 0 < len(long) <= len(names) // ODD_IN_TEN and all(
        0 < k < len(names) - 1 and _long_name(text, names[k]) for k in long
    ):  # "...; Comitato per il Ritiro di ogni Autonomia Differenziata per ...; ...": one
        for k in long:  # long name among many is a committee's name, not prose
            names[k] = attrs.evolve(names[k], reading=_as_named(text, names[k]))
        long = []
    if (
        len(names) < MIN_NAMES
        or long
        # "The letter was signed by A, B"; a name with lower-case words between dashes or
        # marks is a name ("Action des chrétiens pour l'abolition de la torture - B - C")
        or (
            names[0].reading.reason == "prose sentence"
            and _separator(text, begin, end) is None
        )
    ):
        return []
    signers = sum(n.reading.kind in (ItemKind.ORGANISATION, ItemKind.PERSON) for n in names)
    return names if signers >= MIN_ENUMERATION_SIGNERS * len(names) else []


def _semicolon_lines(text: str, begin: int, end: int) -> list[InlineName]:
    """The signatory lines of ``text[begin:end]`` when semicolons separate them and
    commas stand inside them ("Jane Roe, professor, Example University, UK; Example
    Platform; John Doe, Example Campaign; ..."), each read as a list's line; else
    ``[]`` (fewer than ``MIN_SEMICOLON_LINES`` lines, a line longer than
    ``MAX_ITEM_WORDS`` words, or too few signers)."""
    semicolons = text.count(";", begin, end)
    if semicolons < MIN_SEMICOLON_LINES - 1 or text.count(",", begin, end) <= semicolons:
        return []
    names: list[InlineName] = []
    for start, stop in _between(text, begin, end, _SEMICOLON):
        piece = text[start:stop]
        if len(piece.split()) > MAX_ITEM_WORDS:
            return []
        names.append(InlineName(start, stop, read_item(piece, in_list=True)))
    signers = sum(n.reading.kind in (ItemKind.ORGANISATION, ItemKind.PERSON) for n in names)
    if signers < MIN_ENUMERATION_SIGNERS * len(names):
        return []
    return names


#: Fewest semicolon-separated lines read so ("A, B, C ; D, ..." is a list of names
#: whose last part a semicolon set off, not lines).
MIN_SEMICOLON_LINES = 4
#: A semicolon between two lines of an enumeration, with its spaces.
_SEMICOLON = re.compile(r"\s*;\s*")
#: Most words of one line of a semicolon enumeration ("Jane Roe, professor of X, Example
#: University, Country").
MAX_ITEM_WORDS = 25


def _separated(text: str, begin: int, end: int) -> list[InlineName]:
    """The names of ``text[begin:end]`` split at its marks ("A / B / C", "A · B · C"),
    at spaced dashes when it has no commas or far fewer ("A - B - Jane Roe, Example
    Union - C - D"), else at its commas."""
    separator = _separator(text, begin, end)
    if separator is not None:
        return _pieces(text, begin, end, separator)
    return _split(text, begin, end)


def _separator(text: str, begin: int, end: int) -> re.Pattern[str] | None:
    """The marks ``text[begin:end]`` is split at when they are not commas: marks ("A / B
    / C"), or spaced dashes when commas are few (see :func:`_separated`)."""
    if len(_MARKS.findall(text, begin, end)) >= MIN_NAMES:
        return _MARKS
    dashes, commas = len(_DASHED.findall(text, begin, end)), text.count(",", begin, end)
    if dashes >= 3 and (commas < 2 or dashes >= DASHES_OVER_COMMAS * commas):
        return _DASHED
    return None


def _sentence_breaks(text: str, names: list[InlineName]) -> list[InlineName]:
    """*names* with each piece that holds a sentence break cut at it: the name before
    the full stop is kept; a new sentence that ends with a name ("Also joined Example
    Party") goes on with that name, one that does not ("The union took part, ...")
    ends the enumeration."""
    kept: list[InlineName] = []
    for name in names:
        stop = _SENTENCE_AFTER.search(text, name.start, name.end)
        if stop is not None and not is_clause(text[stop.start() + 1 : name.end]):
            stop = None  # "Ass. Example Union": an abbreviation in the name
        if stop is None:
            kept.append(name)
            continue
        spans = [(name.start, stop.start())]
        resume = _trailing_name_start(text, stop.start() + 1, name.end, default_signer_words())
        if resume is not None and text[stop.start() + 1 : resume].strip():
            spans.append((resume, name.end))
        kept += _read_spans(text, spans, articles=True)
        if len(spans) == 1:
            break
    return kept


def is_clause(text: str) -> bool:
    """Whether *text* reads as a clause: it holds a lower-case word that is not a
    function word ("Also joined Example Party", not "Example Friends in Italy")."""
    return any(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in text.split())


#: "Organizaciones agrarias: A, B", "Partidos políticos como A, B, C", "Unions such as
#: A and B": a kind of signer, then its members.
_CATEGORY = re.compile(
    r"^(?P<head>[^:()]{3,120}?)(?::|\s+(?:such as|including|like|como|tales como|incluyendo|"
    r"comme|dont|come|tra cui|wie|darunter|zoals|waaronder|incluindo))\s+(?=\S)",
    re.IGNORECASE,
)


def read_category_enumeration(
    text: str, words: SignerWords | None = None
) -> list[InlineName]:
    """The names of a list item that names a kind of signer and then its members
    ("Organizaciones ecologistas: Ecologistas en Acción, Amigos de la Tierra, CIMA",
    "Partidos políticos como IU, PCE, PCC"), else ``[]``: the head holds a plural
    collective noun ("organizaciones", "parties", "sindicatos") and the members read
    as an enumeration of organisations, each with some evidence or an acronym."""
    words = words or default_signer_words()
    head = _CATEGORY.match(text)
    if head is None:
        return []
    head_words = word_tokens(head["head"])
    collective = any(words.has("collective", t.group(0)) for t in head_words)
    # or a short label before a colon and many members ("Logement : CSF, DAL, CNL, ...")
    labelled = text[head.end("head") :].lstrip().startswith(":") and len(head_words) <= 3
    if not (collective or labelled):
        return []
    begin = head.end()
    names = read_enumeration(" " * begin + text[begin:])
    acronyms = [_ACRONYM_NAME.match(text[n.start : n.end]) is not None for n in names]
    strong = sum(n.reading.evidence >= 2 or a for n, a in zip(names, acronyms, strict=True))
    if not collective and (len(names) < MIN_LABELLED_MEMBERS or strong * 2 < len(names)):
        return []  # "Gender Equality: Citizenship, Work, and Family" is one name
    if not names or not all(
        n.reading.kind is ItemKind.ORGANISATION and (n.reading.evidence >= 1 or a)
        for n, a in zip(names, acronyms, strict=True)
    ):
        return []
    return names


#: Members a short label before a colon needs to be read as a kind of signer.
MIN_LABELLED_MEMBERS = 3
_ACRONYM_NAME = re.compile(r"^[A-Z][A-Z0-9&\-]{1,11}$")


def _codes_among_acronyms(text: str, names: list[InlineName]) -> list[InlineName]:
    """In an enumeration of acronyms ("LDH, MRAP, NPA, PCF, PG"), a two- or three-letter
    code read as a country ("PG", "CH") is one more acronym, not a place."""
    codes = [
        bool(_ACRONYM_NAME.match(text[n.start : n.end].strip())) for n in names
    ]
    if sum(codes) * 2 < len(names) or len(names) < MIN_PROSE_NAMES:
        return names
    return [
        InlineName(n.start, n.end, ItemReading(ItemKind.ORGANISATION, n.reading.start,
                                               n.reading.end, evidence=2))
        if n.reading.kind is ItemKind.SECTION and code and n.end - n.start <= 3
        else n
        for n, code in zip(names, codes, strict=True)
    ]  # fmt: skip


def _pieces(text: str, begin: int, end: int, separator: re.Pattern[str]) -> list[InlineName]:
    """The names between the *separator* marks of ``text[begin:end]``."""
    return _read_spans(text, _between(text, begin, end, separator), articles=False)


#: Longest parenthesis, in characters, whose inner separators do not cut a list.
_PAREN_REACH = 100


def _between(
    text: str, begin: int, end: int, separator: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The spans of ``text[begin:end]`` between the *separator* marks (blank ones too).
    A mark inside a short parenthesis is not a cut ("Jane Roe (Example Forum, Springfield),
    John Doe"); a parenthesis still open after ``_PAREN_REACH`` characters is no bracket."""
    spans: list[tuple[int, int]] = []
    cut = begin
    opened = -1  # where the parenthesis around the scan position opened, if any
    seen = begin
    for mark in separator.finditer(text, begin, end):
        close = text.rfind(")", seen, mark.start())
        open_ = text.rfind("(", seen, mark.start())
        if open_ > close:
            opened = open_
        elif close >= 0:
            opened = -1
        seen = mark.start()
        if (
            opened >= 0
            and mark.start() - opened <= _PAREN_REACH
            and text.find(")", mark.end(), min(end, opened + _PAREN_REACH)) >= 0
        ):
            continue  # inside "(...)": part of the name
        spans.append((cut, mark.start()))
        cut = mark.end()
    spans.append((cut, end))
    return spans


def _split(text: str, begin: int, end: int) -> list[InlineName]:
    pieces = _between(text, begin, end, _SPLIT)  # each mark holds a comma: never empty
    if pieces:  # "A, B and C": the last piece holds two names, split at its first
        # "and" ("UGT y Justicia y Paz", "KESK ve Türk Mühendis ve Mimar Odalari")
        start, stop = pieces.pop()
        clause = _DASHED_CLAUSE.search(text, start, stop)
        if clause is not None:  # "..., A e B - la compagine chiede ...": the list is over
            stop = clause.start()
        first_and = _AND.search(text, start, stop)
        while first_and is not None:
            pieces.append((start, first_and.start()))
            start = first_and.end()
            if read_item(text[start:stop]).reason != "prose sentence":
                break  # "A y Justicia y Paz": one name after the first "and"
            first_and = _AND.search(text, start, stop)  # "C e D unitariamente e la E"
        pieces.append((start, stop))
    return _read_spans(text, _after_acronyms(text, _purposes_joined(text, pieces)), articles=True)


#: A piece that opens with one of these in lower case goes on from the name before it:
#: "Arezzo 2020, per cambiare a sinistra", "Example Lab, for open data".
_PURPOSE = re.compile(r"(?:per|for|pour|para|pra|fur|für)\s+[a-z]")


def _purposes_joined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*pieces* with each one that opens with a preposition of purpose in lower case
    (:data:`_PURPOSE`) joined to the piece before it: one name with a comma."""
    out: list[tuple[int, int]] = []
    for start, stop in pieces:
        if out and _PURPOSE.match(text, start, stop):
            out[-1] = (out[-1][0], stop)
        else:
            out.append((start, stop))
    return out


#: An "and" right after a name's acronym in brackets: "Example Forum (EXF) and Example
#: Union" are two names wherever they stand in the enumeration.
_ACRONYM_AND = re.compile(
    r"(?<=\))\s+(?:and|e|y|et|und)\s+(?=(?:(?:the|la|le|il|el|die|der)\s+)?[A-Z\u00c0-\u00dd])"
)


def _after_acronyms(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*pieces* with each one split at an "and" that follows a bracketed acronym."""
    out: list[tuple[int, int]] = []
    for start, stop in pieces:
        for joint in _ACRONYM_AND.finditer(text, start, stop):
            if _ENDS_WITH_ACRONYM.search(text, start, joint.start()):
                out.append((start, joint.start()))
                start = joint.end()
        out.append((start, stop))
    return out


#: What a line alone may be, and a piece of an enumeration is not: a hashtag or a
#: slogan between two names is a campaign's or a group's name.
_NAMES_IN_AN_ENUMERATION = frozenset({"hashtag", "slogan"})


def _headed_name(core: str) -> bool:
    """Whether *core* is several words opened by a capitalised organisation word, in the
    singular ("Associazione ong esempio", not "Organisations" nor "Associazioni e reti")."""
    words = default_signer_words()
    first, _, rest = core.partition(" ")
    return (
        bool(rest)
        and first[:1].isupper()
        and words.has("org", first)
        and not words.has("collective", first)
    )


#: Connecting adverbs a piece of an enumeration may open with before its name ("and
#: then", "of course", "finally"), in lower case.
_CONNECTIVE = re.compile(
    r"\s*(?:(?:e|ed|and|y|et|und)\s+)?"
    r"(?:poi|quindi|ovviamente|naturalmente|infine|inoltre|anche|then|also|finally|obviously"
    r"|naturally|of\s+course|puis|enfin|aussi|bien\s+s[uû]r|luego|tambi[eé]n|finalmente"
    r"|por\s+supuesto|dann|auch|schlie[sß]lich|nat[uü]rlich)\s+"
    r"(?=(?:(?:the|la|le|il|lo|i|gli|el|los|las|les|die|der|das)\s+|l['\u2019])?[A-Z\u00c0-\u00dd])"
)


def _read_spans(text: str, spans: list[tuple[int, int]], *, articles: bool) -> list[InlineName]:
    """Each non-blank ``text[start:stop]`` read as a name (without a leading connective
    and article when *articles*: "and then the Example Network")."""
    names: list[InlineName] = []
    for start, stop in spans:
        connective = _CONNECTIVE.match(text, start, stop) if articles else None
        if connective is not None:  # "..., e poi Example Union", "ovviamente la Example"
            start = connective.end()
        article = _ARTICLE.match(text, start, stop) if articles else None
        if article:
            start = article.end()
        elif articles:
            start = _after_category(text, start, stop)
        glued = _GLUED_AND.match(text, start, stop)
        if glued is not None:  # Arabic "و" (and) written onto the next name: "والرابطة"
            start = glued.end()
        quoted = _QUOTED.fullmatch(text[start:stop].rstrip())
        if quoted is not None:  # «Example Forum»: the name inside the marks
            start, stop = start + quoted.start(1), start + quoted.end(1)
        piece = text[start:stop]
        if piece.strip():
            reading = read_item(piece)
            core = piece.strip()
            if (
                reading.kind is ItemKind.SECTION
                and (
                    _ACRONYM_NAME.match(core)
                    or (core.isupper() and " " in core)
                    or _headed_name(core)  # "Associazione ong esempio"
                )
            ) or (
                reading.reason in _NAMES_IN_AN_ENUMERATION and not core[:1].islower()
            ):  # "FO", "UK", "#ExampleTag", "Example Nu!", "EXAMPLE AUDUBON SOCIETY" between
                at = piece.index(core)  # an enumeration's marks are names, not headings
                reading = ItemReading(ItemKind.ORGANISATION, at, at + len(core), evidence=1)
            names.append(InlineName(start, stop, reading))
    return names


#: Most lower-case words of a category that a piece of an enumeration may open with
#: before its name ("le testate giornalistiche de il Manifesto", "the union Unite").
CATEGORY_WORDS = 5
#: Prepositions after which a category's words name the body that follows ("members of",
#: "bloggers from", "i comuni di").
_RELATIONS = frozenset(
    "of from at like di da de des du del della dei degli von vom der des do dos das".split()  # noqa: SIM905
)
_WORD = re.compile(r"\S+")


def _after_category(text: str, start: int, stop: int) -> int:
    """Where the name starts in ``text[start:stop]`` when the piece opens with a few
    lower-case words naming what kind of signer it is, a collective noun or an
    organisation word among them ("le sigle sindacali CGIL", "l'associazione Articolo
    21", "the unions Example Workers"), else *start*."""
    words = default_signer_words()
    named = False
    for k, word in enumerate(_WORD.finditer(text, start, stop)):
        if k > CATEGORY_WORDS:
            break
        token = word.group(0)
        if token[:1].isupper():
            return word.start() if k and named else start
        if k and token.casefold() in _RELATIONS:
            named = True  # "members of Example Band", "bloggers from Example Blog"
        if not token.islower():
            break  # "eBay", "10.10.10", a mark: not a category's word
        elision = _ELISION.match(token)
        bare = token[elision.end() :] if elision else token
        named = named or words.has("collective", bare) or words.has("org", bare)
        if elision is not None and bare[:1].isupper():
            return word.start() + elision.end() if k and named else start  # "le reti l'Ex"
    return start


#: The Arabic conjunction "و" written onto the name that follows it, before its article
#: or an organisation word ("والنقابة", "وجمعية").
_GLUED_AND = re.compile(
    r"\s*و(?=ال|جمعية|منظمة|مؤسسة|شبكة|مركز|رابطة|اتحاد|نقابة|لجنة|هيئة|حركة|نادي|تجمع|ائتلاف"
    r"|تنسيقية|مجلس|منتدى|حزب)"
)


def _confident(names: list[InlineName], text: str, *, vouched: bool = False) -> bool:
    """Whether the pieces (of *text*) read as organisations: all by their words, one in
    ten of a long list excepted ("Ente nazionale protezione animali" among 17), and one
    surely (unless the sentence *vouched* for them: "associazioni tra cui Anpi, Acli,
    Arci"); or capitalised organisations and persons, with ``PERSONS_AMONG_SURE``
    organisations sure by their words for each person."""
    readings = [n.reading for n in names]
    least = 0 if vouched else 1  # "le secours catholique" after "associations dont"
    odd = sum(not (r.kind is ItemKind.ORGANISATION and r.evidence >= least) for r in readings)
    if odd > len(readings) // ODD_IN_TEN:
        # a person among organisations most of which say so by their words ("signed by
        # Example Forum, Jan Example and Example Network"): the person signs too
        # (not "signed by Jane Example, director of Example Group": a role's piece)
        persons = sum(r.kind is ItemKind.PERSON for r in readings)
        sure = sum(r.kind is ItemKind.ORGANISATION and r.evidence >= 2 for r in readings)
        return (
            odd == persons
            and sure >= 2
            and sure >= PERSONS_AMONG_SURE * persons
            and not any(r.kind is ItemKind.ORGANISATION and r.person_role for r in readings)
            and all(_named_capitalised(text, n) for n in names)
            and all(_GAP.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(names))
        )
    return vouched or any(r.evidence >= 2 for r in readings)


#: What may stand between two names of a plain enumeration: a separator, a conjunction.
_GAP = re.compile(r"\s*[,;/\u00b7]?\s*(?:(?i:and|e|ed|y|et|und|&)\s+)?", re.DOTALL)


def _named_capitalised(text: str, name: InlineName) -> bool:
    """Whether *name* starts with a capital or a digit, after a leading article ("the
    Example Forum", "46th Example"; not "director of Example Group")."""
    piece = text[name.start : name.end]
    start = name.end - len(piece.lstrip())
    article = _ARTICLE.match(text, start, name.end)
    first = text[article.end() if article else start : name.end][:1]
    return first.isupper() or first.isdigit()


#: Organisations sure by their words a list needs for each person among them.
PERSONS_AMONG_SURE = 2
#: An enumeration of this many names that opens its sentence, after at most
#: ``SUBJECT_LEAD_WORDS`` words (a date, "among others"), is the sentence's subject.
SUBJECT_NAMES = 6
#: Fewest names of an enumeration after a colon that a statement word before it
#: introduces ("Hanno firmato in tanti: A, B, C, D").
COLON_NAMES = 4
#: ... and the statement word is one of the last words before the colon.
COLON_REACH = 5
#: ... or anywhere in the sentence when the colon opens this many names.
COLON_LONG = 10
SUBJECT_LEAD_WORDS = 4
#: Fewest names of a paragraph that is a list by itself, with no cue.
MIN_PARAGRAPH_NAMES = 8
#: A footnote's or an item's mark before a paragraph: "[1]", "(2)", "3.", "*".
_PARAGRAPH_MARK = re.compile(r"\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]|\*+)\s+")


def find_enumerated_paragraph(text: str) -> list[InlineName]:
    """The names of *text* when the whole paragraph is a long enumeration with no cue (a
    footnote "[1] Example Union, Example Forum, ..., EXA"): :func:`read_enumeration`
    reads at least ``MIN_PARAGRAPH_NAMES`` names after the mark, and half of them or
    more are organisations by their words; else ``[]``."""
    mark = _PARAGRAPH_MARK.match(text)
    begin = mark.end() if mark else 0
    separators = max(
        len(_COMMA_SPLIT.findall(text, begin)),
        len(_DASHED.findall(text, begin)),  # "EXA - EXB - EXC - ...": a letterhead of names
        len(_MARKS.findall(text, begin)),
    )
    if separators < MIN_PARAGRAPH_NAMES - 1:
        return []
    names = read_enumeration(text[begin:])
    if names and ": " in text[begin + names[0].start : begin + names[0].end]:
        # "Nasce la rete. Aderiscono all'Alleanza Esempio: Acli, Anci, ...": after the colon
        first = names[0]
        colon = text.rfind(": ", begin + first.start, begin + first.end) - begin + 2
        names[:1] = _read_spans(text[begin:], [(colon, first.end)], articles=True)
    organisations = sum(
        n.reading.kind is ItemKind.ORGANISATION and n.reading.evidence >= 2 for n in names
    )
    if len(names) < MIN_PARAGRAPH_NAMES or 2 * organisations < len(names):
        return []
    return [attrs.evolve(n, start=n.start + begin, end=n.end + begin) for n in names]


def has_marks(text: str) -> bool:
    """Whether *text* holds a mark that separates names written without commas ("A * B",
    "A \u00b7 B", "A | B"): one with words on both sides of it."""
    text = text.strip()
    return any(m.start() > 0 and m.end() < len(text) for m in _MARKS.finditer(text))


def find_prose_enumeration(text: str, words: SignerWords | None = None) -> list[InlineName]:
    """The names of an enumeration in a sentence of *text* that no cue phrase introduces,
    or ``[]``: "The groups A, B, C and D have released a joint statement", "Members of
    the alliance include A, B and C", a closing line "The local groups of A, B and C."

    A sentence qualifies when it holds at least ``MIN_PROSE_NAMES`` comma-separated
    names that all read as organisations, and its words say they are signers: an
    *include* verb right before the first name ("Organisations include"), or a
    *collective* noun before it ("The groups", "le realtà di") with a *statement* word in
    the sentence ("joint statement", "promoting committee") or nothing but the
    enumeration in the sentence. The first sentence that qualifies wins (a statement
    reported twice, in two languages, is listed once)."""
    words = words or default_signer_words()
    begin = 0
    ends = [(m.start(), m.end()) for m in _PROSE_SENTENCE_END.finditer(text + "\n")]
    for end, after in [*ends, (len(text), len(text))]:  # the last sentence may lack a stop
        if begin >= len(text):
            break
        names = _sentence_enumeration(text, begin, min(end, len(text)), words)
        if names:
            return names
        begin = after
    return []


def _sentence_enumeration(
    text: str, begin: int, end: int, words: SignerWords
) -> list[InlineName]:
    """The names of the longest enumeration in ``text[begin:end]`` (one sentence), see
    :func:`find_prose_enumeration`: the name that ends one comma-separated piece, whole
    names in the pieces after it, and the name (or "A and B") that starts the piece
    where the enumeration ends."""
    if text.count(",", begin, end) < MIN_PROSE_NAMES - 2:
        return []
    after_colon = _colon_enumeration(text, begin, end, words)
    if after_colon:
        return after_colon
    bracketed = _bracketed_enumeration(text, begin, end, words)
    if bracketed:
        return bracketed
    pieces = _between(text, begin, end, _COMMA)
    sentence = _SentenceWords.read(text, begin, end, words)
    best: list[tuple[int, int]] = []
    k = 0
    while k < len(pieces):
        head = _trailing_name_start(text, *pieces[k], words)
        if head is None and k > 0 and _is_whole_name(text, *pieces[k]):
            head = pieces[k][0]  # "Dans une déclaration commune, la CGT, FO, ... font"
        if head is None:
            k += 1
            continue
        head = _after_date(text, sentence.after_authorship(head, pieces[k][1]), pieces[k][1])
        head = _after_joining_verb(text, head, pieces[k][1])
        colon = text.rfind(": ", head, pieces[k][1])
        if colon >= 0:  # "... all'Alleanza Esempio in Italia: Acli, Anci": after the colon
            head = colon + 2
        spans = [(head, pieces[k][1])]
        j = k + 1
        while j < len(pieces) and (
            _is_whole_name(text, *pieces[j])
            or (len(spans) >= ODD_AFTER_NAMES and _odd_name(text, pieces, j))
        ):
            spans.append(pieces[j])
            j += 1
        tail = _leading_names(text, *pieces[j], mid=j + 1 < len(pieces)) if j < len(pieces) else []
        closing = _leading_names(text, *spans[-1]) if len(spans) > 1 else []
        if tail and len(closing) == 2:  # "A, B and C, then a clause": the "and" closed it
            tail = []
        elif tail and all(text[a:b].rstrip().endswith(")") for a, b in spans):
            tail[-1] = _after_bracket(text, *tail[-1])  # "..., Example Union (EXU) met"
        if tail:
            spans += tail
        elif len(spans) > 1:  # the enumeration ends with a whole piece: "..., A and B."
            spans[-1:] = closing
        if len(spans) > len(best) and sentence.introduces(head, spans[-1][1], len(spans)):
            best = spans
        k = max(j, k + 1)
    for j in range(len(best) - 1, 0, -1):
        after = _after_list_phrase(text, *best[j])
        if after > best[j][0]:  # "A, B, and the statement was signed by C, D": from C
            best = [(after, best[j][1]), *best[j + 1 :]]
            break
    if len(best) < MIN_PROSE_NAMES:
        return []
    lead = [t.group(0) for t in word_tokens(text[begin : best[0][0]])]
    heads_the_names = (
        bool(lead)
        and words.has("collective", lead[-1])
        and fold(lead[-1]) not in _SIGNER_NOUNS  # "i primi firmatari A, B": persons too
    )
    names = [_bracketed_name(text, n) for n in _read_spans(text, best, articles=True)]
    names = [_domain_named(text, n) for n in names]
    if heads_the_names:  # "The local groups A, B and C": each name is a group's
        names = [_as_group(n) for n in names]
    organisations = sum(n.reading.kind is ItemKind.ORGANISATION for n in names)
    odd = sum(n.reading.kind not in (ItemKind.ORGANISATION, ItemKind.PERSON) for n in names)
    if (
        len(names) < MIN_PROSE_NAMES
        or organisations * 3 < len(names) * 2  # a few persons may sign beside the groups
        or odd > len(names) // ODD_IN_TEN  # one in ten of a long one may read oddly
        or any(len(text[n.start : n.end].split()) > MAX_PIECE_WORDS for n in names)
    ):
        return []
    if not any(n.reading.evidence >= 2 for n in names) and not heads_the_names:
        return []  # only capitalised words and no noun saying what they are
    return names


def _after_joining_verb(text: str, start: int, end: int) -> int:
    """*start*, or past a verb of joining or signing that opens the sentence before the
    first name ("Aderiscono Example Union, B, C")."""
    tokens = word_tokens(text[start:end])
    if (
        len(tokens) >= 2
        and tokens[0].group(0)[:1].isupper()
        and fold(tokens[0].group(0)) in _JOINING_VERBS
    ):
        return start + tokens[1].start()
    return start


#: Verbs of joining or signing in the plural that open a sentence naming the signers
#: ("Aderiscono A, B, C", "Sign A, B"), folded.
_JOINING_VERBS = frozenset(
    "aderiscono firmano sottoscrivono sostengono promuovono adhieren firman suscriben "  # noqa: SIM905
    "apoyan signent adherent soutiennent unterzeichnen unterstutzen assinam aderem apoiam "
    "subscrevem".split()
)


def _after_list_phrase(text: str, start: int, end: int) -> int:
    """*start*, or past the last list phrase in ``text[start:end]`` that names follow
    ("..., ووقعت على البيان كل من A": the names start after "signed the statement")."""
    ends = _list_phrase_ends(text[start:end])
    if not ends or not text[start + ends[-1] : end].strip():
        return start
    after = start + ends[-1]
    return after + len(text[after:end]) - len(text[after:end].lstrip())


def _colon_enumeration(
    text: str, begin: int, end: int, words: SignerWords
) -> list[InlineName]:
    """The names after the colon of the sentence ``text[begin:end]`` when a statement word
    stands before the colon and at least ``COLON_LONG`` names follow it, each opening
    with a capital ("La lettera porta la firma delle realtà firmatarie, vale a dire: A,
    Atlante guerre, Movimento nonviolento, ..."): names written in sentence case count."""
    colon = text.find(": ", begin, end)
    if colon < 0 or not any(_SentenceWords.read(text, begin, colon, words).statements):
        return []
    start = colon + 2
    if ";" in text[start:end]:  # categories of signers ("i comuni di A, B; le testate C")
        return []
    names = read_enumeration(text[start:end])
    if len(names) < COLON_LONG or not all(
        _named_capitalised(text[start:end], n) for n in names
    ):
        return []
    return [attrs.evolve(n, start=n.start + start, end=n.end + start) for n in names]


#: Collective nouns that name signers of any kind, persons as well as groups ("the
#: first signatories Jane Roe, John Doe"): they do not make each name a group's.
_SIGNER_NOUNS = frozenset(
    "signatories signers cosigners co-signers supporters members firmatari firmatarie "  # noqa: SIM905
    "aderenti promotori signataires membres firmantes unterzeichnende mitglieder "
    "signants sygnatariusze".split()
)
#: Names an enumeration has read before a short odd piece in it ("well:fair", a brand
#: written in lower case) is taken as a name when whole names follow it.
ODD_AFTER_NAMES = 5
_ODD_PIECE_WORDS = 3


def _odd_name(text: str, pieces: list[tuple[int, int]], j: int) -> bool:
    """Whether piece *j* of a long enumeration, not a whole name by its capitals, is one
    all the same: one word, or at most ``_ODD_PIECE_WORDS`` words of which the first is
    capitalised, none of them a prose word, and the next piece a whole name (the
    enumeration goes on)."""
    words = text[pieces[j][0] : pieces[j][1]].split()
    if not words or len(words) > _ODD_PIECE_WORDS or j + 1 >= len(pieces):
        return False
    if len(words) > 1 and not _capitalised(words[0]):
        return False  # "well:fair" alone, or "Giu le frontiere"; not "and more"
    if any(w.casefold().strip(".:;") in PROSE_WORDS for w in words):
        return False
    if not any(ch.isalpha() for ch in "".join(words)):
        return False
    following = pieces[j + 1]
    return _is_whole_name(text, *following) or bool(_leading_names(text, *following))


#: A collective noun and the names it stands for in brackets: "les syndicats (A, B, C)".
_BRACKETED = re.compile(
    r"(?P<noun>[^\W\d_][\w'\u2019-]*)\s*(?:\((?P<inner>[^()]{3,800})\)"
    # "un cartello di associazioni - A, B, C e D - ha svolto": dashes as brackets
    r"|\s[-\u2013\u2014]\s+(?P<dashed>[^\n]{3,800}?)\s+[-\u2013\u2014]\s)"
)
#: Most words of one name in such brackets.
BRACKETED_NAME_WORDS = 6
#: A name's own brackets ("Example Forum (Fonti Rinnovabili ed Efficienza)"), not counted.
_IN_BRACKETS = re.compile(r"\([^()]*\)")


def _bracketed_enumeration(
    text: str, begin: int, end: int, words: SignerWords
) -> list[InlineName]:
    """The names a collective noun of ``text[begin:end]`` gives in brackets ("les
    syndicats (EXA, EXB, Exc, EXD) ont ..."): at least ``MIN_PROSE_NAMES`` short
    capitalised pieces, nearly all read as organisations; else ``[]``."""
    for match in _BRACKETED.finditer(text, begin, end):
        if not words.has("collective", match["noun"]):
            continue
        inner = "inner" if match["inner"] is not None else "dashed"
        names = _split(text, match.start(inner), match.end(inner))
        pieces = [text[n.start : n.end].strip() for n in names]
        sizes = [len(_IN_BRACKETS.sub("", piece).split()) for piece in pieces]
        long = sum(size > BRACKETED_NAME_WORDS for size in sizes)  # one, or one in ten
        if (
            len(names) < MIN_PROSE_NAMES
            or long > max(1, len(names) // ODD_IN_TEN)
            or not all(0 < size <= MAX_PIECE_WORDS for size in sizes)
            or not all(_capitalised(piece) for piece in pieces)
        ):
            continue
        names = [_as_group(n) for n in names]
        organisations = sum(n.reading.kind is ItemKind.ORGANISATION for n in names)
        if organisations * 10 >= len(names) * 9:
            return names
    return []


def _after_date(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` goes on after a date that opens it ("7 August 2012 -
    Example Network"), else *start*."""
    dates = find_dates(text[start:end])
    if not dates or text[start : start + dates[0][1]].strip():
        return start
    after = start + dates[0][2]
    lead = re.match(r"[\s\-\u2013\u2014:,.]*", text[after:end])
    return after + (lead.end() if lead else 0)


def _after_bracket(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` cut right after its first closing parenthesis, when words follow
    it: the names before all ended with "(ACRONYM)", so this one does too."""
    close = text.find(")", start, end)
    return (start, close + 1) if close >= 0 and text[close + 1 : end].strip() else (start, end)


def _as_group(name: InlineName) -> InlineName:
    """*name* read as an organisation's when a collective noun heads the enumeration
    ("local groups Example Town, ...": a place or a person's name names the group)."""
    if name.reading.kind is not ItemKind.PERSON:
        return name
    reading = attrs.evolve(name.reading, kind=ItemKind.ORGANISATION, person=None, person_role=None)
    return attrs.evolve(name, reading=reading)


def _bracketed_name(text: str, name: InlineName) -> InlineName:
    """*name*, read as an organisation's when it ends with its acronym in parentheses, or
    opens with it before its expansion in parentheses, although its lower-case words read
    as prose ("Rehabilitacijski centar za stres i traumu (RCT)", "AOI (Associazione delle
    organizzazioni ...)")."""
    piece = text[name.start : name.end].rstrip()
    if name.reading.kind is not ItemKind.NOT_SIGNATORY or not (
        _ENDS_WITH_ACRONYM.search(piece) or _ACRONYM_THEN_EXPANSION.match(piece.lstrip())
    ):
        return name
    if piece != piece.lstrip():
        return name  # the reading's offsets are the piece's: leave a padded piece be
    return attrs.evolve(name, reading=ItemReading(ItemKind.ORGANISATION, 0, len(piece), evidence=2))


def _domain_named(text: str, name: InlineName) -> InlineName:
    """*name*, read as an organisation's when it is a bare web address among the names
    of a sentence ("A, example.org and B have joined"); alone on a line it is a contact."""
    piece = text[name.start : name.end].strip()
    if name.reading.kind is not ItemKind.NOT_SIGNATORY or not _DOMAIN.fullmatch(piece):
        return name
    at = text.index(piece, name.start) - name.start
    reading = ItemReading(ItemKind.ORGANISATION, at, at + len(piece), evidence=1)
    return attrs.evolve(name, reading=reading)


#: Prepositions that give a statement's authors ("statement by", "lettre de").
_AUTHOR_PREPOSITIONS = frozenset(
    "by of from von der des de du da di del della dei degli door van pela pelo pelas pelos "  # noqa: SIM905
    "por par dal dalla dai dalle".split()
)


#: A colon right before an enumeration (an article at most between), looked for this
#: many characters back: the names open a clause of their own.
_COLON_BEFORE = re.compile(r".*:\s*(?:(?:the|la|le|il|lo|i|gli|les|el|los|las|die|der)\s+)?", re.S)
_COLON_BEFORE_REACH = 12
#: Prepositions that open a sentence whose subject comes later ("Among its members are").
_PREPOSITIONS = _AUTHOR_PREPOSITIONS | {"among", "tra", "fra", "entre", "unter", "in", "with"}


@frozen
class _SentenceWords:
    """The words of one sentence, looked at once, that say whether an enumeration in it
    names signers (:meth:`introduces`); each question is then answered without reading
    the sentence again, so a sentence of many pieces is read in linear time."""

    text: str
    begin: int
    end: int
    #: start and end offset of each word, and the index of the last word at or before
    #: it that is not a function word (-1: none)
    word_starts: list[int]
    word_ends: list[int]
    content_before: list[int]
    includes: list[bool]
    #: each word is a statement word ("letter", "Pressemitteilung", "signed")
    statements: list[bool]
    #: end of the first collective noun ("groups", "CSOs"), if any
    collective_end: int | None
    #: start of the last statement word ("letter", "signed", "joined"), -1 if none
    last_statement: int
    #: start of the first statement word, -1 if none
    first_statement: int

    @classmethod
    def read(cls, text: str, begin: int, end: int, words: SignerWords) -> _SentenceWords:
        tokens = word_tokens(text[begin:end])
        word_starts = [begin + t.start() for t in tokens]
        word_ends = [begin + t.end() for t in tokens]
        content_before: list[int] = []
        last = -1
        for k, token in enumerate(tokens):
            if token.group(0).casefold() not in FUNCTION_WORDS:
                last = k
            content_before.append(last)
        collective_end = next(
            (e for t, e in zip(tokens, word_ends, strict=True)
             if words.has("collective", t.group(0))),
            None,
        )  # fmt: skip
        statements = [words.has("statement", t.group(0)) for t in tokens]
        said_at = [s for s, said in zip(word_starts, statements, strict=True) if said]
        last_statement = said_at[-1] if said_at else -1
        first_statement = said_at[0] if said_at else -1
        return cls(
            text, begin, end, word_starts, word_ends, content_before,
            [words.has("include", t.group(0)) for t in tokens], statements,
            collective_end, last_statement, first_statement,
        )  # fmt: skip

    def after_authorship(self, start: int, end: int) -> int:
        """Where the first name starts in ``text[start:end]`` when it opens with a
        statement and its authors' preposition ("Gemeinsame Pressemitteilung von BUND":
        capitalised nouns are not all the name), else *start*."""
        first = bisect.bisect_left(self.word_starts, start)
        for k in range(first + 1, len(self.word_starts) - 1):
            if self.word_starts[k] >= end:
                break
            said = self.text[self.word_starts[k] : self.word_ends[k]].casefold()
            if self.statements[k - 1] and said in _AUTHOR_PREPOSITIONS:
                return self.word_starts[k + 1]
        return start

    def _colon_reach(self, names: int) -> int:
        """How many words before a colon its statement word may stand: a few, or the
        whole sentence before a long enumeration (``COLON_LONG`` names)."""
        return len(self.word_starts) if names >= COLON_LONG else COLON_REACH

    def introduces(self, first: int, last: int, names: int = 0) -> bool:
        """Whether the words around an enumeration ``text[first:last]`` of *names* names
        say it names signers (see :func:`find_prose_enumeration`); a long enumeration
        that opens its sentence (after a date or "among others" at most) is its subject,
        whatever the verb ("A, B, ... and J welcome the appointment")."""
        before = bisect.bisect_right(self.word_ends, first) - 1  # the last word before
        # "such as", "for instance the": a few words at most, right before the names
        reach = before - _EXAMPLES_WORDS + 1
        examples_from = self.word_starts[reach] if reach > 0 else self.begin
        examples = _EXAMPLES.search(self.text, examples_from, first)
        if examples is not None and not (
            0 <= self.first_statement < examples.start()
            and "," not in self.text[self.first_statement : examples.start()]
        ):  # "groups such as A, B"; not "this manifesto is promoted by groups such as"
            return False  # (in one clause: "the letter, by X, a group with members such as")
        content = self.content_before[before] if before >= 0 else -1
        if content >= 0 and self.includes[content]:  # "include the", "include:"
            return True
        if (
            names >= COLON_NAMES
            and before >= 0
            and ":" in self.text[self.word_ends[before] : first]
            and any(self.statements[max(0, before - self._colon_reach(names) + 1) : before + 1])
        ):
            return True  # "A firmare sono in tanti: A, B, C, D": signers after a colon
        if content < 0 and self.last_statement >= last:
            return True  # the subject of its sentence: "A, B and C have signed the letter"
        if names >= SUBJECT_NAMES and content < SUBJECT_LEAD_WORDS:
            return True  # "7 August 2012 - A, B, C, D, E and F welcome ..."
        if names >= SUBJECT_NAMES and _COLON_BEFORE.fullmatch(
            self.text, max(self.begin, first - _COLON_BEFORE_REACH), first
        ):
            return True  # "... non si placa: A, B, C, D, E e F si sono uniti in presidio"
        if (
            before >= 1
            and (self.statements[before - 1] or (before >= 2 and self.statements[before - 2]))
            and self.text[self.word_starts[before] : self.word_ends[before]].casefold()
            in _AUTHOR_PREPOSITIONS
        ):
            return True  # "Joint statement by A, B and C", "organizada conjuntamente pela A"
        if self.collective_end is None or self.collective_end > first:
            return False
        alone = _ONLY_PUNCTUATION.fullmatch(self.text, last, self.end) is not None
        return alone or self.last_statement >= 0


#: A name in quotation marks, and nothing else: «Example Forum», "Example Union".
_QUOTED = re.compile(r"[\"\u201c\u201e\u00ab]([^\"\u201c\u201d\u00ab\u00bb]+)[\"\u201d\u00bb]")


#: The "and" a serial comma leaves at the start of the last piece ("A, B, and C").
_LEADING_AND = re.compile(rf"(?:{_COMMA_AND})\s+(?=[A-Z\u00c0-\u00dd0-9])")
#: "A" and "B": a second quoted name after the first.
_QUOTED_AND = re.compile(
    r"\s+(?:and|e|y|et|und|en|i|a)\s+" + _QUOTED.pattern, re.IGNORECASE
)


def _quoted_start(text: str, start: int, end: int) -> int | None:
    """Where the quoted name that ends ``text[start:end]`` begins (its opening mark), or
    ``None`` when the piece does not end with one ("... groups like «Example Forum»")."""
    piece = text[start:end].rstrip(" .;:")
    if not piece or piece[-1] not in "\"\u201d\u00bb":
        return None
    opening = max(piece.rfind(mark, 0, len(piece) - 1) for mark in "\"\u201c\u201e\u00ab")
    if opening < 0 or _QUOTED.fullmatch(piece, opening) is None:
        return None
    inner = piece[opening + 1 : opening + 2]
    return start + opening if inner.isupper() or inner.isdigit() else None


def _is_whole_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one name and nothing else: capitalised, short, no
    clause after it, or a capitalised name in quotation marks."""
    piece = text[start:end].strip()
    if not piece or len(piece.split()) > MAX_PIECE_WORDS:
        return False
    begin = start + len(text[start:end]) - len(text[start:end].lstrip())
    if _quoted_start(text, begin, end) == begin:
        return True  # «Example Forum - for open data (EF)»
    if not any(ch.isalpha() for ch in piece) or non_organisation_reason(piece) == "date line":
        return False  # "..., 16.08.2019": the enumeration is over
    article = _ARTICLE.match(piece)
    body = piece[article.end() :] if article else piece
    if not _capitalised(body.split()[0]):
        return False
    body_start = start + len(text[start:end]) - len(body)
    stop = _leading_name_end(text, body_start, end)
    return stop is not None and not text[stop:end].strip(" .;:\\*")


def _leading_names(
    text: str, start: int, end: int, *, mid: bool = False
) -> list[tuple[int, int]]:
    """The name (or the two names of "A and B") that starts ``text[start:end]``; none
    when the piece stands *mid* sentence (a comma follows) and the name only qualifies
    a noun after it ("Example Army commanders, journalists and activists")."""
    start += len(text[start:end]) - len(text[start:end].lstrip())
    conjunction = _LEADING_AND.match(text, start, end)
    if conjunction is not None:  # "A, B, and C have announced": the serial comma
        start = conjunction.end()
    if not any(ch.isalpha() for ch in text[start:end]):
        return []  # "..., 16.08.2019": a date, not a name
    quoted = _QUOTED.match(text, start, end)
    if quoted is not None and quoted.group(1)[:1].isupper():  # «A» y «B» con ...
        names = [(start, quoted.end())]
        both = _QUOTED_AND.match(text, quoted.end(), end)
        if both is not None and both.group(1)[:1].isupper():
            names.append((both.start(1) - 1, both.end()))
        return names
    article = _ARTICLE.match(text, start, end)  # "..., the Example Forum and B, welcome"
    if article is not None and article.end() < end and text[article.end()].isupper():
        start = article.end()
    stop = _leading_name_end(text, start, end)
    rest = text[stop:end].split() if stop is not None else []
    if mid and 1 <= len(rest) <= 2 and all(w.isalpha() and w.islower() for w in rest):
        return []
    both = _AND.search(text, start, end)
    if both is not None:
        left = _leading_name_end(text, start, both.start())
        if left is not None and not text[left : both.start()].strip():
            article = _ARTICLE.match(text, both.end(), end)  # "A und dem B"
            right_start = article.end() if article else both.end()
            right = _leading_name_end(text, right_start, end)
            if right is not None:
                return [(start, left), (right_start, right)]
    return [] if stop is None else [(start, stop)]


def _trailing_name_start(text: str, start: int, end: int, words: SignerWords) -> int | None:
    """Where the name that ends ``text[start:end]`` begins: the capitalised words at its
    end with the function words between them ("... con le realtà di Appello per l'Alto
    Reno" -> "Appello per l'Alto Reno"), after a collective noun ("The Croatian CSOs
    Example Aid" -> "Example Aid"); ``None`` if it does not end in a capitalised word."""
    quoted = _quoted_start(text, start, end)
    if quoted is not None:
        return quoted
    tokens = word_tokens(text[start:end])
    at: int | None = None
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k].group(0)
        if words.has("collective", token) and at is not None:
            break
        if _capitalised(token):
            at = k
            continue
        if token.casefold() in FUNCTION_WORDS and at is not None and k > 0:
            j = k - 1
            while j > 0 and tokens[j].group(0).casefold() in FUNCTION_WORDS:
                j -= 1  # "Amigos de la Tierra": function words one after the other
            before = tokens[j].group(0)
            if before[0].isupper() and not words.has("collective", before):
                continue  # "Appello per l'Alto Reno": a word inside the name
        break
    if at is None:
        return None
    return start + tokens[at].start()


def _leading_name_end(text: str, start: int, end: int) -> int | None:
    """Where the name that starts ``text[start:end]`` ends: before the first lower-case
    word that is not followed by a capitalised word or a parenthesis ("Example Aid
    (EA) have released ..." -> "Example Aid (EA)"; "Liga za ljudska Prava" stays)."""
    tokens = list(_WORD.finditer(text[start:end]))
    if not tokens or not _capitalised(tokens[0].group(0).lstrip("\"'\u201c\u00ab")):
        return None
    stop = len(tokens)
    words = default_signer_words()
    for k, token in enumerate(tokens[1:], 1):
        word = token.group(0).lstrip("\"'\u201c\u00ab")
        if not word[:1].islower() or _capitalised(word):
            continue
        bare = word.rstrip(",;:.")
        if words.has("legal", bare) or (k == len(tokens) - 1 and words.has("org", bare)):
            continue  # "Example Netzwerk e.V.", "Caritas international": still the name
        m = k + 1 if word.casefold() not in FUNCTION_WORDS else k
        while m < len(tokens) and tokens[m].group(0).casefold() in FUNCTION_WORDS:
            m += 1  # "of the World": function words, then the name goes on
        following = tokens[m].group(0) if m < len(tokens) else ""
        if _capitalised(following) or _bracket_ahead(tokens, m):
            continue  # "Centar za mirovne studije (CMS)": lower-case words of a name
        stop = k
        break
    cut = start + tokens[stop - 1].end()
    return start + len(text[start:cut].rstrip(" .,;:\\"))


def _bracket_ahead(tokens: list[re.Match[str]], at: int, reach: int = 5) -> bool:
    """Whether a parenthesis (an acronym after a name) opens within *reach* lower-case
    words from token *at*."""
    for token in tokens[at : at + reach]:
        word = token.group(0)
        if word[:1] in "(\\":
            return True
        if not word[:1].islower():
            return False
    return False


def _capitalised(token: str) -> bool:
    """A word that starts with a capital or a digit, also after an elided article
    ("l'Appennino", "dell'Arte"), or a web address ("example.org")."""
    if not token:
        return False
    elided = _ELISION.match(token)
    first = token[elided.end()] if elided and elided.end() < len(token) else token[0]
    return first.isupper() or first.isdigit() or _DOMAIN.fullmatch(token) is not None
