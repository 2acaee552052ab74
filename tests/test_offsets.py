"""Every offset is exact: `doc.text[start:end]` is the mention's text for every place, actor, time,
trigger, evidence and quantity, on many texts: the examples, generated news and random mixes."""
from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sitrep
from conftest import EXAMPLES, REPO


def spans_of(analysis):
    a = analysis
    for p in a.places:
        yield from ((m.text, m.start, m.end) for m in p.mentions)
    for x in a.actors:
        yield from ((m.text, m.start, m.end) for m in x.mentions)
    for t in a.times:
        yield t.text, t.start, t.end
    for e in a.events:
        yield e.trigger.text, e.trigger.start, e.trigger.end
        yield e.evidence.sentence, e.evidence.start, e.evidence.end
        for m in e.mentions:
            yield m.trigger.text, m.trigger.start, m.trigger.end
            yield m.evidence.sentence, m.evidence.start, m.evidence.end
        for ref in (*e.source, *e.target):
            assert ref.text in a.doc.text
    for q in a.quantities:
        yield q.text, q.start, q.end
        yield q.evidence.sentence, q.evidence.start, q.evidence.end
    for c in a.claims:
        yield c.evidence.sentence, c.evidence.start, c.evidence.end


def assert_offsets_exact(analysis):
    text = analysis.doc.text
    count = 0
    for value, start, end in spans_of(analysis):
        assert text[start:end] == value, (value, start, end, text[start:end])
        count += 1
    return count


def generated_texts(n: int):
    import importlib.util
    spec = importlib.util.spec_from_file_location("corpus", REPO / "benchmarks" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    return corpus.news_corpus(n, seed=11)


def test_offsets_exact_on_examples_and_generated_news(resources):
    inputs = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.htm*")) + sorted(EXAMPLES.glob("*.txt"))]
    inputs += generated_texts(40)
    checked = 0
    for result in sitrep.analyze_all(inputs, published="2024-06-01", resources=resources):
        assert not isinstance(result, sitrep.InputError), result
        checked += assert_offsets_exact(result)
    assert checked > 1000


PARTS = st.sampled_from([
    "Russian jets struck Idlib on Tuesday, killing at least 12 people, the Observatory said.",
    "Hamas fighters attacked Israeli troops near Khan Younis last week.",
    "The UN called on both sides to agree to a ceasefire in El Fasher.",
    "Houthi forces claimed to have fired missiles at a ship off Hodeidah, about 40 km from the coast.",
    "If the RSF takes El Obeid, it could cut the road to Khartoum.",
    "Ukraine denied that its drones hit Belgorod in March 2024.",
    "  Café owners in Kraków — and “others” — protested.\tAgain!",
    "M23 rebels, backed by Rwanda, seized Goma's airport after clashes with FARDC soldiers.",
])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(PARTS, min_size=3, max_size=9), st.randoms(use_true_random=False),
       st.sampled_from(["\n\n", " ", "\n", "\r\n\r\n"]))
def test_offsets_exact_on_random_mixes(resources, parts, rnd, sep):
    rnd.shuffle(parts)
    text = sep.join(parts)
    try:
        analysis = sitrep.analyze(text, published="2024-03-15", resources=resources)
    except sitrep.InputError:
        return  # too short to be an article: nothing to check
    assert_offsets_exact(analysis)
