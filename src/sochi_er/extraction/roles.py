"""A person's role on a signatory line: whether a part is a role ("Director of ...",
"human rights lawyer", a job title), a former office, a field of study, and where a
role ends and the organisation it is held in starts ("Director of Example
Foundation")."""

from __future__ import annotations

import re

from sochi_er.extraction.item_parts import OPENING_QUOTES, ItemPart
from sochi_er.extraction.item_places import is_city
from sochi_er.extraction.item_words import elision_end, is_acronym, item_tokens, org_evidence
from sochi_er.extraction.lexicons import SignerWords, word_tokens
from sochi_er.extraction.lines import FUNCTION_WORDS

PAREN_END = re.compile(r"\s*\((?P<inner>[^()]{1,80})\)\s*$")
#: Prepositions that join a role to the organisation it is held in ("Director of X");
#: not "for" or "in", which name what a role represents ("Senator for Victoria").
_AFFILIATION = "of at di de del della dello dei degli delle du des von vom der bei beim da do"
AFFILIATION_PREPOSITIONS = frozenset([*_AFFILIATION.split(), "dos", "das", "al", "presso"])
#: German prepositions fused with an article, besides "vom" and "beim".
_FUSED = frozenset(["im", "am", "zum", "zur"])
#: Prepositions that name where a person works after her field: "ordinario di Storia
#: presso l'Università di X", "professor of History at X".
_WORKPLACE = re.compile(r"\s(?:at|presso|bei|aupr[e\u00e8]s\s+de|junto\s+a)\s", re.IGNORECASE)
#: Prepositions after a role's head word ("Director of X"; "Referat X beim Vorstand des Y").
_PREPOSITIONS = AFFILIATION_PREPOSITIONS | {"for", "with", "in", "fur", "en"} | _FUSED
#: "in" / "en" before an article name where a person works ("en la UAB"), not a field.
_LOCATIVE = frozenset(["in", "en"])
#: "in" of the languages whose offices name their place after it ("ordfører i X").
_PLACE_PREPOSITIONS = frozenset(["i", "im", "på"])
#: A preposition and an article in one word ("CTO na Example", "direttore nella X"):
#: where a person works, read only right after a role word.
_CONTRACTED = frozenset(["na", "no", "nas", "nos", "nella", "nel", "im", "beim"])
#: A Romance preposition fused with an article ("da" = "de a"): after a professor's
#: title it names where they teach ("professora da EXU"), not what ("docente di storia").
_WITH_ARTICLE = frozenset(
    "da do das dos della dello dei degli delle del dal dalla du des al".split()  # noqa: SIM905
)
#: A shared office: "co-directrice", "Co-Chair", "co-porte-parole" (the word after is
#: the role).
_SHARED = re.compile(r"^co[-\u2010\u2013](?=\w)", re.IGNORECASE)
#: A lower-case organisation word before the capitalised name it precedes, after a
#: role's preposition: "de l'association Examplia", "of the charity Example".
_CATEGORY_WORD = re.compile(
    r"(?:l['\u2019]|(?:the|la|le|il|lo|el|die|der|das|los|las|les|a|o)\s+)?"
    r"([^\W\d_A-Z]+)\s+(?=[A-Z\u00c0-\u00dd])"
)
#: A former office: "ex-Bishop", "former-President" (the word after is the role).
_FORMER = re.compile(r"^(?:ex|former|past|ehemalige[rn]?|anc)[-\u2010\u2013]", re.IGNORECASE)
#: A former office: "former director", "ex-Mayor", or the prefix glued ("exregidor").
_FORMER_WORD = re.compile(
    r"^(?:ex|former|past|ehemalige[rn]?|gi[aà]|ancien(?:ne)?|antiguo|antigua|antigo|antiga"
    r"|voormalig(?:e)?|tidligere|f[oö]rre|entinen|by[lł]y|by[lł]a|b[iý]val[aý]?)\b"
    r"|^ex-?(?P<glued>\w+)",
    re.I,
)
#: A conjunction and the word after it ("... and director of", "... y vicepresidente").
_AND_WORD = re.compile(r"\s+(?:and|y|e|et|und|i|ve|en|a|oraz|és|și)\s+(\w[\w-]*)")


