"""ROR benchmark: name-only linkage of real organisation name forms (Research Organization
Registry, CC0) — acronyms, former names, translations and other scripts.

    python benchmarks/ror.py                          # both halves of the dev split
    python benchmarks/ror.py --half tune --sample 3000  # quick, while tuning
    python benchmarks/ror.py --half report --json /tmp/ror.json
    python benchmarks/ror.py --countries              # with the country column as evidence
    python benchmarks/ror.py --half all               # the whole file in one run (time)
    python benchmarks/ror.py --references             # + recordlinkage on the same names
    python benchmarks/ror.py --half tune --losses     # where each kind's links are lost
    python benchmarks/ror.py --half report --reference-list  # link_to_reference

The dev file (``../shared/data/ror_names_dev.csv``, or ``--data``) is split by
organisation (seeded, ``--seed``) into a *tuning* half and a *reporting* half: tune on the
first, report on the second (and expect the figures of organisations never seen). Each half
is linked on its own, names only (one mention per name form; the country only with
``--countries``). Reported per half:

- pairwise P/R/F1 over the mention pairs among *unambiguous* strings (a written name owned
  by one organisation), and separately over the pairs touching an *ambiguous* string (one
  owned by several organisations: no name-only method can resolve them);
- recall of each kind of form against its organisation's display name (a form counts when
  it ends in the display name's cluster): ``acronym``, ``alias``, ``label`` by script
  (``label_latin`` — another language in Latin script, ``label_arabic``,
  ``label_cyrillic``, ``label_greek``, ``label_other``), over unambiguous forms;
- engine time, candidate pairs, peak memory (``ru_maxrss`` of this process).

With ``--losses``, each kind's unlinked forms are counted by the stage that lost them
(:func:`stage_losses`: never a candidate pair with the display name; a candidate scored
below the threshold, with the acronym / translation feature's value; accepted but refused
by a clustering constraint; accepted and merged yet split elsewhere), with samples, and
the false merges costing the most pairs are printed (:func:`false_merges`).

With ``--reference-list``, :func:`sochi_er.link_to_reference` is measured on each half
(:func:`run_reference_list`): the display name of 80% of its organisations (seeded) is the
reference list; every other unambiguous form is a new name to link, those of the other 20%
being "new". Reported: accuracy of the known ids (share of the forms of listed
organisations given their id), precision of the known ids given, new-detection (share of
the forms of unlisted organisations called new), per kind, and the time.

With ``--references``, recordlinkage (``references.recordlinkage_reference``: sorted
neighbourhood on a generic key, Jaro-Winkler and 3-gram similarity, connected components)
runs on the same names of each half, its threshold chosen on the tuning half (best
unambiguous F1 of :data:`REFERENCE_THRESHOLDS`) and applied unchanged to the reporting half.
Splink runs too when it is installed (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sochi_er.evaluation import pair_counts_arrays
from sochi_er.linkage import LinkageConfig, NameLinkage, link_names, link_to_reference
from sochi_er.linkage.features import FEATURE_INDEX

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DEFAULT_DATA = HERE.parents[1] / "shared" / "data" / "ror_names_dev.csv"
SEED = 9
KINDS = (
    "acronym", "alias", "label_latin", "label_arabic", "label_cyrillic", "label_greek",
    "label_other",
)
#: Thresholds tried for the recordlinkage reference on the tuning half.
REFERENCE_THRESHOLDS = (0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97)
#: The issue's targets (issue 9), checked on the reporting half.
TARGETS = {
    "unambiguous_precision": 0.95, "unambiguous_f1": 0.50, "recall_acronym": 0.70,
    "recall_label_latin": 0.50, "recall_label_arabic": 0.30,
}


def default_data() -> Path:
    """The dev split beside the project (``../shared/data``), also from a worktree."""
    for base in (HERE.parents[1], HERE.parents[2] if len(HERE.parents) > 2 else HERE):
        path = base / "shared" / "data" / "ror_names_dev.csv"
        if path.exists():
            return path
    return DEFAULT_DATA


def load(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def split(rows: Sequence[dict[str, str]], seed: int = SEED) -> dict[str, list[dict[str, str]]]:
    """Rows by half, split by organisation: the sorted cluster ids shuffled with *seed*,
    the first half for tuning, the rest for reporting."""
    clusters = sorted({r["cluster_id"] for r in rows})
    order = np.random.default_rng(seed).permutation(len(clusters))
    tune = {clusters[k] for k in order[: len(clusters) // 2]}
    return {
        "tune": [r for r in rows if r["cluster_id"] in tune],
        "report": [r for r in rows if r["cluster_id"] not in tune],
    }


def sample(rows: list[dict[str, str]], n_orgs: int, seed: int) -> list[dict[str, str]]:
    """Every row of *n_orgs* organisations drawn with *seed* (all when n_orgs <= 0)."""
    clusters = sorted({r["cluster_id"] for r in rows})
    if n_orgs <= 0 or n_orgs >= len(clusters):
        return rows
    keep = set(np.random.default_rng(seed + 1).choice(clusters, n_orgs, replace=False).tolist())
    return [r for r in rows if r["cluster_id"] in keep]


def kind_of(row: dict[str, str]) -> str:
    if row["kind"] != "label":
        return row["kind"]
    script = row["script"].upper()
    if script == "LATIN":
        return "label_latin"
    if script in ("ARABIC", "CYRILLIC", "GREEK"):
        return f"label_{script.lower()}"
    return "label_other"


def evaluate(rows: Sequence[dict[str, str]], labels: np.ndarray) -> dict[str, Any]:
    """Pairwise figures (unambiguous / touching ambiguous strings) and recall per kind."""
    cluster_code: dict[str, int] = {}
    gold = np.fromiter(
        (cluster_code.setdefault(r["cluster_id"], len(cluster_code)) for r in rows),
        np.int64, len(rows),
    )
    owners: dict[str, set[str]] = {}
    for r in rows:
        owners.setdefault(r["name"], set()).add(r["cluster_id"])
    ambiguous = np.fromiter((len(owners[r["name"]]) > 1 for r in rows), np.bool_, len(rows))
    everything = pair_counts_arrays(gold, labels)
    clear = pair_counts_arrays(gold[~ambiguous], labels[~ambiguous])
    # pairs touching an ambiguous string = all pairs - pairs among unambiguous strings
    tp = everything.true_positive - clear.true_positive
    pred = everything.predicted - clear.predicted
    true = everything.actual - clear.actual
    amb_p = tp / pred if pred else 1.0
    amb_r = tp / true if true else 1.0
    out: dict[str, Any] = {
        "mentions": len(rows),
        "organisations": len(cluster_code),
        "ambiguous_mentions": int(ambiguous.sum()),
        "unambiguous_precision": clear.precision,
        "unambiguous_recall": clear.recall,
        "unambiguous_f1": clear.f1,
        "ambiguous_precision": amb_p,
        "ambiguous_recall": amb_r,
        "ambiguous_f1": 2 * amb_p * amb_r / (amb_p + amb_r) if amb_p + amb_r else 0.0,
    }
    display: dict[str, int] = {}
    for i, r in enumerate(rows):
        if r["kind"] == "display" and not ambiguous[i]:
            display.setdefault(r["cluster_id"], i)
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for i, r in enumerate(rows):
        d = display.get(r["cluster_id"])
        if r["kind"] == "display" or ambiguous[i] or d is None:
            continue
        k = kind_of(r)
        totals[k] += 1
        hits[k] += int(labels[i] == labels[d])
    for k in KINDS:
        out[f"recall_{k}"] = hits[k] / totals[k] if totals[k] else None
        out[f"count_{k}"] = totals[k]
    return out


def run_half(rows: list[dict[str, str]], countries: bool, config: LinkageConfig) -> dict[str, Any]:
    names = [r["name"] for r in rows]
    t0 = time.perf_counter()
    result = link_names(
        names, config=config, countries=[r["country"] for r in rows] if countries else None
    )
    seconds = time.perf_counter() - t0
    figures = evaluate(rows, result.labels)
    figures.update(
        seconds=seconds,
        forms=result.n_forms,
        candidate_pairs=result.candidate_pairs,
        timings=result.timings,
        peak_mib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
    )
    return figures


def _owners(rows: Sequence[dict[str, str]]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for r in rows:
        owners.setdefault(r["name"], set()).add(r["cluster_id"])
    return owners


def stage_losses(
    rows: Sequence[dict[str, str]], result: NameLinkage, samples: int = 6
) -> dict[str, tuple[Counter[str], dict[str, list[str]]]]:
    """Per kind, the unambiguous forms not linked to their display name by the stage that
    lost them, with up to *samples* examples each ("form | display name")."""
    owners = _owners(rows)
    display: dict[str, int] = {}
    for i, r in enumerate(rows):
        if r["kind"] == "display" and len(owners[r["name"]]) == 1:
            display.setdefault(r["cluster_id"], i)
    out: dict[str, tuple[Counter[str], dict[str, list[str]]]] = {}
    for i, r in enumerate(rows):
        d = display.get(r["cluster_id"])
        if r["kind"] == "display" or d is None or len(owners[r["name"]]) > 1:
            continue
        counts, examples = out.setdefault(kind_of(r), (Counter(), {}))
        if result.labels[i] == result.labels[d]:
            counts["linked"] += 1
            continue
        fa, fb = int(result.form_of_name[i]), int(result.form_of_name[d])
        pos = result.candidates.find(fa, fb)
        if pos < 0:
            stage = "not a candidate pair"
        else:
            feature = "acronym" if r["kind"] == "acronym" else "translation"
            value = float(result.features[pos, FEATURE_INDEX[feature]])
            if result.scores[pos] < result.threshold:
                stage = f"scored below the threshold ({feature} {value:.1f})"
            elif result.pair_blocked[pos]:
                stage = "accepted, refused by a constraint"
            else:
                stage = "accepted, clusters split elsewhere"
        counts[stage] += 1
        got = examples.setdefault(stage, [])
        if len(got) < samples:
            got.append(f"{r['name']} | {rows[d]['name']}")
    return out


def false_merges(
    rows: Sequence[dict[str, str]], labels: np.ndarray, top: int = 12
) -> list[tuple[int, list[list[str]]]]:
    """The predicted clusters whose wrong pairs (among unambiguous strings) are most:
    (wrong pairs, names by true organisation)."""
    owners = _owners(rows)
    clusters: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        if len(owners[r["name"]]) == 1:
            clusters.setdefault(int(labels[i]), []).append(i)
    worst: list[tuple[int, list[list[str]]]] = []
    for members in clusters.values():
        by_org: dict[str, list[str]] = {}
        for i in members:
            by_org.setdefault(rows[i]["cluster_id"], []).append(rows[i]["name"])
        if len(by_org) < 2:
            continue
        n = len(members)
        wrong = n * (n - 1) // 2 - sum(len(v) * (len(v) - 1) // 2 for v in by_org.values())
        worst.append((wrong, [v[:3] for v in by_org.values()][:4]))
    worst.sort(key=lambda w: -w[0])
    return worst[:top]


def show_losses(rows: Sequence[dict[str, str]], result: NameLinkage) -> None:
    for kind, (counts, examples) in sorted(stage_losses(rows, result).items()):
        total = sum(counts.values())
        print(f"\n{kind} (n = {total})")
        for stage, c in counts.most_common():
            print(f"  {stage:48}{c:7}  {c / total:.3f}")
            for e in examples.get(stage, []):
                print(f"      {e}")
    print("\nfalse merges costing the most pairs:")
    for wrong, orgs in false_merges(rows, result.labels):
        print(f"  {wrong:5}  " + "  //  ".join(" | ".join(v) for v in orgs))


#: Share of a half's organisations whose display name is in the reference list.
LISTED_SHARE = 0.8


def run_reference_list(rows: Sequence[dict[str, str]], seed: int = SEED) -> dict[str, Any]:
    """``link_to_reference`` on one half: display names of :data:`LISTED_SHARE` of the
    organisations as the reference, every other unambiguous form as a new name."""
    owners = _owners(rows)
    clusters = sorted({r["cluster_id"] for r in rows})
    order = np.random.default_rng(seed + 2).permutation(len(clusters))
    listed = {clusters[k] for k in order[: int(len(clusters) * LISTED_SHARE)]}
    reference: dict[str, dict[str, str]] = {}
    for r in rows:
        if r["kind"] == "display" and r["cluster_id"] in listed:
            reference.setdefault(r["cluster_id"], {"id": r["cluster_id"], "name": r["name"]})
    queries = [
        r for r in rows
        if len(owners[r["name"]]) == 1
        and not (r["kind"] == "display" and r["cluster_id"] in reference)
    ]
    t0 = time.perf_counter()
    result = link_to_reference([{"name": r["name"]} for r in queries], list(reference.values()))
    seconds = time.perf_counter() - t0
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    given = given_right = unlisted = called_new = 0
    for r, m in zip(queries, result.matches, strict=True):
        known = r["cluster_id"] in reference
        if m.status == "known":
            given += 1
            given_right += int(m.reference_id == r["cluster_id"])
        if known:
            kind = kind_of(r)
            totals[kind] += 1
            hits[kind] += int(m.reference_id == r["cluster_id"])
        else:
            unlisted += 1
            called_new += int(m.status != "known")
    listed_forms = sum(totals.values())
    out: dict[str, Any] = {
        "reference_organisations": len(reference),
        "new_names": len(queries),
        "known_id_accuracy": sum(hits.values()) / listed_forms if listed_forms else None,
        "known_id_precision": given_right / given if given else None,
        "new_detection": called_new / unlisted if unlisted else None,
        "seconds": seconds,
    }
    for k in KINDS:
        out[f"accuracy_{k}"] = hits[k] / totals[k] if totals[k] else None
    return out


def show_reference_list(results: dict[str, dict[str, Any]]) -> None:
    halves = list(results)
    print("\nlink_to_reference (display names of 80% of the organisations as the reference)")
    print(f"{'':26}" + "".join(f"{h:>14}" for h in halves))
    for key in results[halves[0]]:
        print(f"{key:26}" + "".join(f"{_fmt(results[h][key]):>14}" for h in halves))


def run_references(halves: dict[str, list[dict[str, str]]]) -> dict[str, dict[str, Any]]:
    """recordlinkage (and Splink when installed) on each half, thresholds chosen on the
    tuning half."""
    import references

    tune, report = halves["tune"], halves["report"]
    names = [r["name"] for r in tune]
    best = max(
        REFERENCE_THRESHOLDS,
        key=lambda th: evaluate(
            tune, references.recordlinkage_reference(names, threshold=th).labels
        )["unambiguous_f1"],
    )
    out: dict[str, dict[str, Any]] = {}
    for half, rows in (("tune", tune), ("report", report)):
        run = references.recordlinkage_reference([r["name"] for r in rows], threshold=best)
        figures = evaluate(rows, run.labels)
        figures.update(seconds=run.total_seconds, candidate_pairs=len(run.left),
                       threshold=best)
        out[f"recordlinkage {half}"] = figures
    splink = references.splink_reference([r["name"] for r in report])
    if splink is None:
        print("splink is not installed: its column is left out", file=sys.stderr)
    else:
        figures = evaluate(report, splink.labels)
        figures.update(seconds=splink.total_seconds, candidate_pairs=len(splink.left))
        out["splink report"] = figures
    return out


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def show(results: dict[str, dict[str, Any]]) -> None:
    halves = list(results)
    rows = [
        "mentions", "organisations", "ambiguous_mentions",
        "unambiguous_precision", "unambiguous_recall", "unambiguous_f1",
        "ambiguous_precision", "ambiguous_recall", "ambiguous_f1",
        *(f"recall_{k}" for k in KINDS), "forms", "candidate_pairs", "seconds", "peak_mib",
        *(["threshold"] if any("threshold" in r for r in results.values()) else []),
    ]
    w = max(14, *(len(h) + 2 for h in halves))
    print(f"{'':26}" + "".join(f"{h:>{w}}" for h in halves))
    for key in rows:
        cells = "".join(f"{_fmt(results[h].get(key)):>{w}}" for h in halves)
        suffix = ""
        if key.startswith("recall_"):
            counts = "/".join(str(results[h][f"count_{key[7:]}"]) for h in halves)
            suffix = f"   (n = {counts})"
        print(f"{key:26}{cells}{suffix}")
    if "report" in results:
        missed = [
            f"{k} {results['report'][k]:.3f} < {t}" for k, t in TARGETS.items()
            if (results["report"].get(k) or 0.0) < t
        ]
        print("targets on the reporting half: " + ("all met" if not missed else
                                                   "not met: " + "; ".join(missed)))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=None, help="ror_names_dev.csv")
    ap.add_argument("--half", choices=("tune", "report", "both", "all"), default="both",
                    help="all: the whole dev file in one run (for the time of 75 k names)")
    ap.add_argument("--seed", type=int, default=SEED, help="split seed")
    ap.add_argument("--sample", type=int, default=0, metavar="N",
                    help="only N organisations of each half (0: all)")
    ap.add_argument("--countries", action="store_true", help="give the country column too")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--reference-list", action="store_true",
                    help="link_to_reference: other forms against 80%% of the display names")
    ap.add_argument("--losses", action="store_true",
                    help="per kind, the stage that lost each unlinked form; worst false merges")
    ap.add_argument("--references", action="store_true",
                    help="recordlinkage (and Splink if installed) on the same names")
    args = ap.parse_args(argv)
    path = args.data or default_data()
    if not path.exists():
        print(f"ror: {path}: no such file", file=sys.stderr)
        return 2
    halves = split(load(path), args.seed)
    halves["all"] = halves["tune"] + halves["report"]
    wanted = ("tune", "report") if args.half == "both" else (args.half,)
    results = {
        h: run_half(sample(halves[h], args.sample, args.seed), args.countries, LinkageConfig())
        for h in wanted
    }
    if args.references:
        results.update(run_references(halves))
    show(results)
    if args.reference_list:
        show_reference_list({
            h: run_reference_list(sample(halves[h], args.sample, args.seed), args.seed)
            for h in wanted
        })
    if args.losses:
        for h in wanted:
            rows = sample(halves[h], args.sample, args.seed)
            print(f"\n== losses on the {h} half")
            show_losses(rows, link_names([r["name"] for r in rows], config=LinkageConfig()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
