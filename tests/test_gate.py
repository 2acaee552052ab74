"""The accuracy gate: each evaluation set scored against the floor pinned in floors.json, so that
no change can quietly make sitrep worse."""
from __future__ import annotations

import json
from importlib import resources as importlib_resources
from pathlib import Path

import pytest

from sitrep.clean import read_junk_patterns
from sitrep.evaluate import score_cleaning

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())
CLEANING = Path(__file__).parent / "data" / "cleaning"


@pytest.fixture(scope="module")
def cleaning_score():
    junk = read_junk_patterns((importlib_resources.files("sitrep") / "data" / "cleaning" / "junk_lines.tsv").read_text())
    return score_cleaning(CLEANING, junk)


def test_gate_cleaning_set_is_the_agreed_size(cleaning_score):
    assert cleaning_score.pages >= 20 and len(cleaning_score.by_template) >= 8


@pytest.mark.parametrize("metric", ["body_kept", "junk_removed", "titles_found"])
def test_gate_cleaning_floor(cleaning_score, metric):
    value = {"body_kept": cleaning_score.body_kept_ratio, "junk_removed": cleaning_score.junk_removed_ratio,
             "titles_found": cleaning_score.title_ratio}[metric]
    floor = FLOORS["cleaning"][metric]
    assert value >= floor, f"cleaning {metric} {value:.3f} fell below its floor {floor}:\n" + "\n".join(cleaning_score.failures)
