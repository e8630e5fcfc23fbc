"""A signatory line's core and its parts: the span without separators, emphasis,
footnote and logo marks (:func:`core_span`), the top-level parts split at commas,
semicolons, bars and spaced dashes (:func:`split_parts`), and the parts joined or dropped
before they are read (a legal form, letters after a name), with where a name's parts
end on its line or table row."""

from __future__ import annotations

import re

from attrs import frozen

from sochi_er.extraction.item_places import is_place, names_campus
from sochi_er.extraction.item_words import INITIAL, all_legal, org_evidence
from sochi_er.extraction.lexicons import SignerWords, default_signer_words

#: Every character ``str.isspace`` counts (tab, no-break, thin, ideographic, U+001D,
#: U+2028...) and the zero-width space: a name never starts or ends with one.
_SPACES = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace()) + "\u200b"
TRAIL = _SPACES + ",;:\u00b7|\u060c\u061b"  # and the Arabic comma and semicolon
#: A slash after a space ends a name as a separator ("Example Trust /" then the next
#: name); glued ("and/or", "example.org/") it is part of it.
_SPACED_SLASHES = (" /", "\u00a0/")
#: The word "logo" after a name: the text of its logo image ("Example Trust logo").
_LOGO_END = re.compile(r"(?<=\w)\s+(?:\(logo\)|logo)$", re.IGNORECASE)
#: "Logo of" before a name: the text of its logo image ("Logo da EXA", "Logo von X").
_LOGO_OF = re.compile(
    r"(?:logo|logotipo|logotype)\s+(?:of\s+the|of|da|de|do|di|del|della|von|der|du|des"
    r"|de\s+la)\s+(?=\S)",
    re.IGNORECASE,
)
#: Emphasis marks of plain text and Markdown left around a name, with spaces.
_EMPHASIS_SPACE = _SPACES + "*_"
_DASHES = ("-", "\u2013", "\u2014")
#: A dash or a slash glued to the first letter of a line: a list marker written with no
#: space ("-Example Org", common before right-to-left names) or the slash of a run
#: "A /B /C"; not a slash that a name opens and closes ("/x/ Example Foundation").
_GLUED_MARK = re.compile(r"[-\u2013\u2014](?=[^\W\d_])|/(?=[^\W\d_][^/\s]*(?:\s|$))")
#: A mark after a name: a footnote's ("[3]", "¹", "*") or a link's ("[link]", "[pdf]",
#: "[stary link]": lower case; "[EXA]" is an acronym and stays).
_FOOTNOTE_MARK = re.compile(
    r"(?:\[\d{1,3}\]|\[[a-z][a-z ]{0,10}\d?\]|[\u00b9\u00b2\u00b3\u2070-\u2079*])$"
)
#: The longest such mark.
_MARK_WIDTH = 14
_SEPARATOR = re.compile(
    r"[ \t]*[\n\t]\s*|\s*[,;|]\s+|\s+[\u2013\u2014-]\s+|\s+/\s+|\s*[,;]\s*(?=\S)"
    # a dash glued to the word before it, spaced from a capital after it: "Jane Roe- Example
    # Blog" (not "pre- and post-war", "Nord- und Südamerika")
    r"|(?<=[^\W\d_])[\u2013\u2014-][ \t]+(?=[A-Z\u00c0-\u00dd])"
    # ... or spaced from the word before it, glued to a capital after it: "Jane Roe
    # -Example Union Country"
    r"|(?<=[^\W\d_])[ \t]+[\u2013\u2014-](?=[A-Z\u00c0-\u00dd])"
    # "**Jane Roe** Director of X", "**Jane Roe** / Director": the bold name is a part
    r"|(?<=[\w.)])(?:\*\*|__)(?:[ \t]*[,;|/\u2013\u2014-])?[ \t]+(?=\S)"
)


@frozen
class ItemPart:
    start: int
    end: int
    text: str


#: Quotation marks that enclose a whole name, with the marks that may not stand inside
#: it for the pair to be one quotation ('"A" and "B"' is two).
_QUOTE_PAIRS = {
    ('"', '"'): '"',
    ("\u201c", "\u201d"): "\u201c\u201d",
    ("\u201e", "\u201c"): "\u201e\u201c",
    ("\u00ab", "\u00bb"): "\u00ab\u00bb",
    ("\u2018", "\u2019"): "\u2018",
}


