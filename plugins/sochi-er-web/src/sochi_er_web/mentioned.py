"""Organisations named in the prose of a rendered page, outside its signatory block.

Each organisation :func:`sochi_er.extraction.prose.find_organisations` finds in the rendered text
becomes a :attr:`Role.MENTIONED` mention with its exact span, except inside the signatory
block (its names are signatories) and on page-chrome lines (``nav``, ``footer``,
``aside``, ``form``), which are not the statement's prose.
"""

from __future__ import annotations

from sochi_er import Role, StatementBuilder
from sochi_er.extraction.prose import Gazetteer, find_organisations
from sochi_er_web.render import Rendered
from sochi_er_web.signatories import Block

__all__ = ["add_mentioned"]


def add_mentioned(
    builder: StatementBuilder, rendered: Rendered, block: Block, gazetteer: Gazetteer
) -> None:
    """Add the organisations the prose of *rendered* (``builder.text``) names, in text
    order, as mentioned."""
    reserved = [(block.start, block.end)] if block.found else []
    chrome = [(line.start, line.end) for line in rendered.lines if line.chrome]
    for org in find_organisations(rendered.text, gazetteer, reserved=reserved, ignore=chrome):
        builder.add(org.name, Role.MENTIONED, org.start)
