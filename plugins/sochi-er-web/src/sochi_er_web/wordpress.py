"""The ``wordpress-json`` parser: WordPress REST API post/page objects (or arrays of them).

One Statement per object (``index`` = position in the array, 0 for a lone object):

- ``text``: ``content.rendered`` rendered to plain text (see :mod:`sochi_er_web.render`);
- signatories: the list in the content (see :mod:`sochi_er_web.signatories`);
- mentioned: organisations named in the content's prose outside the list (see
  :mod:`sochi_er_web.mentioned`);
- ``title``: ``title.rendered`` as text; ``url``: ``link``;
- ``date``: the statement's own date line in the content when there is one (the date
  that identifies the statement across renditions), else the post's ``date``;
- publisher (a :attr:`Role.PUBLISHER` mention without a span: it comes from metadata,
  not from the text): ``yoast_head_json.og_site_name``, else the schema.org
  Organization/WebSite name in ``yoast_head_json.schema``, else the same in the
  ``yoast_head`` HTML (``og:site_name`` meta tag or JSON-LD);
- ``language``: ``inLanguage`` or ``og_locale``, primary subtag only ("en");
- ``author``: ``_embedded.author[0].name`` when embedded.

Malformed JSON raises :class:`sochi_er.ParseError` naming the line and column; JSON that
is not a WordPress object raises ParseError too.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Mapping, Sequence

import attrs

from sochi_er import ParseError, Role, Skipped, Source, Statement, StatementBuilder
from sochi_er.extraction import parse_date
from sochi_er.extraction.prose import Gazetteer, parser_gazetteer
from sochi_er_web.dating import adjacent_date, first_date_line
from sochi_er_web.mentioned import add_mentioned
from sochi_er_web.metadata import (
    clean,
    json_ld_nodes,
    language_tag,
    schema_language,
    schema_nodes,
    schema_site_name,
    site_name_forms,
)
from sochi_er_web.render import Rendered, render
from sochi_er_web.signatories import add_signatories

__all__ = ["WordPressJsonParser", "is_wordpress_object", "post_date"]

#: Confidence for JSON carrying WordPress REST keys.
CONFIDENCE = 0.95
#: Confidence for text that looks like WordPress JSON but does not parse: claimed so the
#: user gets the line and column of the syntax error rather than "no parser".
BROKEN_CONFIDENCE = 0.5
#: Any other JSON: the last resort that explains what is wrong with it.
JSON_CONFIDENCE = 0.05
_KEY_CUES = re.compile(r'"(?:rendered|guid|_links)"\s*:')


def _rendered(obj: Mapping[str, object], key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, Mapping):
        inner = value.get("rendered")
        if isinstance(inner, str):
            return inner
    return None


def is_wordpress_object(value: object) -> bool:
    """A JSON object with WordPress REST keys: ``content.rendered`` and
    ``title.rendered``, or ``guid``, or ``_links``."""
    if not isinstance(value, Mapping):
        return False
    has_rendered = _rendered(value, "content") is not None and _rendered(value, "title") is not None
    return has_rendered or "guid" in value or "_links" in value


def _objects(value: object) -> list[tuple[int, Mapping[str, object]]] | None:
    """The WordPress objects of *value* with their index in it: the object itself, or the
    posts of an array holding at least one (its other items are reported, not read)."""
    if isinstance(value, Mapping):
        return [(0, value)] if is_wordpress_object(value) else None
    if isinstance(value, list):
        posts = [(k, v) for k, v in enumerate(value) if is_wordpress_object(v)]
        return posts or None
    return None


class WordPressJsonParser:
    """Reads WordPress REST API JSON (``/wp-json/wp/v2/posts/<id>`` or a list of posts)."""

    name = "wordpress-json"

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
        """0.95 for WordPress REST JSON; 0.5 for broken JSON with WordPress keys; 0.05 for
        any other JSON, so that a JSON file no other parser reads gets this parser's
        precise error ("malformed JSON at line 3", "nested too deeply", "not a WordPress
        post") rather than "no installed parser"; else 0."""
        text = source.text
        if text is None or not text.lstrip().startswith(("{", "[")):
            return 0.0
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            return BROKEN_CONFIDENCE if _KEY_CUES.search(text[:20000]) else JSON_CONFIDENCE
        return CONFIDENCE if _objects(value) is not None else JSON_CONFIDENCE

    def parse(self, source: Source) -> list[Statement]:
        """One Statement per WordPress object; :class:`ParseError` for anything else."""
        if source.text is None:
            raise ParseError(source.location, "not text (binary or unknown encoding)", self.name)
        try:
            value = json.loads(source.text)
        except json.JSONDecodeError as exc:
            problem = f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            raise ParseError(source.location, problem, self.name) from None
        except RecursionError:
            raise ParseError(source.location, "JSON nested too deeply", self.name) from None
        objects = _objects(value)
        if objects is None:
            problem = "JSON is not a WordPress REST post/page object or a list of them"
            raise ParseError(source.location, problem, self.name)
        statements: list[Statement] = []
        for index, (position, obj) in enumerate(objects):
            try:
                statements.append(self._statement(source, index, obj))
            except (ValueError, TypeError, AssertionError, RecursionError) as exc:
                where = f"item {position}: " if isinstance(value, list) else ""
                problem = f"{where}cannot read the post: {type(exc).__name__}: {exc}"
                raise ParseError(source.location, problem, self.name) from exc
        read = {position for position, _ in objects}
        others = [k for k in range(len(value)) if k not in read] if isinstance(value, list) else []
        if others:  # nothing silently lost: the first statement says what was passed over
            notes = tuple(
                Skipped("", f"array item {k} is not a WordPress post or page") for k in others
            )
            statements[0] = attrs.evolve(statements[0], skipped=statements[0].skipped + notes)
        return statements

    def _statement(self, source: Source, index: int, obj: Mapping[str, object]) -> Statement:
        content = _rendered(obj, "content")
        body = render(content or "")
        builder = StatementBuilder(source, body.text, index=index)
        if content is None:
            builder.skip("", "the post has no content text (content.rendered)")
        block = add_signatories(builder, body)
        add_mentioned(builder, body, block, self.gazetteer)
        head = _yoast_head(obj)
        for publisher in _publishers(obj, head):
            builder.add(publisher, Role.PUBLISHER, None)
        title_html = _rendered(obj, "title")
        title = " ".join(render(title_html).text.split()) if title_html else None
        link = clean(obj.get("link"))
        posted = post_date(obj)
        return builder.build(
            title=title or None,
            date=adjacent_date(body, block) or first_date_line(body) or posted,
            published=posted,
            language=_language(obj, head),
            url=link,
            author=_author(obj),
        )


def _yoast_head(obj: Mapping[str, object]) -> Rendered | None:
    head = obj.get("yoast_head")
    return render(head) if isinstance(head, str) and head.strip() else None


def _yoast_json(obj: Mapping[str, object]) -> Mapping[str, object]:
    value = obj.get("yoast_head_json")
    return value if isinstance(value, Mapping) else {}


def _publishers(obj: Mapping[str, object], head: Rendered | None) -> list[str]:
    """The site's name, then the other forms of it the metadata states (another script)."""
    yoast = _yoast_json(obj)
    nodes = list(schema_nodes(yoast.get("schema")))
    if head is not None:
        nodes += json_ld_nodes(head.json_ld)
    name = clean(yoast.get("og_site_name")) or schema_site_name(nodes)
    if name is None and head is not None:
        name = clean(head.meta.get("og:site_name"))
    return [] if name is None else [name, *site_name_forms(nodes, name)]


def _language(obj: Mapping[str, object], head: Rendered | None) -> str | None:
    yoast = _yoast_json(obj)
    tag = schema_language(schema_nodes(yoast.get("schema"))) or language_tag(yoast.get("og_locale"))
    if tag is None and head is not None:
        tag = schema_language(json_ld_nodes(head.json_ld)) or language_tag(
            head.meta.get("og:locale")
        )
    return tag


def post_date(obj: Mapping[str, object]) -> dt.date | None:
    """The publication date of a WordPress object (``date``, else ``date_gmt``)."""
    for key in ("date", "date_gmt"):
        value = obj.get(key)
        if isinstance(value, str):
            date = parse_date(value)
            if date is not None:
                return date
    return None


def _author(obj: Mapping[str, object]) -> str | None:
    embedded = obj.get("_embedded")
    if not isinstance(embedded, Mapping):
        return None
    authors = embedded.get("author")
    if isinstance(authors, list) and authors and isinstance(authors[0], Mapping):
        return clean(authors[0].get("name"))
    return None