#: Quotation marks of every language ("\u201e" opens in German, "\u201c" closes there).
_QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')


def stray_closing_quote(text: str) -> bool:
    """Whether *text* (stripped) ends with a quotation mark and holds no other one:
    'Example Union"' closes a quotation begun before it (a letter quoted whole, its
    signers last), so the mark is no part of the name. A name with marks of its own
    ('Tavolo "No Example"', typed with mismatched marks as it may be) is left whole."""
    text = text.rstrip()
    return (
        len(text) > 1
        and text[-1] in _QUOTE_MARKS
        and not any(ch in _QUOTE_MARKS for ch in text[:-1])
    )


#: An apostrophe and a case ending after an acronym that ends the name ("TTB'nin",
#: "DİSK'in", "KESK'e", "NGO's"): the acronym is the name.
_CASE_SUFFIX = re.compile(
    r"(?:^|(?<=[\s(/-]))[A-Z\u00c0-\u00dd\u0130][A-Z\u00c0-\u00dd\u0130\d]+(?P<suffix>['\u2019]"
    r"(?:n?[i\u0131u\u00fc]n|[i\u0131u\u00fce]|[dt][ae]n?|[ln][ae]|y[ae]|s))$"
)
#: Most words of a name in quotation marks (a longer quotation is what someone said).
QUOTED_NAME_WORDS = 6


def _quoted_name(text: str) -> bool:
    """Whether *text* is one short name in a pair of quotation marks ('"Example Aid"'),
    not a quotation (« Hier, il y en avait tellement », two names '"A" and "B"')."""
    pair = (text[:1], text[-1:])
    if len(text) <= 2 or pair not in _QUOTE_PAIRS:
        return False
    inner = text[1:-1]
    return (
        not any(ch in inner for ch in _QUOTE_PAIRS[pair])
        and not any(ch in inner for ch in ",.;:!?")
        and len(inner.split()) <= QUOTED_NAME_WORDS
    )


def core_span(text: str) -> tuple[int, int]:
    """The span of *text* without surrounding spaces, separators, emphasis marks
    ("**Example Org**" in a plain-text file) and footnote marks."""
    start = len(text) - len(text.lstrip(_EMPHASIS_SPACE))
    end = len(text.rstrip(_EMPHASIS_SPACE))
    glued = _GLUED_MARK.match(text, start, end)
    if glued is not None:  # "-Example Org", "/Example Org": a bullet or a separator left
        start = glued.end()
    logo_of = _LOGO_OF.match(text, start, end)
    if logo_of is not None:  # "Logo da EXA", "Logo of Example Trust": the image's owner
        start = logo_of.end()
    while True:
        trimmed = text[start:end].rstrip(TRAIL)
        if trimmed[-2:] in _SPACED_SLASHES:  # "Example Trust /": a slash between lines
            trimmed = trimmed[:-1].rstrip(TRAIL)
        logo = _LOGO_END.search(trimmed)
        if logo is not None:  # "Example Trust logo": an image's text names its owner
            trimmed = trimmed[: logo.start()].rstrip(TRAIL)
        trimmed = _without_footnote_marks(trimmed)
        if trimmed.endswith(".") and not keeps_dot(trimmed):
            trimmed = trimmed.rstrip(".")
        if stray_closing_quote(trimmed):  # 'Example Union"': the end of a quotation
            trimmed = trimmed[:-1].rstrip(TRAIL)
        suffix = _CASE_SUFFIX.search(trimmed)
        if suffix is not None:  # "TTB'nin", "KESK'e": a case ending glued to an acronym
            trimmed = trimmed[: suffix.start("suffix")]
        if start + len(trimmed) == end:
            if _quoted_name(trimmed):
                return start + 1, end - 1  # '„Brot für die Beispiele“': the name
            return start, end
        end = start + len(trimmed)


