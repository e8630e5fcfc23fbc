"""Signatory extraction against the hand-labelled dev set in ``gold/extraction/``.

    python benchmarks/extraction.py                 # per document, totals, every error
    python benchmarks/extraction.py --quiet         # per document and totals only
    python benchmarks/extraction.py --json OUT.json
    python benchmarks/extraction.py --gold benchmarks/gold/extraction-test   # held-out set
    python benchmarks/extraction.py --check         # exit 1 below baseline.json - tolerance
    python benchmarks/extraction.py --write-baseline  # after an intended change

Each document in ``gold/extraction/docs`` is parsed by the installed parsers exactly as a
user's file would be (``sochi_er.parse_paths``). Its organisation signatories are then
matched, one to one and in order, with the ``ORG`` rows of its labels file:
an exact match when the names are equal after Unicode, dash, quote, space and case
normalisation; else a near match when one name contains the other or their rapidfuzz
ratio is at least :data:`NEAR`. Figures: recall (matched ORG rows / ORG rows),
precision (matched signatories / signatories), the exact-name rate (exact / matched),
and persons taken as organisations (signatories that match a ``PERSON`` row). Micro
figures pool every document; macro figures average the documents (recall over those
with ORG rows, precision over those with signatories).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

import sochi_er

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold" / "extraction"
BASELINE = HERE / "baseline.json"
#: Smallest rapidfuzz ratio of a near match.
NEAR = 85.0
GATED = ("micro_recall", "micro_precision", "macro_recall", "macro_precision", "exact_rate")

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4`"), "'") | dict.fromkeys(
    map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"'
)


def norm(name: str) -> str:
    """*name* as compared: NFKC, dashes and quotes unified, spaces collapsed, case folded
    (Turkish capital "İ" folds to "i", without the combining dot ``casefold`` leaves)."""
    text = unicodedata.normalize("NFKC", name).translate(_DASHES).translate(_QUOTES)
    return " ".join(text.split()).casefold().replace("\u0307", "")


def load_labels(folder: Path = GOLD) -> dict[str, list[dict[str, str]]]:
    """``{document file name: label rows in order}`` for every labels file."""
    labels: dict[str, list[dict[str, str]]] = {}
    for path in sorted((folder / "labels").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        document = next((d.name for d in (folder / "docs").glob(path.stem + ".*")), None)
        if document is None:
            raise SystemExit(f"{path}: no document {path.stem}.* in {folder / 'docs'}")
        labels[document] = rows
    return labels


def _match(found: Sequence[str], wanted: Sequence[str]) -> tuple[dict[int, int], set[int]]:
    """One-to-one matches found index -> wanted index, and which of them are exact."""
    pairs: dict[int, int] = {}
    exact: set[int] = set()
    free = {i for i in range(len(wanted))}
    by_name: dict[str, list[int]] = {}
    for i, name in enumerate(wanted):
        by_name.setdefault(norm(name), []).append(i)
    for f, name in enumerate(found):
        for w in by_name.get(norm(name), []):
            if w in free:
                pairs[f] = w
                exact.add(f)
                free.discard(w)
                break
    for f, name in enumerate(found):
        if f in pairs:
            continue
        a = norm(name)
        best, best_score = None, 0.0
        for w in sorted(free):
            b = norm(wanted[w])
            contained = (
                a and b and (a in b or b in a) and min(len(a), len(b)) * 2 >= max(len(a), len(b))
            )
            score = 100.0 if contained else fuzz.ratio(a, b)
            if score >= NEAR and score > best_score:
                best, best_score = w, score
        if best is not None:
            pairs[f] = best
            free.discard(best)
    return pairs, exact


def evaluate_document(
    document: str, rows: list[dict[str, str]], statements: Iterable[sochi_er.Statement]
) -> dict[str, Any]:
    """Figures and errors for one document."""
    found = [m.name for s in statements for m in s.signatories]
    orgs = [r["name"] for r in rows if r["kind"] == "ORG"]
    persons = [r["name"] for r in rows if r["kind"] == "PERSON"]
    pairs, exact = _match(found, orgs)
    person_pairs, _ = _match([n for i, n in enumerate(found) if i not in pairs], persons)
    unmatched = [n for i, n in enumerate(found) if i not in pairs]
    as_persons = [unmatched[i] for i in person_pairs]
    matched_rows = set(pairs.values())
    return {
        "document": document,
        "gold": len(orgs),
        "found": len(found),
        "matched": len(pairs),
        "exact": len(exact),
        "persons_as_organisations": as_persons,
        "misses": [orgs[i] for i in range(len(orgs)) if i not in matched_rows],
        "false_hits": [n for n in unmatched if n not in as_persons],
        "near": [(found[f], orgs[w]) for f, w in sorted(pairs.items()) if f not in exact],
    }


def _ratio(num: float, den: float) -> float:
    return num / den if den else 1.0


def summarise(per_doc: list[dict[str, Any]]) -> dict[str, Any]:
    gold = sum(d["gold"] for d in per_doc)
    found = sum(d["found"] for d in per_doc)
    matched = sum(d["matched"] for d in per_doc)
    recalls = [d["matched"] / d["gold"] for d in per_doc if d["gold"]]
    precisions = [d["matched"] / d["found"] for d in per_doc if d["found"]]
    return {
        "documents": len(per_doc),
        "gold_organisations": gold,
        "found": found,
        "matched": matched,
        "micro_recall": round(_ratio(matched, gold), 4),
        "micro_precision": round(_ratio(matched, found), 4),
        "macro_recall": round(sum(recalls) / len(recalls), 4) if recalls else 1.0,
        "macro_precision": round(sum(precisions) / len(precisions), 4) if precisions else 1.0,
        "exact_rate": round(_ratio(sum(d["exact"] for d in per_doc), matched), 4),
        "persons_as_organisations": sum(len(d["persons_as_organisations"]) for d in per_doc),
        "failed_documents": [d["document"] for d in per_doc if d.get("error")],
    }


def run(folder: Path = GOLD) -> dict[str, Any]:
    """Parse every dev document and score it."""
    labels = load_labels(folder)
    registry = sochi_er.default_registry()
    per_doc: list[dict[str, Any]] = []
    for document, rows in labels.items():
        path = folder / "docs" / document
        report = sochi_er.parse_paths([path], registry)
        result = evaluate_document(document, rows, report.statements)
        if report.failures:
            result["error"] = "; ".join(str(f) for f in report.failures)
        per_doc.append(result)
    return {"summary": summarise(per_doc), "documents": per_doc}


def show(result: dict[str, Any], quiet: bool) -> None:
    print(f"{'document':48} {'gold':>5} {'found':>5} {'recall':>7} {'prec':>6} {'exact':>6}")
    for d in result["documents"]:
        recall = _ratio(d["matched"], d["gold"])
        precision = _ratio(d["matched"], d["found"])
        exact = _ratio(d["exact"], d["matched"])
        flag = f"  ERROR {d['error']}" if d.get("error") else ""
        print(
            f"{d['document'][:48]:48} {d['gold']:5} {d['found']:5} {recall:7.3f} "
            f"{precision:6.3f} {exact:6.3f}{flag}"
        )
    s = result["summary"]
    print(
        f"\nmicro: recall {s['micro_recall']:.4f}  precision {s['micro_precision']:.4f}   "
        f"macro: recall {s['macro_recall']:.4f}  precision {s['macro_precision']:.4f}\n"
        f"exact names {s['exact_rate']:.4f}   persons taken as organisations "
        f"{s['persons_as_organisations']}   ({s['matched']} of {s['gold_organisations']} "
        f"organisations matched, {s['found']} signatories found, {s['documents']} documents)"
    )
    if quiet:
        return
    for d in result["documents"]:
        lines = [f"  miss: {n}" for n in d["misses"]]
        lines += [f"  false hit: {n}" for n in d["false_hits"]]
        lines += [f"  person as organisation: {n}" for n in d["persons_as_organisations"]]
        lines += [f"  near: {a!r} for {b!r}" for a, b in d["near"]]
        if lines:
            print(f"\n{d['document']}")
            print("\n".join(lines))


def check(summary: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """Regressions of *summary* against the ``extraction`` section of the baseline."""
    base = baseline["extraction"]
    tol = float(baseline["tolerance"])
    problems = [
        f"extraction {key} {summary[key]:.4f} < baseline {base[key]:.4f} - {tol}"
        for key in GATED
        if summary[key] < base[key] - tol
    ]
    if summary["persons_as_organisations"] > base["persons_as_organisations"]:
        problems.append(
            f"extraction: {summary['persons_as_organisations']} persons taken as organisations"
            f" > baseline {base['persons_as_organisations']}"
        )
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the full result here")
    parser.add_argument("--quiet", action="store_true", help="no list of errors")
    parser.add_argument(
        "--gold",
        type=Path,
        default=GOLD,
        help="a labelled set (docs/, labels/); default: the dev set. "
        "benchmarks/gold/extraction-test is the held-out set the rules were not tuned on",
    )
    parser.add_argument("--check", action="store_true", help="gate against baseline.json")
    parser.add_argument(
        "--write-baseline", action="store_true", help="store this run's figures in baseline.json"
    )
    args = parser.parse_args(argv)
    result = run(args.gold)
    show(result, args.quiet)
    if (args.write_baseline or args.check) and args.gold.resolve() != GOLD.resolve():
        parser.error("--check and --write-baseline apply to the dev set only")
    if args.write_baseline:
        baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
        s = result["summary"]
        baseline["extraction"] = {key: s[key] for key in (*GATED, "persons_as_organisations")}
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"wrote the extraction section of {BASELINE}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.check:
        problems = check(result["summary"], json.loads(BASELINE.read_text(encoding="utf-8")))
        for problem in problems:
            print(f"REGRESSION: {problem}", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
