"""Fuzz: every installed parser given N mutated inputs; any untyped exception fails.

Each parser reads mutations of every seed document below (built here, nothing read from
outside), whatever their format: a parser must answer any input with Statements or a
typed error (``sochi_er.errors``), never another exception, and what it returns must keep
the contract (spans, ordinals, reasons). A parser with a container builder
(``build_container(text) -> bytes``: the ``docx`` and ``pdf`` parsers) also reads half its
inputs as valid containers rebuilt around mutated text, so its reading logic is reached
and not only its "damaged file" errors. Inputs are spread evenly over the seeds and are
deterministic for a given ``--seed``.

    python benchmarks/fuzz.py                       # CI size: 2,000 inputs per parser
    python benchmarks/fuzz.py --inputs 100000       # the issue's full size (hours)
    python benchmarks/fuzz.py --parser docx --inputs 500 --save /tmp/fuzz-failures

Exit 1 when a parser broke the contract; each failing input is written under ``--save``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sochi_er import Parser, Source, Statement, default_registry
from sochi_er.testing import ContainerBuilder, ContractViolation, fuzz_parser

CI_INPUTS = 2_000
FULL_INPUTS = 100_000

_NAMES = (
    "Example Coalition for Clean Water",
    "River Guardians Network, Colombia",
    "Jane Roe, Director, Example River Trust",
    "Sample Institute (SI)",
    "Lakeside Farmers Union",
)
_LETTER = (
    "Open letter on clean water\n\nMarch 3, 2024\n\n"
    "We, the undersigned organisations, ask the council to publish its water tests "
    "and to consult the United Nations Environment Programme (UNEP).\n\nSigned by:\n\n"
    + "".join(f"{k}. {name}\n" for k, name in enumerate(_NAMES, 1))
    + "7. Example Hill Foundation\n\nContact: press@example.org\n"
)
_TABLE = "Signatories\n\n| Organisation | Country |\n|---|---|\n" + "".join(
    f"| {name.split(',')[0]} | Kenya |\n" for name in _NAMES
)
_ARTICLE = (
    "Groups reject the plan\n\nBy Jane Roe, Monday, 4 March 2024\n\n"
    "Twelve groups said in a statement that the plan fails. The Example Water Council "
    "and the River Guardians Network were among them, according to the statement.\n"
    "(Source: Example News)\n"
)
_HTML = (
    "<html><head><title>Open letter</title></head><body><h1>Open letter on clean water</h1>"
    "<p>We ask the council to publish its water tests.</p><h2>Signed by</h2><ol>"
    + "".join(f"<li>{name}</li>" for name in _NAMES)
    + "</ol><table><tr><th>Organisation</th><th>Country</th></tr>"
    "<tr><td>Example Hill Foundation</td><td>Peru</td></tr></table></body></html>"
)
_MARKDOWN = (
    "# Open letter on clean water\n\nWe ask the council to **publish** its tests.\n\n"
    "## Signatories\n\n" + "".join(f"- {name}\n" for name in _NAMES) + "\n" + _TABLE
)
_CSV = "organisation,country,statement\n" + "".join(
    f"\"{name}\",Kenya,Open letter on clean water\n" for name in _NAMES
)
_WORDPRESS = json.dumps(
    [
        {
            "id": 7,
            "date": "2024-03-03T10:00:00",
            "link": "https://example.org/letter",
            "title": {"rendered": "Open letter on clean water"},
            "content": {"rendered": _HTML.split("<body>")[1].split("</body>")[0]},
        }
    ]
)
#: seed name (its file name) -> text
SEEDS: dict[str, str] = {
    "letter.txt": _LETTER,
    "table.txt": _TABLE,
    "article.txt": _ARTICLE,
    "letter.html": _HTML,
    "letter.md": _MARKDOWN,
    "letters.csv": _CSV,
    "posts.json": _WORDPRESS,
}
#: the texts a container builder writes into its format
CONTAINER_SEEDS = ("letter.txt", "table.txt", "letter.md")


class _Recorder:
    """*parser*, remembering the last source it was asked to parse (to save it)."""

    def __init__(self, parser: Parser) -> None:
        self.parser = parser
        self.name = parser.name
        self.last: Source | None = None

    def confidence(self, source: Source) -> float:
        return self.parser.confidence(source)

    def parse(self, source: Source) -> Iterable[Statement]:
        self.last = source
        return self.parser.parse(source)


@dataclass
class Result:
    """What fuzzing one parser gave: inputs tried (of which rebuilt containers), seconds,
    and one line per contract failure."""

    inputs: int = 0
    rebuilt: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)


_Run = tuple[str, list[str | bytes], ContainerBuilder | None]  # location, seeds, builder


def _plan(parser: Parser) -> list[_Run]:
    """The runs fuzzing *parser*: every seed as it is; with a container builder, the
    built containers' bytes and the containers rebuilt around mutated text."""
    build: ContainerBuilder | None = getattr(parser, "build_container", None)
    runs: list[_Run] = [(name, [text], None) for name, text in SEEDS.items()]
    if build is not None:
        suffix = f".{parser.name}"
        runs += [(f"built{suffix}", [build(SEEDS[name])], None) for name in CONTAINER_SEEDS]
        runs += [(f"rebuilt-{name}{suffix}", [SEEDS[name]], build) for name in CONTAINER_SEEDS]
    return runs


