"""Scores of the times, quantities and claims stages against `tests/data/timeq/` (format in its
README): per category, an item is right when the stage's record for the annotated expression has
every expected value."""
from __future__ import annotations

import hashlib
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .nlp import parse_all
from .pipeline import analyze_parsed
from .records import Analysis, Article


def read_items(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def analyze_texts(items: Iterable[dict], resources) -> Iterator[tuple[dict, Analysis]]:
    """Each item's sentence through every stage after cleaning: a gold set of single sentences
    has no page to clean, and the article-length check would refuse them."""
    items = list(items)
    versions = resources.versions()
    docs = parse_all(resources.nlp, (it["text"] for it in items), batch_size=resources.options.batch_size)
    for item, doc in zip(items, docs):
        sha = hashlib.sha256(item["text"].encode("utf-8")).hexdigest()
        article = Article(id=sha[:16], uri=item["id"], sha256=sha, title=None, published=item.get("published"),
                          published_source="argument" if item.get("published") else None, lang="en",
                          text=item["text"])
        yield item, analyze_parsed(article, doc, resources, versions)


@dataclass
class TimeqScore:
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, kind: str, category: str, ok: bool, why: str) -> None:
        for key in (kind, f"{kind}:{category}"):
            self.total[key] += 1
            self.right[key] += int(ok)
        if not ok:
            self.errors.append(why)

    def accuracy(self, key: str) -> float:
        return self.right[key] / self.total[key] if self.total[key] else 0.0


def score_timeq(items: list[dict], resources) -> TimeqScore:
    score = TimeqScore()
    started = time.perf_counter()
    for item, analysis in analyze_texts(items, resources):
        kind, category = item["kind"], item["category"]
        if kind == "time":
            ok, why = _time_right(item, analysis)
            score.add("dates", category, ok, why)
        elif kind == "quantity":
            ok, why = _quantity_right(item, analysis)
            score.add("quantities", category, ok, why)
        else:
            ok, why = _claim_right(item, analysis)
            score.add("claims", category, ok, why)
    score.seconds = time.perf_counter() - started
    return score


def _span(item: dict) -> tuple[int, int]:
    start = item["text"].find(item["expr"])
    return start, start + len(item["expr"])


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _time_right(item: dict, analysis: Analysis) -> tuple[bool, str]:
    span = _span(item)
    found = [t for t in analysis.times if _overlaps((t.start, t.end), span)]
    expected = (item["value_start"], item["value_end"], item["precision"])
    if not found:
        return False, f"{item['id']} time {item['expr']!r}: not found; expected {expected}"
    t = min(found, key=lambda t: abs(t.start - span[0]) + abs(t.end - span[1]))
    got = (t.value_start, t.value_end, t.precision)
    return got == expected, f"{item['id']} time {item['expr']!r} (as {t.text!r}): got {got}, expected {expected} [{item['published']}]"


def _quantity_right(item: dict, analysis: Analysis) -> tuple[bool, str]:
    span = _span(item)
    found = [q for q in analysis.quantities if _overlaps((q.start, q.end), span)]
    expected = (_num(item["low"]), _num(item["high"]), item["unit"], item["approx"], item["counted"])
    if not found:
        return False, f"{item['id']} quantity {item['expr']!r}: not found; expected {expected}"
    q = found[0]
    got = (_num(q.low), _num(q.high), q.unit, q.approx, q.counted)
    return got == expected, f"{item['id']} quantity {item['expr']!r} (as {q.text!r}): got {got}, expected {expected}"


def _claim_right(item: dict, analysis: Analysis) -> tuple[bool, str]:
    kind = item["claim_kind"]
    found = [c for c in analysis.claims if c.kind == kind]
    if kind in {"distance"} and item.get("expr"):
        span = _span(item)
        near = [c for c in found if _overlaps((c.evidence.start, c.evidence.end), span)]
        found = near or found
    if not found:
        return False, f"{item['id']} {kind} claim: not found; expected {item['expected_verdict']}: {item['text']}"
    verdict = found[0].verdict
    return verdict == item["expected_verdict"], \
        f"{item['id']} {kind} claim: got {verdict}, expected {item['expected_verdict']}: {item['text']}"


def _num(value):
    if value is None:
        return None
    return round(float(value), 3)
