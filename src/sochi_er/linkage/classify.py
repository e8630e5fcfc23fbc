"""Classifiers: feature rows -> per-feature log-odds contributions -> match probability.

Contract: every classifier exposes ``bias`` and ``contributions(x)`` (one additive log-odds
term per feature), so a score is ``sigmoid(bias + sum(contributions))`` whichever model
made it, and every score can be explained feature by feature. The caller sets the
threshold. ``rules`` is the unsupervised default; ``ecm`` and ``logistic`` are fitted by
recordlinkage behind :mod:`sochi_er.linkage._frame`.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import numpy.typing as npt

from sochi_er.linkage.features import FEATURES

__all__ = ["Classifier", "RulesClassifier", "probability"]

FloatArray = npt.NDArray[np.float32]


class Classifier(Protocol):
    """What the engine needs from a classifier."""

    name: str
    bias: float

    def contributions(self, x: FloatArray) -> FloatArray:
        """Log-odds contribution of each feature, shape ``x.shape``."""
        ...


def probability(clf: Classifier, x: FloatArray) -> FloatArray:
    """Match probability for each row of *x*."""
    logit = clf.bias + clf.contributions(x).sum(axis=1)
    prob: FloatArray = (1.0 / (1.0 + np.exp(-np.clip(logit, -30, 30)))).astype(np.float32)
    return prob


class RulesClassifier:
    """Hand-set, documented log-odds weights (no training): each feature's ``weight``
    rule (:data:`~sochi_er.linkage.features.FEATURES`).

    String similarities count for or against within bounds (so that they can never veto
    an alias or acronym hit); an unambiguous alias, acronym or translation hit adds +12, a
    name that is another without its legal form +8; identical letters +4; the same
    content words in another order +6; differing place
    qualifiers -20 (national bodies of one group: "X (Italy)" / "X (Spain)"); differing
    explicit acronyms -14; a distinguishing word or differing numbers -8, a likely
    misspelling of a rarely attested form +2.5; differing countries -25.
    """

    name = "rules"
    bias = -1.5

    def contributions(self, x: FloatArray) -> FloatArray:
        c = np.zeros_like(x, dtype=np.float32)
        for k, f in enumerate(FEATURES):
            c[:, k] = f.weight(x[:, k])
        return c
