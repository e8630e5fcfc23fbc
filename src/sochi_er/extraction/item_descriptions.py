"""What a signatory line says about a name rather than naming it: a trailing
description ("..., part of Example Network", "..., who said:"), an aside in
parentheses, an office held in an organisation, a distinction ("Nobel Peace Prize")."""

from __future__ import annotations

import re

from sochi_er.extraction.item_parts import ItemPart
from sochi_er.extraction.item_words import all_legal, item_tokens
from sochi_er.extraction.lexicons import SignerWords
from sochi_er.extraction.lines import COUNTED_WORDS, FUNCTION_WORDS, non_organisation_reason
from sochi_er.extraction.roles import former, is_role, role_and_org

#: "part of X", "a member of X", "affiliated to X" after a name, in several languages
#: ("membre de X", "miembro de X", "Mitglied im X", "lid van X", "član koalicije"): what
#: it belongs to.
_PART_OF = re.compile(
    r"^\s*(?:(?:a |an )?(?:part|member|project|programme|program|branch|chapter|affiliate)"
    r"\s+of|affiliated\s+(?:to|with)"
    r"|(?:(?:un|une|uno|una|um|uma|ein|eine) )?(?:membre|miembro|membro|integrante|mitglied|lid)"
    r"\s+(?:de|du|des|di|del|della|dello|dei|degli|do|da|dos|das|van|von|vom|der|im)"
    r"|(?:član|članica|clan|clanica|člen|členka|członek|medlem)(?=\s+\w))\s",
)
#: An article and a noun in lower case after a name: what it is ("the magazine").
_ARTICLE_NOUN = re.compile(
    r"^(?:(?:the|a|an|le|la|les|un|une|el|los|las|il|lo|gli|der|die|das|ein|eine|o|os|as"
    r"|um|uma|de|het|een)\s+|l')[a-z\u00df-\u00ff][\w'-]*(?:\s+[a-z\u00df-\u00ff][\w'-]*)?$"
)
#: A relative clause after a signer, introducing a quotation ("..., who said:").
RELATIVE = re.compile(r"^(?:who|which|qui|che|que|quien|der|die)\s+\w+\s*:?$")


def is_aside(text: str) -> bool:
    """Whether the text in parentheses after a name describes it rather than names it:
    four words or more, three of them lower-case words that are not function words ("EU
    trade association representing 45.000 SMEs", "rete nazionale di associazioni")."""
    tokens = item_tokens(text)
    lower = sum(t[0].islower() and t.casefold() not in FUNCTION_WORDS for t in tokens)
    return len(tokens) >= 4 and lower >= 3


#: Words an organisation word opens a body's name within ("Slovenská koalícia ..."), and
#: kinds of words that make a part describe a person instead ("Ancien organisateur").
HEAD_WORDS = 2
_PERSONAL_KINDS = ("role", "honorific", "formerly", "academic")


def is_description(text: str, words: SignerWords, *, after_person: bool = False) -> bool:
    """A trailing clause that describes rather than names: a relative clause ("who
    said:"), or four words or more, most of its content words in lower case
    ("organización de comunidades indígenas de X"). What a name is part of ("..., member of
    Example Network") describes an organisation, but after a person (*after_person*) it
    names whom she signs for, as does a part that opens with a capital, has an
    organisation word among its first two and no word of a person's role or title,
    whatever the case of its other words."""
    if (
        (_PART_OF.match(text) and not after_person)
        or RELATIVE.match(text)
        or _ARTICLE_NOUN.match(text)
        or COUNTED_WORDS.fullmatch(text.strip())
    ):
        # "..., part of Example Network", "..., who said:", "..., le magazine", "..., 2
        # victoires d'\u00e9tape"
        return True
    tokens = item_tokens(text)
    if (
        after_person
        and tokens
        and tokens[0][0].isupper()
        and any(words.has("org", t) for t in tokens[:HEAD_WORDS])
        and not any(words.has_form(_PERSONAL_KINDS, t) for t in tokens)
        and not former(text.strip(), words)
    ):
        return False  # "Jane Roe, Platforma pro example centrum": her body
    content = [t for t in tokens if t.casefold() not in FUNCTION_WORDS]
    lower = [t for t in content if t[0].islower()]
    return len(tokens) >= 4 and len(lower) * 2 > len(content) and not all_legal(text, words)


