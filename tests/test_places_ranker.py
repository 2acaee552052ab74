"""The candidate ranking of the places stage: the learned ranker's data file, the hand weights as
feature rows (what benchmarks/fit_ranker.py compares), and the choices a reader would check by
hand, under the ranking in use and under the weights of ranker.json."""
from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from importlib import resources as importlib_resources
from pathlib import Path

import numpy as np
import pytest

import sitrep
from sitrep import places
from sitrep.gazetteer import FEATURES, GazetteerEntry

ROW_FEATURES = {f"feature={f}" for f in FEATURES} | {
    "log_pop", "pop_top", "exact", "primary", "overlay", "focus_top", "focus_any", "focus_share", "parent_country",
    "parent_admin", "anchored", "water_after_the", "admin_in_doc", "near", "region", "near_25", "far_1000",
    "others_same_country", "paired"}


def ranker_file() -> dict:
    path = importlib_resources.files("sitrep") / "data" / "gazetteer" / "ranker.json"
    return json.loads(path.read_text(encoding="utf-8"))


def entry(gid, name, country, feature, population, lat, lon, admin1=None, exact=True):
    return GazetteerEntry(gid, name, lat, lon, country, feature, admin1, population, exact)


def context(focus=(), parents=(), anchors=(), others=(), after_the=False):
    return places._Context(Counter(focus), tuple(parents), tuple(anchors), tuple(others), after_the)


def weight_sets():
    """The ranking in use (the hand weights unless ranker.json is adopted) and ranker.json's own."""
    w = places._weights()
    active = places._ranker() or {"version": w["version"], "weights": places.rule_weights(w)}
    return {"in use": active, "ranker.json": ranker_file()}


def choose(cands, ctx, ranker):
    return places._best_learned(tuple(cands), ctx, places._weights(), ranker)


# --- the data file -------------------------------------------------------------------------------

def test_ranker_file_is_versioned_and_its_weights_name_real_features():
    ranker = ranker_file()
    assert re.fullmatch(r"ranker\.v\d+", ranker["version"])
    assert isinstance(ranker["adopted"], bool)
    assert ranker["weights"] and set(ranker["weights"]) <= ROW_FEATURES, set(ranker["weights"]) - ROW_FEATURES
    assert all(isinstance(v, float | int) and math.isfinite(v) for v in ranker["weights"].values())


def test_ranker_is_adopted_only_where_cross_validation_says_it_beats_the_rules():
    cv = ranker_file()["cv"]
    beats = all(learned >= rules for learned, rules in zip(cv["learned_oof"], cv["rules_in_sample"]))
    assert ranker_file()["adopted"] == beats


def test_ranking_version_is_stamped_on_outputs_and_names_the_ranker_only_when_adopted(sentence_resources):
    hand = places._weights()["version"]
    expected = f"{hand}+{ranker_file()['version']}" if ranker_file()["adopted"] else hand
    assert places.ranking_version() == expected
    assert sentence_resources.versions()["lexicons"].endswith("+" + expected)


# --- the hand weights as feature rows ----------------------------------------------------------------

TEXAS = entry("iso:US-TX", "Texas", "US", "admin1", 0, 31.0, -99.0)
PARIS_TX = entry("gn:2", "Paris", "US", "town", 25000, 33.66, -95.56, admin1="TX")
PARIS_FR = entry("gn:1", "Paris", "FR", "city", 2_100_000, 48.85, 2.35)
DALLAS = entry("gn:3", "Dallas", "US", "city", 1_300_000, 32.78, -96.80, admin1="TX")


@pytest.mark.parametrize("cand, ctx", [
    (PARIS_TX, context()),
    (PARIS_TX, context(focus={"US": 2, "FR": 1}, parents=[TEXAS], others=[DALLAS, TEXAS])),
    (PARIS_FR, context(focus={"US": 2, "FR": 1}, parents=[TEXAS], others=[DALLAS, TEXAS])),
    (PARIS_TX, context(focus={"FR": 1}, anchors=[DALLAS], others=[PARIS_FR])),
    (entry("ov:x", "X Camp", "SD", "camp", 0, 15.0, 30.0, exact=False), context(others=[entry("gn:9", "Y", "SD", "city", 10, 16.0, 30.0)])),
    (entry("ov:wa-x", "X Sea", None, "water", 0, 20.0, 38.0), context(after_the=True)),
])
def test_hand_weights_on_feature_rows_give_the_hand_score(cand, ctx):
    # fit_ranker compares the rules with the learned model on these rows: they must score as _resolve does
    w = places._weights()
    row = places.candidate_rows((cand, PARIS_FR), ctx, w)[0]
    expected = places._score(cand, ctx.focus, w) + places.context_bonus(cand, ctx, w)
    assert places._dot(row, places.rule_weights(w)) == pytest.approx(expected)


