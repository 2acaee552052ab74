"""Toponyms found and resolved to gazetteer entries, using the whole document as context.

Spans come from two sources, because the small English model mislabels many places in conflict
news (cities tagged NORP or ORG) and misses small ones entirely (villages, air bases): the model's
entities of any label, and runs of capitalised words looked up in the gazetteer. A span that the
actor lexicon names as an organisation or person is never a place; a country or capital is a place
only where it names ground ("in Sudan"), not an agent ("Kyiv said").

Candidates are ranked by feature type, population, exactness of the name match, the document's
focus countries, a parent named right after the name ("Edmonton, Ky."), the distance to the
document's other places, senses of two names a few km apart, and the wire dateline cleaning cut
from the text (weights in `data/gazetteer/ranking.json`); the document is then read a second time
with those answers as its focus and geography. A weak best candidate gives no answer rather than
a wrong one. A learned ranker (`data/gazetteer/ranker.json`, fitted and compared
with these weights by `benchmarks/fit_ranker.py`) takes over the final pass only where it is
adopted, that is where it beat the hand weights in cross-validation on the tuning split.
`resolve_spans` resolves spans someone else found (gold-span mode) with the same candidate lookup
and ranking.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources

from .actors import AliasMatch, is_locative, opens_dateline, place_cues, placed_by_apposition, states_position
from .gazetteer import Gazetteer, GazetteerEntry, great_circle_km, name_key, province_code
from .records import Place, Span

NER_LABELS = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"}
# Labels the model gives places it mislabels; such a span is a place only with support (see _weak).
WEAK_LABELS = NER_LABELS - {"GPE", "LOC", "FAC"}
# Entities that are never place names, whatever the gazetteer says ("May 2023", "2,000").
NOT_PLACE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT", "LAW", "LANGUAGE"}
# Prepositions after which a capitalised word stands where places stand ("in Kandahar").
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "at", "from", "to", "toward", "towards", "outside", "into"})
ADMIN_WORDS = {"province", "governorate", "oblast", "region", "district", "state", "county", "prefecture"}
# Words that may continue a capitalised place name: "Bagram air base", "Kakuma camp", "Deir ez-Zor".
NAME_CONTINUATIONS = {"air", "base", "airbase", "airport", "airfield", "camp", "crossing", "border", "dam",
                      "bridge", "port", "plant", "al", "el", "ez", "es", "ad", "as", "ash", "ar", "an",
                      "-", "de", "of", "sea", "strait", "gulf", "heights", "hills", "valley", "river",
                      "i", "e",  # Persian ezafe: "Mazar-i-Sharif"
                      "da", "do", "dos", "das"}  # Portuguese: "Mocimboa da Praia"
# Ranking weights live in data/gazetteer/ranking.json.


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A resolved toponym at token positions, kept for later stages (events attach places by token)."""

    token_start: int
    token_end: int
    start: int
    end: int
    text: str
    entry: GazetteerEntry
    confidence: float


def find_places(doc, gazetteer: Gazetteer, alias_matches: list[AliasMatch], *,
                focus_hint: Counter | None = None, stopnames: frozenset[str] = frozenset(),
                dateline: str | None = None) -> list[PlaceMention]:
    """Resolved place mentions in `doc`, in text order.

    `focus_hint` counts countries the actor stage saw (demonyms, country names): "Lebanese troops"
    makes Lebanon's Tripoli likelier than Libya's. `dateline` is the wire dateline cleaning cut
    from the text ("BEIRUT", "GLASGOW, Ky."): the place the story was filed from is context.
    """
    opening = _place_opening_demonyms(doc, alias_matches, gazetteer)
    hard = _blocked_tokens(doc, alias_matches, opening) | _surname_tokens(doc, gazetteer)
    soft = _stopname_tokens(doc, stopnames, hard)
    spans = _supported(doc, _candidate_spans(doc, gazetteer, hard | soft, soft))
    focus_hint = _hint_without(focus_hint, opening, _placed_forms(alias_matches, spans))
    filed_from = dateline_place(gazetteer, dateline)
    votes = _weights().get("dateline_votes", 0)
    if filed_from is not None and filed_from.country and votes:
        focus_hint[filed_from.country] += votes
    resolved = _resolve(doc, spans, focus_hint, (filed_from,) if filed_from is not None else ())
    out = []
    for (s, e), (entry, confidence) in resolved.items():
        span = doc[s:e]
        out.append(PlaceMention(s, e, span.start_char, span.end_char, span.text, entry, confidence))
    return sorted(out, key=lambda m: m.start)


def resolve_spans(doc, gazetteer: Gazetteer, char_spans: list[tuple[int, int]], alias_matches: list[AliasMatch], *,
                  focus_hint: Counter | None = None, stopnames: frozenset[str] = frozenset()) -> list[PlaceMention | None]:
    """Gold-span mode: resolve the given character spans of `doc` (toponyms someone else found),
    one answer or None per span, in the order given.

    The spans go through the same candidate lookup and ranking as `find_places`; the places
    `find_places` would find elsewhere in the document count as context (focus countries), and a
    span that names a country through the actor lexicon ("Sudanese", "U.S.") resolves to that country.
    """
    opening = _place_opening_demonyms(doc, alias_matches, gazetteer)
    token_spans, spans = _gold_spans(doc, gazetteer, char_spans, alias_matches, stopnames, opening)
    resolved = _resolve(doc, spans, _hint_without(focus_hint, opening, _placed_forms(alias_matches, spans)))
    out: list[PlaceMention | None] = []
    for (start, end), ts in zip(char_spans, token_spans):
        best = resolved.get(ts) if ts is not None else None
        if best is None:
            out.append(None)
            continue
        entry, confidence = best
        out.append(PlaceMention(ts[0], ts[1], start, end, doc.text[start:end], entry, confidence))
    return out


def _gold_spans(doc, gazetteer: Gazetteer, char_spans: list[tuple[int, int]], alias_matches: list[AliasMatch],
                stopnames: frozenset[str], opening: list[AliasMatch]) -> tuple[list[tuple[int, int] | None], list]:
    """The token span of each given character span (None where it covers no token), and the spans
    `_resolve` ranks: the given ones with their candidates, then the places `find_places` would
    find elsewhere (context only). `opening`: the demonyms that open a place's name."""
    country_at = _country_aliases(alias_matches)
    given: list[tuple[int, int, tuple[GazetteerEntry, ...]]] = []
    token_spans: list[tuple[int, int] | None] = []
    for start, end in char_spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not span.text.strip():
            token_spans.append(None)
            continue
        s, e = _trim(doc, span.start, span.end)
        if s >= e:
            s, e = span.start, span.end
        token_spans.append((s, e))
        given.append((s, e, _span_candidates(doc, gazetteer, s, e, country_at, _inside_a_token(doc, span, start, end))))
    taken = {t for s, e, _ in given for t in range(s, e)}
    hard = _blocked_tokens(doc, alias_matches, opening) | _surname_tokens(doc, gazetteer) | taken
    soft = _stopname_tokens(doc, stopnames, hard)
    blocked = hard | soft
    context = [(s, e, c) for s, e, c in _supported(doc, _candidate_spans(doc, gazetteer, blocked, soft))]
    return token_spans, given + context


