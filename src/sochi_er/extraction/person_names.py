"""Personal names on a signatory line: whether a part is a person's name (a known given
name, a title, initials, a couple), looks like one, or runs into a role or an
organisation with no separator; the name without titles and letters after it."""

from __future__ import annotations

import re

from sochi_er.extraction.item_parts import TRAIL, ItemPart
from sochi_er.extraction.item_words import (
    ACRONYM,
    INITIAL,
    all_legal,
    is_acronym,
    item_tokens,
    org_evidence,
)
from sochi_er.extraction.lexicons import SignerWords, default_signer_words, word_tokens
from sochi_er.extraction.lines import FUNCTION_WORDS
from sochi_er.extraction.roles import is_role

__all__ = [
    "glued_person_end",
    "looks_like_person",
    "name_shaped",
]


#: One or two initials written against a family name: "A.Roe", "J.P.Doe" (a name
#: transliterated from Cyrillic is often written so).
_GLUED_INITIALS = re.compile(
    r"\s*(?:[A-Z\u00c0-\u00dd]\.){1,2}"
    r"(?=[A-Z\u00c0-\u00dd\u0160\u017d\u010c][a-z\u00df-\u024f]{2,}(?![\w.]))"
)
#: A title written against the name that follows it: "Dr.Jane", "Prof.Roe".
_GLUED_TITLE = re.compile(r"\s*(?P<title>[A-Z][a-z]{1,4})\.(?=[A-Z][a-z])")
#: Letters after a personal name: "OAM", "QC", "PhD", "Jr.", "(ret)".
_POST_NOMINAL = re.compile(
    r"(?:\s+(?:[A-Z]{2,5}|Ph\.?D\.?|Jr\.?|Sr\.?|I{2,3}|\((?:ret|ret\.|retired)\)))+\s*$"
)


def _without_post_nominals(text: str) -> str:
    """*text* without letters after a name ("Jane Roe OAM", "John Doe PhD"), unless they
    are all that follows the first word: "Jane ROE" is a family name in capitals."""
    tokens = item_tokens(text)
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
    kept = item_tokens(bare)
    cut = item_tokens(text[len(bare) :])
    names = [t for t in kept if not (words.has("honorific", t) or words.has("role", t))]
    if (
        len(names) == 1
        and not names[0].isupper()
        and words.is_given_name(names[0])
        and cut
        and len(cut[0]) > 2
        and _VOWEL.search(cut[0])
    ):  # "Pr Jane ROE", "Dr John DOE PhD": a family name in capitals after a given name
        return text[: text.index(cut[0], len(bare)) + len(cut[0])]
    if len(kept) >= 2 or not kept or not (kept[0][0].isupper() and kept[0][1:].islower()):
        return bare
    return text


def _spaced_initials(text: str) -> str:
    """*text* with a space after initials written against the family name ("A.Roe")."""
    initials = _GLUED_INITIALS.match(text)
    if initials is None:
        return text
    return f"{text[: initials.end()]} {text[initials.end() :]}"


def _unglued(text: str, words: SignerWords) -> str:
    """*text* with a space after a title written against the name ("Dr.Jane Roe")."""
    glued = _GLUED_TITLE.match(text)
    if glued is None or not words.has("honorific", glued["title"]):
        return text
    return f"{text[: glued.end()]} {text[glued.end() :]}"


