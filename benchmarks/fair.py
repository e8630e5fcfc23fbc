"""Fair side by side: the engine, Splink and recordlinkage on the same inputs, in one run.

    python benchmarks/fair.py --mentions 10000 --json /tmp/fair-10k.json
    python benchmarks/fair.py --mentions 100000 --json /tmp/fair-100k.json   # minutes

What makes it fair (docs/benchmarks.md has the figures):

- the same inputs: every system gets the distinct written forms of the names, each
  normalised once by our normaliser (``sochi_er.linkage.normalise.normalise_name``:
  Unicode, case, punctuation, digits for words, UK/US spelling, leading "The", place
  qualifiers and bracketed or dash-joined parts split off); a form's cluster is every one
  of its mentions' cluster, and all systems are scored per mention by the same functions;
- configurations an experienced user of each would write, from its own docs:

  - **Splink** (DuckDB): comparisons on the core name (Jaro-Winkler levels), the word
    set (array intersection sizes), initials against a one-word name, the explicit
    acronym, the place qualifier, and the rarest word with term-frequency adjustments;
    fourteen blocking rules, none on a frequent value alone (pairs completeness >= 0.98
    is the target);
    λ from deterministic rules, u by random sampling, m by expectation maximisation in
    sessions blocked on different columns so that every comparison is trained in one
    (``docs``: "Estimating model parameters");
  - **recordlinkage**: sorted neighbourhood on three sort keys (the name, the name
    reversed, the sorted words) plus a block on the rarest word; Jaro-Winkler, 3-gram,
    word-set and initials features; its unsupervised ``ECMClassifier`` on binarised
    features, as its docs show;

- thresholds (and every system's only free parameter) chosen on a development seed,
  reported on a separate test seed;
- one definition of pairs completeness for all (``blocking_quality_forms``: mention pairs
  with one form, or whose forms are a candidate pair);
- the engine with and without the list constraints (which names share a signatory list:
  information the baselines are not given).

Splink's trained m/u parameters and every system's F1 across thresholds on the
development seed are saved in the JSON output.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

from sochi_er.evaluation import bcubed, blocking_quality_forms, pair_counts_arrays  # noqa: E402
from sochi_er.linkage import LinkageConfig, link_names  # noqa: E402
from sochi_er.linkage.normalise import normalise_name  # noqa: E402

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
DEV_SEED, TEST_SEED = 1, 2
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999)


Runner = Callable[["Forms"], "Scored"]


@dataclass
class Forms:
    """The distinct normalised forms of a list of names, as every system receives them."""

    frame: pd.DataFrame  # one row per form: unique_id, name, tokens, ...
    form_of_name: IntArray
    seconds: float


def _rarest(tokens: Sequence[str], df: dict[str, int]) -> tuple[str, str]:
    ranked = sorted(tokens, key=lambda t: (df.get(t, 0), t))
    return (ranked[0] if ranked else "", ranked[1] if len(ranked) > 1 else "")


def distinct_forms(names: Sequence[str]) -> Forms:
    """Normalise each name once with our normaliser and keep the distinct forms."""
    t = time.perf_counter()
    index: dict[str, int] = {}
    rows: list[Any] = []
    form_of = np.empty(len(names), np.int64)
    cache: dict[str, int] = {}
    for i, raw in enumerate(names):
        k = cache.get(raw)
        if k is None:
            f = normalise_name(raw)
            k = index.get(f.key)
            if k is None:
                k = index[f.key] = len(rows)
                rows.append(f)
            cache[raw] = k
        form_of[i] = k
    df: dict[str, int] = {}
    for f in rows:
        for tok in set(f.tokens):
            df[tok] = df.get(tok, 0) + 1
    rare = [_rarest(f.tokens, df) for f in rows]
    frame = pd.DataFrame({
        "unique_id": np.arange(len(rows), dtype=np.int64),
        "name": [f.core for f in rows],
        "tokens": [sorted(set(f.tokens)) for f in rows],
        "sorted_key": [" ".join(sorted(f.tokens)) for f in rows],
        "reversed_name": [f.core[::-1] for f in rows],
        "first_token": [f.tokens[0] if f.tokens else "" for f in rows],
        "first_letter": [f.core[:1] for f in rows],
        "last_token": [f.tokens[-1] if f.tokens else "" for f in rows],
        "initials": [f.initials or None for f in rows],
        "acronym": [f.acronym for f in rows],
        "place": [f.place for f in rows],
        "rarest_token": [r[0] for r in rare],
        "second_rarest_token": [r[1] or None for r in rare],
    })
    return Forms(frame, form_of, time.perf_counter() - t)


def _components(n: int, left: IntArray, right: IntArray) -> IntArray:
    graph = coo_matrix((np.ones(left.size, dtype=np.int8), (left, right)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return np.asarray(labels, dtype=np.int64)


@dataclass
class Scored:
    """One system's candidate form pairs with a match probability each."""

    left: IntArray
    right: IntArray
    probability: FloatArray
    timings: dict[str, float] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


