"""Statements an article reports, and which of its sentences speak about each.

A reported statement begins at a sentence that introduces one: an indefinite "a
statement", "a joint statement", "an open letter", "a declaration", "a petition"... or a
claimed count of signers ("Some 40 opposition military groups") in a sentence with a
declaring verb (signed, declared, issued, endorsed, rejected...). Later sentences belong
to the latest reported statement when they refer to it ("the statement said", "the
signatories"), begin with "It"/"They" right after such a sentence, or are a quoted
paragraph right after one.

Roles of the organisations named in a statement's sentences:

- :attr:`Role.SIGNATORY` (no ordinal) only where the text says the organisation signed:
  it follows "signed by"/"endorsed by" with nothing but other names between, or it is the
  subject of "signed"/"endorsed". "signed by 3,500 figures, including members of the
  Syrian Coalition" does not say the Coalition signed: that is MENTIONED;
- :attr:`Role.ADDRESSEE` after "called on/upon", "urged", "appealed to" in such a
  sentence, up to the "to <verb>" that ends the list of addressees;
- :attr:`Role.MENTIONED` otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import define, field

from sochi_er import ClaimedCount, Role
from sochi_er.extraction.prose import Found

__all__ = ["Report", "Sentence", "assign_role", "find_reports", "split_sentences"]

_INTRO_RE = re.compile(
    r"\b(?:a|an)\s+(?:new\s+|joint\s+|open\s+|signed\s+)*"
    r"(?:statement|letter|declaration|petition|appeal|communiqu[eé]|manifesto)\b",
    re.IGNORECASE,
)
_DECLARE_RE = re.compile(
    r"\b(?:signed|co-signed|declared|issued|endorsed|announced|rejected|published)\b",
    re.IGNORECASE,
)
_REFER_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:joint\s+|open\s+)?"
    r"(?:statement|letter|declaration|petition|appeal|communiqu[eé])\b|"
    r"\bthe\s+(?:signatories|signers|undersigned)\b",
    re.IGNORECASE,
)
_PRONOUN_RE = re.compile(r"^[\"\u201c]?(?:It|They|Their|Its)\b")
_QUOTE_START = "\"\u201c\u2018'"
_CALL_RE = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+(?:up)?on|urg(?:ed|es|ing)|appeal(?:ed|s|ing)?\s+to)\b",
    re.IGNORECASE,
)
_CALL_END_RE = re.compile(r"\bto\s+(?!the\b|all\b|a\b|an\b)[a-z]+")
_SIGNED_BY_RE = re.compile(r"\b(?:co-)?(?:signed|endorsed)\s+by\s+", re.IGNORECASE)
_SIGNED_RE = re.compile(r"^\s*(?:has\s+|have\s+|had\s+|also\s+)*(?:co-)?(?:signed|endorsed)\b")
_BETWEEN_NAMES_RE = re.compile(r"^(?:\s*(?:,|\band\b|\bthe\b))*\s*$", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"\u201d\u2019']?(?=\s+[\"\u201c(]?[A-Z])")


@define
class Sentence:
    """``text[start:end]``; ``paragraph`` numbers the line it is on."""

    start: int
    end: int
    paragraph: int


@define
class Report:
    """One reported statement: its sentences, and the claimed count of signers if given."""

    claimed: ClaimedCount | None
    sentences: list[Sentence] = field(factory=list)


def split_sentences(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Sentence]:
    """Sentences of *text*, paragraph by paragraph (one paragraph a line); lines starting
    inside a *skip* range are left out."""
    sentences: list[Sentence] = []
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        start_of_line = offset
        offset += len(line) + 1
        if not line.strip() or any(a <= start_of_line < b for a, b in skip):
            continue
        begin = start_of_line
        for match in _SENTENCE_END_RE.finditer(line):
            end = start_of_line + match.end()
            sentences.append(Sentence(begin, end, paragraph))
            begin = end
        sentences.append(Sentence(begin, start_of_line + len(line), paragraph))
    out = []
    for s in sentences:
        chunk = text[s.start : s.end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if chunk.strip():
            out.append(Sentence(s.start + lead, s.end - trail, s.paragraph))
    return out


def find_reports(
    text: str, sentences: Sequence[Sentence], claims: Sequence[ClaimedCount]
) -> list[Report]:
    """The statements *text* reports, each with the sentences that speak about it."""
    reports: list[Report] = []
    previous_attributed = False
    previous_paragraph = -1
    previous_paragraph_attributed = False  # the last non-empty paragraph before this one
    this_paragraph_attributed = False
    for sentence in sentences:
        body = text[sentence.start : sentence.end]
        inside = [
            c
            for c in claims
            if c.span is not None and sentence.start <= c.span.start < sentence.end
        ]
        current = reports[-1] if reports else None
        new_paragraph = sentence.paragraph != previous_paragraph
        if new_paragraph:
            previous_paragraph_attributed = this_paragraph_attributed
            this_paragraph_attributed = False
        attributed = False
        if _INTRO_RE.search(body) or (inside and _DECLARE_RE.search(body)):
            reports.append(Report(inside[0] if inside else None, [sentence]))
            attributed = True
        elif current is not None:
            quoted = new_paragraph and body[:1] in _QUOTE_START and previous_paragraph_attributed
            if (
                _REFER_RE.search(body)
                or (previous_attributed and _PRONOUN_RE.match(body))
                or quoted
                or (not new_paragraph and previous_attributed and body[:1] in _QUOTE_START)
            ):
                current.sentences.append(sentence)
                attributed = True
        previous_attributed = attributed
        previous_paragraph = sentence.paragraph
        this_paragraph_attributed = this_paragraph_attributed or attributed
    return reports


def assign_role(text: str, sentence: Sentence, org: Found, names: Sequence[Found]) -> Role:
    """The role *org* (named in *sentence*, among *names*) plays in the reported statement."""
    body_start = sentence.start
    before = text[body_start : org.start]
    # "signed by A, B and the C": only names between "signed by" and org
    for match in _SIGNED_BY_RE.finditer(before):
        gap = text[body_start + match.end() : org.start]
        for other in names:
            if body_start + match.end() <= other.start and other.end <= org.start:
                gap = gap.replace(other.name, "", 1)
        if _BETWEEN_NAMES_RE.match(gap):
            return Role.SIGNATORY
    after = text[org.end : sentence.end]
    if _SIGNED_RE.match(after):
        return Role.SIGNATORY
    calls = list(_CALL_RE.finditer(before))
    if calls:
        call = calls[-1]
        zone_start = body_start + call.end()
        end_match = _CALL_END_RE.search(text, zone_start, sentence.end)
        zone_end = end_match.start() if end_match else sentence.end
        if zone_start <= org.start < zone_end:
            return Role.ADDRESSEE
    return Role.MENTIONED
