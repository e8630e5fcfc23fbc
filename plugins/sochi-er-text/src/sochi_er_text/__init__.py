"""sochi_er plugin: the ``text`` (plain-text) and ``pdf`` statement parsers."""

from __future__ import annotations

from collections.abc import Callable

import sochi_er
from sochi_er import Parser
from sochi_er_text.pdf import PdfParser
from sochi_er_text.plain import PlainTextParser

__all__ = ["PdfParser", "PlainTextParser", "register_parsers"]


@sochi_er.hookimpl
def register_parsers(register: Callable[[Parser], None]) -> None:
    """Register the ``text`` and ``pdf`` parsers."""
    register(PlainTextParser())
    register(PdfParser())
