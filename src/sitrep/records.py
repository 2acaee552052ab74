"""Typed records passed between stages, and the `sitrep.analysis/v1` shape they serialise to.

Every record is a frozen, slotted dataclass. Stages never pass bare dicts to each other; only
`Analysis.to_dict()` turns records into the JSON contract (see docs/design.md, "The analysis
contract"), and `Analysis.from_dict()` reads it back.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA = "sitrep.analysis/v1"


@dataclass(frozen=True, slots=True)
class Document:
    """Bytes or text from one source, not yet interpreted.

    `hints` carries what the source itself states beside the content (a JSONL line's `title`,
    `url` or `published`); cleaning decides what to believe.
    """

    uri: str
    raw: bytes | str
    media_type: str  # "text/html" or "text/plain"
    hints: tuple[tuple[str, str], ...] = ()

    def hint(self, key: str) -> str | None:
        return dict(self.hints).get(key)


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: the text every offset in the analysis points into."""

    id: str
    uri: str
    sha256: str
    title: str | None
    published: str | None  # ISO date
    published_source: str | None  # "argument", "page" or None
    lang: str
    text: str
    dateline: str | None = None  # "BEIRUT" from "BEIRUT, Dec 4 (Reuters) -", cut from the text
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of `Article.text`: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    feature: str
    gazetteer_id: str
    confidence: float
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Words naming an actor. A reference ("the group", "its jets") points to the earlier mention
    it stands for (`refers_to`) and names the rule that linked them (`via`); so does an owned noun
    merged with its owner (`via` "owner", "Ukraine's army")."""

    text: str
    start: int
    end: int
    refers_to: Span | None = None
    via: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None
    wikidata: str | None
    mentions: tuple[ActorMention, ...]


@dataclass(frozen=True, slots=True)
class TimeRef:
    text: str
    start: int
    end: int
    value_start: str | None
    value_end: str | None
    precision: str
    future: bool


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor in an event role: the canonical id (None for a claimant the lexicon does not know,
    such as "a military source") and the words that named it."""

    actor: str | None
    text: str


@dataclass(frozen=True, slots=True)
class PlaceRef:
    id: str
    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class EventDate:
    start: str | None
    end: str | None
    precision: str
    inferred: bool


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    start: int
    end: int


def evidence_of(sent) -> Evidence:
    """The evidence record of a spaCy sentence, without the whitespace spaCy keeps at its end."""
    text = sent.text.rstrip()
    return Evidence(text, sent.start_char, sent.start_char + len(text))


@dataclass(frozen=True, slots=True)
class Mention:
    """A later saying of the same event."""

    trigger: Span
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    mode: tuple[str, ...]
    context: tuple[str, ...]
    status: str
    confidence: float
    rule: str
    reason: str
    trigger: Span
    source: tuple[ActorRef, ...]
    target: tuple[ActorRef, ...]
    claimant: ActorRef | None
    place: PlaceRef | None
    date: EventDate | None
    evidence: Evidence
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Measure:
    value: float
    unit: str
    method: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    kind: str
    text: str
    stated: Measure | None
    measured: Measure | None
    tolerance: str | None
    verdict: str
    claimant: ActorRef | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    unit: str | None
    approx: str
    counted: str
    claimant: ActorRef | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything sitrep found in one document."""

    versions: dict[str, str]
    doc: Article
    places: tuple[Place, ...] = ()
    actors: tuple[Actor, ...] = ()
    times: tuple[TimeRef, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    schema: str = SCHEMA

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """The `sitrep.analysis/v1` object. `include_text=False` drops every text and sentence
        (offsets and sha256 stay), for users who may not redistribute article text."""
        out = {
            "schema": self.schema,
            "versions": dict(self.versions),
            "doc": _doc_dict(self.doc),
            "places": [_plain(p) for p in self.places],
            "actors": [_plain(a) for a in self.actors],
            "times": [_plain(t) for t in self.times],
            "events": [_plain(e) for e in self.events],
            "claims": [_plain(c) for c in self.claims],
            "quantities": [_plain(q) for q in self.quantities],
        }
        return out if include_text else _without_text(out)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Analysis":
        d = data["doc"]
        doc = Article(id=d["id"], uri=d["uri"], sha256=d["sha256"], title=d.get("title"),
                      published=d.get("published"), published_source=d.get("published_source"),
                      lang=d["lang"], text=d.get("text", ""), dateline=d.get("dateline"))
        return cls(
            versions=dict(data["versions"]),
            doc=doc,
            places=tuple(_build(Place, p) for p in data.get("places", [])),
            actors=tuple(_build(Actor, a) for a in data.get("actors", [])),
            times=tuple(_build(TimeRef, t) for t in data.get("times", [])),
            events=tuple(_build(Event, e) for e in data.get("events", [])),
            claims=tuple(_build(Claim, c) for c in data.get("claims", [])),
            quantities=tuple(_build(Quantity, q) for q in data.get("quantities", [])),
            schema=data.get("schema", SCHEMA),
        )


def _doc_dict(a: Article) -> dict[str, Any]:
    return {"id": a.id, "uri": a.uri, "sha256": a.sha256, "title": a.title,
            "published": a.published, "published_source": a.published_source,
            "lang": a.lang, "dateline": a.dateline, "text": a.text}


def _plain(value: Any) -> Any:
    """Records to JSON-ready values, keeping field order (the contract's key order)."""
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


_TEXT_KEYS = {"text", "sentence"}


def _without_text(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_text(v) for k, v in value.items() if k not in _TEXT_KEYS}
    if isinstance(value, list):
        return [_without_text(v) for v in value]
    return value


# Which nested record each field holds, for from_dict.
_NESTED: dict[tuple[type, str], type] = {}


def _build(cls: type, data: Any) -> Any:
    if data is None:
        return None
    kwargs = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        v = data[f.name]
        sub = _NESTED.get((cls, f.name))
        if sub is not None:
            v = tuple(_build(sub, x) for x in v) if isinstance(v, list) else _build(sub, v)
        elif isinstance(v, list):
            v = tuple(v)
        kwargs[f.name] = v
    return cls(**kwargs)


_NESTED.update({
    (Place, "mentions"): Span, (Actor, "mentions"): ActorMention, (ActorMention, "refers_to"): Span,
    (Event, "trigger"): Span, (Event, "source"): ActorRef, (Event, "target"): ActorRef,
    (Event, "claimant"): ActorRef, (Event, "place"): PlaceRef, (Event, "date"): EventDate,
    (Event, "evidence"): Evidence, (Event, "mentions"): Mention,
    (Mention, "trigger"): Span, (Mention, "evidence"): Evidence,
    (Claim, "stated"): Measure, (Claim, "measured"): Measure, (Claim, "claimant"): ActorRef,
    (Claim, "evidence"): Evidence,
    (Quantity, "claimant"): ActorRef, (Quantity, "evidence"): Evidence,
})