def _scores(gold: IntArray, labels: IntArray) -> dict[str, float]:
    pc = pair_counts_arrays(gold, labels)
    b3 = bcubed(dict(enumerate(gold.tolist())), dict(enumerate(labels.tolist())))
    return {"pairwise_precision": pc.precision, "pairwise_recall": pc.recall,
            "pairwise_f1": pc.f1, "bcubed_f1": b3.f1}


def _at(forms: Forms, run: Scored, threshold: float) -> IntArray:
    keep = run.probability >= threshold
    labels = _components(len(forms.frame), run.left[keep], run.right[keep])
    out: IntArray = labels[forms.form_of_name]
    return out


def sweep(forms: Forms, run: Scored, gold: IntArray) -> dict[str, float]:
    """Pairwise F1 at each threshold of :data:`THRESHOLDS` (clusters: connected
    components of the pairs at or above it, as Splink's
    ``cluster_pairwise_predictions_at_threshold`` and recordlinkage's docs do)."""
    return {str(t): pair_counts_arrays(gold, _at(forms, run, t)).f1 for t in THRESHOLDS}


# ----------------------------------------------------------------------------- Splink


def _splink_settings() -> tuple[Any, list[Any], list[Any]]:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    initials = cl.CustomComparison(
        comparison_description="acronym = initials",
        comparison_levels=[
            cll.CustomLevel("initials_l IS NULL AND initials_r IS NULL").configure(
                is_null_level=True),
            cll.CustomLevel(
                "name_l = initials_r OR name_r = initials_l",
                label_for_charts="one is the other's initials",
            ),
            cll.ElseLevel(),
        ],
    )
    acronym = cl.CustomComparison(
        comparison_description="explicit acronym",
        comparison_levels=[
            cll.CustomLevel("acronym_l IS NULL AND acronym_r IS NULL").configure(
                is_null_level=True),
            cll.CustomLevel("acronym_l = acronym_r", label_for_charts="same acronym"),
            cll.CustomLevel(
                "acronym_l = initials_r OR acronym_r = initials_l",
                label_for_charts="acronym = the other's initials",
            ),
            cll.CustomLevel(
                "acronym_l IS NOT NULL AND acronym_r IS NOT NULL",
                label_for_charts="different acronyms",
            ),
            cll.ElseLevel(),
        ],
    )
    comparisons = [
        cl.JaroWinklerAtThresholds("name", [0.97, 0.92, 0.85]),
        cl.ArrayIntersectAtSizes("tokens", [4, 3, 2, 1]),
        initials,
        acronym,
        cl.ExactMatch("place"),
        cl.ExactMatch("rarest_token").configure(term_frequency_adjustments=True),
    ]
    # no rule on a frequent value alone: "local council of ..." shares its first words
    # and its second rarest word with thousands of names (a block on the first 8 letters
    # made 10x the pairs at 100 k and Splink's predict took 9 minutes)
    blocking = [
        block_on("rarest_token"),
        block_on("second_rarest_token", "substr(rarest_token, 1, 2)"),
        block_on("second_rarest_token", "substr(reversed_name, 1, 2)"),
        block_on("sorted_key"),
        block_on("first_token", "last_token"),
        block_on("first_token", "substr(last_token, 1, 3)"),
        block_on("substr(first_token, 1, 3)", "last_token"),
        block_on("substr(reversed_name, 1, 8)"),
        # a typo makes its word the rarest: the other's rarest word is its second rarest
        "l.rarest_token = r.second_rarest_token",
        "l.second_rarest_token = r.rarest_token",
        "l.name = r.initials",
        "l.initials = r.name",
        "l.acronym = r.initials",
        "l.initials = r.acronym",
    ]
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=blocking,
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )
    # EM sessions: each comparison is trained in at least one (a session cannot train
    # the comparisons on its blocking columns); "first_letter" is its own column so that
    # the name, initials and acronym comparisons are trained in that session
    em_blocks = [block_on("first_letter"), block_on("rarest_token")]
    return settings, blocking, em_blocks


