"""The one boundary to pandas and recordlinkage.

Blocking passes run as recordlinkage indexers (``BaseIndexAlgorithm`` subclasses), pair
features as a recordlinkage ``Compare`` with a custom ``BaseCompareFeature``, and the
``ecm``/``logistic`` classifiers are recordlinkage's ``ECMClassifier`` and
``LogisticRegressionClassifier``. The heavy lifting inside each is our numpy code. Nothing
outside this module sees a DataFrame or a MultiIndex: inputs and outputs are numpy arrays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
import recordlinkage
from recordlinkage.base import BaseCompareFeature, BaseIndexAlgorithm

from sochi_er.linkage._arrays import unique_ints
from sochi_er.linkage.blocking import PASS_FUNCTIONS as PASS_FUNCS
from sochi_er.linkage.blocking import CandidatePairs, enabled_passes, union_passes
from sochi_er.linkage.config import BlockingOptions
from sochi_er.linkage.features import FEATURES, compute_features
from sochi_er.linkage.forms import FormTable

__all__ = [
    "ECMAdapter",
    "LogisticAdapter",
    "compare",
    "index_candidates",
]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]
_COLUMNS = [f.name for f in FEATURES]


def _frame(n: int) -> pd.DataFrame:
    return pd.DataFrame({"form": np.arange(n, dtype=np.int64)})


def _multiindex(n: int, a: IntArray, b: IntArray) -> pd.MultiIndex:
    level = pd.RangeIndex(max(n, 1))
    return pd.MultiIndex(
        levels=[level, level],  # type: ignore[list-item]
        codes=[a, b],  # type: ignore[list-item]
        names=["form_1", "form_2"],
        verify_integrity=False,
    )


def _codes_of(index: pd.MultiIndex, n: int) -> IntArray:
    a = np.asarray(index.codes[0], dtype=np.int64)
    b = np.asarray(index.codes[1], dtype=np.int64)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    return unique_ints(lo * n + hi)


class PassIndexer(BaseIndexAlgorithm):  # type: ignore[misc]
    """A recordlinkage indexer running one of our vectorised blocking passes."""

    def __init__(
        self,
        name: str,
        table: FormTable,
        opts: BlockingOptions,
    ) -> None:
        super().__init__(verify_integrity=False)
        self.name = name
        self._table = table
        self._opts = opts
        self._func: Callable[[FormTable, BlockingOptions], IntArray] = PASS_FUNCS[name]

    def _dedup_index(self, df_a: pd.DataFrame) -> pd.MultiIndex:
        n = self._table.n
        codes = self._func(self._table, self._opts)
        return _multiindex(n, codes // max(n, 1), codes % max(n, 1))

    def _link_index(self, df_a: pd.DataFrame, df_b: pd.DataFrame) -> pd.MultiIndex:
        return self._dedup_index(df_a)


def index_candidates(table: FormTable, opts: BlockingOptions) -> CandidatePairs:
    """Run the enabled passes as recordlinkage indexers and union them (in numpy)."""
    x = _frame(table.n)
    results: dict[str, IntArray] = {}
    for name in enabled_passes(opts):
        pairs = PassIndexer(name, table, opts).index(x)
        results[name] = _codes_of(pairs, table.n)
    return union_passes(table.n, results)


class FormPairFeatures(BaseCompareFeature):  # type: ignore[misc]
    """A recordlinkage compare feature computing all of :data:`FEATURES` at once."""

    name = "form_pair_features"
    description = "sochi_er pair features over form indices"

    def __init__(self, table: FormTable) -> None:
        super().__init__("form", "form", label=_COLUMNS)
        self._table = table

    def _compute_vectorized(self, left: pd.Series, right: pd.Series) -> FloatArray:
        a = left.to_numpy(dtype=np.int64)
        b = right.to_numpy(dtype=np.int64)
        return compute_features(self._table, a, b)


class FormPairCompare(recordlinkage.Compare):  # type: ignore[misc]
    """``recordlinkage.Compare`` over form indices, for features returning one 2-D array
    each (as :class:`FormPairFeatures` does): each feature is handed the pairs' two index
    columns straight from the MultiIndex codes, and the result frame wraps the features'
    columns as they are. (The generic compare looks every pair's rows up in the frame by
    label only to hand back the index itself, then re-indexes the union: about 3 s for
    4 M pairs, a fifth of the scoring.)"""

    def _compute(
        self, pairs: pd.MultiIndex, x: pd.DataFrame, x_link: pd.DataFrame | None = None
    ) -> pd.DataFrame:
        left = pd.Series(np.asarray(pairs.codes[0], np.int64), name="form", copy=False)
        right = pd.Series(np.asarray(pairs.codes[1], np.int64), name="form", copy=False)
        values = [np.asarray(feat._compute((left,), (right,))) for feat in self.features]
        labels = [label for feat in self.features for label in feat.label]
        return pd.DataFrame(
            values[0] if len(values) == 1 else np.hstack(values),
            index=pairs,
            columns=labels,
            copy=False,
        )


def compare(table: FormTable, a: IntArray, b: IntArray) -> FloatArray:
    """Feature matrix for form pairs (a, b), computed through ``recordlinkage.Compare``."""
    if len(a) == 0:
        return np.zeros((0, len(FEATURES)), np.float32)
    comp = FormPairCompare(features=[FormPairFeatures(table)], indexing_type="position")
    frame = comp.compute(_multiindex(table.n, a, b), _frame(table.n))
    if list(frame.columns) != _COLUMNS:  # selecting copies all the pairs' values
        frame = frame[_COLUMNS]
    return np.ascontiguousarray(frame.to_numpy(dtype=np.float32))


def _binarise(x: FloatArray) -> FloatArray:
    """Agreement levels for the ECM model: each feature's ``ecm_cut``."""
    cuts = np.asarray([f.ecm_cut for f in FEATURES], np.float32)
    out = (x >= cuts).astype(np.float32)
    return out


