"""Runs the stages in order over many documents: clean each, parse them in batches with one
spaCy pipeline, then places, actors, times, events, quantities and claims per document."""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Iterator

from . import actors as actors_stage
from . import claims as claims_stage
from . import events as events_stage
from . import places as places_stage
from . import quantities as quantities_stage
from . import references as references_stage
from . import times as times_stage
from .clean import clean_document
from .errors import InputError
from .nlp import parse_all
from .records import ActorRef, Analysis, Article, Document
from .resources import Resources


def analyze_documents(documents: Iterable[Document | InputError], resources: Resources, *,
                      published: str | None = None) -> Iterator[Analysis | InputError]:
    """An Analysis for each document, or the InputError that stopped it, in input order."""
    chunk: list[Document | InputError] = []
    size = max(1, resources.options.batch_size) * 4
    for item in documents:
        chunk.append(item)
        if len(chunk) >= size:
            yield from _analyze_chunk(chunk, resources, published)
            chunk = []
    if chunk:
        yield from _analyze_chunk(chunk, resources, published)


def _analyze_chunk(chunk, resources: Resources, published: str | None) -> Iterator[Analysis | InputError]:
    cleaned: list[Article | InputError] = []
    for item in chunk:
        if isinstance(item, InputError):
            cleaned.append(item)
            continue
        try:
            cleaned.append(clean_document(item, resources.junk, published=published, options=resources.options))
        except InputError as exc:
            cleaned.append(exc)
    articles = [a for a in cleaned if isinstance(a, Article)]
    docs = iter(parse_all(resources.nlp, (a.text for a in articles), batch_size=resources.options.batch_size,
                          n_process=resources.options.n_process))
    versions = resources.versions()
    for item in cleaned:
        if isinstance(item, InputError):
            yield item
        else:
            yield analyze_parsed(item, next(docs), resources, versions)


def analyze_parsed(article: Article, doc, resources: Resources, versions: dict[str, str]) -> Analysis:
    """Every stage after parsing, for one document."""
    lexicon = resources.lexicon
    place_mentions, actor_mentions, new_actors = places_and_actors(doc, resources, article.published,
                                                                   dateline=article.dateline)
    times = times_stage.find_times(doc, article.published)
    infos = {m.actor: lexicon.actors.get(m.actor) or new_actors.get(m.actor) for m in actor_mentions}
    ctx = events_stage.DocContext(
        doc_id=article.id, published=article.published,
        actor_at={i: m for m in actor_mentions for i in range(m.token_start, m.token_end)},
        place_at={i: m for m in place_mentions for i in range(m.token_start, m.token_end)},
        times=tuple(times),
        actor_kinds={a: i.kind for a, i in infos.items() if i is not None},
        actor_countries={a: i.country for a, i in infos.items() if i is not None})
    events = tuple(e for e in events_stage.code_events(doc, resources.rules, ctx)
                   if e.confidence >= resources.options.confidence_floor(e.status))

    def claimant_for(offset: int) -> ActorRef | None:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        return events_stage.sentence_claimant(span.sent, resources.rules, ctx) if span is not None else None

    quantities = quantities_stage.find_quantities(doc, resources.units, claimant_for)
    claims = claims_stage.find_claims(article.id, doc, quantities, place_mentions, resources.gazetteer)
    return Analysis(
        versions=versions, doc=article,
        places=places_stage.collect_places(article.id, place_mentions),
        actors=actors_stage.collect_actors(actor_mentions, lexicon, new_actors, article.published),
        times=tuple(times), events=events, claims=claims, quantities=tuple(quantities))


def places_and_actors(doc, resources: Resources, published: str | None, *, resolve_references: bool = True,
                      dateline: str | None = None):
    """The place mentions, the actor mentions and the actors the lexicon lacks (`new:` ids) of a
    parsed document. Actors are matched first so that places never claims an armed group's name,
    and linked after places has taken the names used as ground; references ("the group", "its
    jets") are resolved last, unless `resolve_references` is False (the benchmark's baseline). The
    wire dateline cleaning cut from the text is the places stage's context."""
    lexicon = resources.lexicon
    matches = actors_stage.match_aliases(doc, lexicon)
    place_mentions = places_stage.find_places(doc, resources.gazetteer, matches, focus_hint=_countries_named(matches),
                                              stopnames=resources.stopnames, dateline=dateline)
    place_tokens = {i for m in place_mentions for i in range(m.token_start, m.token_end)}
    new_actors: dict = {}
    actor_mentions = actors_stage.link_actors(doc, lexicon, matches, place_tokens, new_actors)
    if resolve_references:
        actor_mentions = references_stage.resolve_references(doc, lexicon, actor_mentions, new_actors, published,
                                                             place_mentions)
    return place_mentions, actor_mentions, new_actors


def _countries_named(matches) -> Counter:
    """Countries the text names through actors (Syria, Syrian, Damascus): a focus hint for places.
    A demonym that names an armed force ("Russian forces", "Israeli jets") casts no vote: armies
    fight abroad as well as at home, and "Russian forces reached Pokrovsk" is Ukraine's Pokrovsk,
    not a Russian village of that name. Rebels, police and officials mostly act at home, and vote."""
    followed = {m.start: m for m in matches}
    return Counter(m.alias.country for m in matches if m.alias.country and m.alias.role in {"name", "demonym", "capital"}
                   and not (m.alias.role == "demonym" and _names_an_armed_force(followed.get(m.end))))


def _names_an_armed_force(match) -> bool:
    """Whether the lexicon form is a generic name of a military ("forces", "troops", "jets")."""
    return match is not None and match.alias.role == "generic" and match.alias.sector == "MIL"
