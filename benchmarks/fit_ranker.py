"""Fit the learned pass-3 ranker of the places stage and compare it with the hand weights, by
document-grouped cross-validation on the tuning split only (the first 70 per cent of TR-News,
`geoparse_eval.py --corpus tr-news-dev`; MIT). GeoWebNews, GeoVirus, WikToR and the last 30 per
cent of TR-News are never read here.

    .venv/bin/python benchmarks/fit_ranker.py [--write]

Rows: for every gold toponym, each candidate of its name as `places.candidate_rows` gives it
(the same code and the same passes 1 and 2 as `places.resolve_spans`); a candidate is right when it
lies within 161 km of the gold point. Model: a conditional logit (softmax over a toponym's
candidates), fitted by Newton's method in numpy on the toponyms with a right candidate, with an L2
penalty that pulls the weights towards a prior: zero, or the hand weights scaled to the logit
(so a strong penalty gives back the rules). Each toponym is scored as `resolve_spans` scores it:
no candidates or a gate below `min_score` is a miss.

Compared, on acc@161 over all toponyms and below province:
- rules: the hand weights of ranking.json, in sample (they were tuned on this split);
- rules refit: the same features, weights fitted per fold;
- learned: all features, the feature-class prior and population weight pinned to the hand
  weights (scaled; see `pinned`), prior and penalty of the rest chosen inside each training fold by
  an inner 4-fold CV (log-likelihood), scored out of fold.
Folds: 5, document i in fold i mod 5. Deterministic: no randomness anywhere.
With --write the learned model, fitted on the whole split with the prior and penalty the CV picks
most often, goes to src/sitrep/data/gazetteer/ranker.json, adopted only if its out-of-fold figures
are at least the rules' in-sample figures on both subsets.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sitrep  # noqa: E402
from sitrep import evaluate_geo as eg  # noqa: E402
from sitrep import places  # noqa: E402
from sitrep.actors import match_aliases  # noqa: E402
from sitrep.gazetteer import great_circle_km  # noqa: E402
from sitrep.pipeline import _countries_named  # noqa: E402

from geoparse_eval import DEV, load  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "gazetteer" / "ranker.json"
FOLDS = 5
INNER_FOLDS = 4
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
PRIORS = ("zero", "rules")
PIN = 1e4  # the L2 penalty that holds a pinned feature at its prior
VERSION = "ranker.v1"
# the features the hand weights use: "rules refit" fits only these
RULE_FEATURES = {"log_pop", "exact", "overlay", "focus_top", "focus_any", "parent_country", "parent_admin",
                 "anchored", "admin_in_doc", "near", "region"}


@dataclass
class Toponym:
    doc: int
    below: bool
    rows: list[dict[str, float]]  # one per candidate
    gids: list[str]
    right: np.ndarray  # bool per candidate: within 161 km of gold
    gate: bool  # the hand weights' best score reaches min_score
    rules_gid: str | None  # what resolve_spans answers with the hand weights
    ranker_gid: str | None  # ... and with ranker.json where it is adopted


def build_rows(resources) -> list[Toponym]:
    """Every gold toponym of the tuning split with its candidates' feature rows."""
    docs, _, _ = load(DEV, 0)
    w = places._weights()
    rules = places.rule_weights(w)
    lexicon, gazetteer = resources.lexicon, resources.gazetteer

    def is_country_name(text: str) -> bool:
        alias = lexicon.lookup(text.strip())
        return alias is not None and bool(alias.country) and (
            alias.role == "demonym" or (alias.role == "name" and (alias.actor or "").isupper()))

    out = []
    for i, (gdoc, doc) in enumerate(zip(docs, resources.nlp.pipe((d.text for d in docs), batch_size=32))):
        matches = match_aliases(doc, lexicon)
        hint = _countries_named(matches)
        char_spans = [(t.start, t.end) for t in gdoc.toponyms]
        opening = places._place_opening_demonyms(doc, matches, gazetteer)
        token_spans, spans = places._gold_spans(doc, gazetteer, char_spans, matches, resources.stopnames, opening)
        group_of = {}
        for mentions, cands, ctx in places._groups_in_context(doc, spans, places._hint_without(hint, opening)):
            for m in mentions:
                group_of[m] = (cands, ctx)
        # what resolve_spans answers with the hand weights and with ranker.json as it stands
        # (to check that these rows rank as places.py does)
        saved = places._ranker
        places._ranker = lambda: None
        try:
            by_rules = places.resolve_spans(doc, gazetteer, char_spans, matches, focus_hint=hint,
                                            stopnames=resources.stopnames)
        finally:
            places._ranker = saved
        by_ranker = places.resolve_spans(doc, gazetteer, char_spans, matches, focus_hint=hint,
                                         stopnames=resources.stopnames) if saved() else [None] * len(char_spans)
        for k, (t, ts) in enumerate(zip(gdoc.toponyms, token_spans)):
            cands, ctx = group_of.get(ts, ((), None))
            rows = places.candidate_rows(cands, ctx, w) if cands else []
            rule_scores = [places._dot(r, rules) for r in rows]
            out.append(Toponym(
                doc=i, below=eg.below_province(t, gazetteer.lookup, is_country_name), rows=rows,
                gids=[c.gid for c in cands],
                right=np.array([great_circle_km(t.lat, t.lon, c.lat, c.lon) <= eg.ACC_KM for c in cands], bool),
                gate=bool(rows) and max(rule_scores) >= w["min_score"],
                rules_gid=by_rules[k].entry.gid if by_rules[k] is not None else None,
                ranker_gid=by_ranker[k].entry.gid if by_ranker[k] is not None else None))
    return out


