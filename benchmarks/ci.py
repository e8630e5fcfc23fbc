"""CI gate: quality on the corpus, signatory extraction on the dev set, and the engine at
10 k synthetic names, against ``baseline.json``. Exits non-zero on a regression.

    python benchmarks/ci.py            # gate
    python benchmarks/ci.py --update   # rewrite baseline.json from this run (review the diff)

Gates (tolerances live in baseline.json):
- corpus pairwise F1 and B-cubed F1 not below baseline - tolerance;
- extraction (``extraction.py``): micro/macro recall and precision and the exact-name
  rate not below baseline - tolerance; no more persons taken for organisations; every
  document of every labelled extraction set (``gold/extraction*``) parses without a crash;
- 10 k synthetic pairwise F1 and pairs completeness not below baseline - tolerance;
- speed at 10 k: the engine and a fixed CPU reference workload (``references``) run in
  turn, best of ``SPEED_REPEATS`` each, in process CPU time (all threads); best engine
  time / best reference time must stay at most ``TIME_RATIO_SLACK`` (1.5) x the baseline
  ratio, so a 2x slowdown fails. Never an absolute time;
- memory at 10 k, in a child process: the peak of what the engine allocates
  (``tracemalloc``, which counts numpy buffers and Python objects) at most
  ``MEMORY_SLACK`` (1.3) x the baseline; the child's ``ru_maxrss`` is reported, not gated
  (most of it is the interpreter and imported libraries);
- hard cases (``hard_cases.py``): every labelled pair of the generic hard cases and of
  the corpus's ``gold/hard_pairs.csv`` judged as in the baseline (no new wrong verdict);
- hostile inputs (``hostile.py``): parsing time grows linearly with the input (growth
  exponent between n and 4n at most ``hostile.EXPONENT_BOUND``); measured in this run;
- load (``load.py --ci``): parsing 4 MB of text, 2 MB of nested HTML, a 1 MB line and a
  20,000-item list takes at most ``load.RATIO_BOUND`` (2.5) times as long as half of each
  (CPU time, best of ``LOAD_REPEATS`` (5), the two sizes in turn); measured in this run;
- renditions (``renditions.py``): every labelled Markdown document read as Markdown and
  as a whole HTML page; the HTML rendition's micro recall and precision at most
  ``renditions.TOLERANCE`` below the Markdown one's, measured in this run;
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
import resource
import subprocess
import sys
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import extraction  # noqa: E402
import fuzz  # noqa: E402
import hard_cases  # noqa: E402
import hostile  # noqa: E402
import load  # noqa: E402
import quality  # noqa: E402
import references  # noqa: E402
import renditions  # noqa: E402
import ror  # noqa: E402
import scale  # noqa: E402
import synthetic  # noqa: E402
from gold_set import load_gold  # noqa: E402

BASELINE = HERE / "baseline.json"
SCALE_SIZE = 10_000
#: bound = baseline ratio x this; below 2 so that a 2x slowdown fails. Measured on
#: 2026-12-01 with other engineers' jobs on the two cores (load average 3-4.5): eight runs
#: of the CPU-time ratio spread 1.18-1.38 (max/min 1.17), a 2x slowdown gave 2.75; the
#: same runs in wall-clock time spread 0.97-1.86 (max/min 1.91), unusable for a 2x gate.
TIME_RATIO_SLACK = 1.5
SPEED_REPEATS = 5
#: Best of this many parses a size in the load gate: the doubling ratio of two CPU times
#: of a few seconds each moved up to 2.55 with two repeats and 3.09 with three (the html
#: shape, 1.03-2.93 across runs of the same code); five kept it within 1.63-1.90.
LOAD_REPEATS = 5
#: tracemalloc's peak is deterministic here (28.6075-28.6082 MiB over six runs), so the
#: slack only leaves room for small intended changes; 2x the memory fails.
MEMORY_SLACK = 1.3
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


def speed(size: int = SCALE_SIZE, repeats: int = SPEED_REPEATS,
          slowdown: int = 1) -> dict[str, float]:
    """Best engine time on *size* synthetic names against the best time of the CPU
    reference, run in turn. *slowdown* runs the engine that many times per timing (the
    fault-injection test's stand-in for a slower engine)."""
    from sochi_er.linkage import link_names

    data = synthetic.generate(size, 0)
    link_names(data.names[:500], data.groups[:500])  # imports and caches, not timed

    def work() -> None:
        for _ in range(slowdown):
            link_names(data.names, data.groups)

    engine, reference = references.best_of_interleaved(work, repeats)
    return {"engine_cpu_seconds": engine, "cpu_reference_cpu_seconds": reference,
            "time_ratio": engine / reference}


def memory_here(size: int = SCALE_SIZE) -> dict[str, float]:
    """In this process: the engine's tracemalloc peak (MiB) on *size* synthetic names
    after a warm-up run, and this process's ``ru_maxrss`` (MiB)."""
    from sochi_er.linkage import link_names

    data = synthetic.generate(size, 0)
    link_names(data.names, data.groups)
    tracemalloc.start()
    try:
        link_names(data.names, data.groups)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"traced_peak_mib": peak / 2**20,
            "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}


def memory(size: int = SCALE_SIZE) -> dict[str, float]:
    """:func:`memory_here` in a child process, so nothing else this run did counts."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--memory-child", str(size)],
        capture_output=True, text=True, check=True, timeout=600,
    )
    got: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return got


def measure() -> dict[str, Any]:
    gold = load_gold(quality.GOLD)
    statements = quality._parse()
    q = quality.evaluate(statements, gold, explain=False)
    s = scale.run_one(SCALE_SIZE, seed=0, reference_max=0, splink=False, splink_max=0,
                      breakdown_max=0)
    e = extraction.run()["summary"]
    # every labelled set parses without a crash (its figures are in docs/benchmarks.md)
    sets = sorted(extraction.GOLD.parent.glob("extraction*"))
    failed = {path.name: extraction.run(path)["summary"]["failed_documents"] for path in sets}
    r = ror_slice()
    fast = speed()
    mem = memory()
    hard = hard_cases.run(hard_cases.load())
    return {
        "hard_cases": {"generic": hard, "corpus": q["hard_pairs"]},
        "ror_slice": r,
        **{key: q[key] for key in quality.GATED},
        "extraction": {
            **{key: e[key] for key in extraction.GATED},
            "persons_as_organisations": e["persons_as_organisations"],
        },
        "extraction_failures": {name: docs for name, docs in failed.items() if docs},
        "renditions": renditions.run()["summary"],
        "hostile": {shape: got["exponent"] for shape, got in hostile.run().items()},
        "load": {
            shape: got["ratio"]
            for shape, got in load.run(ci=True, repeat=LOAD_REPEATS).items()
        },
        "fuzz": {
            name: {"inputs": got.inputs, "rebuilt": got.rebuilt, "failures": got.failures}
            for name, got in fuzz.run(fuzz.CI_INPUTS).items()
        },
        "scale_10k": {
            "pairwise_f1": s["pairwise_f1"],
            "pairs_completeness": s["pairs_completeness"],
            **fast,
            **mem,
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
        f"extraction set {name}: {document} failed to parse"
        for name, documents in now.get("extraction_failures", {}).items()
        for document in documents
    ]
    if "renditions" in now:  # the same statements as Markdown and as whole HTML pages
        problems += renditions.check({"summary": now["renditions"]})
    problems += [
        f"fuzz {name}: {failure}"
        for name, got in now.get("fuzz", {}).items()
        for failure in got["failures"]
    ]
    problems += speed_check(s, b)
    problems += memory_check(s, b)
    problems += hard_cases.check(now["hard_cases"]["generic"], base,
                                 now["hard_cases"]["corpus"])
    if now.get("ror_slice") is None:
        print("ROR slice skipped: the shared dev split is not there", file=sys.stderr)
    elif "ror_slice" in base:
        for key, value in now["ror_slice"].items():
            if value < base["ror_slice"][key] - tol:
                problems.append(f"ROR slice {key} {value:.4f} < {base['ror_slice'][key]:.4f}"
                                f" - {tol}")
    return problems


def _bound_check(now: dict[str, float], base: dict[str, float], key: str, slack: float,
                 what: str) -> list[str]:
    bound = base[key] * slack
    if now[key] > bound:
        return [f"10k {what} {now[key]:.3f} > bound {bound:.3f} ({slack} x baseline "
                f"{base[key]:.3f})"]
    return []


def speed_check(now: dict[str, float], base: dict[str, float]) -> list[str]:
    """The speed gate: time ratio at most ``TIME_RATIO_SLACK`` x the baseline ratio."""
    return _bound_check(now, base, "time_ratio", TIME_RATIO_SLACK,
                        "engine/cpu-reference CPU-time ratio")


def memory_check(now: dict[str, float], base: dict[str, float]) -> list[str]:
    """The memory gate: traced peak at most ``MEMORY_SLACK`` x the baseline."""
    return _bound_check(now, base, "traced_peak_mib", MEMORY_SLACK,
                        "engine traced peak (MiB)")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--update", action="store_true", help="rewrite baseline.json")
    ap.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.memory_child:
        print(json.dumps(memory_here(args.memory_child)))
        return 0
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
                "time_ratio": round(now["scale_10k"]["time_ratio"], 3),
                "traced_peak_mib": round(now["scale_10k"]["traced_peak_mib"], 1),
            },
            "hard_cases": hard_cases.baseline(now["hard_cases"]["generic"],
                                              now["hard_cases"]["corpus"]),
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
