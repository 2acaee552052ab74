"""Numbers with units and ranges: "2,000 to 4,000 personnel", "about 50 miles", "more than 300 people
were killed", "dozens of", "$4 billion in aid". Units and what they count live in
`data/quantities/units.tsv`; what a casualty figure counts comes from the verb that follows it.

A number with no unit, currency or counted noun is not a quantity: years and ordinals stay out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources as importlib_resources

from .records import Evidence, Quantity, evidence_of

UNITS_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "zero": 0}
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Amounts that are approximate by their nature ("a dozen rockets"): (value, approx).
ROUND_AMOUNTS = {"a dozen": (12, "about"), "half a dozen": (6, "about"), "a hundred": (100, "exact"),
                 "half a million": (500_000, "exact"), "a quarter of a million": (250_000, "exact"),
                 "half a billion": (500_000_000, "exact"),
                 "a thousand": (1000, "exact"), "a couple of": (2, "about"), "a handful of": (5, "about")}
# Vague amounts: (low, high, approx), documented in the README.
VAGUE = {"dozens": (24, None, "at_least"), "scores": (40, None, "at_least"), "hundreds": (200, None, "at_least"),
         "thousands": (2000, None, "at_least"), "tens of thousands": (20000, None, "at_least"),
         "hundreds of thousands": (200000, None, "at_least"), "millions": (2000000, None, "at_least")}
SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "k": 1e3}
APPROX = [("about", r"about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|circa|just under|just over"),
          ("at_least", r"at least|no fewer than|no less than|a minimum of"),
          ("more_than", r"more than|over|upwards of|in excess of|above|greater than"),
          ("up_to", r"up to|as many as|no more than|fewer than|less than|under|a maximum of|at most|within")]
CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP"}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT_WORD = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_ONE_WORDNUM = rf"(?:{_UNIT_WORD})(?:-(?:{_UNIT_WORD}))?"
# "two hundred", "thirty-two", "four thousand five hundred", "half a dozen", "a dozen"
_WORDNUM = (rf"(?:{'|'.join(sorted((re.escape(w) for w in ROUND_AMOUNTS), key=len, reverse=True))})"
            rf"|(?:{_ONE_WORDNUM}|a)(?:\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?{_ONE_WORDNUM})?)+"
            rf"|{_ONE_WORDNUM}")
_VAGUE = "|".join(sorted((re.escape(w) for w in VAGUE), key=len, reverse=True))
_SCALE = r"(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?"
_APPROX_RE = "|".join(f"(?P<{name}>{pattern})" for name, pattern in APPROX)
QUANTITY = re.compile(
    rf"(?:(?:{_APPROX_RE})\s+)?"
    rf"(?:between\s+)?"
    rf"(?P<cur>US\$|\$|€|£)?"
    rf"(?:(?P<vague>{_VAGUE})|(?P<low>{_NUM}|{_WORDNUM})(?P<lowscale>{_SCALE}))"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<cur2>US\$|\$|€|£)?(?P<high>{_NUM}|{_WORDNUM})(?P<highscale>{_SCALE}))?"
    rf"(?=\W|$|(?:km|kms|mi)\b)"  # "180km": a unit may follow with no space
    rf"(?:\s+of)?",
    re.I)


@dataclass(frozen=True, slots=True)
class Units:
    version: str
    table: dict[str, tuple[str, str]]
    max_words: int
    # (counted, pattern) from data/quantities/count_verbs.tsv, in file order
    count_verbs: tuple[tuple[str, str], ...] = ()


def load_units() -> Units:
    count_verbs, verbs_version = _read_count_verbs()
    path = importlib_resources.files("sitrep") / "data" / "quantities" / "units.tsv"
    table, version = {}, "units"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if m := re.match(r"#\s*(units\.v\d+)", line):
                version = m.group(1)
            continue
        if line.strip():
            surface, unit, counted = line.split("\t")
            table[surface] = (unit, counted)
    return Units(f"{version}+{verbs_version}", table, max(len(k.split()) for k in table), count_verbs)


def _read_count_verbs() -> tuple[tuple[tuple[str, str], ...], str]:
    path = importlib_resources.files("sitrep") / "data" / "quantities" / "count_verbs.tsv"
    rows, version = [], "count_verbs"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if m := re.match(r"#\s*(count_verbs\.v\d+)", line):
                version = m.group(1)
        elif line.strip():
            counted, pattern = line.split("\t")
            rows.append((counted.strip(), pattern.strip()))
    return tuple(rows), version


def find_quantities(doc, units: Units, claimant_for=None) -> list[Quantity]:
    """Quantities in a parsed document. `claimant_for(char_offset)` names who says the sentence, if anyone."""
    text = doc.text
    out = []
    for m in QUANTITY.finditer(text):
        if not _at_word_boundary(text, m.start(), m.end()):
            continue
        unit_info = _unit_after(text, m.end(), units) or _people_by_verb(text, m.end(), units.count_verbs)
        currency = CURRENCY.get((m.group("cur") or "").lower())
        if unit_info is None and currency is None and not text[m.end():m.end() + 2].startswith("%"):
            continue
        low, high, approx = _values(m)
        if low is None and high is None:
            continue
        end = m.end()
        if currency:
            unit, counted = currency, "money"
        elif unit_info is None:
            unit, counted, end = "%", "other", m.end() + 1
        else:
            (unit, counted), end = unit_info
        if _looks_like_year(m, unit_info, currency):
            continue
        sent = doc.char_span(m.start(), end, alignment_mode="expand")
        sentence = sent.sent if sent is not None else None
        if counted in {"other", "troops"} and sentence is not None:
            # "45 injured people": an adjective between the number and its noun says it first
            counted = _counted_by_adjective(text[m.end():end], units.count_verbs) or \
                _counted_from_verb(text[end:sentence.end_char], counted, units.count_verbs,
                                   text[sentence.start_char:m.start()])
        start = m.start()
        evidence = evidence_of(sentence) if sentence is not None \
            else Evidence(text[start:end], start, end)
        claimant = claimant_for(start) if claimant_for else None
        out.append(Quantity(text[start:end].rstrip(), start, start + len(text[start:end].rstrip()), low, high,
                            unit, approx, counted, claimant, evidence))
    return out


def _at_word_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    return not (before.isalnum() or before in "-/")


def _unit_after(text: str, pos: int, units: Units):
    """The unit word(s) right after a number, skipping up to two adjectives ("three Russian aircraft")."""
    words = list(re.finditer(r"[A-Za-z%]+(?:-[A-Za-z]+)?", text[pos:pos + 80]))
    if not words or words[0].start() > 2:
        return None
    for skip in range(0, 3):
        for n in range(units.max_words, 0, -1):
            if skip + n > len(words):
                continue
            chunk = words[skip:skip + n]
            if any(b.start() - a.end() > 1 for a, b in zip(chunk, chunk[1:])):
                continue
            surface = " ".join(w.group(0).lower() for w in chunk)
            if surface in units.table:
                found = units.table[surface], pos + chunk[-1].end()
                # a people's name before a noun is its adjective: "85,000 Rohingya refugees"
                after = words[skip + n].group(0).lower() if skip + n < len(words) else None
                if found[0][0] == "people" and after in units.table and units.table[after][0] == "people" \
                        and words[skip + n].start() - chunk[-1].end() <= 1:
                    return units.table[after], pos + words[skip + n].end()
                return found
    for skip in range(0, min(2, len(words))):
        word = words[skip].group(0)
        # "100,000 ethnic Armenians", "300 Syrians": a plural of a people's name counts people.
        if word[:1].isupper() and re.fullmatch(r"[A-Z][a-z]+(?:ians|ans|is|ese|ks|s)", word) and words[skip].start() - (words[skip - 1].end() if skip else 0) <= 2:
            return ("people", "other"), pos + words[skip].end()
    return None


def _people_by_verb(text: str, pos: int, count_verbs):
    """"At least 24 were killed": a bare number that a casualty verb counts is a number of people."""
    m = re.match(r"\s+(?:were|have been|had been|are|was)\b", text[pos:pos + 20])
    if m and _counted_from_verb(text[pos:pos + 60], "", count_verbs) != "":
        return ("people", "other"), pos
    return None


def _values(m) -> tuple[float | None, float | None, str]:
    approx = next((name for name, _ in APPROX if m.group(name)), None)
    if m.group("vague"):
        low, high, kind = VAGUE[m.group("vague").lower()]
        return low, high, kind
    raw = " ".join(m.group("low").lower().split())
    if raw in ROUND_AMOUNTS and not m.group("high"):
        value, inherent = ROUND_AMOUNTS[raw]
        approx = approx or inherent
        return (value, None, approx) if approx in {"at_least", "more_than"} else \
            (None, value, approx) if approx == "up_to" else (value, value, approx)
    low = _number(m.group("low"), m.group("lowscale"))
    if m.group("high"):
        high = _number(m.group("high"), m.group("highscale") or m.group("lowscale"))
        if m.group("highscale") and not m.group("lowscale"):
            low = _number(m.group("low"), m.group("highscale"))
        return low, high, "range"
    if approx in {"at_least", "more_than"}:
        return low, None, approx
    if approx == "up_to":
        return None, low, approx
    return low, low, approx or "exact"


def words_to_number(words: str) -> int | None:
    """ "four thousand five hundred" -> 4500, "thirty-two" -> 32, "a hundred" -> 100."""
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", words.lower()):
        if word in {"and", ""}:
            continue
        if word == "a":
            current, seen = 1, True
        elif word in UNITS_WORDS:
            current += UNITS_WORDS[word]
            seen = True
        elif word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _number(raw: str, scale: str | None) -> float | None:
    raw = " ".join(raw.lower().split())
    value = ROUND_AMOUNTS[raw][0] if raw in ROUND_AMOUNTS else words_to_number(raw) if raw[:1].isalpha() else None
    if value is None:
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            return None
    factor = SCALES.get((scale or "").strip().lower(), 1)
    result = value * factor
    return int(result) if float(result).is_integer() else result


def _looks_like_year(m, unit_info, currency) -> bool:
    raw = m.group("low") or ""
    return bool(re.fullmatch(r"(1[89]|20)\d\d", raw)) and unit_info is None and currency is None


def _counted_by_adjective(between: str, count_verbs) -> str | None:
    words = between.lower().split()[:-1]  # the last word is the unit itself
    for counted, pattern in count_verbs:
        if any(re.fullmatch(rf"(?:{pattern})", w) for w in words):
            return counted
    return None


def _counted_from_verb(rest: str, default: str, count_verbs, before: str = "") -> str:
    """What a number of people counts, from the verb after it ("24 were killed") or the verb just
    before it ("the strike killed 10 people", "authorities arrested 14")."""
    after = rest[:60].lower()
    for counted, pattern in count_verbs:
        if re.search(rf"^\W*(?:\w+\W+){{0,4}}?(?:were|was|have been|had been|are|been|have|had)?\s*(?:{pattern})\b", after):
            return counted
    lead = before[-60:].lower()
    for counted, pattern in count_verbs:
        if re.search(rf"\b(?:{pattern})\s+(?:\w+\s+){{0,5}}$", lead):
            return counted
    return default
