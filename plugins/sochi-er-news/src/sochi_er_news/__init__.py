"""sochi-er-news: the ``news`` parser, for news articles that report statements.

See :class:`NewsParser`. Organisations named in prose are found by :mod:`sochi_er.extraction.prose`
with the core's gazetteer, which can be extended by the constructor argument,
``SOCHI_ER_GAZETTEER`` (every parser) or, for this parser only, :data:`ENV_VAR`
(``SOCHI_ER_NEWS_GAZETTEER``, kept for compatibility).
"""

from __future__ import annotations

from collections.abc import Callable

from sochi_er import Parser, hookimpl
from sochi_er.extraction.prose import Gazetteer
from sochi_er_news.parser import ENV_VAR, NewsParser

__all__ = ["ENV_VAR", "Gazetteer", "NewsParser", "register_parsers"]


@hookimpl
def register_parsers(register: Callable[[Parser], None]) -> None:
    """Register the ``news`` parser."""
    register(NewsParser())
