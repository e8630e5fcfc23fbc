"""sochi-er-web: parsers for statements published on the web.

- ``wordpress-json``: WordPress REST API post/page JSON (:class:`WordPressJsonParser`);
- ``html``: a generic HTML page of a statement (:class:`HtmlPageParser`).

Both render HTML to text with one shared renderer (:mod:`sochi_er_web.render`), so every
mention's span slices its name out of ``Statement.text``, and both name the organisations
of the prose outside the signatory block as mentioned (:mod:`sochi_er_web.mentioned`).
"""

from __future__ import annotations

from collections.abc import Callable

from sochi_er import Parser, hookimpl
from sochi_er_web.page import HtmlPageParser
from sochi_er_web.wordpress import WordPressJsonParser

__all__ = ["HtmlPageParser", "WordPressJsonParser", "register_parsers"]


@hookimpl
def register_parsers(register: Callable[[Parser], None]) -> None:
    """Register the ``wordpress-json`` and ``html`` parsers."""
    register(WordPressJsonParser())
    register(HtmlPageParser())
