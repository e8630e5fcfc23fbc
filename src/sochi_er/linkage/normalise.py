"""Name normalisation: pure functions, one step each, composed by :func:`normalise_name`.

Contract: every step is total (never raises) and deterministic; Arabic-script text is
normalised orthographically and never deleted or transliterated; Latin-script accents are
folded with unidecode. :func:`normalise_name` returns a :class:`NameForm` whose ``core`` is
the comparable name (no leading article, no place qualifier, no alias parts), with the
place qualifier, alias parts and acronyms kept as attributes.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from attrs import frozen
from unidecode import unidecode

from sochi_er.linkage.vocabulary import acronym_words
from sochi_er.linkage.wordlists import (
    ABBREVIATIONS,
    DIGIT_WORDS,
    PLACE_PHRASES,
    PLACES,
    SPELLING_EXCEPTIONS,
    SPELLING_SUFFIXES,
    SPELLINGS,
    STOP_WORDS,
)

__all__ = [
    "NameForm",
    "acronym_like",
    "consonant_skeleton",
    "expand_abbreviations",
    "fold",
    "fold_arabic",
    "fold_latin",
    "initials",
    "is_arabic",
    "multi_acronym",
    "normalise_name",
    "reads_as",
    "script_of",
    "split_alias_parts",
    "split_place",
    "strip_leading_article",
    "tokenize",
    "unify_punctuation",
    "unify_spelling",
    "vowel_skeleton",
    "words",
    "words_for_digits",
]

_ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_ARABIC_MARKS_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_ARABIC_LETTERS = str.maketrans(
    {
        "\u0623": "\u0627",  # alef with hamza above -> alef
        "\u0625": "\u0627",  # alef with hamza below -> alef
        "\u0622": "\u0627",  # alef with madda -> alef
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0649": "\u064a",  # alef maqsura -> yaa
        "\u0629": "\u0647",  # taa marbuta -> haa
        "\u0624": "\u0648",  # waw with hamza -> waw
        "\u0626": "\u064a",  # yaa with hamza -> yaa
        "\u06a9": "\u0643",  # keheh (Persian, Urdu kaf) -> kaf
        "\u06cc": "\u064a",  # Farsi yeh -> yaa
        "\u06c1": "\u0647",  # heh goal (Urdu) -> haa
        "\u06c3": "\u0647",  # taa marbuta goal (Urdu) -> haa
    }
)
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u02bc"
_DQUOTES = '\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"'
#: One translate table for all of :func:`unify_punctuation` (the classes do not overlap and
#: no replacement contains a character of another class, so one pass equals the sequence).
_PUNCTUATION = str.maketrans(
    {
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys(_QUOTES, "'"),
        **dict.fromkeys(_DQUOTES, " "),
        "&": " and ",
    }
)
_ALIAS_MARKS = ("(", "[", "-")
#: The ASCII characters :data:`_PUNCTUATION` changes: ASCII text without them is left as is.
_ASCII_PUNCTUATION = tuple(chr(c) for c in range(128) if c in _PUNCTUATION)
_DIGIT_RE = re.compile(r"\d")
_PHRASE_ENDS = frozenset(phrase[-1] for phrase in PLACE_PHRASES)
_PAREN_RE = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
# A dash with whitespace on at least one side separates parts; "al-zahra" does not.
_DASH_SPLIT_RE = re.compile(r"\s+-+\s*|\s*-+\s+")
_GLUE_RE = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_TOKEN_RE = re.compile(r"[^\W_]+")
#: Every ASCII character but letters and digits -> a space: on ASCII text, ``translate``
#: then ``split`` gives the words :data:`_TOKEN_RE` finds (maximal runs of letters and
#: digits), without a regex.
_ASCII_SEPARATORS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
#: Three lower-case ASCII letters in a row: a part of a name that is no acronym
#: (:func:`multi_acronym` needs every part in capitals or of at most two letters).
_LOWER_RUN_RE = re.compile(r"[a-z]{3}")
_POSSESSIVE_RE = re.compile(r"(?<=\w)'s\b")
#: Elided articles and prepositions glued by an apostrophe ("l'ecole", "dell'arte",
#: "d'etudes"): split off as their own word so initials see the next word.
_ELISION_RE = re.compile(r"\b(l|d|dell|dall|nell|sull|all|qu|j|n|s)'(?=[^\W\d_])")
#: A written name made only of acronym-like parts ("ABC DE", "ABC-DEF", "A&B"): at most
#: this many parts and letters.
_MULTI_ACRONYM_PARTS, _MULTI_ACRONYM_LETTERS = 3, 10
_PART_SPLIT_RE = re.compile(r"[\s\-/+&.]+")


#: Arabic letters -> Latin consonants (a common romanisation); long vowels, semivowels,
#: hamza and ain carry no consonant and map to nothing.
_ROMAN_CONSONANTS = str.maketrans(
    {
        "\u0628": "b",
        "\u062a": "t",
        "\u062b": "th",
        "\u062c": "j",
        "\u062d": "h",
        "\u062e": "kh",
        "\u062f": "d",
        "\u0630": "dh",
        "\u0631": "r",
        "\u0632": "z",
        "\u0633": "s",
        "\u0634": "sh",
        "\u0635": "s",
        "\u0636": "d",
        "\u0637": "t",
        "\u0638": "z",
        "\u063a": "gh",
        "\u0641": "f",
        "\u0642": "k",
        "\u0643": "k",
        "\u0644": "l",
        "\u0645": "m",
        "\u0646": "n",
        "\u0647": "h",
        "\u0629": "h",
        **dict.fromkeys(
            "\u0627\u0623\u0625\u0622\u0671\u0649\u064a\u0648\u0624\u0626\u0621\u0639",
            "",
        ),
    }
)
#: Latin letters folded to the consonant classes Arabic writes (no p, v, g, c, x; vowels
#: and the semivowels w, y unwritten or written as long vowels).
_LATIN_SKELETON = str.maketrans(
    {"c": "k", "q": "k", "g": "j", "p": "b", "v": "f", "x": "ks", **dict.fromkeys("aeiouwy'", "")}
)
#: :data:`_LATIN_SKELETON`, then every other ASCII character but ``a``-``z`` dropped: one
#: pass over the (ASCII) text.
_ASCII_SKELETON: dict[int, str | int | None] = {
    **dict.fromkeys((c for c in range(128) if not ord("a") <= c <= ord("z")), None),
    **_LATIN_SKELETON,
}
_DOUBLED_RE = re.compile(r"(.)\1+")


def _first_group(match: re.Match[str]) -> str:
    """A match's first group (as a function: a ``\\1`` template is parsed at every call)."""
    return match.group(1)


