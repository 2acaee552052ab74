"""Actor mentions: names, aliases, capitals used for governments, demonyms with a generic noun
("Ukrainian drones"), and named organisations and people the lexicon does not know, linked to
canonical actors.

The stage runs in two steps around `places`: `match_aliases` finds every lexicon form first (so
that places never claims "al-Shabaab" or "Hezbollah"), and `link_actors` builds the actor list once
places has taken the spans used as locations ("in Sudan" is a place, "Sudan said" an actor).
`references.resolve_references` then links what names no actor itself ("the group", "its jets").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources

from .lexicon import ActorInfo, Alias, Lexicon
from .records import Actor, ActorMention, Span

# A country or capital governed by one of these prepositions names ground, not a government.
LOCATIVE_PREPS = {"in", "into", "inside", "near", "at", "across", "around", "throughout", "outside",
                  "within", "to", "toward", "towards", "from", "through", "via", "over", "of", "between",
                  "along", "beyond", "on", "off", "onto", "north", "south", "east", "west", "than", "like"}
# Dependency labels of a span used as an agent: the subject acts, the possessor owns.
AGENT_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "csubj", "appos", "conj", "dobj", "iobj", "attr"}
UNKNOWN_ACTOR_LABELS = {"ORG", "PERSON", "NORP"}


@dataclass(frozen=True, slots=True)
class AliasMatch:
    """A lexicon form found in the document, as token positions."""

    start: int  # token index
    end: int
    alias: Alias


def match_aliases(doc, lexicon: Lexicon) -> list[AliasMatch]:
    """Every lexicon form in `doc`, longest first and never overlapping."""
    matches, i, n = [], 0, len(doc)
    while i < n:
        found = None
        window = lexicon.window_at(doc[i].lower_)
        if window and not doc[i].is_punct and not doc[i].is_space:
            for j in range(min(n, i + window), i, -1):
                # a form never ends on punctuation or on the whitespace token of a line break
                # ("Cuban\n  people" is "Cuban")
                if (doc[j - 1].is_punct or doc[j - 1].is_space) and j - 1 > i:
                    continue
                alias = lexicon.lookup(doc[i:j].text)
                if alias is not None and _stands_alone(doc, i, j, alias) \
                        and not _another_persons_surname(doc, i, j, alias, lexicon):
                    found = AliasMatch(i, j, alias)
                    break
        if found:
            matches.append(found)
            i = found.end
        else:
            i += 1
    return matches


def _stands_alone(doc, start: int, end: int, alias: Alias) -> bool:
    """A single lower-case word matches a generic noun only; a name must be capitalised in the text
    ("chad" the word is not Chad), and must not be part of a longer proper name."""
    span = doc[start:end]
    if alias.role == "generic":
        return True
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
        return False
    # "Kyiv Post" or "Kenya Airways": a longer proper name continues past the match.
    after = doc[end] if end < len(doc) else None
    return not (after is not None and after.pos_ == "PROPN" and after.ent_iob_ == "I" and alias.role != "demonym")


def _another_persons_surname(doc, start: int, end: int, alias: Alias, lexicon: Lexicon) -> bool:
    """"Hazem Qassem" is not Naim Qassem: a person's one-word alias that ends a person's name the
    model found, after a first name that is no title the lexicon knows ("President"), is someone
    else's surname."""
    actor = lexicon.actors.get(alias.actor) if alias.actor else None
    if actor is None or actor.kind != "person" or start == 0 or end - start != 1:
        return False
    before = doc[start - 1]
    return doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "PERSON" and before.pos_ == "PROPN" \
        and before.text[:1].isupper() and lexicon.lookup(before.text) is None