#: Words that join the last two of several objects ("education, counselling and
#: research"), in several languages.
_LATIN_CONJUNCTIONS = ("and", "et", "e", "y", "i", "und", "en", "og", "och", "ve", "és")
_CONJUNCTIONS = frozenset(
    (*_LATIN_CONJUNCTIONS, "si", "şi", "ja", "oraz", "\u0438", "\u0442\u0430", "\u0456")
)  # the last three: Cyrillic "i", "ta", "i"
#: At most this many words between the preposition and the comma of a name whose
#: objects the comma enumerates ("Centre for | Peace Studies, ...").
_OBJECT_WORDS = 3


def continues_objects(head: str, tail: str, words: SignerWords) -> bool:
    """Whether *tail*, after a comma, goes on enumerating the objects of *head*'s last
    preposition: "Centre for Education" + "counselling and research (EXC)", "Centar za
    mir" + "nenasilje i ljudska prava Tarrow" are one name. The tail opens with a
    lower-case word that is no function word (an article) nor an organisation word, is
    not a member-of clause, and holds a conjunction after its first word; the head holds
    an organisation word and a function word (its preposition) among the few words
    before its last one."""
    head_tokens, tail_tokens = item_tokens(head), item_tokens(tail)
    if _PART_OF.match(tail):  # "..., član Kuće Velmar i demokratije": a member of
        return False
    if not head_tokens or not tail_tokens or len(tail_tokens) > 2 * _OBJECT_WORDS + 2:
        return False
    first = tail_tokens[0]
    if not first[0].islower() or first.casefold() in FUNCTION_WORDS or words.has("org", first):
        return False
    if not any(t.casefold() in _CONJUNCTIONS for t in tail_tokens[1:]):
        return False
    if not any(words.has("org", t) for t in head_tokens):
        return False
    tail_of_head = [t.casefold() for t in head_tokens[-_OBJECT_WORDS - 1 : -1]]
    return any(t in FUNCTION_WORDS for t in tail_of_head)


def _office_in(part: ItemPart, words: SignerWords) -> bool:
    """Whether *part* is an office in an organisation ("secrétaire général de la EXU"):
    a role, then the organisation."""
    return (
        _PART_OF.match(part.text) is None
        and is_role(part.text, words)
        and role_and_org(part, words)[1] is not None
    )


def drop_descriptions(
    text: str,
    parts: list[ItemPart],
    sentence: bool,
    prose: bool,
    words: SignerWords,
    *,
    after_person: bool = False,
) -> bool:
    """Pop trailing descriptive clauses off *parts* ("..., ONG con status consultivo en
    Naciones Unidas": not the name); return whether what is kept still reads as prose.
    *after_person*: the first part is a person's name (:func:`is_description`)."""
    while (
        len(parts) > 1
        and not sentence
        and is_description(parts[-1].text, words, after_person=after_person)
        and not _office_in(parts[-1], words)
        and not (len(parts) == 2 and continues_objects(parts[0].text, parts[1].text, words))
    ):
        parts.pop()
        kept = text[parts[0].start : parts[-1].end]
        prose = prose and non_organisation_reason(kept) == "prose sentence"
    return prose


def is_distinction(text: str, words: SignerWords) -> bool:
    """A prize named after a person's name ("Premio Nobel Alternativo 2004"): an award word
    and no organisation word."""
    tokens = item_tokens(text)
    return any(words.has("award", t) for t in tokens) and not any(
        words.has("org", t) for t in tokens
    )