def is_person(text: str, words: SignerWords) -> bool:
    """Whether *text* is a personal name: a title then a name, or a given name (or an
    initial) followed by one to four capitalised words or particles, no organisation
    word, no acronym, no digit."""
    text = _spaced_initials(_unglued(text, words))
    if _is_couple(text, words):
        return True  # "Jane & John Roe", "Alexandria and Brandon Example Roe"
    pair = _PAIR.split(text.strip())
    if len(pair) == 2 and all(is_person(p, words) for p in pair):
        return True  # "Jane Roe et John Doe, porte-paroles d'Example": two who sign as one
    tokens = item_tokens(_without_post_nominals(text))
    if not tokens or any(ch.isdigit() or ch == "&" for ch in text):
        return False  # "Example & Son" is a firm
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
    if (
        titles
        and not words.has("role", tokens[titles[-1]])
        and any(_org_token(t, words) for t in tokens[: titles[-1]])
    ):
        return False  # "Associazione Don Example Roe": a body named after a person
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
    if any(_org_token(t, words) or words.has("legal", t) for t in tokens):
        return False
    if len(tokens) >= 2 and _plural_of_role(tokens[-1], words):
        return False  # "Velmari Advocates", "Example Doctors": a body named for its members
    if words.has("honorific", tokens[0]) and len(tokens) >= 2:
        if any(words.has("role", t) for t in tokens[1:]):
            return False  # "Sr. Product Manager": a senior's title, not "Señor Product"
        return tokens[0][0].isupper() or not tokens[0].isascii()
    if not 2 <= len(tokens) <= 5:
        return False
    if len(tokens) >= 3 and words.is_country(tokens[-1]) and not words.has("particle", tokens[-2]):
        return False  # "Max Example France": a national section ("Tony Del Monaco" is one)
    first = tokens[0]
    if len(tokens) == 2 and _name_with_initials(tokens, words):
        return True  # "D.G.N.U.K. Example", "Examplina R.": initials stand for the rest
    if _family_then_given(tokens, text, words):
        return True  # "ROE Jane", "ROE DOE Jane": the family name first, in capitals
    if not (words.is_given_name(first) or INITIAL.match(first)):
        # "Mehrubon Sattorov", "Nino Beridze": a family name by its ending, whatever the
        # given name; not a town or a country ("Example Genova", "Example Polska")
        last = tokens[-1]
        return (
            len(tokens) <= _SUFFIXED_NAME_WORDS
            and all(_TITLE_WORD.fullmatch(t) for t in tokens)
            and _FAMILY_SUFFIX.search(last) is not None
            and not (words.is_city(last) or words.is_country(last))
        )
    if ACRONYM.match(first) and len(first) > 2 and not text.isupper():
        return False  # "ARI Springfield", "ARI/Springfield": an acronym and its place, not Ari
    for token in tokens[1:]:
        if is_lower_particle(token, words) or _GLUED_PARTICLE.match(token):
            continue  # "de", "van"; "al-Example", "el-Example"
        if not (token[0].isupper() or not token[0].isascii() or token[0] in "'\u2019"):
            return False
        if (
            ACRONYM.match(token)
            and len(token) > 2
            and not text.isupper()
            and not _capitals_family(tokens[1:])
        ):
            return False  # "Jane EXB", "North NJ EXB"; but "Jane ROE", "Jane BEN ROE"
    return True


def _plural_of_role(token: str, words: SignerWords) -> bool:
    """Whether *token* is the plural of a role word ("Advocates", "Lawyers", "Doctors"):
    a last word no family name is."""
    if len(token) < 5 or not token.endswith("s"):
        return False
    return words.has("role", token[:-1]) or (token.endswith("es") and words.has("role", token[:-2]))


#: Endings of family names in Russian, Ukrainian, Central Asian, Georgian, Armenian and
#: Polish use ("-ov", "-eva", "-ovich", "-enko", "-shvili", "-dze", "-yan", "-ski").
_FAMILY_SUFFIX = re.compile(
    r"(?:[ei]?(?:ov|ev)(?:a|ich|na)?|[ei]?yev(?:a)?|enko|shvili|dze|yan|sk[iy]|ska|skaya)$"
)
#: A word in title case (no digit, no capital inside).
_TITLE_WORD = re.compile(r"[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff'\u2019-]+")
#: Most words of a personal name known by its family name's ending.
_SUFFIXED_NAME_WORDS = 3


def _capitals_family(tokens: list[str]) -> bool:
    """Whether the words in capitals among *tokens* read as a family name ("ROE", "BEN
    ROE"): each three letters or more with a vowel, one with two vowels, none of two
    letters ("NJ EXB" is a state and a body)."""
    capitals = [t for t in tokens if t.isupper() and len(t) > 1]
    return all(_family_in_capitals(t) for t in capitals) and any(
        len(_VOWEL.findall(t)) >= 2 for t in capitals
    )


def _family_then_given(tokens: list[str], text: str, words: SignerWords) -> bool:
    """Whether *tokens* are a family name in capitals (one or two words) then a known
    given name, as lists of signers in French, Italian or Spanish write them ("ROE Jane",
    "DEL ROE Jane"); not a line all in capitals."""
    return (
        2 <= len(tokens) <= 3
        and not text.isupper()
        and all(t.isupper() for t in tokens[:-1])
        and _capitals_family(tokens[:-1])
        and words.is_given_name(tokens[-1])
        and tokens[-1][:1].isupper()
        and tokens[-1][1:].islower()
        and not (words.is_country(tokens[-1]) or words.is_city(tokens[-1]))
    )  # not "EXB France", "EXB Verona": a body and its place


