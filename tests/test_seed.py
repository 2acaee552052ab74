"""The reference article (../shared/corpus/seed-aleppo-russia.txt, published 2024-12-04): what an
analyst checks first. Each expectation was read off the article by hand."""
from __future__ import annotations

from sitrep.gazetteer import great_circle_km

# Truth for point features, from public coordinates (checked by hand; 30 km is the bar).
TRUTH = {"Aleppo": (36.20, 37.16), "Hama": (35.13, 36.75), "Tartus": (34.89, 35.89), "Latakia": (35.52, 35.79),
         "Homs": (34.73, 36.72), "Idlib": (35.93, 36.63), "Kuweires air base": (36.19, 37.58),
         "al-Safira": (36.07, 37.37), "Khmeimim air base": (35.41, 35.95), "Daraa": (32.62, 36.10)}


def test_seed_clean_article_has_no_page_junk(seed_analysis):
    doc = seed_analysis.doc
    assert doc.title == "What the Fall of Aleppo Means for Russia"
    for junk in ("ylliX", "Source link", "Leave a Reply", "Required fields are marked"):
        assert junk not in doc.text
    assert doc.text.startswith("Last week, Syrian rebels led by the Sunni Islamist group Hayat Tahrir al-Sham")
    assert doc.text.endswith("by recalibrating its methods.")
    assert doc.text.count("\n\n") == 26  # all 27 body paragraphs kept


def test_seed_places_have_coordinates_near_the_truth(seed_analysis):
    by_mention = {m.text: p for p in seed_analysis.places for m in p.mentions}
    for name, (lat, lon) in TRUTH.items():
        place = by_mention.get(name)
        assert place is not None, f"{name} not found as a place"
        assert great_circle_km(lat, lon, place.lat, place.lon) < 30, f"{name} resolved to {place.name} {place.lat},{place.lon}"


def test_seed_actors_are_linked_and_never_places(seed_analysis):
    actor_of = {m.text: a.id for a in seed_analysis.actors for m in a.mentions}
    assert actor_of["HTS"] == actor_of["Hayat Tahrir al-Sham"] == "hts"
    assert actor_of["Moscow"] == "RUS-GOV"
    assert actor_of["Hezbollah"] == "hezbollah"
    assert actor_of["Abu Mohammad al-Julani"] == actor_of.get("al-Julani", actor_of["Abu Mohammad al-Julani"])
    place_words = {m.text for p in seed_analysis.places for m in p.mentions}
    assert not place_words & {"HTS", "Hezbollah", "Assad", "Moscow", "Hamas", "GCC", "NATO"}


def test_seed_references_name_the_actor_they_stand_for(seed_analysis):
    linked = [(m.text, a.id) for a in seed_analysis.actors for m in a.mentions if m.via]
    assert ("the regime", "SYR-GOV") in linked  # "the regime's largest military-industrial complexes"
    assert ("Moscow’s military", "RUS-MIL") in linked
    assert ("their commanders", "hezbollah") in linked  # "Israeli strikes against their commanders"
    # "Syrian rebels led by the Sunni Islamist group Hayat Tahrir al-Sham": a title, not a reference back
    assert all(text != "the Sunni Islamist group" for text, _ in linked)


def test_seed_times_resolve_against_publication(seed_analysis):
    times = {t.text: (t.value_start, t.value_end, t.precision) for t in seed_analysis.times}
    assert times["Last week"] == ("2024-11-25", "2024-12-01", "week")
    assert times["December 2016"] == ("2016-12-01", "2016-12-31", "month")
    assert times["May 2023"] == ("2023-05-01", "2023-05-31", "month")
    assert times["Oct. 7, 2023"] == ("2023-10-07", "2023-10-07", "day")


def test_seed_events_carry_triggers_evidence_and_status(seed_analysis):
    events = seed_analysis.events
    assert len(events) >= 20
    capture = next(e for e in events if e.trigger.text == "capturing")
    assert capture.type == "ASSAULT" and capture.status == "asserted"
    assert capture.place is not None and capture.place.name == "Aleppo"
    assert capture.date.start == "2024-11-25" and not capture.date.inferred
    takes_hama = next(e for e in events if e.trigger.text == "takes")
    assert takes_hama.status == "hypothetical" and [a.actor for a in takes_hama.source] == ["hts"]
    # "Russian sources claimed these strikes killed ... al-Julani": one attack, claimed, its victim
    # named; nothing states his death as fact
    julani = [e for e in events if e.type == "ASSAULT" and "ahmed-al-sharaa" in {t.actor for t in e.target}]
    assert julani and all(e.status == "claimed" for e in julani)
    for e in events:
        assert e.evidence.start <= e.trigger.start < e.trigger.end <= e.evidence.end
        assert e.rule and e.reason


def test_seed_distance_claims_are_checked(seed_analysis):
    claims = [c for c in seed_analysis.claims if c.kind == "distance"]
    assert len(claims) == 3
    assert all(c.verdict == "consistent" for c in claims)
    force = next(q for q in seed_analysis.quantities if q.counted == "personnel")
    assert (force.low, force.high, force.approx) == (2000, 4000, "range")


def test_seed_the_events_an_analyst_needs_come_out_right(seed_analysis):
    """The strikes, the surrender at Kuweires, the seizure of aircraft and air defences, the Su-24
    shootdown and the grand bargain Israel or Trump might seek: type, doer and status."""
    def coded(word):
        return [(e.type, e.status, sorted(a.actor for a in e.source if a.actor)) for e in seed_analysis.events
                if e.trigger.text.split()[0] == word]

    assert ("ASSAULT", "asserted", ["RUS-MIL", "SYR-MIL"]) in coded("striking")
    assert coded("surrendered") == [("RETREAT", "reported", ["SYR-MIL"])]
    surrender = next(e for e in seed_analysis.events if e.trigger.text == "surrendered")
    assert surrender.place is not None and "Kuweires" in surrender.place.name
    assert coded("capture") == [("COERCE", "asserted", ["hts"])]  # "allowing HTS to capture ... military assets"
    assert coded("shot") == [("ASSAULT", "asserted", ["TUR-MIL"])]
    assert [status for _, status, _ in coded("seek")] == ["hypothetical", "hypothetical"]