@functools.lru_cache(maxsize=1 << 18)
def consonant_skeleton(token: str) -> str:
    """The consonants of a word as Arabic script writes them, the same for an Arabic word
    and its Latin transliteration (``"الشاخي"`` and ``"alshakhai"`` -> ``"lshkh"``): Arabic
    letters romanised, Latin folded to Arabic's consonant classes (ghain and "gh" as g),
    vowels and semivowels dropped, doubled letters single. Empty for a word with no
    letters of either script."""
    text = token.casefold()
    if not text.isascii():  # the romanisation maps Arabic letters alone
        text = text.translate(_ROMAN_CONSONANTS)
        text = unidecode(text) if not text.isascii() else text
    # ghain is how Arabic writes a foreign g ("Greenfield"), and "gh" how Latin writes
    # ghain ("Baghdad"): one class
    text = text.replace("gh", "g")
    text = text.translate(_ASCII_SKELETON)
    if not text.isascii():  # unidecode writes ASCII; kept for any character it does not
        text = "".join(ch for ch in text if "a" <= ch <= "z")
    return _DOUBLED_RE.sub(_first_group, text)


#: Arabic letters for :func:`vowel_skeleton`: the consonants of :data:`_ROMAN_CONSONANTS`,
#: the long vowels (and the semivowels they share a letter with) as the vowel classes
#: ``A`` (alef), ``U`` (waw), ``I`` (yaa); hamza and ain carry nothing.
_ROMAN_LONG_VOWELS = str.maketrans(
    {
        **{chr(k): v for k, v in _ROMAN_CONSONANTS.items() if v},
        **dict.fromkeys("\u0627\u0623\u0625\u0622\u0671", "A"),
        **dict.fromkeys("\u0648\u0624", "U"),
        **dict.fromkeys("\u064a\u0649\u0626\u06cc", "I"),
        **dict.fromkeys("\u0621\u0639", ""),
    }
)
#: Latin digraphs of one Arabic consonant, and h (haa, haa and taa marbuta are often
#: unwritten in Latin and the other way round): dropped or folded before the classes.
_VOWEL_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("h", ""))
#: Latin letters to the classes of :func:`vowel_skeleton`: the consonant classes of
#: :data:`_ASCII_SKELETON`, the vowels and semivowels as ``A``, ``U`` (o, u, w, v) and
#: ``I`` (e, i, y); the three classes kept, every other ASCII character dropped.
_VOWEL_CLASSES: dict[int, str | int | None] = {
    **_ASCII_SKELETON,
    **str.maketrans("aouwveiy", "AUUUUIII"),
    **str.maketrans("AUI", "AUI"),  # the classes themselves stay
}


