"""The accuracy gate for actors and events: the frozen test half of tests/data/events/ and the
PLOVER gold-standard records scored with the protocol of benchmarks/events_eval.py ("events" in
floors.json), and the frozen test halves of the actor-reference sets in tests/data/actors/
("references"), so that no change can quietly make the coder worse."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_path
from sitrep.evaluate_events import score_events_file, score_plover

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())["events"]
TEST_HALF = Path(__file__).parent / "data" / "events" / "test.jsonl"


@pytest.fixture(scope="module")
def events_score(sentence_resources):
    return score_events_file(TEST_HALF, sentence_resources)


@pytest.fixture(scope="module")
def plover_score(sentence_resources):
    return score_plover(shared_path("data", "events", "plover_gsr_cameo", "PLOVER_GSR_CAMEO.json"), sentence_resources)


def test_events_test_half_is_the_agreed_size(events_score):
    assert events_score.sentences >= 200 and len(events_score.gold) == 16


@pytest.mark.parametrize("metric", ["type_f1", "status_accuracy", "asserted_precision", "source_accuracy",
                                    "confidence_auc", "place_accuracy"])
def test_gate_events_floor(events_score, metric):
    value, floor = getattr(events_score, metric), FLOORS[metric]
    assert value >= floor, f"events {metric} {value:.3f} fell below its floor {floor}"


def test_gate_events_calibration(events_score):
    value, ceiling = events_score.calibration_error, FLOORS["calibration_error_max"]
    assert value <= ceiling, f"events calibration error {value:.3f} rose above its ceiling {ceiling}"


def test_gate_plover_type_accuracy(plover_score):
    value, floor = plover_score.type_accuracy, FLOORS["plover_type_accuracy"]
    assert value >= floor, f"PLOVER type accuracy {value:.3f} fell below its floor {floor}"


# --- actor references: the frozen test halves of tests/data/actors/coref-test.jsonl ("the group",
# "its jets") and pronouns-test.jsonl ("It said", "they withdrew")

REFERENCE_FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())["references"]
ACTORS_DATA = Path(__file__).parent / "data" / "actors"
REFERENCE_SETS = {"descriptions": "coref-test.jsonl", "pronouns": "pronouns-test.jsonl"}


@pytest.fixture(scope="module")
def references_scores(sentence_resources):
    from sitrep.evaluate_references import score_references

    return {kind: score_references([ACTORS_DATA / name], sentence_resources) for kind, name in REFERENCE_SETS.items()}


@pytest.mark.parametrize("kind", REFERENCE_SETS)
def test_references_test_halves_are_the_agreed_size(references_scores, kind):
    score = references_scores[kind]
    assert score.documents >= 40 and score.references >= 200 and score.nulls >= 30


@pytest.mark.parametrize("kind", REFERENCE_SETS)
@pytest.mark.parametrize("metric", ["precision", "f1", "nulls_left_unresolved"])
def test_gate_references_floor(references_scores, kind, metric):
    score = references_scores[kind]
    value = {"precision": score.precision, "f1": score.f1, "nulls_left_unresolved": score.abstention}[metric]
    floor = REFERENCE_FLOORS[kind][metric]
    assert value >= floor, f"actor references ({kind}) {metric} {value:.3f} fell below its floor {floor}"
