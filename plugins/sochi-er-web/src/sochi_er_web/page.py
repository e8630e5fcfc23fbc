"""The ``html`` parser: an HTML page carrying one statement.

- ``text``: the page body rendered to plain text (see :mod:`sochi_er_web.render`);
- signatories: the shared detector on the page's blocks (:mod:`sochi_er_web.signatories`);
  blocks trafilatura leaves out of the main content are read only after a cue, and a list
  ends where the main content ends (:mod:`sochi_er_web.maincontent`);
- mentioned: organisations named in the prose outside the list and the page chrome (see
  :mod:`sochi_er_web.mentioned`);
- ``title``: the first ``<h1>``, else ``<title>`` without a trailing " - Site name", else
  ``og:title``;
- ``date``: a date line next to the signatory block (the statement's own date), else
  ``<time datetime>``, else ``article:published_time``, else the first date line;
- publisher (:attr:`Role.PUBLISHER`, no span): ``og:site_name``, else the schema.org
  Organization/WebSite name in JSON-LD;
- ``language``: ``<html lang>``, ``og:locale`` or JSON-LD ``inLanguage``, primary subtag;
- ``url``: ``og:url``.

Malformed markup is read as far as it goes; a page with no text at all raises
:class:`sochi_er.ParseError`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence

from sochi_er import ParseError, Role, Source, Statement, StatementBuilder
from sochi_er.extraction import parse_date
from sochi_er.extraction.prose import Gazetteer, parser_gazetteer
from sochi_er_web.dating import adjacent_date, first_date_line
from sochi_er_web.maincontent import main_vocabulary
from sochi_er_web.mentioned import add_mentioned
from sochi_er_web.metadata import (
    clean,
    json_ld_nodes,
    language_tag,
    schema_language,
    schema_site_name,
)
from sochi_er_web.render import Rendered, render
from sochi_er_web.signatories import add_signatories

__all__ = ["HtmlPageParser"]

CONFIDENCE = 0.7
_TITLE_SUFFIX = re.compile(r"\s+[-|\u2013\u2014\u00b7:]\s+(?P<site>[^-|\u2013\u2014\u00b7]+)$")


class HtmlPageParser:
    """Reads a generic HTML page of a statement."""

    name = "html"

    def __init__(
        self,
        gazetteer_paths: Sequence[str | os.PathLike[str]] = (),
        *,
        use_env: bool = True,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        """Find prose organisations with the core's gazetteer plus *gazetteer_paths* and (if
        *use_env*) the files in ``SOCHI_ER_GAZETTEER``; or exactly *gazetteer* if given.
        An unreadable file raises :class:`sochi_er.PluginError`."""
        self.gazetteer = gazetteer or parser_gazetteer(self.name, gazetteer_paths, use_env=use_env)

    def confidence(self, source: Source) -> float:
        """0.7 for HTML text (sniffed ``text/html`` or starting with ``<!doctype html`` or
        ``<html``); else 0."""
        if source.text is None:
            return 0.0
        if source.media_type == "text/html":
            return CONFIDENCE
        head = source.text.lstrip()[:64].lower()
        return CONFIDENCE if head.startswith(("<!doctype html", "<html")) else 0.0

    def parse(self, source: Source) -> list[Statement]:
        """One Statement for the page; :class:`ParseError` if it has no readable text."""
        if source.text is None:
            raise ParseError(source.location, "not text (binary or unknown encoding)", self.name)
        try:
            page = render(source.text)
        except (ValueError, TypeError, AssertionError, IndexError) as exc:
            problem = f"unreadable HTML: {type(exc).__name__}: {exc}"
            raise ParseError(source.location, problem, self.name) from exc
        if not any(ch.isalnum() for ch in page.text):
            raise ParseError(source.location, "the page has no text content", self.name)
        builder = StatementBuilder(source, page.text)
        block = add_signatories(builder, page, main_vocabulary(source.text))
        add_mentioned(builder, page, block, self.gazetteer)
        nodes = json_ld_nodes(page.json_ld)
        publisher = clean(page.meta.get("og:site_name")) or schema_site_name(nodes)
        if publisher:
            builder.add(publisher, Role.PUBLISHER, None)
        return [
            builder.build(
                title=_title(page, publisher),
                date=adjacent_date(page, block) or _meta_date(page) or first_date_line(page),
                language=(
                    language_tag(page.lang)
                    or language_tag(page.meta.get("og:locale"))
                    or schema_language(nodes)
                ),
                url=clean(page.meta.get("og:url")),
            )
        ]


def _title(page: Rendered, publisher: str | None) -> str | None:
    for level, line in page.headings:
        if level == 1 and not line.chrome:
            return page.text[line.start : line.end]
    title = clean(page.title)
    if title:
        suffix = _TITLE_SUFFIX.search(title)
        if suffix and (publisher is None or suffix["site"].strip() == publisher):
            title = title[: suffix.start()]
        return title
    return clean(page.meta.get("og:title"))


def _meta_date(page: Rendered) -> dt.date | None:
    for value in (*page.times, page.meta.get("article:published_time")):
        if value:
            date = parse_date(value)
            if date is not None:
                return date
    return None
