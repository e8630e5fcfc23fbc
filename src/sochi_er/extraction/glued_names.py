"""Two organisations' names run together on one line where a page lost the line break
between them: ``Association "Velmar"Association "Tarrow 50"``, "... pour l'état
civilAssociation Exemple". :func:`glued_names` finds where each name starts.

Contract: a name starts where a word of four or more lower-case letters, a closing
quotation mark or a closing bracket is followed, with no space, by a capitalised
organisation word of the signer lexicon ("Association", "Fédération") and more words;
the part before it holds at least :data:`MIN_LEFT_WORDS` words. Camel-cased brands
("SunTrust Bank", "WordPress.com", "YouthAction Network") stay one name: their lower-case
run is short, or a capital opens it, or nothing follows the glued word. ``[]`` when the
line holds no such join.

Names that share their organisation word set side by side with spaces, a list in two
columns read line by line ("VELMAR BAROSU TARROW BAROSU", "Verein Velmar Verein
Tarrow"): :func:`repeated_heads`. Acronyms set side by side between spaced dashes on
one line ("EXA \u2013 EXB \u2013 EXC \u2013 EXD", a signature line of bodies) are names
too: :func:`dashed_acronyms`; so are acronyms each with its long form in brackets, side
by side ("EXA (Example Association) EXB (Example Board)"):
:func:`acronyms_with_long_forms`. Arabic names run together on one line with no
separator, each opening with an organisation word ("الرابطة ... لجان ... المرصد ..."):
:func:`arabic_heads`.
"""

from __future__ import annotations

import itertools
import re

from sochi_er.extraction.enumeration_pieces import ARABIC_ORG_WORDS, DASHED
from sochi_er.extraction.item_words import is_acronym
from sochi_er.extraction.lexicons import SignerWords, default_signer_words
from sochi_er.extraction.lines import FUNCTION_WORDS

__all__ = [
    "HEAD_PART_WORDS",
    "MIN_ACRONYM_UNITS",
    "MIN_DASHED_ACRONYMS",
    "MIN_LEFT_WORDS",
    "MIN_LOWER_LETTERS",
    "acronyms_with_long_forms",
    "dashed_acronyms",
    "glued_names",
    "repeated_heads",
]

#: Words the part before a join holds, at least.
MIN_LEFT_WORDS = 2
#: A lower-case letter, or a closing quote or bracket, then a capitalised word glued to it.
_JOIN = re.compile(
    r"(?<=[a-z\u00df-\u00ff\"\u201d\u00bb)])(?P<word>[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff]{3,})"
    r"(?=\s+\S)"
)
#: Letters of the lower-case word a glued organisation word may follow, at least.
MIN_LOWER_LETTERS = 4
_LOWER = re.compile(r"[a-z\u00df-\u00ff]")