def fuzz_one(parser: Parser, inputs: int, seed: int, save: Path | None = None) -> Result:
    """Fuzz *parser* with about *inputs* inputs, spread over its runs (half of them
    rebuilt containers when it has a builder); failing inputs are written to *save*."""
    runs = _plan(parser)
    rebuilt_runs = sum(build is not None for _, _, build in runs)
    rebuilt_inputs = inputs // 2 if rebuilt_runs else 0
    rounds_of = {
        True: rebuilt_inputs // max(rebuilt_runs, 1),
        False: (inputs - rebuilt_inputs) // (len(runs) - rebuilt_runs),
    }
    recorder = _Recorder(parser)
    result = Result()
    started = time.perf_counter()
    for k, (location, seeds, build) in enumerate(runs):
        rounds = rounds_of[build is not None]
        try:
            count = fuzz_parser(
                recorder, seeds, rounds=rounds, seed=seed + k, location=location, build=build
            )
        except ContractViolation as exc:
            result.failures.append(f"{location}: {exc}")
            count = rounds  # the rest of this run is not tried
            if save is not None and recorder.last is not None:
                save.mkdir(parents=True, exist_ok=True)
                (save / f"{parser.name}-{k}-{location}").write_bytes(recorder.last.data)
        result.inputs += count
        result.rebuilt += count if build is not None else 0
    result.seconds = round(time.perf_counter() - started, 2)
    return result


def run(
    inputs: int = CI_INPUTS,
    seed: int = 0,
    only: list[str] | None = None,
    save: Path | None = None,
    report: Callable[[str, Result], None] | None = None,
) -> dict[str, Result]:
    """``{parser: Result}`` for every installed parser (or those named in *only*);
    *report* is called after each parser."""
    results: dict[str, Result] = {}
    for name, parser in sorted(default_registry().parsers.items()):
        if only and name not in only:
            continue
        results[name] = fuzz_one(parser, inputs, seed, save)
        if report is not None:
            report(name, results[name])
    return results


def failures(results: dict[str, Result]) -> list[str]:
    """Every contract failure, one line each, naming the parser."""
    return [f"{name}: {failure}" for name, r in results.items() for failure in r.failures]


def _print(name: str, r: Result) -> None:
    print(f"{name:16} {r.inputs:>8} {r.rebuilt:>8} {r.seconds:>8} {len(r.failures):>8}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=CI_INPUTS, help="inputs per parser")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--parser", action="append", help="only this parser (repeatable)")
    ap.add_argument("--save", type=Path, help="write each failing input to this folder")
    args = ap.parse_args(argv)
    print(f"{'parser':16} {'inputs':>8} {'rebuilt':>8} {'seconds':>8} {'failed':>8}")
    results = run(args.inputs, args.seed, args.parser, args.save, report=_print)
    problems = failures(results)
    for problem in problems:
        print(f"FAILED {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
