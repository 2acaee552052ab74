"""Shared fixtures. The real pipeline is loaded once per test session: no mocks where the real
thing runs here."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"
DATA = Path(__file__).resolve().parent / "data"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/. Missing: the test skips, saying so, except under CI=true where a
    skipped core test would hide a failure, so it fails instead."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is missing: the evaluation data in ../shared/ is not beside this checkout"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def resources():
    import sitrep

    return sitrep.load_resources()


@pytest.fixture(scope="session")
def sentence_resources():
    """Resources whose cleaning accepts a single sentence as a document (evaluation sets and
    sentence-level behaviour tests)."""
    from sitrep.evaluate_events import sentence_resources as load

    return load()


@pytest.fixture(scope="session")
def every_event_resources(sentence_resources):
    """The same, keeping every event whatever its confidence: for tests of status and roles."""
    import dataclasses

    import sitrep

    return dataclasses.replace(sentence_resources, options=sitrep.Options(
        min_article_chars=0, min_event_confidence=0.0, min_asserted_confidence=0.0))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("corpus", "seed-aleppo-russia.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(resources, seed_text):
    import sitrep

    return sitrep.analyze(seed_text, published="2024-12-04", resources=resources, uri="seed-aleppo-russia.txt")
