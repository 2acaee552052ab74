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
_LEAD = re.compile(r"^(?:in|on|at|during|by|until|till|through|since|from|the|of|early|late|mid|around|about|as of|as early as|as late as|before|after)\b\s*", re.I)
_MONTH_WORD = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# Date expressions the model sometimes misses; found by pattern and added beside its DATE entities.
EXTRA_PATTERNS = [
    re.compile(rf"\b{_MONTH_WORD}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d\b", re.I),
    re.compile(rf"\b[0-3]?\d\s+{_MONTH_WORD},?\s+(?:1[89]|20)\d\d\b", re.I),
    re.compile(rf"\b(?:in|since|until|by)\s+{_MONTH_WORD}\s+(?:1[89]|20)\d\d\b", re.I),
    re.compile(r"\b(?:1[89]|20)\d\d-[01]\d-[0-3]\d\b"),
    re.compile(r"\b(?:last|this|next|earlier this|later this)\s+(?:week|month|year)\b", re.I),
    re.compile(r"\b(?:yesterday|overnight)\b", re.I),
]


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
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in {"DATE", "TIME"}]
    for pattern in EXTRA_PATTERNS:
        for m in pattern.finditer(text_all):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))
    out = []
    for s, e in sorted(spans):
        text = text_all[s:e]
        # "the past two years" keeps "the": the span is what the text says.
        future_hint = _future_context(text_all, s)
        resolved = resolve(text, pub, future_hint=future_hint)
        is_future = bool(pub and resolved.end and resolved.start and resolved.start > pub)
        if pub and resolved.end and resolved.end > pub and future_hint:
            is_future = True
        out.append(TimeRef(text, s, e, _iso(resolved.start), _iso(resolved.end), resolved.precision, is_future))
    return out


def _future_context(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start].lower()
    return bool(re.search(r"\b(will|would|by|until|till|next|plans? to|expected to|scheduled)\b[^.]*$", before))


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def resolve(text: str, pub: dt.date | None, *, future_hint: bool = False) -> Resolved:
    """The range `text` denotes, given the publication date `pub`.

    >>> resolve("In December 2016", None)
    Resolved(start=datetime.date(2016, 12, 1), end=datetime.date(2016, 12, 31), precision='month')
    """
    raw = " ".join(text.split()).strip(" ,.;")
    low = raw.lower()
    qualifier = re.match(r"^(?:the\s+)?(early|mid|late)[- ]", low)
    while True:
        stripped = _LEAD.sub("", low)
        if stripped == low:
            break
        low = stripped
    since = bool(re.match(r"^(since|from)\b", raw.lower()))
    until = bool(re.match(r"^(by|until|till|through)\b", raw.lower()))
    for rule in (_absolute, _relative, _weekday, _month_day, _season):
        resolved = rule(low, pub, future_hint)
        if resolved is not None:
            break
    else:
        return UNKNOWN
    if qualifier and resolved.precision == "month" and resolved.start:
        resolved = _part_of_month(resolved.start, qualifier.group(1))
    if since and resolved.start and pub:
        return Resolved(resolved.start, pub, resolved.precision)
    if until and resolved.end and pub and resolved.end >= pub:
        return Resolved(pub, resolved.end, resolved.precision)
    return resolved


def _absolute(low: str, pub, future_hint) -> Resolved | None:
    dates = list(dateparse.find_dates(low))
    if dates:
        d = dates[0][2]
        return Resolved(d, d, "day")
    if m := re.fullmatch(rf"({_MONTH_WORD}),?\s+((?:1[89]|20)\d\d)", low):
        month = dateparse.month_number(m.group(1))
        return _month_range(int(m.group(2)), month)
    if m := re.search(r"\b((?:1[89]|20)\d)0s\b", low):
        start = int(m.group(1)) * 10
        return Resolved(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade")
    if m := re.fullmatch(r"((?:1[89]|20)\d\d)(?:\s+\w+)?", low):
        # "2015", "the 2011 uprising": a year, and the word after it names the event.
        year = int(m.group(1))
        return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if m := re.fullmatch(r"((?:1[89]|20)\d\d)\s*[-–]\s*((?:1[89]|20)\d\d)", low):
        return Resolved(dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(2)), 12, 31), "year")
    return None