class ECMAdapter:
    """Unsupervised Fellegi-Sunter weights fitted by recordlinkage's ECM on the candidates.

    Features are binarised at each feature's ``ecm_cut``; a feature's contribution is
    ``log(m/u)`` when it agrees and ``log((1-m)/(1-u))`` when not.
    """

    name = "ecm"

    def __init__(self) -> None:
        self.bias = 0.0
        self._agree = np.zeros(len(FEATURES), np.float32)
        self._disagree = np.zeros(len(FEATURES), np.float32)

    def fit(self, x: FloatArray) -> ECMAdapter:
        xb = _binarise(x)
        frame = pd.DataFrame(xb.astype(np.int64), columns=_COLUMNS)
        varying = [c for c in _COLUMNS if frame[c].nunique() > 1]
        if len(frame) < 2 or not varying:
            return self
        clf = recordlinkage.ECMClassifier(binarize=None)
        clf.fit(frame[varying])
        m: dict[Any, dict[Any, float]] = clf.m_probs
        u: dict[Any, dict[Any, float]] = clf.u_probs
        eps = 1e-6
        for k, col in enumerate(_COLUMNS):
            if col not in varying:
                continue
            m1 = float(np.clip(m[col].get(1, eps), eps, 1 - eps))
            u1 = float(np.clip(u[col].get(1, eps), eps, 1 - eps))
            self._agree[k] = np.log(m1 / u1)
            self._disagree[k] = np.log((1 - m1) / (1 - u1))
        p = float(np.clip(clf.p, eps, 1 - eps))
        self.bias = float(np.log(p / (1 - p)))
        return self

    def contributions(self, x: FloatArray) -> FloatArray:
        xb = _binarise(x)
        return np.where(xb > 0, self._agree, self._disagree).astype(np.float32)


class LogisticAdapter:
    """Supervised logistic regression (recordlinkage's ``LogisticRegressionClassifier``)
    trained on labelled form pairs; contribution = coefficient x feature value."""

    name = "logistic"

    def __init__(self) -> None:
        self.bias = 0.0
        self._coef = np.zeros(len(FEATURES), np.float32)

    def fit(self, x: FloatArray, labels: npt.NDArray[np.bool_]) -> LogisticAdapter:
        if labels.all() or not labels.any():
            raise ValueError("training pairs need both same and not-same examples")
        n = len(x)
        index = _multiindex(2 * n, np.arange(n, dtype=np.int64), np.arange(n, 2 * n))
        frame = pd.DataFrame(x, columns=_COLUMNS, index=index)
        clf = recordlinkage.LogisticRegressionClassifier()
        clf.fit(frame, index[labels])
        self._coef = np.asarray(clf.coefficients, np.float32).ravel()
        self.bias = float(np.asarray(clf.intercept).ravel()[0])
        return self

    def contributions(self, x: FloatArray) -> FloatArray:
        return (x * self._coef).astype(np.float32)
