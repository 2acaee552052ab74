"""The v1 contract: output validates against the published JSON Schema, and reads back unchanged."""
from __future__ import annotations

import json
from importlib import resources as importlib_resources

import jsonschema
import pytest

import sitrep
from sitrep.records import Analysis
from conftest import EXAMPLES

SCHEMA = json.loads((importlib_resources.files("sitrep") / "data" / "schema" / "analysis-v1.schema.json").read_text())


@pytest.fixture(scope="module")
def example_analyses(resources):
    docs = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.htm*")) + sorted(EXAMPLES.glob("*.txt"))]
    return list(sitrep.analyze_all(docs, resources=resources))


def test_records_validate_against_the_schema(example_analyses, seed_analysis):
    for analysis in [*example_analyses, seed_analysis]:
        jsonschema.validate(analysis.to_dict(), SCHEMA)
        jsonschema.validate(analysis.to_dict(include_text=False), SCHEMA)


def test_records_round_trip_through_json(example_analyses):
    for analysis in example_analyses:
        data = json.loads(json.dumps(analysis.to_dict()))
        again = Analysis.from_dict(data)
        assert again.to_dict() == analysis.to_dict()


def test_records_ids_derive_from_content(example_analyses):
    for analysis in example_analyses:
        assert analysis.doc.id == analysis.doc.sha256[:16]
        ids = [x.id for x in (*analysis.places, *analysis.events, *analysis.claims)]
        assert len(ids) == len(set(ids))
        assert all(i.startswith(analysis.doc.id) for i in ids)


def test_records_no_text_keeps_offsets(seed_analysis):
    data = seed_analysis.to_dict(include_text=False)
    dumped = json.dumps(data)
    # Canonical names and rule reasons stay; no run of article text long enough to matter does.
    text = seed_analysis.doc.text
    windows = {" ".join(text.split()[i:i + 6]) for i in range(0, len(text.split()) - 6)}
    assert not any(w in dumped for w in windows)
    assert data["doc"]["sha256"] == seed_analysis.doc.sha256
    assert all({"start", "end"} <= set(m) for p in data["places"] for m in p["mentions"])
