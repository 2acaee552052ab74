"""Cleaning: decoding, junk lines, titles, page dates and datelines. Pages written for this test."""
from __future__ import annotations

from importlib import resources as importlib_resources

import pytest

from sitrep.clean import clean_document, read_junk_patterns, split_dateline
from sitrep.errors import InputError
from sitrep.records import Document

BODY = ("Government forces shelled the outskirts of the town on Monday, residents said, as fighting "
        "spread toward the main road. Aid groups said they had suspended deliveries to the area.")
BODY2 = ("The regional governor said on Tuesday that two bridges had been damaged and that families were "
         "leaving the eastern districts by car and on foot, carrying what they could.")


@pytest.fixture(scope="module")
def junk():
    return read_junk_patterns((importlib_resources.files("sitrep") / "data" / "cleaning" / "junk_lines.tsv").read_text())


def page(*lines: str) -> Document:
    return Document("page.txt", "\n".join(lines).encode("utf-8"), "text/plain")


def test_clean_plain_text_drops_junk_and_keeps_body(junk):
    article = clean_document(page("Home", "World", "Advertisement", "Shelling spreads toward the main road",
                                  "By Jane Doe", "Posted on Aug. 3, 2024", BODY, "Short body line that ends here.",
                                  BODY.replace("Monday", "Tuesday"), "Share this:", "Related posts",
                                  "Leave a Reply", "Your email address will not be published. Required fields are marked *"), junk)
    assert article.title == "Shelling spreads toward the main road"
    assert article.published == "2024-08-03" and article.published_source == "page"
    assert article.text.split("\n\n") == [BODY, "Short body line that ends here.", BODY.replace("Monday", "Tuesday")]


@pytest.mark.parametrize("line, date", [("Published: 5 December 2024", "2024-12-05"),
                                        ("Posted on Aug. 3, 2024 at 10:12", "2024-08-03"),
                                        ("2024-12-04T09:30:00Z", "2024-12-04")])
def test_clean_page_date_from_bylines(junk, line, date):
    article = clean_document(page("A headline about the fighting", line, BODY, BODY2), junk)
    assert article.published == date


def test_clean_argument_date_wins_over_the_page(junk):
    article = clean_document(page("A headline about the fighting", "Published: 5 December 2024", BODY, BODY2), junk,
                             published="2024-12-07")
    assert (article.published, article.published_source) == ("2024-12-07", "argument")


def test_clean_comments_after_the_body_are_cut(junk):
    comment = "I think the article misses the point about the road, which was cut weeks ago by the militia."
    article = clean_document(page("A headline about the fighting", BODY, BODY2, "3 comments", comment), junk)
    assert comment not in article.text


def test_clean_wire_dateline_is_cut_and_kept(junk):
    paragraphs, place = split_dateline(["BEIRUT, Dec 4 (Reuters) - " + BODY, BODY2])
    assert place == "BEIRUT" and paragraphs[0] == BODY
    unchanged, none = split_dateline(["NATO said on Monday that " + BODY])
    assert none is None and unchanged[0].startswith("NATO said")


def test_clean_html_honours_declared_charset(junk):
    html = ("<html><head><meta charset='windows-1252'><title>Kraków talks | Example News</title></head><body>"
            f"<article><h1>Kraków talks stall</h1><p>{BODY} The café owner in Kraków said “no”.</p>"
            f"<p>{BODY2}</p></article></body></html>").encode("cp1252")
    article = clean_document(Document("p.html", html, "text/html"), junk)
    assert "Kraków said “no”" in article.text and not article.warnings


def test_clean_short_page_is_no_article(junk):
    with pytest.raises(InputError, match="no article text"):
        clean_document(page("Home", "World", "Contact us"), junk)


def test_clean_short_name_heavy_english_is_english_and_other_languages_are_not():
    from sitrep.clean import detect_language

    # py3langid alone calls the first Occitan: place names outweigh two English words
    assert detect_language("Militants captured Palmyra, in Homs province.") == "en"
    assert detect_language("Government troops entered Saraqib, in Idlib province, on Wednesday.") == "en"
    assert detect_language("Die Regierung hat heute beschlossen, die Truppen abzuziehen.") == "de"
    assert detect_language("El gobierno anunció hoy la retirada de las tropas del norte.") == "es"
