"""Time expressions resolved against the publication date (2024-12-04 is a Wednesday). Examples
written for this test, each checked by hand against a calendar."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.times import resolve

PUB = dt.date(2024, 12, 4)


@pytest.mark.parametrize("text, start, end, precision", [
    ("Last week", "2024-11-25", "2024-12-01", "week"),
    ("this week", "2024-12-02", "2024-12-08", "week"),
    ("on Thursday", "2024-11-28", "2024-11-28", "day"),
    ("Wednesday", "2024-12-04", "2024-12-04", "day"),          # the same weekday as publication: that day
    ("In December 2016", "2016-12-01", "2016-12-31", "month"),
    ("Oct. 7, 2023", "2023-10-07", "2023-10-07", "day"),
    ("7 October 2023", "2023-10-07", "2023-10-07", "day"),
    ("2023-10-07", "2023-10-07", "2023-10-07", "day"),
    ("earlier this month", "2024-12-01", "2024-12-04", "month"),
    ("since 2015", "2015-01-01", "2024-12-04", "year"),
    ("two days ago", "2024-12-02", "2024-12-02", "day"),
    ("overnight", "2024-12-03", "2024-12-04", "day"),
    ("the 2011 uprising", "2011-01-01", "2011-12-31", "year"),
    ("the 1990s", "1990-01-01", "1999-12-31", "decade"),
    ("late November", "2024-11-21", "2024-11-30", "month"),
    ("last summer", "2024-06-01", "2024-08-31", "season"),
    ("by the end of the year", "2024-12-04", "2024-12-31", "year"),
    ("until March 1", "2024-12-04", "2025-03-01", "day"),
])
def test_times_resolve_against_publication(text, start, end, precision):
    r = resolve(text, PUB)
    assert (r.start.isoformat() if r.start else None, r.end.isoformat() if r.end else None, r.precision) == (start, end, precision)


def test_times_future_weekday_is_the_next_one():
    r = resolve("Thursday", PUB, future_hint=True)
    assert r.start == dt.date(2024, 12, 5)


@pytest.mark.parametrize("text, precision", [("last week", "week"), ("yesterday", "day"), ("on Thursday", "day"),
                                              ("next month", "month")])
def test_times_without_publication_date_stay_unresolved(text, precision):
    r = resolve(text, None)
    assert (r.start, r.end, r.precision) == (None, None, precision)


def test_times_absolute_dates_resolve_without_publication_date():
    r = resolve("May 2023", None)
    assert (r.start, r.end) == (dt.date(2023, 5, 1), dt.date(2023, 5, 31))


def test_times_vague_expressions_have_no_values():
    for text in ("recent months", "nearly a decade", "recently"):
        r = resolve(text, PUB)
        assert (r.start, r.end, r.precision) == (None, None, "unknown")
