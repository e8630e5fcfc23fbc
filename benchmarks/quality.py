"""Quality benchmark: the full pipeline on the bundled corpus, scored against the gold set.

    python benchmarks/quality.py                 # report
    python benchmarks/quality.py --json OUT      # also write the figures
    python benchmarks/quality.py --check         # exit 1 if F1 fell below the baseline

Parses with the installed parser plugins, resolves, aligns mentions to
``benchmarks/gold`` by content and prints pairwise and B-cubed P/R/F1, blocking pairs
completeness and reduction ratio, statement-grouping accuracy, a per-category breakdown,
hard-pair verdicts, every wrong and missed merge with ``Resolution.explain``, and
leave-one-document-out F1 (a drop there shows tuning to the corpus).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from gold_set import (  # noqa: E402
    Alignment,
    GoldSet,
    align,
    document_key,
    load_gold,
    statement_scores,
)

import sochi_er  # noqa: E402
from sochi_er.evaluation import (  # noqa: E402
    bcubed,
    category_breakdown,
    merge_errors,
    pair_counts,
)
from sochi_er.linkage import LinkageConfig, Resolution, resolve  # noqa: E402
from sochi_er.records import Role, Statement  # noqa: E402

GOLD = HERE / "gold"
BASELINE = HERE / "baseline.json"
TOLERANCE = 0.005
GATED = ("pairwise_f1", "bcubed_f1", "signatory_pairwise_f1")


def _parse() -> tuple[Statement, ...]:
    registry = sochi_er.default_registry()
    report = sochi_er.parse_paths(sochi_er.corpus_paths(), registry)
    for failure in report.failures:
        print(f"PARSE FAILURE: {failure.message}", file=sys.stderr)
    return report.statements


def _mention_index(statements: Sequence[Statement]) -> dict[str, int]:
    """Mention id -> position in the order ``resolve`` feeds names to the engine."""
    out: dict[str, int] = {}
    for s in statements:
        for m in s.mentions:
            out.setdefault(m.id, len(out))
    return out


def _predicted(al: Alignment, res: Resolution) -> dict[str, str]:
    return {mid: res.mention_organisation.get(mid, mid) for mid in al.scored()}


def evaluate(
    statements: Sequence[Statement], gold: GoldSet, explain: bool = True,
    config: LinkageConfig | None = None,
) -> dict[str, Any]:
    """Resolve *statements* (with *config*, default the library's) and score the result;
    returns the figures as a dict."""
    res = resolve(statements, config)
    al = align(statements, gold)
    g = al.gold_labels()
    p = _predicted(al, res)
    pc = pair_counts(g, p)
    b3 = bcubed(g, p)
    out: dict[str, Any] = {
        "mentions_parsed": sum(len(s.mentions) for s in statements),
        "mentions_aligned": len(al.matched),
        "mentions_scored": len(g),
        "gold_rows_unmatched": len(al.unmatched_gold),
        "mentions_unmatched": len(al.unmatched_mentions),
        "mentions_aligned_by_containment": [al.mentions[m].name for m in al.partial],
        "organisations": len(res.organisations),
        "gold_entities": len(set(g.values())),
        "pairwise_precision": pc.precision,
        "pairwise_recall": pc.recall,
        "pairwise_f1": pc.f1,
        "pairs": {"true_positive": pc.true_positive, "predicted": pc.predicted,
                  "actual": pc.actual},
        "bcubed_precision": b3.precision,
        "bcubed_recall": b3.recall,
        "bcubed_f1": b3.f1,
        "timings": dict(res.timings),
    }
    # the headline figure: pairs of signatory mentions only
    signatories = {mid for mid in g if al.mentions[mid].role is Role.SIGNATORY}
    sig = pair_counts({m: g[m] for m in signatories}, {m: p[m] for m in signatories})
    out.update(
        signatory_mentions=len(signatories),
        signatory_pairwise_precision=sig.precision,
        signatory_pairwise_recall=sig.recall,
        signatory_pairwise_f1=sig.f1,
    )
    # blocking, over aligned mentions: the engine's candidates scored by the one
    # definition (sochi_er.evaluation.blocking_quality_forms) for the gold labels
    index = _mention_index(statements)
    if res.blocking.n_names == len(index):
        labels = [""] * len(index)
        for mid, label in g.items():
            labels[index[mid]] = label
        unlabelled = [i for i, label in enumerate(labels) if not label]
        for i in unlabelled:  # a mention with no gold label is its own entity
            labels[i] = f"unlabelled {i}"
        out["blocking_pairs_completeness"] = res.blocking.quality(labels).pairs_completeness
    else:
        out["blocking_pairs_completeness"] = None
    out["blocking_reduction_ratio_forms"] = res.blocking.reduction_ratio
    out["candidate_pairs"] = res.blocking.candidate_pairs
    out["distinct_forms"] = res.blocking.n_forms

    sc = statement_scores(statements, [grp.statement_ids for grp in res.statement_groups], gold)
    out["statement_accuracy"] = sc.accuracy
    out["statement_pairs"] = {"correct": sc.correct_pairs, "total": sc.total_pairs,
                              "unknown": len(sc.unknown)}
    out["categories"] = {
        cat: {"mentions": c.mentions, "pairwise_precision": c.pairs.precision,
              "pairwise_recall": c.pairs.recall, "pairwise_f1": c.pairs.f1,
              "wrong_pairs": c.pairs.wrong, "missed_pairs": c.pairs.missed,
              "bcubed_f1": c.bcubed.f1}
        for cat, c in category_breakdown(g, p, al.categories()).items()
    }
    # hard pairs: judged on the first aligned mention written each way
    first_of: dict[str, str] = {}
    for mid, row in al.scored().items():
        first_of.setdefault(row.name, mid)
    hard = []
    for hp in gold.hard_pairs:
        ma, mb = first_of.get(hp.name_a), first_of.get(hp.name_b)
        if ma is None or mb is None:
            hard.append({"a": hp.name_a, "b": hp.name_b, "gold_same": hp.same, "ok": None})
            continue
        same = p[ma] == p[mb]
        hard.append({"a": hp.name_a, "b": hp.name_b, "gold_same": hp.same,
                     "predicted_same": same, "ok": same == hp.same, "category": hp.category})
    out["hard_pairs"] = hard
    out["hard_pairs_correct"] = sum(1 for h in hard if h["ok"])
    out["hard_pairs_judged"] = sum(1 for h in hard if h["ok"] is not None)

    errs = merge_errors(g, p)

    def show(e: Any) -> dict[str, Any]:
        ma, mb = al.mentions[str(e.a)], al.mentions[str(e.b)]
        item: dict[str, Any] = {
            "a": ma.name, "b": mb.name, "gold_a": e.gold_a, "gold_b": e.gold_b,
            "documents": [document_key(ma.document), document_key(mb.document)],
            "pairs": e.pairs,
        }
        if explain:
            item["explanation"] = str(res.explain(ma.id, mb.id))
        return item

    out["wrong_merges"] = [show(e) for e in errs.wrong]
    out["missed_merges"] = [show(e) for e in errs.missed]
    out["unmatched_gold"] = [f"{r.document[:3]} #{r.ordinal or '-'} {r.name}"
                             for r in al.unmatched_gold]
    out["unmatched_mentions"] = [f"{document_key(m.document)[:3]} {m.role.value} "
                                 f"#{m.ordinal or '-'} {m.name}" for m in al.unmatched_mentions]
    return out


def leave_one_out(statements: Sequence[Statement], gold: GoldSet) -> dict[str, dict[str, float]]:
    """Pairwise and B-cubed F1 with each document left out of the run and of the gold."""
    out: dict[str, dict[str, float]] = {}
    for doc in gold.documents():
        kept = [s for s in statements if document_key(s.source) != doc]
        r = evaluate(kept, gold.without(doc), explain=False)
        out[doc] = {"pairwise_f1": r["pairwise_f1"], "bcubed_f1": r["bcubed_f1"],
                    "signatory_pairwise_f1": r["signatory_pairwise_f1"],
                    "pairwise_precision": r["pairwise_precision"],
                    "pairwise_recall": r["pairwise_recall"]}
    return out


def _print(r: dict[str, Any], loo: dict[str, dict[str, float]]) -> None:
    print("== quality on the bundled corpus ==")
    print(f"mentions parsed {r['mentions_parsed']}, aligned to gold {r['mentions_aligned']}, "
          f"gold rows unmatched {r['gold_rows_unmatched']}, mentions unmatched "
          f"{r['mentions_unmatched']}")
    if r["mentions_aligned_by_containment"]:
        print(f"aligned by containment, not scored (parser took a longer name): "
              f"{r['mentions_aligned_by_containment']}")
    print(f"organisations {r['organisations']} (gold entities among aligned: "
          f"{r['gold_entities']})")
    print(f"pairwise  P {r['pairwise_precision']:.4f}  R {r['pairwise_recall']:.4f}  "
          f"F1 {r['pairwise_f1']:.4f}   {r['pairs']}")
    print(f"signatory pairs only ({r['signatory_mentions']} mentions): "
          f"P {r['signatory_pairwise_precision']:.4f}  R {r['signatory_pairwise_recall']:.4f}  "
          f"F1 {r['signatory_pairwise_f1']:.4f}")
    print(f"B-cubed   P {r['bcubed_precision']:.4f}  R {r['bcubed_recall']:.4f}  "
          f"F1 {r['bcubed_f1']:.4f}")
    pcomp = r["blocking_pairs_completeness"]
    print(f"blocking  pairs completeness "
          f"{'n/a' if pcomp is None else format(pcomp, '.4f')}  reduction ratio (forms) "
          f"{r['blocking_reduction_ratio_forms']:.4f}  candidate pairs {r['candidate_pairs']} "
          f"over {r['distinct_forms']} forms")
    sp = r["statement_pairs"]
    print(f"statement grouping accuracy {r['statement_accuracy']:.4f} "
          f"({sp['correct']}/{sp['total']} statement pairs; {sp['unknown']} without gold)")
    print(f"hard pairs {r['hard_pairs_correct']}/{r['hard_pairs_judged']} right")
    for h in r["hard_pairs"]:
        if h["ok"] is False:
            print(f"   WRONG hard pair: {h['a']!r} vs {h['b']!r} gold "
                  f"{'same' if h['gold_same'] else 'different'}")
    print("\nby category (pairs touching the category):")
    print(f"  {'category':12s} {'mentions':>8s} {'P':>7s} {'R':>7s} {'F1':>7s} {'wrong':>6s} "
          f"{'missed':>6s} {'B3 F1':>7s}")
    for cat, c in r["categories"].items():
        print(f"  {cat:12s} {c['mentions']:8d} {c['pairwise_precision']:7.4f} "
              f"{c['pairwise_recall']:7.4f} {c['pairwise_f1']:7.4f} {c['wrong_pairs']:6d} "
              f"{c['missed_pairs']:6d} {c['bcubed_f1']:7.4f}")
    for title, key in (("WRONG MERGES", "wrong_merges"), ("MISSED MERGES", "missed_merges")):
        print(f"\n{title}: {len(r[key])}")
        for e in r[key]:
            print(f"- {e['a']!r} [{e['gold_a']}] + {e['b']!r} [{e['gold_b']}] "
                  f"({e['pairs']} pairs)")
            for line in e.get("explanation", "").splitlines():
                print(f"    {line}")
    if r["unmatched_gold"]:
        print(f"\ngold rows no parsed mention matched ({len(r['unmatched_gold'])}):")
        for x in r["unmatched_gold"]:
            print(f"  {x}")
    if r["unmatched_mentions"]:
        print(f"\nparsed mentions not in the gold set ({len(r['unmatched_mentions'])}):")
        for x in r["unmatched_mentions"]:
            print(f"  {x}")
    print("\nleave one document out:")
    for doc, f in loo.items():
        print(f"  without {doc}: signatory pairwise F1 {f['signatory_pairwise_f1']:.4f}, "
              f"pairwise F1 {f['pairwise_f1']:.4f} "
              f"(P {f['pairwise_precision']:.4f} R {f['pairwise_recall']:.4f}), "
              f"B-cubed F1 {f['bcubed_f1']:.4f}")
    print("\ntimings (s): " + ", ".join(f"{k} {v:.3f}" for k, v in r["timings"].items()))


def check(figures: dict[str, Any], base: dict[str, Any]) -> list[str]:
    """Regressions of the gated corpus figures against a baseline (empty: none)."""
    tol = float(base.get("tolerance", TOLERANCE))
    return [
        f"corpus {key} {figures[key]:.4f} < baseline {base[key]:.4f} - {tol}"
        for key in GATED
        if figures[key] < base[key] - tol
    ]


def report_problems(problems: list[str], ok_message: str) -> int:
    """Print regressions to stderr (exit code 1) or *ok_message* (exit code 0)."""
    for problem in problems:
        print(f"REGRESSION: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(ok_message)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="ER quality on the bundled corpus vs the gold set")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    ap.add_argument("--check", action="store_true",
                    help=f"exit 1 if a gated F1 is below {BASELINE.name} minus the tolerance")
    ap.add_argument("--write-baseline", action="store_true",
                    help=f"write the gated figures to {BASELINE.name}")
    ap.add_argument("--quiet", action="store_true", help="no report, only the check")
    args = ap.parse_args(argv)

    gold = load_gold(args.gold)
    statements = _parse()
    figures = evaluate(statements, gold)
    loo = leave_one_out(statements, gold)
    figures["leave_one_document_out"] = loo
    if not args.quiet:
        _print(figures, loo)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    if args.write_baseline:
        # only the corpus figures change; the scale section and tolerance are kept
        base = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
        base.update({k: round(figures[k], 4) for k in GATED})
        base.setdefault("tolerance", TOLERANCE)
        base["leave_one_document_out_min_pairwise_f1"] = round(
            min(v["pairwise_f1"] for v in loo.values()), 4
        )
        BASELINE.write_text(json.dumps(base, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
    if args.check:
        base = json.loads(BASELINE.read_text(encoding="utf-8"))
        return report_problems(check(figures, base), "quality check passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
