"""Whether a signatory line's words read as a name or as running text: a name opened by
an organisation word whose other words are in lower case, a document's title ("OPEN
LETTER", "Joint Statement: ..."), a sentence ("Offer sustainable rentals.")."""

from __future__ import annotations

import re

from sochi_er.extraction.item_words import is_acronym, item_tokens, org_evidence
from sochi_er.extraction.lexicons import SignerWords
from sochi_er.extraction.lines import FUNCTION_WORDS, PROSE_WORDS
from sochi_er.extraction.person_names import is_person
from sochi_er.records import ClaimedCount

#: A line of this many words that reads as prose is a sentence, whatever words it holds.
SENTENCE = 8
#: Most words of a name opened by a capitalised organisation word that is not read as
#: prose for its lower-case words (:func:`headed_name`).
HEADED_NAME_WORDS = 12


def headed_name(core: str, words: SignerWords) -> bool:
    """Whether *core* opens with a capitalised organisation word, has another capitalised
    word and no word of running text: a name whose other words are in lower case, as
    many languages write them ("Fédération internationale des ligues des droits de
    l'Homme")."""
    tokens = item_tokens(core)
    return (
        len(tokens) >= 2
        and tokens[0][:1].isupper()
        and words.has("org", tokens[0])
        and any(t[:1].isupper() for t in tokens[1:])  # not "Federation calls on X to act"
        and not any(t.casefold() in PROSE_WORDS for t in tokens)
    )


#: Definite (and a few indefinite) articles a name may open with before its organisation
#: word ("La Ligue ...", "Le syndicat ...", "Die Initiative ...", "O Sindicato ...").
ARTICLES = frozenset("the a le la les el los las il lo gli i der die das het o os as".split())  # noqa: SIM905
#: An article elided onto the first word ("L'Association", "l'Union").
_ELIDED = re.compile("^[lL][\u2019'](?=\\w)")


def opens_with_org_word(name: str, words: SignerWords) -> bool:
    """Whether *name* opens with an organisation word, after at most one article, in any
    case ("Union des travailleurs", "La fédération générale des agents",
    "L'Association des jeunes"): how names whose other words are in lower case begin;
    a demand or a point made does not."""
    tokens = item_tokens(_ELIDED.sub("", name.lstrip()))
    if len(tokens) >= 2 and tokens[0].casefold() in ARTICLES:
        tokens = tokens[1:]
    return len(tokens) >= 2 and words.has("org", tokens[0])


def is_title(text: str, words: SignerWords) -> bool:
    """A document's title made of statement words only ("OPEN LETTER", "Joint
    Statement", "Lettre ouverte"): at least one statement word, nothing else but title
    and function words."""
    tokens = [t for t in item_tokens(text) if t.casefold() not in FUNCTION_WORDS]
    return any(words.has("statement", t) for t in tokens) and all(
        words.has("statement", t) or words.has("title", t) for t in tokens
    )


def is_titled(text: str, claims: list[ClaimedCount], words: SignerWords) -> bool:
    """A title and what follows it: "Joint Statement: Draconian measures against ...",
    "Gemeinsame Erklärung von 24 israelischen Organisationen" (a title, then the count of
    its signers)."""
    head, colon, _ = text.partition(":")
    if colon and head.strip() and is_title(head, words):
        return True
    if not claims or claims[0].span is None:
        return False
    span = claims[0].span
    return (
        span.start > 0 and not text[span.end :].strip(" .") and is_title(text[: span.start], words)
    )


#: A line of this many words, all in lower case after the first, is a sentence even when
#: it names organisations ("As unions, we call on ... to respect ...").
LONG_SENTENCE_WORDS = 12


#: The polite verb ending of a Japanese sentence ("...\u3057\u307e\u3059\u3002",
#: "...\u3067\u3059\u3002", "...\u307e\u3057\u305f\u3002").
_POLITE_SENTENCE_END = re.compile(r"(?:\u307e\u3059|\u3067\u3059|\u307e\u3057\u305f)\u3002\s*$")


def polite_sentence(text: str) -> bool:
    """Whether *text* ends as a Japanese sentence does: a sentence, never a name."""
    return _POLITE_SENTENCE_END.search(text) is not None


def long_sentence(text: str) -> bool:
    tokens = item_tokens(text)
    return len(tokens) >= LONG_SENTENCE_WORDS and all(t[0].islower() for t in tokens[1:])


def sentence_case(text: str, words: SignerWords) -> bool:
    """Every word after the first in lower case, no acronym, no organisation word and no
    person's name: how a sentence is written, not a name ("Offer sustainable rentals")."""
    tokens = item_tokens(text)
    return (
        all(t[0].islower() for t in tokens[1:])
        and not is_acronym(tokens[0])
        and org_evidence(text, words) < 2
        and not is_person(text, words)
    )
