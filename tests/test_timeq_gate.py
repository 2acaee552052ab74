"""The accuracy gate for times, quantities and claims: the frozen test half of tests/data/timeq/
scored against the floors in floors.json."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.evaluate_timeq import read_items, score_timeq

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())["timeq"]
TEST_HALF = Path(__file__).parent / "data" / "timeq" / "test.jsonl"


@pytest.fixture(scope="module")
def timeq_score(resources):
    return score_timeq(read_items(TEST_HALF), resources)


@pytest.mark.parametrize("kind", ["dates", "quantities", "claims"])
def test_gate_timeq_floor(timeq_score, kind):
    value, floor = timeq_score.accuracy(kind), FLOORS[kind]
    wrong = [e for e in timeq_score.errors if e.split()[1] == {"dates": "time", "quantities": "quantity"}.get(kind, e.split()[1])]
    assert value >= floor, f"{kind} accuracy {value:.3f} fell below its floor {floor}:\n" + "\n".join(wrong[:40])
