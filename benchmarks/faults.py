"""Fault injection: remove one linkage feature, blocking pass or constraint at a time and
see which CI gate notices.

    python benchmarks/faults.py            # table: fault -> gates that fail
    python benchmarks/faults.py --json OUT

A gate that no removal can fail guards nothing. ``tests/test_faults.py`` runs every fault
below against the corpus gate and the hard-case gate (``hard_cases.py``) and requires at
least one of them to fail for each.

The faults, each applied for the duration of a ``with`` block and undone after it:

- ``feature:<name>``: the feature's log-odds contribution is zero (its weight rule in the
  rules classifier returns 0), for each of :data:`sochi_er.linkage.features.FEATURES`;
- ``blocking:<pass>``: one candidate-generation pass is off (``BlockingOptions``);
- ``constraint:lists``: signatories of one list are no longer cannot-linked;
- ``constraint:<attribute>``: one exclusive attribute (country, unit, number) no longer
  stops two clusters with different values from merging;
- ``constraint:publishers``: a statement's publisher mentions are no longer must-linked
  (``LinkageConfig.publisher_forms_must_link``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import attrs
import numpy as np
import numpy.typing as npt

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from sochi_er.linkage import BlockingOptions, LinkageConfig, classify, engine  # noqa: E402  # noqa: E402
from sochi_er.linkage.features import FEATURES  # noqa: E402

__all__ = ["FAULTS", "Fault", "run_gates"]

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Fault:
    """One removal: ``apply()`` is a context manager yielding the configuration to run
    the gates with while the removal is in force."""

    name: str
    what: str
    apply: Callable[[], contextlib.AbstractContextManager[LinkageConfig]]


def _zero(v: FloatArray) -> FloatArray:
    return np.zeros_like(v, dtype=np.float32)


def _without_feature(k: int) -> Callable[[], contextlib.AbstractContextManager[LinkageConfig]]:
    @contextlib.contextmanager
    def apply() -> Iterator[LinkageConfig]:
        features = tuple(
            attrs.evolve(f, weight=_zero) if i == k else f for i, f in enumerate(FEATURES)
        )
        with mock.patch.object(classify, "FEATURES", features):
            yield LinkageConfig()

    return apply


def _without_pass(name: str) -> Callable[[], contextlib.AbstractContextManager[LinkageConfig]]:
    @contextlib.contextmanager
    def apply() -> Iterator[LinkageConfig]:
        yield LinkageConfig(blocking=attrs.evolve(BlockingOptions(), **{name: False}))

    return apply


def _no_groups(node_of_name: IntArray, group_code: IntArray, n_nodes: int,
               extra: list[tuple[int, int]]) -> tuple[IntArray, IntArray]:
    return np.zeros(n_nodes + 1, np.int64), np.zeros(0, np.int64)


@contextlib.contextmanager
def _without_lists() -> Iterator[LinkageConfig]:
    with mock.patch.object(engine, "_group_csr", _no_groups):
        yield LinkageConfig()


def _without_exclusive(attribute: str) -> Callable[
    [], contextlib.AbstractContextManager[LinkageConfig]
]:
    @contextlib.contextmanager
    def apply() -> Iterator[LinkageConfig]:
        kept = tuple(a for a in engine.EXCLUSIVE if a != attribute)
        with mock.patch.object(engine, "EXCLUSIVE", kept):
            yield LinkageConfig()

    return apply


@contextlib.contextmanager
def _without_publisher_links() -> Iterator[LinkageConfig]:
    yield LinkageConfig(publisher_forms_must_link=False)


def _passes() -> tuple[str, ...]:
    return tuple(
        a.name for a in attrs.fields(BlockingOptions) if isinstance(a.default, bool)
    )


FAULTS: tuple[Fault, ...] = (
    *(Fault(f"feature:{f.name}", f.meaning, _without_feature(k))
      for k, f in enumerate(FEATURES)),
    *(Fault(f"blocking:{p}", f"the {p} blocking pass is off", _without_pass(p))
      for p in _passes()),
    Fault("constraint:lists", "signatories of one list are not cannot-linked", _without_lists),
    *(Fault(f"constraint:{a}", f"clusters may hold two values of {a}", _without_exclusive(a))
      for a in engine.EXCLUSIVE),
    Fault("constraint:publishers", "publishers of one statement are not must-linked",
          _without_publisher_links),
)


def run_gates(config: LinkageConfig, corpus: Any, hard: Any) -> dict[str, list[str]]:
    """The problems each fast gate reports under *config*: ``corpus`` (``quality``'s
    figures and the corpus hard pairs against ``baseline.json``) and ``hard_cases``
    (``hard_cases.py``). *corpus* is ``(statements, gold)``, parsed once by the caller;
    *hard* the loaded generic hard cases."""
    import hard_cases
    import quality

    base = json.loads(quality.BASELINE.read_text(encoding="utf-8"))
    statements, gold = corpus
    figures = quality.evaluate(statements, gold, explain=False, config=config)
    return {
        "corpus": quality.check(figures, base)
        + hard_cases.check([], base, figures["hard_pairs"]),
        "hard_cases": hard_cases.check(hard_cases.run(hard, config), base),
    }


def main(argv: Sequence[str] | None = None) -> int:
    import hard_cases
    import quality
    from gold_set import load_gold

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    corpus = (quality._parse(), load_gold(quality.GOLD))
    hard = hard_cases.load()
    out: dict[str, dict[str, list[str]]] = {}
    for fault in FAULTS:
        with fault.apply() as config:
            out[fault.name] = run_gates(config, corpus, hard)
        failing = [g for g, problems in out[fault.name].items() if problems]
        first = next((p[0] for p in out[fault.name].values() if p), "")
        print(f"{fault.name:32s} {', '.join(failing) or 'NO GATE FAILS':22s} {first[:90]}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0 if all(any(v.values()) for v in out.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
