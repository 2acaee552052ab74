"""PLOVER events from the dependency parse, driven by data: trigger patterns in
`data/plover/triggers.jsonl` say which verbs and nouns state which event type and mode; status cues
in `data/plover/status_cues.json` say how sure the text is that the event happened.

For each trigger the coder reads the source and target from the syntax (subject and object, the
passive agent, a possessor or demonym on an event noun), the place from the trigger's own
locative phrases (never just any place in the sentence), the date from the time expression in
the trigger's clause, and the status and claimant from the words that govern it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources as importlib_resources

from .actors import LinkedMention
from .errors import ResourceError
from .places import PlaceMention
from .records import ActorRef, Event, EventDate, Mention, PlaceRef, Span, TimeRef, evidence_of

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
MATERIAL_CONFLICT = {"ASSAULT", "MOBILIZE", "COERCE", "PROTEST", "SANCTION"}
# A future-tense cooperative act is an AGREE (a commitment), per PLOVER; other future acts are
# hypothetical.
FUTURE_AS_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"}
LOCATIVE = {"in", "near", "at", "on", "across", "around", "outside", "inside", "into", "toward", "towards",
            "throughout", "over", "of", "from", "to", "through", "off", "along", "within", "against"}
SUBJECTS = {"nsubj", "csubj"}
CLAUSE_LINKS = {"advcl", "xcomp", "conj", "acl", "ccomp", "pcomp"}


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str
    type: str
    mode: tuple[str, ...]
    context: tuple[str, ...]
    particle: str | None
    prep: str | None
    object: tuple[str, ...]
    modifier: tuple[str, ...]
    target_via: tuple[str, ...]
    place_via: tuple[str, ...]

    @property
    def specificity(self) -> int:
        return sum(bool(x) for x in (self.particle, self.prep, self.object, self.modifier))


@dataclass(slots=True)
class Rules:
    version: str
    triggers: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    cues: dict = field(default_factory=dict)


def load_rules() -> Rules:
    base = importlib_resources.files("sitrep") / "data" / "plover"
    rules = Rules(version="plover_triggers.v1")
    try:
        lines = (base / "triggers.jsonl").read_text(encoding="utf-8").splitlines()
        rules.cues = json.loads((base / "status_cues.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourceError(f"PLOVER rule file missing from the sitrep package: {exc.filename}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ResourceError(f"data/plover/triggers.jsonl:{number}: {exc}") from None
        t = Trigger(d["lemma"].lower(), d["pos"], d["type"], tuple(d.get("mode") or ()), tuple(d.get("context") or ()),
                    d.get("particle"), d.get("prep"), tuple(d.get("object") or ()), tuple(d.get("modifier") or ()),
                    tuple(d.get("target_via") or ()), tuple(d.get("place_via") or ()))
        rules.triggers.setdefault((t.lemma, t.pos), []).append(t)
    for entries in rules.triggers.values():
        entries.sort(key=lambda t: -t.specificity)
    rules.version = f"{rules.version}+{rules.cues.get('version', 'status_cues')}"
    return rules


@dataclass(frozen=True, slots=True)
class DocContext:
    """What the coder needs from earlier stages, indexed by token."""

    doc_id: str
    published: str | None
    actor_at: dict[int, LinkedMention]
    place_at: dict[int, PlaceMention]
    times: tuple[TimeRef, ...]


def code_events(doc, rules: Rules, ctx: DocContext) -> tuple[Event, ...]:
    """The document's events, one per trigger and place, repeated sayings merged."""
    raw: list[Event] = []
    for sent in doc.sents:
        for token in sent:
            if token.i in ctx.actor_at or token.i in ctx.place_at:
                continue
            trigger = _match_trigger(token, rules)
            if trigger is not None:
                raw.extend(_events_for(token, trigger, sent, rules, ctx))
    return _merge_repeats(raw)


def _match_trigger(token, rules: Rules) -> Trigger | None:
    pos = "VERB" if token.pos_ in {"VERB", "AUX"} else "NOUN" if token.pos_ in {"NOUN", "PROPN"} else None
    if pos is None:
        return None
    for t in rules.triggers.get((token.lemma_.lower(), pos), ()):
        if _satisfies(token, t):
            return t
    return None


def _satisfies(token, t: Trigger) -> bool:
    children = list(token.children)
    if t.particle and not any(c.dep_ == "prt" and c.lower_ == t.particle for c in children):
        return False
    if t.prep and not any(c.dep_ in {"prep", "prt", "agent"} and c.lower_ == t.prep for c in children):
        return False
    if t.object and not any(c.dep_ in {"dobj", "nsubjpass", "attr"} and c.lemma_.lower() in t.object for c in children) \
            and not (token.dep_ == "compound" and token.head.lemma_.lower() in t.object):
        return False
    if t.modifier and not any(c.dep_ in {"amod", "compound", "nmod"} and c.lemma_.lower() in t.modifier for c in children):
        return False
    return True