class Design:
    """The rows as one matrix over a fixed feature order, with each toponym's slice."""

    def __init__(self, tops: list[Toponym], names: list[str]):
        self.names = names
        index = {n: j for j, n in enumerate(names)}
        rows = [r for t in tops for r in t.rows]
        self.X = np.zeros((len(rows), len(names)))
        for i, r in enumerate(rows):
            for k, v in r.items():
                if k in index:
                    self.X[i, index[k]] = v
        self.bounds = np.cumsum([0] + [len(t.rows) for t in tops])
        self.tops = tops

    def subset(self, keep: list[int]) -> tuple[np.ndarray, list[np.ndarray], list[np.ndarray]]:
        """Rows of the toponyms in `keep` that have a right candidate and another to beat."""
        Xs, pos = [], []
        for i in keep:
            t = self.tops[i]
            if t.right.any() and not t.right.all():
                Xs.append(self.X[self.bounds[i]:self.bounds[i + 1]])
                pos.append(t.right)
        return Xs, pos


def nll(wv, Xs, pos) -> float:
    """Minus the log-likelihood that the softmax puts on the right candidates, summed over toponyms."""
    total = 0.0
    for X, p in zip(Xs, pos):
        s = X @ wv
        total += _lse(s) - _lse(s[p])
    return total


def _lse(s: np.ndarray) -> float:
    m = s.max()
    return float(m + np.log(np.exp(s - m).sum()))