def _splink_predict(linker: Any, timings: dict[str, float], model_note: str) -> Scored:
    t = time.perf_counter()
    pred = linker.inference.predict().as_pandas_dataframe()
    timings["score"] = time.perf_counter() - t
    return Scored(
        pred["unique_id_l"].to_numpy(np.int64), pred["unique_id_r"].to_numpy(np.int64),
        pred["match_probability"].to_numpy(np.float64), timings,
        {"model": _m_u(linker.misc.save_model_to_json()), "training": model_note},
    )


def _splink_linker(frame: pd.DataFrame, settings: Any) -> Any:
    from splink import DuckDBAPI, Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    return Linker(DuckDBAPI().register(frame), settings)


def _splink_prior_and_u(linker: Any, seed: int) -> None:
    from splink import block_on

    linker.training.estimate_probability_two_random_records_match(
        [block_on("sorted_key"), "l.name = r.initials"], recall=0.6
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7, seed=seed)


def splink_run(forms: Forms, seed: int = 1) -> Scored:
    """Splink (DuckDB), unsupervised as its docs advise: λ from deterministic rules, u by
    random sampling, m by EM sessions; every blocked pair with its match probability (no
    threshold: the caller chooses it)."""
    timings: dict[str, float] = {}
    t = time.perf_counter()
    settings, _blocking, em_blocks = _splink_settings()
    linker = _splink_linker(forms.frame, settings)
    _splink_prior_and_u(linker, seed)
    for rule in em_blocks:  # a sample of 5 M pairs per session, as the docs allow
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True, max_pairs=5e6
        )
    timings["train"] = time.perf_counter() - t
    return _splink_predict(linker, timings, "EM on this data")


def splink_trained_on(dev: Forms, dev_gold: IntArray, seed: int = 1) -> Runner:
    """Splink with m estimated from the development seed's labels
    (``estimate_m_from_label_column``, the docs' way when labels exist), λ and u as
    unsupervised; the trained model is then applied unchanged to other data."""
    t = time.perf_counter()
    frame = dev.frame.copy()
    # a form's label: the entity most of its mentions belong to
    pairs = pd.DataFrame({"form": dev.form_of_name, "gold": dev_gold})
    frame["cluster"] = pairs.groupby("form")["gold"].agg(lambda g: g.value_counts().index[0])
    settings, _blocking, _em = _splink_settings()
    linker = _splink_linker(frame, settings)
    _splink_prior_and_u(linker, seed)
    linker.training.estimate_m_from_label_column("cluster")
    model = linker.misc.save_model_to_json()
    train_seconds = time.perf_counter() - t

    def run(forms: Forms) -> Scored:
        return _splink_predict(_splink_linker(forms.frame, model),
                               {"train_on_dev": train_seconds},
                               "m from the development seed's labels")

    return run


def _m_u(model: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "probability_two_random_records_match": model.get(
            "probability_two_random_records_match"),
    }
    for comp in model.get("comparisons", []):
        out[comp.get("output_column_name", comp.get("comparison_description", "?"))] = [
            {"level": lvl.get("label_for_charts", ""), "m": lvl.get("m_probability"),
             "u": lvl.get("u_probability")}
            for lvl in comp.get("comparison_levels", [])
            if not lvl.get("is_null_level")
        ]
    return out


