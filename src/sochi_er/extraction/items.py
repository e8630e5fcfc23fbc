"""Read one signatory line: who signed, and what else the line says.

:func:`read_item` turns the text of one list item, table row or line into an
:class:`ItemReading`:

- ``ORGANISATION``: an organisation signed. ``start:end`` covers its name only; a person
  who signed for it ("Jane Roe, Director, Example Foundation") is kept in ``person`` and
  ``person_role``; a trailing place ("..., Colombia", "... (Kenya)", "..., Springfield
  NY") goes to ``country`` or ``place``; a legal form stays in the name and is recorded
  in ``legal_form`` ("Example Trust, Inc.").
- ``PERSON``: a person signed in their own name ("Jane Roe", "Dr. John Doe, lawyer",
  "..., in a personal capacity"). Persons never enter organisation linkage.
- ``SECTION``: a sub-heading inside the list ("Organisations", "Individuals:").
- ``NOT_SIGNATORY``: not a signer, with the ``reason`` (closing formula, contact line...).

Nothing here knows any organisation's name: only word lists (:mod:`.lexicons`).
"""

from __future__ import annotations

import enum
import re
from itertools import pairwise

import attrs
from attrs import frozen

from sochi_er.extraction.counts import find_claimed_counts
from sochi_er.extraction.cues import CueKind, block_cue, default_cues, normalise_cue_text
from sochi_er.extraction.dates import DATE_PART
from sochi_er.extraction.lexicons import SignerWords, default_signer_words, fold, word_tokens
from sochi_er.extraction.lines import (
    FUNCTION_WORDS,
    PROSE_WORDS,
    non_organisation_reason,
    spelled_acronym,
)
from sochi_er.records import ClaimedCount

__all__ = [
    "ItemKind", "ItemReading", "glued_person_end", "is_locality", "is_table_header", "read_item",
]


class ItemKind(enum.StrEnum):
    ORGANISATION = "organisation"
    PERSON = "person"
    SECTION = "section"
    NOT_SIGNATORY = "not_signatory"


@frozen
class ItemReading:
    """What one item says; ``start:end`` index the item text given to :func:`read_item`.

    ``evidence`` grades how surely the name is an organisation's: 2 (an organisation
    word, an acronym, a legal form), 1 (a name-like run of words), 0 (nothing).
    ``section`` is the kind of a ``SECTION`` (``ORGS``, ``PERSONS`` or ``None``).
    """

    kind: ItemKind
    start: int
    end: int
    person: str | None = None
    person_role: str | None = None
    country: str | None = None
    place: str | None = None
    legal_form: str | None = None
    reason: str | None = None
    evidence: int = 0
    section: CueKind | None = None


#: Every character ``str.isspace`` counts (tab, no-break, thin, ideographic, U+001D,
#: U+2028...) and the zero-width space: a name never starts or ends with one.
_SPACES = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace()) + "\u200b"
_TRAIL = _SPACES + ",;:\u00b7|"
#: A slash after a space ends a name as a separator ("Example Trust /" then the next
#: name); glued ("and/or", "example.org/") it is part of it.
_SPACED_SLASHES = (" /", "\u00a0/")
#: The word "logo" after a name: the text of its logo image ("Example Trust logo").
_LOGO_END = re.compile(r"(?<=\w)\s+(?:\(logo\)|logo)$", re.IGNORECASE)
#: Emphasis marks of plain text and Markdown left around a name, with spaces.
_EMPHASIS_SPACE = _SPACES + "*_"
#: The longest line read as one signatory line (longer ones are reported, not read).
MAX_ITEM_CHARS = 600
_DASHES = ("-", "\u2013", "\u2014")
#: A line of this many words that reads as prose is a sentence, whatever words it holds.
_SENTENCE = 8
#: Most words of a name opened by a capitalised organisation word that is not read as
#: prose for its lower-case words (:func:`_headed_name`).
HEADED_NAME_WORDS = 12
#: A mark after a name: a footnote's ("[3]", "¹", "*") or a link's ("[link]", "[pdf]",
#: "[stary link]": lower case; "[EXA]" is an acronym and stays).
_FOOTNOTE_MARK = re.compile(
    r"(?:\[\d{1,3}\]|\[[a-z][a-z ]{0,10}\d?\]|[\u00b9\u00b2\u00b3\u2070-\u2079*])$"
)
#: The longest such mark.
_MARK_WIDTH = 14
_FOOTNOTE_LINE = re.compile(r"^\s*\[\d{1,3}\]\s")
_SEPARATOR = re.compile(
    r"[ \t]*[\n\t]\s*|\s*[,;|]\s+|\s+[\u2013\u2014-]\s+|\s+/\s+|\s*[,;]\s*(?=\S)"
    # "**Jane Roe** Director of X", "**Jane Roe** / Director": the bold name is a part
    r"|(?<=[\w.)])(?:\*\*|__)(?:[ \t]*[,;|/\u2013\u2014-])?[ \t]+(?=\S)"
)
_PAREN_END = re.compile(r"\s*\((?P<inner>[^()]{1,80})\)\s*$")
#: A bare website address in lower case ("example.org", "www.example.net/about"); a
#: capitalised one is a name ("Example.ai").
#: A web address's host name in lower case, no scheme and no path ("example.org").
BARE_HOST = r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}"
_WEBSITE = re.compile(rf"^(?:https?://\S+|www\.\S+|{BARE_HOST}(?:/\S*)?)$")
#: "Jane Roe — (Lab) Example North": a person, a dash, a party in parentheses, a seat.
_MEMBER_FOR = re.compile(
    r"^(?P<person>[^()\u2013\u2014]+?)\s+[\u2013\u2014-]\s+\((?P<org>[^()]{1,30})\)"
    r"(?P<seat>[^()]*)$"
)
#: "name: Jane Roe", "organization: Example": a record's key before the value.
_NAME_KEY = re.compile(r"^(?P<key>[A-Za-z_]{2,20}):[ \t]+(?=\S)")
_PAREN_SITE = re.compile(r"\s*\((?P<site>[^()\s]{4,200})\)[\s.,;]*$")
#: "part of X", "a member of X", "affiliated to X" after a name: what it belongs to.
_PART_OF = re.compile(
    r"^\s*(?:(?:a |an )?(?:part|member|project|programme|program|branch|chapter|affiliate)"
    r"\s+of|affiliated\s+(?:to|with))\s",
)
#: A postal address or a postcode after a name: "Via Roma n. 34", "12 Example Street",
#: "20129", "con sede in ...".
_ADDRESS = re.compile(
    r"^\s*\d{4,6}\s*$|\b(?:via|viale|piazza|corso|largo|street|road|avenue|rue|calle|avenida|"
    r"rua|strasse|stra\u00dfe|platz|caddesi|sokak)\b[^,]*\d"
    r"|^\s*\d+[a-z]?\s+(?:\w+\s+){0,3}(?:street|road|avenue|lane|square)\b"
    r"|\b(?:con sede|with (?:its )?seat|"
    r"ayant son si\u00e8ge|con domicilio|mit sitz)\b",
    re.IGNORECASE,
)
#: A state or province code after a city: "Canoas RS", "Porto Alegre/RS", "Lyon - FR".
_STATE_SUFFIX = re.compile(r"[\s/\u2013-]+[A-Z]{2}$")
_STATE_CODE = re.compile(r"^[A-Z]{2}$")
#: Between the places of "(France / Belgium)", "(Italy, Spain and Greece)".
_SEVERAL = re.compile(r"\s*(?:[/,;&]|\band\b|\bet\b|\be\b|\by\b|\bund\b)\s*")
#: A capitalised name written as a domain ("Startpage.com"); not a URL or an address.
_DOMAIN_NAME = re.compile(
    r"^(?=[^@/]*[A-Z])(?=.*\w\.[A-Za-z]{2,})(?!.*www\.)[^\s@/,|;]+(?:\s[^\s@/,|;]+){0,3}$"
)
_CAMEL = re.compile(r"[a-z][A-Z0-9]")  # "ilSarret", "epicenter.works" is not
_DOTTED_NUMBER = re.compile(r"^\d{1,4}(?:\.\d{1,4}){1,4}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,11}$")
_NAME_JOINS = re.compile(r"[-'\u2019]")
_MAC = re.compile(r"^(?:Mac|Mc)[A-Z][a-z]+$")
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.){0,2}$")  # "J.", "J.R.R."; not "H.I.J.O.S."
#: A quotation after a signer's name and a comma, colon or dash: words the signer said.
_QUOTED_TAIL = re.compile(r"[,:\u2013\u2014]\s*[\"\u201c\u201e\u00ab]")
#: A whole line in quotation marks: a quotation, not a name.
_QUOTATION = re.compile(r"^[\"\u201c\u201e\u00ab\u2039].*[\"\u201d\u00bb\u203a][.!?]?$", re.DOTALL)
#: A title written against the name that follows it: "Dr.Jane", "Prof.Roe".
_GLUED_TITLE = re.compile(r"\s*(?P<title>[A-Z][a-z]{1,4})\.(?=[A-Z][a-z])")
_STATE = re.compile(r"^[A-Z]{2}$")
#: Letters after a personal name: "OAM", "QC", "PhD", "Jr.", "(ret)".
_POST_NOMINAL = re.compile(
    r"(?:\s+(?:[A-Z]{2,5}|Ph\.?D\.?|Jr\.?|Sr\.?|I{2,3}|\((?:ret|ret\.|retired)\)))+\s*$"
)
#: Lower-case words inside place names ("Valle del Huasco"); never "and", "y", "e".
_PLACE_PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "des",
        "la",
        "las",
        "los",
        "le",
        "les",
        "el",
        "al",
        "von",
        "van",
        "der",
    ]
)
#: Prepositions that join a role to the organisation it is held in ("Director of X");
#: not "for" or "in", which name what a role represents ("Senator for Victoria").
AFFILIATION_PREPOSITIONS = frozenset(
    "of at di de del della dello dei degli delle du des von der bei da do dos das al".split()  # noqa: SIM905
)
_PREPOSITIONS = AFFILIATION_PREPOSITIONS | {"for", "with", "in", "fur", "en"}
#: "in" / "en" before an article name where a person works ("en la UAB"), not a field.
_LOCATIVE = frozenset(["in", "en"])
#: A preposition and an article in one word ("CTO na Example", "direttore nella X"):
#: where a person works, read only right after a role word.
_CONTRACTED = frozenset(["na", "no", "nas", "nos", "nella", "nel", "im", "beim"])
#: A former office: "ex-Bishop", "former-President" (the word after is the role).
_FORMER = re.compile(r"^(?:ex|former|past|ehemalige[rn]?|anc)[-\u2010\u2013]", re.IGNORECASE)
#: A former office: "former director", "ex-Mayor", or the prefix glued ("exregidor").
_FORMER_WORD = re.compile(r"^(?:ex|former|past|ehemalige[rn]?)\b|^ex-?(?P<glued>\w+)", re.I)
#: An article and a noun in lower case after a name: what it is ("the magazine").
_ARTICLE_NOUN = re.compile(
    r"^(?:(?:the|a|an|le|la|les|un|une|el|los|las|il|lo|gli|der|die|das|ein|eine|o|os|as"
    r"|um|uma|de|het|een)\s+|l')[a-z\u00df-\u00ff][\w'-]*(?:\s+[a-z\u00df-\u00ff][\w'-]*)?$"
)
#: A relative clause after a signer, introducing a quotation ("..., who said:").
_RELATIVE = re.compile(r"^(?:who|which|qui|che|que|quien|der|die)\s+\w+\s*:?$")
#: A conjunction and the word after it ("... and director of", "... y vicepresidente").
_AND_WORD = re.compile(r"\s+(?:and|y|e|et|und|i|ve|en)\s+(\w[\w-]*)")
#: An article or preposition elided before a vowel and written onto the next word, in
#: lower case ("dell'Ente", "d'Example", "l'Association"; not "D'Souza").
_ELIDED_PREPOSITION = re.compile(r"(?:d|l|dell|dall|nell|all|sull)['\u2019](?=[A-Z\u00c0-\u00dd])")
_NON_LATIN_ORG_SCRIPT = re.compile(r"[\u0600-\u06ff\u0400-\u04ff\u0590-\u05ff\u4e00-\u9fff]")
_PAGE = re.compile(
    r"^(?:page\s+)?[-\u2013\u2014]?\s*\d{1,4}\s*(?:(?:of|/)\s*\d{1,4})?[-\u2013\u2014]?$", re.I
)


