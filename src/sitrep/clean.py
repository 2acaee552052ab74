"""Bytes to an Article: decoded, scraped junk removed, title and the page's own date read,
language checked. HTML goes through trafilatura; plain text through a line classifier whose
patterns live in `data/cleaning/junk_lines.tsv`."""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from typing import Sequence

import charset_normalizer

from . import dateparse
from .errors import InputError
from .options import Options
from .records import Article, Document

_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
# "BEIRUT, Dec 4 (Reuters) -", "GONDAR –": a wire dateline opening the first paragraph.
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]{2,40}(?:, [A-Z][A-Za-z .]{1,30})?)"
                       r"(?:,? (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?(?: \((?P<agency>[^)]{2,40})\))?\s+[-–—]+\s+")
_BYLINE = re.compile(r"^(by|written by|words by|story by)\s+\S.{0,80}$", re.I)
_DATE_LABEL = re.compile(r"\b(published|posted|first published|date|updated|last updated|modified)\b", re.I)
_UPDATED = re.compile(r"\b(updated|modified)\b", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# trafilatura's precision/recall trade-off, chosen by benchmarks/cleaning.py (see the README).
HTML_EXTRACTION_MODE = {"favor_recall": True}
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


@dataclass(frozen=True, slots=True)
class JunkPatterns:
    """Compiled junk-line patterns by category, from `junk_lines.tsv`."""

    version: str
    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    def category(self, line: str) -> str | None:
        """The junk category a whole line falls in, or None if it may be article text."""
        for name, pattern in self.patterns:
            if pattern.fullmatch(line):
                return name
        return None


def read_junk_patterns(text: str) -> JunkPatterns:
    version, patterns = "junk_lines", []
    for line in text.splitlines():
        if line.startswith("#"):
            if m := re.match(r"#\s*(junk_lines\.v\d+)", line):
                version = m.group(1)
            continue
        if line.strip():
            name, regex = line.split("\t", 1)
            patterns.append((name, re.compile(regex.strip(), re.I)))
    return JunkPatterns(version, tuple(patterns))


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a page holds before it becomes an Article."""

    title: str | None
    page_date: str | None
    paragraphs: tuple[str, ...]
    dateline: str | None = None


def clean_document(doc: Document, junk: JunkPatterns, *, published: str | None = None,
                   options: Options = Options()) -> Article:
    """The Article in `doc`, or InputError when there is none (binary, empty, no article, not English).

    `published` (the user's word) wins over a date in the JSONL line, which wins over the page's own.
    """
    text, warnings = decode(doc)
    if doc.media_type == "text/html":
        extracted = extract_html(text, junk)
    else:
        extracted = extract_plain(text, junk)
    paragraphs, dateline = split_dateline(extracted.paragraphs)
    body = "\n\n".join(paragraphs)
    if len(body) < options.min_article_chars:
        raise InputError(doc.uri, "no article text found" + (" in the HTML" if doc.media_type == "text/html" else ""))
    lang = detect_language(body)
    if lang != "en":
        raise InputError(doc.uri, f"text is in {language_name(lang)} ({lang}); only English is supported for now")
    given = published or doc.hint("published")
    pub, pub_source = (given[:10], "argument") if given else (extracted.page_date, "page" if extracted.page_date else None)
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return Article(id=sha[:16], uri=doc.uri, sha256=sha, title=doc.hint("title") or extracted.title,
                   published=pub, published_source=pub_source, lang=lang, text=body,
                   dateline=dateline, warnings=tuple(warnings))


def split_dateline(paragraphs: Sequence[str]) -> tuple[tuple[str, ...], str | None]:
    """The paragraphs with a wire dateline cut from the first one, and the dateline's place.

    >>> split_dateline(["BEIRUT, Dec 4 (Reuters) - Israeli jets struck..."])
    (('Israeli jets struck...',), 'BEIRUT')
    """
    if not paragraphs:
        return tuple(paragraphs), None
    m = _DATELINE.match(paragraphs[0])
    if m is None or len(paragraphs[0]) - m.end() < 40:
        return tuple(paragraphs), None
    return (paragraphs[0][m.end():], *paragraphs[1:]), m.group("place").strip()


# --- decoding -------------------------------------------------------------------------------

def decode(doc: Document) -> tuple[str, list[str]]:
    """Text of a document with line ends normalised, and a warning where the encoding was guessed.

    Order of belief: a byte-order mark, the charset the HTML declares, strict UTF-8, then a guess.
    """
    if isinstance(doc.raw, str):
        return _normalise_newlines(doc.raw), []
    raw = doc.raw
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return _normalise_newlines(raw.decode(codec, errors="replace")), []
    if _looks_binary(raw):
        raise InputError(doc.uri, "binary file, not text or HTML")
    declared = _declared_charset(raw) if doc.media_type == "text/html" else None
    if declared:
        try:
            return _normalise_newlines(raw.decode(declared)), []
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall through to detection
    try:
        return _normalise_newlines(raw.decode("utf-8")), []
    except UnicodeDecodeError:
        pass
    encoding, text = _guess_decoding(raw)
    if text is None:
        raise InputError(doc.uri, "binary file, not text or HTML")
    return _normalise_newlines(text), [f"{doc.uri}: encoding guessed as {encoding}"]


# Single-byte encodings of the news we read, tried in this order when the bytes are not UTF-8.
_LEGACY_ENCODINGS = ("cp1252", "cp1251", "cp1250", "cp1256", "cp1253", "koi8_r", "iso8859_15")


def _guess_decoding(raw: bytes) -> tuple[str, str | None]:
    """The legacy encoding whose reading of `raw` looks most like words, with charset-normalizer's
    guess among the candidates. English text with a few foreign names defeats statistical
    detectors ("Лавров" read as cp1252 is "Ëàâðîâ"), so each reading is scored on its words."""
    candidates = list(_LEGACY_ENCODINGS)
    best = charset_normalizer.from_bytes(raw).best()
    if best is not None and best.encoding not in candidates:
        candidates.append(best.encoding)
    scored = []
    for rank, encoding in enumerate(candidates):
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_mojibake_score(text), rank, encoding, text))
    if not scored:
        return "", None
    _, _, encoding, text = min(scored)
    return encoding, text


def _mojibake_score(text: str) -> int:
    """How many words read as mojibake: symbols inside words, scripts mixed in one word, or Latin
    words made mostly of accented letters."""
    import unicodedata

    bad = 0
    for word in re.findall(r"\S*[^\x00-\x7f]\S*", text):
        letters = [ch for ch in word if ch.isalpha()]
        odd = sum(1 for ch in word if not ch.isascii() and not ch.isalpha() and unicodedata.category(ch)[0] not in "PZ")
        scripts = {unicodedata.name(ch, "X").split()[0] for ch in letters}
        accented = sum(1 for ch in letters if not ch.isascii())
        if odd or len(scripts) > 1 or (scripts == {"LATIN"} and accented * 2 > len(letters)):
            bad += 1
    return bad


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.05


def _declared_charset(raw: bytes) -> str | None:
    m = _META_CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _tidy(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


# --- HTML -----------------------------------------------------------------------------------

def extract_html(html: str, junk: JunkPatterns) -> Extracted:
    """Title, date and body paragraphs of an HTML page, through trafilatura.

    `favor_precision` drops comment forms and related-link blocks that the default keeps (measured
    in benchmarks/cleaning.py); the junk-line patterns then catch what extractors keep as a
    paragraph of its own, such as "Source link".
    """
    import trafilatura  # imported here: it costs 0.3 s and only HTML needs it

    result = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                         with_metadata=True, **HTML_EXTRACTION_MODE)
    if result is None or not result.text:
        return Extracted(None, None, ())
    title = _title_without_site_name(_tidy(result.title)) if result.title else None
    lines = [_tidy(line) for line in result.text.split("\n")]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    # Recall mode keeps every paragraph of the article and some page furniture; the same line
    # classifier as for plain text then removes the furniture.
    body = extract_plain("\n".join(lines), junk)
    page_date = result.date[:10] if result.date else body.page_date
    return Extracted(title or body.title, page_date, body.paragraphs)


_TITLE_PARTS = re.compile(r"\s+(?:\||::|—|–|-|·|»)\s+")


def _title_without_site_name(title: str) -> str:
    """"Savannah Times Online :: Bandits abduct dozens" -> "Bandits abduct dozens": a short part at
    either end of a <title> is the site's name."""
    parts = _TITLE_PARTS.split(title)
    if len(parts) < 2:
        return title
    if len(parts[0].split()) <= 4 and len(" ".join(parts[1:]).split()) > 4:
        return " - ".join(parts[1:]) if len(parts) > 2 else parts[1]
    if len(parts[-1].split()) <= 4 and len(" ".join(parts[:-1]).split()) > 4:
        return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
    return title


# --- plain text -----------------------------------------------------------------------------

_BODY, _SHORT, _JUNK, _META = "body", "short", "junk", "meta"


def extract_plain(text: str, junk: JunkPatterns) -> Extracted:
    """Title, date and body paragraphs of text copied from a rendered page.

    Each line is classed as junk (a pattern or a repeat), meta (byline or date line), body (reads as
    prose) or short (a heading, a menu item, a related headline). The title is the short line that
    heads the body; the body runs from the first prose line to the last, keeping short lines inside
    it only when they are long enough to be prose.
    """
    lines = [_tidy(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    classes = _classify_lines(lines, junk)
    body_at = [i for i, c in enumerate(classes) if c == _BODY]
    if not body_at:
        return Extracted(None, _date_from_lines(lines), ())
    first = body_at[0]
    comments = next((i for i in range(first, len(lines)) if junk.category(lines[i]) == "comments"), None)
    body_at = [i for i in body_at if comments is None or i < comments]
    last = body_at[-1]
    title = _title_before(lines, classes, first)
    # Short lines inside the body are headings, related headlines and captions: prose ends with a
    # full stop, a question mark or a quote.
    paragraphs = [lines[i] for i in range(first, last + 1) if classes[i] == _BODY]
    meta_lines = [lines[i] for i, c in enumerate(classes) if c == _META]
    return Extracted(title, _date_from_lines(meta_lines), tuple(paragraphs))


def _classify_lines(lines: Sequence[str], junk: JunkPatterns) -> list[str]:
    seen: set[str] = set()
    classes = []
    for line in lines:
        key = line.casefold()
        if junk.category(line) is not None:
            cls = _JUNK
        elif _is_byline(line) or _is_date_line(line):
            cls = _META
        elif key in seen:
            cls = _JUNK
        elif _reads_as_prose(line):
            cls = _BODY
        else:
            cls = _SHORT
        seen.add(key)
        classes.append(cls)
    return classes


def _reads_as_prose(line: str) -> bool:
    words = len(line.split())
    return words >= 20 or (words >= 5 and bool(_SENTENCE_END.search(line)))


def _title_before(lines: Sequence[str], classes: Sequence[str], first_body: int) -> str | None:
    """The headline: among the short lines above the body, the one sharing most words with the
    first paragraphs (a headline restates the lead; "We value your privacy" does not), the nearest
    to the body on a tie."""
    candidates = [(i, lines[i]) for i in range(first_body) if classes[i] == _SHORT and 3 <= len(lines[i].split()) <= 30]
    if not candidates:
        return None
    lead = _content_words(" ".join(lines[first_body:first_body + 3]))
    scored = [(len(_content_words(line) & lead), i, line) for i, line in candidates]
    best = max(scored)
    if best[0] > 0:
        return best[2]
    longer = [line for _, line in candidates if len(line.split()) >= 4]
    return longer[-1] if longer else candidates[-1][1]


_WORD = re.compile(r"[A-Za-z][a-z]{3,}|[A-Z]{2,}")


def _content_words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in _WORD.findall(text)}


def _is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line)) and len(line.split()) <= 14 and not _SENTENCE_END.search(line.rstrip("."))


def _is_date_line(line: str) -> bool:
    return len(line.split()) <= 14 and any(True for _ in dateparse.find_dates(line)) and not _reads_as_long_prose(line)


def _reads_as_long_prose(line: str) -> bool:
    return len(line.split()) >= 10 and line.endswith(".")


def _date_from_lines(lines: Sequence[str]) -> str | None:
    """The page's publication date from byline or date lines: a "published"/"posted" date first,
    an "updated" one only when nothing else is given."""
    best: tuple[int, str] | None = None
    for line in lines:
        if len(line.split()) > 14:
            continue
        for _, _, date in dateparse.find_dates(line):
            rank = 2 if _UPDATED.search(line) else (0 if _DATE_LABEL.search(line) else 1)
            if best is None or rank < best[0]:
                best = (rank, date.isoformat())
    return best[1] if best else None


# --- language -------------------------------------------------------------------------------

# A text is taken as English when English scores within this many log-probability units of the
# best language: short, name-heavy English ("Militants captured Palmyra, in central Syria.") can
# score a hair better as Occitan or Latin, while real German, French or Spanish sentences score 80
# or more units away from English.
ENGLISH_MARGIN = 20.0


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid, on the first 3,000 characters); "en" when
    English is within ENGLISH_MARGIN of the best guess."""
    import py3langid

    ranked = py3langid.rank(text[:3000])
    best, best_score = ranked[0]
    english = next((score for code, score in ranked if code == "en"), None)
    if english is not None and best_score - english <= ENGLISH_MARGIN:
        return "en"
    return best


def language_name(code: str) -> str:
    import pycountry

    lang = pycountry.languages.get(alpha_2=code)
    return lang.name if lang else code
