"""Page metadata: site name, language and dates from Yoast/schema.org data and meta tags.

Every function takes already-decoded JSON values or strings and returns ``None`` when the
metadata is absent or malformed; none raises.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator, Mapping

__all__ = [
    "clean",
    "json_ld_nodes",
    "language_tag",
    "schema_language",
    "schema_nodes",
    "schema_site_name",
    "site_name_forms",
]

_LANG_RE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def clean(value: object) -> str | None:
    """*value* as one line of text: entities decoded, whitespace (NBSP too) collapsed;
    ``None`` for non-strings and blank strings."""
    if not isinstance(value, str):
        return None
    text = " ".join(html.unescape(value).split())
    return text or None


def schema_nodes(value: object, _depth: int = 0) -> Iterator[Mapping[str, object]]:
    """Every schema.org node in *value*: a node, a list of nodes, or an ``@graph``."""
    if _depth > 20:
        return
    if isinstance(value, list):
        for item in value:
            yield from schema_nodes(item, _depth + 1)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        if isinstance(graph, list):
            yield from schema_nodes(graph, _depth + 1)
        if "@type" in value:
            yield value


def json_ld_nodes(blocks: Iterable[str]) -> list[Mapping[str, object]]:
    """The schema.org nodes in JSON-LD script bodies; unparsable blocks are ignored."""
    nodes: list[Mapping[str, object]] = []
    for block in blocks:
        try:
            value = json.loads(block)
        except (ValueError, RecursionError):
            continue
        nodes.extend(schema_nodes(value))
    return nodes


def _types(node: Mapping[str, object]) -> set[str]:
    kind = node.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def schema_site_name(nodes: Iterable[Mapping[str, object]]) -> str | None:
    """The name of the site's Organization node, else of its WebSite node."""
    listed = list(nodes)
    for wanted in ("Organization", "WebSite"):
        for node in listed:
            if wanted in _types(node):
                name = clean(node.get("name"))
                if name:
                    return name
    return None


_PAIR_SEPARATORS = re.compile(r"\s+[-\u2013\u2014|]\s+")


def _script(text: str) -> str:
    """``"latin"`` if the letters of *text* are mostly Latin, else ``"other"``."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    return "latin" if letters and latin * 2 >= len(letters) else "other"


def site_name_forms(nodes: Iterable[Mapping[str, object]], name: str) -> list[str]:
    """Other written forms of the site name *name* that schema.org data states: the
    ``alternateName`` of the site's Organization/WebSite nodes, and a bilingual
    ``description`` of the form "<name in another script> - <name>" (either order)."""
    forms: list[str] = []
    for node in nodes:
        if not _types(node) & {"Organization", "WebSite"} or clean(node.get("name")) != name:
            continue
        alternates = node.get("alternateName")
        for value in alternates if isinstance(alternates, list) else [alternates]:
            form = clean(value)
            if form and form != name and form not in forms:
                forms.append(form)
        description = clean(node.get("description")) or ""
        parts = _PAIR_SEPARATORS.split(description)
        if len(parts) == 2 and name in parts:
            other = parts[1 - parts.index(name)]
            if other and _script(other) != _script(name) and other not in forms:
                forms.append(other)
    return forms


def schema_language(nodes: Iterable[Mapping[str, object]]) -> str | None:
    """The first ``inLanguage`` of the nodes, as a language tag (see :func:`language_tag`)."""
    for node in nodes:
        tag = language_tag(node.get("inLanguage"))
        if tag:
            return tag
    return None


def language_tag(value: object) -> str | None:
    """The primary language subtag of a locale or BCP 47 tag: ``"en_US"`` and ``"en-US"``
    give ``"en"``. The region is the site's locale, not the statement's, so it is dropped."""
    if not isinstance(value, str):
        return None
    match = _LANG_RE.fullmatch(value.strip())
    return match.group(1).lower() if match else None