# --- roles ----------------------------------------------------------------------------------

def _events_for(token, trigger: Trigger, sent, rules: Rules, ctx: DocContext) -> list[Event]:
    source, target = _roles(token, trigger, rules, ctx)
    status, claimant, why = _status(token, rules, ctx)
    etype = trigger.type
    if status == "hypothetical" and why == "future" and etype in FUTURE_AS_AGREE:
        etype, status, why = "AGREE", "asserted", "future commitment coded as AGREE"
    places = _places(token, trigger, ctx) or [None]
    date = _date(token, sent, ctx)
    evidence = evidence_of(sent)
    span = Span(token.text, token.idx, token.idx + len(token.text))
    rule = f"{trigger.pos.lower()}:{trigger.lemma}" + "".join(
        f"+{x}" for x in (trigger.particle, trigger.prep, *trigger.object, *trigger.modifier) if x)
    out = []
    for place in places:
        reason = _reason(token, etype, status, why, source, target, place)
        out.append(Event(
            id=f"{ctx.doc_id}-ev{token.idx}" + (f"-{place.start}" if place is not None else ""),
            type=etype, mode=trigger.mode, context=trigger.context, status=status,
            confidence=_confidence(status, source, target, place), rule=rule, reason=reason, trigger=span,
            source=source, target=target, claimant=claimant,
            place=PlaceRef(_place_id(ctx, place), place.entry.name, round(place.entry.lat, 5), round(place.entry.lon, 5)) if place else None,
            date=date, evidence=evidence))
    return out


def _place_id(ctx: DocContext, place: PlaceMention) -> str:
    first = min(m.start for m in ctx.place_at.values() if m.entry.gid == place.entry.gid)
    return f"{ctx.doc_id}-pl{first}"


def _roles(token, trigger: Trigger, rules: Rules, ctx: DocContext) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    source: list = []
    target: list = []
    if trigger.pos == "VERB":
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
        subject = _subject_of(token)
        if passive:
            agent = next((c for c in token.children if c.dep_ == "agent"), None)
            if agent is not None:
                source = _actors_in(agent, ctx)
            if subject is not None:
                target = _actors_in(subject, ctx)
        else:
            if subject is not None:
                source = _actors_in(subject, ctx)
            for c in token.children:
                if c.dep_ in {"dobj", "dative"}:
                    target += _actors_in(c, ctx)
    else:
        source = _noun_source(token, rules, ctx)
    for c in token.children:
        if c.dep_ == "prep" and f"pobj:{c.lower_}" in trigger.target_via:
            target += [a for p in c.children if p.dep_ == "pobj" for a in _actors_in(p, ctx)]
    target = [a for a in target if a not in source]
    return tuple(dict.fromkeys(source)), tuple(dict.fromkeys(target))


def _subject_of(token):
    """The subject of a verb, borrowed from the governing clause for participles, coordinated verbs
    and control verbs ("launched an offensive, capturing Aleppo"), or the noun a relative clause
    modifies."""
    seen = 0
    while token is not None and seen < 6:
        seen += 1
        subject = next((c for c in token.children if c.dep_ in SUBJECTS | {"nsubjpass"}), None)
        if subject is not None:
            if subject.tag_ in {"WDT", "WP"} and token.dep_ == "relcl":
                return token.head
            return subject
        if token.dep_ == "relcl":
            return token.head
        if token.dep_ in CLAUSE_LINKS and token.head != token:
            token = token.head
            continue
        return None
    return None


def _noun_source(token, rules: Rules, ctx: DocContext) -> list[ActorRef]:
    """Who performs an event noun: its possessor or demonym ("Israel's strikes", "Israeli strikes"),
    a "by" phrase, or the subject of a light verb ("launched airstrikes")."""
    found: list[ActorRef] = []
    for c in token.children:
        if c.dep_ in {"poss", "amod", "compound", "nmod"}:
            found += _actors_in(c, ctx)
        elif c.dep_ == "prep" and c.lower_ == "by":
            found += [a for p in c.children for a in _actors_in(p, ctx)]
    if found:
        return found
    head = token.head
    if token.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in rules.cues.get("light_verbs", ()):
        subject = _subject_of(head)
        if subject is not None:
            return _actors_in(subject, ctx)
    return []


def _actors_in(token, ctx: DocContext) -> list[ActorRef]:
    """Actors mentioned in the phrase headed by `token`, not counting relative clauses and
    locative phrases inside it ("rebels in Idlib")."""
    out, seen = [], set()
    for t in _phrase_tokens(token):
        m = ctx.actor_at.get(t.i)
        if m is not None and (m.start, m.actor) not in seen:
            seen.add((m.start, m.actor))
            out.append(ActorRef(m.actor, m.text))
    return out


