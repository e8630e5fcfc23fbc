"""Hard cases that are not corpus names: invented signatory lists and labelled pairs.

    python benchmarks/hard_cases.py            # every pair's verdict
    python benchmarks/hard_cases.py --explain  # with the engine's explanation of wrong ones

``gold/hard_cases/lists.csv`` holds a few signatory lists of invented organisations
(``list,name,country``; a row with an empty list is a name seen outside any list), so that
word frequencies, name patterns and how many lists attest a form are there as in real
data. ``gold/hard_cases/pairs.csv`` labels pairs of those names ``same`` or
``different`` (``name_a,country_a,name_b,country_b,label,by,found_by,guards,notes``);
``guards`` names the feature, blocking pass or constraint the pair is there for (the
fault-injection test, ``tests/test_faults.py``, shows that removing any one of them turns
at least one verdict wrong).

A pair is judged on the first mention written each way (name and country):

- always: are the two in one cluster, as labelled?
- ``by`` = ``score``: also the pair's own match score, on the labelled side of the
  threshold. Some features are backed by a constraint (different numbers or countries
  can never share a cluster), so only the score shows whether the feature still works;
- ``found_by`` = a blocking pass: that pass must make the pair a candidate. The passes
  overlap (on the corpus and on 10 k synthetic names no single pass removed moves pairs
  completeness by more than 0.003), so only a direct check shows one broken.

The gate (:func:`check`) fails on any wrong verdict the baseline does not list, here and
among the corpus's ``gold/hard_pairs.csv`` verdicts that ``quality.py`` makes. Pairs whose
notes start with "KNOWN WRONG" are weaknesses of the engine, kept so that a fix shows.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CASES = HERE / "gold" / "hard_cases"

from sochi_er.linkage import LinkageConfig, link_names  # noqa: E402

__all__ = ["HardCases", "baseline", "check", "load", "run"]


@dataclass(frozen=True)
class HardCases:
    """The names of the invented lists and the labelled pairs."""

    names: tuple[str, ...]
    groups: tuple[str | None, ...]
    countries: tuple[str | None, ...]
    pairs: tuple[dict[str, str], ...]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if any(v.strip() for v in row.values())]


def load(root: Path = CASES) -> HardCases:
    """Read ``lists.csv`` and ``pairs.csv`` under *root*; every name of a pair must occur
    in the lists (``ValueError`` otherwise)."""
    rows = _read(root / "lists.csv")
    names = tuple(r["name"].strip() for r in rows)
    groups = tuple(r["list"].strip() or None for r in rows)
    countries = tuple(r.get("country", "").strip() or None for r in rows)
    known = set(zip(names, countries, strict=True))
    pairs = tuple(_read(root / "pairs.csv"))
    for p in pairs:
        for side in ("a", "b"):
            key = (p[f"name_{side}"].strip(), p[f"country_{side}"].strip() or None)
            if key not in known:
                raise ValueError(f"pairs.csv: {key} is not in lists.csv")
        if p["label"] not in ("same", "different"):
            raise ValueError(f"pairs.csv: label {p['label']!r} is neither same nor different")
    return HardCases(names, groups, countries, pairs)


def pair_key(p: dict[str, Any]) -> str:
    """A pair's identity in reports and in the baseline."""
    a = p.get("name_a", p.get("a"))
    b = p.get("name_b", p.get("b"))
    ca, cb = p.get("country_a") or "", p.get("country_b") or ""
    return f"{a}{f' [{ca}]' if ca else ''} | {b}{f' [{cb}]' if cb else ''}"


def run(cases: HardCases, config: LinkageConfig | None = None) -> list[dict[str, Any]]:
    """Link every name of the lists once and judge each labelled pair."""
    linkage = link_names(cases.names, cases.groups, config, countries=cases.countries)
    first: dict[tuple[str, str | None], int] = {}
    for i, key in enumerate(zip(cases.names, cases.countries, strict=True)):
        first.setdefault(key, i)
    out = []
    for p in cases.pairs:
        i = first[(p["name_a"].strip(), p["country_a"].strip() or None)]
        j = first[(p["name_b"].strip(), p["country_b"].strip() or None)]
        same = bool(linkage.labels[i] == linkage.labels[j])
        gold = p["label"] == "same"
        detail = linkage.detail(i, j)
        why = [] if same == gold else [f"judged {'same' if same else 'different'}"]
        if p.get("by", "").strip() == "score" and detail.accepted != gold:
            why.append(f"scored {detail.score if detail.score is not None else 'n/a'}")
        needed = p.get("found_by", "").strip()
        if needed and needed not in detail.passes:
            why.append(f"not a candidate of {needed} (passes: {', '.join(detail.passes)})")
        out.append({"key": pair_key(p) + (f" <{needed}>" if needed else ""), "gold_same": gold,
                    "predicted_same": same, "score": detail.score, "passes": detail.passes,
                    "ok": not why, "why": "; ".join(why),
                    "guards": p.get("guards", ""), "i": i, "j": j})
    return out


def _corpus_key(h: dict[str, Any]) -> str:
    return f"{h['a']} | {h['b']}"


def baseline(generic: list[dict[str, Any]],
             corpus: list[dict[str, Any]] | None = None) -> dict[str, list[str]]:
    """The baseline entry: the wrong verdicts of this run, which the gate tolerates."""
    return {
        "generic_wrong": sorted(h["key"] for h in generic if not h["ok"]),
        "corpus_wrong": sorted(_corpus_key(h) for h in corpus or [] if h["ok"] is False),
    }


def check(generic: list[dict[str, Any]], base: dict[str, Any],
          corpus: list[dict[str, Any]] | None = None) -> list[str]:
    """Wrong verdicts the baseline does not list (empty: the gate passes). *corpus*: the
    ``hard_pairs`` verdicts of ``quality.evaluate``."""
    known = base.get("hard_cases", {})
    problems = [
        f"hard case {h['key']}: {h['why']}, gold {'same' if h['gold_same'] else 'different'}"
        f" (guards {h['guards']})"
        for h in generic
        if not h["ok"] and h["key"] not in set(known.get("generic_wrong", []))
    ]
    problems += [
        f"corpus hard pair {_corpus_key(h)}: judged "
        f"{'same' if h['predicted_same'] else 'different'}"
        for h in corpus or []
        if h["ok"] is False and _corpus_key(h) not in set(known.get("corpus_wrong", []))
    ]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--explain", action="store_true")
    args = ap.parse_args(argv)
    cases = load()
    got = run(cases)
    for h in got:
        mark = "ok   " if h["ok"] else "WRONG"
        score = "  -  " if h["score"] is None else f"{h['score']:.3f}"
        print(f"{mark} {score} {'same' if h['gold_same'] else 'diff'}  {h['key']}  ({h['guards']})"
              f"{'  ' + h['why'] if h['why'] else ''}")
    if args.explain:
        linkage = link_names(cases.names, cases.groups, countries=cases.countries)
        for h in got:
            if not h["ok"]:
                print(f"\n{h['key']}:\n{linkage.detail(h['i'], h['j'])}")
    wrong = sum(1 for h in got if not h["ok"])
    print(f"{len(got) - wrong} of {len(got)} pairs right", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