# ----------------------------------------------------------------------------- recordlinkage


def recordlinkage_run(forms: Forms, window: int = 9) -> Scored:
    """recordlinkage: three sorted-neighbourhood passes and a rarest-word block; string,
    word-set and initials features; ECM on binarised features."""
    import recordlinkage

    timings: dict[str, float] = {}
    df = forms.frame.copy()
    df["token_string"] = df["sorted_key"]
    df["short"] = np.where(df["name"].str.contains(" "), None, df["name"])
    t = time.perf_counter()
    indexer = recordlinkage.Index()
    indexer.sortedneighbourhood("name", window=window)
    indexer.sortedneighbourhood("reversed_name", window=window)
    indexer.sortedneighbourhood("sorted_key", window=window)
    indexer.block("rarest_token")
    indexer.add(_InitialsIndex())
    pairs = indexer.index(df)
    timings["block"] = time.perf_counter() - t
    t = time.perf_counter()
    compare = recordlinkage.Compare()
    compare.string("name", "name", method="jarowinkler", label="jaro_winkler")
    compare.string("name", "name", method="qgram", label="qgram")
    compare.string("token_string", "token_string", method="levenshtein", label="words")
    compare.exact("rarest_token", "rarest_token", label="rarest_word")
    compare.exact("short", "initials", label="initials_lr")
    compare.exact("initials", "short", label="initials_rl")
    features = compare.compute(pairs, df)
    timings["score"] = time.perf_counter() - t
    t = time.perf_counter()
    binary = (features >= 0.85).astype(int)
    ecm = recordlinkage.ECMClassifier(binarize=None)
    ecm.fit(binary)
    prob = np.asarray(ecm.prob(binary), dtype=np.float64)
    timings["classify"] = time.perf_counter() - t
    return Scored(
        np.asarray(pairs.get_level_values(0), np.int64),
        np.asarray(pairs.get_level_values(1), np.int64), prob, timings,
        {"ecm_m_u": {str(c): {"m": {str(k): float(v) for k, v in ecm.m_probs[c].items()},
                              "u": {str(k): float(v) for k, v in ecm.u_probs[c].items()}}
                     for c in ecm.m_probs}},
    )


class _InitialsIndex:  # recordlinkage's BaseIndexAlgorithm interface, duck-typed
    """One-word names against names whose initials they are (a block on name = initials)."""

    def index(self, x: pd.DataFrame, x_link: pd.DataFrame | None = None) -> pd.MultiIndex:
        short = x[~x["name"].str.contains(" ")][["name"]].reset_index()
        full = x[x["initials"].notna()][["initials"]].reset_index()
        m = short.merge(full, left_on="name", right_on="initials", suffixes=("_l", "_r"))
        m = m[m["index_l"] != m["index_r"]]
        lo = np.minimum(m["index_l"], m["index_r"])
        hi = np.maximum(m["index_l"], m["index_r"])
        return pd.MultiIndex.from_arrays([lo, hi])


# ----------------------------------------------------------------------------- the engine


def engine_run(names: Sequence[str], groups: Sequence[str | None] | None, forms: Forms,
               threshold: float = 0.5) -> tuple[Scored, IntArray, float]:
    """The engine on the raw names (it normalises and dedupes itself, with the same
    normaliser), at *threshold*, clustering under its constraints; its candidate pairs
    are mapped onto the shared forms for pairs completeness."""
    t = time.perf_counter()
    linkage = link_names(names, groups, LinkageConfig(threshold=threshold))
    seconds = time.perf_counter() - t
    to_shared = np.full(linkage.n_forms, -1, np.int64)
    to_shared[linkage.form_of_name] = forms.form_of_name
    run = Scored(to_shared[linkage.candidates.left], to_shared[linkage.candidates.right],
                 linkage.scores.astype(np.float64), dict(linkage.timings))
    return run, np.asarray(linkage.labels, np.int64), seconds


# ----------------------------------------------------------------------------- driver


