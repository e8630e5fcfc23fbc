"""How far the synthetic lists are from real ones: variant rates and kinds side by side.

    python benchmarks/calibration.py [--mentions 10000] [--seed 0] [--json OUT]

For each source, every list mention of an organisation mentioned at least twice is
compared with that organisation's usual written form (its most frequent one) and put in
the first kind it fits:

- ``usual``: written exactly as usually;
- ``case``: differs in letter case only;
- ``punctuation``: differs in dashes, quotes, spacing or punctuation only;
- ``normalised``: our normaliser reads both the same (digits for words, UK/US spelling,
  leading "The", place qualifier, bracketed parts);
- ``other``: anything else (typos, acronyms alone, aliases, other scripts, word order).

Sources: the corpus's signatory lists (``gold/mentions.csv``, role ``signatory``: three
real lists, entity ids by hand) and the synthetic generator (``synthetic.py``): the
original one, the profile fitted to the corpus's lists and the held-out profile. The
extraction label sets (``gold/extraction*/labels``) have no entity ids across documents,
so they cannot say how one organisation is written from list to list.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402
from gold_set import read_rows  # noqa: E402

from sochi_er.linkage.normalise import normalise_name  # noqa: E402

KINDS = ("usual", "case", "punctuation", "normalised", "other")


def _letters(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\W_]+", "", s)


def kind_of(name: str, usual: str) -> str:
    """The first of :data:`KINDS` that *name* fits against the *usual* form."""
    if name == usual:
        return "usual"
    if name.casefold() == usual.casefold():
        return "case"
    if _letters(name) == _letters(usual):
        return "punctuation"
    if normalise_name(name).key == normalise_name(usual).key:
        return "normalised"
    return "other"


def rates(mentions: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Shares of :data:`KINDS` over (entity, name) mentions of entities seen twice+."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, name in mentions:
        by_entity[entity].append(name)
    counts: Counter[str] = Counter()
    for names in by_entity.values():
        if len(names) < 2:
            continue
        usual = Counter(names).most_common(1)[0][0]
        counts.update(kind_of(n, usual) for n in names)
    total = sum(counts.values())
    return {"mentions": total, **{k: counts[k] / total if total else 0.0 for k in KINDS}}


def corpus_lists() -> dict[str, Any]:
    rows = read_rows(HERE / "gold" / "mentions.csv")
    return rates((r["entity_id"], r["name"]) for r in rows
                 if r["role"] == "signatory" and r["entity_id"])


def synthetic_lists(size: int, seed: int,
                    profile: synthetic.Profile | None = None) -> dict[str, Any]:
    data = synthetic.generate(size, seed, profile=profile)
    return rates((str(e), n) for e, n in zip(data.entities, data.names, strict=True))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--mentions", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    out = {"corpus_lists": corpus_lists(),
           "synthetic_original": synthetic_lists(args.mentions, args.seed),
           **{f"synthetic_{name}": synthetic_lists(args.mentions, args.seed, profile)
              for name, profile in synthetic.PROFILES.items()}}
    print(f"{'source':28s} {'mentions':>8s} " + " ".join(f"{k:>11s}" for k in KINDS))
    for source, r in out.items():
        print(f"{source:28s} {r['mentions']:8d} " + " ".join(f"{r[k]:11.3f}" for k in KINDS))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