def _country_aliases(alias_matches: list[AliasMatch]) -> dict[tuple[int, int], str]:
    """Token spans of lexicon forms that name a country itself or its people ("Sudan", "U.S.",
    "Sudanese"), with the country's ISO code."""
    return {(m.start, m.end): m.alias.country for m in alias_matches if m.alias.country and
            (m.alias.role == "demonym" or (m.alias.role == "name" and (m.alias.actor or "").isupper()))}


def _span_candidates(doc, gazetteer: Gazetteer, s: int, e: int, country_at: dict[tuple[int, int], str],
                     given: str | None = None) -> tuple[GazetteerEntry, ...]:
    """Candidates for a given span: the country when the span is a lexicon form of one (a name,
    an abbreviation or a demonym), else the gazetteer's entries of its name (or of the name
    without a trailing admin word, "Kandahar province"). `given`, the span's own text where it is
    only part of a token ("U.S." in "U.S.-led"), is looked up as written."""
    if given:
        return gazetteer.abbreviation(given) or gazetteer.lookup(given)
    country = country_at.get((s, e))
    if country is not None:
        entry = gazetteer.get(f"ne:{country}")
        if entry is not None:
            return (entry,)
    cands = _abbreviation_at(doc, gazetteer, s, e) or gazetteer.lookup(doc[s:e].text)
    if not cands and e - s > 1 and doc[e - 1].lower_ in ADMIN_WORDS:
        cands = tuple(c for c in gazetteer.lookup(doc[s:e - 1].text) if c.feature in {"admin1", "admin2"})
    return cands


def _abbreviation_at(doc, gazetteer: Gazetteer, s: int, e: int) -> tuple[GazetteerEntry, ...]:
    """Entries that the abbreviation at s..e names ("Ky.", "B.C.", "U.S."), with the full stop the
    tokenizer may have split off ("Que" "."). Abbreviations are matched as written."""
    text = doc[s:e].text
    if e < len(doc) and doc[e].text == "." and not doc[e - 1].whitespace_:
        found = gazetteer.abbreviation(text + ".")
        if found:
            return found
    return gazetteer.abbreviation(text) if len(text) <= 8 else ()


def _resolve(doc, spans, focus_hint: Counter | None,
             fixed: tuple[GazetteerEntry, ...] = ()) -> dict[tuple[int, int], tuple[GazetteerEntry, float]]:
    """The ranking shared by both modes. Each name gets one candidate for all its mentions (one
    sense per name). Pass 1 ranks by priors alone; its winners and the hint give the focus
    countries. Pass 2 ranks with the focus. Pass 3 adds the document's geography: a parent named
    right after the name ("Edmonton, Ky.", "Tripoli in Lebanon") and the distance to the other places
    pass 2 chose; it ranks with the learned weights of `data/gazetteer/ranker.json` where those
    are adopted, else with the hand weights. Pass 4 reads the document again with pass 3's answers
    as its focus and geography (`refine_passes` in ranking.json). `fixed` places (the dateline's)
    are geography every pass 3 and 4 sees."""
    out: dict[tuple[int, int], tuple[GazetteerEntry, float]] = {}
    for mentions, _cands, _ctx, best in _ranked_groups(doc, spans, focus_hint, fixed):
        if best is not None:
            for (s, e) in mentions:
                out[(s, e)] = best
    return out


def _rank(cands, ctx: "_Context") -> tuple[GazetteerEntry, float] | None:
    """The answer of passes 3 and 4 for one name in its context: the learned ranker's where
    adopted, else the hand weights'."""
    w, ranker = _weights(), _ranker()
    if ranker:
        return _best_learned(cands, ctx, w, ranker)
    return _best(cands, ctx.focus, w, lambda c: context_bonus(c, ctx, w), seats=ctx.seats)


@dataclass(frozen=True, slots=True)
class _Context:
    """What passes 3 and 4 know about a name's document: the focus countries without the name's own
    vote, the parents named right after its mentions, the places it is located from ("south of Y"),
    the places the pass before chose for the other names, the name's senses that a sense of another
    name lies near, and the provinces among its senses that yield to a town of their name."""

    focus: Counter
    parents: tuple[GazetteerEntry, ...]
    anchors: tuple[GazetteerEntry, ...]
    others: tuple[GazetteerEntry, ...]
    after_the: bool = False  # some mention follows "the": "the Red Sea" is the sea, not the province
    # the gids of senses within `pair_km` of a sense of another name, chosen or not: "Edmonton"
    # and "Enfield" together are the north London neighbours (see _paired_senses)
    paired: frozenset[str] = frozenset()
    # (province gid, town gid): a province that contains a settlement of its own name ("Kidal")
    # yields to it (see _best); where the text says "the Kidal region" the span names only provinces
    seats: tuple[tuple[str, str], ...] = ()
    # "polity" where an office of a country or province follows a mention ("New York Gov. Andrew
    # Cuomo", "the Quebec government"), "settlement" where a town's does ("the Kandahar mayor")
    office: str = ""
    # the gids of its area senses that hold a sense of the name before it ("Alexandria, Virginia":
    # the state, not a South African town called Virginia)
    holding: tuple[str, ...] = ()


def _groups_in_context(doc, spans, focus_hint: Counter | None) -> list[tuple[list, tuple, _Context]]:
    """Each name group's mentions, candidates and the context of its last ranking pass (which
    depends on the answers of the pass before, so on the ranking in use)."""
    return [(mentions, cands, ctx) for mentions, cands, ctx, _ in _ranked_groups(doc, spans, focus_hint)]


def _ranked_groups(doc, spans, focus_hint: Counter | None,
                   fixed: tuple[GazetteerEntry, ...] = ()) -> list[tuple[list, tuple, _Context, object]]:
    """Passes 1 to 4: each name group's mentions, candidates, last context and answer (or None)."""
    if not spans:
        return []
    w = _weights()
    groups = _by_name(spans)
    first = {key: _best(cands, Counter(), w) for key, (_, cands) in groups.items()}
    focus = _focus_without_own(groups, first, focus_hint)
    second = {key: _best(cands, focus[key], w) for key, (_, cands) in groups.items()}
    paired = _paired_senses(groups, fixed, w)
    seats = {key: _seats(cands, w) for key, (_, cands) in groups.items()}
    contexts = _contexts(doc, groups, focus, second, fixed, paired, seats)
    answers = {key: _rank(cands, contexts[key]) for key, (_, cands) in groups.items()}
    for _ in range(int(w.get("refine_passes", 0))):
        # "GLASGOW, Ky." settles Glasgow in pass 3; read again, the story is American, and the
        # "Edmonton" in it is Kentucky's, not London's
        focus = _focus_without_own(groups, answers, focus_hint)
        contexts = _contexts(doc, groups, focus, answers, fixed, paired, seats)
        # it reconsiders which sense a name has, not whether it has one: a name pass 3 left
        # without an answer stays so, and one it answered keeps that answer where the new
        # reading would leave it without one
        answers = {key: answers[key] and (_rank(cands, contexts[key]) or answers[key])
                   for key, (_, cands) in groups.items()}
    return [(mentions, cands, contexts[key], answers[key]) for key, (mentions, cands) in groups.items()]


