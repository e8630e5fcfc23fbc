"""CI gate: quality on the corpus, signatory extraction on the dev set, and the engine at
10 k synthetic names, against ``baseline.json``. Exits non-zero on a regression.

    python benchmarks/ci.py            # gate
    python benchmarks/ci.py --update   # rewrite baseline.json from this run (review the diff)

Gates (tolerances live in baseline.json):
- corpus pairwise F1 and B-cubed F1 not below baseline - tolerance;
- extraction (``extraction.py``): micro/macro recall and precision and the exact-name
  rate not below baseline - tolerance; no more persons taken for organisations;
- 10 k synthetic pairwise F1 and pairs completeness not below baseline - tolerance;
- 10 k engine time / CPU-reference time not above ``time_ratio_bound`` (a generous
  multiple of the baseline ratio). Never an absolute time;
- hostile inputs (``hostile.py``): parsing time grows linearly with the input (growth
  exponent between n and 4n at most ``hostile.EXPONENT_BOUND``); measured in this run;
- load (``load.py --ci``): parsing 4 MB of text, 2 MB of nested HTML, a 1 MB line and a
  20,000-item list takes at most ``load.RATIO_BOUND`` (2.5) times as long as half of each
  (CPU time, best of two); measured in this run;
- fuzz (``fuzz.py``): every installed parser given ``fuzz.CI_INPUTS`` (2,000) mutated
  inputs (containers rebuilt around mutated text for DOCX and PDF) answers each with
  Statements or a typed error, keeping the contract;
- a ROR slice (``ror.py``: 3,000 organisations of the tuning half, seeded): pairwise P/R
  on unambiguous strings and recall of acronyms, Latin-script and Arabic-script labels not
  below baseline - tolerance. Skipped with a message where the shared data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import extraction  # noqa: E402
import fuzz  # noqa: E402
import hostile  # noqa: E402
import load  # noqa: E402
import quality  # noqa: E402
import ror  # noqa: E402
import scale  # noqa: E402

from sochi_er.evaluation import load_gold  # noqa: E402

BASELINE = HERE / "baseline.json"
SCALE_SIZE = 10_000
TIME_RATIO_SLACK = 4.0  # bound = baseline ratio x this
ROR_SLICE_ORGS = 3_000
ROR_GATED = (
    "unambiguous_precision", "unambiguous_recall", "recall_acronym", "recall_label_latin",
    "recall_label_arabic",
)


def ror_slice() -> dict[str, float] | None:
    """The ROR gate's figures, or None when the dev split is not there."""
    path = ror.default_data()
    if not path.exists():
        return None
    rows = ror.sample(ror.split(ror.load(path))["tune"], ROR_SLICE_ORGS, ror.SEED)
    got = ror.run_half(rows, False, ror.LinkageConfig())
    return {key: float(got[key] or 0.0) for key in ROR_GATED}


def measure() -> dict[str, Any]:
    gold = load_gold(quality.GOLD)
    statements = quality._parse()
    q = quality.evaluate(statements, gold, explain=False)
    s = scale.run_one(SCALE_SIZE, seed=0, reference_max=0, splink=False, splink_max=0,
                      breakdown_max=0)
    e = extraction.run()["summary"]
    r = ror_slice()
    return {
        "ror_slice": r,
        **{key: q[key] for key in quality.GATED},
        "extraction": {
            **{key: e[key] for key in extraction.GATED},
            "persons_as_organisations": e["persons_as_organisations"],
        },
        "hostile": {shape: got["exponent"] for shape, got in hostile.run().items()},
        "load": {shape: got["ratio"] for shape, got in load.run(ci=True, repeat=2).items()},
        "fuzz": {
            name: {"inputs": got.inputs, "rebuilt": got.rebuilt, "failures": got.failures}
            for name, got in fuzz.run(fuzz.CI_INPUTS).items()
        },
        "scale_10k": {
            "pairwise_f1": s["pairwise_f1"],
            "pairs_completeness": s["pairs_completeness"],
            "time_ratio": s["time_ratio"],
            "engine_seconds": s["engine_seconds"],
            "cpu_reference_seconds": s["cpu_reference_seconds"],
        },
    }


def gate(now: dict[str, Any], base: dict[str, Any]) -> list[str]:
    """Regressions of *now* against *base* (empty list: none)."""
    tol = float(base["tolerance"])
    problems = quality.check(now, base)
    if "extraction" in base:
        problems += extraction.check(now["extraction"], base)
    s, b = now["scale_10k"], base["scale_10k"]
    for key in ("pairwise_f1", "pairs_completeness"):
        if s[key] < b[key] - tol:
            problems.append(f"10k {key} {s[key]:.4f} < {b[key]:.4f} - {tol}")
    problems += [
        f"hostile input {shape}: growth exponent {exponent:.2f} > {hostile.EXPONENT_BOUND}"
        for shape, exponent in now.get("hostile", {}).items()
        if exponent > hostile.EXPONENT_BOUND
    ]
    problems += [
        f"load {shape}: doubling ratio {ratio:.2f} > {load.RATIO_BOUND}"
        for shape, ratio in now.get("load", {}).items()
        if ratio > load.RATIO_BOUND
    ]
    problems += [
        f"fuzz {name}: {failure}"
        for name, got in now.get("fuzz", {}).items()
        for failure in got["failures"]
    ]
    if s["time_ratio"] > b["time_ratio_bound"]:
        problems.append(f"10k engine/cpu-reference time ratio {s['time_ratio']:.2f} > "
                        f"bound {b['time_ratio_bound']:.2f}")
    if now.get("ror_slice") is None:
        print("ROR slice skipped: the shared dev split is not there", file=sys.stderr)
    elif "ror_slice" in base:
        for key, value in now["ror_slice"].items():
            if value < base["ror_slice"][key] - tol:
                problems.append(f"ROR slice {key} {value:.4f} < {base['ror_slice'][key]:.4f}"
                                f" - {tol}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--update", action="store_true", help="rewrite baseline.json")
    args = ap.parse_args(argv)
    now = measure()
    print(json.dumps(now, indent=2))
    if args.update:
        old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
        base = {
            "tolerance": old.get("tolerance", quality.TOLERANCE),
            **{key: round(now[key], 4) for key in quality.GATED},
            "extraction": now["extraction"],
            "scale_10k": {
                "pairwise_f1": round(now["scale_10k"]["pairwise_f1"], 4),
                "pairs_completeness": round(now["scale_10k"]["pairs_completeness"], 4),
                "time_ratio": round(now["scale_10k"]["time_ratio"], 2),
                "time_ratio_bound": round(now["scale_10k"]["time_ratio"] * TIME_RATIO_SLACK, 2),
            },
        }
        if now["ror_slice"] is not None:
            base["ror_slice"] = {k: round(v, 4) for k, v in now["ror_slice"].items()}
        elif "ror_slice" in old:
            base["ror_slice"] = old["ror_slice"]
        for key in ("leave_one_document_out_min_pairwise_f1",):
            if key in old:
                base[key] = old[key]
        BASELINE.write_text(json.dumps(base, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
        return 0
    problems = gate(now, json.loads(BASELINE.read_text(encoding="utf-8")))
    return quality.report_problems(problems, "benchmarks gate passed")


if __name__ == "__main__":
    raise SystemExit(main())