def _without_footnote_marks(text: str) -> str:
    """*text* without trailing footnote and link marks ("Org*", "Org\u00b9", "Org [3]",
    "Org [link] [pdf]"), one mark at a time from the end (a line is at most
    :data:`MAX_ITEM_CHARS` long)."""
    while True:
        mark = _FOOTNOTE_MARK.search(text, max(0, len(text) - _MARK_WIDTH))
        if mark is None or mark.start() == 0:
            return text
        text = text[: mark.start()].rstrip()


def keeps_dot(text: str) -> bool:
    words = text.split()
    if not words:
        return False
    last = words[-1]
    words_all = default_signer_words()
    return bool(
        words_all.has("legal", last)
        or INITIAL.match(last)
        or re.search(r"\.[^\W\d_]{1,3}\.$", last)  # "e.V.", "S.p.A."
    )


def split_parts(text: str, start: int, end: int, quotes: bool = True) -> list[ItemPart]:
    """Top-level parts of ``text[start:end]`` split at commas, semicolons, bars and spaced
    dashes (not inside parentheses, nor inside curly quotes when they close: "Editor of
    'Blood Red Example,' Feature Film", curly quotes)."""
    parts: list[ItemPart] = []
    depth = 0
    quoted = 0
    cut = start
    pos = start
    while pos < end:
        ch = text[pos]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif quotes and ch in OPENING_QUOTES and (pos == start or not text[pos - 1].isalnum()):
            quoted += 1
        elif quoted and ch in _CLOSING_QUOTES and not (pos + 1 < end and text[pos + 1].isalpha()):
            quoted -= 1  # a closing quote before a letter is an apostrophe ("It's")
        elif depth == 0 and not quoted:
            match = _SEPARATOR.match(text, pos, end)
            if match and match.end() > pos:
                if pos > cut:
                    parts.append(ItemPart(cut, pos, text[cut:pos]))
                cut = pos = match.end()
                continue
        pos += 1
    if quoted:  # a quote that never closes: split as if there were none
        return split_parts(text, start, end, quotes=False)
    if end > cut:
        parts.append(ItemPart(cut, end, text[cut:end]))
    return [_unemphasised(p) for p in parts if any(ch.isalnum() for ch in p.text)]


OPENING_QUOTES = "\u2018\u201c"
_CLOSING_QUOTES = "\u2019\u201d"


def _unemphasised(part: ItemPart) -> ItemPart:
    """*part* without the emphasis marks and spaces around it ("**Jane Roe**")."""
    begin = part.start + len(part.text) - len(part.text.lstrip(_EMPHASIS_SPACE))
    end = part.start + len(part.text.rstrip(_EMPHASIS_SPACE))
    if (begin, end) == (part.start, part.end):
        return part
    return ItemPart(begin, end, part.text[begin - part.start : end - part.start])


#: A degree or a licence written after a name, without dots (not two-letter ones that are
#: also states' codes: "MA", "PA").
_CREDENTIAL = (
    r"(?:MD|PhD|DPhil|MBA|MPH|MSc|BSc|BSN|MSN|RN|MN|MSW|RSW|LCSW|LLB|LLM|JD|DDS|DMD|PharmD"
    r"|EdD|PsyD|DrPH|DNP|MBBS|CCFP|FCFP|FRCPC|FRCP|FRCS|FRCSC|FACP|FACS|FAAP|MRCP|MRCGP"
    r"|FRCGP|CCHN|CPA|CFA|MEd|MFA|MPhil|ScD)(?:\s*\([A-Z]{1,3}\))?"
)
#: A part that is only letters after a personal name: "Jr.", "M.D.", "Ph.D.", "M.P.H";
#: not an acronym in capitals ("ACLU" may be whom she signs for).
_POST_NOMINAL_PART = re.compile(
    r"(?:Jr|Sr|II|III|IV|Esq|PhD|(?:[A-Z][a-z]{0,2}\.){1,3}[A-Z]?)\.?"
    # honours and offices written after a name, in capitals: orders of the Commonwealth
    # ("MNZM", "OBE", "AO"), learned fellowships ("FRS"), counsel and members of parliament
    r"|(?:[OMCKDG]BE|[KD]?[CMO]NZM|[KD]NZM|QSO|QSM|CMG|KCMG|GCMG|KCB|QC|KC|AO|OAM|PSM|FRS"
    r"|FRSE|FRSA|FRSNZ|FBA|FAA|FREng|FMedSci|MP|MEP|MSP|MLA|MPP)"
)
#: Degrees and licences, one or several in a part, each maybe with its bracketed
#: qualifier ("MD", "CCFP (PC) FCFP", "RN", "CCHN(C)").
_CREDENTIALS_PART = re.compile(rf"{_CREDENTIAL}(?:\s+{_CREDENTIAL})*")