def _focus_without_own(groups, chosen, focus_hint: Counter | None) -> dict:
    """Per name group, the document's focus countries (the hint, and each name's chosen country
    once per mention) without the group's own vote: three mentions of "Edmonton" must not vote
    Canada into the focus that then decides Edmonton."""
    focus = Counter(focus_hint or {})
    for key, (mentions, _) in groups.items():
        if chosen[key] is not None:
            focus[chosen[key][0].country] += len(mentions)
    return {key: focus - (Counter({chosen[key][0].country: len(mentions)}) if chosen[key] is not None else Counter())
            for key, (mentions, _) in groups.items()}


def _contexts(doc, groups, focus: dict, chosen: dict, fixed: tuple[GazetteerEntry, ...],
              paired: dict, seats: dict) -> dict:
    """Per name group, its context in passes 3 and 4: `focus` without its own vote, the parents,
    anchors and other places as `chosen` answers them, with the `fixed` places among the others,
    and its `paired` senses and `seats`."""
    w = _weights()
    group_at = {(s, e): key for key, (mentions, _) in groups.items() for (s, e) in mentions}
    starts = {s: key for (s, _), key in group_at.items()}
    ends = {e: key for (_, e), key in group_at.items()}
    out = {}
    for key, (mentions, cands) in groups.items():
        parents, anchors, children = [], [], []
        for (s, e) in mentions:
            if e + 1 < len(doc) and doc[e].text in {",", "in"} and starts.get(e + 1, key) != key:
                # "Alexandria, Virginia": the parent's senses that hold a sense of the name, whichever
                # the pass before chose (it chose a South African town called Virginia)
                parent_senses = _senses_holding(groups[starts[e + 1]][1], cands, w)
                parent = chosen.get(starts[e + 1])
                if parent_senses:
                    parents.extend(parent_senses)
                elif parent is not None and parent[0].feature in {"country", "admin1", "admin2"}:
                    parents.append(parent[0])
            if s >= 2 and doc[s - 1].text in {",", "in"} and ends.get(s - 1, key) != key:
                children.extend(groups[ends[s - 1]][1])  # the name is the parent of the one before
            # "Edmonton, south of Cairns": placed by its bearing from another place
            anchor = _bearing_anchor(doc, e, starts, key)
            if anchor is not None and chosen.get(anchor) is not None:
                anchors.append(chosen[anchor][0])
        others = tuple(b[0] for k, b in chosen.items() if k != key and b is not None
                       and b[0].feature not in {"country", "region", "water"}) \
            + tuple(f for f in fixed if f.feature not in {"country", "region", "water"})
        after_the = any(_after_the(doc, s) for (s, _) in mentions)
        held = tuple(c.gid for c in _senses_holding(cands, children, w)) if children else ()
        office = _office_of(doc, mentions)
        # "the Kidal region" yields to the town of Kidal; "the Quebec government" keeps the province
        own_seats = () if office == "polity" else seats[key]
        out[key] = _Context(focus[key], tuple(parents), tuple(anchors), others, after_the, paired[key], own_seats,
                            office, held)
    return out


def _senses_holding(areas, places, w: dict) -> list[GazetteerEntry]:
    """The senses among `areas` (countries, provinces, counties) that hold one of `places`."""
    return [a for a in areas if a.feature in {"country", "admin1", "admin2"} and any(
        p.gid != a.gid and _holds(a, p, w) for p in places)]


def _holds(area: GazetteerEntry, place: GazetteerEntry, w: dict) -> bool:
    """Whether the country or province `area` holds `place`."""
    return place.country == area.country and (area.feature == "country" or _within(place, area, w))


_OFFICE_KINDS = {"polity": frozenset({"country", "admin1"}), "settlement": frozenset({"city", "town", "village"})}


def _office_of(doc, mentions: list[tuple[int, int]]) -> str:
    """"polity" or "settlement" where the offices after a name's mentions agree on one
    (`_office_after`), else ""."""
    kinds = {_office_after(doc, e) for (_, e) in mentions} - {""}
    return next(iter(kinds)) if len(kinds) == 1 else ""


def _office_after(doc, e: int) -> str:
    """The kind of office a name ending at token `e` heads: "polity" for a country's or a
    province's ("New York Gov.", "Quebec Health Minister", "Punjab's chief minister"),
    "settlement" for a town's ("Kandahar mayor"), else "". The office word may follow the name,
    its 's and up to two words of the title."""
    cues = place_cues()
    i = e + 1 if e < len(doc) and doc[e].text in {"'s", "’s"} else e
    for j in range(i, min(i + 3, len(doc))):
        word = doc[j].lower_
        if word in cues["polity_offices"]:
            return "polity"
        if word in cues["settlement_offices"]:
            return "settlement"
        if doc[j].pos_ not in {"PROPN", "NOUN", "ADJ"} or doc[j].is_punct:
            break
    return ""


_AREAS = frozenset({"country", "admin1", "region", "water"})  # no point to be near


def _paired_senses(groups, fixed: tuple[GazetteerEntry, ...], w: dict) -> dict:
    """Per name group, the gids of its senses that lie within `pair_km` of a sense of another
    name (or of a `fixed` place), found through a grid of cells `pair_km` / 100 degrees wide:
    once per document, not once per pair of candidates. With `pair_not_over_areas`, a name that
    is also a country's, a province's or a county's own name (`_an_areas_own_name`) pairs none of
    its senses: a village near the story's other towns must not outweigh the state ("retire to
    Florida") or the county (England's "Devon" and "Somerset", not two Pennsylvania villages)."""
    km = w.get("pair_km", 0.0)
    if km <= 0:
        return {key: frozenset() for key in groups}
    size = km / 100  # degrees: a cell is at least `km` tall (111 km a degree of latitude)

    def cell(e: GazetteerEntry) -> tuple[int, int]:
        return math.floor(e.lat / size), math.floor(e.lon / size)

    grid: dict[tuple[int, int], list] = {}
    for key, (_, cands) in groups.items():
        for c in cands:
            if c.feature not in _AREAS:
                grid.setdefault(cell(c), []).append((key, c))
    for f in fixed:
        if f.feature not in _AREAS:
            grid.setdefault(cell(f), []).append((None, f))
    out = {}
    for key, (_, cands) in groups.items():
        hits = set()
        if w.get("pair_not_over_areas") and _an_areas_own_name(cands):
            out[key] = frozenset()  # "retire to Florida" is the state, whatever village lies near
            continue
        for c in cands:
            if c.feature in _AREAS:
                continue
            row, col = cell(c)
            # a cell is narrower in km away from the equator: look further east and west there
            wide = math.ceil(km / (111.32 * size * max(math.cos(math.radians(c.lat)), 0.05)))
            if any(owner != key and n.gid != c.gid and great_circle_km(c.lat, c.lon, n.lat, n.lon) <= km
                   for r in (row - 1, row, row + 1) for k in range(col - wide, col + wide + 1)
                   for owner, n in grid.get((r, k), ())):
                hits.add(c.gid)
        out[key] = frozenset(hits)
    return out