@frozen
class _Part:
    start: int
    end: int
    text: str


def _core(text: str) -> tuple[int, int]:
    """The span of *text* without surrounding spaces, separators, emphasis marks
    ("**Example Org**" in a plain-text file) and footnote marks."""
    start = len(text) - len(text.lstrip(_EMPHASIS_SPACE))
    end = len(text.rstrip(_EMPHASIS_SPACE))
    while True:
        trimmed = text[start:end].rstrip(_TRAIL)
        if trimmed[-2:] in _SPACED_SLASHES:  # "Example Trust /": a slash between lines
            trimmed = trimmed[:-1].rstrip(_TRAIL)
        logo = _LOGO_END.search(trimmed)
        if logo is not None:  # "Example Trust logo": an image's text names its owner
            trimmed = trimmed[: logo.start()].rstrip(_TRAIL)
        trimmed = _without_footnote_marks(trimmed)
        if trimmed.endswith(".") and not _keeps_dot(trimmed):
            trimmed = trimmed.rstrip(".")
        if start + len(trimmed) == end:
            return start, end
        end = start + len(trimmed)


def _without_footnote_marks(text: str) -> str:
    """*text* without trailing footnote and link marks ("Org*", "Org\u00b9", "Org [3]",
    "Org [link] [pdf]"), one mark at a time from the end (a line is at most
    :data:`MAX_ITEM_CHARS` long)."""
    while True:
        mark = _FOOTNOTE_MARK.search(text, max(0, len(text) - _MARK_WIDTH))
        if mark is None or mark.start() == 0:
            return text
        text = text[: mark.start()].rstrip()


def _headed_name(core: str, words: SignerWords) -> bool:
    """Whether *core* opens with a capitalised organisation word, has another capitalised
    word and no word of running text: a name whose other words are in lower case, as
    many languages write them ("Fédération internationale des ligues des droits de
    l'Homme")."""
    tokens = _tokens(core)
    return (
        len(tokens) >= 2
        and tokens[0][:1].isupper()
        and words.has("org", tokens[0])
        and any(t[:1].isupper() for t in tokens[1:])  # not "Federation calls on X to act"
        and not any(t.casefold() in PROSE_WORDS for t in tokens)
    )


def _keeps_dot(text: str) -> bool:
    words = text.split()
    if not words:
        return False
    last = words[-1]
    words_all = default_signer_words()
    return bool(
        words_all.has("legal", last)
        or _INITIAL.match(last)
        or re.search(r"\.[^\W\d_]{1,3}\.$", last)  # "e.V.", "S.p.A."
    )


def _parts(text: str, start: int, end: int, quotes: bool = True) -> list[_Part]:
    """Top-level parts of ``text[start:end]`` split at commas, semicolons, bars and spaced
    dashes (not inside parentheses, nor inside curly quotes when they close: "Editor of
    'Blood Red Example,' Feature Film", curly quotes)."""
    parts: list[_Part] = []
    depth = 0
    quoted = 0
    cut = start
    pos = start
    while pos < end:
        ch = text[pos]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif quotes and ch in _OPENING_QUOTES and (pos == start or not text[pos - 1].isalnum()):
            quoted += 1
        elif quoted and ch in _CLOSING_QUOTES and not (pos + 1 < end and text[pos + 1].isalpha()):
            quoted -= 1  # a closing quote before a letter is an apostrophe ("It's")
        elif depth == 0 and not quoted:
            match = _SEPARATOR.match(text, pos, end)
            if match and match.end() > pos:
                if pos > cut:
                    parts.append(_Part(cut, pos, text[cut:pos]))
                cut = pos = match.end()
                continue
        pos += 1
    if quoted:  # a quote that never closes: split as if there were none
        return _parts(text, start, end, quotes=False)
    if end > cut:
        parts.append(_Part(cut, end, text[cut:end]))
    return [_unemphasised(p) for p in parts if any(ch.isalnum() for ch in p.text)]


_OPENING_QUOTES = "\u2018\u201c"
_CLOSING_QUOTES = "\u2019\u201d"


def _unemphasised(part: _Part) -> _Part:
    """*part* without the emphasis marks and spaces around it ("**Jane Roe**")."""
    begin = part.start + len(part.text) - len(part.text.lstrip(_EMPHASIS_SPACE))
    end = part.start + len(part.text.rstrip(_EMPHASIS_SPACE))
    if (begin, end) == (part.start, part.end):
        return part
    return _Part(begin, end, part.text[begin - part.start : end - part.start])


def _tokens(text: str) -> list[str]:
    """The words of *text*, an elided article or preposition left off ("l'Association"
    is "Association", "dell'Ente" is "Ente")."""
    return [t.group(0)[_elision_end(t.group(0)) :] for t in word_tokens(text)]


def _elision_end(token: str) -> int:
    elided = _ELIDED_PREPOSITION.match(token)
    return elided.end() if elided else 0


def _org_evidence(text: str, words: SignerWords) -> int:
    tokens = _tokens(text)
    if not tokens:
        return 0
    if any(words.has("org", t) or words.has("legal", t) for t in tokens):
        return 2
    if any(_is_acronym(t) and sum(c.isalpha() for c in t) >= 2 for t in tokens):
        return 2
    if "&" in text or _NON_LATIN_ORG_SCRIPT.search(text):
        return 1
    capitalised = [t for t in tokens if t[0].isupper() or t[0].isdigit() or _CAMEL.search(t)]
    return 1 if capitalised else 0


def _without_post_nominals(text: str) -> str:
    """*text* without letters after a name ("Jane Roe OAM", "John Doe PhD"), unless they
    are all that follows the first word: "Jane ROE" is a family name in capitals."""
    tokens = _tokens(text)
    words = default_signer_words()
    if tokens and words.has("legal", tokens[-1]):
        return text  # "Jane Roe LLC", "Example Roe GmbH": a firm's legal form, not letters
    if (
        text.isupper()
        and len(tokens) == 2
        and words.is_given_name(tokens[0])
        and len(tokens[1]) > 2
        and not words.is_country(tokens[1])
    ):
        return text  # "JANE ROE": a name written in capitals, not letters after it
    bare = _POST_NOMINAL.sub("", text)
    kept = _tokens(bare)
    if len(kept) >= 2 or not kept or not (kept[0][0].isupper() and kept[0][1:].islower()):
        return bare
    return text


def _unglued(text: str, words: SignerWords) -> str:
    """*text* with a space after a title written against the name ("Dr.Jane Roe")."""
    glued = _GLUED_TITLE.match(text)
    if glued is None or not words.has("honorific", glued["title"]):
        return text
    return f"{text[: glued.end()]} {text[glued.end() :]}"


