"""The geoparsing gate: a fixed, deterministic subset of the geoparsing corpora scored with the
protocol of benchmarks/geoparse_eval.py, held to the floors pinned in floors.json ("geoparsing"),
so that no change can quietly make place resolution worse. Fast: the TR-News test split (last 30
per cent of its toponyms, gold spans), the first 50 GeoVirus documents end to end, and the frozen
test halves of sitrep's own conflict-, local- and world-news sets end to end (tests/data/geoparse/,
needing no ../shared/).

GeoVirus is GPL-3.0 and read here for evaluation only; nothing is learnt from it."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from conftest import shared_path
from sitrep import evaluate_geo as eg
from sitrep.gazetteer import great_circle_km

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())["geoparsing"]


@pytest.fixture(scope="module")
def tr_news(resources):
    docs = eg.last_share(eg.read_tr_news(shared_path("data", "geoparsing", "tr-news", "TR-News.xml")))
    return eg.score_corpus("tr-news", docs, resources)


@pytest.fixture(scope="module")
def geovirus(resources):
    docs = eg.read_geovirus(shared_path("data", "geoparsing", "geovirus", "GeoVirus.xml"))[:50]
    return eg.score_corpus("geovirus", docs, resources, end_to_end=True)


def test_geoparse_subsets_are_the_agreed_size(tr_news, geovirus):
    assert tr_news.toponyms == 383 and geovirus.docs == 50


@pytest.mark.parametrize("metric", ["acc161_all", "acc161_below"])
def test_gate_tr_news_gold_spans(tr_news, metric):
    part = metric.rsplit("_", 1)[1]
    value, floor = tr_news.system[part].acc161, FLOORS["tr_news_gold_spans"][metric]
    assert value >= floor, f"TR-News (gold spans) {metric} {value:.3f} fell below its floor {floor}:\n" + \
        "\n".join(tr_news.failures[:60])


def test_gate_tr_news_beats_population_baseline(tr_news):
    assert tr_news.system["all"].acc161 > tr_news.baseline["all"].acc161


@pytest.mark.parametrize("metric", ["acc161_all", "f1_lenient_all"])
def test_gate_geovirus_end_to_end(geovirus, metric):
    value = geovirus.system["all"].acc161 if metric == "acc161_all" else geovirus.recognition["all"].lenient_prf[2]
    floor = FLOORS["geovirus_50_end_to_end"][metric]
    assert value >= floor, f"GeoVirus (50 docs, end to end) {metric} {value:.3f} fell below its floor {floor}:\n" + \
        "\n".join(geovirus.failures[:60])


OWN_TEST_HALVES = {"conflict": ("conflict-b.jsonl", 279), "local": ("local-b.jsonl", 347), "world": ("world-b.jsonl", 553)}


@pytest.fixture(scope="module", params=sorted(OWN_TEST_HALVES))
def own_set(request, resources):
    """sitrep's own sets, frozen test halves (tests/data/geoparse/*-b.jsonl), end to end."""
    name = request.param
    path = Path(__file__).parent / "data" / "geoparse" / OWN_TEST_HALVES[name][0]
    return name, eg.score_corpus(name, eg.read_sitrep_geo(path), resources, end_to_end=True)


@pytest.mark.parametrize("metric", ["acc161_all", "acc161_below", "f1_lenient_all", "found_right_all"])
def test_gate_own_sets_end_to_end(own_set, metric):
    name, result = own_set
    values = {"acc161_all": result.system["all"].acc161, "acc161_below": result.system["below"].acc161,
              "f1_lenient_all": result.recognition["all"].lenient_prf[2],
              "found_right_all": result.found_right_share("all")}
    floor = FLOORS[f"{name}_test_end_to_end"][metric]
    # the failures are not printed: a test half is not read, so that it stays a fair test
    assert values[metric] >= floor, f"{name} news (test half, end to end) {metric} {values[metric]:.3f} " \
        f"fell below its floor {floor}"


def test_own_test_halves_are_the_agreed_size(own_set):
    name, result = own_set
    assert (result.docs, result.toponyms) == (50, OWN_TEST_HALVES[name][1])


# --- the metrics and the gold-span resolver on data written here -------------------------------

def test_auc_is_zero_when_perfect_and_one_at_the_worst():
    assert eg.auc([0.0, 0.0, 0.0]) == 0.0
    assert math.isclose(eg.auc([eg.MAX_ERROR_KM] * 3), 1.0, rel_tol=1e-4)
    score = eg.GeoScore([0.0, 100.0, None])
    assert math.isclose(score.acc161, 2 / 3) and math.isclose(score.missing, 1 / 3)
    assert score.median_km == 100.0


def test_match_spans_is_one_to_one_exact_first():
    pairs, exact = eg.match_spans([(0, 5), (10, 20)], [(12, 18), (0, 5), (11, 19)])
    assert pairs == {0: 1, 1: 0} and exact == 1


def test_splits_do_not_overlap():
    docs = [eg.GeoDoc(str(i), "x" * 10, tuple(eg.GoldToponym(j, j + 1, "x", 0.0, 0.0) for j in range(n)))
            for i, n in enumerate([3, 5, 2])]
    test, train = eg.last_share(docs), eg.first_share(docs)
    assert sum(len(d.toponyms) for d in test) == 3 and [d.id for d in train] == ["0"]


def test_resolve_spans_uses_parents_demonyms_and_abbreviations(resources):
    import sitrep.places as places
    from sitrep.actors import match_aliases

    text = ("Farmers near Edmonton, Ky. said the Syrian delegation had left. "
            "Officials in Victoria, B.C. and in the U.S. disagreed.")
    doc = resources.nlp(text)
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Edmonton", "Ky.", "Syrian", "Victoria", "B.C.", "U.S.")]
    answers = places.resolve_spans(doc, resources.gazetteer, spans, match_aliases(doc, resources.lexicon))
    edmonton, ky, syrian, victoria, bc, us = answers
    assert great_circle_km(edmonton.entry.lat, edmonton.entry.lon, 36.98, -85.61) < 30  # Edmonton, Kentucky
    assert ky.entry.gid == "iso:US-KY" and bc.entry.gid == "iso:CA-BC"
    assert syrian.entry.gid == "ne:SY" and us.entry.gid == "ne:US"
    assert great_circle_km(victoria.entry.lat, victoria.entry.lon, 48.43, -123.37) < 30  # Victoria, British Columbia
    assert [a.start for a in answers] == [s for s, _ in spans]