def _an_areas_own_name(cands) -> bool:
    """Whether the name is a country's or a province's own name, or a county's that no town of
    that country bears ("Devon", "Somerset"; not "Manchester", which is a borough's and a city's)."""
    towns = {c.country for c in cands if c.primary and c.feature in {"city", "town", "village"}}
    return any(c.primary and (c.feature in {"country", "admin1"} or (c.feature == "admin2" and c.country not in towns))
               for c in cands)


def _seats(cands, w: dict) -> tuple[tuple[str, str], ...]:
    """(province gid, town gid) for each province among a name's candidates that contains a
    settlement of the same own name: the Kidal region and the town of Kidal."""
    towns = [c for c in cands if c.feature in {"city", "town", "village"} and c.primary and c.exact]
    out = []
    for p in cands:
        if p.feature == "admin1" and p.primary and p.country:
            inside = [t for t in towns if _within(t, p, w)]
            if inside:
                out.append((p.gid, max(inside, key=lambda t: (t.population, t.gid)).gid))
    return tuple(out)


def dateline_place(gazetteer: Gazetteer, dateline: str | None) -> GazetteerEntry | None:
    """The place a wire dateline names ("BEIRUT", "GLASGOW, Ky.", "KHAN YOUNIS, Gaza Strip"), or
    None: the parent after the comma, where there is one, picks among namesakes; otherwise the
    priors do, as for a name alone (feature, population, own name, a town over its province)."""
    if not dateline:
        return None
    w = _weights()
    name, _, parent = (part.strip() for part in dateline.partition(","))
    cands = gazetteer.lookup(name)
    if parent:
        parents = gazetteer.abbreviation(parent) or tuple(
            p for p in gazetteer.lookup(parent) if p.feature in {"country", "admin1", "region"})
        inside = tuple(c for c in cands if any(_holds(p, c, w) for p in parents))
        cands = inside or cands
    best = _best(cands, Counter(), w, seats=_seats(cands, w))  # "KIDAL, Mali" is the town
    return best[0] if best is not None and best[0].feature not in {"region", "water"} else None


def _after_the(doc, start: int) -> bool:
    """Whether a name follows "the", adjectives between ("the southern Red Sea")."""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and doc[i].lower_ == "the"


def context_bonus(entry: GazetteerEntry, ctx: _Context, w: dict) -> float:
    """What passes 3 and 4 add to a candidate's prior score: the document's geography, the places
    the text locates it from, "the" before a water body's name ("the Red Sea" is the sea, not the
    Egyptian or Sudanese province of that name), and a sense of another name a few km away."""
    water = w.get("water_after_the", 0.0) if ctx.after_the and entry.feature == "water" else 0.0
    office = w.get("office_bonus", 0.0) if _holds_office(entry, ctx) else 0.0
    holds = w["parent_admin"] if entry.gid in ctx.holding else 0.0  # "Alexandria, Virginia": the state
    return _context(entry, list(ctx.parents), list(ctx.others), w) + _anchored(entry, list(ctx.anchors), w) + water \
        + (w.get("pair_bonus", 0.0) if entry.gid in ctx.paired else 0.0) + office + holds


def _holds_office(entry: GazetteerEntry, ctx: _Context) -> bool:
    """Whether the entry is of the kind the office after the name belongs to: "New York Gov." is
    the state, "the Kandahar mayor" the city."""
    return bool(ctx.office) and entry.feature in _OFFICE_KINDS[ctx.office]


def _bearing_anchor(doc, e: int, starts: dict, key) -> object:
    """The name group of Y in "X, south of Y", "X, 20 km from Y" after a mention ending at `e`."""
    if e >= len(doc) or doc[e].text != ",":
        return None
    cues = place_cues()
    for j in range(e + 1, min(e + 7, len(doc))):
        if doc[j].lower_ in {"of", "from"} and j + 1 < len(doc) and starts.get(j + 1, key) != key and \
                any(t.lower_ in cues["position_words"] or t.lower_ in cues["region_adjectives"] for t in doc[e + 1:j]):
            return starts[j + 1]
    return None


def _anchored(entry: GazetteerEntry, anchors: list[GazetteerEntry], w: dict) -> float:
    """Bonus for lying within the parent distance of a place the text locates it from."""
    return w["parent_country"] + w["parent_admin"] if any(
        a.gid != entry.gid and great_circle_km(entry.lat, entry.lon, a.lat, a.lon) <= w["parent_admin_km"]
        for a in anchors) else 0.0


def _context(entry: GazetteerEntry, parents: list[GazetteerEntry], others: list[GazetteerEntry], w: dict) -> float:
    """Bonus from the document's geography: inside a parent named right after it, inside a state
    or province the document names, near the other places."""
    bonus = 0.0
    for p in parents:
        if p.gid != entry.gid and entry.country and entry.country == p.country:
            bonus += w["parent_country"] + (w["parent_admin"] if p.feature != "country" and _within(entry, p, w) else 0.0)
            break
    if entry.feature not in {"country", "admin1"} and any(
            o.feature == "admin1" and o.gid != entry.gid and _within(entry, o, w) for o in others):
        bonus += w["admin_in_doc"]
    distances = [great_circle_km(entry.lat, entry.lon, o.lat, o.lon) for o in others if o.gid != entry.gid]
    if distances:
        nearest = min(distances)
        bonus += w["near_bonus"] if nearest <= w["near_km"] else w["region_bonus"] if nearest <= w["region_km"] else 0.0
    return bonus


def _within(entry: GazetteerEntry, area: GazetteerEntry, w: dict) -> bool:
    """Whether `entry` lies in the admin area: by the province codes where both carry one (the
    gazetteer gives a province GeoNames' code where the codes agree with ISO 3166-2, as in the United
    States: a Plymouth in New Hampshire is not in Massachusetts however near), else within
    `parent_admin_km` of its point."""
    if entry.country != area.country:
        return False
    code, area_code = province_code(entry), province_code(area)
    if code and area_code and area.feature == "admin1":
        return code == area_code
    return great_circle_km(entry.lat, entry.lon, area.lat, area.lon) <= w["parent_admin_km"]


def ranking_version() -> str:
    """The version of the ranking weights, stamped on every output: the hand weights, and the
    learned ranker's version where it is adopted ("ranking.v3+ranker.v1")."""
    version = _weights().get("version", "ranking")
    ranker = _ranker()
    return f"{version}+{ranker['version']}" if ranker else version


@lru_cache(maxsize=1)
def _weights() -> dict:
    path = importlib_resources.files("sitrep") / "data" / "gazetteer" / "ranking.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _ranker() -> dict | None:
    """The learned pass-3 weights (`benchmarks/fit_ranker.py --write`), or None where the file is
    missing or not adopted (the hand weights then rank)."""
    path = importlib_resources.files("sitrep") / "data" / "gazetteer" / "ranker.json"
    if not path.is_file():
        return None
    ranker = json.loads(path.read_text(encoding="utf-8"))
    return ranker if ranker.get("adopted") else None


