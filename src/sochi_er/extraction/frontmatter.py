"""YAML front matter: the ``---`` / ``key: value`` / ``---`` block at the top of a file
written by static site generators (Jekyll, Hugo, Eleventy). It is page metadata, never
part of the statement's lists.
"""

from __future__ import annotations

import re

import yaml

__all__ = ["front_matter_end", "front_matter_title", "strip_front_matter", "without_liquid_tags"]

#: Front matter at the very top: ``---``, a ``key:`` line, more lines, ``---`` (or ``...``).
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?=[ \t]*[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|\r?\n))"
    r".*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
    re.DOTALL,
)


def front_matter_end(text: str) -> int:
    """The offset where the front matter at the top of *text* ends, or 0 if it has none
    (no ``---`` first line, no ``key:`` after it, or never closed)."""
    match = _FRONT_MATTER.match(text)
    return match.end() if match else 0


def strip_front_matter(text: str) -> str:
    """*text* without its front matter (unchanged if it has none)."""
    return text[front_matter_end(text) :]


def front_matter_title(text: str) -> str | None:
    """The ``title`` of the front matter at the top of *text*, whitespace collapsed (the
    page's heading as the site generator renders it), or ``None``: no front matter, no
    title, a title that is not a string, or front matter that is not valid YAML."""
    end = front_matter_end(text)
    if not end:
        return None
    body = text[:end].strip().strip("-.").strip()
    try:
        meta = yaml.safe_load(body)
    except yaml.YAMLError:
        return None
    title = meta.get("title") if isinstance(meta, dict) else None
    return " ".join(title.split()) or None if isinstance(title, str) else None


#: A Liquid template tag of a static site ("{{ site.baseurl }}", "{% include x.html %}"):
#: the site generator replaces it before a reader sees the page; left in, its spaces
#: break the link or image it stands in.
_LIQUID = re.compile(r"\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\}")


def without_liquid_tags(text: str) -> str:
    """*text* without its Liquid template tags (what the site fills in is unknown here)."""
    return _LIQUID.sub("", text)