#: An Arabic family name with its article or kin word glued by a hyphen: "al-Example",
#: "el-Example", "bin-Example", "abu-Example".
_GLUED_PARTICLE = re.compile(
    r"(?:al|el|ad|ash|as|at|az|ar|an|ud|ul|bin|ibn|abu|bint)-[A-Z\u00c0-\u00dd][a-z\u00df-\u024f]"
)


def _org_token(token: str, words: SignerWords) -> bool:
    """Whether *token* is an organisation's word; a hyphenated one only when its last part
    is ("Example-Stiftung"), not a double family name ("Church-Example")."""
    if "-" in token.strip("-"):
        return words.has("org", token.rsplit("-", 1)[1])
    return words.has("org", token)


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
            return False  # the letters read as a word: "E.X.A.M.P.", "A.B.C.D."
        return (
            last[0].isupper()
            and last[1:].islower()
            and not (words.is_city(last) or words.is_country(last) or words.has("org", last))
        )
    return (
        _ONE_INITIAL.match(last) is not None
        and len(first) > 2 and first[0].isupper() and first[1:].islower()
        and not (words.has("org", first) or words.is_city(first) or words.is_country(first))
    )  # fmt: skip


#: The conjunctions between two persons' whole names ("Jane Roe et John Doe").
_PAIR_WORDS = ("&", "and", "e", "y", "et", "und", "en", "i")
_PAIR = re.compile(r"\s+(?:{})\s+".format("|".join(_PAIR_WORDS)))
#: Two persons in one item: "Given & Given Family", "Given and Given Family".
_COUPLE = re.compile(
    r"^(?P<first>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:&|and|e|y|et|und)\s+"
    r"(?P<second>[A-Z\u00c0-\u00dd][^\W\d_]*(?:\s+[A-Z\u00c0-\u00dd][^\W\d_'\u2019]*){1,2})$"
)


def _is_couple(text: str, words: SignerWords) -> bool:
    """Whether *text* names two persons who sign together: the first only known given
    names ("Jon Paul", "Alexandria"), the second two or three capitalised words with no
    organisation's word ("Aleece Example", "Brandon Perel Example"); "Ben & Jerry's Ice
    Cream", "Example & Example", "Example & Son" are firms."""
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


def unknown_person_first(parts: list[ItemPart], words: SignerWords) -> bool:
    """Whether the first part is a personal name we cannot look up, followed by a clear
    affiliation (an organisation word, not only a legal form) or only by roles."""
    if len(parts) < 2:
        return False
    rest = parts[1:]
    first = item_tokens(rest[0].text)[:1]  # a role word starts the next part
    described = bool(first) and words.has("role", first[0]) and is_role(rest[0].text, words)
    if not looks_like_name(parts[0].text, words, long=described):
        return False
    return any(
        org_evidence(p.text, words) >= 2 and not all_legal(p.text, words) for p in rest
    ) or all(is_role(p.text, words) for p in rest)


def looks_like_name(text: str, words: SignerWords, *, long: bool = False) -> bool:
    """Two or three capitalised words, none an organisation, role or legal word, no
    acronym, no digit: a personal name when an affiliation follows it. *long* (a part
    starting with a role word follows): up to four, with lower-case particles between
    them ("Given de Family dos Santos - professora da EXU")."""
    tokens = item_tokens(_without_post_nominals(_unglued(text, words)))
    if len(tokens) > 2:  # a middle initial: "Jane R. Roe"
        tokens = [tokens[0], *(t for t in tokens[1:-1] if not _INITIAL.fullmatch(t)), tokens[-1]]
    if long and len(tokens) > 2:
        inner = [t for t in tokens[1:-1] if not is_lower_particle(t, words)]
        tokens = [tokens[0], *inner, tokens[-1]]
    if not 2 <= len(tokens) <= (_NAME_WORDS if long else 3) or any(ch.isdigit() for ch in text):
        return False
    titled = any(t[0].isupper() and not t.isupper() for t in tokens)
    if (
        is_acronym(tokens[0])
        and (words.is_city(tokens[-1]) or words.is_country(tokens[-1]))
        and not words.is_given_name(tokens[-1])
    ):
        return False  # "EXU Lombardia": a body's acronym and its region, not "ROE Jane"
    return all(
        t[0].isupper()
        and (not is_acronym(t) or (titled and _family_in_capitals(t)))
        and t.casefold() not in FUNCTION_WORDS
        and not any(words.has(k, t) for k in ("org", "role", "legal", "header"))
        for t in tokens
    )