def is_locative(doc, start: int, end: int) -> bool:
    """Whether the span at these token positions names ground ("in Sudan", "Sudan's north")."""
    root = doc[start:end].root
    head = root
    while head.dep_ in {"compound", "conj", "appos"} and head.head != head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
        return True
    cues = place_cues()
    # "the border with Turkey", "its frontier with the Central African Republic": not "talks with
    # Turkey" (read from the words, since the parse may hang "with" on the verb)
    before = start - 1
    while before > 0 and doc[before].pos_ in {"DET", "ADJ"}:
        before -= 1
    if before >= 1 and doc[before].lower_ == "with" and doc[before - 1].lemma_.lower() in cues["border_nouns"]:
        return True
    # "which borders Rwanda", "refugees reached Chad" ("crossed into Poland" is a preposition's);
    # the small model may read "borders" before a name as a noun
    if head.dep_ == "dobj" and head.head.lemma_.lower() in cues["movement_verbs"]:
        return True
    if start >= 1 and doc[start - 1].lower_ in {"borders", "bordering", "bordered"}:
        return True
    # "Myanmar's Rakhine state", "Sudan's north", "Ukraine's border"
    if head.dep_ == "poss" and head.head.lemma_.lower() in cues["place_nouns"]:
        return True
    if head.dep_ in {"nsubj", "nsubjpass"} and states_position(head.head):
        return True  # "Mosul lies 400 km north of Baghdad": the subject is ground, not an agent
    if opens_dateline(doc, start, end):
        return True  # "PARIS, Texas -", "KINGSTON, Ont. -": where the story was filed
    if start >= 1 and doc[start - 1].text.islower() and \
            doc[start - 1].lower_ in cues["area_modifiers"] | cues["region_adjectives"]:
        return True  # "downtown Athens", "northern Syria": part of a place is ground
    if placed_by_apposition(doc, end):
        return True
    return head.dep_ in {"compound", "npadvmod", "nmod"} and head.head.pos_ in {"NOUN", "PROPN"} and \
        head.head.lower_ not in {"government", "officials", "forces", "troops", "army", "military", "leadership"}


def opens_dateline(doc, start: int, end: int) -> bool:
    """Whether a name opens the text or a line as a wire dateline's place: in capitals before a
    comma, a colon, a dash or a bracket ("KINGSTON, Ont. -", "PERTH -", "CHENNAI:"), or before a
    dash or a bracket ("Beirut (Reuters) -"); or as the country after the place ("CÓRDOBA,
    Argentina —", "ACCRA, Ghana (AP)"). "Moscow, however, said" opens with an agent."""
    if end >= len(doc):
        return False
    after = doc[end].text
    if _line_starts_at(doc, start):
        return after in {"—", "–", "-", "("} or (after in {",", ":"} and doc[start:end].text.isupper())
    # the parent after the dateline's place: "CÓRDOBA, Argentina —" (the place in capitals, at
    # most four tokens, a comma, the name, then the dash or the agency's bracket)
    if after not in {"—", "–", "-", "("} or start < 2 or doc[start - 1].text != ",":
        return False
    first = next((i for i in range(start - 2, max(start - 6, -1), -1) if _line_starts_at(doc, i)), None)
    return first is not None and doc[first:start - 1].text.isupper()


