"""Temporal expressions resolved against the publication date, with precision and an inclusive range.

Our own rules, not dateparser: dateparser takes the day of a month-only expression from the base
date ("December 2016" -> 2016-12-04) and its text search splits "Oct. 7, 2023" in two (measured in
docs/toolchain.md); rules give ranges and precision directly and cost microseconds.
Without a publication date, relative expressions stay unresolved: never today's date.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from . import dateparse
from .records import TimeRef

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_MONTH_WORD = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# Date expressions the model sometimes misses; found by pattern and added beside its DATE entities.
_SEASON_WORD = r"(?:spring|summer|autumn|fall|winter)"
# Date expressions found by pattern beside the model's DATE entities. Where one overlaps an entity,
# the pattern's span wins: the model cuts "1 February 2021" to "February 2021" and runs
# "December 2016" on into "December 2016 after a".
EXTRA_PATTERNS = [
    re.compile(rf"\b{_MONTH_WORD}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d\b", re.I),
    re.compile(rf"\b[0-3]?\d\s+{_MONTH_WORD},?\s+(?:1[89]|20)\d\d\b", re.I),
    re.compile(rf"\b{_MONTH_WORD}\s+(?:1[89]|20)\d\d\b", re.I),
    re.compile(r"\b(?:1[89]|20)\d\d-[01]\d(?:-[0-3]\d)?\b"),
    re.compile(r"\b(?:the\s+)?(?:early|mid|late|end of|start of|beginning of)[- ]\s*" + _MONTH_WORD + r"(?:\s+(?:1[89]|20)\d\d)?", re.I),
    re.compile(rf"\b(?:the\s+)?{_SEASON_WORD}\s+of\s+(?:1[89]|20)\d\d(?:[-–/]\d\d)?\b", re.I),
    re.compile(rf"\b(?:(?:last|this|next)\s+|the\s+)?{_SEASON_WORD}\b", re.I),
    re.compile(r"\b(?:earlier|later)\s+this\s+(?:week|month|year)\b|\b(?:last|this|next)\s+(?:week|month|year)\b", re.I),
    re.compile(r"\b(?:the\s+)?(?:end|start|beginning)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:week|month|year)\b", re.I),
    re.compile(r"\b(?:the day before yesterday|late yesterday|yesterday|overnight|last night|this (?:morning|afternoon|evening)|tonight|tomorrow)\b", re.I),
    re.compile(r"\b(?:in\s+)?(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)(?:'s time|\s+ago)\b", re.I),
    re.compile(r"\bin\s+(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\b", re.I),
    re.compile(r"\b(?:recently|soon|in the past|in recent (?:days|weeks|months|years)|for (?:years|decades|months)|at some point(?: in the future)?)\b", re.I),
]
# Words before a date that change what it means; taken into the expression ("since 2015").
_RANGE_PREFIX = re.compile(r"\b(since|until|till|by|through)\s+$", re.I)
_BAD_PREFIX = re.compile(r"^(?:in|on|at|during)\s+", re.I)


@dataclass(frozen=True, slots=True)
class Resolved:
    start: dt.date | None
    end: dt.date | None
    precision: str


UNKNOWN = Resolved(None, None, "unknown")


def find_times(doc, published: str | None) -> list[TimeRef]:
    """Time expressions in a parsed document, resolved against `published` (ISO date or None)."""
    pub = dt.date.fromisoformat(published) if published else None
    text_all = doc.text  # spaCy rebuilds Doc.text on every access
    out = []
    for s, e in _time_spans(doc, text_all):
        text = text_all[s:e]
        future_hint = _future_context(text_all, s)
        resolved = _resolve_trimmed(text, pub, future_hint)
        is_future = bool(pub and resolved.start and resolved.start > pub) or \
            bool(pub and resolved.end and resolved.end > pub and (future_hint or re.match(r"(until|till|by)\b", text, re.I)))
        out.append(TimeRef(text, s, e, _iso(resolved.start), _iso(resolved.end), resolved.precision, is_future))
    return out


def _time_spans(doc, text: str) -> list[tuple[int, int]]:
    patterned = []
    for pattern in EXTRA_PATTERNS:
        patterned += [(m.start(), m.end()) for m in pattern.finditer(text)]
    patterned = _longest_first(patterned)
    spans = list(patterned)
    for ent in doc.ents:
        if ent.label_ in {"DATE", "TIME"} and not any(s < ent.end_char and ent.start_char < e for s, e in patterned):
            spans.append((ent.start_char, ent.end_char))
    out = []
    for s, e in sorted(spans):
        m = _BAD_PREFIX.match(text[s:e])
        if m and m.end() < e - s:
            s += m.end()
        before = _RANGE_PREFIX.search(text[max(0, s - 8):s])
        if before:
            s -= len(text[max(0, s - 8):s]) - before.start()
        out.append((s, e))
    return out


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if not any(s < ke and ks < e for ks, ke in kept):
            kept.append((s, e))
    return kept


def _resolve_trimmed(text: str, pub, future_hint: bool) -> Resolved:
    """Resolve, dropping up to three trailing words the model ran on ("December 2016 after a")."""
    words = text.split()
    for cut in range(0, min(3, len(words) - 1) + 1):
        resolved = resolve(" ".join(words[:len(words) - cut]), pub, future_hint=future_hint)
        if resolved.precision != "unknown" or cut == min(3, len(words) - 1):
            return resolved if cut == 0 or resolved.precision != "unknown" else resolve(text, pub, future_hint=future_hint)
    return UNKNOWN


def _future_context(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start].lower()
    return bool(re.search(r"\b(will|would|'ll|shall|next|plans? to|planned|expected|due to|set to|supposed to|scheduled|fears?|feared|hopes? to|intends? to|aims? to|is to|are to|could|may|might)\b[^.]*$", before))


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


# A stand-in publication date: resolving against it tells the precision of a relative expression
# when the real date is unknown; its values are then dropped, never shown.
_STAND_IN = dt.date(2001, 6, 13)


def resolve(text: str, pub: dt.date | None, *, future_hint: bool = False) -> Resolved:
    """The range `text` denotes, given the publication date `pub`.

    >>> resolve("In December 2016", None)
    Resolved(start=datetime.date(2016, 12, 1), end=datetime.date(2016, 12, 31), precision='month')
    """
    low = " ".join(text.lower().split()).strip(" ,.;")
    kind = re.match(r"^(since|from|until|till|by|through)\s+", low)
    if kind:
        low = low[kind.end():]
        future_hint = future_hint or kind.group(1) in {"until", "till", "by"}
    low = re.sub(r"^(?:in|on|at|during|as of)\s+", "", low)
    absolute = _absolute(low)
    if absolute is not None:
        resolved = absolute
    elif pub is None:
        relative = _relative_all(low, _STAND_IN, future_hint)
        return Resolved(None, None, relative.precision) if relative is not None else UNKNOWN
    else:
        resolved = _relative_all(low, pub, future_hint)
        if resolved is None:
            return UNKNOWN
    if kind and resolved.start and pub:
        if kind.group(1) in {"since", "from"}:
            return Resolved(resolved.start, pub, resolved.precision)
        if resolved.end and resolved.end >= pub:
            return Resolved(pub, resolved.end, resolved.precision)
    return resolved


def _relative_all(low: str, pub: dt.date, future_hint: bool) -> Resolved | None:
    for rule in (_relative, _weekday, _month_day, _season):
        resolved = rule(low, pub, future_hint)
        if resolved is not None:
            return resolved
    return None


def _absolute(low: str) -> Resolved | None:
    """Expressions that need no publication date: full dates, months and seasons of a named year,
    years, decades."""
    dates = list(dateparse.find_dates(low))
    if dates:
        d = dates[0][2]
        return Resolved(d, d, "day")
    part = re.fullmatch(rf"(?:the\s+)?(early|mid|late|end of|start of|beginning of)[- ]\s*({_MONTH_WORD})\s+((?:1[89]|20)\d\d)", low)
    if part:
        month = _month_range(int(part.group(3)), dateparse.month_number(part.group(2)))
        return _part_of_month(month.start, part.group(1))
    if m := re.fullmatch(rf"({_MONTH_WORD}),?\s+((?:1[89]|20)\d\d)", low):
        return _month_range(int(m.group(2)), dateparse.month_number(m.group(1)))
    if m := re.fullmatch(r"((?:1[89]|20)\d\d)-([01]\d)", low):
        return _month_range(int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(rf"(?:the\s+)?({_SEASON_WORD})\s+of\s+((?:1[89]|20)\d\d)(?:[-–/]\d\d)?", low):
        return _season_of(m.group(1), int(m.group(2)))
    if m := re.search(r"\b((?:1[89]|20)\d)0s\b", low):
        start = int(m.group(1)) * 10
        return Resolved(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade")
    if m := re.fullmatch(r"(?:the\s+)?((?:1[89]|20)\d\d)(?:\s+[a-z-]+)?", low):
        # "2015", "the 2011 uprising": a year, and the word after it names the event.
        year = int(m.group(1))
        return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if m := re.fullmatch(r"((?:1[89]|20)\d\d)\s*[-–]\s*((?:1[89]|20)\d\d)", low):
        return Resolved(dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(2)), 12, 31), "year")
    return None


def _relative(low: str, pub: dt.date, future_hint: bool) -> Resolved | None:
    if re.fullmatch(r"(recent|past|coming|last few|next few)\s+(days|weeks|months|years)|recently|soon|the past|"
                    r"for (years|decades|months)|at some point( in the future)?|"
                    r"(a|one|two|three|several|nearly a|almost a|over a|more than a) (decade|decades)|"
                    r"recent (days|weeks|months|years)", low):
        return UNKNOWN
    if low in {"today", "this morning", "this afternoon", "this evening", "tonight"}:
        return Resolved(pub, pub, "day")
    if low in {"yesterday", "late yesterday", "yesterday morning", "yesterday afternoon", "yesterday evening"}:
        d = pub - dt.timedelta(days=1)
        return Resolved(d, d, "day")
    if low == "the day before yesterday":
        d = pub - dt.timedelta(days=2)
        return Resolved(d, d, "day")
    if low in {"overnight", "last night"}:
        return Resolved(pub - dt.timedelta(days=1), pub, "day")
    if low == "tomorrow":
        d = pub + dt.timedelta(days=1)
        return Resolved(d, d, "day")
    if m := re.fullmatch(r"(last|this|next|earlier this|later this|past)\s+(week|month|year)", low):
        return _calendar_unit(pub, m.group(1), m.group(2))
    if m := re.fullmatch(r"(?:the\s+)?(end|start|beginning)\s+of\s+(?:the\s+|this\s+)?(next\s+|last\s+)?(week|month|year)", low):
        which = (m.group(2) or "this").strip()
        unit = _calendar_unit(pub, which, m.group(3))
        if m.group(1) == "end":
            return Resolved(unit.end, unit.end, unit.precision)
        return Resolved(unit.start, unit.start, unit.precision)
    if m := re.fullmatch(r"(\w+|\d+)\s+(day|week|month|year)s?\s+(ago|earlier|later|from now)", low):
        n = _number(m.group(1))
        if n is None:
            return UNKNOWN
        sign = -1 if m.group(3) in {"ago", "earlier"} else 1
        return _unit_around(_shift(pub, m.group(2), sign * n), m.group(2))
    if m := re.fullmatch(r"(?:past|last)\s+(\w+|\d+)\s+(day|week|month|year)s", low):
        n = _number(m.group(1))
        if n is None:
            return UNKNOWN
        return Resolved(_shift(pub, m.group(2), -n), pub, m.group(2))
    if m := re.fullmatch(r"(?:in\s+)?(\w+|\d+)\s+(day|week|month|year)s?(?:'s time)?", low):
        n = _number(m.group(1))
        if n is None or not (future_hint or low.startswith("in ")):
            return UNKNOWN
        return _unit_around(_shift(pub, m.group(2), n), m.group(2))
    return None


def _unit_around(d: dt.date, unit: str) -> Resolved:
    """The calendar unit holding `d`: the day, its Monday-Sunday week, its month or its year."""
    if unit == "day":
        return Resolved(d, d, "day")
    if unit == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return Resolved(monday, monday + dt.timedelta(days=6), "week")
    return _unit_of(d, unit)


def _is_relative(low: str) -> bool:
    return bool(re.search(r"\b(today|tonight|yesterday|tomorrow|overnight|last|this|next|ago|earlier|later|past|coming|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)\b", low)) \
        or bool(re.fullmatch(rf"{_MONTH_WORD}(\s+[0-3]?\d(st|nd|rd|th)?)?", low))


def _weekday(low: str, pub, future_hint) -> Resolved | None:
    m = re.fullmatch(r"(?:last\s+|this\s+|next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?", low)
    if not m:
        return None
    if pub is None:
        return UNKNOWN
    target = WEEKDAYS[m.group(1)]
    if future_hint or low.startswith("next"):
        delta = (target - pub.weekday()) % 7 or 7
        d = pub + dt.timedelta(days=delta)
    else:
        # Wire style: the most recent such day on or before publication ("last Monday" when it is Monday
        # means a week ago).
        delta = (pub.weekday() - target) % 7
        if delta == 0 and low.startswith("last"):
            delta = 7
        d = pub - dt.timedelta(days=delta)
    return Resolved(d, d, "day")


def _month_day(low: str, pub, future_hint) -> Resolved | None:
    """"Dec. 1", "March", "late November": the most recent such date on or before publication,
    or the next one in a future sentence."""
    part = re.match(r"^(?:the\s+)?(early|mid|late|end of|start of|beginning of)[- ]\s*", low)
    rest = low[part.end():] if part else low
    m = re.fullmatch(rf"({_MONTH_WORD})(?:\s+([0-3]?\d)(?:st|nd|rd|th)?)?", rest) or \
        re.fullmatch(rf"([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_WORD})", rest)
    if not m:
        return None
    groups = m.groups()
    month_word, day = (groups[0], groups[1]) if not groups[0][0].isdigit() else (groups[1], groups[0])
    month = dateparse.month_number(month_word)
    if month is None:
        return None
    year = pub.year
    candidate = (month, int(day) if day else 1)
    if future_hint:
        if candidate <= (pub.month, pub.day) and (day or month != pub.month):
            year += 1
    elif candidate > (pub.month, pub.day):
        year -= 1
    if day:
        try:
            d = dt.date(year, month, int(day))
        except ValueError:
            return None
        return Resolved(d, d, "day")
    whole = _month_range(year, month)
    return _part_of_month(whole.start, part.group(1)) if part else whole


def _season(low: str, pub, future_hint) -> Resolved | None:
    """Meteorological seasons: "last summer" is the latest that ended before publication; "the
    spring" the latest that began on or before it, or the next one in a future sentence."""
    m = re.fullmatch(rf"(?:(last|this|next)\s+|the\s+)?({_SEASON_WORD})", low)
    if not m:
        return None
    occurrences = [_season_of(m.group(2), year) for year in range(pub.year - 2, pub.year + 2)]
    if m.group(1) == "last":
        return max((o for o in occurrences if o.end < pub), key=lambda o: o.start)
    if m.group(1) == "next" or future_hint:
        return min((o for o in occurrences if o.start > pub), key=lambda o: o.start)
    return max((o for o in occurrences if o.start <= pub), key=lambda o: o.start)


