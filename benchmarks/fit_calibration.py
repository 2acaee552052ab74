"""Fit the events coder's confidence on the DEV half of tests/data/events/ and write
src/sitrep/data/plover/calibration.json (a logistic map from an event's features to the chance
that its type is right, i.e. that it pairs with a gold event of its type).

    .venv/bin/python benchmarks/fit_calibration.py

Two steps. A ridge logistic regression on every dev file but the hold-out gives the weights; the
rules were written on those files, so they are right there more often than on new text. Then a
two-parameter rescaling of that model's log-odds (Platt scaling) is fitted on dev-holdout.jsonl,
text no rule was written on, so that a confidence of 0.8 means right four times in five on text
like it. Only the dev half is read; the test half stays for reporting (benchmarks/events_eval.py).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

import sitrep
from sitrep.evaluate import half_files
from sitrep.evaluate_events import ranking_auc, score_events_file
from sitrep.events import calibration_features, trigger_role

REPO = Path(__file__).resolve().parent.parent
EVENTS = REPO / "tests" / "data" / "events"
OUT = REPO / "src" / "sitrep" / "data" / "plover" / "calibration.json"
L2 = 10.0  # ridge penalty, chosen by leave-one-file-out log-loss on the dev files (0.3, 1, 3, 10, 30: 10 best)
VERSION = "calibration.v3"  # v3: with the trigger's clause role; v2: every dev file, rescaled on the hold-out; v1: dev.jsonl alone
HOLDOUT = EVENTS / "dev-holdout.jsonl"


def features_and_labels(resources, files: list[Path]) -> tuple[list[dict[str, float]], list[bool]]:
    score = score_events_file(files, resources)
    rows, labels, docs = [], [], {}
    for event, correct, text in score.labelled:
        trigger = resources.rules.trigger_named(event.rule)
        if trigger is None:
            sys.exit(f"fit_calibration: no trigger named {event.rule!r} in the lexicon")
        if text not in docs:
            docs[text] = resources.nlp(text)  # the parse the coder read: the same model, deterministic
        role = trigger_role(docs[text], event.trigger)
        rows.append(calibration_features(trigger, event.type, event.status, event.source, event.target, event.place, role))
        labels.append(correct)
    return rows, labels


def fit_logistic(rows: list[dict[str, float]], labels: list[bool], l2: float = L2) -> tuple[float, dict[str, float]]:
    """Ridge-penalised logistic regression by Newton's method (the intercept unpenalised)."""
    names = sorted({k for r in rows for k in r})
    x = np.array([[1.0] + [r.get(n, 0.0) for n in names] for r in rows])
    y = np.array(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.diag([0.0] + [l2] * len(names))
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), {n: round(float(v), 4) for n, v in zip(names, w[1:]) if abs(v) > 1e-6}


def rescaled(intercept: float, weights: dict[str, float], rows, labels) -> tuple[float, float]:
    """(a, b) of the Platt rescaling a * logit + b fitted on held-out rows."""
    logits = [intercept + sum(weights.get(k, 0.0) * v for k, v in r.items()) for r in rows]
    b, w = fit_logistic([{"logit": z} for z in logits], labels, l2=0.0)
    return w.get("logit", 0.0), b


def held_auc(intercept: float, weights: dict[str, float], rows, labels) -> float:
    logits = [intercept + sum(weights.get(k, 0.0) * v for k, v in r.items()) for r in rows]
    return ranking_auc(list(zip(logits, labels)))


def main() -> None:
    # every event the coder can emit, whatever the calibration in place: the fit must not depend on
    # the confidence filter of the file it replaces
    resources = sitrep.load_resources(sitrep.Options(min_article_chars=0, min_event_confidence=0.0))
    fit_files = [p for p in half_files(EVENTS, "dev") if p != HOLDOUT]
    rows, labels = features_and_labels(resources, fit_files)
    intercept, weights = fit_logistic(rows, labels)
    held_rows, held_labels = features_and_labels(resources, [HOLDOUT])
    a, b = rescaled(intercept, weights, held_rows, held_labels)
    OUT.write_text(json.dumps({"version": VERSION, "fitted_on": ", ".join(str(p.relative_to(REPO)) for p in fit_files),
                               "events": len(rows), "correct": int(sum(labels)), "l2": L2,
                               "rescaled_on": str(HOLDOUT.relative_to(REPO)), "rescaled_events": len(held_rows),
                               "rescaled_correct": int(sum(held_labels)), "scale": round(a, 4), "shift": round(b, 4),
                               "intercept": round(a * intercept + b, 4),
                               "weights": {k: round(a * v, 4) for k, v in weights.items()}}, indent=1) + "\n",
                   encoding="utf-8")
    print(f"fitted on {len(rows)} dev events ({sum(labels)} correct), rescaled on {len(held_rows)} hold-out events "
          f"({sum(held_labels)} correct): log-odds x {a:.3f} {b:+.3f}; wrote {OUT.relative_to(REPO)}")
    # what the clause role adds: the same fit without it, both sorting the hold-out's events
    plain = [{k: v for k, v in r.items() if not k.startswith("role_")} for r in rows]
    without = fit_logistic(plain, labels)
    print(f"hold-out confidence AUC: {held_auc(intercept, weights, held_rows, held_labels):.3f} with the clause role, "
          f"{held_auc(*without, held_rows, held_labels):.3f} without")


if __name__ == "__main__":
    main()
