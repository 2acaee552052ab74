"""Absolute calendar dates in running text, with no model: shared by `clean` (a page's own date)
and `times` (time expressions). Ambiguous numeric forms such as 04/12/2024 are left alone on purpose:
in world news they are as often day-first as month-first."""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

DATE_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),           # Oct. 7, 2023
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),  # 7 October 2023
    re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?=\b|T)"),  # 2023-10-07
]


def find_dates(text: str) -> Iterator[tuple[int, int, dt.date]]:
    """(start, end, date) for every full calendar date written in `text`, in order of position.

    >>> [d.isoformat() for _, _, d in find_dates("Posted on Aug. 3, 2024 at 10:00")]
    ['2024-08-03']
    """
    found = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            date = _to_date(m.group("year"), m.group("month"), m.group("day"))
            if date is not None:
                found.append((m.start(), m.end(), date))
    found.sort(key=lambda item: (item[0], -item[1]))
    last_end = -1
    for start, end, date in found:
        if start >= last_end:
            yield start, end, date
            last_end = end


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _to_date(year: str, month: str, day: str) -> dt.date | None:
    number = int(month) if month.isdigit() else month_number(month)
    try:
        return dt.date(int(year), number, int(day)) if number else None
    except ValueError:
        return None
