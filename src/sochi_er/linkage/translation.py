"""Language-neutral keys: organisation words replaced by concepts, proper nouns kept or
transliterated across scripts.

Contract: :func:`neutral_key` reads a form's words once: organisation words and phrases of
``data/org_vocabulary.tsv`` become their concept ("universidad", "universite",
"университет", "جامعة" -> ``university``), function words of any language are dropped, the
Arabic article is stripped (``ال``, glued ``al``/``el``), and what is left are the proper
nouns. Two keys come out: ``exact`` (concepts + the proper nouns as written, for names in
one script: "Universidad Nacional de X" / "National University of X") and ``cross``
(concepts + the first consonants of each proper noun's skeleton, for names in two scripts
or languages: "جامعة تلمار" / "University of Tilmar"). Vocabulary entries are data,
normalised exactly like names; no organisation's name is in the data or the code.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib import resources

from attrs import frozen

from sochi_er.linkage.normalise import consonant_skeleton, words
from sochi_er.linkage.vocabulary import acronym_words
from sochi_er.linkage.wordlists import STOP_WORDS

__all__ = [
    "BROADER_CONCEPTS",
    "NeutralKey",
    "OrgVocabulary",
    "PlaceNames",
    "neutral_key",
    "org_vocabulary",
    "place_names",
    "word_concept",
    "word_place",
]

#: Consonants of a proper noun's skeleton kept in the cross key.
SKELETON_PREFIX = 4
#: ... in the short cross key, read between names in Latin, Cyrillic and Greek script
#: (cognates keep their first three consonants: "Myologie" / "Myology", "Catane" /
#: "Catania"; an Arabic name keeps four: its vowels are not written, and three consonants
#: fit too many names).
SHORT_SKELETON_PREFIX = 3
#: A concept read as its broader one where two names in two languages are compared by how
#: their proper nouns are written ("Hochschule X" / "X University of Applied Sciences":
#: the German word names both kinds of university).
BROADER_CONCEPTS = {"applied_university": "university"}
#: Shortest stem a "*" entry may have.
MIN_STEM = 4
#: Longest ending a "*" entry matches: a longer one is a compound word naming another
#: kind of body ("universitetssjukhuset", a university hospital, is no university).
MAX_ENDING = 7
#: Longest phrase of the vocabulary, in words.
MAX_PHRASE = 3
#: Content words a name without any organisation word needs to be read as a key of its
#: own words ("Combinatorics, Optimization and Algorithms for Telecommunications" /
#: "Combinatoire, Optimisation et Algorithmes pour les Télécommunications"): fewer are too
#: unspecific to tell a translation from another name.
MIN_PLAIN_WORDS = 3
#: Marks the surface of a key without organisation words: its function words, which tell
#: the name's language ("of and for" / "et pour les").
FUNCTION_MARK = "~"
_ARABIC_ARTICLE = "\u0627\u0644"  # al-
#: A glued Latin article ("al", "el") is stripped before one of these consonants.
_LATIN_ARTICLES = ("al", "el")
_ARTICLE_CONSONANTS = frozenset("bcdfghjklmnpqrstvxz")
_ARABIC_LIL = "\u0644\u0644"  # lil- (li + al-)
_ARABIC_HAA = "\u0647"  # haa, also taa marbuta once folded
#: Latin endings that write a taa marbuta (its h is no consonant).
_LATIN_TAA_MARBUTA = ("ah", "eh")
#: Endings of Slavic adjectives (transliterated) left off a proper noun's skeleton
#: ("tilmarskii" -> "tilmar"), longest first.
#: Case endings of Greek nouns and adjectives (transliterated) left off a proper noun's
#: skeleton ("attikes" -> "attik", as "Attica"), longest first.
_GREEK_ENDINGS = ("ou", "on", "es", "as", "is", "os", "ai", "oi", "e", "a")
_SLAVIC_ENDINGS = (
    "skogo",
    "skaia",
    "skaya",
    "skiy",
    "skii",
    "skij",
    "skoe",
    "skoi",
    "skyi",
    "ska",
    "sky",
)


@frozen
class OrgVocabulary:
    """``phrases``: word tuples -> concept; ``stems``: (stem, concept), longest first;
    ``heads``: first words of the phrases; ``stem_index``: stem -> concept."""

    phrases: dict[tuple[str, ...], str]
    stems: tuple[tuple[str, str], ...]
    heads: frozenset[str]
    stem_index: dict[str, str]

    def concept(self, word: str) -> str | None:
        """The concept of one word (exact entry first, then the longest stem followed by
        at most :data:`MAX_ENDING` letters)."""
        return _word_lookup(self.phrases, self.stem_index, word, MIN_STEM)


def _word_lookup(
    phrases: dict[tuple[str, ...], str], stems: dict[str, str], word: str, min_stem: int
) -> str | None:
    """What one *word* means: its exact one-word entry in *phrases*, else the longest
    stem in *stems* (at least *min_stem* letters) followed by at most
    :data:`MAX_ENDING` letters."""
    got = phrases.get((word,))
    if got is not None:
        return got
    for size in range(len(word), max(min_stem, len(word) - MAX_ENDING) - 1, -1):
        got = stems.get(word[:size])
        if got is not None:
            return got
    return None


def _table_forms(name: str) -> Iterator[tuple[str, str]]:
    """``(key, form)`` for each ``|``-separated form of the bundled table *name*: the key
    is the first column, the forms the last (blank and "#" lines skipped)."""
    text = resources.files("sochi_er").joinpath(f"data/{name}").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        columns = line.split("\t")
        for form in columns[-1].split("|"):
            yield columns[0], form.strip()


def _stem(form: str, min_stem: int, name: str) -> str:
    """The stem of a ``"stem*"`` form; a ValueError naming table *name* when too short."""
    (stem,) = words(form[:-1]) or [""]
    if len(stem) < min_stem:
        raise ValueError(f"{name}: stem {form!r} is too short")
    return stem


@functools.cache
def org_vocabulary() -> OrgVocabulary:
    """The bundled ``org_vocabulary.tsv`` (read once a process)."""
    phrases: dict[tuple[str, ...], str] = {}
    stems: dict[str, str] = {}
    for concept, form in _table_forms("org_vocabulary.tsv"):
        if form.endswith("*"):
            stems.setdefault(_stem(form, MIN_STEM, "org_vocabulary.tsv"), concept)
        else:
            raw = words(form)
            tokens = _content(raw)
            # as written (read so in syllabic scripts, where nothing is dropped), and
            # without function words unless that leaves one word of a phrase ("da xue")
            phrases.setdefault(tuple(raw), concept)
            if tokens and (len(tokens) == len(raw) or len(tokens) >= 2):
                phrases.setdefault(tuple(tokens), concept)
    return OrgVocabulary(
        phrases,
        tuple(sorted(stems.items(), key=lambda kv: -len(kv[0]))),
        frozenset(p[0] for p in phrases),
        stems,
    )


@frozen
class PlaceNames:
    """``phrases``: word tuples -> place; ``stems``: stem -> place (``*`` entries);
    ``heads``: first words of the phrases of two or more words."""

    phrases: dict[tuple[str, ...], str]
    stems: dict[str, str]
    heads: frozenset[str] = frozenset()

    def place(self, word: str) -> str | None:
        """The place one word names (an exact entry, else the longest stem followed by at
        most :data:`MAX_ENDING` letters)."""
        return _word_lookup(self.phrases, self.stems, word, MIN_PLACE_STEM)


#: Shortest stem a "*" entry of ``places.tsv`` may have.
MIN_PLACE_STEM = 5


@functools.cache
def place_names() -> PlaceNames:
    """The bundled ``places.tsv`` (read once a process): countries and a few regions by
    their names and adjectives in many languages."""
    phrases: dict[tuple[str, ...], str] = {}
    stems: dict[str, str] = {}
    for place, form in _table_forms("places.tsv"):
        if form.endswith("*"):
            stems.setdefault(_stem(form, MIN_PLACE_STEM, "places.tsv"), place)
            continue
        tokens = tuple(_strip_article(w) for w in words(form))
        if tokens:
            phrases.setdefault(tokens, place)
    return PlaceNames(phrases, stems, frozenset(p[0] for p in phrases if len(p) > 1))


@functools.lru_cache(maxsize=1 << 18)
def word_place(word: str) -> str | None:
    """The place one normalised word names ("finnish", "suomen", "لبنانيه" -> finland,
    finland, lebanon), or None."""
    return place_names().place(word)


@functools.lru_cache(maxsize=1 << 18)
def word_concept(word: str) -> str | None:
    """The concept of one normalised word of the vocabulary ("universidad" ->
    ``university``), or None for any other word."""
    return org_vocabulary().concept(word)


@functools.lru_cache(maxsize=1 << 18)
def _strip_article(token: str) -> str:
    if token.startswith(_ARABIC_ARTICLE) and len(token) > 3:
        return token[2:]
    # a glued Latin article before a consonant ("alhayat"): string tests, no regex
    if (
        len(token) > 5
        and token[:2] in _LATIN_ARTICLES
        and token[2] in _ARTICLE_CONSONANTS
        and (token.isascii())
    ):
        return token[2:]
    return token


@functools.lru_cache(maxsize=1 << 18)
def _content_word(token: str) -> str:
    """*token* without a glued article, or ``""`` when it is no content word (a function
    word of any language, a stop-word, digits)."""
    t = _strip_article(token)
    if t and t not in acronym_words().function and t not in STOP_WORDS and not t.isdigit():
        return t
    return ""


#: "Abd" (servant of), written apart from the name it opens in Arabic script and glued to it
#: in Latin transliterations ("عبد العزيز" / "Abdulaziz").
_ARABIC_ABD = "\u0639\u0628\u062f"
#: "abad" (town), written apart from the name before it in Persian and Urdu script and
#: glued to it in Latin ("فیصل آباد" / "Faisalabad"); the madda alef is folded to alef.
_ABAD = "\u0627\u0628\u0627\u062f"


def _glue_name_parts(tokens: tuple[str, ...]) -> list[str]:
    """Arabic-script *tokens* with "عبد" glued to the word after it, article and all, and
    "آباد" to the word before it, as Latin transliterations write the names ("عبد
    العزيز" -> "عبدالعزيز", read as Abdulaziz; "فیصل آباد" as Faisalabad)."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if tokens[k] == _ARABIC_ABD and k + 1 < len(tokens):
            out.append(tokens[k] + tokens[k + 1])
            k += 2
        elif tokens[k] == _ABAD and out:
            out[-1] += tokens[k]  # "فيصل آباد" -> "فيصلاباد", read as Faisalabad
            k += 1
        else:
            out.append(tokens[k])
            k += 1
    return out


def _content(tokens: list[str] | tuple[str, ...]) -> list[str]:
    return [t for t in map(_content_word, tokens) if t]


@functools.lru_cache(maxsize=1 << 18)
def _name_content_word(token: str) -> str:
    """:func:`_content_word` for a name's word: a word the tables know as it stands keeps
    its first letters ("algerienne", "almaty": no glued article before a word)."""
    if token != _strip_article(token) and (word_place(token) or word_concept(token)):
        return token
    return _content_word(token)


def _name_content(tokens: list[str] | tuple[str, ...]) -> list[str]:
    return [t for t in map(_name_content_word, tokens) if t]


#: Scripts whose transliteration is a run of syllables (unidecode reads CJK characters
#: as pinyin syllables).
_SYLLABIC = frozenset({"cjk"})


def _join_runs(content: list[str], proper: list[str]) -> list[str]:
    """Proper-noun syllables that follow each other in *content* joined into one word."""
    remaining = list(proper)
    out: list[str] = []
    run = ""
    for token in content:
        if remaining and token == remaining[0]:
            remaining.pop(0)
            run += token
        elif run:
            out.append(run)
            run = ""
    if run:
        out.append(run)
    return out


#: Arabic one-letter prefixes glued to a word: "and", "for", "with".
_ARABIC_CLITICS = "\u0648\u0644\u0628"


def _unclitic(token: str, vocab: OrgVocabulary) -> str:
    """An Arabic word without a glued clitic (``lil-``, ``wa-``, ``bi-``, ``wal-``) when
    that leaves an organisation word of the vocabulary."""
    for rest in (
        token[2:] if token.startswith(_ARABIC_LIL) else "",
        _strip_article(token[1:]) if token[:1] in _ARABIC_CLITICS else "",
    ):
        if len(rest) >= 2 and (rest in vocab.heads or vocab.concept(rest) is not None):
            return rest
    return token


#: A clitic glued to the Arabic article before any word: "lil-" (li + al-), "wal-",
#: "bal-", "fal-", "kal-" ("للجبيل" -> "جبيل", "and/for al-Jubail").
_ARABIC_CLITIC_ARTICLES = (
    "\u0644\u0644",
    "\u0648\u0627\u0644",
    "\u0628\u0627\u0644",
    "\u0641\u0627\u0644",
    "\u0643\u0627\u0644",
)
#: Letters a word keeps once a clitic and article are off.
_MIN_UNCLITIC = 3


def _unclitic_proper(token: str) -> str:
    """An Arabic word without a clitic glued to the article (:data:`_ARABIC_CLITIC_ARTICLES`)
    when at least :data:`_MIN_UNCLITIC` letters are left."""
    for prefix in _ARABIC_CLITIC_ARTICLES:
        if token.startswith(prefix) and len(token) - len(prefix) >= _MIN_UNCLITIC:
            return token[len(prefix) :]
    return token


@functools.lru_cache(maxsize=1 << 18)
def _skeleton(token: str, script: str) -> str:
    if script == "arabic" and token.endswith(_ARABIC_HAA) and len(token) > 2:
        token = token[:-1]  # a final taa marbuta is a vowel in transliteration
    elif token.endswith(_LATIN_TAA_MARBUTA) and len(token) > 3:
        token = token[:-1]  # ... and so is the h of a Latin "-ah"/"-eh" ("Mutah", "Allameh")
    if script == "cyrillic":
        for ending in _SLAVIC_ENDINGS:
            if token.endswith(ending) and len(token) - len(ending) >= 3:
                token = token[: -len(ending)]
                break
    elif script == "greek":
        for ending in _GREEK_ENDINGS:
            if token.endswith(ending) and len(token) - len(ending) >= 4:
                token = token[: -len(ending)]
                break
    return consonant_skeleton(token)


@frozen
class NeutralKey:
    """A name read language-neutrally: ``concepts`` (sorted), ``surface`` (the organisation
    words as written, sorted: which language the name is in), ``proper`` (the other words,
    sorted) and ``skeletons`` (their consonant skeletons, sorted)."""

    concepts: tuple[str, ...]
    surface: tuple[str, ...]
    proper: tuple[str, ...]
    skeletons: tuple[str, ...]
    #: the places among the proper nouns (``places.tsv``)
    places: tuple[str, ...] = ()
    #: what :attr:`short_cross` compares: places whole ("@portugal"), the other proper
    #: nouns as their first :data:`SHORT_SKELETON_PREFIX` consonants; sorted
    short: tuple[str, ...] = ()

    @property
    def plain(self) -> bool:
        """No organisation word: the key is the name's own words (compared across
        languages only through :attr:`cross`)."""
        return not self.concepts

    @property
    def exact(self) -> str:
        return " ".join(self.concepts) + " | " + " ".join(self.proper)

    @property
    def cross(self) -> str:
        """Concepts and the first :data:`SKELETON_PREFIX` consonants of each proper noun:
        the same for a proper noun and its adjective or another language's spelling
        ("amazon"/"amazonica", "catalogne"/"catalunya")."""
        return (
            " ".join(self.concepts)
            + " | "
            + " ".join(sorted(s[:SKELETON_PREFIX] for s in self.skeletons))
        )

    @property
    def short_cross(self) -> str:
        """:attr:`cross` with :data:`SHORT_SKELETON_PREFIX` consonants a proper noun, and
        places whole ("portugal" is no "protection")."""
        return " ".join(self.concepts) + " | " + " ".join(self.short)


@functools.lru_cache(maxsize=1 << 18)
def _reading(word: str) -> tuple[bool, str | None, bool, str | None]:
    """What :func:`neutral_key` asks of one word, looked up once: does a phrase of the
    vocabulary start with it, its concept, does a place phrase start with it, its place."""
    return (
        word in org_vocabulary().heads,
        word_concept(word),
        word in place_names().heads,
        word_place(word),
    )


@functools.lru_cache(maxsize=1 << 17)
def neutral_key(tokens: tuple[str, ...], script: str = "latin") -> NeutralKey | None:
    """The language-neutral reading of a form's words, or None when no organisation word
    of the vocabulary occurs (nothing to translate)."""
    vocab = org_vocabulary()
    places = place_names()
    if script in _SYLLABIC:
        # transliterated syllables ("bei jing da xue"): no function words to drop, and a
        # proper noun is a run of syllables written as one word in other languages
        content = [t for t in tokens if not t.isdigit()]
    else:
        content = _name_content(_glue_name_parts(tokens) if script == "arabic" else list(tokens))
    if script == "arabic":
        content = [_unclitic(t, vocab) for t in content]
        content = [_unclitic_proper(t) for t in content]
    concepts: list[str] = []
    surface: list[str] = []
    proper: list[str] = []
    named: list[str] = []
    i = 0
    while i < len(content):
        phrase_head, word_concept_, place_head, word_place_ = _reading(content[i])
        sizes = range(min(MAX_PHRASE, len(content) - i), 1, -1) if phrase_head else ()
        for size in sizes:
            concept = vocab.phrases.get(tuple(content[i : i + size]))
            if concept is not None:
                concepts.append(concept)
                surface.append(" ".join(content[i : i + size]))
                i += size
                break
        else:
            if word_concept_ is not None:
                concepts.append(word_concept_)
                surface.append(content[i])
                i += 1
                continue
            # a country or region by its name or adjective in any language: one proper
            # noun ("finnish", "suomen", "finlandaise" -> finland)
            longest = min(MAX_PHRASE, len(content) - i) if place_head else 1
            for size in range(longest, 1, -1):
                place = places.phrases.get(tuple(content[i : i + size]))
                if place is not None:
                    proper.append(place)
                    named.append(place)
                    i += size
                    break
            else:
                proper.append(word_place_ if word_place_ is not None else content[i])
                if word_place_ is not None:
                    named.append(word_place_)
                i += 1
    if not concepts:
        # no organisation word: a name of several words still reads as its words' first
        # consonants across languages (cognates), its language told by its function words
        if script in _SYLLABIC or len(proper) < MIN_PLAIN_WORDS:
            return None
        function = acronym_words().function
        marks = sorted({t for t in tokens if t in function or t in STOP_WORDS})
        surface = [FUNCTION_MARK + " ".join(marks)]
    if script in _SYLLABIC:
        proper = _join_runs(content, proper)
    skeletons = sorted(s for s in (_skeleton(p, script) for p in proper) if s)
    if named:
        short = [
            s[:SHORT_SKELETON_PREFIX]
            for s in (_skeleton(p, script) for p in proper if p not in named)
            if s
        ]
        short += ["@" + p for p in proper if p in named]
    else:
        short = [s[:SHORT_SKELETON_PREFIX] for s in skeletons]
    return NeutralKey(
        tuple(sorted(concepts)),
        tuple(sorted(surface)),
        tuple(sorted(proper)),
        tuple(skeletons),
        tuple(sorted(set(named))),
        tuple(sorted(short)),
    )