def _system(name: str, forms: Forms, run: Scored, seconds: float,
            gold: IntArray, threshold: float) -> dict[str, Any]:
    bq = blocking_quality_forms(gold, forms.form_of_name, run.left, run.right)
    labels = _at(forms, run, threshold)
    return {"system": name, "seconds": seconds, "stage_seconds": run.timings,
            "candidate_form_pairs": len(run.left),
            "pairs_completeness": bq.pairs_completeness, "threshold": threshold,
            **_scores(gold, labels), **run.extra}


def run_size(size: int, splink: bool = True) -> dict[str, Any]:
    """Dev seed: choose thresholds; test seed: report. Everything in this process."""
    out: dict[str, Any] = {"mentions": size, "dev_seed": DEV_SEED, "test_seed": TEST_SEED}
    chosen: dict[str, float] = {}
    dev_curves: dict[str, dict[str, float]] = {}
    dev = synthetic.generate(size, DEV_SEED)
    dev_gold = np.asarray(dev.entities, np.int64)
    dev_forms = distinct_forms(dev.names)
    runners: dict[str, Runner] = {"recordlinkage": recordlinkage_run}
    if splink:
        runners["splink"] = splink_run
        runners["splink_dev_labels"] = splink_trained_on(dev_forms, dev_gold)
    for name, runner in runners.items():
        dev_curves[name] = sweep(dev_forms, runner(dev_forms), dev_gold)
    for name, groups in (("engine", dev.groups), ("engine_no_lists", None)):
        dev_curves[name] = {
            str(t): pair_counts_arrays(dev_gold, engine_run(dev.names, groups, dev_forms, t)[1]).f1
            for t in THRESHOLDS
        }
    for name, curve in dev_curves.items():
        chosen[name] = float(max(curve, key=lambda k: (curve[k], -abs(float(k) - 0.5))))
    out["dev_f1_by_threshold"] = dev_curves
    out["thresholds"] = chosen

    test = synthetic.generate(size, TEST_SEED)
    gold = np.asarray(test.entities, np.int64)
    forms = distinct_forms(test.names)
    out["distinct_forms"] = len(forms.frame)
    out["normalise_seconds"] = forms.seconds
    systems = []
    for name, groups in (("engine", test.groups), ("engine_no_lists", None)):
        run, labels, seconds = engine_run(test.names, groups, forms, chosen[name])
        got = _system(name, forms, run, seconds, gold, chosen[name])
        got.update(_scores(gold, labels))  # the engine's own clusters, constraints included
        systems.append(got)
    for name, runner in runners.items():
        t = time.perf_counter()
        run = runner(forms)
        seconds = time.perf_counter() - t + forms.seconds
        systems.append(_system(name, forms, run, seconds, gold, chosen[name]))
    engine_seconds = systems[0]["seconds"]
    for s in systems:
        s["time_ratio_vs_engine"] = s["seconds"] / engine_seconds
    out["systems"] = systems
    return out


def _print(r: dict[str, Any]) -> None:
    print(f"== fair side by side at {r['mentions']} mentions (thresholds chosen on seed "
          f"{r['dev_seed']}, reported on seed {r['test_seed']}; {r['distinct_forms']} "
          f"distinct forms) ==")
    print(f"{'system':16s} {'threshold':>9s} {'seconds':>8s} {'x engine':>8s} "
          f"{'cand.pairs':>10s} {'PC':>7s} {'P':>7s} {'R':>7s} {'F1':>7s} {'B3 F1':>7s}")
    for s in r["systems"]:
        print(f"{s['system']:16s} {s['threshold']:9.3f} {s['seconds']:8.2f} "
              f"{s['time_ratio_vs_engine']:8.1f} {s['candidate_form_pairs']:10d} "
              f"{s['pairs_completeness']:7.4f} {s['pairwise_precision']:7.4f} "
              f"{s['pairwise_recall']:7.4f} {s['pairwise_f1']:7.4f} {s['bcubed_f1']:7.4f}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--mentions", type=int, nargs="+", default=[10_000])
    ap.add_argument("--no-splink", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    results = []
    for size in args.mentions:
        r = run_size(size, splink=not args.no_splink)
        _print(r)
        results.append(r)
        if args.json:
            args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