@functools.lru_cache(maxsize=1 << 16)
def vowel_skeleton(token: str) -> str:
    """A word as consonant classes (lower case) and vowel classes ``A``/``U``/``I``, for an
    Arabic word with its long vowels and for a Latin word with all its vowels, doubled
    letters single (``"ساوة"`` -> ``"sAU"``, ``"sawa"`` -> ``"sAUA"``): an Arabic word
    reads as a Latin one when it has the same consonants and its letters come in order in
    the Latin word's (:func:`reads_as`). h is left out on both sides."""
    text = token.casefold()
    if not text.isascii():
        text = text.translate(_ROMAN_LONG_VOWELS)
        text = "".join(ch if ch in "AUI" else unidecode(ch) for ch in text)
    for digraph, single in _VOWEL_DIGRAPHS:
        text = text.replace(digraph, single)
    return _DOUBLED_RE.sub(_first_group, text.translate(_VOWEL_CLASSES))


def reads_as(arabic: str, latin: str) -> bool:
    """Does the Arabic word *arabic* read as the Latin word *latin*: the same consonants
    (:func:`vowel_skeleton`), and the Arabic long vowels among the Latin vowels in their
    places (``"ساوة"`` reads as "Sawa", not as "Esiea"; ``"جامي"`` as "Jami", not as
    "Jimei")?"""
    a, b = vowel_skeleton(arabic), vowel_skeleton(latin)
    if a.translate(_NO_VOWEL_CLASSES) != b.translate(_NO_VOWEL_CLASSES):
        return False
    # a word-initial alif only carries the first vowel, whichever it is ("اسراء" /
    # "Esraa", "Israa"), and a final yaa may be an alif maqsura, once folded ("نزوى" /
    # "Nizwa")
    if a[:1] == "A" and b[:1] in _VOWEL_CLASS_LETTERS:
        a, b = a[1:], b[1:]
    readings = (a, a[:-1] + "A") if a.endswith("I") else (a,)
    return any(_in_order(x, b) for x in readings)


def _in_order(letters: str, word: str) -> bool:
    """Do *letters* come in order in *word*?"""
    it = iter(word)
    return all(ch in it for ch in letters)


_NO_VOWEL_CLASSES = str.maketrans("", "", "AUI")
_VOWEL_CLASS_LETTERS = frozenset("AUI")