# --- learned ranking (pass 3) ------------------------------------------------------------------
# Each candidate is a sparse row of named features; its score is the dot product with the weights
# of ranker.json, fitted as a conditional logit (softmax over a toponym's candidates) on the first
# 70 per cent of TR-News by benchmarks/fit_ranker.py. The hand-weight score is the same dot product
# with `rule_weights()`, so both rank the same rows.

def candidate_rows(cands, ctx: _Context, w: dict) -> list[dict[str, float]]:
    """The feature rows of a name's candidates in its document's context, in candidate order."""
    top = max((math.log10(c.population + 1) for c in cands), default=0.0)
    return [candidate_features(c, top, ctx, w) for c in cands]


def candidate_features(entry: GazetteerEntry, top_log_pop: float, ctx: _Context, w: dict) -> dict[str, float]:
    """The feature row of one candidate; `top_log_pop` is the largest log10 population among the
    name's candidates."""
    row: dict[str, float] = {}
    for part in (_kind_features(entry), _size_features(entry, top_log_pop), _name_features(entry),
                 _focus_features(entry, ctx.focus), _parent_features(entry, ctx, w), _geo_features(entry, ctx, w)):
        row.update(part)
    return row


def _kind_features(entry: GazetteerEntry) -> dict[str, float]:
    # the feature class: news names countries and provinces more than villages of the same name
    return {f"feature={entry.feature}": 1.0}


def _size_features(entry: GazetteerEntry, top: float) -> dict[str, float]:
    # population, and whether it is the biggest of the name's senses: the biggest Paris is usually
    # meant. (Population relative to the biggest would differ from log_pop by a per-name constant,
    # which a softmax over the name's candidates cannot see.)
    log_pop = math.log10(entry.population + 1)
    return {"log_pop": log_pop, "pop_top": float(log_pop == top and top > 0)}


def _name_features(entry: GazetteerEntry) -> dict[str, float]:
    # an exact name beats a loose transliteration, a place's own name an alternate one ("Pokrovsk"
    # is a town's name and Engels' old one); curated overlay rows exist because the generic sources
    # get those places wrong
    return {"exact": float(entry.exact), "primary": float(entry.primary), "overlay": float(entry.gid.startswith("ov:"))}


def _focus_features(entry: GazetteerEntry, focus: Counter) -> dict[str, float]:
    # the document's countries (without the name's own vote): the top one, any, and its share
    if not focus or not entry.country:
        return {}
    top = focus.most_common(1)[0][0]
    votes = focus[entry.country]
    total = sum(v for v in focus.values() if v > 0)
    return {"focus_top": float(entry.country == top), "focus_any": float(entry.country != top and votes > 0),
            "focus_share": votes / total if total and votes > 0 else 0.0}


def _parent_features(entry: GazetteerEntry, ctx: _Context, w: dict) -> dict[str, float]:
    # "Paris, Texas", "Tripoli in Lebanon": inside the parent named after it; "X, south of Y": near Y
    row = {}
    for p in ctx.parents:
        if p.gid != entry.gid and entry.country and entry.country == p.country:
            row["parent_country"] = 1.0
            if p.feature != "country" and _within(entry, p, w):
                row["parent_admin"] = 1.0
            break
    if any(a.gid != entry.gid and great_circle_km(entry.lat, entry.lon, a.lat, a.lon) <= w["parent_admin_km"]
           for a in ctx.anchors):
        row["anchored"] = 1.0
    if ctx.after_the and entry.feature == "water":
        row["water_after_the"] = 1.0  # "the Red Sea", "the Black Sea": the sea, not a province named after it
    if entry.gid in ctx.paired:
        row["paired"] = 1.0  # a sense of another name a few km away
    if _holds_office(entry, ctx):
        row["office"] = 1.0  # "New York Gov.": the state; "the Kandahar mayor": the city
    if entry.gid in ctx.holding:
        row["holding"] = 1.0  # "Alexandria, Virginia": the state that holds an Alexandria
    return row


def _geo_features(entry: GazetteerEntry, ctx: _Context, w: dict) -> dict[str, float]:
    # the document's geography: inside a province it names, the distance to the nearest other place
    # (cumulative bins, so each bin's weight is the step from the one before), the share of the
    # other places in the same country
    row = {}
    others = ctx.others
    if entry.feature not in {"country", "admin1"} and any(
            o.feature == "admin1" and o.gid != entry.gid and _within(entry, o, w) for o in others):
        row["admin_in_doc"] = 1.0
    distances = [great_circle_km(entry.lat, entry.lon, o.lat, o.lon) for o in others if o.gid != entry.gid]
    if not distances:
        return row
    nearest = min(distances)
    if nearest <= w["near_km"]:
        row["near"] = 1.0
    elif nearest <= w["region_km"]:
        row["region"] = 1.0
    row["near_25"] = float(nearest <= 25)
    row["far_1000"] = float(nearest > 1000)
    row["others_same_country"] = sum(o.country == entry.country for o in others) / len(others) if entry.country else 0.0
    return row


def rule_weights(w: dict) -> dict[str, float]:
    """The hand weights of ranking.json as weights of `candidate_features` rows: their dot product
    is `_score` + `context_bonus` (geography, anchors, "the" before water, the pair bonus). The
    province's yielding to its town (`seat_margin`) is a step after the scores, not a weight."""
    out = {f"feature={k}": v for k, v in w["feature_prior"].items()}
    out.update({"log_pop": w["population_weight"], "exact": w["exact_bonus"], "primary": w.get("primary_bonus", 0.0),
                "overlay": w["overlay_bonus"],
                "focus_top": w["focus_top"], "focus_any": w["focus_any"], "parent_country": w["parent_country"],
                "parent_admin": w["parent_admin"], "anchored": w["parent_country"] + w["parent_admin"],
                "admin_in_doc": w["admin_in_doc"], "near": w["near_bonus"], "region": w["region_bonus"],
                "water_after_the": w.get("water_after_the", 0.0), "paired": w.get("pair_bonus", 0.0),
                "office": w.get("office_bonus", 0.0), "holding": w["parent_admin"]})
    return out


@lru_cache(maxsize=1)
def _rule_weights_cached() -> dict[str, float]:
    return rule_weights(_weights())


def _dot(row: dict[str, float], weights: dict[str, float]) -> float:
    return sum(v * weights.get(k, 0.0) for k, v in row.items())


def _best_learned(cands, ctx: _Context, w: dict, ranker: dict) -> tuple[GazetteerEntry, float] | None:
    """The candidate with the highest learned score, and its softmax share among the candidates as
    the confidence. A name none of whose candidates reaches the hand weights' `min_score` gets no
    answer: that gate says whether the name is a place at all (end to end), which the ranker,
    trained on gold toponyms only, never learnt."""
    if not cands:
        return None
    rows = candidate_rows(cands, ctx, w)
    rules = _rule_weights_cached()
    if max(_dot(r, rules) for r in rows) < w["min_score"]:
        return None
    scored = sorted(((_dot(r, ranker["weights"]), c.gid, c) for r, c in zip(rows, cands)), key=lambda x: (-x[0], x[1]))
    best_score, _, best = scored[0]
    total = sum(math.exp(s - best_score) for s, _, _ in scored)
    confidence = (1.0 / total) * (1.0 if best.exact else 0.8)
    return best, round(confidence, 3)