def _is_person(text: str, words: SignerWords) -> bool:
    """Whether *text* is a personal name: a title then a name, or a given name (or an
    initial) followed by one to four capitalised words or particles, no organisation
    word, no acronym, no digit."""
    text = _unglued(text, words)
    if _is_couple(text, words):
        return True  # "Jane & John Roe", "Alexandria and Brandon Example Roe"
    tokens = _tokens(_without_post_nominals(text))
    if not tokens or any(ch.isdigit() or ch == "&" for ch in text):
        return False  # "Warren & Son" is a firm
    if len(tokens) >= 2 and words.is_city(text):
        return False  # "غازي عنتاب" (Gaziantep), "San José": a city, not Ghazi or José
    # a title among the first words, then the name: "Senator", "Emeritus Professor",
    # "Youth Commission Chair", "Father"
    # ("sen.", "on.", "dott.": an abbreviated title in lower case, first)
    abbreviated = tokens[0].endswith(".")  # the words keep a dot that ends them
    titles = [
        k
        for k, t in enumerate(tokens[:4])
        if (
            (t[0].isupper() or not t.isascii() or (k == 0 and abbreviated))
            and (words.has("honorific", t) or words.has("role", t))
        )
        or (
            words.has("honorific", t) and all(words.has("honorific", h) for h in tokens[:k])
        )  # "dr hab. Jan Exemplowski": titles in lower case, first
    ]
    if titles:
        name = tokens[titles[-1] + 1 :]
        if (
            words.has("honorific", tokens[titles[-1]])
            and 2 <= len(name) <= 4
            and name[0] == "of"
            and all(t[0].isupper() for t in name[1:])
        ):
            return True  # a peer: "The Earl of Example", "Baroness Roe of Springfield"
        if 2 <= len(name) <= 4 and all(
            (t[0].isupper() or not t.isascii())
            and not words.has("org", t)
            and not words.has("legal", t)
            for t in name
        ):
            return True
    if any(words.has("org", t) or words.has("legal", t) for t in tokens):
        return False
    if words.has("honorific", tokens[0]) and len(tokens) >= 2:
        if any(words.has("role", t) for t in tokens[1:]):
            return False  # "Sr. Product Manager": a senior's title, not "Señor Product"
        return tokens[0][0].isupper() or not tokens[0].isascii()
    if not 2 <= len(tokens) <= 5:
        return False
    if (
        len(tokens) >= 3
        and words.is_country(tokens[-1])
        and not words.has("particle", tokens[-2])
    ):
        return False  # "Max Example France": a national section ("Tony Del Monaco" is one)
    first = tokens[0]
    if len(tokens) == 2 and _name_with_initials(tokens, words):
        return True  # "D.G.N.U.K. Example", "Examplina R.": initials stand for the rest
    if not (words.is_given_name(first) or _INITIAL.match(first)):
        return False
    if _ACRONYM.match(first) and len(first) > 2 and not text.isupper():
        return False  # "ARI Verona", "ARI/Verona": an acronym and its place, not Ari
    for token in tokens[1:]:
        if words.has("particle", token) and token.islower():
            continue
        if not (token[0].isupper() or not token[0].isascii() or token[0] in "'\u2019"):
            return False
        if _ACRONYM.match(token) and len(token) > 2 and not text.isupper():
            return False
    return True


#: Up to five initials ("A.M.S.D."), or one initial after a name ("Examplina R.").
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,5}$")
_ONE_INITIAL = re.compile(r"^[A-Z]\.$")


def _name_with_initials(tokens: list[str], words: SignerWords) -> bool:
    """Whether two words are a name written with initials: initials then a capitalised
    surname ("D.B.S. Example", South Asian style; not an acronym, whose letters read as
    a word, "A.R.C.I. Example", nor one and its town), or a name then one initial
    ("Examplina R.")."""
    first, last = tokens
    if _INITIALS.match(first) and first.count(".") >= 2 and len(last) > 2:
        if sum(ch in "AEIOU" for ch in first) > 1:
            return False  # the letters read as a word: "H.I.J.O.S.", "A.R.C.I."
        return last[0].isupper() and last[1:].islower() and not (
            words.is_city(last) or words.is_country(last) or words.has("org", last)
        )
    return (
        _ONE_INITIAL.match(last) is not None
        and len(first) > 2 and first[0].isupper() and first[1:].islower()
        and not (words.has("org", first) or words.is_city(first) or words.is_country(first))
    )  # fmt: skip


#: Two persons in one item: "Given & Given Family", "Given and Given Family".
_COUPLE = re.compile(
    r"^(?P<first>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:&|and|e|y|et|und)\s+"
    r"(?P<second>[A-Z\u00c0-\u00dd][^\W\d_]*(?:\s+[A-Z\u00c0-\u00dd][^\W\d_'\u2019]*){1,2})$"
)


def _is_couple(text: str, words: SignerWords) -> bool:
    """Whether *text* names two persons who sign together: the first only known given
    names ("Jon Paul", "Alexandria"), the second two or three capitalised words with no
    organisation's word ("Aleece Example", "Brandon Perel Example"); "Ben & Jerry's Ice
    Cream", "Johnson & Johnson", "Warren & Son" are firms."""
    match = _COUPLE.match(text.strip())
    if match is None:
        return False
    second = match["second"].split()
    return all(words.is_given_name(t) for t in match["first"].split()) and not any(
        words.has("org", t)
        or words.has("legal", t)
        or words.has("role", t)  # "Hugo and Example Finalist": a distinction
        or words.is_country(t)
        or (len(t) > 1 and t.isupper())  # "Smith & Example Architects PC": a firm
        for t in second
    )


def _unknown_person_first(parts: list[_Part], words: SignerWords) -> bool:
    """Whether the first part is a personal name we cannot look up, followed by a clear
    affiliation (an organisation word, not only a legal form) or only by roles."""
    if len(parts) < 2 or not _looks_like_name(parts[0].text, words):
        return False
    rest = parts[1:]
    return any(
        _org_evidence(p.text, words) >= 2 and not _all_legal(p.text, words) for p in rest
    ) or all(_is_role(p.text, words) for p in rest)


def _looks_like_name(text: str, words: SignerWords) -> bool:
    """Two or three capitalised words, none an organisation, role or legal word, no
    acronym, no digit: a personal name when an affiliation follows it."""
    tokens = _tokens(_without_post_nominals(_unglued(text, words)))
    if not 2 <= len(tokens) <= 3 or any(ch.isdigit() for ch in text):
        return False
    titled = any(t[0].isupper() and not t.isupper() for t in tokens)
    return all(
        t[0].isupper()
        and (not _is_acronym(t) or (titled and _family_in_capitals(t)))
        and t.casefold() not in FUNCTION_WORDS
        and not any(words.has(k, t) for k in ("org", "role", "legal", "header"))
        for t in tokens
    )


#: A part that is only letters after a personal name: "Jr.", "M.D.", "Ph.D.", "M.P.H";
#: not an acronym in capitals ("ACLU" may be whom she signs for).
_POST_NOMINAL_PART = re.compile(r"(?:Jr|Sr|II|III|IV|Esq|PhD|(?:[A-Z][a-z]{0,2}\.){1,3}[A-Z]?)\.?")


def _separator(text: str, left: _Part, right: _Part) -> str:
    """What separates two parts, stripped, with post-nominal parts between them left out
    ("Jane Roe, Jr., Miami": a comma)."""
    between = [p.strip() for p in text[left.end : right.start].split(",")]
    return ",".join(p for p in between if not _POST_NOMINAL_PART.fullmatch(p))


def _legal_form_joined(text: str, parts: list[_Part], words: SignerWords) -> list[_Part]:
    """*parts* with a last part that is only a legal form ("Laurel Example, LLC", "Example
    Associates, PLLC") joined to the part before it: one firm's name, not a person and
    an organisation called "LLC"."""
    if len(parts) >= 2 and _all_legal(parts[-1].text, words):
        left = parts[-2]
        return [*parts[:-2], _Part(left.start, parts[-1].end, text[left.start : parts[-1].end])]
    return parts


def _post_nominal_parts_dropped(parts: list[_Part], words: SignerWords) -> list[_Part]:
    """*parts* without the post-nominal parts after the first ("José Roe, Jr., Example
    Board"; "Jane Roe, M.D., M.P.H., Example Commission"): letters after the personal
    name are neither the signer nor its place."""
    return parts[:1] + [
        p for p in parts[1:]
        if not _POST_NOMINAL_PART.fullmatch(p.text.strip()) or _all_legal(p.text, words)
    ]  # fmt: skip


#: Words of a personal name written before a role with no comma between them.
_NAME_BEFORE_ROLE = (2, 3)


def _person_then_role(part: _Part, words: SignerWords) -> list[_Part]:
    """*part* split into the person and the role when it is a personal name run into a
    role with no comma ("Jane Roe Director of advocacy", before ", Example Aid"): a
    known given name, one or two more capitalised words, then a role; else ``[part]``."""
    tokens = list(re.finditer(r"\S+", part.text))
    if len(tokens) <= _NAME_BEFORE_ROLE[0] or not words.is_given_name(tokens[0].group(0)):
        return [part]
    cuts = [
        k for k in range(_NAME_BEFORE_ROLE[0], min(_NAME_BEFORE_ROLE[1], len(tokens) - 1) + 1)
        if all(t.group(0)[:1].isupper() and t.group(0).isalpha() for t in tokens[:k])
        and _is_role(part.text[tokens[k].start() :], words, lower_case=False)
        and not _is_role(part.text[: tokens[k - 1].end()], words)
    ]  # fmt: skip
    if not cuts:
        return [part]
    # "Jane Lobo Roe Director of ...": the capitalised role word; "Jane Roe Advocacy
    # director": the first place a role can start
    titled = [
        k for k in cuts
        if tokens[k].group(0)[0].isupper() and words.has("role", tokens[k].group(0))
    ]  # fmt: skip
    k = (titled or cuts)[0]
    cut = part.start + tokens[k - 1].end()
    begin = part.start + tokens[k].start()
    return [_Part(part.start, cut, part.text[: cut - part.start]),
            _Part(begin, part.end, part.text[begin - part.start :])]  # fmt: skip


def _given_first(text: str, words: SignerWords) -> bool:
    """Whether the first word of *text* is a known given name."""
    tokens = _tokens(text)
    return bool(tokens) and words.is_given_name(tokens[0])


def looks_like_person(text: str, words: SignerWords | None = None) -> bool:
    """Whether *text* has the shape of a personal name: a known one ("Jane Roe", "Dr.
    Example"), or two or three capitalised words that are not organisation, role or
    legal words ("Tamir Examplar")."""
    words = words or default_signer_words()
    return _is_person(text, words) or _looks_like_name(text, words)


def _is_city(text: str, words: SignerWords) -> bool:
    """A known city, also with its state's code after it ("Canoas RS", "Porto Alegre/RS")."""
    return words.is_city(_STATE_SUFFIX.sub("", text))


def _family_in_capitals(token: str) -> bool:
    """A family name written in capitals beside a given name ("Jane ROE"): three letters
    or more with a vowel, unlike most acronyms ("LGBTQ")."""
    return len(token) >= 3 and token.isalpha() and _VOWEL.search(token) is not None