def fold(text: str) -> str:
    """Unicode NFKC, then case folding (plain ASCII: lower case, the same result)."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKC", text).casefold()


def is_arabic(text: str) -> bool:
    """True when *text* contains Arabic-script letters."""
    return not text.isascii() and _ARABIC_RE.search(text) is not None


def fold_arabic(text: str) -> str:
    """Orthographic normalisation of Arabic script: drop diacritics and tatweel, unify
    alef/hamza forms, taa marbuta -> haa, alef maqsura -> yaa. Other characters unchanged."""
    return _ARABIC_MARKS_RE.sub("", text).translate(_ARABIC_LETTERS)


#: Letters unidecode folds to a mark: the schwa of Azerbaijani ("Azərbaycan" -> "@").
#: Letters unidecode would write badly: the schwa; Cyrillic soft and hard signs, which it
#: writes as apostrophes that then split a word ("Львовский" -> "L'vovskii" -> "l vovskii").
_BEFORE_UNIDECODE = str.maketrans(
    {"\u0259": "e", "\u018f": "E", "\u01dd": "e"}
    | {sign: "" for sign in "\u044c\u042c\u044a\u042a"}
)


def fold_latin(text: str) -> str:
    """Fold accents of non-Arabic characters to ASCII with unidecode; Arabic stays."""
    if text.isascii():
        return text
    text = text.translate(_BEFORE_UNIDECODE)
    if not is_arabic(text):
        return unidecode(text)
    return "".join(ch if _ARABIC_RE.match(ch) else unidecode(ch) for ch in text)


def unify_punctuation(text: str) -> str:
    """Dashes -> ``-``, single quotes -> ``'``, double quotes dropped, ``&`` -> ``and``."""
    if text.isascii() and not any(ch in text for ch in _ASCII_PUNCTUATION):
        return text  # nothing to change (most names): no translate pass
    return text.translate(_PUNCTUATION)


def split_alias_parts(text: str) -> tuple[str, tuple[str, ...]]:
    """Split ``"Main (Alias)"`` and ``"A - B"`` into a main part and alias parts.

    Parenthesised parts are aliases of the text outside them. Of dash-separated parts
    (a dash with space on at least one side) the one with the most words is the main part.
    """
    if "(" not in text and "[" not in text and "-" not in text:  # nothing to split (_ALIAS_MARKS)
        main = text.strip(" ,.;:")
        return (main, ()) if _TOKEN_RE.search(main) else (text.strip(), ())
    inner = [a or b for a, b in _PAREN_RE.findall(text)]
    outer = _PAREN_RE.sub(" ", text)
    parts = [p.strip(" ,.;:") for p in _DASH_SPLIT_RE.split(outer)]
    parts = [p for p in parts if _TOKEN_RE.search(p)]
    aliases = [p.strip(" ,.;:") for p in inner if _TOKEN_RE.search(p)]
    if not parts:
        if not aliases:
            return text.strip(), ()
        return aliases[0], tuple(aliases[1:])
    main = max(parts, key=lambda p: len(p.split()))  # first of the longest
    rest = [p for p in parts if p is not main]
    return main, tuple(rest + aliases)


def tokenize(text: str) -> list[str]:
    """Words of folded *text*: possessive ``'s`` and apostrophes dropped, digits glued to
    letters split off (``"aid4kids"`` -> ``aid 4 kids``), other punctuation a separator."""
    if "'" in text:
        text = _ELISION_RE.sub(r"\1 ", _POSSESSIVE_RE.sub("", text)).replace("'", "")
    if _DIGIT_RE.search(text) is not None:
        text = _GLUE_RE.sub(" ", text)
    if text.isascii():
        return text.translate(_ASCII_SEPARATORS).split()
    return _TOKEN_RE.findall(text)


def words_for_digits(tokens: list[str]) -> list[str]:
    """A lone ``4``/``2`` between two words stands for ``for``/``to``."""
    out = list(tokens)
    if DIGIT_WORDS.keys().isdisjoint(tokens):
        return out
    for i in range(1, len(tokens) - 1):
        word = DIGIT_WORDS.get(tokens[i])
        if word and not tokens[i - 1].isdigit() and not tokens[i + 1].isdigit():
            out[i] = word
    return out


@functools.lru_cache(maxsize=1 << 20)
def _spell(token: str) -> str:
    mapped = SPELLINGS.get(token)
    if mapped is not None:
        return mapped
    if token in SPELLING_EXCEPTIONS:
        return token
    for uk, us in SPELLING_SUFFIXES:
        if token.endswith(uk) and len(token) > len(uk) + 2:
            return token[: -len(uk)] + us
    return token


def unify_spelling(tokens: list[str]) -> list[str]:
    """UK spellings -> US (``defence`` -> ``defense``, ``organisation`` -> ``organization``)."""
    return [_spell(t) for t in tokens]


def strip_leading_article(tokens: list[str]) -> list[str]:
    """Drop a leading ``the`` unless it is the only word."""
    if len(tokens) > 1 and tokens[0] == "the":
        return tokens[1:]
    return tokens


