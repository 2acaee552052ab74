"""Scores of the events stage against gold sets, shared by `benchmarks/events_eval.py` (which prints
them) and the accuracy gate `tests/test_events_gate.py` (which holds them to the floors in
`tests/floors.json`).

Two sets:

- the sitrep events set (`tests/data/events/{dev,test}.jsonl`, format in its README): every
  sentence is analysed with its `published` date, predicted events are paired one-to-one with gold
  events whose trigger span they overlap, then with gold events of their type left in the same
  sentence (`pair_events`; the strict figures, by trigger alone, are kept beside), and the pairs
  give type precision/recall/F1, source and target accuracy, status accuracy with its confusion
  matrix, the precision of "asserted", and the calibration of `confidence`;
- the PLOVER gold-standard records (`../shared/data/events/plover_gsr_cameo/PLOVER_GSR_CAMEO.json`,
  CC BY-SA 4.0, read as a fixture only), with the old 0.5b1 labels mapped to the current 16 types
  as its LICENSE-NOTE says: the share of records whose top predicted event has the gold type, and
  the share whose gold source and target words the top event's roles overlap.

Sentences are short, so they are analysed with `min_article_chars=0` (the article-length check is
for pages, not sentences).
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .errors import InputError

STATUSES = ("asserted", "reported", "claimed", "hypothetical", "negated")
# PLOVER 0.5b1 labels of the gold-standard records, in today's 16 types (LICENSE-NOTE.md).
OLD_PLOVER_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Old COERCE modes whose acts are ASSAULT in PLOVER 2.0.
OLD_COERCE_AS_ASSAULT = {"destroy", "firearms"}
ECE_BINS = 10


def sentence_resources():
    """Resources whose cleaning accepts a single sentence as a document."""
    import sitrep

    return sitrep.load_resources(sitrep.Options(min_article_chars=0))


# --- the sitrep events set --------------------------------------------------------------------

def load_items(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Prediction:
    """The analysis of one gold item (None when the pipeline refused the text), with the text the
    offsets point into."""

    item: dict
    text: str
    events: tuple = ()
    actor_spans: dict = field(default_factory=dict)  # (actor id, text) -> [(start, end)]
    error: str | None = None
    place_spans: dict = field(default_factory=dict)  # place id -> [(start, end)] of its mentions


def analyse_items(items: list[dict], resources) -> tuple[list[Prediction], float]:
    """Each item analysed with its own publication date; returns the predictions and the seconds
    the analysis took."""
    import sitrep

    by_date: dict[str | None, list[int]] = {}
    for n, item in enumerate(items):
        by_date.setdefault(item.get("published"), []).append(n)
    out: list[Prediction | None] = [None] * len(items)
    started = time.perf_counter()
    for published, numbers in by_date.items():
        texts = [items[n]["text"] for n in numbers]
        for n, result in zip(numbers, sitrep.analyze_all(texts, published=published, resources=resources)):
            out[n] = _prediction(items[n], result)
    return out, time.perf_counter() - started


def _prediction(item: dict, result) -> Prediction:
    if isinstance(result, InputError):
        return Prediction(item, item["text"], error=result.cause)
    spans: dict[tuple, list] = {}
    for actor in result.actors:
        for m in actor.mentions:
            spans.setdefault((actor.id, m.text), []).append((m.start, m.end))
    places = {p.id: [(m.start, m.end) for m in p.mentions] for p in result.places}
    return Prediction(item, result.doc.text, tuple(result.events), spans, place_spans=places)


def _locate(text: str, phrase: str | None, near: int | None = None) -> tuple[int, int] | None:
    """The span of `phrase` in `text`: its first occurrence, or the one nearest `near`. Whole-word
    occurrences go first, so that the gold trigger "aid" is not found inside "said"."""
    if not phrase:
        return None
    starts, i = [], text.find(phrase)
    while i >= 0:
        starts.append(i)
        i = text.find(phrase, i + 1)
    whole = [s for s in starts if _whole_word(text, s, s + len(phrase))]
    starts = whole or starts
    if not starts:
        return None
    start = starts[0] if near is None else min(starts, key=lambda s: abs(s - near))
    return start, start + len(phrase)


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


@dataclass
class Pair:
    """A predicted event and the gold event whose trigger it overlaps."""

    item_id: str
    gold: dict
    pred: object  # records.Event
    by_trigger: bool = True  # False: paired in the second pass, by type within the sentence

    @property
    def type_ok(self) -> bool:
        return self.gold["type"] == self.pred.type


def pair_events(pred: Prediction, by_type: bool = True) -> tuple[list[Pair], list, list[dict]]:
    """One-to-one pairs of predicted and gold events, in two passes. First by trigger overlap;
    where one trigger holds several events (one per place), pairs with the same type, then the
    same place, then the same status go first. Then, with `by_type`, the events left on both sides
    of one sentence pair by type (same place, then same status first): "the strike had killed two
    brothers" is one ASSAULT whether its trigger is "strike" or "killed", and a coder that picks
    the other word has found the event, not made one up and missed another. Returns (pairs,
    unpaired predictions, unpaired gold)."""
    text = pred.text
    golds = pred.item["events"]
    gold_spans = [_locate(text, g["trigger"]) for g in golds]
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[Pair] = []

    def take(candidates: list, by_trigger: bool) -> None:
        for _, pi, gi in sorted(candidates):
            if pi in used_p or gi in used_g:
                continue
            used_p.add(pi)
            used_g.add(gi)
            pairs.append(Pair(pred.item["id"], golds[gi], pred.events[pi], by_trigger))

    def agreement(g: dict, e) -> int:
        return 4 * (g["type"] == e.type) + 2 * place_agrees(pred, g, e) + (g["status"] == e.status)

    take([(-agreement(g, e), pi, gi) for pi, e in enumerate(pred.events) for gi, g in enumerate(golds)
          if _overlaps((e.trigger.start, e.trigger.end), gold_spans[gi])], by_trigger=True)
    if by_type:
        take([(-agreement(g, e), pi, gi) for pi, e in enumerate(pred.events) if pi not in used_p
              for gi, g in enumerate(golds) if gi not in used_g and g["type"] == e.type], by_trigger=False)
    return (pairs, [e for i, e in enumerate(pred.events) if i not in used_p],
            [g for i, g in enumerate(golds) if i not in used_g])


def place_agrees(pred: Prediction, gold: dict, event) -> bool:
    """Whether the event's place is the gold place: one of the place's mentions overlaps the gold
    place in the text, or one name contains the other ("Hama" and the gazetteer's "Ḩamāh" agree
    by their mention); no place on both sides agrees too."""
    if not gold.get("place") or event.place is None:
        return not gold.get("place") and event.place is None
    name = event.place.name
    if gold["place"] in name or name in gold["place"]:
        return True
    span = _locate(pred.text, gold["place"])
    return span is not None and any(_overlaps(span, m) for m in pred.place_spans.get(event.place.id, ()))


def role_agreement(pred: Prediction, gold_spans: list[str], refs) -> tuple[bool, bool]:
    """(exact, partial) agreement of one role. A gold span is found when a predicted actor's
    mention overlaps it; exact means every gold span is found and every predicted actor overlaps
    a gold span (both empty counts as exact); partial means at least one gold span is found, or
    both are empty."""
    text = pred.text
    gold = [s for s in (_locate(text, g) for g in gold_spans) if s is not None]
    predicted = []
    for ref in refs:
        spans = pred.actor_spans.get((ref.actor, ref.text)) or ([_locate(text, ref.text)] if _locate(text, ref.text) else [])
        predicted.append(spans)
    if not gold and not predicted:
        return True, True
    found = [any(_overlaps(g, s) for spans in predicted for s in spans) for g in gold]
    used = [any(_overlaps(g, s) for g in gold for s in spans) for spans in predicted]
    exact = bool(gold) and all(found) and all(used)
    return exact, any(found)


@dataclass
class EventsScore:
    sentences: int = 0
    refused: int = 0
    seconds: float = 0.0
    gold: dict = field(default_factory=dict)       # type -> count
    predicted: dict = field(default_factory=dict)  # type -> count
    correct: dict = field(default_factory=dict)    # type -> count of paired events with the right type
    paired: int = 0
    paired_by_type: int = 0  # of `paired`, those paired in the second pass (by type, not trigger)
    strict_correct: int = 0  # right type among pairs by trigger alone
    strict_asserted_right: int = 0  # asserted events paired by trigger alone with an asserted gold event
    source_exact: int = 0
    source_partial: int = 0
    target_exact: int = 0
    target_partial: int = 0
    status_ok: int = 0
    place_ok: int = 0  # paired events whose place agrees with the gold's (place_agrees)
    confusion: dict = field(default_factory=dict)  # (gold status, predicted status) -> count
    asserted_predicted: int = 0
    asserted_right: int = 0
    reliability: list = field(default_factory=list)  # [(confidence, correct)]
    labelled: list = field(default_factory=list)  # [(records.Event, correct, text)]: what the calibration is fitted on
    failures: list = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def prf(self, etype: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 of one type, or micro-averaged over all types."""
        pick = (lambda d: d.get(etype, 0)) if etype else (lambda d: sum(d.values()))
        tp, npred, ngold = pick(self.correct), pick(self.predicted), pick(self.gold)
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        return p, r, self._f1(p, r)

    @property
    def type_f1(self) -> float:
        return self.prf()[2]

    def strict_prf(self) -> tuple[float, float, float]:
        """Overall precision, recall and F1 when events pair by trigger overlap alone."""
        npred, ngold = sum(self.predicted.values()), sum(self.gold.values())
        p = self.strict_correct / npred if npred else 0.0
        r = self.strict_correct / ngold if ngold else 0.0
        return p, r, self._f1(p, r)

    @property
    def strict_asserted_precision(self) -> float:
        return self.strict_asserted_right / self.asserted_predicted if self.asserted_predicted else 0.0

    def _share(self, n: int) -> float:
        return n / self.paired if self.paired else 0.0

    @property
    def source_accuracy(self) -> float:
        return self._share(self.source_exact)

    @property
    def source_partial_accuracy(self) -> float:
        return self._share(self.source_partial)

    @property
    def target_accuracy(self) -> float:
        return self._share(self.target_exact)

    @property
    def target_partial_accuracy(self) -> float:
        return self._share(self.target_partial)

    @property
    def status_accuracy(self) -> float:
        return self._share(self.status_ok)

    @property
    def place_accuracy(self) -> float:
        return self._share(self.place_ok)

    @property
    def asserted_precision(self) -> float:
        return self.asserted_right / self.asserted_predicted if self.asserted_predicted else 0.0

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0

    def reliability_table(self, bins: int = ECE_BINS) -> list[tuple[float, float, int, float, float]]:
        """(bin low, bin high, count, mean confidence, accuracy) per non-empty bin."""
        rows = []
        for b in range(bins):
            lo, hi = b / bins, (b + 1) / bins
            inside = [(c, ok) for c, ok in self.reliability if lo <= c < hi or (b == bins - 1 and c == 1.0)]
            if inside:
                rows.append((lo, hi, len(inside), sum(c for c, _ in inside) / len(inside),
                             sum(ok for _, ok in inside) / len(inside)))
        return rows

    @property
    def confidence_auc(self) -> float:
        """The chance that a right event has a higher confidence than a wrong one (ties count half):
        how well `confidence` sorts, whatever its scale."""
        return ranking_auc(self.reliability)

    @property
    def calibration_error(self) -> float:
        """Expected calibration error over 10 equal-width bins, weighted by bin size."""
        n = len(self.reliability)
        if not n:
            return 0.0
        return sum(count * abs(conf - acc) for _, _, count, conf, acc in self.reliability_table()) / n


