"""Claims checked against the gazetteer, on sentences written for these tests."""
from __future__ import annotations

import pytest

import sitrep


def claims_of(text, res):
    return sitrep.analyze(text, published="2024-05-02", resources=res).claims


@pytest.mark.parametrize("text, verdict", [
    # the place stated first is the subject of a locating clause, not an agent
    ("Homs lies roughly 160 km north of Damascus.", "consistent"),
    ("Odesa is about 440 km from Kyiv by road, officials said.", "consistent"),
    ("Mosul sits some 20 km from Baghdad.", "inconsistent"),
    # a name that is a province and its capital: a distance runs between points, so the city
    ("Kharkiv lies about 410 km east of Kyiv.", "consistent"),
    # places as the objects of a verb acting on ground
    ("Rebels cut the highway linking Homs and Hama, about 45 km apart.", "consistent"),
    # the figure names a route between or from-to a pair placed after it
    ("Convoys use the 190-km road between Aleppo and Raqqa.", "consistent"),
    ("Trucks drove some 400 km of highway from Kyiv to reach Kharkiv.", "consistent"),
    ("The 30-km highway from Homs to Damascus was closed.", "inconsistent"),
    # a figure in apposition to a place that follows "from": that place is the subject
    ("Fighters from Hama, 100 km north of Damascus, joined them.", "inconsistent"),
    # names the model does not tag, placed by the sentence itself
    ("Tikrit and Samarra, which are separated by about 55 km, both fell.", "consistent"),
    ("Ashdod sits within 40 km of Gaza City.", "consistent"),
    ("The army retook Kunduz, a provincial capital about 250 km north of Kabul.", "consistent"),
    ("The army retook Kunduz, a provincial capital about 40 km north of Kabul.", "inconsistent"),
])
def test_claims_distance_between_named_places(sentence_resources, text, verdict):
    distances = [c for c in claims_of(text, sentence_resources) if c.kind == "distance"]
    assert len(distances) == 1, text
    assert distances[0].verdict == verdict and distances[0].measured.method in {"great_circle", "road"}
    assert distances[0].tolerance


def test_claims_containment_of_a_captured_town(sentence_resources):
    claims = [c for c in claims_of("Insurgents seized Saraqib, in Idlib province, at dawn.", sentence_resources)
              if c.kind == "containment"]
    assert [c.verdict for c in claims] == ["consistent"]


@pytest.mark.parametrize("text, verdict", [
    # a province whose centre lies in empty land: its code is read from settlements further out
    ("Marines entered Ramadi, in Anbar province.", "consistent"),
    # a compass word opening a province name ("North Kivu") is part of the name
    ("Fighting reached Goma, in North Kivu province.", "consistent"),
    ("Fighting reached Goma, in South Kivu province.", "inconsistent"),
    # "in northern X": read from the country's centre or from its largest city; a town named like
    # its region is the town
    ("French troops left Timbuktu in northern Mali.", "consistent"),
    ("Rebels took Kidal in southern Mali.", "inconsistent"),
    ("Shelling hit Kherson in southern Ukraine.", "consistent"),
    ("Shelling hit Lviv in eastern Ukraine.", "inconsistent"),
    # a province known by an English name the ISO tables lack (data/gazetteer/admin1_names.tsv)
    ("Troops entered Mekelle, in the Tigray region.", "consistent"),
    ("Troops entered Bahir Dar, in the Tigray region.", "inconsistent"),
])
def test_claims_containment_in_a_province_or_part_of_a_country(sentence_resources, text, verdict):
    claims = [c for c in claims_of(text, sentence_resources) if c.kind == "containment"]
    assert [c.verdict for c in claims] == [verdict], text


@pytest.mark.parametrize("text", [
    # curated overlay towns name their province in words, not by code: "Gao" is no code "09"
    "Gunmen attacked a market in Bamba in the Gao region on Sunday, killing five traders.",
    "Troops clashed with militants near Mir Ali in Khyber Pakhtunkhwa province on Monday.",
])
def test_claims_an_overlay_town_in_its_own_province_is_consistent(sentence_resources, text):
    claims = [c for c in claims_of(text, sentence_resources) if c.kind == "containment"]
    assert [c.verdict for c in claims] == ["consistent"], claims