def _is_role(text: str, words: SignerWords, *, lower_case: bool = True) -> bool:
    """A person's function: it starts with a role word ("Director of ..."), holds one and
    no organisation word ("human rights lawyer", "Law Lecturer"), or (if *lower_case*,
    beside a person's name) is in lower case ("writer and activist")."""
    tokens = _tokens(_PAREN_END.sub("", text) or text)  # not "... Observatory (CEO)"
    if not tokens:
        return False
    tokens[0] = _FORMER.sub("", tokens[0])  # "ex-Bishop of Example"
    # the head word: the last before a preposition ("Associate Professor of History")
    head = next((k for k, t in enumerate(tokens) if k and t.casefold() in _PREPOSITIONS), None)
    head_word = tokens[(head or len(tokens)) - 1]
    if words.has("role", tokens[0]) or words.has("role", head_word):
        return True  # "Director ...", "Technology Consultant", "IP Lawyer"
    if lower_case and tokens[0][0].islower() and tokens[0].isalpha() and not _is_acronym(tokens[0]):
        return True
    capitalised = sum(t[0].isupper() for t in tokens)
    return (
        any(words.has("role", t) for t in tokens)
        and _org_evidence(text, words) < 2
        and capitalised < TITLED_NAME_WORDS  # "Madres de Plaza de Mayo Línea Fundadora"
    )


#: A name of this many capitalised words is a name even if a role word stands inside it.
TITLED_NAME_WORDS = 4


def _former(text: str, words: SignerWords) -> bool:
    """Whether *text* starts with a former office ("former director", "ex-Mayor of X",
    "exregidor X"; not "executive director")."""
    match = _FORMER_WORD.match(text)
    return match is not None and (match["glued"] is None or words.has("role", match["glued"]))


def _role_and_org(part: _Part, words: SignerWords) -> tuple[str, _Part | None]:
    """Split "Director of Example Foundation" into the role and the organisation part.
    Two roles joined ("Professor of Economics and vice-president of the EXA") give the
    organisation of either that is more surely one (the first on a tie)."""
    joined = next(
        (m for m in _AND_WORD.finditer(part.text) if m.start() and words.has("role", m[1])),
        None,
    )
    if joined is not None:
        cut = joined.start(1)
        halves = (
            _Part(part.start, part.start + joined.start(), part.text[: joined.start()]),
            _Part(part.start + cut, part.end, part.text[cut:]),
        )
        found = [
            org for _, org in (_role_and_org(h, words) for h in halves)
            if org and _org_evidence(org.text, words) >= 2
        ]  # fmt: skip
        if found:
            org = max(found, key=lambda o: _org_evidence(o.text, words))
            role = part.text[: org.start - part.start]
            while (words_left := role.split()) and (
                words_left[-1].casefold() in AFFILIATION_PREPOSITIONS
                or _LEADING_ARTICLE.match(words_left[-1] + " A")
            ):
                role = role[: role.rstrip().rfind(words_left[-1])]  # "... and Member of the"
            return role.rstrip(), org
    previous = ""
    for match in word_tokens(part.text):
        token = match.group(0)
        elided = _elision_end(token)  # "presidente dell'Associazione X"
        located = token.casefold() in _LOCATIVE and _LEADING_ARTICLE.match(
            part.text[match.end() :].lstrip() + " "
        )  # "Profesora en la UAB", "Researcher in the Example Institute"
        contracted = token.casefold() in _CONTRACTED and words.has("role", previous)
        if (
            elided or located or contracted or token.casefold() in AFFILIATION_PREPOSITIONS
        ) and match.start() > 0:
            rest = part.text[match.start() + elided if elided else match.end() :].lstrip()
            article = _LEADING_ARTICLE.match(rest)  # "Director of the Example Foundation"
            rest = rest[article.end() if article else _elision_end(rest) :]
            # right after a role word, a capitalised name that is no field of study is
            # enough: "directeur général de Greenpeace France", "porte-parole d'Alternatiba"
            role_before = (
                words.has("role", previous) or bool(
                    elided and words.has("role", token[:elided].rstrip("'\u2019"))
                )
            ) and not words.has("academic", previous)  # "Professor of Urban Planning"
            evidence = _org_evidence(rest, words) if rest else 0
            if (
                rest
                and (
                    evidence >= 2
                    or (
                        evidence >= 1
                        and role_before
                        and not _is_discipline(rest, words)
                        # "MP of Cambridge", "Bishop of Ely": an office of a place
                        and not (words.is_country(rest) or _is_city(rest, words))
                        and not _former(part.text, words)  # a former office: a person
                    )
                )
                and (rest[0].isupper() or not rest[0].isascii())
                and rest[0] not in _OPENING_QUOTES  # "Editor of 'A Film'": a work's title
            ):  # "Director of Example Foundation"; not "Professor of Sociology"
                begin = part.start + len(part.text) - len(rest)
                return part.text[: match.start()].rstrip(), _Part(begin, part.end, rest)
        if not words.has("modifier", token):  # "Délégué Général de": the role goes on
            previous = token
    # "founder Example Media", "CEO ExampleAid Australia": role words, then a name
    tokens = word_tokens(part.text)
    lead = 0
    for k, match in enumerate(tokens[:4]):  # "National President Example Alliance"
        token = match.group(0)
        if token.casefold() in _PREPOSITIONS:
            break
        if (
            words.has("role", token)
            or (token.islower() and k == lead)
            or (k == lead and lead > 0 and words.has("modifier", token))  # "... Nazionale"
        ):
            lead = k + 1
    if 0 < lead < len(tokens) and "(" not in part.text[: tokens[lead].start()]:
        rest = part.text[tokens[lead].start() :]
        if rest[0].isupper() and not _is_role(rest, words):
            begin = part.start + tokens[lead].start()
            return part.text[: tokens[lead].start()].rstrip(), _Part(begin, part.end, rest)
    return part.text, None


def _is_place(text: str, words: SignerWords) -> bool:
    """A country, or one to four capitalised words joined by place particles ("Valle del
    Huasco", "Springfield NY", "Junín de los Andes") and nothing else; a conjunction
    ("Land and Air") makes it a name, not a place."""
    if words.is_country(text):
        return True
    tokens = _tokens(text)
    if not 1 <= len(tokens) <= 7 or any(ch.isdigit() for ch in text):
        return False
    if any(words.has("org", t) or words.has("legal", t) or words.has("role", t) for t in tokens):
        return False
    if _STATE.match(tokens[-1]) and len(tokens) >= 2:
        tokens = tokens[:-1]
    if tokens[0] in _PLACE_PARTICLES:  # lower case: "de Córdoba" is no place; "La Rioja" is
        return False
    if words.has("place", tokens[0]) and tokens[0][0].isupper():
        return True  # "Campus de Tocantinópolis-TO", "Ciudad de Villa Carlos Paz"
    named = [t for t in tokens if t.casefold() not in _PLACE_PARTICLES]
    return 1 <= len(named) <= 4 and all(t[0].isupper() and not _is_acronym(t) for t in named)


def _is_aside(text: str) -> bool:
    """Whether the text in parentheses after a name describes it rather than names it:
    four words or more, three of them lower-case words that are not function words ("EU
    trade association representing 45.000 SMEs", "rete nazionale di associazioni")."""
    tokens = _tokens(text)
    lower = sum(t[0].islower() and t.casefold() not in FUNCTION_WORDS for t in tokens)
    return len(tokens) >= 4 and lower >= 3


def _is_discipline(text: str, words: SignerWords) -> bool:
    """A field of study named where an affiliation stands ("Political Science", "Law and
    Technology", "Storia contemporanea"): a discipline word ends or heads it, and no
    other word is an organisation's ("Institute of Technology" is an institute)."""
    tokens = [t for t in _tokens(text) if t.casefold() not in FUNCTION_WORDS]
    if not tokens or len(tokens) > 6:
        return False
    return (words.has("discipline", tokens[-1]) or words.has("discipline", tokens[0])) and not any(
        words.has("org", t) for t in tokens if not words.has("discipline", t)
    )


def is_locality(text: str, words: SignerWords | None = None) -> bool:
    """Whether *text* only says where: known cities ending with a country ("Amman,
    Jordan"; not "Example Org, Peru", and not a lone word that may be a name)."""
    words = words or default_signer_words()
    pieces = [p.strip() for p in text.split(",")]
    return (
        len(pieces) >= 2
        and words.is_country(pieces[-1])
        and all(words.is_city(p) for p in pieces[:-1])
    )


def _campus(text: str) -> bool:
    """Whether a place after *text* names a campus: "University of California, Davis"."""
    tokens = _tokens(text)
    return bool(tokens) and fold(tokens[0]).startswith("universi")


def _is_description(text: str, words: SignerWords) -> bool:
    """A trailing clause that describes rather than names: a relative clause ("who
    said:"), or four words or more, most of its content words in lower case
    ("organización de comunidades indígenas de X")."""
    if _PART_OF.match(text) or _RELATIVE.match(text) or _ARTICLE_NOUN.match(text):
        return True  # "..., part of Example Network", "..., who said:", "..., le magazine"
    tokens = _tokens(text)
    content = [t for t in tokens if t.casefold() not in FUNCTION_WORDS]
    lower = [t for t in content if t[0].islower()]
    return len(tokens) >= 4 and len(lower) * 2 > len(content) and not _all_legal(text, words)


def _is_title(text: str, words: SignerWords) -> bool:
    """A document's title made of statement words only ("OPEN LETTER", "Joint
    Statement", "Lettre ouverte"): at least one statement word, nothing else but title
    and function words."""
    tokens = [t for t in _tokens(text) if t.casefold() not in FUNCTION_WORDS]
    return any(words.has("statement", t) for t in tokens) and all(
        words.has("statement", t) or words.has("title", t) for t in tokens
    )


def _is_titled(text: str, claims: list[ClaimedCount], words: SignerWords) -> bool:
    """A title and what follows it: "Joint Statement: Draconian measures against ...",
    "Gemeinsame Erklärung von 24 israelischen Organisationen" (a title, then the count of
    its signers)."""
    head, colon, _ = text.partition(":")
    if colon and head.strip() and _is_title(head, words):
        return True
    if not claims or claims[0].span is None:
        return False
    span = claims[0].span
    return (
        span.start > 0
        and not text[span.end :].strip(" .")
        and _is_title(text[: span.start], words)
    )


