"""Scores of stages against gold sets, shared by `benchmarks/` (which print them) and the accuracy
gate in the test suite (which holds them to pinned floors)."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from .clean import JunkPatterns, clean_document
from .errors import InputError
from .ingest import sniff_media_type
from .records import Document


def half_files(folder: Path, half: str) -> list[Path]:
    """The files of one half of an evaluation set (events, timeq): test.jsonl alone (frozen), or
    dev.jsonl and every dev-*.jsonl written later for tuning."""
    if half == "test":
        return [folder / "test.jsonl"]
    return [folder / "dev.jsonl", *sorted(folder.glob("dev-*.jsonl"))]


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@dataclass
class CleaningScore:
    pages: int = 0
    body_paragraphs: int = 0
    body_kept: int = 0
    junk_strings: int = 0
    junk_removed: int = 0
    titles: int = 0
    titles_found: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    by_template: dict[str, list[int]] = field(default_factory=dict)

    @property
    def body_kept_ratio(self) -> float:
        return self.body_kept / self.body_paragraphs if self.body_paragraphs else 0.0

    @property
    def junk_removed_ratio(self) -> float:
        return self.junk_removed / self.junk_strings if self.junk_strings else 0.0

    @property
    def title_ratio(self) -> float:
        return self.titles_found / self.titles if self.titles else 0.0


def score_cleaning(folder: Path, junk: JunkPatterns) -> CleaningScore:
    """Body paragraphs kept and junk strings removed over a folder of pages with `.gold.json` files.

    A body paragraph counts as kept when the cleaned text holds it whole; a junk string counts as
    removed when the cleaned text does not hold it (whitespace normalised on both sides).
    """
    score = CleaningScore()
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        stem = gold_path.name[: -len(".gold.json")]
        page = next(p for p in folder.iterdir() if p.name.startswith(stem + ".") and not p.name.endswith(".gold.json"))
        raw = page.read_bytes()
        started = time.perf_counter()
        try:
            article = clean_document(Document(str(page), raw, sniff_media_type(raw, page.suffix.lower())), junk)
            text, title = _norm(article.text), _norm(article.title or "")
        except InputError as exc:
            score.failures.append(f"{page.name}: {exc.cause}")
            text, title = "", ""
        score.seconds += time.perf_counter() - started
        kept = [p for p in gold["body"] if _norm(p) in text]
        left = [j for j in gold["junk"] if _norm(j) in text]
        score.pages += 1
        score.body_paragraphs += len(gold["body"])
        score.body_kept += len(kept)
        score.junk_strings += len(gold["junk"])
        score.junk_removed += len(gold["junk"]) - len(left)
        score.titles += 1
        score.titles_found += int(title == _norm(gold["title"]))
        t = score.by_template.setdefault(gold.get("template", "?"), [0, 0, 0, 0])
        t[0] += len(kept); t[1] += len(gold["body"]); t[2] += len(gold["junk"]) - len(left); t[3] += len(gold["junk"])
        for p in gold["body"]:
            if _norm(p) not in text:
                score.failures.append(f"{page.name}: body dropped: {p[:70]!r}")
        for j in left:
            score.failures.append(f"{page.name}: junk kept: {j[:70]!r}")
        if title != _norm(gold["title"]):
            score.failures.append(f"{page.name}: title {title[:60]!r}, expected {gold['title'][:60]!r}")
    return score