def _blocked_tokens(doc, alias_matches: list[AliasMatch], opening: list[AliasMatch] = ()) -> set[int]:
    """Tokens that name actors, not places (organisations, people, demonyms, and countries or
    capitals in agent position), and tokens inside dates and numbers; not the demonyms that open
    a place's own name (`opening`). Stop-listed common words come on top (`_stopname_tokens`)."""
    blocked: set[int] = {t.i for e in doc.ents if e.label_ in NOT_PLACE_LABELS for t in e}
    for m in alias_matches:
        if m.alias.role in {"capital", "name"} and m.alias.actor and m.alias.actor.isupper() \
                and is_locative(doc, m.start, m.end):
            continue  # a state or capital standing for ground
        if m.alias.role == "generic":
            continue
        if m in opening:
            continue  # "British Columbia", "the Indian Ocean", "American Samoa"
        blocked.update(range(m.start, m.end))
    return blocked


def _place_opening_demonyms(doc, alias_matches: list[AliasMatch], gazetteer: Gazetteer) -> list[AliasMatch]:
    """The demonyms that open a place's own name ("British" in "British Columbia"): no people."""
    return [m for m in alias_matches if m.alias.role == "demonym" and _opens_own_name(doc, gazetteer, m.start, m.end)]


def _hint_without(focus_hint: Counter | None, opening: list[AliasMatch], placed: list[AliasMatch] = ()) -> Counter:
    """A copy of the focus hint without the votes of demonyms that open a place's name ("British
    Columbia" is no vote for Britain) and of lexicon forms that are themselves names being ranked
    as places (`placed`): those vote through the answer the ranking gives them, or "London" twice
    in a story from Ontario would vote Britain into the focus that then decides London."""
    hint = Counter(focus_hint or {})
    for m in (*opening, *placed):
        if hint[m.alias.country] > 0:
            hint[m.alias.country] -= 1
    return +hint


def _placed_forms(alias_matches: list[AliasMatch], spans) -> list[AliasMatch]:
    """The lexicon forms with a country (names, capitals) that lie inside a span ranked as a
    place: each place votes once, through its answer, as a demonym votes once."""
    inside = {t for s, e, _ in spans for t in range(s, e)}
    return [m for m in alias_matches if m.alias.country and m.alias.role in {"name", "capital"}
            and all(t in inside for t in range(m.start, m.end))]


def _opens_own_name(doc, gazetteer: Gazetteer, start: int, end: int) -> bool:
    """Whether the words at start..end and the capitalised words after them are some place's own
    name: a demonym that opens "British Columbia" or "Indian Ocean" names no people there."""
    last = end
    while last < len(doc) and last - end < 3 and doc[last].text[:1].isupper() and doc[last].is_alpha:
        last += 1
        if any(c.exact and c.primary for c in gazetteer.lookup(doc[start:last].text)):
            return True
    return False


_WHERE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "inside", "into"})  # not "according to"


def _surname_tokens(doc, gazetteer: Gazetteer) -> set[int]:
    """Later mentions of a person the document names in full: after "Mayor Ryan Bingham", a lone
    "Bingham" is the mayor, not the English village ("in Bingham" still may be; "according to
    Bingham" may not). A full name the gazetteer knows ("Khan Younis", which the model may tag as
    a person) names nobody here, and a surname that is a country's or a province's name ("Sarah
    Jordan") does not hide the country."""
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2
                and ent[-1].text[:1].isupper() and ent[-1].is_alpha and not gazetteer.lookup(ent.text)
                and not any(c.feature in {"country", "admin1"} for c in gazetteer.lookup(ent[-1].text))}
    return {t.i for t in doc if t.text in surnames
            and not (t.i > 0 and doc[t.i - 1].lower_ in _WHERE_PREPOSITIONS)
            and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper())}


def _stopname_tokens(doc, stopnames: frozenset[str], hard: set[int]) -> frozenset[int]:
    """Common words that are also place names somewhere ("Gulf", "South", "North"), where nothing
    else blocks them: never a place alone, but they may open a longer exact name ("North Kivu")."""
    return frozenset(t.i for t in doc if t.lower_ in stopnames and t.i not in hard)


def _candidate_spans(doc, gazetteer: Gazetteer, blocked: set[int],
                     soft: frozenset[int] = frozenset()) -> list[tuple[int, int, tuple[GazetteerEntry, ...], bool]]:
    """(start, end, candidates, weak) for every span that may be a place; `weak` spans come from a
    label the model gives non-places too, or from the gazetteer alone. `soft` tokens are common
    words blocked alone ("North", "West") that may still open a longer exact name ("North Kivu")."""
    spans: list[tuple[int, int, tuple[GazetteerEntry, ...], bool]] = []
    taken: set[int] = set()
    # common words may continue a name ("Bagram air base", "the Black Sea"), never stand alone
    hard = blocked - soft
    for ent in doc.ents:
        if ent.label_ not in NER_LABELS:
            continue
        s, e = _trim(doc, ent.start, ent.end)
        own = set(range(s, e))
        own_blocked = hard if e - s > 1 else blocked  # "New South Wales", "Black Sea"
        if s >= e or own & own_blocked:
            continue
        found = _lookup_extended(doc, gazetteer, s, e, hard)
        if found is not None and own <= soft and not any(c.exact for c in found[2]):
            continue  # common words alone, loosely matched
        if found is None and ent.label_ not in {"GPE", "LOC", "FAC"}:
            continue
        if found is not None and not _acronym_of_small_place(doc, *found):
            spans.append((*found, ent.label_ in WEAK_LABELS))
            taken.update(range(found[0], found[1]))
    i = 0
    while i < len(doc):
        if i in soft and i not in taken and doc[i].text[:1].isupper():
            found = _longest_lookup(doc, gazetteer, i, hard - {i}, taken, min_end=i + 2)
            if found is not None and any(c.exact for c in found[2]):
                spans.append((*found, True))
                taken.update(range(found[0], found[1]))
                i = found[1]
                continue
        if i in taken or i in blocked:
            i += 1
            continue
        if not _may_start_name(doc[i]):
            # "Edmonton, Ky.", "in the U.S.": an abbreviation where a place stands
            if doc[i].text[:1].isupper() and i > 0 and (doc[i - 1].text == "," or _locative_context(doc, i, i + 1)):
                cands = _abbreviation_at(doc, gazetteer, i, i + 1)
                if cands:
                    spans.append((i, i + 1, cands, True))
                    taken.add(i)
            i += 1
            continue
        found = _longest_lookup(doc, gazetteer, i, hard, taken)
        if found is not None and _plausible_without_ner(doc, *found, gazetteer) \
                and not _acronym_of_small_place(doc, *found):
            spans.append((*found, True))
            taken.update(range(found[0], found[1]))
            i = found[1]
        else:
            i += 1
    return spans


