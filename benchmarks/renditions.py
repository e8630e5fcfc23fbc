"""One statement, two renditions: every labelled Markdown document read as Markdown and as
a whole HTML page, scored against the same labels.

    python benchmarks/renditions.py            # totals per rendition, documents that differ
    python benchmarks/renditions.py --check    # exit 1 when HTML falls behind Markdown
    python benchmarks/renditions.py --keep DIR # also write the HTML pages to DIR

The same statement circulates as a blog post, a WordPress page, a Markdown file: the
extraction should not depend on which one a user has. Each Markdown document of
``gold/extraction*/docs`` is rendered with markdown-it-py (CommonMark with tables; each
line break of the source a ``<br>``, as on the WordPress pages most of these files were
exported from) into a page with a menu, a "related posts" sidebar and a footer, then both
files are parsed exactly as a user's would be (``sochi_er.parse_paths``) and scored as
``extraction.py`` scores them. Documents whose Markdown holds raw HTML blocks, Pandoc grid
tables or kramdown attributes are left out (their rendering would not be the page the
author saw) and listed as such. ``--check`` fails when the HTML rendition's micro recall or
precision is more than :data:`TOLERANCE` below the Markdown one's.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

import sochi_er
from sochi_er.extraction import strip_front_matter
from sochi_er.extraction.frontmatter import front_matter_title, without_liquid_tags

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from extraction import evaluate_document, load_labels, summarise  # noqa: E402
from quality import report_problems  # noqa: E402

#: How far the HTML rendition's micro recall or precision may fall below Markdown's.
TOLERANCE = 0.01
#: Markdown whose HTML rendering is not the page its author saw: raw HTML blocks, Pandoc
#: grid tables, kramdown attribute lists.
_NOT_RENDERABLE = re.compile(r"^\s*<(?:div|table|section|article|p|ul|ol)\b|^\+-{3,}|\{:", re.M)

_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<header><div class="logo"><a href="/">Example Coalition</a></div>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
<li><a href="/news">News</a></li><li><a href="/campaigns">Campaigns</a></li>
<li><a href="/members">Our members</a></li><li><a href="/contact">Contact</a></li></ul></nav>
</header>
<main><article class="post"><div class="entry-content">
{body}
</div></article></main>
<aside class="sidebar"><h3>Related posts</h3><ul><li><a href="/a">Annual report</a></li>
<li><a href="/b">Partners and friends</a></li><li><a href="/c">Join our mailing list</a></li>
</ul></aside>
<footer><p>Example Coalition. All rights reserved.</p><ul><li><a href="/privacy">Privacy
policy</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
</body></html>
"""


def html_page(markdown: str, title: str) -> str:
    """The Markdown document as a whole web page, as its site generator renders it (see
    the module doc): the front matter's title as the page's title and first heading,
    Liquid tags filled in (here: left out)."""
    renderer = MarkdownIt("commonmark", {"breaks": True, "html": True}).enable("table")
    page_title = front_matter_title(markdown)
    body = renderer.render(without_liquid_tags(strip_front_matter(markdown)))
    if page_title is not None:
        body = f"<h1>{html.escape(page_title)}</h1>\n{body}"
    return _PAGE.format(lang="en", title=html.escape(page_title or title), body=body)


def documents() -> tuple[list[tuple[Path, list[dict[str, str]]]], list[tuple[Path, str]]]:
    """The labelled Markdown documents to render, and those left out with the reason."""
    kept: list[tuple[Path, list[dict[str, str]]]] = []
    left: list[tuple[Path, str]] = []
    for folder in sorted(p for p in (HERE / "gold").glob("extraction*") if p.is_dir()):
        labels = load_labels(folder)
        for name, rows in labels.items():
            path = folder / "docs" / name
            if path.suffix != ".md":
                continue
            if _NOT_RENDERABLE.search(path.read_text(encoding="utf-8")):
                left.append((path, "raw HTML, grid table or kramdown attributes"))
            else:
                kept.append((path, rows))
    return kept, left


def run(keep: Path | None = None) -> dict[str, Any]:
    """Score both renditions of every renderable Markdown document."""
    kept, left = documents()
    registry = sochi_er.default_registry()
    results: dict[str, list[dict[str, Any]]] = {"markdown": [], "html": []}
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        for path, rows in kept:
            page = out / f"{path.parent.parent.name}--{path.stem}.html"
            page.write_text(html_page(path.read_text(encoding="utf-8"), path.stem), "utf-8")
            for rendition, source in (("markdown", path), ("html", page)):
                report = sochi_er.parse_paths([source], registry)
                result = evaluate_document(path.name, rows, report.statements)
                if report.failures:
                    result["error"] = "; ".join(str(f) for f in report.failures)
                results[rendition].append(result)
    return {
        "summary": {k: summarise(v) for k, v in results.items()},
        "documents": results,
        "left_out": [(str(p.relative_to(HERE)), why) for p, why in left],
    }


def show(result: dict[str, Any]) -> None:
    for rendition, s in result["summary"].items():
        print(
            f"{rendition:9} documents {s['documents']}  organisations {s['gold_organisations']}"
            f"  matched {s['matched']}  found {s['found']}  micro R/P "
            f"{s['micro_recall']:.4f} / {s['micro_precision']:.4f}  macro R/P "
            f"{s['macro_recall']:.4f} / {s['macro_precision']:.4f}"
            f"  persons as organisations {s['persons_as_organisations']}"
        )
    pairs = zip(result["documents"]["markdown"], result["documents"]["html"], strict=True)
    differ = [(m, h) for m, h in pairs if (m["matched"], m["found"]) != (h["matched"], h["found"])]
    print(f"\ndocuments whose renditions differ: {len(differ)}")
    for m, h in differ:
        print(
            f"  {m['document'][:60]:60} markdown {m['matched']}/{m['found']}"
            f"  html {h['matched']}/{h['found']}  (matched/found of {m['gold']})"
        )
    print(f"\nleft out: {len(result['left_out'])}")
    for path, why in result["left_out"]:
        print(f"  {path}: {why}")


def check(result: dict[str, Any]) -> list[str]:
    md, page = result["summary"]["markdown"], result["summary"]["html"]
    return [
        f"HTML {key} {page[key]:.4f} < Markdown {md[key]:.4f} - {TOLERANCE}"
        for key in ("micro_recall", "micro_precision")
        if page[key] < md[key] - TOLERANCE
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when HTML falls behind")
    parser.add_argument("--keep", type=Path, help="write the HTML pages here")
    args = parser.parse_args(argv)
    result = run(args.keep)
    show(result)
    if args.check:
        return report_problems(check(result), "renditions gate passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