def ranking_auc(scored: list[tuple[float, bool]]) -> float:
    """Area under the ROC curve of (score, correct) pairs, by ranks (0.5 when one class is empty)."""
    ordered = sorted(scored, key=lambda x: x[0])
    ranks, i = {}, 0
    while i < len(ordered):  # tied scores share their mean rank
        j = i
        while j < len(ordered) and ordered[j][0] == ordered[i][0]:
            j += 1
        ranks[ordered[i][0]] = (i + j + 1) / 2
        i = j
    right = [ranks[c] for c, ok in scored if ok]
    wrong = len(scored) - len(right)
    if not right or not wrong:
        return 0.5
    return (sum(right) - len(right) * (len(right) + 1) / 2) / (len(right) * wrong)


def score_predictions(predictions: Iterable[Prediction], seconds: float = 0.0) -> EventsScore:
    s = EventsScore(seconds=seconds)
    for pred in predictions:
        s.sentences += 1
        if pred.error:
            s.refused += 1
            s.failures.append(f"{pred.item['id']}: refused: {pred.error}")
        for g in pred.item["events"]:
            s.gold[g["type"]] = s.gold.get(g["type"], 0) + 1
        for e in pred.events:
            s.predicted[e.type] = s.predicted.get(e.type, 0) + 1
        pairs, extra, missed = pair_events(pred)
        for p in pairs:
            g, e = p.gold, p.pred
            s.paired += 1
            s.paired_by_type += not p.by_trigger
            if p.by_trigger:  # the first pass alone is the strict pairing
                s.strict_correct += p.type_ok
                s.strict_asserted_right += e.status == "asserted" and g["status"] == "asserted"
            if p.type_ok:
                s.correct[e.type] = s.correct.get(e.type, 0) + 1
            src = role_agreement(pred, g.get("source") or [], e.source)
            tgt = role_agreement(pred, g.get("target") or [], e.target)
            s.source_exact += src[0]
            s.source_partial += src[1]
            s.target_exact += tgt[0]
            s.target_partial += tgt[1]
            s.status_ok += g["status"] == e.status
            s.place_ok += place_agrees(pred, g, e)
            key = (g["status"], e.status)
            s.confusion[key] = s.confusion.get(key, 0) + 1
            if e.status == "asserted":
                s.asserted_predicted += 1
                s.asserted_right += g["status"] == "asserted"
            s.reliability.append((e.confidence, p.type_ok))
            s.labelled.append((e, p.type_ok, pred.text))
            if not p.type_ok:
                s.failures.append(f"{pred.item['id']}: '{e.trigger.text}' coded {e.type}, gold {g['type']}")
            if g["status"] != e.status:
                s.failures.append(f"{pred.item['id']}: '{e.trigger.text}' {g['type']} status {e.status}, gold {g['status']}")
            if not src[0]:
                s.failures.append(f"{pred.item['id']}: '{e.trigger.text}' source {[a.text for a in e.source]}, gold {g.get('source')}")
            if not tgt[0]:
                s.failures.append(f"{pred.item['id']}: '{e.trigger.text}' target {[a.text for a in e.target]}, gold {g.get('target')}")
        for e in extra:
            if e.status == "asserted":
                s.asserted_predicted += 1
            s.reliability.append((e.confidence, False))
            s.labelled.append((e, False, pred.text))
            s.failures.append(f"{pred.item['id']}: extra {e.type} '{e.trigger.text}' ({e.status}, {e.rule})")
        for g in missed:
            s.failures.append(f"{pred.item['id']}: missed {g['type']} '{g['trigger']}' ({g['status']})")
    return s