def fit(Xs, pos, penalty, prior: np.ndarray, iters: int = 50) -> np.ndarray:
    """Newton's method on the conditional-logit likelihood (several right candidates: the
    likelihood of any of them) plus sum(penalty/2 * (w - prior)^2), with step halving; `penalty`
    is a number or one per feature."""
    d = prior.size
    penalty = np.broadcast_to(np.asarray(penalty, float), (d,))
    wv = prior.copy()
    if not Xs:
        return wv
    X = np.vstack(Xs)
    sizes = [len(x) for x in Xs]
    starts = np.cumsum([0] + sizes[:-1])
    P = np.concatenate(pos)
    group = np.repeat(np.arange(len(Xs)), sizes)

    def objective(v):
        return nll(v, Xs, pos) + 0.5 * float(penalty @ ((v - prior) ** 2))

    current = objective(wv)
    for _ in range(iters):
        s = X @ wv
        s = s - np.repeat(np.maximum.reduceat(s, starts), sizes)
        e = np.exp(s)
        q = e / np.repeat(np.add.reduceat(e, starts), sizes)  # softmax over all candidates
        ep = e * P
        r = ep / np.repeat(np.add.reduceat(ep, starts), sizes)  # softmax over the right ones
        grad = X.T @ (q - r) + penalty * (wv - prior)
        # Hessian of log-sum-exp over all candidates minus that over the right ones (each: the
        # weighted second moment less the outer product of the weighted mean, per toponym)
        H = np.diag(penalty)
        for weights, sign in ((q, 1.0), (r, -1.0)):
            mean = np.zeros((len(Xs), d))
            np.add.at(mean, group, X * weights[:, None])
            H += sign * ((X * weights[:, None]).T @ X - mean.T @ mean)
        try:
            step = np.linalg.solve(H, grad)
            if grad @ step <= 0:  # not a descent direction (the likelihood of several right ones is not convex)
                step = grad / penalty.max()
        except np.linalg.LinAlgError:
            step = grad / penalty.max()
        t = 1.0
        while t > 1e-4:
            trial = wv - t * step
            value = objective(trial)
            if value <= current:
                break
            t /= 2
        if t <= 1e-4:
            break
        done = current - value < 1e-7
        wv, current = trial, value
        if done:
            break
    return wv


def answers(design: Design, wv: np.ndarray, keep: list[int]) -> list[str | None]:
    """What the ranker answers for each toponym in `keep`: the best-scoring candidate (ties by id,
    as places._best_learned), or None without candidates or below the gate."""
    out = []
    for i in keep:
        t = design.tops[i]
        if not t.rows or not t.gate:
            out.append(None)
            continue
        s = design.X[design.bounds[i]:design.bounds[i + 1]] @ wv
        out.append(min(zip(-s, t.gids))[1])
    return out


def accuracy(design: Design, keep: list[int], chosen: list[str | None]) -> tuple[float, float, int, int]:
    hits = {"all": [], "below": []}
    for i, gid in zip(keep, chosen):
        t = design.tops[i]
        ok = gid is not None and bool(t.right[t.gids.index(gid)])
        hits["all"].append(ok)
        if t.below:
            hits["below"].append(ok)
    return (float(np.mean(hits["all"])), float(np.mean(hits["below"])) if hits["below"] else 0.0,
            len(hits["all"]), len(hits["below"]))


def pinned(name: str, pin: bool = True) -> bool:
    """Features whose weights stay at the hand weights (scaled): the feature-class prior and the
    population weight. TR-News is local US news, where a state name ("Washington", "Georgia") is
    meant far more often than in the conflict news sitrep is for, and its provinces carry no
    population; fitted freely, these weights learn that corpus's mix (an admin1 prior that puts
    Libya's Tripoli district before Lebanon's Tripoli in "Lebanese troops ... in Tripoli")."""
    return pin and (name.startswith("feature=") or name == "log_pop")


def penalty_vector(penalty: float, names: list[str], pin: bool) -> np.ndarray:
    return np.array([PIN if pinned(n, pin) else penalty for n in names])


def prior_vector(kind: str, names: list[str], design: Design, keep: list[int], pin: bool) -> np.ndarray:
    """The hand weights times the one scale that fits them best to the training rows; with the
    "zero" prior, zero for the features that are not pinned."""
    rules = places.rule_weights(places._weights())
    base = np.array([rules.get(n, 0.0) for n in names])
    Xs, pos = design.subset(keep)
    scales = np.linspace(0.1, 3.0, 30)
    scaled = base * scales[int(np.argmin([nll(base * a, Xs, pos) for a in scales]))]
    if kind == "zero":
        return np.where([pinned(n, pin) for n in names], scaled, 0.0)
    return scaled


def choose(design: Design, names: list[str], train: list[int], pin: bool) -> tuple[str, float]:
    """The prior and penalty with the best inner-CV log-likelihood on the training documents."""
    docs = sorted({design.tops[i].doc for i in train})
    inner = {doc: k % INNER_FOLDS for k, doc in enumerate(docs)}
    best = None
    for kind in PRIORS:
        for penalty in PENALTIES:
            loss = 0.0
            for f in range(INNER_FOLDS):
                fit_on = [i for i in train if inner[design.tops[i].doc] != f]
                held = [i for i in train if inner[design.tops[i].doc] == f]
                wv = fit(*design.subset(fit_on), penalty_vector(penalty, names, pin),
                         prior_vector(kind, names, design, fit_on, pin))
                loss += nll(wv, *design.subset(held))
            if best is None or loss < best[0] - 1e-9:
                best = (loss, kind, penalty)
    return best[1], best[2]


