"""Where a name starts and ends inside a piece of an enumeration: the name (or "A and
B") that opens a piece before its clause, the name that ends a piece after a collective
noun, a quoted name, and whether a piece is one whole name."""

from __future__ import annotations

import re

from sochi_er.extraction.dates import WEEKDAYS
from sochi_er.extraction.enumeration_pieces import (
    AGENT_PREPOSITION,
    ARTICLE,
    COMMA_AND,
    MAX_PIECE_WORDS,
    QUOTED,
    WORD,
    and_search,
    capitalised,
)
from sochi_er.extraction.lexicons import (
    SignerWords,
    caseless_letter,
    default_signer_words,
    word_tokens,
)
from sochi_er.extraction.lines import FUNCTION_WORDS, non_organisation_reason
from sochi_er.extraction.sentence_words import unnamed_others

#: The "and" a serial comma leaves at the start of the last piece ("A, B, and C").
_LEADING_AND = re.compile(
    rf"(?:{COMMA_AND})\s+"
    # "..., and the Example Union": the serial comma, then an article before the name
    r"(?:(?:the|la|le|les|el|los|las|il|die|der|das|het)\s+)?(?=[A-Z\u00c0-\u00dd0-9])"
)
#: "A" and "B": a second quoted name after the first.
_QUOTED_AND = re.compile(r"\s+(?:and|e|y|et|und|en|i|a)\s+" + QUOTED.pattern, re.IGNORECASE)


def _quoted_start(text: str, start: int, end: int) -> int | None:
    """Where the quoted name that ends ``text[start:end]`` begins (its opening mark), or
    ``None`` when the piece does not end with one ("... groups like «Example Forum»")."""
    piece = text[start:end].rstrip(" .;:\u060c")
    bracket = _TRAILING_BRACKET.search(piece, max(0, len(piece) - _BRACKET_REACH))
    if bracket is not None:  # '"Example Forum" (EXF)': the name's acronym after it
        piece = piece[: bracket.start()].rstrip()
    if not piece or piece[-1] not in '"\u201d\u00bb':
        return None
    opening = max(piece.rfind(mark, 0, len(piece) - 1) for mark in '"\u201c\u201e\u00ab')
    if opening < 0 or QUOTED.fullmatch(piece, opening) is None:
        return None
    inner = piece[opening + 1 : opening + 2]
    return start + opening if _opens_name(inner) or inner.isdigit() else None


def _opens_name(letter: str) -> bool:
    """Whether *letter* may open a name: a capital, or a letter of a script with no case
    (Arabic, Hebrew, CJK)."""
    return letter.isupper() or caseless_letter(letter)


#: A short bracket that ends a piece: a quoted name's acronym ('"Example Forum" (EXF)'),
#: looked for in the piece's last ``_BRACKET_REACH`` characters.
_TRAILING_BRACKET = re.compile(r"\([^()]{1,40}\)$")
_BRACKET_REACH = 42


def is_whole_name(text: str, start: int, end: int) -> bool:
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
    article = ARTICLE.match(piece)
    body = piece[article.end() :] if article else piece
    body = body.lstrip("+ ") if body[:1] == "+" else body  # "+ Example"
    if not body or not capitalised(body.split()[0]):
        return False
    body_start = start + len(text[start:end]) - len(body)
    stop = _leading_name_end(text, body_start, end)
    return stop is not None and not text[stop:end].strip(" .;:\\*")


#: Pronouns glued to a verb that may follow the last name ("A e B si rivolgono", "A y B
#: se reunen"): a clause, not a noun the name qualifies.
_CLITICS = frozenset("si se ci ne sich".split())  # noqa: SIM905


