"""Actor references resolved within a document ("the group", "the junta", "its drones") and nouns
owned by a named actor ("Hezbollah fighters"), on texts written for these tests."""
from __future__ import annotations

import pytest

import sitrep


def mentions_of(analysis) -> dict[str, tuple[str, str | None, str | None]]:
    """Each actor mention's words -> (actor id, the words it refers to, the rule that linked it)."""
    return {m.text: (a.id, m.refers_to.text if m.refers_to else None, m.via)
            for a in analysis.actors for m in a.mentions}


@pytest.mark.parametrize("text, published, words, actor, refers_to", [
    # a description after a named group, with a speaker between them
    ("Al-Shabaab fighters stormed a hotel in Mogadishu, police said. The group claimed the attack hours later.",
     "2024-01-10", "The group", "al-shabaab", "Al-Shabaab fighters"),
    # a country's sector named by its description: the junta of the country whose army was named
    ("Myanmar's military seized power in February. The junta later jailed dozens of lawmakers.",
     "2021-05-01", "The junta", "MMR-GOV", "Myanmar's military"),
    # a capital lends its country
    ("Kyiv said on Monday that the talks had stalled. Two days later the government recalled its envoy.",
     "2024-02-01", "the government", "UKR-GOV", "Kyiv"),
    # a possessive inside a reported clause belongs to the speaker
    ("Ukraine's defence ministry said its drones hit an oil depot in Bryansk overnight.",
     "2024-03-01", "its drones", "UKR-MIL", "Ukraine's defence ministry"),
    # two sentences back, past a sentence with no actor of the kind
    ("The Arakan Army overran a border post near Maungdaw. Residents fled across the river. "
     "The group said it had captured 40 soldiers.", "2024-06-01", "The group", "arakan-army", "Arakan Army"),
])
def test_references_take_the_actor_named_earlier(sentence_resources, text, published, words, actor, refers_to):
    found = mentions_of(sitrep.analyze(text, published=published, resources=sentence_resources))
    assert found[words][:2] == (actor, refers_to), found


@pytest.mark.parametrize("text, words", [
    # nobody named: "a group of gunmen" is no actor to point to
    ("A group of gunmen attacked a bus near Kaduna. The group fled into the forest.", "The group"),
    # two groups named as one subject: a reader cannot tell which
    ("The Arakan Army and the Kachin Independence Army attacked posts near Lashio. The group said it lost two men.",
     "The group"),
    # the only earlier actor is of the wrong kind for the phrase
    ("Kenya's president flew to Addis Ababa on Monday. The militia said it would not disarm.", "The militia"),
])
def test_references_stay_unresolved_when_the_text_does_not_say_who(sentence_resources, text, words):
    found = mentions_of(sitrep.analyze(text, published="2024-01-10", resources=sentence_resources))
    assert words not in found or found[words][1] is None, found


@pytest.mark.parametrize("text, published, words, actor", [
    ("Hezbollah fighters fired rockets at an army post.", "2024-01-10", "Hezbollah fighters", "hezbollah"),
    ("Turkey's army shelled villages near the border.", "2024-01-10", "Turkey's army", "TUR-MIL"),
    # a person's side is the role they held on the date that fits the noun: an army, not a council
    ("Burhan's troops shelled Omdurman on Sunday.", "2024-03-01", "Burhan's troops", "saf"),
    ("Hemedti's fighters entered El Geneina.", "2023-11-01", "Hemedti's fighters", "rsf"),
])
def test_a_noun_owned_by_a_named_actor_is_that_actors_side(sentence_resources, text, published, words, actor):
    found = mentions_of(sitrep.analyze(text, published=published, resources=sentence_resources))
    assert found[words][0] == actor and found[words][2] == "owner", found


def test_an_event_done_by_a_reference_names_the_actor_and_keeps_the_words(sentence_resources):
    text = ("Houthi officials in Sanaa said the movement would keep targeting ships. "
            "On Tuesday the group fired two missiles at a tanker in the Red Sea.")
    analysis = sitrep.analyze(text, published="2024-02-14", resources=sentence_resources)
    fired = next(e for e in analysis.events if e.trigger.text.startswith("fired"))
    assert [(s.actor, s.text) for s in fired.source] == [("houthis", "the group")]
    group = next(m for a in analysis.actors for m in a.mentions if m.text == "the group")
    assert text[group.refers_to.start:group.refers_to.end] == group.refers_to.text


def test_references_are_in_the_json_and_read_back(sentence_resources):
    text = "Al-Shabaab fighters stormed a hotel in Mogadishu. The group claimed the attack."
    analysis = sitrep.analyze(text, published="2024-01-10", resources=sentence_resources)
    data = analysis.to_dict()
    group = next(m for a in data["actors"] for m in a["mentions"] if m["text"] == "The group")
    assert group["via"] == "description:group" and group["refers_to"]["text"] == "Al-Shabaab fighters"
    assert sitrep.Analysis.from_dict(data).to_dict() == data


def test_a_title_before_a_name_leaves_the_person_as_the_actor(sentence_resources):
    found = mentions_of(sitrep.analyze("Hamas spokesman Hazem Qassem rejected the proposal on Sunday.",
                                       published="2024-07-01", resources=sentence_resources))
    assert "Hamas spokesman" not in found and found["Hamas"][0] == "hamas", found


@pytest.mark.parametrize("published, name", [("2020-05-01", "Abu Mohammad al-Julani"),
                                             ("2025-02-01", "Ahmed al-Sharaa")])
def test_an_actor_is_named_as_it_was_on_the_publication_date(sentence_resources, published, name):
    analysis = sitrep.analyze("Abu Mohammad al-Julani met tribal elders in Idlib.", published=published,
                              resources=sentence_resources)
    assert {a.id: a.name for a in analysis.actors}["ahmed-al-sharaa"] == name


def test_subject_pronouns_stand_for_the_speaker_and_stay_open_for_the_nameless(sentence_resources):
    text = ("The Houthi movement said it had fired two missiles at a tanker in the Red Sea. It said the ship "
            "was linked to Israel. Residents of Hodeidah said they heard loud explosions. It was not immediately "
            "clear whether the tanker was hit.")
    analysis = sitrep.analyze(text, published="2024-02-01", resources=sentence_resources)
    linked = {(m.start, m.text): a.id for a in analysis.actors for m in a.mentions
              if (m.via or "").startswith("pronoun")}
    assert linked == {(text.index("it had"), "it"): "houthis", (text.index("It said"), "It"): "houthis"}, linked


def test_a_report_continued_by_a_pronoun_is_the_speakers(sentence_resources):
    text = ("Ukraine's air force said Russia launched 48 drones overnight. "
            "It said air defences had shot down 40 of them over the Kyiv region.")
    analysis = sitrep.analyze(text, published="2024-11-02", resources=sentence_resources)
    shot = next(e for e in analysis.events if e.trigger.text.startswith("shot"))
    assert shot.claimant is not None and shot.claimant.actor == "UKR-MIL", shot.claimant