def part_separator(text: str, left: ItemPart, right: ItemPart) -> str:
    """What separates two parts, stripped, with post-nominal parts between them left out
    ("Jane Roe, Jr., Miami": a comma)."""
    between = [p.strip() for p in text[left.end : right.start].split(",")]
    return ",".join(p for p in between if not _POST_NOMINAL_PART.fullmatch(p))


def legal_form_joined(text: str, parts: list[ItemPart], words: SignerWords) -> list[ItemPart]:
    """*parts* with a last part that is only a legal form ("Laurel Example, LLC", "Example
    Associates, PLLC") joined to the part before it: one firm's name, not a person and
    an organisation called "LLC"."""
    if len(parts) >= 2 and all_legal(parts[-1].text, words):
        left = parts[-2]
        return [*parts[:-2], ItemPart(left.start, parts[-1].end, text[left.start : parts[-1].end])]
    return parts


def post_nominal_parts_dropped(parts: list[ItemPart], words: SignerWords) -> list[ItemPart]:
    """*parts* without the post-nominal parts after the first ("José Roe, Jr., Example
    Board"; "Jane Roe, M.D., M.P.H., Example Commission"): letters after the personal
    name are neither the signer nor its place."""
    # "Jane Roe, MD, CCFP (PC), President, Example Association": degrees right after
    # the name (not "Example Org, Baltimore, MD", where "MD" is the state)
    after = 1
    while after < len(parts) - 1 and _CREDENTIALS_PART.fullmatch(parts[after].text.strip()):
        after += 1
    return parts[:1] + [
        p for k, p in enumerate(parts[after:], after)
        if (not _POST_NOMINAL_PART.fullmatch(p.text.strip()) or all_legal(p.text, words))
        # "Jane Roe, 7181, biologist": a number right after the name, more after it
        and not (k == 1 < len(parts) - 1 and _BARE_NUMBER.fullmatch(p.text.strip()))
    ]  # fmt: skip


#: A part that is a bare whole number after the first: a signature's or a member's
#: number ("Jane Roe, 7181, economist"), neither the signer nor its place.
_BARE_NUMBER = re.compile(r"(?:n[o\u00ba\u00b0.]*\s*|#\s*)?\d{1,7}")


def _line_of(text: str, part: ItemPart) -> int:
    return text.count("\n", 0, part.start)


def last_on_line(text: str, parts: list[ItemPart]) -> ItemPart:
    """The last of *parts* that continue the first: a name never spans two lines or two
    table cells ("Example Org | Association | Belgium": Example Org)."""
    last = parts[0]
    for part in parts[1:]:
        gap = text[last.end : part.start]
        if "\n" in gap or "|" in gap or "\t" in gap:
            break
        last = part
    return last


def first_organisation_end(text: str, orgs: list[ItemPart], words: SignerWords) -> ItemPart:
    """Where the first of several affiliations ends ("Jane Roe, Org A, Org B": Org A);
    a lower-case continuation or a legal form ("..., Inc.") stays with it."""
    last = orgs[0]
    for part in orgs[1:]:
        if _line_of(text, part) != _line_of(text, orgs[0]):
            break
        gap = text[last.end : part.start]
        if "|" in gap or "\t" in gap:
            break  # a name never spans two table cells
        dash = gap.strip() in _DASHES
        campus = names_campus(last.text) and is_place(part.text, words)  # "University of X, Y"
        if not (dash or campus or part.text[:1].islower() or all_legal(part.text, words)):
            break
        last = part
    return last


def evidence_all(parts: list[ItemPart], words: SignerWords) -> int:
    return max((org_evidence(p.text, words) for p in parts), default=0)