def _trailing_place(tokens: list[str]) -> int:
    """How many trailing tokens form a known place (0 if none)."""
    if not tokens or (tokens[-1] not in PLACES and tokens[-1] not in _PHRASE_ENDS):
        return 0
    for phrase in PLACE_PHRASES:
        if len(tokens) > len(phrase) and tuple(tokens[-len(phrase) :]) == phrase:
            return len(phrase)
    if len(tokens) > 1 and tokens[-1] in PLACES:
        return 1
    return 0


def split_place(tokens: list[str], after_comma: bool = False) -> tuple[list[str], str | None]:
    """Split a trailing place qualifier off *tokens*.

    After a comma or dash (``after_comma``) any known place is a qualifier. Otherwise it
    is one only when it does not follow a stop-word (``"... for syria"`` keeps it) and at
    least two words remain (``"bayt lebanon"`` keeps it).
    """
    n = _trailing_place(tokens)
    if n == 0:
        return tokens, None
    rest, place = tokens[:-n], " ".join(tokens[-n:])
    if after_comma:
        return rest, place
    if rest[-1] in STOP_WORDS or len(rest) < 2:
        return tokens, None
    return rest, place


def initials(tokens: list[str] | tuple[str, ...]) -> str:
    """First letters of the words that are not stop-words or function words of any language
    (``vocabulary.acronym_words``): ``"youth network for open media"`` -> ``"ynom"``,
    ``"instituto de biologia y medicina"`` -> ``"ibm"``; empty for a single word."""
    words = [t for t in tokens if _gives_initial(t)]
    if len(words) < 2:
        return ""
    return "".join([w[0] for w in words])


@functools.lru_cache(maxsize=1 << 18)
def _gives_initial(token: str) -> bool:
    """Does *token* give :func:`initials` a letter (no stop-word, function word or
    digits)? Looked up once a word."""
    return (
        token not in STOP_WORDS and token not in acronym_words().function and (not token.isdigit())
    )


def acronym_like(raw: str) -> bool:
    """True for a single written word of 2-8 letters in capitals (``"ABC"``, ``"WXYZ"``)."""
    word = raw.strip(" .()[]-")
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper() and " " not in word


def multi_acronym(raw: str) -> str | None:
    """The letters of a name written only as acronym-like parts (``"ABC-DE"``, ``"AB CDE"``,
    2-3 parts, at most 10 letters, each part capitals or one capital), else None."""
    if _LOWER_RUN_RE.search(raw) is not None:
        return None  # a part of three lower-case letters (most names): fails the test below
    parts = [p for p in _PART_SPLIT_RE.split(raw.strip()) if p]
    if not 2 <= len(parts) <= _MULTI_ACRONYM_PARTS:
        return None
    if not all(p.isalpha() and p[0].isupper() and (p.isupper() or len(p) <= 2) for p in parts):
        return None
    letters = fold_latin(fold("".join(parts)))
    return letters if 2 <= len(letters) <= _MULTI_ACRONYM_LETTERS else None


@frozen
class NameForm:
    """A name as compared: ``core`` (space-joined ``tokens``), trailing ``place``,
    ``aliases`` (normalised parenthesised/dash parts), ``acronym`` (an explicit acronym
    among them, or the name itself when it is one), ``initials`` of the core, ``arabic``,
    ``script`` (the writing system of its letters: ``latin``, ``arabic``, ``cyrillic``,
    ``greek``, ``cjk``, ...; the first non-Latin one found)."""

    core: str
    tokens: tuple[str, ...]
    place: str | None
    aliases: tuple[str, ...]
    acronym: str | None
    initials: str
    arabic: bool
    script: str = "latin"

    @property
    def key(self) -> str:
        """Everything that defines the form; equal keys are the same written form."""
        return "\x1f".join((self.core, self.place or "", "|".join(self.aliases)))


@functools.lru_cache(maxsize=1 << 12)
def _script_of_char(ch: str) -> str:
    name = unicodedata.name(ch, "")
    word = name.split(" ", 1)[0].lower() if name else "other"
    return {"hiragana": "cjk", "katakana": "cjk"}.get(word, word)


