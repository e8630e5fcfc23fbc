"""Real lists benchmark: the linkage engine on real signatory lists it was never tuned on.

    python benchmarks/real_lists.py                # report
    python benchmarks/real_lists.py --json OUT     # also write the figures
    python benchmarks/real_lists.py --errors 20    # show the worst wrong and missed merges

``gold/real_lists/mentions.csv`` holds the organisations of real public statements on
Syria and the region (taken from the labelled extraction sets, never from the corpus or
the dev set), one row a mention (``list_id,document,ordinal,name,entity_id``), each
labelled by reading with the organisation it names (see its README). The engine links
the names with :func:`sochi_er.link_table`, each statement's list as a group (two names
of one list are two organisations), and again without the lists, the way a user with a
bare column of names would; pairwise and B-cubed precision, recall and F1 are printed
for both, with the number of true pairs across lists.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sochi_er import link_table
from sochi_er.evaluation import bcubed, merge_errors, pair_counts

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "gold" / "real_lists" / "mentions.csv"
COLUMNS = ("list_id", "document", "ordinal", "name", "entity_id")


def load(path: Path) -> list[dict[str, str]]:
    """The labelled mentions of *path*; a missing column or an empty name or entity id
    is a ``ValueError`` naming the file and the row."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise ValueError(f"{path}: no column {', '.join(missing)}")
        rows = list(reader)
    for n, row in enumerate(rows, 2):
        if not row["name"].strip() or not row["entity_id"].strip():
            raise ValueError(f"{path}:{n}: empty name or entity_id")
    return rows


def evaluate(rows: Sequence[dict[str, str]], with_lists: bool) -> dict[str, Any]:
    """Link *rows* (with or without their lists as groups) and score the clusters."""
    started = time.perf_counter()
    table = link_table(
        [{"id": str(k), "name": r["name"], "list": r["list_id"]} for k, r in enumerate(rows)],
        "name",
        group_column="list" if with_lists else None,
        id_column="id",
    )
    seconds = time.perf_counter() - started
    gold = {str(k): r["entity_id"] for k, r in enumerate(rows)}
    predicted = {
        str(k): org if org is not None else f"none-{k}"
        for k, org in enumerate(table.organisation_ids)
    }
    pairs = pair_counts(gold, predicted)
    b3 = bcubed(gold, predicted)
    errors = merge_errors(gold, predicted)
    return {
        "pairwise_precision": pairs.precision,
        "pairwise_recall": pairs.recall,
        "pairwise_f1": pairs.f1,
        "bcubed_precision": b3.precision,
        "bcubed_recall": b3.recall,
        "bcubed_f1": b3.f1,
        "true_pairs": pairs.actual,
        "predicted_pairs": pairs.predicted,
        "organisations_found": len(set(predicted.values())),
        "seconds": seconds,
        "_errors": errors,
    }


def summary(rows: Sequence[dict[str, str]]) -> dict[str, int]:
    """Counts of the set: lists, mentions, entities, entities named in two lists or more,
    and true pairs whose two mentions stand in different lists."""
    lists_of: dict[str, set[str]] = {}
    for r in rows:
        lists_of.setdefault(r["entity_id"], set()).add(r["list_id"])
    across = 0
    by_entity: dict[str, list[str]] = {}
    for r in rows:
        by_entity.setdefault(r["entity_id"], []).append(r["list_id"])
    for members in by_entity.values():
        for i, a in enumerate(members):
            across += sum(b != a for b in members[i + 1 :])
    return {
        "lists": len({r["list_id"] for r in rows}),
        "mentions": len(rows),
        "entities": len(lists_of),
        "entities_in_two_lists": sum(len(v) >= 2 for v in lists_of.values()),
        "true_pairs_across_lists": across,
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="mentions.csv")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--errors", type=int, default=8, help="wrong and missed merges shown")
    args = ap.parse_args(argv)
    rows = load(args.data)
    counts = summary(rows)
    print("== real lists:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    results: dict[str, Any] = {"set": counts}
    print(f"{'':28s}{'P':>8s}{'R':>8s}{'F1':>8s}{'B3 P':>8s}{'B3 R':>8s}{'B3 F1':>8s}  orgs")
    for label, with_lists in (("with lists (groups)", True), ("names only", False)):
        figures = evaluate(rows, with_lists)
        errors = figures.pop("_errors")
        results[label] = figures
        print(
            f"{label:28s}{figures['pairwise_precision']:8.3f}{figures['pairwise_recall']:8.3f}"
            f"{figures['pairwise_f1']:8.3f}{figures['bcubed_precision']:8.3f}"
            f"{figures['bcubed_recall']:8.3f}{figures['bcubed_f1']:8.3f}"
            f"  {figures['organisations_found']}"
        )
        if with_lists and args.errors:
            names = {str(k): r["name"] for k, r in enumerate(rows)}
            for kind, found in (("wrong merge", errors.wrong), ("missed merge", errors.missed)):
                for err in found[: args.errors]:
                    print(f"    {kind} ({err.pairs} pairs): {names[str(err.a)]!r} / "
                          f"{names[str(err.b)]!r}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