def is_role(text: str, words: SignerWords, *, lower_case: bool = True) -> bool:
    """A person's function: it starts with a role word ("Director of ..."), holds one and
    no organisation word ("human rights lawyer", "Law Lecturer"), or (if *lower_case*,
    beside a person's name) is in lower case ("writer and activist")."""
    tokens = item_tokens(PAREN_END.sub("", text) or text)  # not "... Observatory (CEO)"
    if not tokens:
        return False
    tokens[0] = _FORMER.sub("", tokens[0])  # "ex-Bishop of Example"
    tokens[0] = _SHARED.sub("", tokens[0])  # "co-directrice", "Co-Chair"
    # the head word: the last before a preposition ("Associate Professor of History")
    head = next((k for k, t in enumerate(tokens) if k and t.casefold() in _PREPOSITIONS), None)
    head_word = tokens[(head or len(tokens)) - 1]
    if (
        head is None
        and len(tokens) > 1
        and head_word[0].isupper()
        and words.has("org", head_word)
        and not words.has("role", head_word)
    ):
        return False  # "Example Players Union": an organisation's name, not a role
    capitalised = sum(t[0].isupper() for t in tokens)
    if (
        head is not None
        and words.has("coalition", tokens[0])
        and capitalised >= TITLED_NAME_WORDS
        and all(t[0].isupper() for t in tokens[head + 1 :] if t.casefold() not in FUNCTION_WORDS)
    ):
        return False  # "Coordinadora de Víctimas y Familiares de Exemplo": a body's name
    if (
        head is not None
        and head_word[:1].isupper()
        and head_word.casefold().endswith("s")
        and words.has("role", head_word[:-1])
        and org_evidence(" ".join(tokens[head + 1 :]), words) >= 2
    ):
        return False  # "Chief Officers of State Example Agencies": a body of officers
    if words.has("role", tokens[0]) or words.has("role", head_word):
        return True  # "Director ...", "Technology Consultant", "IP Lawyer"
    if lower_case and tokens[0][0].islower() and tokens[0].isalpha() and not is_acronym(tokens[0]):
        return True
    return (
        any(words.has("role", t) for t in tokens)
        and org_evidence(text, words) < 2
        and capitalised < TITLED_NAME_WORDS  # "Madres de Plaza de Ejemplo Línea Fundadora"
    )


#: A name of this many capitalised words is a name even if a role word stands inside it.
TITLED_NAME_WORDS = 4


def former(text: str, words: SignerWords) -> bool:
    """Whether *text* starts with a former office ("former director", "ex-Mayor of X",
    "exregidor X"; not "executive director")."""
    match = _FORMER_WORD.match(text)
    return match is not None and (match["glued"] is None or words.has("role", match["glued"]))


def has_role(words: SignerWords, token: str) -> bool:
    """Whether *token* is a role word, also shared ("co-directrice", "Co-Chair")."""
    return words.has("role", token) or words.has("role", _SHARED.sub("", token))


def _named_before(head: str, words: SignerWords) -> bool:
    """Whether *head* (the words before a preposition) is role words, then right after
    them a capitalised organisation word that is no role word: the name opens there
    ("Secrétaire général Fédération Exemple des Services"), not after the preposition. A
    grade after the organisation word is no name ("Professor Associado II da EXU")."""
    tokens = [t.group(0) for t in word_tokens(head)]
    k = 0
    while k < len(tokens) and (has_role(words, tokens[k]) or words.has("modifier", tokens[k])):
        k += 1
    if k == 0 or k >= len(tokens):
        return False
    opening, after = tokens[k], tokens[k + 1 : k + 2]
    return (
        opening[:1].isupper()
        and words.has("org", opening)
        and not (after and _GRADE.fullmatch(after[0]))
    )


def _body_before_role(part: ItemPart, words: SignerWords) -> tuple[str, ItemPart] | None:
    """The role and the body of *part* when it ends with a ``postposed`` role word and
    opens (after a leading article) with a capitalised word: "Velmarin YK-liiton
    puheenjohtaja", "a Velmari Egyesület elnöke"; else ``None``."""
    tokens = word_tokens(part.text)
    if len(tokens) < 2 or not words.has("postposed", tokens[-1].group(0)):
        return None
    first = 1 if tokens[0].group(0) in ("a", "az") and len(tokens) > 2 else 0
    last = len(tokens) - 1  # the role's first word: qualifiers before it go with it
    while last - 1 > first and words.has("modifier", tokens[last - 1].group(0)):
        last -= 1  # "EXSK Genel Baskani": the general chair of EXSK
    if not tokens[first].group(0)[:1].isupper():
        return None
    begin, body_end = tokens[first].start(), tokens[last - 1].end()
    body = ItemPart(part.start + begin, part.start + body_end, part.text[begin:body_end])
    return part.text[tokens[last].start() :], body


#: A grade or a rank after a title ("II", "IV", "2").
_GRADE = re.compile(r"[IVX]+|\d+")