def fit_variant(design: Design, names: list[str], train: list[int], pin: bool) -> tuple[np.ndarray, str, float]:
    kind, penalty = choose(design, names, train, pin)
    wv = fit(*design.subset(train), penalty_vector(penalty, names, pin), prior_vector(kind, names, design, train, pin))
    return wv, kind, penalty


def provinces_for_cities(resources, weights: dict[str, float], n: int = 300) -> tuple[int, int]:
    """On the generated news of benchmarks/corpus.py (conflict news, our own text): of the mentions
    the hand weights place in a city or town, how many `weights` move to the province of that name."""
    from corpus import news_corpus

    docs = list(resources.nlp.pipe(news_corpus(n, seed=7), batch_size=32))

    def run(ranker):
        saved = places._ranker
        places._ranker = lambda: ranker
        try:
            out = {}
            for i, doc in enumerate(docs):
                matches = match_aliases(doc, resources.lexicon)
                for m in places.find_places(doc, resources.gazetteer, matches, focus_hint=_countries_named(matches),
                                            stopnames=resources.stopnames):
                    out[(i, m.start)] = m.entry.feature
            return out
        finally:
            places._ranker = saved

    rules, other = run(None), run({"version": "variant", "weights": weights})
    settled = [k for k, v in rules.items() if v in {"city", "town"}]
    return sum(other.get(k) in {"admin1", "admin2"} for k in settled), len(settled)


