"""Shared helpers of the extraction tests: a paragraph of prose to put before a list,
the signatory list of a plain text, and its organisations' names."""

from __future__ import annotations

from sochi_er.extraction import SignatoryList, find_signatories, text_document

#: A paragraph long enough to read as prose, so that nothing after it is a title.
PROSE = (
    "A paragraph about the situation that is long enough to be prose for anyone who reads "
    "it, and goes on for a while so that nobody takes it for a name or a heading.\n"
)


def read_text(text: str) -> SignatoryList:
    """The signatory list found in the plain text *text*."""
    return find_signatories(text_document(text))


def org_names(result: SignatoryList) -> list[str]:
    """The names of the organisations *result* found, in order."""
    return [e.name for e in result.organisations]