def score_events_file(path: Path | list[Path], resources) -> EventsScore:
    items = [item for p in ([path] if isinstance(path, Path) else path) for item in load_items(p)]
    predictions, seconds = analyse_items(items, resources)
    return score_predictions(predictions, seconds)


# --- the PLOVER gold-standard records -----------------------------------------------------------

def plover_gold_type(record: dict) -> str:
    """The current PLOVER type of a 0.5b1 record."""
    event = record["event"]
    if event == "COERCE" and record.get("mode") in OLD_COERCE_AS_ASSAULT:
        return "ASSAULT"
    return OLD_PLOVER_TYPES.get(event, event)


def _actor_texts(value) -> list[str]:
    if not isinstance(value, list):
        return []
    return [a["actorText"] for a in value if isinstance(a, dict) and a.get("actorText")]


@dataclass
class PloverScore:
    records: int = 0
    refused: int = 0
    with_event: int = 0
    type_ok: int = 0
    sources: int = 0
    source_ok: int = 0
    targets: int = 0
    target_ok: int = 0
    seconds: float = 0.0
    by_type: dict = field(default_factory=dict)  # gold type -> [records, right]
    failures: list = field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.records if self.records else 0.0

    @property
    def source_accuracy(self) -> float:
        return self.source_ok / self.sources if self.sources else 0.0

    @property
    def target_accuracy(self) -> float:
        return self.target_ok / self.targets if self.targets else 0.0


