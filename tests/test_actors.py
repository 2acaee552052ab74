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


@pytest.mark.parametrize("text, words, actor", [
    # a demonym before a generic phrase of two words, capitalised as an institution's name
    ("The Russian Defence Ministry said its forces had taken the village.", "Russian Defence Ministry", "RUS-MIL"),
    ("The Ukrainian General Staff reported 40 clashes on Monday.", "Ukrainian General Staff", "UKR-MIL"),
    ("The Syrian Foreign Ministry condemned the strike.", "Syrian Foreign Ministry", "SYR-GOV"),
])
def test_actors_a_demonym_before_an_institutions_name_is_that_countrys_sector(sentence_resources, text, words, actor):
    found = {m.text: a.id for a in sitrep.analyze(text, published="2024-06-01", resources=sentence_resources).actors
             for m in a.mentions}
    assert found.get(words) == actor, found


def test_actors_a_form_never_takes_in_the_line_break_after_it(sentence_resources):
    from sitrep.actors import match_aliases

    doc = sentence_resources.nlp("a future in which the wonderful Cuban\n            people finally live in peace.")
    cuban = [m for m in match_aliases(doc, sentence_resources.lexicon) if doc[m.start].text == "Cuban"]
    assert [doc[m.start:m.end].text for m in cuban] == ["Cuban"]
    assert cuban[0].alias.country == "CU"
