"""Registry benchmark: adding one new list to a large registry against resolving
everything from scratch.

    python benchmarks/registry_scale.py [--mentions 100000] [--new 150] [--seed 0] [--check]

Seeded synthetic signatory lists (``synthetic.py``) of ``--new`` names each fill a
registry with about ``--mentions`` mentions in one ``add``; then one more list is added
and timed, and ``resolve`` of every statement (old and new) is timed for comparison.
Also reported: how the new mentions were linked against the synthetic truth (a join is
right when the organisation joined holds earlier mentions of the same true entity).
``--check`` exits 1 unless the add takes at most a tenth of the time of ``resolve`` on
everything (the issue's target). The time of the engine alone (``link_names`` on every
name, without ``resolve``'s statement grouping, which grows with the square of the
number of statements) is printed too, as the stricter comparison.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

from sochi_er import Role, Source, StatementBuilder, link_names, resolve  # noqa: E402
from sochi_er.registry import ParsedDocument, Registry  # noqa: E402

TARGET_RATIO = 0.1


def _documents(data: synthetic.SyntheticData) -> tuple[list[ParsedDocument], list[int]]:
    """One document per synthetic list, and the true entity of every mention in order."""
    by_group: dict[str, list[int]] = {}
    for i, group in enumerate(data.groups):
        by_group.setdefault(group, []).append(i)
    docs: list[ParsedDocument] = []
    truth: list[int] = []
    for group, rows in by_group.items():
        text = "".join(data.names[i] + "\n" for i in rows)
        source = Source.from_text(f"{group}.txt", text)
        builder = StatementBuilder(source, text)
        offset = 0
        for ordinal, i in enumerate(rows, start=1):
            builder.add(data.names[i], Role.SIGNATORY, offset, ordinal)
            offset += len(data.names[i]) + 1
            truth.append(data.entities[i])
        docs.append(ParsedDocument(source, "synthetic", (builder.build(title=group),)))
    return docs, truth


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--new", type=int, default=150, help="names in the added list")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--check", action="store_true", help="exit 1 above the target ratio")
    args = ap.parse_args(argv)

    data = synthetic.generate(args.mentions + 2 * args.new, args.seed, (args.new, args.new))
    docs, truth = _documents(data)
    docs = docs[:-1]  # the last list holds what was left over: drop it
    old, new = docs[:-1], docs[-1]
    entity = {m.id: truth[k] for k, m in enumerate(
        m for d in docs for s in d.statements for m in s.mentions
    )}
    n_old = sum(len(s.mentions) for d in old for s in d.statements)
    print(f"{n_old} mentions in {len(old)} lists in the registry; adding 1 list of "
          f"{sum(len(s.mentions) for s in new.statements)} names")

    with tempfile.TemporaryDirectory() as tmp, Registry(Path(tmp) / "r.db", create=True) as reg:
        t0 = time.perf_counter()
        reg.add(old)
        fill = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = reg.add([new])
        add = time.perf_counter() - t0
        org_of = {
            r["id"]: r["organisation_id"]
            for r in reg.conn.execute("SELECT id, organisation_id FROM mentions")
        }
    statements = [s for d in docs for s in d.statements]
    t0 = time.perf_counter()
    resolve(statements)
    scratch = time.perf_counter() - t0
    t0 = time.perf_counter()
    link_names(
        [m.name for s in statements for m in s.mentions],
        [s.id for s in statements for _ in s.mentions],
    )
    engine = time.perf_counter() - t0

    old_entities: dict[str, Counter[int]] = {}
    for mid, org in org_of.items():
        if not mid.startswith("m-") or mid not in entity:
            continue
        old_entities.setdefault(org, Counter())
    new_ids = [m.id for s in new.statements for m in s.mentions]
    new_set = set(new_ids)
    for mid, org in org_of.items():
        if mid not in new_set:
            old_entities[org][entity[mid]] += 1
    seen_before = {entity[mid] for mid in org_of if mid not in new_set}
    joined = [mid for mid in new_ids if old_entities[org_of[mid]]]
    right = sum(1 for mid in joined if old_entities[org_of[mid]][entity[mid]] > 0)
    should = [mid for mid in new_ids if entity[mid] in seen_before]
    found = sum(1 for mid in should if old_entities[org_of[mid]][entity[mid]] > 0)

    ratio = add / scratch
    print(f"fill the registry (one add): {fill:.1f} s")
    print(f"add one list: {add:.2f} s ({len(result.seen)} seen before, {len(result.new)} new)")
    print(f"resolve everything from scratch: {scratch:.1f} s (with statement grouping); "
          f"the engine alone (link_names): {engine:.1f} s")
    print(f"add / resolve = {ratio:.3f} (target <= {TARGET_RATIO}); "
          f"add / engine alone = {add / engine:.3f}")
    print(f"joins right: {right}/{len(joined)}; new mentions of known entities joined to "
          f"them: {found}/{len(should)}")
    return 1 if args.check and ratio > TARGET_RATIO else 0


if __name__ == "__main__":
    raise SystemExit(main())