def script_of(text: str) -> str:
    """The writing system of *text*'s letters: ``latin`` unless a letter of another
    script occurs (then the first such script: ``arabic``, ``cyrillic``, ``greek``,
    ``cjk``, ``hangul``, ...)."""
    if text.isascii():
        return "latin"
    for ch in text:
        if ch.isalpha() and ord(ch) > 0x24F and not 0x1E00 <= ord(ch) <= 0x1EFF:
            return _script_of_char(ch)
    return "latin"


def words(text: str) -> list[str]:
    """The comparable words of any *text* (a name or a vocabulary entry): folded, Arabic
    letters unified, other scripts transliterated, tokenised, digits and spellings
    unified. What :func:`normalise_name` compares."""
    return _words(text)


def _words(text: str) -> list[str]:
    if not text.isascii():
        if is_arabic(text):
            text = fold_arabic(text)
        text = fold_latin(text)
        if text.isascii():  # transliterated: unidecode capitalises syllables ("Bei Jing")
            text = text.lower()
    return unify_spelling(expand_abbreviations(words_for_digits(tokenize(text))))


def expand_abbreviations(tokens: list[str]) -> list[str]:
    """Written abbreviations (:data:`~sochi_er.linkage.wordlists.ABBREVIATIONS`) spelled
    out in a name of two or more words ("dept" -> "department"); a one-word name is left
    as written (it may be an acronym: "LAB"). Tokens are already folded, so "LAB" inside a
    longer name is spelled out too ("LAB Velmar" -> "laboratory velmar")."""
    if len(tokens) < 2 or ABBREVIATIONS.keys().isdisjoint(tokens):
        return tokens
    return [ABBREVIATIONS.get(t, t) for t in tokens]


@functools.lru_cache(maxsize=1 << 16)
def _part_words(text: str) -> tuple[str, ...]:
    """:func:`_words` of a short part (a comma tail, an alias); parts repeat, so cached."""
    return tuple(_words(text))


def _split_comma_place(text: str) -> tuple[str, str | None]:
    head, sep, tail = text.rpartition(",")
    if not sep or not _TOKEN_RE.search(head):
        return text, None
    tail_tokens = list(_part_words(tail))
    if tail_tokens and _trailing_place(["x", *tail_tokens]) == len(tail_tokens):
        return head, " ".join(tail_tokens)
    return text, None


def normalise_name(raw: str) -> NameForm:
    """Normalise one written name into a :class:`NameForm` (see module docstring)."""
    arabic = is_arabic(raw)
    text = unify_punctuation(fold(raw))
    main, parts = split_alias_parts(text)
    main, place = _split_comma_place(main)
    tokens = strip_leading_article(_words(main))
    if place is None:
        tokens, place = split_place(tokens)
    aliases: list[str] = []
    acronym: str | None = None
    raw_parts = (
        split_alias_parts(unify_punctuation(unicodedata.normalize("NFKC", raw)))[1] if parts else ()
    )
    for i, part in enumerate(parts):
        words = strip_leading_article(list(_part_words(part)))
        if not words:
            continue
        if place is None and _trailing_place(["x", *words]) == len(words):
            place = " ".join(words)
            continue
        alias = " ".join(words)
        if alias not in aliases:
            aliases.append(alias)
        written = raw_parts[i] if i < len(raw_parts) else part
        if (
            acronym is None
            and len(words) == 1
            and (acronym_like(written) or words[0] == initials(tokens))
        ):
            acronym = words[0]
    if not tokens:  # the whole name was a place or alias: keep it as the core
        tokens = _words(main) or (aliases[:1] and aliases[0].split()) or [text.strip()]
    if acronym is None and len(tokens) == 1 and acronym_like(raw):
        acronym = tokens[0]
    if acronym is None and len(tokens) > 1 and not arabic and not parts:
        acronym = multi_acronym(raw)
    return NameForm(
        core=" ".join(tokens),
        tokens=tuple(tokens),
        place=place,
        aliases=tuple(aliases),
        acronym=acronym,
        initials="" if arabic else initials(tokens),
        arabic=arabic,
        script="arabic" if arabic else script_of(raw),
    )