def leading_names(text: str, start: int, end: int, *, mid: bool = False) -> list[tuple[int, int]]:
    """The name (or the two names of "A and B") that starts ``text[start:end]``; none
    when the piece stands *mid* sentence (a comma follows) and the name only qualifies
    a noun after it ("Example Army commanders, journalists and activists")."""
    start += len(text[start:end]) - len(text[start:end].lstrip())
    others = unnamed_others(text, start, end)
    if others is not None:  # "A e B e 5 cittadini", "A y B, entre otros": no more names
        end = others
    conjunction = _LEADING_AND.match(text, start, end)
    if conjunction is not None:  # "A, B, and C have announced": the serial comma
        start = conjunction.end()
    if not any(ch.isalpha() for ch in text[start:end]):
        return []  # "..., 16.08.2019": a date, not a name
    quoted = QUOTED.match(text, start, end)
    if quoted is not None and _opens_name(quoted.group(1)[:1]):  # «A» y «B» con ...
        names = [(start, quoted.end())]
        both = _QUOTED_AND.match(text, quoted.end(), end)
        if both is not None and _opens_name(both.group(1)[:1]):
            names.append((both.start(1) - 1, both.end()))
        return names
    article = ARTICLE.match(text, start, end)  # "..., the Example Forum and B, welcome"
    if article is not None and article.end() < end and text[article.end()].isupper():
        start = article.end()
    stop = _leading_name_end(text, start, end)
    rest = text[stop:end].split() if stop is not None else []
    if (
        mid
        and 1 <= len(rest) <= 2
        and all(w.isalpha() and w.islower() for w in rest)
        and rest[0] not in _CLITICS  # "..., e Gilda si rivolgono, ...": a verb follows
    ):
        return []
    both = and_search(text, start, end)
    if both is not None:
        left = _leading_name_end(text, start, both.start())
        if left is not None and not text[left : both.start()].strip():
            right_start = both.end()
            agent = AGENT_PREPOSITION.match(text, right_start, end)  # "A and by the B"
            right_start = agent.end() if agent else right_start
            article = ARTICLE.match(text, right_start, end)  # "A und dem B"
            right_start = article.end() if article else right_start
            quoted = QUOTED.match(text, right_start, end)  # "A e «B c d» promuovono"
            if quoted is not None and _opens_name(quoted.group(1)[:1]):
                return [(start, left), (right_start, quoted.end())]
            right = _leading_name_end(text, right_start, end)
            if right is not None:
                return [(start, left), (right_start, right)]
    return [] if stop is None else [(start, stop)]


def trailing_name_start(text: str, start: int, end: int, words: SignerWords) -> int | None:
    """Where the name that ends ``text[start:end]`` begins: the capitalised words at its
    end with the function words between them ("... con le realtà di Appello per l'Alto
    Reno" -> "Appello per l'Alto Reno"), after a collective noun ("The Croatian CSOs
    Example Aid" -> "Example Aid"); ``None`` if it does not end in a capitalised word."""
    quoted = _quoted_start(text, start, end)
    if quoted is not None:
        return quoted
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop > start and text[stop - 1] == ")":  # "... Example Union (EXU)", "... (A. Roe)":
        opened = text.rfind("(", start, stop)  # the name before its bracket (one bracket)
        if opened > start and text.find(")", opened, stop - 1) < 0:
            named = _capitalised_run_start(text, start, opened, words)
            if named is not None:
                return named
    return _capitalised_run_start(text, start, end, words)


def _capitalised_run_start(text: str, start: int, end: int, words: SignerWords) -> int | None:
    """Where the capitalised words that end ``text[start:end]`` begin, with the function
    words inside them; ``None`` if it does not end in a capitalised word."""
    tokens = word_tokens(text[start:end])
    at: int | None = None
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k].group(0)
        if words.has("collective", token) and at is not None:
            break
        if capitalised(token):
            at = k
            continue
        if token.casefold() in FUNCTION_WORDS and at is not None and k > 0:
            j = k - 1
            while j > 0 and tokens[j].group(0).casefold() in FUNCTION_WORDS:
                j -= 1  # "Amigos de la Prueba": function words one after the other
            before = tokens[j].group(0)
            if before[0].isupper() and not words.has("collective", before):
                continue  # "Appello per l'Alto Reno": a word inside the name
        break
    if at is None:
        return None
    return start + tokens[at].start()


#: An acronym and its long form in brackets, whatever their case: "EXA (Association de
#: soutien aux exemples)".
_ACRONYM_GLOSS = re.compile(r"[A-Z][A-Z0-9&.-]{1,11}\s*\([^()]{3,120}\)")


def _leading_name_end(text: str, start: int, end: int) -> int | None:
    """Where the name that starts ``text[start:end]`` ends: before the first lower-case
    word that is not followed by a capitalised word or a parenthesis ("Example Aid
    (EA) have released ..." -> "Example Aid (EA)"; "Liga za ljudska Prava" stays); an
    acronym's bracketed long form is the name's, whatever its case."""
    stop = _scanned_name_end(text, start, end)
    gloss = _ACRONYM_GLOSS.match(text, start, end)
    if gloss is None or (stop is not None and stop >= gloss.end()):
        return stop
    # the scan stopped inside the long form ("EXA (Association de soutien aux ...)"): the
    # bracket is the name's, which may go on ("EXA (Asociaci\u00f3n de ejemplo) Colombia")
    after = gloss.end() + len(text[gloss.end() : end]) - len(text[gloss.end() : end].lstrip())
    more = _leading_name_end(text, after, end) if after > gloss.end() else None
    return gloss.end() if more is None else more