# --- choices under both weight sets ------------------------------------------------------------------

@pytest.mark.parametrize("which", ["in use", "ranker.json"])
def test_a_focus_country_candidate_beats_a_bigger_namesake(which):
    libya = entry("gn:1", "Tripoli", "LY", "city", 1_300_000, 32.9, 13.2)
    lebanon = entry("gn:2", "Tripoli", "LB", "city", 229_000, 34.44, 35.85)
    best, confidence = choose([libya, lebanon], context(focus={"LB": 3}), weight_sets()[which])
    assert best.country == "LB" and 0.5 < confidence <= 1.0


@pytest.mark.parametrize("which", ["in use", "ranker.json"])
def test_a_parent_named_after_the_name_decides_it(which):
    best, _ = choose([PARIS_FR, PARIS_TX], context(parents=[TEXAS]), weight_sets()[which])
    assert best is PARIS_TX
    best, _ = choose([PARIS_FR, PARIS_TX], context(), weight_sets()[which])
    assert best is PARIS_FR  # without the cue the capital wins


@pytest.mark.parametrize("which", ["in use", "ranker.json"])
def test_a_city_keeps_its_city_sense_over_the_province_of_its_name(which):
    # conflict news means the city of "Kharkiv" or "Aden" far more often than the province
    province = entry("iso:UA-63", "Kharkiv", "UA", "admin1", 0, 49.5, 36.5)
    city = entry("gn:5", "Kharkiv", "UA", "city", 1_430_000, 50.0, 36.25)
    best, _ = choose([province, city], context(), weight_sets()[which])
    assert best is city


@pytest.mark.parametrize("which", ["in use", "ranker.json"])
def test_a_weak_lone_candidate_gives_no_answer(which):
    hamlet = entry("gn:7", "Mosel", "DE", "village", 5, 50.0, 7.0, exact=False)
    assert choose([hamlet], context(), weight_sets()[which]) is None
    town = entry("gn:8", "Mosul", "IQ", "city", 1_700_000, 36.34, 43.13)
    assert choose([town], context(), weight_sets()[which])[0] is town


@pytest.mark.parametrize("which", ["in use", "ranker.json"])
def test_confidence_is_lower_when_two_senses_are_close(which):
    a = entry("gn:1", "Springfield", "US", "city", 160_000, 39.8, -89.6)
    b = entry("gn:2", "Springfield", "US", "city", 150_000, 37.2, -93.3)
    close = choose([a, b], context(), weight_sets()[which])[1]
    clear = choose([PARIS_FR, PARIS_TX], context(), weight_sets()[which])[1]
    assert 0.0 < close < clear <= 1.0


# --- end to end, with the ranking in use ---------------------------------------------------------------

@pytest.mark.parametrize("text, name, country, feature", [
    # the people of a country vote for it ("Lebanese troops" do not: armies also fight abroad)
    ("Lebanese officials said gunmen clashed in Tripoli on Sunday.", "Tripoli", "LB", "city"),
    ("The fire spread from Paris, Texas, to nearby farms.", "Paris", "US", "town"),
    ("Fighting was reported in Aden on Friday.", "Aden", "YE", "city"),
])
def test_places_in_sentences(sentence_resources, text, name, country, feature):
    found = {(p.name, p.country, p.feature) for p in
             sitrep.analyze(text, published="2024-05-02", resources=sentence_resources).places}
    assert (name, country, feature) in found, found


# --- the fit -------------------------------------------------------------------------------------

def test_fit_is_deterministic_and_learns_what_separates_the_right_candidate():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from fit_ranker import fit

    # three toponyms, two candidates each: the right one has feature 0, both share feature 1
    Xs = [np.array([[1.0, 1.0], [0.0, 1.0]]), np.array([[0.0, 1.0], [1.0, 1.0]]), np.array([[1.0, 0.0], [0.0, 0.0]])]
    pos = [np.array([True, False]), np.array([False, True]), np.array([True, False])]
    first = fit(Xs, pos, 0.1, np.zeros(2))
    assert first[0] > 1.0
    assert np.array_equal(first, fit(Xs, pos, 0.1, np.zeros(2)))