def top_event(events):
    """The event a one-sentence record is about: the most confident, the earliest on a tie."""
    if not events:
        return None
    return min(events, key=lambda e: (-e.confidence, e.trigger.start))


def load_plover(path: Path) -> list[dict]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [r for r in data if r.get("event") != "DOCUMENT" and r.get("text")]


def score_plover(path: Path, resources) -> PloverScore:
    import sitrep

    records = load_plover(path)
    s = PloverScore()
    started = time.perf_counter()
    results = list(sitrep.analyze_all([r["text"] for r in records], resources=resources))
    s.seconds = time.perf_counter() - started
    for record, result in zip(records, results):
        gold = plover_gold_type(record)
        s.records += 1
        row = s.by_type.setdefault(gold, [0, 0])
        row[0] += 1
        if isinstance(result, InputError):
            s.refused += 1
            s.failures.append(f"{record['id']}: refused: {result.cause}")
            continue
        top = top_event(result.events)
        if top is None:
            s.failures.append(f"{record['id']}: no event, gold {gold}: {record['text']}")
            continue
        s.with_event += 1
        if top.type == gold:
            s.type_ok += 1
            row[1] += 1
        else:
            s.failures.append(f"{record['id']}: top '{top.trigger.text}' {top.type}, gold {gold} "
                              f"({record.get('eventText')}): {record['text']}")
        pred = _prediction({"id": record["id"], "events": []}, result)
        for role, refs, attr in (("source", top.source, "source"), ("target", top.target, "target")):
            gold_texts = _actor_texts(record.get(role))
            if not gold_texts:
                continue
            found = role_agreement(pred, gold_texts, refs)[1]
            if attr == "source":
                s.sources += 1
                s.source_ok += found
            else:
                s.targets += 1
                s.target_ok += found
    return s
