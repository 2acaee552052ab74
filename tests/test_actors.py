"""Actor linking on sentences written for these tests."""
from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize("text, actor, absent", [
    # a country's name that ends an organisation's name is part of it
    ("Amnesty International India said police fired tear gas at students.", "amnesty", "IND"),
    ("Air India suspended its flights to Tel Aviv.", "new:air-india", "IND"),
])
def test_actors_a_country_name_inside_an_organisation_name_is_not_the_country(sentence_resources, text, actor, absent):
    actors = {a.id for a in sitrep.analyze(text, published="2024-05-02", resources=sentence_resources).actors}
    assert actor in actors and absent not in actors, actors