def _scanned_name_end(text: str, start: int, end: int) -> int | None:
    """:func:`_leading_name_end` word by word, brackets read as words."""
    tokens = list(WORD.finditer(text[start:end]))
    if not tokens or not capitalised(tokens[0].group(0).lstrip("\"'\u201c\u00ab")):
        return None
    dash = _closing_dash(tokens)
    if dash is not None:  # "..., CGT y UGT- han comparecido", "UGT\u2014have met": set off
        tokens, end = tokens[: dash[0] + 1], start + dash[1]
    stop = len(tokens)
    words = default_signer_words()
    for k, token in enumerate(tokens[1:], 1):
        word = token.group(0).lstrip("\"'\u201c\u00ab")
        if (
            word
            and not word.strip("-\u2013\u2014")
            and (k + 1 == len(tokens) or tokens[k + 1].group(0)[:1].islower())
        ):  # "... and Example Council -- have issued": a dash sets the name off (not
            stop = k  # "EXA - Example Association": a dash inside a name)
            break
        if not word[:1].islower() or capitalised(word):
            continue
        bare = word.rstrip(",;:.")
        if (
            bare.casefold() in _POSSESSIVES
            or bare.casefold() in _AUXILIARIES
            or words.has("speech", bare)
            or words.has("include", bare)
        ):
            # "Example Network ihren Appell ...": the clause's object follows; "EXA and
            # Example Union call on the Federal Council", "the Example Consortium
            # includes the Example Fund": the clause's verb
            stop = k
            break
        if words.has("legal", bare) or (k == len(tokens) - 1 and words.has("org", bare)):
            continue  # "Example Netzwerk e.V.", "Example international": still the name
        m = k + 1 if word.casefold() not in FUNCTION_WORDS else k
        while m < len(tokens) and tokens[m].group(0).casefold() in FUNCTION_WORDS:
            m += 1  # "of the World": function words, then the name goes on
        following = tokens[m].group(0) if m < len(tokens) else ""
        if m > k and following.rstrip(",.;:s").casefold() in WEEKDAYS:
            stop = k  # "Example Watch on Friday called on ...": a day, then the clause
            break
        if capitalised(following) or _bracket_ahead(tokens, m):
            continue  # "Centar za primjer studije (CPS)": lower-case words of a name
        stop = k
        break
    cut = min(start + tokens[stop - 1].end(), end)
    return start + len(text[start:cut].rstrip(" .,;:\\"))


#: A dash written onto the end of a word ("UGT-", "UGT\u2014"), or between a word and a
#: word in lower case ("UGT\u2014han", "UGT--have"): it closes what it sets off.
_CLOSING_DASH = re.compile(
    r"(?<=\w)(?:[-\u2013\u2014]$|(?:--|\u2013|\u2014)(?=[a-z\u00df-\u00ff]))"
)


#: Words after a hyphen that make it a compound's first part, not a closing dash
#: ("Example Jeger- og Fiskerlag", "Kinder- und Jugendhilfe").
_COMPOUND_JOINS = frozenset("und oder sowie bzw og eller och and or en of et ou y o e i ja".split())  # noqa: SIM905


def _closing_dash(tokens: list[re.Match[str]]) -> tuple[int, int] | None:
    """The index of the first token that a dash closes (written onto its end, a word in
    lower case or nothing after it, but no "and" of a compound; or glued between it and
    such a word), with where in the text read the dash stands; ``None`` when none has."""
    for k, token in enumerate(tokens):
        dash = _CLOSING_DASH.search(token.group(0))
        if dash is None:
            continue
        following = tokens[k + 1].group(0) if k + 1 < len(tokens) else ""
        if dash.end() < len(token.group(0)) or not (
            following[:1].isupper() or following.casefold() in _COMPOUND_JOINS
        ):
            return k, token.start() + dash.start()
    return None


#: Possessive determiners in lower case: a name never goes on through one ("... und
#: Example Network ihren Appell", "... y Ejemplo su apoyo"), even to a capitalised noun.
_POSSESSIVES = frozenset(
    "ihren ihre ihrem ihrer seine seinen seinem seiner leur leurs su sus sua suo suoi sue "  # noqa: SIM905
    "loro hun hunne zijn".split()
)
#: Auxiliary verbs in lower case: a name never goes on through one either ("... und
#: Example Network hat zur Demo aufgerufen", "... en Voorbeeld heeft de Kamer").
_AUXILIARIES = frozenset("hat haben hatte hatten wird werden heeft hebben has have had".split())  # noqa: SIM905


def _bracket_ahead(tokens: list[re.Match[str]], at: int, reach: int = 5) -> bool:
    """Whether a parenthesis (an acronym after a name) opens within *reach* lower-case
    words from token *at*; one that holds a number ("quinta-feira (31)") is a date's."""
    for token in tokens[at : at + reach]:
        word = token.group(0)
        if word[:1] in "(\\":
            return not word[1:2].isdigit()
        if not word[:1].islower():
            return False
    return False