def _line_starts_at(doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def placed_by_apposition(doc, end: int) -> bool:
    """Whether a name ending at token `end` is placed by a distance after a comma: "Yerevan, about
    90 km south of Gyumri", "Odesa, some 300 miles west of Mykolaiv"."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    words = place_cues()["position_words"]
    # up to a short description first ("Kunduz, a provincial capital about 60 miles north of"),
    # but not a clause of its own ("Kunduz, which fell in 2021, ...")
    for t in doc[end + 1:min(end + 9, len(doc))]:
        if t.tag_ in {"VBD", "VBZ", "VBP", "MD", "WDT", "WP"} or t.text in {",", ";"}:
            return False
        if t.like_num and any(w.lower_ in words for w in doc[t.i + 1:t.i + 3]):
            return True
    return False


@lru_cache(maxsize=1)
def place_cues() -> dict:
    """The word lists of `data/gazetteer/place_cues.json` (ground verbs, position verbs and words),
    and its `version`."""
    path = importlib_resources.files("sitrep") / "data" / "gazetteer" / "place_cues.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    cues: dict = {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}
    cues["version"] = data.get("version", "place_cues")
    return cues


def states_position(verb) -> bool:
    """Whether the clause of `verb` locates its subject: a position verb, or "be" with a distance
    or a bearing in its own clause."""
    cues = place_cues()
    if verb.lemma_ in cues["position_verbs"]:
        return True
    if verb.lemma_ != "be":
        return False
    return any(t.lower_ in cues["position_words"] for child in verb.children if child.dep_ not in {"nsubj", "ccomp", "advcl", "conj"}
               for t in child.subtree)


@dataclass(frozen=True, slots=True)
class LinkedMention:
    """One actor mention: the span and the canonical actor it names."""

    start: int  # character offsets into the article text
    end: int
    actor: str
    text: str
    token_start: int
    token_end: int
    refers_to: LinkedMention | None = None  # the earlier mention a reference stands for
    via: str | None = None  # the rule of references.json that linked it


def link_actors(doc, lexicon: Lexicon, matches: list[AliasMatch], place_tokens: set[int],
                new_actors: dict[str, ActorInfo]) -> list[LinkedMention]:
    """Actor mentions in `doc`, skipping tokens that `places` resolved as locations. Actors the
    lexicon lacks are added to `new_actors` (one dict per document, so that a batch's order never
    changes a document's output)."""
    mentions: list[LinkedMention] = []
    used: set[int] = set()
    for m in matches:
        if any(t in place_tokens for t in range(m.start, m.end)) or _qualifies_an_organisation(doc, lexicon, m):
            continue
        linked = _link_match(doc, lexicon, m)
        if linked is not None:
            mentions.append(linked)
            used.update(range(linked.token_start, linked.token_end))
    mentions.extend(_unknown_named_actors(doc, lexicon, used | place_tokens, new_actors))
    return sorted(mentions, key=lambda x: (x.start, x.end))


def _qualifies_an_organisation(doc, lexicon: Lexicon, m: AliasMatch) -> bool:
    """"Amnesty International India", "Air India": a country's name that ends the name of an
    organisation the model found is part of that name, not the country."""
    actor = lexicon.actors.get(m.alias.actor) if m.alias.actor else None
    if actor is None or actor.kind != "state" or m.alias.role != "name":
        return False
    ent = next((e for e in doc.ents if e.start < m.start and e.end == m.end), None)
    return ent is not None and ent.label_ == "ORG" and doc[ent.start].text[:1].isupper() \
        and lexicon.lookup(ent.text) is None


def _link_match(doc, lexicon: Lexicon, m: AliasMatch) -> LinkedMention | None:
    alias = m.alias
    start, end = m.start, m.end
    if alias.role == "demonym":
        # "Ukrainian drones", "Sudanese army", "Saudi and Emirati aircraft", "the Russian Defence
        # Ministry": the demonym with its noun.
        phrase = _generic_phrase_after(doc, m.end, lexicon)
        if phrase is not None:
            end, sector = phrase
        else:
            noun = _generic_head(doc, m.end, lexicon)
            if noun is None:
                return None
            sector_alias = lexicon.lookup(doc[noun].text)
            sector = sector_alias.sector if sector_alias is not None and sector_alias.role == "generic" else "MIL"
            end = noun + 1 if noun == m.end else m.end
        actor = lexicon.country_actor(alias.country, sector)
    elif alias.role == "generic":
        if _has_demonym_before(doc, m.start, lexicon):
            return None  # already taken with its demonym
        actor = lexicon.generic_actor(alias.sector)
    elif alias.role == "capital":
        if is_locative(doc, start, end):
            return None
        actor = lexicon.actors.get(alias.actor)
    elif alias.actor in lexicon.actors and lexicon.actors[alias.actor].kind == "state":
        if is_locative(doc, start, end):
            return None
        actor = lexicon.actors[alias.actor]
    else:
        actor = lexicon.actors.get(alias.actor)
    if actor is None:
        return None
    span = doc[start:end]
    return LinkedMention(span.start_char, span.end_char, actor.id, span.text, start, end)


def _generic_phrase_after(doc, after: int, lexicon: Lexicon) -> tuple[int, str] | None:
    """The end and sector of a generic phrase of two or three words right after a demonym
    ("Defence Ministry", "General Staff", "Revolutionary Guards"), which a one-word look-up misses."""
    for k in (3, 2):
        if after + k <= len(doc):
            alias = lexicon.lookup(doc[after:after + k].text)
            if alias is not None and alias.role == "generic" and alias.sector:
                return after + k, alias.sector
    return None


def _generic_head(doc, after: int, lexicon: Lexicon) -> int | None:
    """Token index of the generic actor noun that a demonym ending before `after` qualifies."""
    demonym_token = doc[after - 1]
    head = demonym_token.head
    candidates = [after] if after < len(doc) else []
    candidates.append(head.i)
    if head.dep_ == "conj" or demonym_token.dep_ == "conj":
        candidates.append(head.head.i)
    if after < len(doc) and any(ch.isdigit() for ch in doc[after].text) and doc[after].text[:1].isupper():
        return after  # "Turkish F-16s", "Ukrainian Su-27": a weapon designation stands for the military
    for i in candidates:
        alias = lexicon.lookup(doc[i].text)
        if alias is not None and alias.role == "generic" and i >= after:
            return i
    return None


def _has_demonym_before(doc, index: int, lexicon: Lexicon) -> bool:
    prev = doc[index - 1] if index > 0 else None
    if prev is None:
        return False
    alias = lexicon.lookup(prev.text)
    return alias is not None and alias.role == "demonym"


_SLUG = re.compile(r"[^a-z0-9]+")


_DESIGNATION = re.compile(r"\b[A-Za-z]+-?[A-Za-z]*\d")  # Su-27, Tor-M2, S-300, F-16s: equipment, not actors


def _unknown_named_actors(doc, lexicon: Lexicon, taken: set[int], new_actors: dict[str, ActorInfo]) -> list[LinkedMention]:
    """Organisations and people the lexicon lacks stay as new actors (id `new:<slug>`), not dropped."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"ORG", "PERSON"} or any(t in taken for t in range(ent.start, ent.end)):
            continue
        if _DESIGNATION.search(ent.text) or lexicon.lookup(ent.text) is not None:
            continue
        known = _known_organisation_opening(ent, lexicon)
        if known is not None:  # "Amnesty International India": Amnesty's national section
            out.append(LinkedMention(ent.start_char, ent.end_char, known, ent.text, ent.start, ent.end))
            continue
        tokens = [t for t in ent if not t.is_punct]
        if not tokens or not all(t.text[:1].isupper() or t.is_stop for t in tokens):
            continue
        span = ent
        if span[0].lower_ == "the":
            span = span[1:]
        slug = _SLUG.sub("-", span.text.lower()).strip("-")
        if not slug:
            continue
        kind = "person" if ent.label_ == "PERSON" else "group"
        actor_id = f"new:{slug}"
        new_actors.setdefault(actor_id, ActorInfo(actor_id, span.text, kind, None, None))
        out.append(LinkedMention(span.start_char, span.end_char, actor_id, span.text, span.start, span.end))
    return out


def _known_organisation_opening(ent, lexicon: Lexicon) -> str | None:
    """The organisation whose name opens an ORG entity the lexicon lacks, when the rest is a
    country's name ("Amnesty International India", "Save the Children UK")."""
    for cut in range(ent.end - 1, ent.start, -1):
        head, rest = lexicon.lookup(ent.doc[ent.start:cut].text), lexicon.lookup(ent.doc[cut:ent.end].text)
        if head is not None and rest is not None and head.role == "name" and head.actor in lexicon.actors \
                and lexicon.actors[head.actor].kind != "state" and rest.actor in lexicon.actors \
                and lexicon.actors[rest.actor].kind == "state":
            return head.actor
    return None


def collect_actors(mentions: list[LinkedMention], lexicon: Lexicon, new_actors: dict[str, ActorInfo],
                   published: str | None = None) -> tuple[Actor, ...]:
    """The document's actors, each with all its mentions, in order of first mention, each named as
    it was on the publication date (the AU mission in Somalia is "AMISOM" in 2020, "AUSSOM" in 2025)."""
    by_actor: dict[str, list[ActorMention]] = {}
    for m in mentions:
        ref = m.refers_to
        by_actor.setdefault(m.actor, []).append(ActorMention(
            m.text, m.start, m.end, Span(ref.text, ref.start, ref.end) if ref is not None else None, m.via))
    out = []
    for actor_id, spans in by_actor.items():
        info = lexicon.actors.get(actor_id) or new_actors[actor_id]
        name = lexicon.name_on(actor_id, published) or info.name
        out.append(Actor(actor_id, name, info.kind, info.country, info.wikidata, tuple(spans)))
    return tuple(out)