def _relative(low: str, pub, future_hint) -> Resolved | None:
    if re.fullmatch(r"(recent|past|coming|last few|next few)\s+(days|weeks|months|years)|recently|(a|one|two|three|several|nearly a|almost a|over a|more than a) (decade|decades)|recent (days|weeks|months|years)", low):
        return UNKNOWN
    if pub is None:
        return UNKNOWN if _is_relative(low) else None
    if low in {"today", "this morning", "this afternoon", "this evening", "tonight"}:
        return Resolved(pub, pub, "day")
    if low in {"yesterday", "last night"}:
        d = pub - dt.timedelta(days=1)
        return Resolved(d, d, "day")
    if low == "overnight":
        return Resolved(pub - dt.timedelta(days=1), pub, "day")
    if low == "tomorrow":
        d = pub + dt.timedelta(days=1)
        return Resolved(d, d, "day")
    if m := re.fullmatch(r"(last|this|next|earlier this|later this|past)\s+(week|month|year)", low):
        return _calendar_unit(pub, m.group(1), m.group(2))
    if m := re.fullmatch(r"(\w+|\d+)\s+(day|week|month|year)s?\s+(ago|earlier|later|from now)", low):
        n = _number(m.group(1))
        if n is None:
            return UNKNOWN
        sign = -1 if m.group(3) in {"ago", "earlier"} else 1
        d = _shift(pub, m.group(2), sign * n)
        precision = "day" if m.group(2) in {"day", "week"} else m.group(2)
        return Resolved(d, d, precision) if precision == "day" else _unit_of(d, precision)
    if m := re.fullmatch(r"(?:past|last)\s+(\w+|\d+)\s+(day|week|month|year)s", low):
        n = _number(m.group(1))
        if n is None:
            return UNKNOWN
        return Resolved(_shift(pub, m.group(2), -n), pub, m.group(2) if m.group(2) != "day" else "day")
    if future_hint and (m := re.fullmatch(r"(?:in\s+)?(\w+|\d+)\s+(day|week|month|year)s?(?:'s time)?", low)):
        n = _number(m.group(1))
        if n is not None:
            d = _shift(pub, m.group(2), n)
            return Resolved(d, d, "day" if m.group(2) in {"day", "week"} else m.group(2))
    if m := re.fullmatch(r"end of (?:the|this) (year|month)", low):
        unit = _calendar_unit(pub, "this", m.group(1))
        return Resolved(pub, unit.end, m.group(1))
    return None


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
    m = re.fullmatch(rf"({_MONTH_WORD})(?:\s+([0-3]?\d)(?:st|nd|rd|th)?)?", low) or \
        re.fullmatch(rf"([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_WORD})", low)
    if not m:
        return None
    groups = m.groups()
    month_word, day = (groups[0], groups[1]) if not groups[0][0].isdigit() else (groups[1], groups[0])
    month = dateparse.month_number(month_word)
    if month is None:
        return None
    if pub is None:
        return UNKNOWN
    year = pub.year
    candidate = (month, int(day) if day else 1)
    if future_hint:
        if candidate < (pub.month, pub.day):
            year += 1
    elif candidate > (pub.month, pub.day):
        year -= 1
    if day:
        try:
            d = dt.date(year, month, int(day))
        except ValueError:
            return None
        return Resolved(d, d, "day")
    return _month_range(year, month)


def _season(low: str, pub, future_hint) -> Resolved | None:
    m = re.fullmatch(r"(?:(last|this|next)\s+)?(spring|summer|autumn|fall|winter)(?:\s+of)?(?:\s+((?:1[89]|20)\d\d))?", low)
    if not m:
        return None
    first, last = SEASONS[m.group(2)]
    if m.group(3):
        year = int(m.group(3))
    elif pub is None:
        return UNKNOWN
    else:
        started_this_year = pub.month >= first
        ended_this_year = last >= first and pub.month > last
        year = pub.year if started_this_year else pub.year - 1
        if m.group(1) == "last" and not ended_this_year:
            year -= 1 if started_this_year else 0
        if m.group(1) == "next":
            year = pub.year + (1 if pub.month >= first else 0)
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
    lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[part]
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
