"""Signatory extraction on every labelled set at once, pooled, and two runs compared.

    python benchmarks/extraction_sets.py --out runs/A          # every set, one JSON per set
    python benchmarks/extraction_sets.py --out runs/A --sets 'extraction-blind9?'
    python benchmarks/extraction_sets.py --compare runs/A runs/B   # what changed, per document

Each set under ``gold/`` whose name starts with ``extraction`` is measured exactly as
``extraction.py --gold SET --json OUT`` would measure it (same parsing, same matching), in
``--jobs`` worker processes. The run prints one row per set and the pooled micro figures
(sums of the per-set counts), and writes ``<out>/<set>.json``. ``--compare`` reads two such
folders and prints, for every document whose result differs, the misses and false hits
that one run has and the other has not, then the pooled figures of both.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extraction

GOLD = extraction.HERE / "gold"
COUNTS = ("documents", "gold_organisations", "found", "matched", "persons_as_organisations")


def gold_sets(pattern: str = "extraction*") -> list[Path]:
    """Every labelled extraction set under ``gold/`` whose folder name matches *pattern*."""
    return sorted(
        p for p in GOLD.iterdir() if (p / "labels").is_dir() and fnmatch.fnmatch(p.name, pattern)
    )


def _measure(folder: Path) -> tuple[str, dict[str, Any]]:
    return folder.name, extraction.run(folder)


def pooled(summaries: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Counts summed over *summaries*, with micro recall and precision."""
    total: dict[str, Any] = {key: sum(int(s[key]) for s in summaries) for key in COUNTS}
    total["micro_recall"] = extraction._ratio(total["matched"], total["gold_organisations"])
    total["micro_precision"] = extraction._ratio(total["matched"], total["found"])
    return total


def _line(label: str, s: dict[str, Any]) -> str:
    return (
        f"{label:28} {s['documents']:4} {s['gold_organisations']:6} {s['found']:6} "
        f"{s['matched']:6} {s['micro_recall']:7.3f} {s['micro_precision']:6.3f} "
        f"{s['persons_as_organisations']:4}"
    )


def _header() -> str:
    columns = ("docs", "gold", "found", "match", "recall", "prec", "pers")
    widths = (4, 6, 6, 6, 7, 6, 4)
    return f"{'set':28} " + " ".join(f"{c:>{w}}" for c, w in zip(columns, widths, strict=True))


def measure(pattern: str, out: Path, jobs: int) -> int:
    """Measure the sets matching *pattern*, write one JSON each into *out*, print the table."""
    out.mkdir(parents=True, exist_ok=True)
    folders = gold_sets(pattern)
    if not folders:
        raise SystemExit(f"no set under {GOLD} matches {pattern!r}")
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = dict(pool.map(_measure, folders))
    print(_header())
    for name in sorted(results):
        (out / f"{name}.json").write_text(
            json.dumps(results[name], indent=1, ensure_ascii=False), encoding="utf-8"
        )
        print(_line(name, results[name]["summary"]))
    print(_line("pooled", pooled([r["summary"] for r in results.values()])))
    failed = [d for r in results.values() for d in r["summary"]["failed_documents"]]
    if failed:
        print(f"documents that failed to parse: {', '.join(failed)}")
    return 0


def _load(folder: Path) -> dict[str, dict[str, Any]]:
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))
    }


def _difference(a: list[str], b: list[str]) -> list[str]:
    """Items of *a* not in *b*, counted as multisets, in *a*'s order."""
    rest = Counter(b)
    left = []
    for item in a:
        if rest[item]:
            rest[item] -= 1
        else:
            left.append(item)
    return left


def compare(before: Path, after: Path) -> int:
    """Print every document whose misses or false hits differ between two runs."""
    runs = _load(before), _load(after)
    for name in sorted(set(runs[0]) & set(runs[1])):
        docs = [{d["document"]: d for d in run[name]["documents"]} for run in runs]
        for document in sorted(set(docs[0]) & set(docs[1])):
            a, b = docs[0][document], docs[1][document]
            lines = [f"  + miss: {n}" for n in _difference(b["misses"], a["misses"])]
            lines += [f"  - miss: {n}" for n in _difference(a["misses"], b["misses"])]
            lines += [f"  + false hit: {n}" for n in _difference(b["false_hits"], a["false_hits"])]
            lines += [f"  - false hit: {n}" for n in _difference(a["false_hits"], b["false_hits"])]
            persons = "persons_as_organisations"
            lines += [f"  + person: {n}" for n in _difference(b[persons], a[persons])]
            lines += [f"  - person: {n}" for n in _difference(a[persons], b[persons])]
            if lines:
                print(f"{name}/{document}")
                print("\n".join(lines))
    print(_header())
    for label, run in zip((str(before), str(after)), runs, strict=True):
        print(_line(label[-28:], pooled([r["summary"] for r in run.values()])))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="extraction*", help="folder-name pattern under gold/")
    parser.add_argument("--out", type=Path, help="folder for one JSON result per set")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        parser.error("--out is required unless --compare is given")
    return measure(args.sets, args.out, args.jobs)


if __name__ == "__main__":
    raise SystemExit(main())