def role_and_org(part: ItemPart, words: SignerWords) -> tuple[str, ItemPart | None]:
    """Split "Director of Example Foundation" into the role and the organisation part.
    Two roles joined ("Professor of Economics and vice-president of the EXA") give the
    organisation of either that is more surely one (the first on a tie). A role written
    after its body (a ``postposed`` word: "Velmarin YK-liiton puheenjohtaja") gives the
    words before it."""
    postposed = _body_before_role(part, words)
    if postposed is not None:
        return postposed
    joined = next(
        (m for m in _AND_WORD.finditer(part.text) if m.start() and words.has("role", m[1])),
        None,
    )
    if joined is not None:
        cut = joined.start(1)
        halves = (
            ItemPart(part.start, part.start + joined.start(), part.text[: joined.start()]),
            ItemPart(part.start + cut, part.end, part.text[cut:]),
        )
        found = [
            org for _, org in (role_and_org(h, words) for h in halves)
            if org and org_evidence(org.text, words) >= 2
        ]  # fmt: skip
        if found:
            org = max(found, key=lambda o: org_evidence(o.text, words))
            role = part.text[: org.start - part.start]
            while (words_left := role.split()) and (
                words_left[-1].casefold() in AFFILIATION_PREPOSITIONS
                or LEADING_ARTICLE.match(words_left[-1] + " A")
            ):
                role = role[: role.rstrip().rfind(words_left[-1])]  # "... and Member of the"
            return role.rstrip(), org
    previous = ""
    for match in word_tokens(part.text):
        token = match.group(0)
        elided = elision_end(token)  # "presidente dell'Associazione X"
        located = token.casefold() in _LOCATIVE and LEADING_ARTICLE.match(
            part.text[match.end() :].lstrip() + " "
        )  # "Profesora en la UAB", "Researcher in the Example Institute"
        contracted = token.casefold() in _CONTRACTED and has_role(words, previous)
        if (
            (elided or located or contracted or token.casefold() in AFFILIATION_PREPOSITIONS)
            and match.start() > 0
            and not _named_before(part.text[: match.start()], words)
        ):
            rest = part.text[match.start() + elided if elided else match.end() :].lstrip()
            article = LEADING_ARTICLE.match(rest)  # "Director of the Example Foundation"
            rest = rest[article.end() if article else elision_end(rest) :]
            category = _CATEGORY_WORD.match(rest)  # "directrice de l'association Examplia"
            if category is not None and words.has("org", category[1]):
                rest = rest[category.end() :]
            # right after a role word, a capitalised name that is no field of study is
            # enough: "directeur général de Example France", "porte-parole d'Examplia"
            role_before = (
                has_role(words, previous)
                or bool(elided and has_role(words, token[:elided].rstrip("'\u2019")))
            ) and (
                not words.has("academic", previous)  # "Professor of Urban Planning"
                # "professora da EXU", "docente dell'EXU", "profesor de la EXU": an article
                # in a Romance preposition names a place of work, not a field
                or token.casefold() in _WITH_ARTICLE
                or bool(elided)
                or (article is not None and token.casefold() != "of")
            )
            evidence = org_evidence(rest, words) if rest else 0
            workplace = _WORKPLACE.search(rest)
            if workplace is not None and is_discipline(rest[: workplace.start()], words):
                evidence = 0  # "di Storia contemporanea presso l'Università ...": a field
            if (
                rest
                and not former(part.text, words)  # "former director of X": a person's past
                and (
                    evidence >= 2
                    or (
                        evidence >= 1
                        and role_before
                        and not is_discipline(rest, words)
                        # "MP of Cambridge", "Bishop of Ely": an office of a place
                        and not (words.is_country(rest) or is_city(rest, words))
                        and not former(part.text, words)  # a former office: a person
                    )
                )
                and (rest[0].isupper() or not rest[0].isascii())
                and rest[0] not in OPENING_QUOTES  # "Editor of 'A Film'": a work's title
            ):  # "Director of Example Foundation"; not "Professor of Sociology"
                begin = part.start + len(part.text) - len(rest)
                return part.text[: match.start()].rstrip(), ItemPart(begin, part.end, rest)
        if not words.has("modifier", token):  # "Délégué Général de": the role goes on
            previous = token
    # "founder Example Media", "CEO ExampleAid Australia": role words, then a name
    tokens = word_tokens(part.text)
    lead = 0
    for k, match in enumerate(tokens[:_ROLE_RUN_WORDS]):
        token = match.group(0)
        if token.casefold() in _PREPOSITIONS or token.casefold() in _PLACE_PREPOSITIONS:
            break  # "Fylkesordfører i Vestfold": an office in a place, no name after it
        following = tokens[k + 1].group(0) if k + 1 < len(tokens) else ""
        if (
            k == lead
            and lead > 0
            and token in _PREPOSED_MODIFIERS
            and tokens[k - 1].group(0).casefold() in _ENGLISH_ROLES
            and not has_role(words, following)
        ):
            break  # "President and CEO National Example League": the body's own word
        if (
            has_role(words, token)
            or (token.islower() and k == lead)
            or (k == lead and lead > 0 and words.has("modifier", token))  # "... Nazionale"
        ):
            lead = k + 1
    last = tokens[-1].group(0)
    if lead == len(tokens) - 1 and words.has("org", last) and not words.is_compound("org", last):
        lead = 0  # "Jane Roe, Players Union": a head noun alone is no name (a compound is)
    if 0 < lead < len(tokens) and "(" not in part.text[: tokens[lead].start()]:
        rest = part.text[tokens[lead].start() :]
        if rest[0].isupper() and not is_role(rest, words):
            begin = part.start + tokens[lead].start()
            return part.text[: tokens[lead].start()].rstrip(), ItemPart(begin, part.end, rest)
    return part.text, None