def _season_of(word: str, year: int) -> Resolved:
    first, last = SEASONS[word.lower()]
    end_year = year + 1 if last < first else year
    return Resolved(dt.date(year, first, 1), _month_end(end_year, last), "season")


def _calendar_unit(pub: dt.date, which: str, unit: str) -> Resolved:
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        if which in {"last", "past"}:
            monday -= dt.timedelta(days=7)
        elif which == "next":
            monday += dt.timedelta(days=7)
        if which == "earlier this":
            return Resolved(monday, pub, "week")
        return Resolved(monday, monday + dt.timedelta(days=6), "week")
    if unit == "month":
        year, month = pub.year, pub.month
        if which in {"last", "past"}:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        elif which == "next":
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if which == "earlier this":
            return Resolved(dt.date(year, month, 1), pub, "month")
        return _month_range(year, month)
    year = pub.year + {"last": -1, "past": -1, "next": 1}.get(which, 0)
    if which == "earlier this":
        return Resolved(dt.date(year, 1, 1), pub, "year")
    return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _part_of_month(first_day: dt.date, part: str) -> Resolved:
    last = _month_end(first_day.year, first_day.month).day
    lo, hi = {"early": (1, 10), "start of": (1, 10), "beginning of": (1, 10), "mid": (11, 20),
              "late": (21, last), "end of": (21, last)}[part]
    return Resolved(first_day.replace(day=lo), first_day.replace(day=hi), "month")


def _month_range(year: int, month: int) -> Resolved:
    return Resolved(dt.date(year, month, 1), _month_end(year, month), "month")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _unit_of(d: dt.date, precision: str) -> Resolved:
    if precision == "month":
        return _month_range(d.year, d.month)
    return Resolved(dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year")


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    months = n if unit == "month" else 12 * n
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)
