"""Hostile inputs: does parsing stay linear in the input's size?

For each input shape, the whole parse (parser chosen as for any file) is timed at a base
size and at ``FACTOR`` times it, in the same process. A linear pass takes about ``FACTOR``
times longer; a quadratic one ``FACTOR ** 2``. The figure printed and gated is the
*growth exponent*: log(time ratio) / log(FACTOR), about 1 when linear, 2 when quadratic.

    python benchmarks/hostile.py                # print the figures
    python benchmarks/hostile.py --json out.json
    python benchmarks/hostile.py --check        # exit 1 when an exponent exceeds the bound

Shapes (all built here, none read from outside):
- ``corpus repeated``: the first bundled corpus document repeated (prose, cues, lists);
- ``one long line``: a single line of words with no line break;
- ``nested divs``: closed nested ``<div>`` elements around one list;
- ``long list``: one numbered list of invented names;
- ``long sentence of names``: one sentence of many pieces ending in capitalised names,
  none introduced as signers (the prose-enumeration reader looks at each piece);
- ``title sentences``: one paragraph of sentences that each open like a joint text's
  title ("Open letter Example Union."), every start a candidate title line;
- ``names apart by spaces``: an inline list whose names one long run of spaces keeps
  apart, every space a candidate start of an "and" or a separator;
- ``colons in one sentence``: one long sentence of signers' words with a colon every few
  words and no full stop, every colon a candidate end of a cue sentence inside a
  paragraph.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sochi_er import Source, corpus_paths, default_registry, parse_source
from sochi_er.extraction import find_signatories, text_document

FACTOR = 4
#: An exponent above this fails ``--check`` (1 is linear; timer noise stays well below).
EXPONENT_BOUND = 1.5
GATED = ("exponent",)


def _corpus_repeated(size: int) -> tuple[str, bytes]:
    text = corpus_paths()[0].read_text(encoding="utf-8")
    times = max(1, size // len(text))
    return "repeated.txt", ("\n\n".join([text] * times)).encode()


def _long_line(size: int) -> tuple[str, bytes]:
    words = "Example Network for Open Data, Springfield; "
    return "line.txt", (words * (size // len(words))).encode()


def _nested_divs(size: int) -> tuple[str, bytes]:
    depth = size // 11
    body = "<div>" * depth + "<h2>Signed by</h2><ul><li>Example Org</li></ul>" + "</div>" * depth
    return "nested.html", f"<html><body>{body}</body></html>".encode()


def _long_list(size: int) -> tuple[str, bytes]:
    lines = ["We, the undersigned organisations, ask for peace.", "", "Signed by:"]
    n = size // 40
    lines += [f"{k}. Example Association Number {k}" for k in range(1, n + 1)]
    return "list.txt", "\n".join(lines).encode()


def _long_sentence(size: int) -> tuple[str, bytes]:
    """One sentence of many comma-separated pieces each ending in a capitalised name and
    none introduced: every piece is a candidate start of an enumeration in prose."""
    pieces = ", ".join(f"to Example Place{k}" for k in range(size // 20))
    return "sentence.txt", f"A paragraph of prose.\n\nWe wrote {pieces} today.\n".encode()


def _title_sentences(size: int) -> tuple[str, bytes]:
    """One paragraph of many sentences that each open like a joint text's title ("Open
    letter Example Union."): every sentence start is a candidate title line."""
    sentence = "Open letter Example Union. "
    return "titles.txt", f"A paragraph of prose.\n\n{sentence * (size // len(sentence))}\n".encode()


def _spaced_names(size: int) -> tuple[str, bytes]:
    """An inline list whose names one long run of spaces keeps apart ("signed by Example
    Union      and Example Forum, ..."): every space a candidate start of an "and", an
    "and others" or a separator."""
    gap = " " * size
    text = f"The letter was signed by Example Union{gap}and Example Forum, EXA and many others."
    return "spaced.txt", f"A paragraph of prose.\n\n{text}\n".encode()


def _colon_sentence(size: int) -> tuple[str, bytes]:
    """One sentence with no full stop and a colon every few words after signers' words
    ("supported by the following organisations: Example Union, ..."): every colon a
    candidate end of a cue sentence whose start lies at the paragraph's start."""
    piece = "supported by the following organisations: Example Union, "
    return "colons.txt", f"A paragraph of prose.\n\n{piece * (size // len(piece))}\n".encode()


