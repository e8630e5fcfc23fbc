"""Load: seconds per MB of parsing large inputs, at two sizes, and the doubling ratio.

Each shape (built by ``hostile.py``'s builders, nothing read from outside) is parsed as
``sochi-er parse`` does it: the parser chosen by confidence, the statements and mentions
turned into JSON lines (written nowhere). It is timed at half its size and at its size,
in the same process; the figure gated is the *doubling ratio* t(n) / t(n/2): 2 when the
work is linear, 4 when quadratic. Times are CPU seconds of this process (``process_time``),
so other work on the machine moves them less than wall time; wall seconds are printed
beside them.

    python benchmarks/load.py                  # the issue's sizes: 50 MB text, 10 MB HTML,
                                               # a 5 MB line, a 100,000-item list (~5 min)
    python benchmarks/load.py --ci             # CI sizes (~1 min), as ci.py runs it
    python benchmarks/load.py --ci --repeat 5 --check   # exit 1: a ratio above RATIO_BOUND
    python benchmarks/load.py --json out.json

Shapes: ``text`` (the first corpus document repeated), ``html`` (closed nested ``<div>``
elements around one list), ``one long line`` (words with no line break), ``long list``
(one numbered list of invented names, 40 bytes an item).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import hostile  # noqa: E402

from sochi_er import Source, default_registry, parse_source  # noqa: E402
from sochi_er.serialize import mention_to_dict, statement_to_dict  # noqa: E402

#: A doubling ratio above this fails ``--check`` (2 is linear, 4 quadratic).
RATIO_BOUND = 2.5
MB = 1_000_000
Builder = Callable[[int], tuple[str, bytes]]
#: shape -> (builder of ``size`` bytes, full size, CI size), sizes in bytes
SHAPES: dict[str, tuple[Builder, int, int]] = {
    "text": (hostile._corpus_repeated, 50 * MB, 4 * MB),
    "html": (hostile._nested_divs, 10 * MB, 2 * MB),
    "one long line": (hostile._long_line, 5 * MB, 1 * MB),
    "long list": (hostile._long_list, 100_000 * 40, 20_000 * 40),  # 100,000 / 20,000 items
}


def _parse_once(build: Builder, size: int) -> dict[str, float]:
    """Build *size* bytes of a shape and parse it as the CLI does; the CPU and wall
    seconds, the megabytes and the mentions found."""
    hostile.cold()
    name, data = build(size)
    registry = default_registry()
    wall, cpu = time.perf_counter(), time.process_time()
    _, statements = parse_source(Source.from_bytes(name, data), registry)
    mentions = 0
    for statement in statements:
        json.dumps(statement_to_dict(statement), ensure_ascii=False)
        for mention in statement.mentions:
            json.dumps(mention_to_dict(mention), ensure_ascii=False)
            mentions += 1
    return {
        "mb": len(data) / MB,
        "cpu": time.process_time() - cpu,
        "wall": time.perf_counter() - wall,
        "mentions": mentions,
    }


def _best_pair(
    build: Builder, size: int, repeat: int
) -> tuple[dict[str, float], dict[str, float]]:
    """The runs with the least CPU time at half *size* and at *size*, of *repeat* runs
    each, taken in turn (half, whole, half, whole, ...): a slow spell of a shared
    machine falls on both sizes, not on one of them."""
    halves, wholes = [], []
    for _ in range(repeat):
        halves.append(_parse_once(build, size // 2))
        wholes.append(_parse_once(build, size))
    return min(halves, key=lambda r: r["cpu"]), min(wholes, key=lambda r: r["cpu"])


def run(
    ci: bool = False, only: list[str] | None = None, repeat: int = 1
) -> dict[str, dict[str, float]]:
    """``{shape: {mb, s_per_mb_half, s_per_mb, ratio, cpu, wall, mentions}}``: each shape
    parsed at half its size and at its size (``ci``: the CI size), the best of *repeat*
    runs each, the two sizes in turn; ``ratio`` is the CPU time at full size over the
    time at half size."""
    results: dict[str, dict[str, float]] = {}
    for shape, (build, full, small) in SHAPES.items():
        if only and shape not in only:
            continue
        size = small if ci else full
        _parse_once(build, 100_000)  # warm up: lexicons and gazetteers load once
        half, whole = _best_pair(build, size, repeat)
        results[shape] = {
            "mb": round(whole["mb"], 2),
            "s_per_mb_half": round(half["cpu"] / half["mb"], 3),
            "s_per_mb": round(whole["cpu"] / whole["mb"], 3),
            "ratio": round(whole["cpu"] / max(half["cpu"], 1e-6), 2),
            "cpu": round(whole["cpu"], 2),
            "wall": round(whole["wall"], 2),
            "mentions": whole["mentions"],
        }
    return results


def failures(results: dict[str, dict[str, float]], bound: float = RATIO_BOUND) -> list[str]:
    """One line per shape whose doubling ratio exceeds *bound*."""
    return hostile.over(results, "ratio", bound, "doubling ratio")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ci", action="store_true", help="the CI sizes instead of the full ones")
    ap.add_argument("--check", action="store_true", help="exit 1 when a ratio is too high")
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only this shape")
    ap.add_argument("--repeat", type=int, default=1, help="best of this many runs a size")
    ap.add_argument("--json", metavar="FILE", help="also write the figures here")
    args = ap.parse_args(argv)
    results = run(args.ci, args.shape, args.repeat)
    print(
        f"{'shape':14} {'MB':>7} {'s/MB n/2':>9} {'s/MB n':>8} {'ratio':>6} "
        f"{'cpu s':>7} {'wall s':>7} {'mentions':>9}"
    )
    for shape, r in results.items():
        print(
            f"{shape:14} {r['mb']:>7.2f} {r['s_per_mb_half']:>9.3f} {r['s_per_mb']:>8.3f} "
            f"{r['ratio']:>6.2f} {r['cpu']:>7.2f} {r['wall']:>7.2f} {int(r['mentions']):>9}"
        )
    return hostile.conclude(results, failures(results), args.json, args.check)


if __name__ == "__main__":
    sys.exit(main())
