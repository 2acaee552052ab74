"""The accuracy gate for actors and events: the frozen test halves of tests/data/events/ and
tests/data/actors/coref-test.jsonl (actor references), and the
PLOVER gold-standard records scored with the protocol of benchmarks/events_eval.py, held to the
floors pinned in floors.json ("events"), so that no change can quietly make the coder worse."""
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


# --- actor references ("the group", "its jets"): the frozen test half of tests/data/actors/coref-test.jsonl

REFERENCE_FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())["references"]
COREF_TEST = Path(__file__).parent / "data" / "actors" / "coref-test.jsonl"


@pytest.fixture(scope="module")
def references_score(sentence_resources):
    from sitrep.evaluate_references import score_references

    return score_references([COREF_TEST], sentence_resources)


def test_references_test_half_is_the_agreed_size(references_score):
    assert references_score.documents >= 50 and references_score.references >= 200 and references_score.nulls >= 30


@pytest.mark.parametrize("metric", ["precision", "f1", "nulls_left_unresolved"])
def test_gate_references_floor(references_score, metric):
    value = {"precision": references_score.precision, "f1": references_score.f1,
             "nulls_left_unresolved": references_score.abstention}[metric]
    floor = REFERENCE_FLOORS[metric]
    assert value >= floor, f"actor references {metric} {value:.3f} fell below its floor {floor}"