def _unbroken_lines(size: int) -> tuple[str, bytes]:
    """Many short lines with no blank line between (a text or PDF wrapped at a width):
    every line a candidate continuation of the lines before it."""
    line = "a line of prose that a page wrapped at its width\n"
    return "lines.txt", f"Example Union\n\n{line * (size // len(line))}".encode()


SHAPES: dict[str, tuple[Callable[[int], tuple[str, bytes]], int]] = {
    "corpus repeated": (_corpus_repeated, 200_000),
    "one long line": (_long_line, 200_000),
    "nested divs": (_nested_divs, 400_000),
    "long list": (_long_list, 200_000),
    "long sentence of names": (_long_sentence, 100_000),
    "title sentences": (_title_sentences, 50_000),
    "names apart by spaces": (_spaced_names, 50_000),
    "colons in one sentence": (_colon_sentence, 50_000),
    "lines with no blank line": (_unbroken_lines, 400_000),
}


def cold() -> None:
    """Forget what the extraction kit remembers between calls (a document's blocks and
    signatory list), so that a repeated timing reads its input again."""
    find_signatories.cache_clear()
    text_document.cache_clear()


def _time(build: Callable[[int], tuple[str, bytes]], size: int) -> tuple[float, int]:
    cold()
    name, data = build(size)
    source = Source.from_bytes(name, data)
    registry = default_registry()
    started = time.perf_counter()
    _, statements = parse_source(source, registry)
    elapsed = time.perf_counter() - started
    return elapsed, sum(len(s.mentions) for s in statements)


def run(scale: float = 1.0) -> dict[str, dict[str, float]]:
    """``{shape: {bytes, seconds, seconds_x, mentions, exponent}}``, each shape timed at
    its base size and ``FACTOR`` times it (the best of two runs each)."""
    results: dict[str, dict[str, float]] = {}
    for shape, (build, base) in SHAPES.items():
        size = int(base * scale)
        small = min(_time(build, size)[0] for _ in range(2))
        large_runs = [_time(build, size * FACTOR) for _ in range(2)]
        large = min(t for t, _ in large_runs)
        exponent = math.log(max(large, 1e-6) / max(small, 1e-6)) / math.log(FACTOR)
        results[shape] = {
            "bytes": size * FACTOR,
            "seconds": round(small, 4),
            "seconds_x": round(large, 4),
            "mentions": large_runs[0][1],
            "exponent": round(exponent, 3),
        }
    return results


def failures(results: dict[str, dict[str, float]], bound: float = EXPONENT_BOUND) -> list[str]:
    return over(results, "exponent", bound, "growth exponent")


def over(results: dict[str, dict[str, float]], key: str, bound: float, what: str) -> list[str]:
    """One line per shape whose figure *key* (called *what*) exceeds *bound*."""
    return [
        f"{shape}: {what} {r[key]:.2f} > {bound}" for shape, r in results.items() if r[key] > bound
    ]


def conclude(
    results: dict[str, dict[str, float]], problems: list[str], json_path: str | None, check: bool
) -> int:
    """Write *results* to *json_path* (if given), print each problem to stderr; the exit
    code: 1 when *check* and there are problems."""
    if json_path:
        Path(json_path).write_text(json.dumps(results, indent=2), encoding="utf-8")
    for problem in problems:
        print(f"NOT LINEAR: {problem}", file=sys.stderr)
    return 1 if check and problems else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", metavar="FILE", help="also write the figures here")
    ap.add_argument("--check", action="store_true", help="exit 1 when not linear")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every base size")
    args = ap.parse_args(argv)
    results = run(args.scale)
    print(
        f"{'shape':18} {'bytes':>10} {'t(n) s':>8} {'t(4n) s':>8} {'mentions':>9} {'exponent':>8}"
    )
    for shape, r in results.items():
        print(
            f"{shape:18} {int(r['bytes']):>10} {r['seconds']:>8.3f} {r['seconds_x']:>8.3f} "
            f"{int(r['mentions']):>9} {r['exponent']:>8.2f}"
        )
    return conclude(results, failures(results), args.json, args.check)


if __name__ == "__main__":
    sys.exit(main())
