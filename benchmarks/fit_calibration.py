"""Fit the events coder's confidence on the DEV half of tests/data/events/ and write
src/sitrep/data/plover/calibration.json (a logistic map from an event's features to the chance
that its type is right, i.e. that it pairs with a gold event of its type).

    .venv/bin/python benchmarks/fit_calibration.py

Three parts. Trigger priors: how often each rule ("verb:take+control") was right on the dev files,
as log-odds shrunk toward its word's rate ("verb:take", every entry of the lemma), itself shrunk
toward the overall rate; a rule never seen takes its word's prior. A feature of the model; the
rows the model is fitted on get the priors of the other files (out of fold), so that the fit
weighs a prior as it will be on unseen text. A ridge logistic regression on every dev file but
the hold-outs gives the weights; the rules were written on those files, so they are right there more often than on new text. Then a
two-parameter rescaling of that model's log-odds (Platt scaling) is fitted on the hold-outs
(dev-holdout*.jsonl), text no rule was written on, so that a confidence of 0.8 means right four
times in five on text like it. Only the dev half is read; the test half stays for reporting
(benchmarks/events_eval.py).
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np

import sitrep
from sitrep.evaluate import half_files
from sitrep.evaluate_events import ranking_auc, score_events_file
from sitrep.events import calibration_features, trigger_key, trigger_role

REPO = Path(__file__).resolve().parent.parent
EVENTS = REPO / "tests" / "data" / "events"
OUT = REPO / "src" / "sitrep" / "data" / "plover" / "calibration.json"
# ridge penalty, chosen by leave-one-file-out log-loss on the dev files before the trigger priors
# came in (0.3, 1, 3, 10, 30: 10 best)
L2 = 10.0
SMOOTHINGS = (1.0, 2.0, 5.0, 10.0)  # pseudo-counts a trigger prior is shrunk by; the best by leave-one-file-out
# v6: labels from events paired by trigger, then by type within the sentence (evaluate_events.
# pair_events); v5: trigger priors per rule, backing off to the word; v4: trigger priors per word; v3: the
# trigger's clause role; v2: every dev file, rescaled on the hold-out; v1: dev.jsonl alone
VERSION = "calibration.v6"
HOLDOUTS = sorted(EVENTS.glob("dev-holdout*.jsonl"))  # no rule is written on these; their failures are not read

Item = tuple  # (features without the prior, trigger word key, rule name, correct)


def labelled_events(resources, files: list[Path]) -> list[Item]:
    """Every event the coder emits on `files`, with its features, trigger word and label."""
    score = score_events_file(files, resources)
    items, docs = [], {}
    for event, correct, text in score.labelled:
        trigger = resources.rules.trigger_named(event.rule)
        if trigger is None:
            sys.exit(f"fit_calibration: no trigger named {event.rule!r} in the lexicon")
        if text not in docs:
            docs[text] = resources.nlp(text)  # the parse the coder read: the same model, deterministic
        role = trigger_role(docs[text], event.trigger)
        features = calibration_features(trigger, event.type, event.status, event.source, event.target, event.place,
                                        role, 0.0)
        items.append((features, trigger_key(trigger), trigger.name, correct))
    return items


Priors = tuple  # (word key -> log-odds, rule name -> log-odds), both relative to the overall rate


def trigger_priors(items: list[Item], smoothing: float, per_rule: bool = True) -> Priors:
    """Each trigger word's and each rule's log-odds of being right, relative to the overall rate.
    A word's rate is shrunk toward the overall rate by `smoothing` pseudo-counts, a rule's toward
    its word's rate: a lemma of many senses ("take") keeps apart its entries that are mostly right
    ("take" a town) from those that are not, and a rule seen a few times leans on its word."""
    base = sum(it[-1] for it in items) / len(items)
    words: dict[str, list[int]] = {}
    rules: dict[str, list] = {}
    for _, key, rule, ok in items:
        for table, k in ((words, key), (rules, rule)):
            c = table.setdefault(k, [0, 0, key])
            c[0] += ok
            c[1] += 1
    word_rate = {k: (right + smoothing * base) / (n + smoothing) for k, (right, n, _) in words.items()}
    rule_rate = {k: (right + smoothing * word_rate[key]) / (n + smoothing) for k, (right, n, key) in rules.items()}
    offset = math.log(base / (1 - base))
    return ({k: math.log(p / (1 - p)) - offset for k, p in word_rate.items()},
            {k: math.log(p / (1 - p)) - offset for k, p in rule_rate.items()} if per_rule else {})


def prior_of(priors: Priors, key: str, rule: str) -> float:
    """What the coder reads (events.Calibration.prior): the rule's prior, else its word's, else 0."""
    return priors[1].get(rule, priors[0].get(key, 0.0))


def with_priors(items: list[Item], priors: Priors) -> list[dict[str, float]]:
    return [dict(features, trigger_prior=prior_of(priors, key, rule)) for features, key, rule, _ in items]


def out_of_fold(by_file: dict[Path, list[Item]], smoothing: float,
                per_rule: bool = True) -> tuple[list[dict[str, float]], list[bool]]:
    """The rows of every file, each with the trigger priors of the other files."""
    rows, labels = [], []
    for path, items in by_file.items():
        others = [it for p, its in by_file.items() if p != path for it in its]
        rows += with_priors(items, trigger_priors(others, smoothing, per_rule))
        labels += [it[-1] for it in items]
    return rows, labels


def log_loss_left_out(by_file: dict[Path, list[Item]], smoothing: float) -> float:
    """Mean log-loss on each dev file of a model fitted, priors and weights, on the others."""
    total, n = 0.0, 0
    for path, items in by_file.items():
        inner = {p: its for p, its in by_file.items() if p != path}
        intercept, weights = fit_logistic(*out_of_fold(inner, smoothing))
        priors = trigger_priors([it for its in inner.values() for it in its], smoothing)
        for row, ok in zip(with_priors(items, priors), (it[-1] for it in items)):
            p = 1 / (1 + math.exp(-(intercept + sum(weights.get(k, 0.0) * v for k, v in row.items()))))
            total -= math.log(p if ok else 1 - p)
            n += 1
    return total / n


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


def logits(intercept: float, weights: dict[str, float], rows) -> list[float]:
    return [intercept + sum(weights.get(k, 0.0) * v for k, v in r.items()) for r in rows]


def rescaled(intercept: float, weights: dict[str, float], rows, labels) -> tuple[float, float]:
    """(a, b) of the Platt rescaling a * logit + b fitted on held-out rows."""
    b, w = fit_logistic([{"logit": z} for z in logits(intercept, weights, rows)], labels, l2=0.0)
    return w.get("logit", 0.0), b


def without(rows, prefix: str) -> list[dict[str, float]]:
    return [{k: v for k, v in r.items() if not k.startswith(prefix)} for r in rows]


def main() -> None:
    # every event the coder can emit, whatever the calibration in place: the fit must not depend on
    # the confidence filter of the file it replaces
    resources = sitrep.load_resources(sitrep.Options(
        min_article_chars=0, min_event_confidence=0.0, min_asserted_confidence=0.0))
    by_file = {p: labelled_events(resources, [p]) for p in half_files(EVENTS, "dev") if p not in HOLDOUTS}
    losses = {k: log_loss_left_out(by_file, k) for k in SMOOTHINGS}
    smoothing = min(losses, key=losses.get)
    print("leave-one-file-out log-loss by prior smoothing: " +
          ", ".join(f"{k:g}: {v:.4f}" for k, v in losses.items()) + f"; chosen {smoothing:g}")
    rows, labels = out_of_fold(by_file, smoothing)
    intercept, weights = fit_logistic(rows, labels)
    priors = trigger_priors([it for its in by_file.values() for it in its], smoothing)
    held = labelled_events(resources, HOLDOUTS)
    held_rows, held_labels = with_priors(held, priors), [it[-1] for it in held]
    a, b = rescaled(intercept, weights, held_rows, held_labels)
    OUT.write_text(json.dumps({"version": VERSION, "fitted_on": ", ".join(str(p.relative_to(REPO)) for p in by_file),
                               "events": len(rows), "correct": int(sum(labels)), "l2": L2,
                               "rescaled_on": ", ".join(str(p.relative_to(REPO)) for p in HOLDOUTS),
                               "rescaled_events": len(held_rows),
                               "rescaled_correct": int(sum(held_labels)), "scale": round(a, 4), "shift": round(b, 4),
                               "intercept": round(a * intercept + b, 4),
                               "weights": {k: round(a * v, 4) for k, v in weights.items()},
                               "prior_smoothing": smoothing,
                               "trigger_priors": {k: round(v, 3) for k, v in sorted(priors[0].items())},
                               "rule_priors": {k: round(v, 3) for k, v in sorted(priors[1].items())}},
                              indent=1) + "\n", encoding="utf-8")
    print(f"fitted on {len(rows)} dev events ({sum(labels)} correct), rescaled on {len(held_rows)} hold-out events "
          f"({sum(held_labels)} correct): log-odds x {a:.3f} {b:+.3f}; wrote {OUT.relative_to(REPO)}")
    # what the clause role and the trigger priors add: the same fit without each, sorting the hold-out
    aucs = {"all features": ranking_auc(list(zip(logits(intercept, weights, held_rows), held_labels)))}
    for name, prefix in (("without the clause role", "role_"), ("without the trigger priors", "trigger_prior")):
        b0, w0 = fit_logistic(without(rows, prefix), labels)
        aucs[name] = ranking_auc(list(zip(logits(b0, w0, without(held_rows, prefix)), held_labels)))
    word_rows, _ = out_of_fold(by_file, smoothing, per_rule=False)
    b0, w0 = fit_logistic(word_rows, labels)
    word_held = with_priors(held, trigger_priors([it for its in by_file.values() for it in its], smoothing, False))
    aucs["with priors per word only"] = ranking_auc(list(zip(logits(b0, w0, word_held), held_labels)))
    print("hold-out confidence AUC: " + ", ".join(f"{v:.3f} {k}" for k, v in aucs.items()))


if __name__ == "__main__":
    main()
