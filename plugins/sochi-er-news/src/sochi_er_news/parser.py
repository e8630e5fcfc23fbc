"""The ``news`` parser: news articles that report statements rather than carry lists.

Per article: one :attr:`StatementKind.ARTICLE` Statement (index 0) with the headline,
date, author and publishers (see :mod:`sochi_er_news.article`) and every organisation
named in the prose as a :attr:`Role.MENTIONED` mention (see :mod:`sochi_er.extraction.prose`);
then one :attr:`StatementKind.REPORTED` Statement per statement the article reports
(index 1, 2...; see :mod:`sochi_er_news.reported`), with ``reported_in`` the article's
id and ``claimed_signers`` the count the text gives. Every Statement's ``text`` is the
article text, so all spans index the same string. A reported statement has no date or
title of its own: the article does not give them.

Excluded gazetteer names met in the prose (events such as "Sochi Conference") go to the
article's ``skipped``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from sochi_er import ParseError, Role, Source, Statement, StatementBuilder, StatementKind
from sochi_er.extraction import find_claimed_counts, non_organisation_reason, split_list_marker
from sochi_er.extraction.prose import (
    Found,
    Gazetteer,
    find_excluded,
    find_organisations,
    parser_gazetteer,
)
from sochi_er_news.article import read_article_meta
from sochi_er_news.reported import assign_role, find_reports, split_sentences

__all__ = ["ENV_VAR", "NewsParser"]

#: This parser's own gazetteer variable, read besides ``SOCHI_ER_GAZETTEER`` (kept for
#: compatibility with the time the gazetteer lived in this plugin).
ENV_VAR = "SOCHI_ER_NEWS_GAZETTEER"

#: Confidence for plain text with news cues and no signatory list.
CONFIDENCE = 0.6
#: Confidence for plain text that carries a list (the ``text`` parser's job) or has no cue.
LOW_CONFIDENCE = 0.1
#: This many short name-like list lines make a text a signatory list, not news.
LIST_LINES = 20
_NOT_NEWS_TYPES = ("text/html", "text/csv", "text/xml", "text/tab-separated-values")
_CUE_RE = re.compile(
    r"^last\s+update\b|©|\bcopyright\b|\(\s*source:|^source:|"
    r"\bthe\s+statement\s+(?:said|added|stressed|went\s+on|called)|\bsigned\s+by\b|"
    r"\bsaid\s+in\s+a\s+statement\b|\bin\s+a\s+(?:joint\s+)?statement\b|\baccording\s+to\b|"
    r"^by\s+[A-Z]|^[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){1,3}\s*,\s*"
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+\d",
    re.IGNORECASE | re.MULTILINE,
)


def _has_list(text: str) -> bool:
    """Whether *text* has at least :data:`LIST_LINES` short name-like list lines (stops
    reading at the last one it needs)."""
    count = 0
    for line in text.splitlines():
        marker = split_list_marker(line)
        if marker is None:
            continue
        name = marker[1]
        if name and len(name.split()) <= 12 and non_organisation_reason(name) is None:
            count += 1
            if count >= LIST_LINES:
                return True
    return False


class NewsParser:
    """Reads news articles reporting statements (plain text)."""

    name = "news"

    def __init__(
        self,
        gazetteer_paths: Sequence[str | os.PathLike[str]] = (),
        *,
        use_env: bool = True,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        """Use the core's bundled gazetteer plus *gazetteer_paths* and (if *use_env*) the
        files in ``SOCHI_ER_GAZETTEER`` and ``SOCHI_ER_NEWS_GAZETTEER``; or exactly
        *gazetteer* if given. An unreadable file raises :class:`sochi_er.PluginError`."""
        self.gazetteer = gazetteer or parser_gazetteer(
            self.name, gazetteer_paths, use_env=use_env, env_vars=(ENV_VAR,)
        )

    def confidence(self, source: Source) -> float:
        """0.6 for plain text with news cues and no signatory list; 0.1 for other plain
        text (a list of 20+ short name lines, or no cue); 0 for JSON, HTML, binary."""
        text = source.text
        if text is None or not source.media_type.startswith("text/"):
            return 0.0
        if source.media_type in _NOT_NEWS_TYPES or text.lstrip()[:1] in ("{", "[", "<"):
            return 0.0
        if _has_list(text):
            return LOW_CONFIDENCE
        return CONFIDENCE if _CUE_RE.search(text) else LOW_CONFIDENCE

    def parse(self, source: Source) -> list[Statement]:
        """The article Statement, then one Statement per reported statement."""
        if source.text is None:
            raise ParseError(source.location, "not text (binary or unknown encoding)", self.name)
        text = source.text
        if not text.strip():
            raise ParseError(source.location, "empty text", self.name)
        try:
            return self._parse(source, text)
        except (ValueError, IndexError, RecursionError) as exc:
            problem = f"cannot read the article: {type(exc).__name__}: {exc}"
            raise ParseError(source.location, problem, self.name) from exc

    def _parse(self, source: Source, text: str) -> list[Statement]:
        meta = read_article_meta(text)
        reserved = [(p.start, p.start + len(p.name)) for p in meta.publishers]
        orgs = find_organisations(text, self.gazetteer, reserved=reserved, ignore=meta.furniture)
        excluded = find_excluded(text, self.gazetteer, ignore=meta.furniture)
        article = StatementBuilder(source, text, index=0, kind=StatementKind.ARTICLE)
        for org in orgs:
            article.add(org.name, Role.MENTIONED, org.start)
        for publisher in meta.publishers:
            article.add(publisher.name, Role.PUBLISHER, publisher.start)
        for name in excluded:
            article.skip(name.name, "not an organisation (gazetteer exclusion)", name.start)
        statements = [article.build(title=meta.title, date=meta.date, author=meta.author)]
        sentences = split_sentences(text, skip=meta.furniture)
        reports = find_reports(text, sentences, find_claimed_counts(text))
        for number, report in enumerate(reports, start=1):
            builder = StatementBuilder(source, text, index=number, kind=StatementKind.REPORTED)
            roles: list[tuple[Found, Role]] = []
            for sentence in report.sentences:
                inside = [o for o in orgs if sentence.start <= o.start < sentence.end]
                roles.extend((o, assign_role(text, sentence, o, inside)) for o in inside)
            for org, role in sorted(roles, key=lambda p: (p[1] is not Role.SIGNATORY, p[0].start)):
                builder.add(org.name, role, org.start)
            statements.append(builder.build(claimed_signers=report.claimed, reported_in=article.id))
        return statements