#: A line of this many words, all in lower case after the first, is a sentence even when
#: it names organisations ("As unions, we call on ... to respect ...").
LONG_SENTENCE_WORDS = 12


def _long_sentence(text: str) -> bool:
    tokens = _tokens(text)
    return len(tokens) >= LONG_SENTENCE_WORDS and all(t[0].islower() for t in tokens[1:])


def _sentence_case(text: str, words: SignerWords) -> bool:
    """Every word after the first in lower case, no acronym, no organisation word and no
    person's name: how a sentence is written, not a name ("Offer sustainable rentals")."""
    tokens = _tokens(text)
    return (
        all(t[0].islower() for t in tokens[1:])
        and not _is_acronym(tokens[0])
        and _org_evidence(text, words) < 2
        and not _is_person(text, words)
    )


def _spells_out(acronym: str, expansion: str, words: SignerWords) -> bool:
    """*expansion* is the long form of *acronym*: two capitalised words or more, the
    first starting with the acronym's first letter, not a description or an address, and
    the initials of its words (function words included) give three quarters of the
    acronym's letters in order ("EXA" / "Example Association"; not "MST" / "Brazil", nor
    a place such as "Addis Ababa")."""
    if not _is_acronym(acronym) or words.is_country(expansion) or _is_city(expansion, words):
        return False
    tokens = _tokens(expansion)
    capitalised = [t for t in tokens if t[0].isupper()]
    if len(capitalised) < 2 or fold(capitalised[0][0]) != fold(acronym[0]):
        return False
    if _is_description(expansion, words) or _ADDRESS.search(expansion):
        return False
    initials = "".join(fold(t[0]) for t in tokens)
    letters = [fold(c) for c in acronym if c.isalpha()]
    in_order = at = 0
    for letter in letters:  # a letter not found is skipped; the next is sought after
        found = initials.find(letter, at)
        if found >= 0:
            in_order, at = in_order + 1, found + 1
    return in_order * 4 >= len(letters) * 3


def _is_acronym(text: str) -> bool:
    """ "ENHR", "EDRi", "ACT-UP": one word with at least two capitals; not a name's word
    joined by hyphens or apostrophes ("Anna-Jayne", "Cohen-Arazi", "O'Brien") or with a
    Mac/Mc prefix ("MacDonald")."""
    if " " in text:
        return False
    if _ACRONYM.match(text):
        return True
    pieces = [p for p in _NAME_JOINS.split(text) if p]
    if len(pieces) > 1 and all(p[0].isupper() and p[1:].islower() for p in pieces):
        return False
    if _MAC.match(text):
        return False
    return sum(c.isupper() for c in text) >= 2


#: The reason of a line that counts the persons who signed: persons follow.
PERSONS_COUNT = "count of persons who signed"
#: The reason of a line that counts the organisations who signed ("The 34 associations").
ORGANISATIONS_COUNT = "count of organisations"


#: A category heading inside a list has at most this many words.
CATEGORY_HEADING_WORDS = 6


def _category_heading(tokens: list[str], words: SignerWords) -> bool:
    """Whether a list line of these *tokens* names a kind of signer, not one signer: a
    plural collective noun ("associacions", "associations") and common words only, in
    lower case after the first ("Associacions de veïns i veïnes", "Col·lectius i
    entitats", "Neighbourhood associations"); a name has a capital or an acronym."""
    if not 1 < len(tokens) <= CATEGORY_HEADING_WORDS or not tokens[0][:1].isupper():
        return False  # a heading starts with a capital ("informant networks" is a name)
    if not all(t.replace("\u00b7", "").isalpha() and t.islower() for t in tokens[1:]):
        return False
    return any(words.has("collective", t) for t in tokens)


_HEAD_SEPARATORS = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?")
#: Words of one plural head in a sub-heading that enumerates kinds of signers.
HEAD_WORDS = 4


def _plural_heads(text: str, words: SignerWords) -> bool:
    """Whether *text* enumerates kinds of signers: comma-separated capitalised plurals of
    at most ``HEAD_WORDS`` words, the last a section word ("Board and Committee Members,
    Commissioners, and Organizational Leaders")."""
    segments = [s for s in _HEAD_SEPARATORS.split(text.strip().rstrip(":")) if s]
    if len(segments) < 2:
        return False
    heads = [_tokens(s) for s in segments]
    return (
        all(0 < len(h) <= HEAD_WORDS and h[0][0].isupper() and h[-1].endswith("s") for h in heads)
        and words.has("section", heads[-1][-1])
    )


def _section(text: str, words: SignerWords, in_list: bool) -> ItemReading | None:
    cue = block_cue(text)
    tokens = _tokens(text)
    if cue is None and not in_list and 1 < len(tokens) <= 5 and words.has("section", tokens[-1]):
        head = fold(tokens[-1])  # "Elected & Community Leaders", "International Groups"
        # not "Example Council of NGOs": an organisation word of its own heads the name
        headed = any(
            words.has("org", t) and not words.has("section", t)
            and after.casefold() in FUNCTION_WORDS
            for t, after in pairwise(tokens[:-1])
        )
        if not headed and not _is_person(text, words):
            persons = not any(w in head for w in ("organ", "group", "ngo", "institu"))
            cue = CueKind.PERSONS if persons else CueKind.ORGS
    if (
        cue is None
        and len(tokens) >= 2
        and tokens[0].isdigit()
        and any(words.has("individual", t) for t in tokens[1:3])
    ):  # "517 personas ya han firmado el manifiesto, aquí están algunas": persons follow
        return ItemReading(
            ItemKind.SECTION, 0, len(text), reason=PERSONS_COUNT, section=CueKind.PERSONS
        )
    if (
        cue is None
        and 2 < len(tokens) <= CATEGORY_HEADING_WORDS
        and tokens[0].casefold() in FUNCTION_WORDS
        and tokens[1].isdigit()
        and words.has("collective", tokens[2])
    ):  # "Les 34 associations du Collectif", "The 12 organisations": they are counted
        return ItemReading(
            ItemKind.SECTION, 0, len(text), reason=ORGANISATIONS_COUNT, section=CueKind.ORGS
        )
    parts = [p.strip() for p in text.split(",", 2)[:2]]
    if cue is None and len(parts) == 2 and all(
        len(p.split()) == 1 and (words.has("section", p) or words.has("collective", p))
        for p in parts
    ):  # "Organizations, institutions, and networks supporting the campaign."
        persons = not any(w in fold(parts[0]) for w in ("organ", "group", "ngo", "institu"))
        cue = CueKind.PERSONS if persons else CueKind.ORGS
    if cue is None and not in_list and _plural_heads(text, words):
        cue = CueKind.PERSONS  # "Board Members, Commissioners, and Community Leaders"
    if cue is None and _category_heading(tokens, words):
        cue = CueKind.ORGS  # "Associacions de veïns i veïnes", "Neighbourhood associations"
    letters = [ch for ch in text if ch.isalpha()]
    shouted = letters and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
    if cue is None and shouted and len(text.split()) > 1:
        kinds = default_cues().kinds_in(normalise_cue_text(text))  # "ONGS Y OTRAS INSTITUCIONES"
        cue = next((k for k in (CueKind.PERSONS, CueKind.ORGS) if k in kinds), None)
    if cue in (CueKind.ORGS, CueKind.PERSONS):
        return ItemReading(ItemKind.SECTION, 0, len(text), reason="section heading", section=cue)
    if cue is CueKind.CLOSING:
        return ItemReading(ItemKind.NOT_SIGNATORY, 0, len(text), reason="closing formula")
    return None


def is_table_header(cells: list[str], words: SignerWords | None = None) -> bool:
    """Whether a table row's *cells* are column headings ("Organisation | Country")."""
    words = words or default_signer_words()
    return bool(cells) and all(
        len(c.split()) <= 3 and all(words.has("header", t) for t in _tokens(c)) for c in cells
    )


#: A lower-case letter then a capital inside a word: two words glued ("RoeExample").
_GLUED_CAPITAL = re.compile(r"[a-z\u00e0-\u00ff][A-Z]")


def glued_person_end(core: str, words: SignerWords | None = None) -> int | None:
    """Where the organisation starts in *core* when it opens with a personal name and no
    separator ("Jane Roe Example Foundation", "Dr Jane Roe-Doe Example Aid"): an optional
    honorific, a known given name, one capitalised family name (hyphen and apostrophe
    kept in it), then a capitalised word; ``None`` otherwise. Only a list whose lines
    mostly read so is read so (``_Reader``): "Rosa Example Stiftung" alone is a name."""
    words = words or default_signer_words()
    if "," in core:
        return None
    tokens = word_tokens(core)
    at = 1 if tokens and words.has("honorific", tokens[0].group(0).rstrip(".")) else 0
    if len(tokens) < at + 3:
        return None
    given, family, rest = tokens[at], tokens[at + 1], tokens[at + 2]
    glued = _GLUED_CAPITAL.search(family.group(0), 2)
    if words.is_given_name(given.group(0)) and glued is not None:
        return family.start() + glued.start() + 1  # "Roe" + "Example Relief", glued
    if (
        not words.is_given_name(given.group(0))
        or not family.group(0)[:1].isupper()
        or any(words.has(k, family.group(0)) for k in ("org", "role", "legal", "honorific"))
        or not rest.group(0)[:1].isupper()
        or core[family.end() : rest.start()].strip()  # "Jane Roe - Example": a separator
    ):
        return None
    return rest.start()