def _phrase_tokens(token):
    stack = [token]
    while stack:
        t = stack.pop()
        yield t
        for c in t.children:
            if c.dep_ in {"relcl", "advcl", "acl", "ccomp", "punct"}:
                continue
            if c.dep_ == "prep" and c.lower_ not in {"of", "by", "from", "with"}:
                continue
            stack.append(c)


def _places(token, trigger: Trigger, ctx: DocContext) -> list[PlaceMention]:
    """The places the event happened in: objects of the trigger's own locative prepositions, or its
    direct object when that is a place ("captured Aleppo")."""
    found: list[PlaceMention] = []
    allowed = LOCATIVE | {p.split(":", 1)[1] for p in trigger.place_via if ":" in p}
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in allowed:
            for p in c.children:
                if p.dep_ == "pobj":
                    found += _places_in(p, ctx)
        elif c.dep_ in {"dobj", "nsubjpass"} or (trigger.pos == "NOUN" and c.dep_ in {"compound"}):
            found += _places_in(c, ctx)
        elif c.dep_ == "npadvmod" and c.i in ctx.place_at:
            found += _places_in(c, ctx)
    unique = {}
    for p in found:
        unique.setdefault(p.entry.gid, p)
    return list(unique.values())


def _places_in(token, ctx: DocContext) -> list[PlaceMention]:
    """Places named by a phrase and the phrases coordinated with it ("Hama, Aleppo, and Idlib"),
    including "parts of Aleppo" and "the city of Homs"."""
    out = []
    stack = [token]
    while stack:
        t = stack.pop()
        m = ctx.place_at.get(t.i)
        if m is not None:
            out.append(m)
        for c in t.children:
            if c.dep_ in {"conj", "appos", "compound"} or (c.dep_ == "prep" and c.lower_ == "of") or \
                    (c.dep_ == "pobj" and t.dep_ == "prep" and t.lower_ == "of"):
                stack.append(c)
    return sorted(out, key=lambda m: m.start)


# --- status ---------------------------------------------------------------------------------

def _status(token, rules: Rules, ctx: DocContext) -> tuple[str, ActorRef | None, str]:
    """(status, claimant, why) for the event a trigger states, from the words that govern it."""
    cues = rules.cues
    verb = token if token.pos_ in {"VERB", "AUX"} else _governing_verb(token)
    chain = _governors(verb if verb is not None else token)
    for t in [token, *chain]:
        children = list(t.children)
        if any(c.dep_ == "neg" or (c.lower_ in cues["negation_words"] and c.dep_ in {"det", "neg", "advmod"}) for c in children):
            return "negated", None, f"negated by '{next(c.text for c in children if c.dep_ in {'neg', 'det', 'advmod'} and c.lower_ in cues['negation_words'] or c.dep_ == 'neg')}'"
        if t.lemma_.lower() in cues["negating_governors"] and t != token:
            return "negated", _claimant_of(t, ctx), f"governed by '{t.text}'"
    for t in [token, *chain]:
        children = list(t.children)
        if any(c.dep_ == "mark" and c.lower_ in cues["conditional_marks"] for c in children):
            return "hypothetical", None, "in a conditional clause"
        aux = [c for c in children if c.dep_ in {"aux", "auxpass"}]
        if any(a.lower_ in cues["modal_auxiliaries"] for a in aux):
            return "hypothetical", None, f"modal '{next(a.text for a in aux if a.lower_ in cues['modal_auxiliaries'])}'"
        if any(a.lower_ in cues["future_auxiliaries"] for a in aux):
            return "hypothetical", None, "future"
        for c in children:
            if c.dep_ in {"advmod", "amod"} and c.lower_ in cues["hedge_adverbs"]:
                status = cues["hedge_adverbs"][c.lower_]
                return status, None, f"hedged by '{c.text}'"
            if c.dep_ == "amod" and t == token and c.lower_ in cues["hypothetical_modifiers"]:
                return "hypothetical", None, f"modified by '{c.text}'"
        if t != token and t.lemma_.lower() in cues["hypothetical_governors"] and _is_complement(token, t):
            return "hypothetical", None, f"governed by '{t.text}'"
        if t != token and t.lemma_.lower() in cues["claim_verbs"]:
            return "claimed", _claimant_of(t, ctx), f"claimed ('{t.text}')"
        if t != token and t.lemma_.lower() in cues["denial_verbs"]:
            return "negated", _claimant_of(t, ctx), f"denied ('{t.text}')"
        if t != token and t.lemma_.lower() in cues["speech_verbs"] and _is_complement(token, t):
            return "reported", _claimant_of(t, ctx), f"reported ('{t.text}')"
    according = _according_to(token, ctx)
    if according is not None:
        return "reported", according, "attributed ('according to')"
    return "asserted", None, "stated as fact"