#: A middle initial of a personal name: a capital and a full stop.
_INITIAL = re.compile(r"[A-Z\u00c0-\u00dd]\.")
#: Most capitalised words of a personal name not looked up (:func:`looks_like_name`).
_NAME_WORDS = 4


def is_lower_particle(token: str, words: SignerWords) -> bool:
    """Whether *token* is a personal name's particle in lower case ("de", "van", "bin")."""
    return token.islower() and words.has("particle", token)


#: Words of a personal name written before a role with no comma between them.
_NAME_BEFORE_ROLE = (2, 3)


def _name_word(token: str) -> bool:
    """A capitalised word of letters, hyphens or apostrophes inside ("Kyrke-Smith")."""
    return token[:1].isupper() and token.replace("-", "").replace("'", "").isalpha()


def person_then_role(part: ItemPart, words: SignerWords) -> list[ItemPart]:
    """*part* split into the person and the role when it is a personal name run into a
    role with no comma ("Jane Roe Director of advocacy", before ", Example Aid"): a
    known given name, one or two more capitalised words, then a role; else ``[part]``."""
    tokens = list(re.finditer(r"\S+", part.text))
    if len(tokens) <= _NAME_BEFORE_ROLE[0]:
        return [part]
    if not words.is_given_name(tokens[0].group(0)):
        return [part]
    # two persons' names joined ("Jane Roe et John Doe coprésidents de ..."): the pair
    pair = _PAIR.search(part.text)
    paired = pair is not None and is_person(part.text[: pair.start()], words)
    longest = _NAME_BEFORE_ROLE[1] + (_NAME_BEFORE_ROLE[1] + 1 if paired else 0)
    cuts = [
        k for k in range(_NAME_BEFORE_ROLE[0], min(longest, len(tokens) - 1) + 1)
        if (
            all(_name_word(t.group(0)) for t in tokens[:k])
            or (paired and is_person(part.text[: tokens[k - 1].end()], words))
        )
        and tokens[k].group(0) not in _PAIR_WORDS  # the role opens no pair
        and is_role(part.text[tokens[k].start() :], words, lower_case=False)
        and not is_role(part.text[: tokens[k - 1].end()], words)
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
    return [ItemPart(part.start, cut, part.text[: cut - part.start]),
            ItemPart(begin, part.end, part.text[begin - part.start :])]  # fmt: skip


def given_first(text: str, words: SignerWords) -> bool:
    """Whether the first word of *text* is a known given name."""
    tokens = item_tokens(text)
    return bool(tokens) and words.is_given_name(tokens[0])


def looks_like_person(text: str, words: SignerWords | None = None) -> bool:
    """Whether *text* has the shape of a personal name: a known one ("Jane Roe", "Dr.
    Example"), or two or three capitalised words that are not organisation, role or
    legal words ("Tamir Examplar")."""
    words = words or default_signer_words()
    return is_person(text, words) or looks_like_name(text, words)


def _family_in_capitals(token: str) -> bool:
    """A family name written in capitals beside a given name ("Jane ROE"): three letters
    or more with a vowel, unlike most acronyms ("LGBTQ")."""
    return len(token) >= 3 and token.isalpha() and _VOWEL.search(token) is not None


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


def signs_for(left: str, words: SignerWords) -> bool:
    """Whether *left*, before "for"/"a nome di", is a person's name: two to five words,
    the first a title or a given name ("Hack for Example", "Lawyers for X" are names)."""
    tokens = item_tokens(left)
    return (
        not any(mark in left.rstrip(TRAIL) for mark in ",;()|")
        and 2 <= len(tokens) <= 5
        and (words.is_given_name(tokens[0]) or words.has("honorific", tokens[0]))
        and not any(words.has("org", t) for t in tokens)
        and is_person(left.rstrip(TRAIL), words)
    )


def person_of_body(left: str, right: str, words: SignerWords) -> bool:
    """Whether "*left* of *right*" is a person and her body ("Jane Roe of Example
    Radio", "Rabbi Jane Roe of Beth Example"): *left* a known given name (after a title,
    maybe) and one or two capitalised family names, no role, organisation or place word;
    *right* opens with a capital and is no place ("Bishop Jane Roe of Springfield": her
    see; "Baroness Roe of Example": a peer's title, see :func:`is_person`)."""
    tokens = item_tokens(left)
    titled = bool(tokens) and words.has("honorific", tokens[0].rstrip("."))
    while tokens and words.has("honorific", tokens[0].rstrip(".")):
        tokens = tokens[1:]
    head = right.strip()
    if titled and not (head.isupper() or any(words.has("org", t) for t in item_tokens(head))):
        # "Bishop Jane Roe of Exampleton", "... of Kildare & Leighlin": a see, a peerage,
        # a constituency; "Rabbi Jane Roe of Beth Example Congregation" names her body
        return False
    return (
        not any(mark in left for mark in ",;:()|")
        and 2 <= len(tokens) <= _OF_NAME_WORDS
        and words.is_given_name(tokens[0])
        and all(_FAMILY_WORD.fullmatch(t) for t in tokens)
        and not any(
            words.has(kind, t)
            for t in tokens
            for kind in ("org", "collective", "coalition", "role", "legal", "honorific")
        )
        # "Hong Kong Confederation of ...": a town's name of two words opens a body's
        and not any(words.is_city(" ".join(tokens[:k])) for k in range(2, len(tokens)))
        and head[:1].isupper()
        and not (words.is_city(head) or words.is_country(head))
    )


#: A capitalised word of a personal name, its parts maybe joined by an apostrophe or a
#: hyphen ("Dell\u2019Omo", "Roe-Doe", "McExample").
_FAMILY_WORD = re.compile(  # each further part opens with a mark or a capital: no two ways
    r"[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff]*"
    r"(?:['\u2019-][A-Z\u00c0-\u00dd]?[a-z\u00df-\u00ff]+|[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff]+)*"
)
#: Most words of the name before "of" in :func:`person_of_body`.
_OF_NAME_WORDS = 3


#: The pieces of "[Title] Given FAMILY": up to two title words, a given name in title case
#: (hyphenated maybe), one word of a family name in capitals.
_TITLE = r"(?P<title>(?:[A-Z][\w.]*\.?\s+){0,2}?)"
_TITLE_CASE = r"[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff]+"
_GIVEN = rf"(?P<given>{_TITLE_CASE}(?:-{_TITLE_CASE})?)\s+"
_CAPS_WORD = r"[A-Z\u00c0-\u00dd][A-Z\u00c0-\u00dd'\u2019-]+"
#: "[Title] Given FAMILY Rest": a family name in capitals, then more capitalised words.
CAPS_SURNAME = re.compile(
    _TITLE
    + _GIVEN
    + rf"(?P<family>(?:{_CAPS_WORD}\s+){{1,3}}?)"
    + r"(?=[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff])"
)


#: "[Title] Given FAMILY" and nothing after it: a whole line naming a person so.
CAPS_SURNAME_ALONE = re.compile(
    _TITLE + _GIVEN + rf"(?P<family>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}})" + r"\s*$"
)


_VOWEL = re.compile(r"[AEIOUYÀ-ÖØ-Ý]")


def titled_or_known(match: re.Match[str], words: SignerWords) -> bool:
    """Whether a "[Title] Given FAMILY" match is a person: a title before it or a known
    given name."""
    if not all(_VOWEL.search(t) for t in match["family"].split()):
        return False  # "LGBTQ": an acronym, not a family name
    title = item_tokens(match["title"])
    if title and not all(words.has("honorific", t) or words.has("role", t) for t in title):
        return False
    return bool(title) or words.is_given_name(match["given"].split()[0])


def strip_honorific(name: str, words: SignerWords) -> str:
    """The personal name without titles before it or letters after it: "Emeritus
    Professor Jane A. Roe OAM" -> "Jane A. Roe"."""
    name = _unglued(name, words)
    name = _without_post_nominals(name)
    tokens = word_tokens(name)
    titles: list[int] = []
    for k, t in enumerate(tokens[:4]):
        if any(words.has(kind, t.group(0)) for kind in ("honorific", "role")) or (
            titles and titles[-1] == k - 1 and words.has("modifier", t.group(0))
        ):  # "Deputada Federal Jane Roe", "Director General John Doe"
            titles.append(k)
    if titles and len(tokens) - titles[-1] - 1 >= 2:
        after = tokens[titles[-1] + 1]
        if after.group(0) == "of":  # a peer is named by the title: "Earl of Example"
            return name[tokens[titles[-1]].start() :].strip()
        name = name[after.start() :]
        tokens = word_tokens(name)
    if len(tokens) == 2 and words.has("honorific", tokens[0].group(0)):
        name = name[tokens[1].start() :]
    return name.strip()


#: Most words of a name shaped like a person's with no other evidence.
_NAME_SHAPED_WORDS = 5


def name_shaped(text: str, words: SignerWords) -> bool:
    """Whether *text* is shaped like a personal name we may not know: capitalised words
    and initials ("A.M. Example Family", "G.Example"), particles between them ("Given de
    Family"), no organisation, role or legal word."""
    tokens = item_tokens(text)
    return (
        0 < len(tokens) <= _NAME_SHAPED_WORDS
        and tokens[0][:1].isupper()
        and all(t[:1].isupper() or words.has("particle", t) for t in tokens)
        and not any(words.has(kind, t) for t in tokens for kind in ("org", "role", "legal"))
    )


#: "With" in a line of a body and its officer ("Example Union with its president").
_WITH_WORDS = frozenset("with con mit avec com met".split())  # noqa: SIM905
#: Most words of an officer's name after her body and role ("... Ba\u015fkan\u0131 Jane
#: Example Roe").
_OFFICER_NAME_WORDS = 4


def body_then_officer(
    text: str, start: int, end: int, words: SignerWords
) -> tuple[int, int, int] | None:
    """A body, its officer's role after it and her name with no separator ("Velmar
    Derne\u011fi Ba\u015fkan\u0131 Jane Roe", "Velmar Barosu Ba\u015fkan\u0131 Av. Jane Roe",
    "Velmarin liiton puheenjohtaja Jane Roe"): where the body ends, where the role ends
    and where the person starts in ``text[start:end]``, or ``None``. The body must be one
    by its words, the role a ``role`` or ``postposed`` word, and the rest (after an
    honorific) a person's name (:func:`is_person`)."""
    tokens = word_tokens(text[start:end])
    for k in range(len(tokens) - 2, 0, -1):
        role = tokens[k].group(0)
        if not (words.has("role", role) or words.has("postposed", role)):
            continue
        after = k + 1
        while after < len(tokens) and _title_word(tokens[after].group(0), words):
            after += 1  # "Dr.", "Av.": the officer's title
        if after == len(tokens) or len(tokens) - after > _OFFICER_NAME_WORDS:
            return None
        first_role = k
        while first_role > 1 and (
            words.has("modifier", tokens[first_role - 1].group(0))
            or words.has("role", tokens[first_role - 1].group(0))
        ):
            first_role -= 1  # "Genel Ba\u015fkan\u0131": the role's own words
        if any(t.group(0) in _WITH_WORDS for t in tokens[:first_role]):
            return None  # "EXV Roma con il presidente Jane Roe": read as such elsewhere
        body_end = start + tokens[first_role - 1].end()
        person_start = start + tokens[after].start()
        named = tokens[after:]
        titled = after > k + 1 and all(  # "... Ba\u015fkan\u0131 Av. Jane Roe": the title vouches
            _name_word(t.group(0)) and not words.has("org", t.group(0)) for t in named
        )
        named_body = any(  # "Velmar Derne\u011fi", not "Community College": a body's own name
            t.group(0)[:1].isupper() and not words.has("org", t.group(0))
            for t in tokens[:first_role]
        )
        if (
            named_body
            and org_evidence(text[start:body_end], words) >= 2
            and (titled or is_person(text[person_start:end], words))
            and not any(mark in text[start:end] for mark in ",;:()|")
        ):
            return body_end, start + tokens[k].end(), person_start
        return None
    return None


def _title_word(token: str, words: SignerWords) -> bool:
    """Whether *token* is a title before a name: an honorific, or a short abbreviation
    with its stop ("Av.", "Op.")."""
    return words.has("honorific", token.rstrip(".")) or (
        token.endswith(".") and 2 <= len(token) <= _TITLE_LETTERS + 1 and token[0].isupper()
    )


#: Most letters of an abbreviated title before a name ("Av.", "Uzm.").
_TITLE_LETTERS = 3
