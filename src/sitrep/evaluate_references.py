"""Scores of actor references against the gold sets in `tests/data/actors/`: descriptions and
possessives ("the group", "the regime", "its jets"; `coref-{dev,test}.jsonl`, `README-coref.md`)
and subject pronouns ("It said", "they withdrew"; `pronouns-{dev,test}.jsonl`,
`README-pronouns.md`), shared by `benchmarks/references_eval.py` (which prints them) and the
accuracy gate in `tests/test_events_gate.py`.

Each document is parsed as it is (no cleaning, so the gold offsets hold) and run through the
places and actors stages. A gold reference is answered by the actor mention that overlaps it:
an identified actor, or nothing (no mention, or a sector known only by its noun: "the army" as
`MIL`). Resolved answers are right when they name the gold actor; a gold `null` (no named actor is
meant, or a careful reader cannot tell) is right only when left unresolved.

- precision: right resolved answers / resolved answers (a resolved `null` counts against it);
- recall: right resolved answers / gold references that name an actor;
- abstention: gold `null` references left unresolved / gold `null` references.

A country's army, police or government that has its own record (`saf`, `pnh`, `myanmar-junta`)
and the country's sector (`SDN-MIL`, `HTI-COP`, `MMR-GOV`) count as one actor: the gold uses the
record where it exists, and a reference resolved through the country reaches the sector.

The same documents are scored with the reference step switched off (the actors stage alone) as
the baseline line.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from .lexicon import SECTOR_NAMES
from .references import COUNTRY_SECTOR_ID, SECTOR_OF_KIND


@dataclass
class ReferenceScore:
    references: int = 0
    named: int = 0  # gold references that name an actor
    resolved: int = 0
    right: int = 0
    nulls: int = 0
    nulls_kept: int = 0
    documents: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    by_rule: dict[str, list[int]] = field(default_factory=dict)  # via -> [resolved, right]

    @property
    def precision(self) -> float:
        return self.right / self.resolved if self.resolved else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.named if self.named else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def abstention(self) -> float:
        return self.nulls_kept / self.nulls if self.nulls else 0.0


def load_documents(paths: list[Path]) -> list[dict]:
    return [json.loads(line) for p in paths for line in Path(p).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def same_actor(lexicon):
    """Whether two actor ids name one actor, a national army or government record and its
    country's sector counting as one."""
    def canonical(actor_id: str | None) -> str | None:
        info = lexicon.actors.get(actor_id) if actor_id else None
        sector = SECTOR_OF_KIND.get(info.kind) if info is not None else None
        if sector is None or not info.country or COUNTRY_SECTOR_ID.match(actor_id):
            return actor_id
        return f"{lexicon.iso3.get(info.country, info.country)}-{sector}"
    return lambda a, b: canonical(a) == canonical(b)


def score_references(paths: list[Path], resources, *, resolve: bool = True) -> ReferenceScore:
    """Score the reference step (or, with `resolve=False`, the actors stage alone) on the gold files."""
    from .pipeline import places_and_actors

    items = load_documents(paths)
    score = ReferenceScore(documents=len(items))
    same = same_actor(resources.lexicon)
    started = time.perf_counter()
    docs = list(resources.nlp.pipe((it["text"] for it in items), batch_size=32))
    for item, doc in zip(items, docs):
        _, mentions, _ = places_and_actors(doc, resources, item.get("published"), resolve_references=resolve)
        for ref in item["refs"]:
            _score_one(score, item, ref, mentions, same)
    score.seconds = time.perf_counter() - started
    return score


def _score_one(score: ReferenceScore, item: dict, ref: dict, mentions, same) -> None:
    gold = ref["actor"]
    found = next((m for m in mentions if m.start < ref["end"] and ref["start"] < m.end
                  and m.actor not in SECTOR_NAMES), None)
    answer = found.actor if found is not None else None
    score.references += 1
    if gold is None:
        score.nulls += 1
        score.nulls_kept += answer is None
    else:
        score.named += 1
    if answer is None:
        if gold is not None:
            score.failures.append(f"{item['id']}\t{ref['text']!r}@{ref['start']}\tgold {gold}\tunresolved")
        return
    score.resolved += 1
    right = gold is not None and same(answer, gold)
    score.right += right
    rule = score.by_rule.setdefault(found.via or "name", [0, 0])
    rule[0] += 1
    rule[1] += right
    if not right:
        via = (f" via {found.via} from {found.refers_to.text!r}" if found.refers_to is not None
               else f" ({found.via or 'name'})")
        score.failures.append(f"{item['id']}\t{ref['text']!r}@{ref['start']}\tgold {gold}\tgot {answer}{via}")