def _after_lower_word(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends with a word of :data:`MIN_LOWER_LETTERS` or more
    lower-case letters, no other letter before it (read back over that word only)."""
    k = at
    while k > 0 and _LOWER.match(text[k - 1]):
        k -= 1
    return at - k >= MIN_LOWER_LETTERS and not (k > 0 and text[k - 1].isalpha())


def glued_names(text: str, words: SignerWords | None = None) -> list[tuple[int, int]]:
    """The spans of the names run together in *text*, in order (see the module doc), or
    ``[]`` when there is one name."""
    words = words or default_signer_words()
    word_starts = [w.start() for w in re.finditer(r"\S+", text)]
    # a join needs MIN_LEFT_WORDS words before it: it comes after that word's start
    after = word_starts[MIN_LEFT_WORDS - 1] if len(word_starts) >= MIN_LEFT_WORDS else len(text)
    cuts = [
        m.start()
        for m in _JOIN.finditer(text)
        if words.has("org", m["word"])
        and m.start() > after
        and (not text[m.start() - 1].isalpha() or _after_lower_word(text, m.start()))
    ]
    if not cuts:
        return []
    bounds = [0, *cuts, len(text)]
    spans = []
    for a, b in itertools.pairwise(bounds):
        core = text[a:b]
        start = a + len(core) - len(core.lstrip())
        end = a + len(core.rstrip())
        if end > start:
            spans.append((start, end))
    return spans


#: Fewest acronyms between dashes that make a line a list of bodies.
MIN_DASHED_ACRONYMS = 3


def dashed_acronyms(text: str) -> list[tuple[int, int]]:
    """The spans of the acronyms on a line made only of them, between spaced dashes
    ("EXA \u2013 EXB \u2013 EXC", :data:`MIN_DASHED_ACRONYMS` or more); else ``[]``
    ("EXA - Example Association" is one name and its acronym)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for dash in [*DASHED.finditer(text), None]:
        end = dash.start() if dash is not None else len(text.rstrip(" .;,"))
        piece = text[start:end].strip()
        if not is_acronym(piece):
            return []
        at = text.index(piece, start)
        spans.append((at, at + len(piece)))
        start = dash.end() if dash is not None else end
    return spans if len(spans) >= MIN_DASHED_ACRONYMS else []


#: An acronym (maybe after one word in capitals) and its long form in brackets.
_ACRONYM_UNIT = re.compile(
    r"(?:[A-Z\u00c0-\u00dd]{2,12}\s+)?[A-Z\u00c0-\u00dd][A-Z\u00c0-\u00dd0-9&.-]{1,11}\s*\([^()]{3,160}\)"
)
#: Fewest such units a line holds to be read as that many names.
MIN_ACRONYM_UNITS = 2


def acronyms_with_long_forms(text: str) -> list[tuple[int, int]]:
    """The spans of the names of a line made wholly of acronyms each followed by its long
    form in brackets, side by side ("EXA (Example Association) EXB (Example Board)"),
    or ``[]`` when the line is not wholly made so or holds one."""
    spans: list[tuple[int, int]] = []
    at = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    while at < end:
        unit = _ACRONYM_UNIT.match(text, at, end)
        if unit is None:
            return []
        spans.append((unit.start(), unit.end()))
        at = unit.end() + len(text[unit.end() : end]) - len(text[unit.end() : end].lstrip())
    return spans if len(spans) >= MIN_ACRONYM_UNITS else []


#: Most words beside the shared organisation word in each name of :func:`repeated_heads`.
HEAD_PART_WORDS = 4
_WORD = re.compile(r"\S+")
#: Marks that separate or bracket names: a line with one is no run of bare names.
_OTHER_SEPARATORS = ",;:()/|\u2013\u2014\u2022\u00b7"


def repeated_heads(text: str, words: SignerWords | None = None) -> list[tuple[int, int]]:
    """The spans of the names on a line made of two or more names that end (or open)
    with one same organisation word, side by side with spaces ("VELMAR BAROSU TARROW
    BAROSU": two columns read as one line), each with one to :data:`HEAD_PART_WORDS`
    other words, no lower-case function word at a cut; else ``[]``."""
    words = words or default_signer_words()
    tokens = list(_WORD.finditer(text))
    if len(tokens) < 4 or any(ch in text for ch in _OTHER_SEPARATORS):
        return []  # the names have separators of their own: the list's readers cut them
    folded = [t.group(0).casefold() for t in tokens]
    for head, closing in ((folded[-1], True), (folded[0], False)):
        at = [k for k, w in enumerate(folded) if w == head]
        if len(at) < 2 or not words.has("org", tokens[at[0]].group(0)):
            continue
        # each name: from after the previous head to its head, or from its head on
        starts = [0, *(k + 1 for k in at[:-1])] if closing else at
        stops = [k + 1 for k in at] if closing else [*at[1:], len(tokens)]
        sizes = [b - a - 1 for a, b in zip(starts, stops, strict=True)]
        cuts = starts if closing else [b - 1 for b in stops]
        # "Velmar Union of the Tarrow Union" is one name
        joined = any(folded[k] in FUNCTION_WORDS and tokens[k].group(0).islower() for k in cuts)
        if all(1 <= n <= HEAD_PART_WORDS for n in sizes) and not joined:
            spans = zip(starts, stops, strict=True)
            return [(tokens[a].start(), tokens[b - 1].end()) for a, b in spans]
    return []


#: An Arabic organisation word, with the article or without, as a whole word: where a
#: name opens.
_ARABIC_HEAD = re.compile(rf"(?:\u0627\u0644)?(?:{ARABIC_ORG_WORDS})")
#: Words after which an organisation word continues the name it stands in: a
#: preposition ("في", "عن", "من", "على", "إلى", "الى") or the word "and" ("و").
_ARABIC_LINKS = frozenset(
    [
        "\u0641\u064a",  # in
        "\u0639\u0646",  # about
        "\u0645\u0646",  # from
        "\u0639\u0644\u0649",  # on
        "\u0625\u0644\u0649",  # to
        "\u0627\u0644\u0649",  # to, written without hamza
        "\u0648",  # and
    ]
)
#: Fewest names run together, and fewest and most words in each.
MIN_ARABIC_HEADS = 3
ARABIC_HEAD_WORDS = (2, 12)
#: Separators that the list's readers cut at themselves.
_ARABIC_SEPARATORS = ",;\u060c\u061b|\u2022\u00b7-\u2013\u2014"


def arabic_heads(text: str) -> list[tuple[int, int]]:
    """The spans of the Arabic names run together on a line with no separator, each
    opening with an organisation word ("الرابطة ... لجان ... المرصد ..."), when there are
    at least :data:`MIN_ARABIC_HEADS` of them; else ``[]``. A name opens at an
    organisation word that follows neither another one ("اتحاد المنظمات": one name) nor a
    preposition or "and" ("لجان الدفاع عن ..."); each name holds two to twelve words."""
    if any(ch in text for ch in _ARABIC_SEPARATORS):
        return []
    tokens = list(_WORD.finditer(text))
    cuts = [
        k
        for k, token in enumerate(tokens)
        if _ARABIC_HEAD.fullmatch(token.group(0))
        and (
            k == 0
            or (
                not _ARABIC_HEAD.fullmatch(tokens[k - 1].group(0))
                and tokens[k - 1].group(0) not in _ARABIC_LINKS
            )
        )
    ]
    if cuts and cuts[-1] == len(tokens) - 1:
        cuts.pop()  # a bare organisation word at the end: a name cut off, no name
        tokens.pop()
    if len(cuts) < MIN_ARABIC_HEADS or cuts[0] != 0:
        return []
    stops = [*cuts[1:], len(tokens)]
    fewest, most = ARABIC_HEAD_WORDS
    if not all(fewest <= b - a <= most for a, b in zip(cuts, stops, strict=True)):
        return []
    return [(tokens[a].start(), tokens[b - 1].end()) for a, b in zip(cuts, stops, strict=True)]
