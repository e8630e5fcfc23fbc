"""sochi-er-news: the ``news`` parser, for news articles that report statements.

See :class:`NewsParser`. The gazetteer of organisation names ships as ``gazetteer.txt``
and can be extended (constructor argument or ``SOCHI_ER_NEWS_GAZETTEER``).
"""

from __future__ import annotations

from collections.abc import Callable

from sochi_er import Parser, hookimpl
from sochi_er_news.gazetteer import ENV_VAR, Gazetteer
from sochi_er_news.parser import NewsParser

__all__ = ["ENV_VAR", "Gazetteer", "NewsParser", "register_parsers"]


@hookimpl
def register_parsers(register: Callable[[Parser], None]) -> None:
    """Register the ``news`` parser."""
    register(NewsParser())