def read_item(
    text: str,
    *,
    persons_section: bool = False,
    in_list: bool = False,
    names_first: bool = False,
    person_first: bool = False,
    words: SignerWords | None = None,
) -> ItemReading:
    """Read the signatory line *text* (see the module doc). *persons_section*: the line
    stands under an "Individuals" sub-heading, so a bare personal name is a person.
    *in_list*: the line is a list item or a table row, so a short line in lower case
    ("Spoločnosť pre otvorené informačné technológie") is a name, not running text.
    *names_first*: the list's lines are "Person, Organisation", so a first part shaped
    like a personal name is one even when its given name is not known ("Given Family,
    Example"). *person_first*: the first part is known to be a person's name (a table's
    name column), whatever it looks like ("ROE Jane, Example University")."""
    words = words or default_signer_words()
    if len(text) > MAX_ITEM_CHARS:  # no name is this long; bounds the work on a line
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="too long for a name")
    start, end = _core(text)
    quoted = _QUOTED_TAIL.search(text, start, end)
    if quoted is not None and quoted.start() > start:  # 'Jane Roe, "Free speech first."'
        end = start + len(text[start : quoted.start()].rstrip(_TRAIL))
    core = text[start:end]
    keyed = _NAME_KEY.match(core)
    if keyed is not None and words.has("column_name", keyed["key"]):
        # "name: Jane Roe" (a YAML or "key: value" record of the signer): the value
        start += keyed.end()
        core = text[start:end]
    site = _PAREN_SITE.search(core)
    if site is not None and site.start() > 0 and _WEBSITE.match(site["site"]):
        # "Example Network (example.org)", "(https://example.org)": the name, then its site
        end = start + site.start()
        core = text[start:end]
    if not core:
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="empty list item")
    if not any(ch.isalnum() for ch in core):
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="no name")
    section = _section(core, words, in_list)
    if section is not None:
        return ItemReading(section.kind, start, end, reason=section.reason, section=section.section)
    last_part = core.rsplit(",", 1)[-1].strip()
    if text.rstrip().endswith(":") and len(core.split()) <= 8 and not _RELATIVE.match(last_part):
        return ItemReading(ItemKind.SECTION, start, end, reason="section heading")
    reason = non_organisation_reason(core)
    described = _DESCRIBED.search(core) if reason == "prose sentence" and in_list else None
    if described is not None and non_organisation_reason(core[: described.start()]) is None:
        # "Example Network - we work on water rights in the valley": the name, then what
        # it does
        end = start + described.start()
        core = text[start:end]
        reason = None
    if reason in ("contact line", "page furniture") and _DOTTED_NUMBER.match(core):
        reason = None  # "10.10.10" is a name, not a phone number
    if reason == "contact line" and (
        _DOMAIN_NAME.match(core)
        or (in_list and _BARE_DOMAIN.fullmatch(core))
        or (in_list and _person_and_domain(core, words))
    ):
        # "Startpage.com", "Rede Ciranda.net", a list's "350.org": a name; "Jane Roe,
        # Change.org": a person and the firm named by its domain (capitalised)
        reason = None
    if reason == "contact line":  # "Example Org | https://example.org": keep the name
        named = _before_contacts(text, start, end)
        if named is not None:
            start, end = named
            core = text[start:end]
            reason = non_organisation_reason(core)
    if core[0] in "(\uff08" and core[-1] in ")\uff09":  # "(names in alphabetical order)"
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="note in parentheses")
    member = _MEMBER_FOR.match(core)
    if member is not None and _is_person(member["person"], words):
        # "Jane Roe — (Lab) Example North & South": a member for a party and a seat
        at = start + member.start("org")
        seat = member["seat"].strip() or None
        return ItemReading(
            ItemKind.ORGANISATION, at, at + len(member["org"]),
            person=_strip_honorific(member["person"], words), place=seat,
            evidence=_org_evidence(member["org"], words),
        )  # fmt: skip
    if _QUOTATION.match(core) and len(core.split()) >= 5:  # « ... », "...": a quotation
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="quotation")
    if core.endswith("?") and len(core.split()) >= 5:  # "Are You Syrious?" is a name
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="question")
    if core.rstrip("*_").endswith("!") and len(_tokens(core)) >= 2:  # not "Ensemble !"
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="slogan")
    if _FOOTNOTE_LINE.match(core):
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="footnote")
    if core.startswith("#") and all(t.startswith("#") for t in core.split()):
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="hashtag")
    claims = find_claimed_counts(core)  # "27 organizations, standing together": a count
    if claims and claims[0].span is not None and claims[0].span.start == 0:
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="count of signers")
    if _is_title(core, words) or _is_titled(core, claims, words):  # "OPEN LETTER"
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="title")
    if reason is None and words.is_country(core):
        return ItemReading(ItemKind.SECTION, start, end, reason="place heading")
    if reason in (
        "closing formula", "salutation", "contact line", "date line", "placeholder", "form mark",
        "copyright line", "and others", "link text", "attachment", "credit line", "subject line",
    ):
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason=reason)
    if reason == "page furniture" and _PAGE.match(core):
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason=reason)
    written = text.rstrip()
    if (
        written.endswith(".")
        and len(core.split()) > 1
        and not _keeps_dot(written)
        and (core[0].islower() or _sentence_case(core, words) or _long_sentence(core))
    ):  # "offer homes.", "Offer sustainable rentals.": a point made, not a name
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="prose sentence")
    if len(core.split()) > 25:
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="prose sentence")
    prose = reason == "prose sentence" and not (
        (
            (in_list and len(core.split()) < _SENTENCE)
            or (len(core.split()) <= HEADED_NAME_WORDS and _headed_name(core, words))
        )
        and not core.endswith(".")
    )
    surname = _CAPS_SURNAME.match(text, start, end)
    if surname is not None and _titled_or_known(surname, words):
        # "MEP Jane ROE Example Group": no separator, the capitals end the name
        rest = _read_parts(text, surname.end(), end, False, words, prose, False)
        person = " ".join(f"{surname['given']} {surname['family']}".split())
        if rest.kind is ItemKind.ORGANISATION and rest.evidence >= 1:
            return attrs.evolve(rest, person=person)
        begin = surname.start("given")
        return ItemReading(
            ItemKind.PERSON, begin, begin + len(person), person=person,
            person_role=text[surname.end() : end].strip() or None,
        )  # fmt: skip
    represented = _REPRESENTED_BY.search(text, start, end)
    if represented is not None and represented.start() > start:
        # "Example Foundation, represented by Jane Roe (President)": the organisation
        # signs, through its person
        after = text[represented.end() : end].strip(_TRAIL + ")\uff09")
        person_end = len(after)
        for mark in ",(;\u2013\u2014":
            cut = after.find(mark)
            person_end = cut if 0 < cut < person_end else person_end
        person = _strip_honorific(after[:person_end].strip(), words)
        if person and (_looks_like_name(person, words) or _is_person(person, words)):
            cut_at = represented.start()
            core_end = start + len(text[start:cut_at].rstrip(_TRAIL + "(\uff08 "))
            reading = _read_parts(text, start, core_end, False, words, prose, False)
            if reading.kind is ItemKind.ORGANISATION:
                return attrs.evolve(reading, person=reading.person or person)
    behalf = _ON_BEHALF.search(text, start, end)
    left = text[start : behalf.start()] if behalf is not None else ""
    if behalf is not None and (
        _signs_for(left, words)
        or (  # "Jane Roe, on behalf of the Example Network": the phrase says it
            behalf.group(0).strip().casefold() not in _AMBIGUOUS_FOR
            and _looks_like_name(left.rstrip(_TRAIL + ","), words)
        )
    ):
        article = _LEADING_ARTICLE.match(text, behalf.end(), end)
        begin = article.end() if article else behalf.end()
        reading = _read_parts(text, begin, end, False, words, prose, False)
        if reading.kind is ItemKind.ORGANISATION:  # "Jane Roe for Example Project"
            person = _strip_honorific(left.rstrip(_TRAIL + ","), words)
            return attrs.evolve(reading, person=reading.person or person)
    return _read_parts(
        text, start, end, persons_section, words, prose, names_first, person_first
    )


def _signs_for(left: str, words: SignerWords) -> bool:
    """Whether *left*, before "for"/"a nome di", is a person's name: two to five words,
    the first a title or a given name ("Hack for Privacy", "Lawyers for X" are names)."""
    tokens = _tokens(left)
    return (
        not any(mark in left.rstrip(_TRAIL) for mark in ",;()|")
        and 2 <= len(tokens) <= 5
        and (words.is_given_name(tokens[0]) or words.has("honorific", tokens[0]))
        and not any(words.has("org", t) for t in tokens)
        and _is_person(left.rstrip(_TRAIL), words)
    )


#: Words between a person and the organisation they sign for ("Jane Roe for Example",
#: "Mario Rossi a nome di Esempio"); the person must read as a personal name.
_ON_BEHALF = re.compile(
    r",?\s+(?:for|on behalf of|representing|a nome d(?:i|el|ella|ell')|per conto d(?:i|el|ella)"
    r"|in rappresentanza d(?:i|el|ella)|en nombre de(?:l)?|en representaci[oó]n de(?:l)?"
    r"|au nom d(?:e|u|es)|pour|em nome d(?:e|o|a)|im Namen d(?:er|es))\s+(?=\S)",
    re.IGNORECASE,
)


#: A web address with no "www", scheme or path: as a list item, a name ("350.org").
_BARE_DOMAIN = re.compile(rf"(?!www\.){BARE_HOST}")
#: A person, a comma, then a capitalised domain: "Jane Roe, Change.org".
_PERSON_AND_DOMAIN = re.compile(r"^(?P<person>[^,]+),\s*(?=[A-Z])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$")


def _person_and_domain(core: str, words: SignerWords) -> bool:
    """Whether *core* is "Person, Domain.org" with the domain capitalised (a firm named
    by its domain), not a person's own web address."""
    match = _PERSON_AND_DOMAIN.match(core)
    return match is not None and _is_person(match["person"], words)


#: A dash or colon after a name, then a description in lower case.
_DESCRIBED = re.compile(r"(?:\s[-\u2013\u2014]|:)\s+(?=[a-z\u00df-\u00ff])")
#: The person through whom an organisation signs, after its name.
_REPRESENTED_BY = re.compile(
    r"[,(\uff08]?\s*(?:represented by|rep\. by|repr[eé]sent[eé]e? par|representad[oa] por"
    r"|rappresentat[oa] da|vertreten durch|temsilen|vertegenwoordigd door)\s+(?=\S)",
    re.IGNORECASE,
)
#: "[Title] Given FAMILY Rest": a family name in capitals, then more capitalised words.
_CAPS_SURNAME = re.compile(
    r"(?P<title>(?:[A-Z][\w.]*\.?\s+){0,2}?)"
    r"(?P<given>[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff]+(?:-[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff]+)?)\s+"
    r"(?P<family>(?:[A-Z\u00c0-\u00dd][A-Z\u00c0-\u00dd'\u2019-]+\s+){1,3}?)"
    r"(?=[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff])"
)