def _trim(doc, s: int, e: int) -> tuple[int, int]:
    while s < e and (doc[s].lower_ in {"the", "a", "an"} or doc[s].is_punct):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in {"'s", "’s"} or doc[e - 1].tag_ == "POS"):
        e -= 1
    return s, e


def _lookup_extended(doc, gazetteer, s, e, blocked):
    """Look the span up, preferring a dotted abbreviation ("Mo." is Missouri, not a Norwegian
    village; "S.C.") and then a longer name that the next words complete ("X air base", "X
    province")."""
    if _dotted(doc, s, e):
        found = _abbreviation_at(doc, gazetteer, s, e)
        if found:
            return (s, e, found)
    longer = _longest_lookup(doc, gazetteer, s, blocked, set(), min_end=e)
    if longer is not None:
        return longer
    cands = gazetteer.lookup(doc[s:e].text) or _abbreviation_at(doc, gazetteer, s, e)
    return (s, e, cands) if cands else None


def _longest_lookup(doc, gazetteer, start, blocked, taken, *, min_end: int | None = None):
    limit = start + 1
    while limit < len(doc) and limit - start < 6 and limit not in blocked and limit not in taken and \
            (_may_start_name(doc[limit]) or doc[limit].lower_ in NAME_CONTINUATIONS or doc[limit].lower_ in ADMIN_WORDS):
        limit += 1
    for end in range(limit, (min_end or start + 1) - 1, -1):
        if doc[end - 1].is_punct or doc[end - 1].lower_ in {"of", "-", "al", "el"}:
            continue
        if doc[end - 1].lower_ in ADMIN_WORDS and end - 1 > start:
            # the whole name where the gazetteer has it ("Ulster County"), else the name before the
            # admin word among provinces ("Kandahar province")
            cands = tuple(c for c in gazetteer.lookup(doc[start:end].text) if c.feature in {"admin1", "admin2"}) \
                or tuple(c for c in gazetteer.lookup(doc[start:end - 1].text) if c.feature in {"admin1", "admin2"})
            if cands:
                return start, end, cands
            continue
        cands = gazetteer.lookup(doc[start:end].text)
        if cands:
            return start, end, cands
    return None


def _may_start_name(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and not (token.is_sent_start and token.is_stop)


def _plausible_without_ner(doc, s: int, e: int, cands, gazetteer: Gazetteer) -> bool:
    """A capitalised word the model did not tag is taken as a place only with support: a curated or
    administrative entry, a multi-word name, or a locative preposition before it."""
    if any(c.feature not in {"city", "town", "village"} for c in cands):
        return True
    if e - s > 1:
        return True
    prev = doc[s - 1] if s > 0 else None
    if prev is not None and prev.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    root = doc[s:e].root
    if root.dep_ in {"nsubj", "nsubjpass"} and states_position(root.head):
        return True  # "Sderot sits within 15 km of Gaza City"
    return _ground_cue(doc, s, e) or _after_place_noun(doc, s, cands) or _dateline_or_parent(doc, s, e, cands) \
        or _coordinated_with_a_neighbour(doc, s, e, cands, gazetteer)


def _coordinated_with_a_neighbour(doc, s: int, e: int, cands, gazetteer: Gazetteer) -> bool:
    """Whether the name is coordinated with a capitalised name that has a sense a few km from one
    of its own: "Holyoke and Chicopee opened shelters" (neighbouring towns), not "Smith and Jones"."""
    km = _weights().get("pair_km", 0.0)
    return any(p.text[:1].isupper() and p.is_alpha and _senses_near(cands, gazetteer.lookup(p.text), km)
               for p in _conjuncts(doc[s:e].root))


def _conjuncts(root) -> list:
    """The tokens coordinated with `root`: "Sake" for "Goma" in "Goma and Sake", and back."""
    return [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])


def _ground_cue(doc, s: int, e: int) -> bool:
    """Whether the words around a name treat it as ground: the object of a verb that acts on
    ground ("captured Palmyra", "Kharkiv was shelled"), or a name placed by the phrase after it ("Bentiu, in Unity State")."""
    root = doc[s:e].root
    while root.dep_ == "conj" and root.head != root:  # "captured Goma and Sake"
        root = root.head
    if root.dep_ in {"dobj", "nsubjpass"} and root.head.lemma_ in place_cues()["ground_verbs"]:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in {"on", "against", "into", "toward", "towards"} \
            and _names_an_act_on_ground(root.head.head):
        return True
    if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in {"in", "near", "north", "south", "east", "west"}:
        return True
    if placed_by_apposition(doc, e):
        return True
    # "Kherson in southern Ukraine": placed in part of a larger place
    return e + 2 < len(doc) and doc[e].lower_ == "in" and doc[e + 1].lower_ in place_cues()["region_adjectives"]


def _after_place_noun(doc, s: int, cands) -> bool:
    """Whether a name with an exact own-name candidate follows a lower-case place noun that a
    determiner or an adjective opens: "the regional capital Stepanakert", "the port city Hodeidah";
    not "City Hall", "the District Court" or "the Camp David accords"."""
    if s < 2 or doc[s - 1].text not in place_cues()["appositive_place_nouns"]:
        return False
    opener = doc[s - 2]
    return (opener.pos_ in {"DET", "ADJ"} or opener.text in place_cues()["appositive_place_nouns"]) \
        and any(c.exact and c.primary for c in cands)


def _names_an_act_on_ground(head) -> bool:
    """Whether a preposition's head is an act on ground ("airstrikes on", "the push toward") or a
    verb carrying one ("carried out strikes on", where the parse hangs the phrase on the verb)."""
    nouns = place_cues()["ground_nouns"]
    return head.lemma_.lower() in nouns or (head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in head.children))


def _acronym_of_small_place(doc, s: int, e: int, cands) -> bool:
    """"GCC" or "NATO" is an organisation: an upper-case acronym names only a country, or a state
    or province by its abbreviation ("S.C."), here."""
    text = doc[s:e].text
    return text.isupper() and len(text) <= 5 and not any(c.feature in {"country", "admin1"} for c in cands) \
        and not _dateline_or_parent(doc, s, e, cands)  # "SALEM, Ore. -" is a dateline


def _dotted(doc, s: int, e: int) -> bool:
    """Whether a short span is written as an abbreviation: with a full stop in it or right after
    it ("S.C.", "Tenn", ".")."""
    text = doc[s:e].text
    return len(text) <= 6 and ("." in text or (e < len(doc) and doc[e].text == "." and not doc[e - 1].whitespace_))


def _dateline_or_parent(doc, s: int, e: int, cands) -> bool:
    """Whether a name stands where a dateline's place stands (at the start of the text or of a line,
    before a comma, a dash or a bracket: "KINGSTON, Ont. -") or is the state or province after a
    town's name and a comma ("Kingston, Ont.", "Paris, Texas")."""
    if opens_dateline(doc, s, e):
        return True
    return s >= 2 and doc[s - 1].text == "," and doc[s - 2].text[:1].isupper() \
        and bool(cands) and all(c.feature in {"admin1", "country"} for c in cands)