def _governing_verb(token):
    t = token
    for _ in range(6):
        if t.head == t:
            return t if t.pos_ in {"VERB", "AUX"} else None
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None


def _governors(token):
    """The chain of heads above a clause, up to the sentence root."""
    out, t = [], token
    for _ in range(8):
        if t.head == t:
            break
        t = t.head
        out.append(t)
    return out


def _is_complement(token, governor) -> bool:
    """Whether `token`'s clause is the content of `governor` (its ccomp/xcomp/dobj chain), not a
    clause merely beside it."""
    t = token
    while t.head != t and t.head != governor:
        t = t.head
    return t.head == governor and t.dep_ in {"ccomp", "xcomp", "dobj", "parataxis", "advcl", "conj", "pcomp", "prep", "acl", "nsubj", "attr"}


def _claimant_of(verb, ctx: DocContext) -> ActorRef | None:
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    actors = _actors_in(subject, ctx)
    if actors:
        return actors[0]
    phrase = subject.doc[subject.left_edge.i:subject.right_edge.i + 1]
    return ActorRef(None, phrase.text)


def _according_to(token, ctx: DocContext) -> ActorRef | None:
    sent = token.sent
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            objs = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                actors = _actors_in(objs[0], ctx)
                phrase = t.doc[objs[0].left_edge.i:objs[0].right_edge.i + 1]
                return actors[0] if actors else ActorRef(None, phrase.text)
    return None


# --- date, confidence, merge ----------------------------------------------------------------

def _date(token, sent, ctx: DocContext) -> EventDate | None:
    """The time expression in the trigger's clause, else in its sentence, else the publication date
    marked inferred."""
    clause = _governing_verb(token) if token.pos_ not in {"VERB", "AUX"} else token
    clause = clause or token
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    in_sentence = [t for t in ctx.times if sent.start_char <= t.start < sent.end_char and t.value_start]
    in_clause = [t for t in in_sentence if lo <= t.start < hi]
    for group in (in_clause, in_sentence):
        if group:
            best = min(group, key=lambda t: abs(t.start - token.idx))
            return EventDate(best.value_start, best.value_end, best.precision, False)
    if ctx.published:
        return EventDate(ctx.published, ctx.published, "day", True)
    return None


def _confidence(status, source, target, place) -> float:
    """A first, uncalibrated score from how complete the coding is; calibration on held-out data
    replaces it (issue: events)."""
    score = 0.5 + 0.15 * bool(source) + 0.1 * bool(target) + 0.1 * bool(place)
    if status != "asserted":
        score -= 0.05
    return round(min(score, 0.95), 2)


def _reason(token, etype, status, why, source, target, place) -> str:
    who = ", ".join(a.text for a in source) or "unknown source"
    whom = f" against {', '.join(a.text for a in target)}" if target else ""
    where = f" at {place.text}" if place is not None else ""
    return f"'{token.text}' codes {etype}: {who}{whom}{where}; {status}: {why}"


def _merge_repeats(events: list[Event]) -> tuple[Event, ...]:
    """The same event said again (same type, actors, place and date) becomes one event whose later
    sayings are its `mentions`."""
    merged: dict[tuple, Event] = {}
    for e in sorted(events, key=lambda e: (e.trigger.start, e.id)):
        if not e.source and not e.target:
            key = ("solo", e.id)
        else:
            key = (e.type, e.status, tuple(a.actor for a in e.source), tuple(a.actor for a in e.target),
                   e.place.id if e.place else None, e.date.start if e.date and not e.date.inferred else None)
        if key in merged:
            first = merged[key]
            merged[key] = _with_mention(first, Mention(e.trigger, e.evidence))
        else:
            merged[key] = e
    return tuple(sorted(merged.values(), key=lambda e: (e.trigger.start, e.id)))


def _with_mention(event: Event, mention: Mention) -> Event:
    from dataclasses import replace
    return replace(event, mentions=event.mentions + (mention,))


def sentence_claimant(sent, rules: Rules, ctx: DocContext) -> ActorRef | None:
    """Who a sentence is attributed to ("..., the Observatory said"; "according to the UN"), if anyone."""
    cues = rules.cues
    for t in sent:
        if t.lemma_.lower() in cues["speech_verbs"] or t.lemma_.lower() in cues["claim_verbs"]:
            claimant = _claimant_of(t, ctx)
            if claimant is not None:
                return claimant
    return _according_to(sent[0], ctx)
