"""Web addresses on a signatory line: a bare host name, a website or a domain written as
a name ("Examplepage.com", "350.example"), a site in parentheses after a name, "Person,
Domain.org", and the parts of a line before its contacts."""

from __future__ import annotations

import re

from sochi_er.extraction.item_parts import split_parts
from sochi_er.extraction.lexicons import SignerWords, fold, word_tokens
from sochi_er.extraction.lines import non_organisation_reason
from sochi_er.extraction.person_names import is_person

#: A bare website address in lower case ("example.org", "www.example.net/about"); a
#: capitalised one is a name ("Example.ai").
#: A web address's host name in lower case, no scheme and no path ("example.org").
BARE_HOST = r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}"
WEBSITE = re.compile(rf"^(?:https?://\S+|www\.\S+|{BARE_HOST}(?:/\S*)?)$")
PAREN_SITE = re.compile(r"\s*\((?P<site>[^()\s]{4,200})\)[\s.,;]*$")
#: A capitalised name written as a domain ("Examplepage.com"); not a URL or an address.
DOMAIN_NAME = re.compile(
    r"^(?=[^@/]*[A-Z])(?=.*\w\.[A-Za-z]{2,})(?!.*www\.)[^\s@/,|;]+(?:\s[^\s@/,|;]+){0,3}$"
)


#: A social-media handle in parentheses inside a line: "Jane Roe (@janeroe), ...", or a
#: number of three digits or more (a registration or member number, a year): "Dra. Jane
#: Roe (249770)". Neither is a name nor part of one.
PAREN_HANDLE = re.compile(r"\s*\((?:@\w[\w.-]{0,38}|\s*\d[\d ./-]{2,}\s*)\)")


def handles_blanked(text: str) -> str:
    """*text* with each handle or number in parentheses (:data:`PAREN_HANDLE`) written as
    spaces of its length, so that spans into the result are spans into *text*."""
    return PAREN_HANDLE.sub(lambda m: " " * len(m.group(0)), text)


#: A web address with no "www", scheme or path: as a list item, a name ("350.example").
BARE_DOMAIN = re.compile(rf"(?!www\.){BARE_HOST}")
#: A person, a comma, then a capitalised domain: "Jane Roe, Example.org".
_PERSON_AND_DOMAIN = re.compile(r"^(?P<person>[^,]+),\s*(?=[A-Z])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$")


def person_and_domain(core: str, words: SignerWords) -> bool:
    """Whether *core* is "Person, Domain.org" with the domain capitalised (a firm named
    by its domain), not a person's own web address."""
    match = _PERSON_AND_DOMAIN.match(core)
    return match is not None and is_person(match["person"], words)


#: A colon, then a web address that ends the line: "Example Union: www.example.org".
_COLON_SITE = re.compile(r":[ \t]*(?:https?://|www\.)(?P<host>[^/\s]+)\S*\s*$", re.IGNORECASE)
#: Letters a name's word shares with its site's host name to show the site is its own.
_SITE_PREFIX = 4


def _site_of(name: str, host: str) -> bool:
    """Whether the web address whose host name is *host* is the site of *name*: the
    host name holds the name's initials, or the first letters of one of its words
    ("Velmar Angola" and velmarangola.org, "Plataforma de Velmar" and platexongs.org);
    not a label's ("More information: www.example.org")."""
    folded = fold(host).removeprefix("www.")
    tokens = [t.group(0) for t in word_tokens(fold(name))]
    initials = "".join(t[0] for t in tokens if t[:1].isalnum())
    return (len(initials) >= 2 and initials in folded) or any(
        len(t) >= _SITE_PREFIX and t[:_SITE_PREFIX] in folded for t in tokens
    )


def before_contacts(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the parts before the first contact part (URL, e-mail, handle), or
    ``None`` when the line starts with one. A name, a colon and its own web address
    ("Example Union: www.exampleunion.org") gives the name; a label there ("Website:
    www...", "More information: www...") gives ``None``."""
    site = _COLON_SITE.search(text, start, end)
    if site is not None and text[start : site.start()].strip():
        label = text[start : site.start()].rstrip()
        return (start, start + len(label)) if _site_of(label, site["host"]) else None
    parts = split_parts(text, start, end)
    kept = []
    for part in parts:
        if non_organisation_reason(part.text) == "contact line" and not DOMAIN_NAME.match(
            part.text
        ):
            break
        kept.append(part)
    if not kept or len(kept) == len(parts):
        return None
    return kept[0].start, kept[-1].end