_VOWEL = re.compile(r"[AEIOUYÀ-ÖØ-Ý]")


def _titled_or_known(match: re.Match[str], words: SignerWords) -> bool:
    """Whether a "[Title] Given FAMILY" match is a person: a title before it or a known
    given name."""
    if not all(_VOWEL.search(t) for t in match["family"].split()):
        return False  # "LGBTQ": an acronym, not a family name
    title = _tokens(match["title"])
    if title and not all(words.has("honorific", t) or words.has("role", t) for t in title):
        return False
    return bool(title) or words.is_given_name(match["given"].split()[0])


#: "for" and "pour" also join the words of a name ("Lawyers for Example"): the person
#: before them must be a known name.
_AMBIGUOUS_FOR = frozenset(["for", "pour"])
_LEADING_ARTICLE = re.compile(r"(?:the|la|le|il|lo|el|die|der|das|los|las|les)\s+(?=[A-Z])")


def _person_with_parenthesis(
    part: _Part, paren: re.Match[str], words: SignerWords, names_first: bool
) -> ItemReading | None:
    """The reading of "Jane Roe (journalist)" (a person with a role or a country) or
    "Jane Roe (Example Network)" (the organisation, with its person), or ``None`` when
    the words outside the parentheses are not a personal name."""
    outside = part.text[: paren.start()]
    inner = paren["inner"].strip()
    known = _is_person(outside, words)
    # "Given Family (giornalista)", "Given Family (politico)": a role, or a word in lower
    # case; not an acronym in lower case ("Example Bundesverband (ebv)")
    lower_acronym = len(inner) <= 6 and fold(inner[:1]) == fold(outside.strip()[:1])
    role_inside = _is_role(inner, words, lower_case=inner[:1].islower() and not lower_acronym)
    if (_ACRONYM.match(inner) and not known) or not (
        known or ((names_first or role_inside) and _looks_like_name(outside, words))
    ):
        return None  # "Example Forum (EF)": a name with its acronym
    if _ACRONYM.match(inner) and _spells_out(inner, outside, words):
        return None  # "Jane Roe Association (JRA)"
    person_name = _strip_honorific(outside, words)
    country = words.is_country(inner)
    # "Jane Roe (anthropologist, Example University, Springfield)": read as a line
    inside = read_item(inner, in_list=True, words=words) if "," in inner else None
    org_inside = inside is not None and inside.kind is ItemKind.ORGANISATION
    role_of = (
        None
        if inside is not None or country or _former(inner, words)  # "(exalcalde X)"
        else _role_and_org(_Part(0, len(inner), inner), words)
    )
    if (
        role_of is not None
        and role_of[1] is not None
        and role_of[0]
        and (_ACRONYM.match(role_of[1].text) or _org_evidence(role_of[1].text, words) >= 2)
    ):
        # "Jane Roe (segretaria generale EXA)", "Jane Roe (docente Università di X)": the
        # organisation she signs for, after her role
        org = role_of[1]
        begin = part.start + paren.start() + paren.group(0).index(inner) + org.start
        return ItemReading(
            ItemKind.ORGANISATION, begin, begin + len(org.text), person=person_name,
            person_role=role_of[0], evidence=_org_evidence(org.text, words),
        )  # fmt: skip
    if not org_inside and (country or _is_role(inner, words)):
        at = part.start + outside.index(person_name)
        return ItemReading(
            ItemKind.PERSON, at, at + len(person_name), person=person_name,
            person_role=None if country else inner, country=inner if country else None,
        )  # fmt: skip
    if not (known or org_inside):
        return None
    begin = part.start + paren.start() + paren.group(0).index(inner)
    if inside is None or not org_inside:
        inside = ItemReading(ItemKind.ORGANISATION, 0, len(inner))
    return ItemReading(
        ItemKind.ORGANISATION, begin + inside.start, begin + inside.end, person=person_name,
        place=inside.place, country=inside.country,
        evidence=_org_evidence(inner[inside.start : inside.end], words),
    )  # fmt: skip


