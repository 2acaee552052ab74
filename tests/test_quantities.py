"""Numbers with units: low, high, unit, approximation and what is counted. Sentences written for
this test."""
from __future__ import annotations

import pytest
import spacy

from sitrep.quantities import find_quantities, load_units, words_to_number


@pytest.fixture(scope="module")
def units():
    return load_units()


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.mark.parametrize("sentence, expected", [
    ("A force of 2,000 to 4,000 personnel stayed.", (2000, 4000, "personnel", "range", "personnel")),
    ("The town lies about 50 miles from the coast.", (50, 50, "mi", "about", "distance")),
    ("More than 300 people were killed in the raids.", (300, None, "people", "more_than", "killed")),
    ("Dozens of families fled the shelling.", (24, None, "families", "at_least", "displaced")),
    ("The donors pledged $4 billion in aid.", (4_000_000_000, 4_000_000_000, "USD", "exact", "money")),
    ("Its missiles have a range of 140-190 km.", (140, 190, "km", "range", "distance")),
    ("Rebels seized three aircraft at the base.", (3, 3, "aircraft", "exact", "aircraft")),
    ("Some 1.2 million people have been displaced.", (1_200_000, 1_200_000, "people", "about", "displaced")),
    ("At least 24 were killed, the Observatory said.", (24, None, "people", "at_least", "killed")),
    ("Police arrested forty-two protesters.", (42, 42, "people", "exact", "detained")),
    ("Up to 500 troops crossed the river.", (None, 500, "troops", "up_to", "troops")),
    ("The brigade lost 12 rocket launchers in the ambush.", (12, 12, "launchers", "exact", "vehicles")),
    ("Gunmen fired 40 mortar rounds at the camp.", (40, 40, "shells", "exact", "other")),
    ("More than 8,000 residents left the city within days.", (8000, None, "people", "more_than", "displaced")),
    ("Thousands of residents were sheltering in basements.", (2000, None, "people", "at_least", "other")),
    ("Soldiers rounded up at least 60 suspects overnight.", (60, None, "people", "at_least", "detained")),
    ("Moscow sent a 3,000-strong contingent to the region.", (3000, 3000, "troops", "exact", "troops")),
    ("Twelve soldiers were taken prisoner near the bridge.", (12, 12, "troops", "exact", "detained")),
    ("Nine fishermen are missing after the storm.", (9, 9, "people", "exact", "other")),
    ("Nearly half a million people have left the province.", (500_000, 500_000, "people", "about", "displaced")),
    # an adjective between number and noun says what is counted; a people's name before a noun is its adjective
    ("Medics treated 31 wounded civilians at the clinic.", (31, 31, "people", "exact", "wounded")),
    ("About 40,000 Rohingya refugees are in the new camp.", (40_000, 40_000, "people", "about", "displaced")),
    ("An estimated 9,000 villagers were driven from their homes.", (9000, 9000, "people", "about", "displaced")),
])
def test_quantities_values_units_and_what_is_counted(blank, units, sentence, expected):
    found = find_quantities(blank(sentence), units)
    assert len(found) == 1, found
    q = found[0]
    assert (q.low, q.high, q.unit, q.approx, q.counted) == expected


def test_quantities_years_and_bare_numbers_are_not_quantities(blank, units):
    assert find_quantities(blank("In 2016 the city fell, and 2018 brought a truce."), units) == []


def test_quantities_word_numbers():
    assert words_to_number("four thousand five hundred") == 4500
    assert words_to_number("thirty-two") == 32
    assert words_to_number("a hundred") == 100