def _named_street(doc, e: int) -> bool:
    """"Salah al-Din Road", "Haifa Street": the name before a capitalised street word is the street's."""
    return e < len(doc) and doc[e].text[:1].isupper() and doc[e].lower_ in place_cues()["street_words"]


def _supported(doc, spans):
    """Keep a name when at least one of its mentions is a strong span or stands where places stand
    ("in Kandahar", "the capture of Mosul"): one sense per name, so one good mention vouches for all."""
    spans = [(s, e, cands, weak) for s, e, cands, weak in spans if not _named_street(doc, e)]
    vouched, good = set(), set()
    for s, e, cands, weak in spans:
        multiword_exact = e - s >= 2 and any(c.exact for c in cands)
        if not weak or multiword_exact or _locative_context(doc, s, e) or _after_place_noun(doc, s, cands) \
                or _dateline_or_parent(doc, s, e, cands):
            vouched.add(_name_group(cands))
            good.add(doc[s:e].root.i)
    # a name coordinated with a good one is a place too: "Gondar and Bahir Dar", "Goma and Sake";
    # so are two coordinated names with senses a few km apart: "Holyoke and Chicopee opened shelters"
    cands_at = {doc[s:e].root.i: cands for s, e, cands, _ in spans}
    km = _weights().get("pair_km", 0.0)
    for s, e, cands, weak in spans:
        partners = _conjuncts(doc[s:e].root)
        if any(p.i in good for p in partners) or any(
                p.i in cands_at and _senses_near(cands, cands_at[p.i], km) for p in partners):
            vouched.add(_name_group(cands))
    return [(s, e, cands) for s, e, cands, weak in spans if _name_group(cands) in vouched]


def _senses_near(cands, others, km: float) -> bool:
    """Whether a settlement among `cands` lies within `km` of a different settlement among `others`."""
    towns = [c for c in cands if c.feature in {"city", "town", "village"}]
    return any(a.gid != b.gid and abs(a.lat - b.lat) < km / 100 and great_circle_km(a.lat, a.lon, b.lat, b.lon) <= km
               for a in towns for b in others if b.feature in {"city", "town", "village"})


def _locative_context(doc, s: int, e: int) -> bool:
    from .actors import is_locative

    prev = doc[s - 1].lower_ if s > 0 else ""
    return is_locative(doc, s, e) or prev in LOCATIVE_PREPOSITIONS or prev == "of" \
        or _ground_cue(doc, s, e)


def _name_group(cands) -> tuple[str, ...]:
    return tuple(sorted(c.gid for c in cands))


def _by_name(spans):
    groups: dict[tuple[str, ...], tuple[list[tuple[int, int]], tuple[GazetteerEntry, ...]]] = {}
    for s, e, cands in spans:
        key = _name_group(cands)
        if key in groups:
            groups[key][0].append((s, e))
        else:
            groups[key] = ([(s, e)], cands)
    return groups


def _score(entry: GazetteerEntry, focus: Counter, w: dict) -> float:
    score = w["feature_prior"].get(entry.feature, 0.0) + w["population_weight"] * math.log10(entry.population + 1)
    score += w["exact_bonus"] if entry.exact else 0.0
    score += w.get("primary_bonus", 0.0) if entry.primary else 0.0
    if focus and entry.country:
        top = focus.most_common(1)[0][0]
        score += w["focus_top"] if entry.country == top else w["focus_any"] if focus[entry.country] > 0 else 0.0
    if entry.gid.startswith("ov:"):
        score += w["overlay_bonus"]  # curated rows exist because the generic sources get these places wrong
    return score


def _foreign_alias(best: GazetteerEntry, focus: Counter) -> bool:
    """A town known by this name only as an alternate one, in a country the document is not about:
    "Boni" in a story from Mali is no German "Bonn". No answer beats a wrong one."""
    return bool(focus) and best.exact and not best.primary and best.feature in {"city", "town", "village"} \
        and bool(best.country) and focus[best.country] == 0


def _best(cands, focus: Counter, w: dict, context=None,
          seats: tuple[tuple[str, str], ...] = ()) -> tuple[GazetteerEntry, float] | None:
    """The best-scoring candidate and a confidence from its margin over the runner-up, or None
    (too weak, or a foreign town's alternate name). A province that wins over a town of its own
    name inside it (`seats`) yields to the town where the town scores within `seat_margin`: a
    bare "Kidal" is the town. It yields to its own town only, never to a namesake elsewhere."""
    if not cands:
        return None
    scored = sorted(((_score(c, focus, w) + (context(c) if context else 0.0), c.gid, c) for c in cands),
                    key=lambda x: (-x[0], x[1]))
    town = dict(seats).get(scored[0][1])
    if town is not None:
        seat = next(x for x in scored if x[1] == town)
        if seat[0] >= scored[0][0] - w.get("seat_margin", 0.0):
            scored = [seat] + [x for x in scored if x is not seat]
    best_score, _, best = scored[0]
    if best_score < w["min_score"]:
        return None
    if _foreign_alias(best, focus):
        return None
    runner_up = scored[1][0] if len(scored) > 1 else best_score - 4.0
    confidence = 1.0 / (1.0 + math.exp(-(best_score - runner_up)))
    confidence *= 1.0 if best.exact else 0.8
    return best, round(confidence, 3)


def collect_places(doc_id: str, mentions: list[PlaceMention]) -> tuple[Place, ...]:
    """One Place per gazetteer entry, with every mention, in order of first mention."""
    by_gid: dict[str, list[PlaceMention]] = {}
    for m in mentions:
        by_gid.setdefault(m.entry.gid, []).append(m)
    out = []
    for gid, ms in by_gid.items():
        e = ms[0].entry
        out.append(Place(id=f"{doc_id}-pl{ms[0].start}", name=e.name, lat=round(e.lat, 5), lon=round(e.lon, 5),
                         country=e.country, feature=e.feature, gazetteer_id=gid,
                         confidence=max(m.confidence for m in ms),
                         mentions=tuple(Span(m.text, m.start, m.end) for m in ms)))
    return tuple(out)


def span_candidates(doc, gazetteer: Gazetteer, start: int, end: int,
                    alias_matches: list[AliasMatch]) -> tuple[GazetteerEntry, ...]:
    """The candidates `resolve_spans` ranks for the character span start..end (for reference lines
    such as the oracle ceiling and the population-first baseline)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ()
    s, e = _trim(doc, span.start, span.end)
    if s >= e:
        s, e = span.start, span.end
    return _span_candidates(doc, gazetteer, s, e, _country_aliases(alias_matches), _inside_a_token(doc, span, start, end))


def _inside_a_token(doc, span, start: int, end: int) -> str | None:
    """The text of the character span start..end where it cuts a token ("U.S." in "U.S.-led"),
    which the token span expanded from it (`span`) would misname; else None. Whitespace at its
    edges cuts nothing ("Sudanese " is the demonym)."""
    text = doc.text[start:end]
    start, end = start + len(text) - len(text.lstrip()), end - len(text) + len(text.rstrip())
    if start >= end or (span.start_char, span.end_char) == (start, end):
        return None
    return doc.text[start:end]
