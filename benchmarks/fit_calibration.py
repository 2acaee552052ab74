"""Fit the events coder's confidence on the DEV half of tests/data/events/ and write
src/sitrep/data/plover/calibration.json (a logistic map from an event's features to the chance
that its type is right, i.e. that it pairs with a gold event of its type).

    .venv/bin/python benchmarks/fit_calibration.py

Only the dev half is read; the test half stays for reporting (benchmarks/events_eval.py).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from sitrep.evaluate import half_files
import sitrep
from sitrep.evaluate_events import score_events_file
from sitrep.events import calibration_features

REPO = Path(__file__).resolve().parent.parent
EVENTS = REPO / "tests" / "data" / "events"
OUT = REPO / "src" / "sitrep" / "data" / "plover" / "calibration.json"
L2 = 1.0  # ridge penalty: a few hundred events, two dozen features
VERSION = "calibration.v1"


def features_and_labels(resources) -> tuple[list[dict[str, float]], list[bool]]:
    score = score_events_file(half_files(EVENTS, "dev"), resources)
    rows, labels = [], []
    for event, correct in score.labelled:
        trigger = resources.rules.trigger_named(event.rule)
        if trigger is None:
            sys.exit(f"fit_calibration: no trigger named {event.rule!r} in the lexicon")
        rows.append(calibration_features(trigger, event.type, event.status, event.source, event.target, event.place))
        labels.append(correct)
    return rows, labels


def fit_logistic(rows: list[dict[str, float]], labels: list[bool]) -> tuple[float, dict[str, float]]:
    """Ridge-penalised logistic regression by Newton's method (the intercept unpenalised)."""
    names = sorted({k for r in rows for k in r})
    x = np.array([[1.0] + [r.get(n, 0.0) for n in names] for r in rows])
    y = np.array(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.diag([0.0] + [L2] * len(names))
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), {n: round(float(v), 4) for n, v in zip(names, w[1:]) if abs(v) > 1e-6}


def main() -> None:
    # every event the coder can emit, whatever the calibration in place: the fit must not depend on
    # the confidence filter of the file it replaces
    resources = sitrep.load_resources(sitrep.Options(min_article_chars=0, min_event_confidence=0.0))
    rows, labels = features_and_labels(resources)
    intercept, weights = fit_logistic(rows, labels)
    OUT.write_text(json.dumps({"version": VERSION, "fitted_on": ", ".join(str(p.relative_to(REPO)) for p in half_files(EVENTS, "dev")),
                               "events": len(rows), "correct": int(sum(labels)), "l2": L2,
                               "intercept": round(intercept, 4), "weights": weights}, indent=1) + "\n",
                   encoding="utf-8")
    print(f"fitted on {len(rows)} dev events ({sum(labels)} correct); wrote {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