#: Most words of a role run before the body's name ("National President Example
#: Alliance"; longer runs read a sentence's words as roles).
_ROLE_RUN_WORDS = 4
#: English modifiers, capitalised, that stand before a role word, never after one: after
#: an English role word, one opens the body's name unless a role word follows ("CEO
#: National Example League"; not "Secrétaire National EXU", "Deputado Federal EXP").
_PREPOSED_MODIFIERS = frozenset({"National", "Regional"})
#: English role words after which such a modifier opens the body's name.
_ENGLISH_ROLES = frozenset(
    "officer director president chair chairman chairwoman chairperson ceo founder "  # noqa: SIM905
    "coordinator manager head".split()
)


def is_discipline(text: str, words: SignerWords) -> bool:
    """A field of study named where an affiliation stands ("Political Science", "Law and
    Technology", "Storia contemporanea"): a discipline word ends or heads it, and no
    other word is an organisation's ("Institute of Technology" is an institute)."""
    tokens = [t for t in item_tokens(text) if t.casefold() not in FUNCTION_WORDS]
    if not tokens or len(tokens) > 6:
        return False
    return (words.has("discipline", tokens[-1]) or words.has("discipline", tokens[0])) and not any(
        words.has("org", t) for t in tokens if not words.has("discipline", t)
    )


#: A body that governs an organisation, then where: "Executive Committee at", "Board
#: of Trustees of the" (not "Committee of X" nor "Board of X" alone: those name bodies
#: of their own, "Board of Deputies").
_GOVERNING_BODY = re.compile(
    r"(?:(?:Executive|Steering|Management|Advisory|Governing|Supervisory)\s+)?"
    r"(?:(?:Board|Committee)\s+at|Board\s+of\s+(?:Directors|Trustees|Governors)\s+(?:at|of))"
    r"\s+(?:the\s+)?(?=[A-Z\u00c0-\u00dd])"
)


def institution_of_unit(part: ItemPart, words: SignerWords) -> ItemPart:
    """The institution a person's unit belongs to, when *part* names the unit first:
    "Departamento de Historia da EXU" -> "EXU", "Department of Physics of the Example
    University" -> "Example University", or a field of study ("Estudios de Salud de la
    EXU", "Biología Ambiental de la EXU" -> "EXU"): the first name after a preposition
    that starts with an organisation word or is an acronym; else *part*."""
    governing = _GOVERNING_BODY.match(part.text)
    if governing is not None and org_evidence(part.text[governing.end() :], words) >= 1:
        # "Executive Committee at CARE Example", "Board of Trustees of Example Aid"
        return ItemPart(part.start + governing.end(), part.end, part.text[governing.end() :])
    tokens = word_tokens(part.text)
    if not tokens:
        return part
    unit = words.has("unit", tokens[0].group(0))
    for match in tokens[1:]:
        if match.group(0).casefold() not in AFFILIATION_PREPOSITIONS:
            continue
        if not (unit or is_discipline(part.text[: match.start()], words)):
            continue
        rest = part.text[match.end() :].lstrip()
        article = LEADING_ARTICLE.match(rest)
        rest = rest[article.end() if article else 0 :]
        head = item_tokens(rest)[:1]
        if head and head[0][:1].isupper() and (words.has("org", head[0]) or is_acronym(head[0])):
            return ItemPart(part.end - len(rest), part.end, rest)
    return part


LEADING_ARTICLE = re.compile(r"(?:the|la|le|il|lo|el|die|der|das|los|las|les)\s+(?=[A-Z])")


#: Words of a job title that name no organisation in a "Person, Title, Organisation"
#: line: "Chief Executive", "Project Worker", "Head of Policy".
_TITLE_WORDS = frozenset(
    "chief executive worker officer head deputy acting senior junior lead".split()  # noqa: SIM905
)


def titled(text: str) -> bool:
    """Whether *text* is a job title by its words ("Chief Executive", "Project Worker")."""
    tokens = [t.casefold() for t in item_tokens(text)]
    return 0 < len(tokens) <= 6 and any(t in _TITLE_WORDS for t in tokens)