def _before_contacts(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the parts before the first contact part (URL, e-mail, handle), or
    ``None`` when the line starts with one."""
    parts = _parts(text, start, end)
    kept = []
    for part in parts:
        if non_organisation_reason(part.text) == "contact line" and not _DOMAIN_NAME.match(
            part.text
        ):
            break
        kept.append(part)
    if not kept or len(kept) == len(parts):
        return None
    return kept[0].start, kept[-1].end


def _read_parts(
    text: str,
    start: int,
    end: int,
    persons_section: bool,
    words: SignerWords,
    prose: bool,
    names_first: bool,
    known_person: bool = False,
) -> ItemReading:
    parts = _parts(text, start, end)
    parts = _legal_form_joined(text, _post_nominal_parts_dropped(parts, words), words)
    if len(parts) >= 2:
        parts[:1] = _person_then_role(parts[0], words)
    written = len(parts)  # parts as written, before places and descriptions leave
    country = place = None
    # after a person's name (and a role), a capitalised part is an affiliation, not a
    # town: "Jane Roe, Regione X", "Jane Roe, lawyer, Example Chambers"
    unknown_first = (known_person and len(parts) >= 2) or (
        names_first
        and len(parts) >= 2
        and _looks_like_name(parts[0].text, words)
        and not words.is_country(parts[-1].text)
        and not all(_all_legal(p.text, words) for p in parts[1:])  # "Example Zero, LLC"
    )
    person_first = unknown_first or (len(parts) >= 2 and _is_person(parts[0].text, words))
    # a trailing place: its own part ("..., Colombia") or in parentheses ("... (Kenya)")
    line_tokens = _tokens(text[start:end])
    sentence = any(t.casefold() in PROSE_WORDS for t in line_tokens) or (
        len(line_tokens) > 1
        and line_tokens[0][0].islower()  # a wrapped line of prose; not "sen. Jane Roe"
        and not (line_tokens[0].endswith(".") and words.has("honorific", line_tokens[0]))
    )
    if len(parts) >= 2 and _spells_out(parts[0].text, parts[1].text, words):
        # "EXA, Example Association": an acronym and its expansion are one name
        parts[:2] = [_Part(parts[0].start, parts[1].end, text[parts[0].start : parts[1].end])]
    while len(parts) > 1 and DATE_PART.match(parts[-1].text.strip()):
        parts.pop()  # "Jane Roe, Bend, OR, Aug 4, 2019": when she signed, not whom for
    if (
        len(parts) > 2
        and _STATE_CODE.match(parts[-1].text)
        and words.is_city(parts[-2].text)
    ):  # "São Paulo - SP": the city and its state are one place
        state = parts.pop()
        parts[-1] = _Part(parts[-1].start, state.end, text[parts[-1].start : state.end])
    while len(parts) > 1 and (
        _WEBSITE.match(parts[-1].text.strip()) or _ADDRESS.search(parts[-1].text)
    ):
        parts.pop()  # "Example Network - example.org", "..., Via Roma 5, 20100": not names
    prose = _drop_descriptions(text, parts, sentence, prose, words)
    while (
        len(parts) > 1
        and _is_place(parts[-1].text, words)
        and (
            words.is_country(parts[-1].text)
            # "Jane Roe, Zagreb": a known city is where she is, not whom she signs for
            or (_is_city(parts[-1].text, words) and not _campus(parts[-2].text))
            or not (
                _campus(parts[-2].text)
                or (
                    person_first
                    and (
                        written == 2
                        or (
                            len(parts) == written
                            and (_is_role(parts[-2].text, words) or _titled(parts[-2].text))
                        )
                    )
                )
            )
        )
        and (
            words.is_country(parts[-1].text)
            or _separator(text, parts[-2], parts[-1]) in (",", "")
            # "Jane Roe - Canoas RS": after a person, a known city is where she is
            or (
                (person_first or _given_first(parts[0].text, words))
                and _is_city(parts[-1].text, words)
            )
        )
    ):  # after a dash only a country is a place: "Association — Hama" is a branch's name
        if (
            len(parts) == 2
            and _separator(text, parts[0], parts[1]) not in (",", "")
            and not words.is_country(parts[1].text)
            and _looks_like_name(parts[0].text, words)
            and _given_first(parts[0].text, words)
        ):
            unknown_first = True  # "Given Family - Example City": a person and a city
        last = parts.pop()
        if words.is_country(last.text):
            country = country or last.text
        else:
            place = place or last.text
    while len(parts) > 1 and _ADDRESS.search(parts[-1].text):
        parts.pop()  # "Example Org, 12 Example Street, London": the street before the city
    # "Example, organización de comunidades indígenas, Córdoba": a description before the
    # place, when it starts in lower case ("X, CETA and farm coalition" may be a name)
    if parts[-1].text[:1].islower():
        prose = _drop_descriptions(text, parts, sentence, prose, words)
    paren = _PAREN_END.search(parts[-1].text)
    if paren and paren.start() > 0 and len(parts) == 1:
        person_reading = _person_with_parenthesis(parts[0], paren, words, names_first)
        if person_reading is not None:
            return person_reading
    if paren and paren.start() > 0:
        inner = paren["inner"].strip()
        countries = [c for c in _SEVERAL.split(inner) if c]
        if all(words.is_country(c) for c in countries):  # "(Kenya)", "(France / Belgium)"
            country = country or inner  # "(Zaal)", "(The Blue Helmets)": names, not places
        if country == inner or (_is_aside(inner) and not spelled_acronym(parts[-1].text)):
            kept = parts[-1].text[: paren.start()]
            parts[-1] = _Part(parts[-1].start, parts[-1].start + len(kept), kept)
    legal = next((p.text for p in parts[1:] if _all_legal(p.text, words)), None)
    if legal is None:
        tokens = _tokens(parts[-1].text)
        final = tokens[-1] if len(tokens) > 1 else ""
        if final and words.has("legal", final) and (final[0].isupper() or "." in final):
            legal = final
    # "..., in a personal capacity"; "Jane Roe, Individual": a part that is only a word
    # for a private person
    own = [
        0 < k == len(parts) - 1
        and len(t := _tokens(p.text)) == 1
        and words.has("individual", t[0])
        and not words.has("role", t[0])  # "..., Activist" is a role
        for k, p in enumerate(parts)
    ]
    capacity = any(words.phrase_in("capacity", p.text) for p in parts) or any(own)
    parts = [
        p for k, p in enumerate(parts) if not (own[k] or words.phrase_in("capacity", p.text))
    ]
    if not parts:
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="no name")
    named = [p for p in parts if not _is_distinction(p.text, words)]
    if not named:  # "Nobel Peace Prize 1980" on a line of its own
        return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="distinction")
    parts = named
    person_at = next((i for i, p in enumerate(parts) if _is_person(p.text, words)), None)
    if known_person and len(parts) >= 2:
        person_at = 0
    elif person_at is None and (unknown_first or _unknown_person_first(parts, words)):
        person_at = 0  # "Given Family, Example Foundation": a name we do not know
    elif (
        person_at is None
        and len(parts) == 3
        and _is_role(parts[2].text, words, lower_case=False)
        and _looks_like_name(parts[1].text, words)
        and _org_evidence(parts[0].text, words) >= 2
    ):
        person_at = 1  # "Example Forum, Given Family, Chairman": a name we do not know
    base = ItemReading(
        ItemKind.ORGANISATION, start, end, country=country, place=place, legal_form=legal
    )
    if person_at is None:
        if (
            len(parts) == 2
            and parts[1].text[:1].islower()
            and _separator(text, parts[0], parts[1]) == ","
            and _is_role(parts[1].text, words, lower_case=False)
            and _org_evidence(parts[0].text, words) < 2
            and not _is_role(parts[0].text, words, lower_case=False)
        ):  # "La Example Libérée, chanteuse": a stage name and a trade, a person
            return ItemReading(
                ItemKind.PERSON, parts[0].start, parts[0].end,
                person=parts[0].text.strip(), person_role=parts[1].text.strip(),
            )  # fmt: skip
        if all(_is_role(p.text, words, lower_case=False) for p in parts):
            # "Referente indígena", "human rights lawyer": the rest of a person's line
            return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="a role, not a name")
        if persons_section and _evidence_all(parts, words) < 2:
            return attrs.evolve(base, kind=ItemKind.PERSON, start=parts[0].start, end=parts[0].end)
        kept = text[parts[0].start : parts[-1].end]
        if prose and (_evidence_all(parts, words) < 2 or len(_tokens(kept)) >= _SENTENCE):
            return ItemReading(ItemKind.NOT_SIGNATORY, start, end, reason="prose sentence")
        if _is_role(parts[0].text, words, lower_case=False) and len(parts) > 1:
            parts = parts[1:]
        first, last = parts[0], _last_on_line(text, parts)
        name = text[first.start : last.end]
        return attrs.evolve(
            base, start=first.start, end=last.end, evidence=_org_evidence(name, words)
        )
    person = parts[person_at]
    roles: list[str] = []
    orgs: list[_Part] = []
    after_role = False
    for index, part in enumerate(parts):
        if index == person_at:
            continue
        evidence = _org_evidence(part.text, words)
        if after_role and orgs and evidence < 2 and not _is_role(part.text, words):
            roles[-1] = f"{roles[-1]}, {part.text}"  # "Manager, Collections & Extension"
            continue
        after_role = False
        closing = parts[-1] if index < len(parts) - 1 else None
        if (
            closing is not None
            and index > person_at
            and (_is_role(part.text, words) or _titled(part.text))
            and not _is_role(closing.text, words)
            and not _titled(closing.text)
        ):  # "Jane Roe, Head of Policy and Media, Example Organisation": the part between
            roles.append(part.text.strip())  # the person and the organisation is a title
            continue
        if _is_role(part.text, words):
            role, org = _role_and_org(part, words)
            roles.append(role)
            inner = _PAREN_END.search(role)
            if org is None and inner and _ACRONYM.match(inner["inner"].strip()):
                acronym = inner["inner"].strip()
                begin = part.start + part.text.rindex(acronym)
                org = _Part(begin, begin + len(acronym), acronym)
                roles[-1] = role[: inner.start()].rstrip()
            if org is not None:
                orgs.append(org)
            else:
                after_role = True
        elif index > person_at or evidence >= 1:
            role, org = _role_and_org(part, words)  # "National President Example Alliance"
            if (
                org is not None
                and org.start > part.start
                and _is_role(role, words, lower_case=False)
            ):
                roles.append(role)
                part = org
            orgs.append(part)
    person_name = _strip_honorific(person.text, words)
    role_text = ", ".join(r for r in roles if r) or None
    if capacity or not orgs:
        begin = person.start + person.text.index(person_name)
        return attrs.evolve(
            base, kind=ItemKind.PERSON, start=begin, end=begin + len(person_name),
            person=person_name,
            person_role=role_text,
        )  # fmt: skip
    # a department or discipline before the institution is not the signer: "Jane Roe,
    # Professor, Political Science, Example University" -> Example University
    while len(orgs) > 1 and _is_discipline(orgs[0].text, words):
        orgs = orgs[1:]
    first, last = orgs[0], _first_organisation_end(text, orgs, words)
    name = text[first.start : last.end]
    whole = next((p for p in parts if p.start < first.start < p.end), None)
    if whole is not None and _all_legal(name, words):
        # "Jane Roe, npm Inc": a legal form is no name by itself; the words before it in
        # its part are the firm's name, not the person's role
        said = text[whole.start : first.start].strip(" ,")
        roles = [r for r in roles if r.strip(" ,") != said]
        role_text = ", ".join(r for r in roles if r) or None
        first = whole
        name = text[first.start : last.end]
    return attrs.evolve(
        base, start=first.start, end=last.end, person=person_name, person_role=role_text,
        evidence=_org_evidence(name, words),
    )  # fmt: skip


#: Words of a job title that name no organisation in a "Person, Title, Organisation"
#: line: "Chief Executive", "Project Worker", "Head of Policy".
_TITLE_WORDS = frozenset(
    "chief executive worker officer head deputy acting senior junior lead".split()  # noqa: SIM905
)


def _titled(text: str) -> bool:
    """Whether *text* is a job title by its words ("Chief Executive", "Project Worker")."""
    tokens = [t.casefold() for t in _tokens(text)]
    return 0 < len(tokens) <= 6 and any(t in _TITLE_WORDS for t in tokens)


def _office_in(part: _Part, words: SignerWords) -> bool:
    """Whether *part* is an office in an organisation ("secrétaire général de la EXU"):
    a role, then the organisation."""
    return (
        _PART_OF.match(part.text) is None
        and _is_role(part.text, words)
        and _role_and_org(part, words)[1] is not None
    )


def _drop_descriptions(
    text: str, parts: list[_Part], sentence: bool, prose: bool, words: SignerWords
) -> bool:
    """Pop trailing descriptive clauses off *parts* ("..., ONG con status consultivo en
    Naciones Unidas": not the name); return whether what is kept still reads as prose."""
    while (
        len(parts) > 1
        and not sentence
        and _is_description(parts[-1].text, words)
        and not _office_in(parts[-1], words)
    ):
        parts.pop()
        kept = text[parts[0].start : parts[-1].end]
        prose = prose and non_organisation_reason(kept) == "prose sentence"
    return prose


def _line_of(text: str, part: _Part) -> int:
    return text.count("\n", 0, part.start)


def _last_on_line(text: str, parts: list[_Part]) -> _Part:
    """The last of *parts* that continue the first: a name never spans two lines or two
    table cells ("Example Org | Association | Belgium": Example Org)."""
    last = parts[0]
    for part in parts[1:]:
        gap = text[last.end : part.start]
        if "\n" in gap or "|" in gap or "\t" in gap:
            break
        last = part
    return last


def _first_organisation_end(text: str, orgs: list[_Part], words: SignerWords) -> _Part:
    """Where the first of several affiliations ends ("Jane Roe, Org A, Org B": Org A);
    a lower-case continuation or a legal form ("..., Inc.") stays with it."""
    last = orgs[0]
    for part in orgs[1:]:
        if _line_of(text, part) != _line_of(text, orgs[0]):
            break
        gap = text[last.end : part.start]
        if "|" in gap or "\t" in gap:
            break  # a name never spans two table cells
        dash = gap.strip() in _DASHES
        campus = _campus(last.text) and _is_place(part.text, words)  # "University of X, Y"
        if not (dash or campus or part.text[:1].islower() or _all_legal(part.text, words)):
            break
        last = part
    return last


def _is_distinction(text: str, words: SignerWords) -> bool:
    """A prize named after a person's name ("Premio Nobel Alternativo 2004"): an award word
    and no organisation word."""
    tokens = _tokens(text)
    return any(words.has("award", t) for t in tokens) and not any(
        words.has("org", t) for t in tokens
    )


def _all_legal(text: str, words: SignerWords) -> bool:
    tokens = _tokens(text)
    return bool(tokens) and all(words.has("legal", t) for t in tokens)


def _evidence_all(parts: list[_Part], words: SignerWords) -> int:
    return max((_org_evidence(p.text, words) for p in parts), default=0)


def _strip_honorific(name: str, words: SignerWords) -> str:
    """The personal name without titles before it or letters after it: "Emeritus
    Professor Jane A. Roe OAM" -> "Jane A. Roe"."""
    name = _unglued(name, words)
    name = _without_post_nominals(name)
    tokens = word_tokens(name)
    titles = [
        k
        for k, t in enumerate(tokens[:4])
        if any(words.has(kind, t.group(0)) for kind in ("honorific", "role"))
    ]
    if titles and len(tokens) - titles[-1] - 1 >= 2:
        after = tokens[titles[-1] + 1]
        if after.group(0) == "of":  # a peer is named by the title: "Earl of Example"
            return name[tokens[titles[-1]].start() :].strip()
        name = name[after.start() :]
        tokens = word_tokens(name)
    if len(tokens) == 2 and words.has("honorific", tokens[0].group(0)):
        name = name[tokens[1].start() :]
    return name.strip()