VARIANTS = (("refit", "rules refit"), ("free", "learned, free"), ("learned", "learned, pinned"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = ap.parse_args()
    resources = sitrep.load_resources()
    tops = build_rows(resources)
    names_all = sorted({k for t in tops for r in t.rows for k in r})
    names_rules = [n for n in names_all if n in RULE_FEATURES or n.startswith("feature=")]
    full, ruled = Design(tops, names_all), Design(tops, names_rules)
    every = list(range(len(tops)))
    fold_of = [t.doc % FOLDS for t in tops]
    ndocs = len({t.doc for t in tops})

    rules_w = places.rule_weights(places._weights())
    rules_vec = np.array([rules_w.get(n, 0.0) for n in names_all])
    rules_answers = answers(full, rules_vec, every)
    agree = sum(a == t.rules_gid for a, t in zip(rules_answers, tops))
    print(f"check: the hand weights on these rows agree with resolve_spans on {agree} of {len(tops)} toponyms")
    current = places._ranker()
    if current:
        current_vec = np.array([current["weights"].get(n, 0.0) for n in names_all])
        agree = sum(a == t.ranker_gid for a, t in zip(answers(full, current_vec, every), tops))
        print(f"check: {current['version']} on these rows agrees with resolve_spans on {agree} of {len(tops)} toponyms")

    print(f"tuning split ({DEV}): {ndocs} documents, {len(tops)} gold toponyms, "
          f"{sum(t.below for t in tops)} below province; {len(names_all)} features; folds: document i -> i mod {FOLDS}")
    print("rules refit: the hand weights' features, fitted freely (L2 1 towards zero); learned, free: all features, "
          "prior and L2 by inner CV; learned, pinned: the same with the feature-class prior and population weight "
          "held at the hand weights (the candidate for adoption)")
    print(f"{'':<12}{'n':>5}{'below':>6}" + "".join(f"{h:>22}" for h in ("rules (in sample)", *(v[1] + " (oof)" for v in VARIANTS)))
          + "  inner-CV choice (free; pinned)")
    oof = {name: [None] * len(tops) for name in ("rules", *(v[0] for v in VARIANTS))}
    picks = {"free": Counter(), "learned": Counter()}

    def row(label, keep, extra=""):
        cells = [accuracy(full, keep, [oof[n][i] for i in keep]) for n in oof]
        print(f"{label:<12}{cells[0][2]:>5}{cells[0][3]:>6}" + "".join(f"{a:>14.1%} / {b:5.1%}" for a, b, _, _ in cells) + extra)
        return cells

    for f in range(FOLDS):
        train = [i for i in every if fold_of[i] != f]
        test = [i for i in every if fold_of[i] == f]
        refit = fit(*ruled.subset(train), 1.0, np.zeros(len(names_rules)))
        free, kf, pf = fit_variant(full, names_all, train, pin=False)
        learned, kl, pl = fit_variant(full, names_all, train, pin=True)
        picks["free"][(kf, pf)] += 1
        picks["learned"][(kl, pl)] += 1
        for name, chosen in (("rules", [rules_answers[i] for i in test]), ("refit", answers(ruled, refit, test)),
                             ("free", answers(full, free, test)), ("learned", answers(full, learned, test))):
            for i, gid in zip(test, chosen):
                oof[name][i] = gid
        row(f"fold {f}", test, f"  {kf} prior L2 {pf:g}; {kl} prior L2 {pl:g}")
    cells = row("all folds", every)
    print("(cells: acc@161 all toponyms / below province; a toponym without an answer is a miss)")
    oracle = accuracy(full, every, [t.gids[int(np.argmax(t.right))] if t.right.any() else None for t in tops])
    print(f"oracle (some candidate within 161 km): {oracle[0]:.1%} / {oracle[1]:.1%}")

    finals = {}
    for name, pin in (("free", False), ("learned", True)):
        (kind, penalty), _ = picks[name].most_common(1)[0]
        wv = fit(*full.subset(every), penalty_vector(penalty, names_all, pin), prior_vector(kind, names_all, full, every, pin))
        finals[name] = (kind, penalty, {n: round(float(v), 4) for n, v in zip(names_all, wv) if abs(v) >= 5e-5})
        moved, settled = provinces_for_cities(resources, finals[name][2])
        print(f"{name} (fitted on the whole split, {kind} prior, L2 {penalty:g}): on 300 generated news texts it moves "
              f"{moved} of the {settled} mentions the rules place in a city or town to a province of that name")

    rules_all, rules_below = cells[0][0], cells[0][1]
    learned_all, learned_below = cells[3][0], cells[3][1]
    adopted = learned_all >= rules_all and learned_below >= rules_below
    print(f"learned, pinned, out of fold {learned_all:.1%} / {learned_below:.1%} against rules in sample "
          f"{rules_all:.1%} / {rules_below:.1%}: {'adopt' if adopted else 'keep the rules'} "
          "(learned, free is not a candidate: it learns TR-News's preference for provinces, see `pinned`)")
    if args.write:
        kind, penalty, weights = finals["learned"]
        payload = {
            "_comment": "Learned pass-3 weights of the candidate ranking in places.py (conditional logit over a "
                        "toponym's candidates on places.candidate_rows; feature-class prior and population weight "
                        "held at the hand weights), fitted by benchmarks/fit_ranker.py --write on the first 70 per "
                        "cent of TR-News only; never on GeoWebNews, GeoVirus or WikToR. Used only when adopted: "
                        "its 5-fold out-of-fold acc@161 there at least the hand weights' in-sample figure, all "
                        "toponyms and below province.",
            "version": VERSION,
            "adopted": adopted,
            "prior": kind, "l2": penalty,
            "cv": {"rules_in_sample": [round(rules_all, 4), round(rules_below, 4)],
                   "rules_refit_oof": [round(cells[1][0], 4), round(cells[1][1], 4)],
                   "learned_free_oof": [round(cells[2][0], 4), round(cells[2][1], 4)],
                   "learned_oof": [round(learned_all, 4), round(learned_below, 4)], "folds": FOLDS},
            "weights": weights,
        }
        OUT.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT} (adopted: {adopted}; {kind} prior, L2 {penalty:g})")
        for n, v in sorted(weights.items(), key=lambda x: -abs(x[1])):
            print(f"  {n:<24}{v:8.3f}")


if __name__ == "__main__":
    main()
