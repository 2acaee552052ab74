"""PLOVER events from the dependency parse, driven by data: trigger patterns in
`data/plover/triggers.jsonl` say which verbs and nouns state which event type and mode; status cues
in `data/plover/status_cues.json` say how sure the text is that the event happened; the
coefficients in `data/plover/calibration.json` turn an event's features into a calibrated
`confidence`.

Per sentence the coder
1. finds candidate triggers (lemma, word class, surface form, particle, preposition, object,
   modifier and open-complement constraints of the lexicon);
2. settles how candidates relate: a light verb and its event noun are one event ("launched an
   offensive"), a verb whose required object is an event noun wins over the noun ("imposed
   sanctions"), an event noun nested in a same-type event is that event ("met for talks"), the
   outcome of an attack is folded into the attack ("struck a car, killing two"), and the content of
   another event takes its status from it (a threat's content is hypothetical; a request's,
   commitment's or refusal's content is not coded again; an accusation's content is claimed);
3. reads the source and target from the syntax (subject and object, the passive agent, the slots
   the lexicon names, a possessor or demonym on an event noun), the place from the trigger's own
   locative phrases, the date from the trigger's clause, and the status and claimant from the
   words that govern it.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field, replace
from importlib import resources as importlib_resources

from .actors import LinkedMention
from .errors import ResourceError
from .lexicon import SECTOR_KINDS
from .places import PlaceMention
from .records import ActorRef, Event, EventDate, Mention, PlaceRef, Span, TimeRef, evidence_of

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
MATERIAL_CONFLICT = {"ASSAULT", "MOBILIZE", "COERCE", "PROTEST", "SANCTION"}
# A future-tense cooperative act is an AGREE (a commitment), per PLOVER; an announced future
# withdrawal, release or easing is a CONCEDE; other future acts are hypothetical.
FUTURE_AS_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"}
FUTURE_AS_CONCEDE = {"RETREAT", "CONCEDE"}
LOCATIVE = {"in", "near", "at", "on", "across", "around", "outside", "inside", "into", "toward", "towards",
            "throughout", "over", "of", "from", "to", "through", "off", "along", "within", "against"}
# where a target stands ("churches in Colombo", "a warehouse near the airport"), not whose it is
TARGET_LOCATIVE = {"in", "near", "at", "outside", "inside", "around", "across", "throughout", "along", "off"}
SUBJECTS = {"nsubj", "csubj"}
CLAUSE_LINKS = {"advcl", "xcomp", "conj", "acl", "ccomp", "pcomp"}
# Edges under a governing word that make a clause or phrase its content ("threatened TO ATTACK",
# "said THAT ...", "demanded THEIR RELEASE", "accused X OF KILLING").
CONTENT_EDGES = {"ccomp", "xcomp", "dobj", "pcomp", "prep", "acl", "attr", "oprd"}
SPEECH_EDGES = {"ccomp", "xcomp", "dobj", "parataxis"}
# Edges that keep a word inside its head's clause, so that the head's negation and modality apply.
NEGATION_BLOCKERS = {"conj", "advcl", "nsubj", "nsubjpass", "csubj", "relcl", "acl", "appos", "npadvmod",
                     "ccomp", "parataxis", "csubjpass"}
ACCUSATION_PREPS = {"of", "for", "with"}  # accused of, blamed for, charged with
# rejecting a report denies it (so the lexicon's "reject" has reports in its object_not)
REPORT_REJECTIONS = {"reject"}
MODAL_BLOCKERS = {"ccomp", "parataxis", "relcl", "acl"}
TEMPORAL_MARKS = {"after", "before", "since", "when", "as", "because", "while", "once", "until", "following"}
CORROBORATING_KINDS = {"state", "government", "military", "police", "armed_group", "igo", "party", "person"}
ROLE_DEPS = {"poss", "amod", "compound", "nmod"}
NESTING_PREPS = {"for", "during", "in", "under", "at", "amid", "with", "of", "on"}


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
    target_via: tuple[str, ...] | None
    place_via: tuple[str, ...]
    actor_via: tuple[str, ...] | None = None
    xcomp: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    alias_of: str | None = None
    weak: bool = False
    outcome: bool = False
    content: tuple[str, ...] = ()
    control: str | None = None
    control_place_via: tuple[str, ...] = ()
    object_not: tuple[str, ...] = ()
    xcomp_not: tuple[str, ...] = ()
    prep_not: tuple[str, ...] = ()  # "retaliated BY halting exports": the gerund is the act
    subject_kinds: tuple[str, ...] = ()
    needs_target: bool = False  # code it only when its target is a known actor ("called Zelensky")
    agentive: bool = False  # a weapon noun: an event only as the doer of a clause ("a bomb tore through")
    place_object: bool = False  # code it only when its object is a place ("took the town", not "took the vessel")

    @property
    def specificity(self) -> int:
        return sum(bool(x) for x in (self.particle, self.prep, self.object, self.modifier, self.xcomp, self.forms))

    @property
    def name(self) -> str:
        """The rule as written in the output: word class, true lemma and constraints, with the
        doers it needs ("+by:police/government") and the surface forms it is limited to
        ("+forms:raped/raping"), so that two entries of one lemma never share a name."""
        return f"{self.pos.lower()}:{self.alias_of or self.lemma}" + "".join(
            f"+{x}" for x in (self.particle, self.prep, *self.object, *self.modifier, *self.xcomp) if x) + \
            (f"+by:{'/'.join(self.subject_kinds)}" if self.subject_kinds else "") + \
            (f"+forms:{'/'.join(self.forms)}" if self.forms else "")


@dataclass(slots=True)
class Calibration:
    """A logistic map from an event's features to the probability that its type is right."""

    version: str = "uncalibrated"
    intercept: float = 0.0
    weights: dict = field(default_factory=dict)
    trigger_priors: dict = field(default_factory=dict)  # trigger_key -> smoothed log-odds of being right, on dev
    rule_priors: dict = field(default_factory=dict)  # Trigger.name -> the same, shrunk toward its word's

    def prior(self, trigger: "Trigger") -> float:
        """The trigger's prior: its rule's, else its word's (a rule not seen on dev), else 0."""
        return self.rule_priors.get(trigger.name, self.trigger_priors.get(trigger_key(trigger), 0.0))

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(slots=True)
class Rules:
    version: str
    triggers: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    cues: dict = field(default_factory=dict)
    calibration: Calibration = field(default_factory=Calibration)
    verb_lemmas: frozenset[str] = frozenset()  # every verb lemma a trigger names, every cue-list word

    def trigger_named(self, name: str) -> Trigger | None:
        """The trigger an event's `rule` names ("verb:kill"), or None."""
        pos, _, rest = name.partition(":")
        lemma = rest.split("+")[0]
        return next((t for entries in self.triggers.values() for t in entries
                     if t.name == name and (t.alias_of or t.lemma) == lemma and t.pos.lower() == pos), None)


def _trigger_from(d: dict) -> Trigger:
    def tup(key):
        return tuple(d.get(key) or ())
    return Trigger(
        d["lemma"].lower(), d["pos"], d["type"], tup("mode"), tup("context"), d.get("particle"), d.get("prep"),
        tup("object"), tup("modifier"), tuple(d["target_via"]) if d.get("target_via") is not None else None,
        tup("place_via"), tuple(d["actor_via"]) if d.get("actor_via") is not None else None, tup("xcomp"),
        tuple(f.lower() for f in d.get("forms") or ()), d.get("alias_of"), bool(d.get("weak")),
        bool(d.get("outcome")), tup("content"), d.get("control"), tup("control_place_via"), tup("object_not"),
        tup("xcomp_not"), tup("prep_not"), tup("subject_kinds"), bool(d.get("needs_target")), bool(d.get("agentive")),
        bool(d.get("place_object")))


def load_rules() -> Rules:
    base = importlib_resources.files("sitrep") / "data" / "plover"
    rules = Rules(version="plover_triggers.v1")
    try:
        lines = (base / "triggers.jsonl").read_text(encoding="utf-8").splitlines()
        cues = json.loads((base / "status_cues.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourceError(f"PLOVER rule file missing from the sitrep package: {exc.filename}") from None
    # Word lists become sets: every cue is a membership test.
    rules.cues = {k: frozenset(v) if isinstance(v, list) and all(isinstance(x, str) for x in v) else v
                  for k, v in cues.items()}
    calibration = base / "calibration.json"
    if calibration.is_file():
        raw = calibration.read_text(encoding="utf-8")
        c = json.loads(raw)
        # a refit keeps the version (the features) and changes the numbers: the digest names the fit
        fit = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:8]
        rules.calibration = Calibration(f"{c.get('version', 'calibration')}@{fit}", float(c["intercept"]),
                                        dict(c["weights"]), dict(c.get("trigger_priors", {})),
                                        dict(c.get("rule_priors", {})))
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            t = _trigger_from(json.loads(line))
        except (json.JSONDecodeError, KeyError) as exc:
            raise ResourceError(f"data/plover/triggers.jsonl:{number}: {exc}") from None
        rules.triggers.setdefault((t.lemma, t.pos), []).append(t)
    for entries in rules.triggers.values():
        entries.sort(key=lambda t: -t.specificity)
    rules.verb_lemmas = frozenset({lemma for lemma, pos in rules.triggers if pos == "VERB"} |
                                  {w for v in rules.cues.values() if isinstance(v, frozenset) for w in v})
    # the schema version names the keys; the digest names the entries, which change within v1
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:8]
    rules.version = f"{rules.version}@{digest}+{rules.cues.get('version', 'status_cues')}+{rules.calibration.version}"
    return rules


@dataclass(frozen=True, slots=True)
class DocContext:
    """What the coder needs from earlier stages, indexed by token. `actor_kinds` maps an actor id to
    its kind (state, military, armed_group...), `actor_countries` to its country, where known."""

    doc_id: str
    published: str | None
    actor_at: dict[int, LinkedMention]
    place_at: dict[int, PlaceMention]
    times: tuple[TimeRef, ...]
    actor_kinds: dict[str, str] = field(default_factory=dict)
    actor_countries: dict[str, str | None] = field(default_factory=dict)

    def kind_of(self, actor: str | None) -> str | None:
        if actor is None:
            return None
        if actor in self.actor_kinds:
            return self.actor_kinds[actor]
        if actor in SECTOR_KINDS:
            return SECTOR_KINDS[actor]
        head, _, sector = actor.partition("-")
        if sector and sector in SECTOR_KINDS:
            return SECTOR_KINDS[sector]
        if len(actor) == 3 and actor.isupper():
            return "state"
        return None

    def country_of(self, actor: str | None) -> str | None:
        if actor is None:
            return None
        if actor in self.actor_countries:
            return self.actor_countries[actor]
        head, _, _ = actor.partition("-")
        return head if len(head) == 3 and head.isupper() else None


# --- candidates ---------------------------------------------------------------------------------

@dataclass(eq=False)
class Candidate:
    """A trigger found in a sentence, and what the sentence's other triggers do to it."""

    token: object
    trigger: Trigger
    type: str
    dropped: str | None = None
    governor: "Candidate | None" = None
    governor_edge: str | None = None
    forced_status: tuple | None = None  # (status, claimant, why) from a governing event
    extra_source: list = field(default_factory=list)
    extra_target: list = field(default_factory=list)
    extra_places: list = field(default_factory=list)
    merged: list = field(default_factory=list)
    folded_into: "Candidate | None" = None
    light_verb: object = None
    ignore: set = field(default_factory=set)  # words that do not govern it (a denial said after a comma)

    @property
    def alive(self) -> bool:
        return self.dropped is None

    @property
    def is_verb(self) -> bool:
        return self.token.pos_ in {"VERB", "AUX"}


def code_events(doc, rules: Rules, ctx: DocContext) -> tuple[Event, ...]:
    """The document's events, one per trigger and place, repeated sayings merged."""
    _repair_lemmas(doc, rules)
    raw: list[Event] = []
    for sent in doc.sents:
        raw.extend(_code_sentence(sent, rules, ctx))
    return _merge_repeats(raw)


def _repair_lemmas(doc, rules: Rules) -> None:
    """The small model lemmatises "staged" as "stag": a verb form whose lemma plus "e" is a word the
    rules know, and whose lemma is not, takes that lemma (in place, on the shared doc)."""
    known = rules.verb_lemmas
    for t in doc:
        if t.tag_ in {"VBD", "VBN", "VBG"} and t.lemma_ not in known and t.lemma_ + "e" in known:
            t.lemma_ = t.lemma_ + "e"


def _code_sentence(sent, rules: Rules, ctx: DocContext) -> list[Event]:
    cands: dict[int, Candidate] = {}
    named = _inside_names(sent)
    for token in sent:
        if token.i in ctx.actor_at or token.i in ctx.place_at or token.i in named:
            continue
        trigger = _match_trigger(token, rules, ctx)
        if trigger is not None and not _is_attributive(token, trigger) and not _describes_actor(token, trigger, ctx):
            cands[token.i] = Candidate(token, trigger, trigger.type)
    if not cands:
        return []
    denier = _relate(cands, sent, rules, ctx)
    events: list[Event] = []
    for c in sorted(cands.values(), key=lambda c: c.token.i):
        if c.alive:
            events.extend(_events_for(c, sent, rules, ctx))
    if denier is not None:
        # "..., an allegation the army denied": the act as its accuser tells it, and as denied
        events.extend(_denied_copy(e, denier, rules, sent.doc) for e in list(events)
                      if e.status in {"claimed", "reported"} and e.type != "ACCUSE")
    return events


def _inside_names(sent) -> set[int]:
    """Capitalised words inside a name the model found ("the Front for the Liberation of the
    Enclave of Cabinda", "the Peace and Security Council"): part of a name, never an event."""
    return {t.i for e in sent.ents if e.label_ in {"ORG", "FAC", "WORK_OF_ART", "LAW"} and len(e) > 1
            for t in e if t.text[:1].isupper() and t.i != e.start}


def _match_trigger(token, rules: Rules, ctx: DocContext) -> Trigger | None:
    if token.pos_ in {"VERB", "AUX"}:
        pos = "VERB"
    elif token.pos_ in {"NOUN", "PROPN"} or (token.pos_ == "ADJ" and token.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "conj"}):
        pos = "NOUN"
    else:
        return None
    for t in rules.triggers.get((token.lemma_.lower(), pos), ()):
        if _satisfies(token, t, ctx):
            return t
    return None


def _satisfies(token, t: Trigger, ctx: DocContext) -> bool:
    children = list(token.children)
    if t.forms and token.lower_ not in t.forms:
        return False
    if t.particle and not any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == t.particle for c in children):
        return False
    # a preposition of time ("called on Tuesday") is not the one a pattern names ("called on X")
    preps = [c for c in children if c.dep_ in {"prep", "prt", "agent", "advmod"} and not _temporal_prep(c)]
    preps += [g for c in preps for g in c.children if g.dep_ == "prep"]  # "pulled OUT OF": of under out
    if t.prep and not any(c.lower_ == t.prep for c in preps):
        return False
    if t.object and not _has_object(token, t, t.object, children, preps):
        return False
    if t.object_not and _has_object(token, t, t.object_not, children, preps):
        return False
    if t.prep_not and any(c.dep_ == "prep" and c.lower_ in t.prep_not for c in children):
        return False
    if t.modifier and not any(c.dep_ in {"amod", "compound", "nmod", "poss", "npadvmod", "advmod"} and
                              c.lemma_.lower() in t.modifier for c in children):
        return False
    complements = [c for c in children if c.dep_ in {"xcomp", "ccomp"}]
    if t.xcomp and not any(c.lemma_.lower() in t.xcomp for c in complements):
        return False
    if t.xcomp_not and any("*" in t.xcomp_not or c.lemma_.lower() in t.xcomp_not for c in complements):
        return False
    if t.agentive and not (token.dep_ in {"nsubj", "nsubjpass"} or
                           any(c.dep_ == "acl" and c.tag_ == "VBN" for c in children)):
        return False  # "a grenade thrown at", "the bomb exploded": not "bomb shelters", "fears of a bomb"
    if t.subject_kinds:
        subject = _subject_of(token)
        kinds = {ctx.kind_of(a.actor) for a in _actors_in(subject, ctx)} if subject is not None else set()
        if not kinds & set(t.subject_kinds):
            return False
    return True


def _temporal_prep(prep) -> bool:
    """Whether a preposition heads a date or time ("on Tuesday", "in March")."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def _has_object(token, t: Trigger, words, children, preps) -> bool:
    """The theme: the direct object (or passive subject, or the predicate noun of "taken
    prisoner"), the object of the entry's preposition, the noun a passive participle modifies ("the
    declaration signed by ..."), or what a measure noun counts ("11 trucks OF medicine")."""
    themes = [c for c in children if c.dep_ in {"dobj", "nsubjpass", "attr", "dative", "oprd"}]
    if t.prep:
        themes += [p for c in preps if c.lower_ == t.prep for p in c.children if p.dep_ == "pobj"]
    if (token.dep_ == "acl" and token.tag_ == "VBN") or (token.dep_ == "relcl" and not themes):
        themes.append(token.head)  # "the declaration signed by ...", "the drones Russia launched"
    themes += [x for c in themes for x in c.conjuncts]
    themes += [o for c in themes for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    if any(c.lemma_.lower() in words for c in themes):
        return True
    return token.dep_ == "compound" and token.head.lemma_.lower() in words


def _is_attributive(token, trigger: Trigger) -> bool:
    """A participle used as an adjective ("the besieged city", "Turkish-backed factions", "burning
    tyres") describes a thing; it does not report an event. An event noun used as a modifier of
    another noun ("detention centre", "displacement camp") names a thing too."""
    if token.pos_ in {"VERB", "AUX"} and token.dep_ == "amod":
        return not _verb_the_parse_lost(token)
    if trigger.type == "SUPPORT" and token.dep_ == "acl" and token.tag_ == "VBN":
        return True  # "M23 rebels backed by Rwandan troops": who they are, not what happened
    if trigger.type == "SANCTION" and token.dep_ == "acl" and token.tag_ == "VBN" and not _dated_or_done_by(token):
        return True  # "five men convicted of violent crimes": who they are; not "a reporter sentenced on Monday"
    return trigger.pos == "NOUN" and token.dep_ == "compound"


def _verb_the_parse_lost(token) -> bool:
    """"A military court in X sentenced the leader to life": the small model sometimes parses such a
    sentence with no verb, the court as its root and "sentenced" as an adjective of the leader. A
    past form that hangs, through nouns only, from a noun heading the clause and standing before it
    is that clause's lost verb."""
    if token.tag_ not in {"VBD", "VBN"}:
        return False
    t = token.head
    for _ in range(10):
        if t.pos_ in {"VERB", "AUX"}:
            return False
        if t.dep_ in {"ROOT", "ccomp"}:
            return t.pos_ in {"NOUN", "PROPN"} and t.i < token.i
        t = t.head
    return False


def _dated_or_done_by(verb) -> bool:
    """Whether a participle has an agent ("by the court") or a time of its own ("on Monday")."""
    return any(c.dep_ == "agent" or c.dep_ == "npadvmod" or (c.dep_ == "prep" and _temporal_prep(c))
               for c in verb.children)


def _describes_actor(token, trigger: Trigger, ctx: DocContext) -> bool:
    """"Pirates armed with AK-47s", "Burundian troops deployed in eastern Congo", "troops backing
    the coup": a participle after a named or generic actor says who they are. Not when it tells
    what was done to them ("protesters killed by the police", "soldiers freed by the ELN")."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ != "acl" or token.head.i not in ctx.actor_at:
        return False
    if token.sent.root.pos_ not in {"VERB", "AUX"}:
        return False  # a misparse that leaves the sentence no main verb: the participle is the predicate
    if any(c.dep_ == "agent" for c in token.children):
        return False
    if token.tag_ == "VBG":  # "troops backing the coup", "activists calling for reform"
        return trigger.type in {"SUPPORT", "REQUEST"}
    # (a SUPPORT participle "backed by" is already attributive whatever it follows)
    return token.tag_ == "VBN" and trigger.type in {"AID", "MOBILIZE", "PROTEST", "COOPERATE"}


# --- relations between candidates ----------------------------------------------------------------

def _relate(cands: dict[int, Candidate], sent, rules: Rules, ctx: DocContext) -> ActorRef | None:
    """Drops, merges and governs the sentence's candidates in place. Returns who denies the
    sentence's claims ("..., an allegation the group denied"), if anyone."""
    cues = rules.cues
    denier, ignore = _anaphoric_nouns(cands, sent, cues, ctx)
    for c in cands.values():
        c.ignore = ignore
    _light_verbs(cands, cues)
    _nested_same_type(cands)
    _link_governors(cands)
    _check_content_requirements(cands, rules, ctx)
    _link_governors(cands)
    _apply_content(cands, rules, ctx)
    _drop_ordered_content(cands, rules)
    _drop_describing_participles(cands)
    _drop_purpose_clauses(cands)
    _drop_elaborations(cands)
    _one_act_of_two_verbs(cands)
    _drop_effects_of_events(cands)
    _merge_outcomes(cands, rules, ctx)
    _drop_back_references(cands)
    _drop_acted_on_nouns(cands)
    _one_encounter(cands)
    return denier


def _one_encounter(cands) -> None:
    """"visited Grozny ... and held talks with Kadyrov": a visit and the talks held during it are one
    diplomatic encounter, coded once (the first verb)."""
    for c in cands.values():
        t = c.token
        if c.alive and c.is_verb and c.type == "CONSULT" and t.dep_ == "conj":
            first = cands.get(t.head.i)
            if first is not None and first.alive and first.type == "CONSULT" and first.is_verb:
                c.dropped = f"same encounter as '{t.head.text}'"
                first.merged.append(c)


def _drop_acted_on_nouns(cands) -> None:
    """"ambushed an army patrol", "attacked a police convoy": a deployment noun that an attack
    hits names what was hit, not a deployment the sentence reports. "suspended its strategic
    partnership", "ended its defence agreement": what a sanction or rejection stops is its object,
    not a second event."""
    for c in cands.values():
        t = c.token
        if not (c.alive and c.trigger.pos == "NOUN" and t.dep_ == "dobj"):
            continue
        head = cands.get(t.head.i)
        if head is None or not head.alive:
            continue
        if (head.type == "ASSAULT" and c.type in {"MOBILIZE", "COOPERATE"}) or \
                (head.type in {"SANCTION", "REJECT"} and c.type in {"AGREE", "COOPERATE", "CONSULT", "AID", "SUPPORT"}):
            c.dropped = f"what '{t.head.text}' acts on"
            head.merged.append(c)


DEFINITE = {"the", "this", "that", "these", "those"}


def _drop_back_references(cands) -> None:
    """"clashed ..., each side blaming the other for starting the fighting", "launched 320
    rockets, calling the barrage ...": a definite event noun of the same type as another event of
    the sentence names that event again; it is not a second one."""
    alive = [c for c in sorted(cands.values(), key=lambda c: c.token.i) if c.alive]
    for c in alive:
        t = c.token
        if c.trigger.pos != "NOUN" or c.light_verb is not None or c.merged:
            continue
        if not any(x.dep_ == "det" and x.lower_ in DEFINITE for x in t.children):
            continue
        if any(x.dep_ in {"poss", "relcl", "acl", "amod", "compound"} and x.pos_ in {"PROPN", "NOUN", "PRON", "VERB"}
               for x in t.children):
            continue  # "the Russian-led offensive", "the attack that killed": told afresh
        other = next((o for o in alive if o is not c and o.alive and o.type == c.type and o.token.i < t.i), None)
        if other is not None:
            c.dropped = f"refers back to '{other.token.text}'"


def _anaphoric_nouns(cands, sent, cues, ctx) -> tuple[ActorRef | None, set]:
    """", an allegation the group denied", ", claims the ministry called baseless": a noun after a
    comma that stands for the clause before it is that clause said again, not a new event; a denial
    after it denies the sentence's claims. Read from the words, since the parser rarely attaches
    such an apposition where it belongs. Returns the denier and the tokens to ignore as governors."""
    nouns = cues.get("anaphoric_nouns", frozenset())
    denials = cues.get("denial_verbs", frozenset()) | cues.get("dismissal_verbs", frozenset())
    words = list(sent)
    for n, t in enumerate(words):
        if t.lower_ not in nouns or t.pos_ not in {"NOUN", "PROPN", "VERB"}:
            continue
        before = [w for w in words[max(0, n - 2):n]]
        if not before or not (before[-1].text == "," or (before[-1].lower_ in {"a", "an", "the"} and len(before) == 2
                                                          and before[0].text == ",")):
            continue
        if t.i in cands:
            cands[t.i].dropped = "said again (apposition)"
        tail = words[n + 1:]
        verb = next((w for w in tail if w.lemma_.lower() in denials and
                     (w.lemma_.lower() in cues.get("denial_verbs", ()) or w.lemma_.lower() != "call" or _dismisses(w, cues))), None)
        if verb is None:
            continue
        for w in tail:
            if w.i in cands:
                cands[w.i].dropped = "part of a denial"
        between = [w for w in tail if w.i < verb.i]
        actors = [ctx.actor_at[w.i] for w in between if w.i in ctx.actor_at]
        denier = ActorRef(actors[0].actor, actors[0].text) if actors else \
            (ActorRef(None, sent.doc[between[0].i:between[-1].i + 1].text) if between else None)
        return denier, {w.i for w in tail}
    return None, set()


def _dismisses(verb, cues) -> bool:
    """"a claim the ministry called baseless": calling a claim false is denying it."""
    words = cues.get("dismissal_complements", frozenset())
    return any(x.lower_ in words for x in verb.doc[verb.i + 1:min(len(verb.doc), verb.i + 5)])


def _light_verbs(cands, cues) -> None:
    """"imposed sanctions", "held talks": a verb whose required object is an event noun is one event
    with it (the verb's entry wins); "launched an offensive", "ordered the killing": a light verb
    only carries the noun's event (the noun wins and takes the verb's subject)."""
    light = cues.get("light_verbs", frozenset())
    for c in list(cands.values()):
        if not c.alive or not (c.is_verb or c.trigger.object):
            continue  # a noun with a required object merges it too: "the termination of the treaty"
        for noun in _objects(c.token):
            n = cands.get(noun.i)
            if n is None or not n.alive or n.trigger.pos != "NOUN":
                continue
            if c.type == "THREATEN" and n.type != "THREATEN":
                continue  # "threatened new strikes": the threat, and the strikes it threatens (hypothetical)
            if c.trigger.object and noun.lemma_.lower() in c.trigger.object:
                n.dropped = f"object of '{c.token.text}'"
                c.merged.append(n)
                if n.trigger.modifier and n.type != c.type:
                    c.type = n.type  # "imposed VISA restrictions": the noun's narrower sense decides
            elif c.is_verb and c.token.lemma_.lower() in light and not c.trigger.object and noun.dep_ in {"dobj", "nsubjpass"}:
                c.dropped = f"light verb of '{noun.text}'"
                n.extra_source.append(c)
                n.light_verb = c.token


def _objects(verb):
    out = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
    for p in (c for c in verb.children if c.dep_ in {"prep", "prt"}):
        out += [x for x in p.children if x.dep_ == "pobj"]
        out += [x for g in p.children if g.dep_ == "prep" for x in g.children if x.dep_ == "pobj"]
    return out + [x for o in out for x in o.conjuncts]


def _nested_same_type(cands) -> None:
    """An event noun inside the phrase of a same-type event is that event ("met ... for a new round
    of talks", "held talks ..., the first such visit", "talks under Qatari mediation"); an event
    before or after it ("after clashes with ...") is another."""
    for c in cands.values():
        if not c.alive or c.trigger.pos != "NOUN":
            continue
        t = c.token
        for _ in range(4):
            # "fired tear gas and rubber bullets", "arson and bomb attacks": coordinated nouns share a phrase
            coordinated = t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ == "NOUN"
            if not coordinated and (t.head == t or t.dep_ in {"relcl", "ccomp", "xcomp", "advcl", "conj", "nsubj",
                                                                "nsubjpass", "csubj"}):
                break
            if t.dep_ == "prep" and t.lower_ not in NESTING_PREPS:
                break
            t = t.head
            other = cands.get(t.i)
            if other is not None and other.alive:
                if other.type == c.type and not (other.trigger.outcome and other.is_verb):
                    c.dropped = f"part of '{t.text}'"
                    other.merged.append(c)
                break


def _ancestors(token, limit: int = 10):
    """(head, the dep of the child through which it is reached) up to the root."""
    t = token
    for _ in range(limit):
        if t.head == t:
            return
        yield t.head, t.dep_
        t = t.head


def _link_governors(cands) -> None:
    """Each candidate's nearest governing candidate and the edge from it."""
    for c in cands.values():
        c.governor = c.governor_edge = None
        for head, edge in _ancestors(c.token):
            g = cands.get(head.i)
            if g is not None and (g.alive or g.dropped.startswith("content")):
                c.governor, c.governor_edge = g, edge
                break


def _check_content_requirements(cands, rules, ctx) -> None:
    """A trigger with `content` ("warned that ... would launch") stands only when its complement
    holds an event of those types by its own side; "analysts warn that strikes could..." is a
    forecast, not a threat."""
    for c in cands.values():
        if not c.alive or not c.trigger.content:
            continue
        source = _source_ids(c, rules, ctx)
        ok = c.trigger.type == "THREATEN" and _threatens_consequences(c.token, rules)
        for d in cands.values():
            if d.governor is c and d.alive and d.governor_edge in {"ccomp", "xcomp"} and d.type in c.trigger.content:
                if _same_side(d, source, rules, ctx):
                    ok = True
        if not ok:
            c.dropped = "no act of its own in its content"


def _threatens_consequences(token, rules) -> bool:
    """"warned that they would pay a price", "would face stern action", "would be held accountable":
    a complement that promises consequences to someone is a threat, though it names no act."""
    phrases = rules.cues.get("consequence_phrases", {})
    held = set(rules.cues.get("held_to_account_words", ()))
    for clause in (c for c in token.children if c.dep_ in {"ccomp", "xcomp"}):
        objects = {o.lemma_.lower() for o in clause.children if o.dep_ == "dobj"}
        if objects & set(phrases.get(clause.lemma_.lower(), ())):
            return True
        if clause.lemma_.lower() == "hold" and any(o.lower_ in held for o in clause.children
                                                   if o.dep_ in {"oprd", "acomp", "xcomp", "advmod"}):
            return True
    return False


def _same_side(d: Candidate, source: set, rules, ctx) -> bool:
    if d.is_verb and any(c.dep_ == "nsubjpass" for c in d.token.children) and \
            not any(c.dep_ == "agent" for c in d.token.children):
        return True  # "warned that organisers would be arrested": by the warner's side, unnamed
    subject = _subject_of(d.token) if d.is_verb else None
    if subject is None:
        return True
    if subject.tag_ in {"PRP"} or any(x.tag_ == "PRP$" for x in subject.children):
        return True
    theirs = {a.actor for a in _actors_in(subject, ctx)}
    if theirs & source:
        return True
    countries = {ctx.country_of(a) for a in source} - {None}
    return bool(countries & ({ctx.country_of(a) for a in theirs} - {None}))


def _source_ids(c: Candidate, rules, ctx) -> set:
    return {a.actor for a in _roles(c, rules, ctx)[0]}


def _apply_content(cands, rules, ctx) -> None:
    """The content of another event takes its status from it. A threat's content is hypothetical;
    a request's, refusal's or commitment's content is not coded again (a commitment to a concession
    is that concession, announced); the content of an accusation ("accused X of killing") is
    claimed by the accuser."""
    for c in sorted(cands.values(), key=lambda c: _depth(c.token)):
        g = c.governor
        if g is None or not c.alive:
            continue
        edge = c.governor_edge
        if not g.alive:
            if g.dropped.startswith("content") and edge in CONTENT_EDGES:
                c.dropped = f"content of '{g.token.text}'"
            continue
        if g.type == "REQUEST" and edge in CONTENT_EDGES:
            c.dropped = f"content of request '{g.token.text}'"
        elif g.type == "REJECT" and edge in CONTENT_EDGES and (c.is_verb or edge not in {"dobj", "prep"}):
            c.dropped = f"content of refusal '{g.token.text}'"
        elif g.type == "PROTEST" and c.type in {"REQUEST", "ACCUSE"} and edge in {"advcl", "conj", "xcomp"}:
            c.dropped = f"voiced at the protest '{g.token.text}'"
            g.merged.append(c)
        elif g.type == "AGREE" and edge in CONTENT_EDGES:
            if c.type in FUTURE_AS_CONCEDE and g.is_verb and c.is_verb:
                c.type = "CONCEDE"
                c.forced_status = ("asserted", None, f"committed by '{g.token.text}'")
                g.dropped = f"concession stated by '{c.token.text}'"
                c.extra_source.append(g)
            else:
                c.dropped = f"content of commitment '{g.token.text}'"
        elif g.type == "THREATEN" and edge in {"ccomp", "xcomp", "dobj"}:
            c.forced_status = ("hypothetical", None, f"threatened ('{g.token.text}')")
            c.extra_source.append(g)
        elif g.type == "ACCUSE" and not _relative_clause_on_path(c.token, g.token) and (
                edge in {"prep", "pcomp", "conj"} and _via_prep(c.token, g.token) in ACCUSATION_PREPS or
                edge == "dobj" and _prep_on_path(c.token, g.token) in ACCUSATION_PREPS):
            # "accused X of killing", "charged with the murder of", also with "of" parsed under X
            # ("accused [officers of firing]")
            source, target = _roles(g, rules, ctx)
            c.forced_status = ("claimed", source[0] if source else None, f"alleged by '{g.token.text}'")
            c.extra_source.extend(target)


def _path_to(token, governor) -> list:
    """`token` and its heads up to, not including, `governor` (or up to the root)."""
    path, t = [token], token
    while t.head != t and t.head != governor:
        t = t.head
        path.append(t)
    return path


def _via_prep(token, governor) -> str | None:
    """The preposition just below `governor` on the way up from `token`, if that is one."""
    t = _path_to(token, governor)[-1]
    # "accusing its neighbour of hostile acts and of backing ...": the second "of" is parsed as a conjunct
    return t.lower_ if t.dep_ == "prep" or (t.dep_ == "conj" and t.pos_ == "ADP") else None


def _relative_clause_on_path(token, governor) -> bool:
    """"a manhunt for the gunmen who attacked the checkpoint": a relative clause says who the
    accused are, as fact; it is not what they are accused of."""
    return any(t.dep_ == "relcl" for t in _path_to(token, governor))


def _prep_on_path(token, governor) -> str | None:
    """The first preposition met going up from `token` to `governor`."""
    return next((t.lower_ for t in _path_to(token, governor) if t.dep_ == "prep"), None)


def _depth(token) -> int:
    return sum(1 for _ in _ancestors(token, 20))


def _drop_describing_participles(cands) -> None:
    """"large-scale drills encircling Taiwan", "a drill simulating an attack": a present participle
    on an event noun says what that event was like; a past participle on the doer of an act of its
    type says how the doer came; neither is an event of its own."""
    for c in cands.values():
        t = c.token
        if c.alive and c.is_verb and t.tag_ == "VBG" and t.dep_ == "acl":
            host = cands.get(t.head.i)
            if host is not None and host.alive and host.trigger.pos == "NOUN":
                c.dropped = f"describes '{t.head.text}'"
                host.merged.append(c)
        elif c.alive and c.type == "ACCUSE" and _says_who_they_are(t):
            # "arrested a student accused of hacking the website": who the student is; what he is
            # accused of stays claimed (its status was set by this accusation, before the drop)
            c.dropped = f"says who '{t.head.text}' are"
        elif c.alive and c.is_verb and t.tag_ == "VBN" and t.dep_ == "acl" and t.head.dep_ in {"nsubj", "nsubjpass"}:
            # "a drone launched from Ukraine had destroyed a helicopter": how the attacker came
            host = cands.get(t.head.head.i)
            if host is not None and host.alive and host.type == c.type:
                c.dropped = f"describes the doer of '{host.token.text}'"
                host.merged.append(c)


def _says_who_they_are(participle) -> bool:
    """A past participle of accusing right after the noun it modifies, with no doer, subject or date
    of its own: "demonstrators accused of burning", "six men suspected of"; not "a general accused
    by the UN", "appeared in court on Wednesday charged with", "an attack police blamed on X"."""
    return (participle.tag_ == "VBN" and participle.dep_ == "acl" and participle.i == participle.head.i + 1
            and participle.head.pos_ == "NOUN" and not _dated_or_done_by(participle)
            and any(c.dep_ == "prep" and c.lower_ in ACCUSATION_PREPS for c in participle.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in participle.children))


def _drop_ordered_content(cands, rules: Rules) -> None:
    """"ordered the armed forces to neutralise them", "voted to let the government suspend": what
    an order or a permission tells someone to do has not been done; the order is the event. Only
    with the addressee named: "were not allowed to visit" still tells of a visit that did not happen.
    A participle of result is no order: "..., allowing the rebels to capture the base" tells what followed."""
    verbs = rules.cues.get("order_verbs", ())
    for c in cands.values():
        if not c.alive or not c.is_verb:
            continue
        t = c.token
        while t.dep_ in {"xcomp", "ccomp"} and t.head.lemma_.lower() not in verbs:
            t = t.head  # "ordered units to be fully prepared to open fire"
        governor = t.head
        if governor.tag_ == "VBG" and governor.dep_ == "advcl":
            continue  # "the garrison surrendered, allowing the rebels to capture the base": a result, done
        if t.dep_ in {"xcomp", "ccomp"} and governor.lemma_.lower() in verbs and (
                any(x.dep_ == "dobj" for x in governor.children) or any(x.dep_ == "nsubj" for x in t.children)):
            c.dropped = f"content of the order '{governor.text}'"


def _drop_purpose_clauses(cands) -> None:
    """"redeployed outside the city to protect civilians": an infinitive of purpose states an aim,
    not an event."""
    for c in cands.values():
        t = c.token
        if not c.alive or not c.is_verb or t.dep_ != "advcl":
            continue
        if _infinitive(t) and not any(x.dep_ == "mark" for x in t.children):
            c.dropped = "purpose clause"


def _drop_elaborations(cands) -> None:
    """"imposed sanctions on the generals, freezing their assets": a participle with no subject of
    its own that codes the same sanction as the clause it hangs from states its terms. Only for
    sanctions: "attacked a school ..., abducting six" and "charged the leader ..., accusing his
    forces of ..." are two acts each in the dev files."""
    for c in cands.values():
        t = c.token
        if not c.alive or not c.is_verb or c.type != "SANCTION" or t.tag_ != "VBG" or t.dep_ != "advcl":
            continue
        if any(x.dep_ in {"nsubj", "nsubjpass", "mark"} for x in t.children):
            continue
        host = cands.get(t.head.i)
        if host is not None and host.alive and host.type == c.type:
            c.dropped = f"says how '{host.token.text}' was done"
            host.merged.append(c)


def _drop_effects_of_events(cands) -> None:
    """"a nationwide strike that shut down airports": a weak verb whose doer is an event of another
    type tells what that event did; it has no actor and is no act of its own."""
    for c in cands.values():
        t = c.token
        if not c.alive or not c.is_verb or not c.trigger.weak:
            continue
        subjects = _active_subjects(t)
        doer = cands.get(subjects[0].i) if subjects else None
        if doer is not None and doer.alive and doer.trigger.pos == "NOUN" and doer.type != c.type:
            c.dropped = f"what '{doer.token.text}' did"


def _active_subjects(verb) -> list:
    """The active subjects of `verb`; a relative pronoun stands for the noun its clause modifies
    ("the strike that shut down airports": the strike)."""
    return [verb.head if s.tag_ == "WDT" and verb.dep_ == "relcl" else s for s in verb.children if s.dep_ == "nsubj"]


def _one_act_of_two_verbs(cands) -> None:
    """"shot and stabbed six villagers": two verbs of one type and form sharing one object (the
    first has none of its own) and one subject are one act, coded once with the first verb."""
    for c in cands.values():
        t = c.token
        if not c.alive or not c.is_verb or t.dep_ != "conj" or any(x.dep_ in {"nsubj", "nsubjpass"} for x in t.children):
            continue
        first = cands.get(t.head.i)
        if first is None or not first.alive or first.type != c.type or first.token.tag_ != t.tag_:
            continue  # "shot and stabbed", not "burned ..., and abducting six others"
        if not any(x.dep_ == "dobj" for x in t.children) or any(x.dep_ in {"dobj", "nsubjpass"} for x in first.token.children):
            continue
        if not any(x.i > first.token.i and x.i < t.i and x.dep_ == "cc" for x in first.token.children):
            continue  # "shelled, then stormed the village" keeps two acts; only "X and Y" joins them
        c.dropped = f"one act with '{first.token.text}'"
        first.merged.append(c)


def _merge_outcomes(cands, rules, ctx) -> None:
    """One attack, one event: its outcome ("..., killing six people") and its manner (", opening
    fire on staff") fold into it, and a weak verb whose subject is the attack ("the strikes hit
    targets in ...") only says where it struck."""
    alive = [c for c in sorted(cands.values(), key=lambda c: c.token.i) if c.alive]
    host_of: dict[int, Candidate] = {}  # token index of a folded outcome -> its attack
    for c in alive:
        if not c.alive or c.type != "ASSAULT" or not c.is_verb:
            continue
        host = None
        t = c.token
        if c.trigger.outcome or t.tag_ == "VBG":
            links = {"advcl", "conj", "xcomp"} if c.trigger.outcome else {"advcl"}
            for head, edge in _ancestors(t, 3):
                if edge not in links:
                    break
                if head.i in host_of:  # "... that killed a woman and wounded nine others"
                    host = host_of[head.i]
                    break
                h = cands.get(head.i)
                if h is None and c.trigger.outcome:  # "carried out airstrikes on ..., killing 40": the attack its verb carries
                    h = next((a for a in map(_attack_noun, (cands.get(o.i) for o in _objects(head))) if a), None)
                if (h is None or not h.alive or h.type != "ASSAULT") and c.trigger.outcome:
                    h = _attack_subject(head, cands)
                if h is not None and h.alive and h.type == "ASSAULT" and h is not c:
                    host = h  # "the strike flattened a building, killing 20": the strike's outcome
                    break
        if host is None and (c.trigger.outcome or c.trigger.weak):
            # "the ambush had killed four fighters", "the strikes hit targets in ..."
            host = _attack_subject(t, cands)
        if host is None and c.trigger.outcome:
            host = _attack_in_when_clause(t, cands)
        if host is None and c.trigger.outcome and t.dep_ == "relcl":
            host = _attack_holding(t.head, cands)  # "the bombing that killed 25 recruits"
        if host is None and c.trigger.outcome and t.dep_ == "ccomp" and t.head.dep_ == "relcl":
            host = _attack_holding(t.head.head, cands)  # "an attack ... that it said had killed nine"
        if host is None and c.trigger.outcome:
            host = _attack_named_by(c, cands, ("in",))
            if host is not None:
                host.extra_source.append(c)
        if host is None and c.trigger.outcome and _has_no_agent_of_its_own(c, cands):
            earlier = [h for h in alive if h.alive and h.type == "ASSAULT" and h.token.i < t.i and not h.trigger.outcome]
            host = earlier[-1] if earlier else None
        if host is not None:
            c.dropped = f"folded into '{host.token.text}'"
            host.merged.append(c)
            host_of[t.i] = host


def _attack_in_when_clause(verb, cands) -> Candidate | None:
    """"12 people were killed and 30 wounded when a suicide bomber blew himself up": the attack told
    in a when/as/after clause of the outcome verb or of a verb coordinated with it."""
    for v in (verb, *verb.conjuncts):
        for clause in v.children:
            if clause.dep_ != "advcl" or not any(m.dep_ in {"mark", "advmod"} and m.lower_ in {"when", "as", "after"}
                                                 for m in clause.children):
                continue
            h = cands.get(clause.i)
            if h is not None and h.alive and h.type == "ASSAULT" and not h.trigger.outcome:
                return h
            h = _attack_subject(clause, cands)  # "... wounded when a roadside bomb went off"
            if h is not None:
                return h
    return None


def _attack_noun(h: Candidate | None) -> Candidate | None:
    """The candidate when it is a live attack named by a noun ("the strike", "the ambush")."""
    return h if h is not None and h.alive and h.type == "ASSAULT" and h.trigger.pos == "NOUN" else None


def _attack_holding(noun, cands) -> Candidate | None:
    """The attack noun whose phrase holds `noun`: the attack itself, or the attack whose place or
    day it is ("an attack on a market on Friday that killed two")."""
    for _ in range(5):
        h = _attack_noun(cands.get(noun.i))
        if h is not None or noun.dep_ not in {"pobj", "prep", "npadvmod", "appos", "compound"}:
            return h
        noun = noun.head
    return None


def _attack_subject(verb, cands) -> Candidate | None:
    """The attack noun that is the subject of `verb` ("the strike had killed ...")."""
    subject = next((x for x in verb.children if x.dep_ in {"nsubj", "nsubjpass"}), None)
    return _attack_noun(cands.get(subject.i)) if subject is not None else None


def _attack_named_by(c: Candidate, cands, preps) -> Candidate | None:
    """The attack noun after one of `preps` on the outcome verb, or on its object or instrument
    ("killed 18 civilians with machetes in raids on villages")."""
    holders, frontier = [c.token], [c.token]
    for _ in range(4):  # down through objects and prepositional phrases, not into other clauses
        frontier = [x for h in frontier for x in h.children if x.dep_ in {"dobj", "prep", "pobj"}]
        holders += [x for x in frontier if x.dep_ != "prep"]
    for p in (p for h in holders for p in h.children):
        if p.dep_ == "prep" and p.lower_ in preps:
            for o in p.children:
                h = _attack_noun(cands.get(o.i))
                if h is not None:
                    return h
    return None


def _has_no_agent_of_its_own(c: Candidate, cands) -> bool:
    """"saying it had killed three soldiers", "five fighters were killed": an outcome with no
    named perpetrator of its own belongs to the attack before it."""
    t = c.token
    subject = next((x for x in t.children if x.dep_ == "nsubj"), None)
    if any(x.dep_ == "agent" for x in t.children):
        return False
    if subject is None:  # "five fighters were killed", "students hacked to death"
        return any(x.dep_ == "nsubjpass" for x in t.children) or (t.dep_ == "acl" and t.tag_ == "VBN")
    return subject.tag_ == "PRP"


# --- events --------------------------------------------------------------------------------------

def _events_for(c: Candidate, sent, rules: Rules, ctx: DocContext) -> list[Event]:
    token, trigger = c.token, c.trigger
    source, target = _roles(c, rules, ctx)
    places = _places(c, ctx, rules)
    if trigger.weak and not _corroborated(c, source, target, places, sent, rules, ctx):
        return []
    if _framing(c, rules) or _background(c, rules) or _habitual(token, rules) or _told_as_history(c, ctx) \
            or _comparison(token) or _told_in_a_document(token, rules) or _disaster(c, rules):
        return []
    if trigger.needs_target and not any(r.actor for r in target):
        return []  # "called the reports baseless" names no one called
    if trigger.place_object and not _object_is_place(c, ctx, rules):
        return []  # "took the vessel", "took over street patrols": no ground changes hands
    status, claimant, why = c.forced_status or _status(token, rules, ctx, c.ignore)
    if status == "negated" and token.lemma_.lower() in rules.cues.get("possibility_governors", ()):
        return []  # "have not ruled out talks" rejects nothing: the talks are possible
    if not source and claimant is not None and claimant.actor and why.startswith("claimed") and _claims_it(token, rules):
        source = (claimant,)
    etype = c.type
    mode_override = None
    if etype == "ASSAULT" and _crowd_violence(c, source, rules, ctx):
        # PLOVER: a riot is collective civilian dissent; the crowd is the source, the rest its target
        etype, mode_override = "PROTEST", ("riot",)
        crowd = tuple(a for a in source if _is_crowd(a.text, rules))
        target = tuple(a for a in source if a not in crowd) + tuple(target)
        source = crowd or source
    elif etype == "PROTEST" and _forces_obstruct(c, source, ctx):
        etype, mode_override = "COERCE", ("restrict",)
    elif etype == "COERCE" and "seize" in trigger.mode and c.is_verb and \
            (doer := _doer_of(_subject_of(token))) is not None and _crowd_word(doer, rules):
        etype, mode_override = "PROTEST", ("obstruct",)  # "thousands of protesters occupied the airport"
    if status == "hypothetical" and why == "future":
        if etype in FUTURE_AS_AGREE or (etype == "MOBILIZE" and _sent_abroad(source, places, ctx)):
            etype, status, why = "AGREE", "asserted", "future commitment coded as AGREE"
        elif etype in FUTURE_AS_CONCEDE:
            etype, status, why = "CONCEDE", "asserted", "announced future concession coded as CONCEDE"
    elif why.startswith("decided") and etype in FUTURE_AS_CONCEDE:
        etype = "CONCEDE"
    if why.startswith("the speaker's own act") and claimant is not None and claimant.actor:
        source = (claimant,)  # "Amnesty said ... and demanded an inquiry": Amnesty demanded
    if status in {"asserted", "hypothetical"}:
        claimant = None
    date = _date(token, sent, ctx)
    evidence = evidence_of(sent)
    span = _trigger_span(c, rules.cues.get("measure_nouns", frozenset()))
    mode = mode_override or (trigger.mode if etype == trigger.type else ())
    role = trigger_role(token.doc, span)
    out = []
    for place in places or [None]:
        reason = _reason(span.text, etype, status, why, source, target, place)
        out.append(Event(
            id=f"{ctx.doc_id}-ev{token.idx}" + (f"-{place.start}" if place is not None else ""),
            type=etype, mode=mode, context=trigger.context, status=status,
            confidence=_confidence(rules, trigger, etype, status, source, target, place, role),
            rule=trigger.name, reason=reason, trigger=span, source=source, target=target, claimant=claimant,
            place=PlaceRef(_place_id(ctx, place), place.entry.name, round(place.entry.lat, 5), round(place.entry.lon, 5)) if place else None,
            date=date, evidence=evidence))
    if status in {"reported", "claimed"}:
        denier = _report_denied_by(token, rules, ctx)
        if denier is not None:  # "officials denied a report that ...": the report's act, and its denial
            out += [_denied_copy(e, denier, rules, token.doc) for e in out]
    return out


def _sent_abroad(source, places, ctx: DocContext) -> bool:
    """"Kenya will send another 600 officers to Haiti": forces promised to another country are a
    commitment to it (AGREE), not a deployment at home."""
    import pycountry

    homes = set()
    for a in source:
        code = ctx.country_of(a.actor)
        country = pycountry.countries.get(alpha_3=code) if code and len(code) == 3 else None
        homes.add(country.alpha_2 if country is not None else code)
    homes.discard(None)
    return bool(homes) and any(p.entry.country and p.entry.country not in homes for p in places)


def _is_crowd(words: str, rules: Rules) -> bool:
    """Whether a phrase ends in a crowd noun, singular or plural ("Ethnic Serb protesters")."""
    last = words.split()[-1].lower() if words.strip() else ""
    crowd = rules.cues.get("crowd_nouns", ())
    return last in crowd or last.rstrip("s") in crowd


def _crowd_violence(c: Candidate, source, rules: Rules, ctx: DocContext) -> bool:
    """Whether an attack is done by a civilian crowd ("protesters attacked the embassy"), and by
    no armed actor beside it."""
    subject = _subject_of(c.token) if c.is_verb else None
    if subject is not None:  # the doer decides: "protesters clashed with peacekeepers", not "soldiers clashed with protesters"
        doer = _doer_of(subject)
        return doer is not None and _crowd_word(doer, rules)  # "protesters were beaten": the crowd suffered it
    return any(_is_crowd(a.text, rules) for a in source) and \
        not any(ctx.kind_of(a.actor) in {"military", "armed_group"} for a in source)


def _doer_of(subject):
    """The word for who did a verb's act, from its subject (`_subject_of`): the subject itself, or
    in the passive the agent (None when the passive names none, or there is no subject)."""
    if subject is not None and subject.dep_ == "nsubjpass":
        return next((o for a in subject.head.children if a.dep_ == "agent" for o in a.children
                     if o.dep_ == "pobj"), None)
    return subject


def _crowd_word(word, rules: Rules) -> bool:
    """"protesters", "Ethnic Serb protesters", "hundreds of young protesters"."""
    if word.lemma_.lower() in rules.cues.get("crowd_nouns", ()) or _is_crowd(word.text, rules):
        return True
    counted = [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in rules.cues.get("crowd_nouns", ()) for o in counted)


def _forces_obstruct(c: Candidate, source, ctx: DocContext) -> bool:
    """"police set up roadblocks", "troops blocked the highway": obstruction by state forces
    restricts movement (COERCE); by a crowd it is a protest."""
    return "obstruct" in c.trigger.mode and bool(source) and \
        all(ctx.kind_of(a.actor) in {"military", "police"} for a in source)


def _denied_copy(e: Event, denier: ActorRef, rules: Rules, doc) -> Event:
    """The same act, as denied by the other side: "..., a claim the army dismissed"; its confidence
    is that of a negated event."""
    return replace(e, id=e.id + "-denied", status="negated", claimant=denier,
                   confidence=_confidence(rules, rules.trigger_named(e.rule), e.type, "negated", e.source, e.target,
                                          e.place, trigger_role(doc, e.trigger)),
                   reason=e.reason.rsplit(";", 1)[0] + f"; negated: denied by {denier.text}")


def _confidence(rules: Rules, trigger: Trigger, etype: str, status: str, source, target, place, role: str) -> float:
    """The calibrated chance that the event's type is right (docs in calibration.json)."""
    calibration = rules.calibration
    if not calibration.weights:
        return _uncalibrated(status, source, target, place)
    features = calibration_features(trigger, etype, status, source, target, place, role, calibration.prior(trigger))
    return round(calibration.probability(features), 3)


def _claims_it(token, rules) -> bool:
    """Whether an event noun is what a claim verb claims ("claimed the attack", "claimed
    responsibility for the attack"), so that the claimant is its perpetrator."""
    claims = set(rules.cues.get("claim_verbs", ()))
    t = token
    for _ in range(4):
        if t.head == t:
            return False
        if t.head.lemma_.lower() in claims:
            return t.dep_ in {"dobj", "pobj", "prep"}
        if t.dep_ not in {"pobj", "prep", "dobj"}:
            return False
        t = t.head
    return False


def _place_id(ctx: DocContext, place: PlaceMention) -> str:
    first = min(m.start for m in ctx.place_at.values() if m.entry.gid == place.entry.gid)
    return f"{ctx.doc_id}-pl{first}"


def _object_is_place(c: Candidate, ctx: DocContext, rules: Rules) -> bool:
    """Whether the verb's object (its subject when passive) is ground: a place the document
    resolves, or an area or ground noun ("the town", "an army base", "the oil field")."""
    token = c.token
    slots = ("nsubjpass",) if _is_passive(token) else ("dobj",)
    objects = [x for x in token.children if x.dep_ in slots]
    objects += [g for x in token.children if x.dep_ == "prt" for g in x.children if g.dep_ in slots]
    nouns = set(rules.cues.get("area_nouns", ())) | set(rules.cues.get("ground_nouns", ()))
    return any(o.lemma_.lower() in nouns or o.lower_ in nouns or _places_in(o, ctx, nouns) for o in objects)


def _corroborated(c: Candidate, source, target, places, sent, rules: Rules, ctx: DocContext) -> bool:
    """A weak trigger ("hit", "take", "talk") stands only with a corroborating cue: an armed or state
    actor in its roles, a weapon in its clause, or a place with a casualty word in its sentence."""
    if any(ctx.kind_of(a.actor) in CORROBORATING_KINDS for a in (*source, *target)):
        return True
    if any(not m.trigger.weak and m.type == c.type for m in c.merged):
        return True  # "beat and strangled him": one act, and "strangled" is no weak word
    if c.type == "PROTEST":  # "hundreds of people rallied", "relatives of the victims gathered"
        subject = _subject_of(c.token) if c.is_verb else None
        words = {subject.lemma_.lower(), *(x.lemma_.lower() for x in subject.subtree)} if subject is not None else set()
        if words & (set(rules.cues.get("crowd_nouns", ())) | set(rules.cues.get("people_nouns", ()))):
            return True
    if c.type == "ASSAULT" and c.is_verb and _done_to_people(c.token, rules):
        return True  # "no civilians had been harmed", "beat detainees": not "beat the champions"
    weapons = set(rules.cues.get("weapon_nouns", ()))
    clause = c.token if c.is_verb else (_governing_verb(c.token) or c.token)
    if any(t.lemma_.lower() in weapons for t in clause.subtree):
        return True
    casualties = set(rules.cues.get("casualty_words", ()))
    return bool(places) and any(t.lemma_.lower() in casualties for t in sent)


def _done_to_people(verb, rules: Rules) -> bool:
    """Whether the one a verb acts on (its object, or its subject in the passive) is people: a
    civilian, a detainee, a crowd."""
    people = (set(rules.cues.get("victim_nouns", ())) | set(rules.cues.get("people_nouns", ()))
              | set(rules.cues.get("crowd_nouns", ())))
    return any(x.lemma_.lower() in people for x in verb.children if x.dep_ in {"dobj", "nsubjpass"})


# --- roles ---------------------------------------------------------------------------------------

def _roles(c: Candidate, rules: Rules, ctx: DocContext) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    token, trigger = c.token, c.trigger
    used = {x.i for x in token.children if trigger.modifier and x.lemma_.lower() in trigger.modifier}
    if c.is_verb:
        passive = _is_passive(token)
        source = _slots(token, trigger.actor_via or ("nsubj", "agent"), passive, ctx, used)
        if not source and not passive:
            source = _speaker_for_pronoun(token, rules, ctx)
        target_via = trigger.target_via if trigger.target_via is not None else ("dobj", "dative")
        target = _slots(token, target_via, passive, ctx, used)
    else:
        source = _slots(token, trigger.actor_via, False, ctx, used) if trigger.actor_via is not None else \
            _noun_source(token, rules, ctx, used)
        if not source and any(x.dep_ == "poss" and x.tag_ == "PRP$" for x in token.children):
            verb = _governing_verb(token)  # "Israel escalated ITS strikes": its = the subject
            subject = _subject_of(verb) if verb is not None else None
            source = _actors_in(subject, ctx) if subject is not None else []
        target = _slots(token, trigger.target_via or (), False, ctx, used)
    for other in c.extra_source:
        if not source:
            source = list(_roles(other, rules, ctx)[0]) if isinstance(other, Candidate) else [other]
    for m in c.merged:
        if isinstance(m, Candidate):
            s, t = _roles(m, rules, ctx)
            if not source:
                source = list(s)
            target = list(target) + [a for a in t if a not in source]
    target = [a for a in target if a not in source]
    return tuple(dict.fromkeys(source)), tuple(dict.fromkeys(target))


PERSONAL_PRONOUNS = {"it", "they", "he", "she", "we"}


def _speaker_for_pronoun(token, rules: Rules, ctx: DocContext) -> list[ActorRef]:
    """"Togolese police said they had arrested six men": a pronoun subject inside what a speaker
    says is the speaker (the name the sentence gives, as annotators and analysts write it)."""
    subject = _subject_of(token)
    if subject is None or subject.lower_ not in PERSONAL_PRONOUNS:
        return []
    speech = rules.cues.get("speech_verbs", ())
    t = token
    for _ in range(6):
        if t.head == t:
            return []
        edge, t = t.dep_, t.head
        if edge in {"ccomp", "xcomp", "conj", "advcl"} and t.lemma_.lower() in speech:
            speaker = next((x for x in t.children if x.dep_ == "nsubj"), None)
            return _actors_in(speaker, ctx) if speaker is not None and speaker.lower_ not in PERSONAL_PRONOUNS else []
    return []


def _is_passive(token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children) or \
        (token.dep_ == "acl" and token.tag_ == "VBN")


def _slots(token, slots, passive: bool, ctx: DocContext, used: set) -> list[ActorRef]:
    """Actors in the named syntactic slots of a trigger, passive-aware ("dobj" is the passive
    subject, "nsubj" the by-agent)."""
    out: list[ActorRef] = []
    for slot in slots:
        if slot == "nsubj":
            if passive:
                out += _agent(token, ctx)
            else:
                subject = _subject_of(token)
                if subject is not None:
                    out += _actors_in(subject, ctx)
        elif slot == "agent":
            out += _agent(token, ctx)
        elif slot == "dobj":
            if passive:
                subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
                if subject is None and token.dep_ == "acl":
                    subject = token.head  # "a ship seized by pirates"
                elif subject is None:
                    subject = _subject_of(token)
                if subject is not None:
                    out += _actors_in(subject, ctx)
            else:
                for c in token.children:
                    if c.dep_ == "dobj":
                        out += _actors_in(c, ctx)
        elif slot in ROLE_DEPS or slot == "dative":
            for c in token.children:
                if c.dep_ == slot and c.i not in used:
                    out += _actors_in(c, ctx)
        elif slot.startswith("pobj:"):
            prep = slot[5:]
            for p in _preps(token):
                if p.lower_ == prep:
                    out += [a for o in p.children if o.dep_ == "pobj" for a in _actors_in(o, ctx)]
    return out


def _preps(token):
    out = [c for c in token.children if c.dep_ in {"prep", "agent"}]
    out += [g for c in token.children if c.dep_ in {"prt", "advmod"} for g in c.children if g.dep_ == "prep"]
    return out


def _agent(token, ctx) -> list[ActorRef]:
    return [a for c in token.children if c.dep_ == "agent" for p in c.children for a in _actors_in(p, ctx)]


def _subject_of(token):
    """The subject of a verb, borrowed from the governing clause for participles, coordinated verbs
    and control verbs ("launched an offensive, capturing the city"), or the noun a relative clause
    modifies."""
    seen = 0
    while token is not None and seen < 6:
        seen += 1
        subject = next((c for c in token.children if c.dep_ in SUBJECTS | {"nsubjpass"}), None)
        if subject is not None:
            if subject.tag_ in {"WDT", "WP"} and token.dep_ == "relcl":
                return token.head
            return subject
        if token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in {"NOUN", "PROPN"}):
            return token.head  # "students marching on Raj Bhavan": the students march
        if token.dep_ in CLAUSE_LINKS and token.head != token:
            token = token.head
            continue
        return None
    return None


def _noun_source(token, rules: Rules, ctx: DocContext, used: set) -> list[ActorRef]:
    """Who performs an event noun: its possessor or demonym ("Israel's strikes", "Israeli strikes"),
    a "by" phrase, or the subject of a light verb ("launched airstrikes")."""
    found: list[ActorRef] = []
    for c in token.children:
        if c.dep_ in ROLE_DEPS and c.i not in used:
            found += _actors_in(c, ctx)
        elif c.dep_ == "prep" and c.lower_ == "by":
            found += [a for p in c.children for a in _actors_in(p, ctx)]
    if found:
        return found
    carrier = _carrying_verb(token, rules)
    if carrier is not None:
        subject = _subject_of(carrier)
        if subject is not None:
            return _actors_in(subject, ctx)
    return []


def _carrying_verb(token, rules: Rules):
    """The verb that carries an event noun, whose subject is the noun's doer and whose place
    phrases are the noun's: a light verb ("carried out airstrikes", "launched two days of drills")
    or a verb of response with "with" ("retaliated with airstrikes")."""
    head = token.head
    counters = rules.cues.get("measure_nouns", frozenset()) | rules.cues.get("duration_nouns", frozenset())
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in counters:
        token, head = head.head, head.head.head
    if token.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in rules.cues.get("light_verbs", ()):
        return head
    if token.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in rules.cues.get("response_verbs", ()):
        return head.head
    return None


def _actors_in(token, ctx: DocContext) -> list[ActorRef]:
    """Actors mentioned in the phrase headed by `token`, not counting relative clauses and
    locative phrases inside it ("rebels in Idlib")."""
    out, seen = [], set()
    for t in _phrase_tokens(token):
        m = ctx.actor_at.get(t.i)
        if m is not None and (m.start, m.actor) not in seen:
            seen.add((m.start, m.actor))
            out.append(ActorRef(m.actor, _naming_words(m, token.sent)))
    return out


def _naming_words(m, sent) -> str:
    """The words that name a mention's actor: its own, but for a pronoun whose antecedent stands in
    the same sentence the antecedent's ("Hezbollah said it had fired": Hezbollah fired)."""
    ref = m.refers_to
    if m.via and m.via.startswith("pronoun") and ref is not None and ref.start >= sent.start_char:
        return ref.text
    return m.text


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
            if c.dep_ == "appos" and _is_attribution(c):
                continue
            stack.append(c)


def _is_attribution(appos) -> bool:
    """"killing six people, the Observatory said": a name after a comma that is the subject of
    the sentence's saying verb, parsed as an apposition."""
    after = appos.doc[appos.right_edge.i + 1] if appos.right_edge.i + 1 < len(appos.doc) else None
    return after is not None and after.pos_ in {"VERB", "AUX"} and after.lemma_.lower() in {
        "say", "report", "tell", "announce", "state", "add", "confirm", "claim", "allege", "deny"}


# --- places --------------------------------------------------------------------------------------

def _places(c: Candidate, ctx: DocContext, rules: Rules) -> list[PlaceMention]:
    """The places the event happened in: the first of the trigger's own locative phrases (or its
    direct object when that is a place, "captured Gao"), each place coordinated in it counted
    once ("strikes across Gao, Kidal and Menaka"); merged outcomes add theirs."""
    found = _own_places(c.token, c.trigger, ctx, rules)
    for m in c.merged:
        if isinstance(m, Candidate) and not found:
            found = _own_places(m.token, m.trigger, ctx, rules)
    unique = {}
    for p in found:
        unique.setdefault(p.entry.gid, p)
    places = list(unique.values())
    # "met in Argyle, St Vincent": the area after the comma places the town; it is not a second place
    doc = c.token.doc
    return [p for p in places if not (p.entry.feature in {"country", "admin1", "admin2", "region"}
                                      and doc[p.token_start:p.token_end].root.dep_ != "conj"  # a list: "Sanaa, Hodeidah"
                                      and any(q is not p and q.end <= p.start and not doc.text[q.end:p.start].strip(" ,")
                                              and "," in doc.text[q.end:p.start] for q in places))]


def _own_places(token, trigger: Trigger, ctx: DocContext, rules: Rules) -> list[PlaceMention]:
    allowed = LOCATIVE | {p.split(":", 1)[1] for p in trigger.place_via if ":" in p}
    area = set(rules.cues.get("area_nouns", ()))
    children = list(token.children)
    children += [g for c in token.children if c.dep_ in {"prt", "advmod"} for g in c.children if g.dep_ == "prep"]
    for c in sorted(children, key=lambda c: c.i):
        group: list[PlaceMention] = []
        if c.dep_ == "prep" and c.lower_ in allowed:
            for p in c.children:
                if p.dep_ == "pobj":
                    group += _places_in(p, ctx, area)
        elif c.dep_ in {"dobj", "nsubjpass"} or (trigger.pos == "NOUN" and c.dep_ == "compound"):
            group += _places_in(c, ctx, area)
        elif c.dep_ == "npadvmod" and c.i in ctx.place_at:
            group += _places_in(c, ctx, area)
        if group:
            return group
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.i in ctx.place_at:
        return _places_in(token.head, ctx, area)
    carrier = _carrying_verb(token, rules) if trigger.pos == "NOUN" else None
    if carrier is not None:  # "carried out airstrikes on X": the parse hangs "on X" on the light verb
        for c in sorted(carrier.children, key=lambda c: c.i):
            if c.dep_ == "prep" and c.lower_ in allowed and c.i > token.i:
                group = [m for p in c.children if p.dep_ == "pobj" for m in _places_in(p, ctx, area)]
                if group:
                    return group
    # "struck three churches and hotels in Colombo, Negombo and Batticaloa", "fired missiles at a
    # ship in the Red Sea": where its target was
    targets = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    targets += [o for p in token.children if p.dep_ == "prep" and p.lower_ in {"at", "on", "against"}
                for o in p.children if o.dep_ == "pobj"]
    for obj in targets:
        for thing in (obj, *obj.conjuncts):
            for p in thing.children:
                if p.dep_ == "prep" and p.lower_ in TARGET_LOCATIVE:
                    group = [m for o in p.children if o.dep_ == "pobj" for m in _places_in(o, ctx, area)]
                    if group:
                        return group
    sites = area | set(rules.cues.get("ground_nouns", ()))
    return _nested_places(token, allowed, ctx, sites, rules) or _subject_places(token, ctx, area, rules)


def _nested_places(token, allowed: set, ctx: DocContext, sites: set, rules: Rules) -> list[PlaceMention]:
    """A place that locates the thing the act is in, at or on, a few phrases down: "rallied in the
    main square of X", "protested outside the governor's office in X", "killed dozens of people in
    X", "pulled its soldiers out of X". Through "of" only after a count ("dozens of people") or an
    area or ground noun, so that "attacked the embassies of X" is not in X."""
    counts = set(rules.cues.get("count_nouns", ()))
    frontier = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    preps = [c for c in token.children if c.dep_ == "prep"]
    preps += [g for c in token.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away", "back"}
              for g in c.children if g.dep_ == "prep"]
    frontier += [o for p in preps if p.lower_ in allowed for o in p.children if o.dep_ == "pobj"]
    for _ in range(3):
        found = [m for t in frontier for m in _places_in(t, ctx, sites)]
        if found:
            return sorted(found, key=lambda m: m.start)
        frontier = [o for t in frontier for p in t.children if p.dep_ == "prep" and
                    (p.lower_ in TARGET_LOCATIVE or (p.lower_ == "of" and (t.tag_ == "CD" or t.lemma_.lower() in counts)))
                    for o in p.children if o.dep_ == "pobj"]
    return []


def _subject_places(token, ctx: DocContext, area: set, rules: Rules) -> list[PlaceMention]:
    """Where the doers are, when the act names no place of its own: "Police in X arrested ...",
    "Residents of X marched ...", "Farmers in X denied blocking the road" (the subject of the verb
    whose complement the act is)."""
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and token.dep_ in {"xcomp", "conj"}:
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    people = set(rules.cues.get("people_nouns", ())) | set(rules.cues.get("crowd_nouns", ()))
    return [m for p in subject.children if p.dep_ == "prep" and
            (p.lower_ == "in" or (p.lower_ == "of" and subject.lemma_.lower() in people))
            for o in p.children if o.dep_ == "pobj" for m in _places_in(o, ctx, area)]


def _places_in(token, ctx: DocContext, area: set) -> list[PlaceMention]:
    """Places named by a phrase and the phrases coordinated with it ("Gao, Kidal, and Menaka"),
    including "parts of Gao" and "the city of Kidal" (an area noun with "of"), but not "the
    embassies of Rwanda"."""
    out = []
    stack = [token]
    while stack:
        t = stack.pop()
        m = ctx.place_at.get(t.i)
        if m is not None:
            out.append(m)
        for c in t.children:
            if c.dep_ in {"conj", "compound"} or (c.dep_ == "appos" and m is None):
                stack.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of" and (t.lemma_.lower() in area or t.i in ctx.place_at):
                stack.append(c)
            elif c.dep_ == "pobj" and t.dep_ == "prep" and t.lower_ == "of":
                stack.append(c)
    return sorted(out, key=lambda m: m.start)


# --- status --------------------------------------------------------------------------------------

def _status(token, rules: Rules, ctx: DocContext, ignore: set = frozenset()) -> tuple[str, ActorRef | None, str]:
    """(status, claimant, why) for the event a trigger states, from the words that govern it. The
    words of the trigger's own clause count fully; a governing clause adds its saying, claiming,
    denying and hypothetical verbs, but its negation or modality only where the trigger is inside
    it (its object, not a clause beside it)."""
    cues = rules.cues
    own = _own_cues(token, None, cues, ctx)
    if own is not None and own[0] == "negated" and _in_condition(token, cues):
        return "hypothetical", None, "in a conditional clause"  # "if no new attacks are launched"
    if own is not None:
        return own
    if token.dep_ == "pcomp" and token.head.lower_ == "without" and token.tag_ == "VBG":
        return "negated", None, "'without'"  # "scattered the group without destroying it"
    if _not_yet(token):
        return "negated", None, "'yet to'"  # "the rebels have yet to release the hostages"
    if _passed_over(token):
        return "negated", None, "'rather than' / 'instead of'"  # "rather than negotiate, the junta arrested"
    if _speakers_own_act(token, cues):
        return "asserted", None, f"the speaker's own act ('{token.head.text}')"
    speaker = _coordinated_with_saying(token, cues)
    if speaker is not None:  # the claimant slot carries the speaker: the act's source
        return "asserted", _claimant_of(speaker, ctx), f"the speaker's own act, coordinated with '{speaker.text}'"
    neg_ok = modal_ok = gov_ok = True
    top = token
    deny_ok = True
    conjunct_start = None  # where the clause joined by "and" begins, on the way up
    for head, edge in _ancestors(token):
        if head.i in ignore:
            break
        if edge == "conj":
            conjunct_start = top.left_edge.i
        top_child, top = top, head
        if edge in {"relcl", "acl"}:
            deny_ok = False
        if edge in NEGATION_BLOCKERS:
            neg_ok = False
        if edge in MODAL_BLOCKERS or (edge == "advcl" and _temporal(token, head)):
            modal_ok = False
        if edge in {"relcl", "acl"}:
            gov_ok = False
        lemma = head.lemma_.lower()
        if edge in {"relcl", "acl"} and _content_of_report(top_child, cues):
            status = "claimed" if lemma in cues.get("claim_nouns", ()) else "reported"
            return status, _owner_of_report(head, ctx), f"{status} ('{head.text} that')"  # "a report that ..."
        if edge in {"nsubj", "nsubjpass"} and top_child.pos_ in {"NOUN", "PROPN"} and _raised_to_happen(head, cues):
            return "hypothetical", None, f"yet to happen ('{head.text} to')"  # "talks are scheduled to resume"
        if lemma in cues.get("possibility_governors", ()) and edge in {"dobj", "ccomp", "xcomp"} and _negated(head, cues):
            return "hypothetical", None, f"not ruled out ('{head.text}')"  # "have not ruled out an incursion"
        if neg_ok or modal_ok:
            found = _own_cues(head, edge, cues, ctx, negation=neg_ok, modality=modal_ok)
            if found is not None:
                return found
        if edge == "acl" and lemma in cues["hypothetical_governors"] and _infinitive(top_child):
            return "hypothetical", None, f"governed by '{head.text}'"  # "the army's plan to attack"
        if edge == "acl" and lemma in cues["negating_governors"] and _infinitive(top_child):
            return "negated", None, f"governed by '{head.text}'"  # "their failure to agree"
        if edge == "pobj" and head.lower_ == "of" and head.head.lower_ == "ahead":
            return "hypothetical", None, "'ahead of'"  # "ahead of a sit-in called by ..."
        if edge in CONTENT_EDGES | {"parataxis"}:
            if lemma in cues["negating_governors"] and neg_ok and edge in CONTENT_EDGES and not _negation_withheld(head, cues):
                return "negated", _claimant_of(head, ctx), f"governed by '{head.text}'"
            if lemma in cues.get("decision_governors", ()) and edge == "xcomp" and gov_ok:
                return "asserted", None, f"decided ('{head.text}')"
            if lemma in cues["hypothetical_governors"] and gov_ok and edge in CONTENT_EDGES:
                return "hypothetical", None, f"governed by '{head.text}'"
            if lemma in cues.get("schedule_governors", ()) and gov_ok and edge == "xcomp":
                return "hypothetical", None, f"scheduled ('{head.text}')"  # "are due to pull out"
            if lemma == "be" and gov_ok and edge == "xcomp" and _infinitive(top_child):
                return "hypothetical", None, "future"  # "the two leaders are to meet": a future, as "will meet"
            if lemma in cues.get("speculation_verbs", ()) and gov_ok and edge == "xcomp":
                return "hypothetical", None, f"speculated ('{head.text} to')"  # "is believed to have kidnapped"
            if lemma in cues["claim_verbs"] and deny_ok:
                return "claimed", _claimant_of(head, ctx), f"claimed ('{head.text}')"
            if lemma in cues["denial_verbs"] and edge in CONTENT_EDGES and deny_ok and not _negation_withheld(head, cues):
                return "negated", _claimant_of(head, ctx), f"denied ('{head.text}')"
            if lemma in cues.get("announcing_verbs", ()) and edge == "ccomp" and _announces_own_act(top_child, head, ctx):
                return "asserted", None, f"announced by its doer ('{head.text}')"
            if lemma in cues["speech_verbs"] and edge == "dobj" and _characterised(head, top_child):
                return "asserted", None, f"characterised, not reported ('{head.text} ... as')"
            if lemma in cues["speech_verbs"] and edge in SPEECH_EDGES:
                return "reported", _claimant_of(head, ctx), f"reported ('{head.text}')"
    for c in top.children:  # "..., the ministry said" parsed beside the clause it reports
        if conjunct_start is not None and c.i < conjunct_start:
            continue  # "X staged drills, the ministry said, and Lai's office condemned them": not this clause
        if c.dep_ == "parataxis" and c.lemma_.lower() in cues["speech_verbs"] | cues["claim_verbs"]:
            status = "claimed" if c.lemma_.lower() in cues["claim_verbs"] else "reported"
            return status, _claimant_of(c, ctx), f"{status} ('{c.text}')"
    according = _according_to(token, ctx)
    if according is not None:
        return "reported", according, "attributed ('according to')"
    return "asserted", None, "stated as fact"


def _content_of_report(clause, cues) -> bool:
    """"a report that soldiers had executed prisoners": a clause opened by the conjunction
    "that" (not the relative pronoun) under a report or claim noun is what the report says."""
    return clause.dep_ in {"relcl", "acl"} and \
        clause.head.lemma_.lower() in set(cues.get("report_nouns", ())) | set(cues.get("claim_nouns", ())) and \
        any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _owner_of_report(noun, ctx: DocContext) -> ActorRef:
    """Who a report belongs to ("Amnesty's report"), else the report's own words ("a newspaper
    report")."""
    owners = [a for x in noun.lefts for a in _actors_in(x, ctx)]
    return owners[0] if owners else ActorRef(None, noun.doc[noun.left_edge.i:noun.i + 1].text)


def _report_denied_by(token, rules: Rules, ctx: DocContext) -> ActorRef | None:
    """"Officials denied a report that ...": who denies the report that tells of `token`."""
    cues = rules.cues
    denials = set(cues.get("denial_verbs", ())) | set(cues.get("dismissal_verbs", ())) | REPORT_REJECTIONS
    clause = token
    for head, edge in _ancestors(token, 6):
        if edge in {"relcl", "acl"}:
            if not _content_of_report(clause, cues) or head.dep_ != "dobj":
                return None
            verb = head.head
            return _claimant_of(verb, ctx) if verb.lemma_.lower() in denials else None
        clause = head
    return None


def _negation_withheld(verb, cues) -> bool:
    """"declined to confirm or deny the strike", "did not deny it": a denial (or a refusal) that is
    itself refused or negated denies nothing."""
    if _negated(verb, cues):
        return True
    t = verb
    while t.dep_ == "conj":
        t = t.head  # "to confirm or deny": the refusal governs the first verb
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in cues["negating_governors"]


def _announces_own_act(clause, verb, ctx: DocContext) -> bool:
    """"the foreign minister announced that Algeria was recalling its ambassador", "the president
    announced that he was lifting the state of emergency": a government announcing what its side
    is doing now performs the act in announcing it. Not what it will do (a commitment) nor what
    others do (a report)."""
    if clause.tag_ != "VBG" or not any(a.dep_ == "aux" and a.lemma_ == "be" for a in clause.children):
        return False
    subject = next((x for x in clause.children if x.dep_ == "nsubj"), None)
    speaker = _subject_of(verb)
    if subject is None or speaker is None:
        return False
    # "Algeria's foreign minister": the minister and the country both speak for the announcing side
    speakers = {a.actor for a in _actors_in(speaker, ctx)} - {None}
    if not speakers:
        return False
    if subject.tag_ == "PRP":
        return True
    theirs = {a.actor for a in _actors_in(subject, ctx)} - {None}
    countries = {ctx.country_of(a) for a in speakers} - {None}
    return bool(speakers & theirs) or bool(countries & {ctx.country_of(a) for a in theirs})


def _characterised(verb, obj) -> bool:
    """"described the killing of ten protesters as a massacre": the speaker characterises an act the
    sentence takes as given; the object is not what the speaker reports. The "as" phrase may hang
    off the verb or its object."""
    return any(c.dep_ == "oprd" for c in verb.children) or \
        any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.children, *obj.children))


def _coordinated_with_saying(token, cues):
    """"Amnesty said bodies had been pulled from lagoons and demanded an inquiry": a speaker's act
    (demand, urge, accuse, condemn) joined without a subject of its own to the clause a speech verb
    reports is coordinated with the saying, not reported by it: the speaker's own act. Returns the
    speech verb, or None."""
    t = token
    if t.lemma_.lower() not in cues.get("speaker_acts", ()):
        return None
    while t.dep_ == "conj" and t.head.dep_ == "conj":
        t = t.head
    head = t.head
    if t.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return None
    saying = head.head
    if head.dep_ != "ccomp" or saying.lemma_.lower() not in cues["speech_verbs"] or saying.i > head.i:
        return None  # "X kidnapped a chief and demanded a ransom, officials said": all of it reported
    return saying


def _not_yet(token) -> bool:
    """"have yet to release", "is yet to enter": the act has not happened (so far)."""
    return token.dep_ == "xcomp" and _infinitive(token) and token.head.lemma_.lower() in {"have", "be"} and \
        any(c.lower_ == "yet" and c.dep_ == "advmod" for c in token.head.children)


def _passed_over(token) -> bool:
    """"Rather than negotiate, the junta arrested ...", "instead of negotiating": the act not chosen."""
    if any(c.lower_ == "than" and c.dep_ == "mark" for c in token.children) and \
            any(c.lower_ == "rather" for c in token.children):
        return True
    return token.dep_ == "pcomp" and token.head.lower_ == "of" and \
        any(c.lower_ == "instead" for c in token.head.children)


def _raised_to_happen(head, cues) -> bool:
    """"Talks are scheduled to resume", "the summit is set to open", "patrols are due to begin", "a
    new round is likely to start": an event noun as the subject of a word of schedule or
    likelihood, followed by a verb of taking place, has not happened yet. "The raid is likely to
    harden their resolve" tells of the raid's effect, not of the raid."""
    words = set(cues.get("schedule_governors", ())) | set(cues.get("raising_governors", ()))
    onsets = cues.get("onset_verbs", ())

    def to_happen(governor) -> bool:  # "... to begin", "... to be held"; not "is likely to harden the resolve"
        return any(x.dep_ == "xcomp" and x.lemma_.lower() in onsets for x in governor.children)

    if head.lemma_.lower() in words and to_happen(head):
        return True
    return head.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in words and to_happen(c) for c in head.children)


def _speakers_own_act(token, cues) -> bool:
    """"..., the United Nations said, demanding their release": a participle hanging off a speech
    verb, with no subject of its own, is what the speaker does, stated as fact, not reported."""
    return token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.lemma_.lower() in cues["speech_verbs"] \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _own_cues(t, edge, cues, ctx, *, negation: bool = True, modality: bool = True):
    """Status cues among the children of `t` (the trigger itself when `edge` is None)."""
    children = list(t.children)
    if negation:
        for c in children:
            if c.dep_ == "neg" or (c.lower_ in cues["negation_words"] and c.dep_ in {"det", "neg", "advmod", "preconj"}):
                if c.dep_ == "advmod" and c.i > t.i + 3:
                    continue
                return "negated", None, f"negated by '{c.text}'"
    # "no soldiers had been taken prisoner"; after the modal cues: "if no talks are held" is a condition
    no_one = negation and edge is None and _negative_subject(t, cues)
    if not modality:
        return ("negated", None, "its subject is 'no ...'") if no_one else None
    if _conditional(t, cues):
        return "hypothetical", None, "in a conditional clause"
    aux = [c for c in children if c.dep_ in {"aux", "auxpass"}]
    for a in aux:
        word = a.lower_
        if word in cues["future_auxiliaries"]:
            return "hypothetical", None, "future"
        if word in cues["modal_auxiliaries"]:
            if word in cues.get("reported_future_auxiliaries", ()) and _reported_clause(t, cues):
                return "hypothetical", None, "future"
            return "hypothetical", None, f"modal '{a.text}'"
    for c in children:
        if c.dep_ in {"advmod", "amod"} and c.lower_ in cues["hedge_adverbs"]:
            return cues["hedge_adverbs"][c.lower_], None, f"hedged by '{c.text}'"
        if c.dep_ == "amod" and edge is None and c.lower_ in cues["hypothetical_modifiers"]:
            return "hypothetical", None, f"modified by '{c.text}'"
    return ("negated", None, "its subject is 'no ...'") if no_one else None


def _negative_subject(verb, cues) -> bool:
    """"no soldiers were taken prisoner", "nobody was hurt", "neither side has withdrawn": a verb
    whose subject is "no ...", "neither ..." or "nobody" says the act did not happen."""
    words = cues.get("negative_pronouns", ())
    return verb.pos_ in {"VERB", "AUX"} and any(
        s.dep_ in {"nsubj", "nsubjpass"} and (s.lower_ in words or any(d.dep_ == "det" and d.lower_ in {"no", "neither"}
                                                                         for d in s.children))
        for s in verb.children)


def _in_condition(token, cues) -> bool:
    """Whether the clause of `token` (a verb, or the noun up to its verb) is opened by "if" or "unless"."""
    t = token
    for _ in range(4):
        if _conditional(t, cues):
            return True
        if t.pos_ in {"VERB", "AUX"} or t.head == t:
            return False
        t = t.head
    return False


def _conditional(t, cues) -> bool:
    """Whether `t` is opened by "if", "unless" or "whether"."""
    return any(c.dep_ == "mark" and c.lower_ in cues["conditional_marks"] for c in t.children)


def _infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _negated(verb, cues) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in cues["negation_words"]) for c in verb.children)


def _reported_clause(t, cues) -> bool:
    """"said he would resign": `would` in reported speech is the future of the past."""
    return t.dep_ == "ccomp" and t.head.lemma_.lower() in cues["speech_verbs"]


def _temporal(token, head) -> bool:
    t = token
    while t.head != head and t.head != t:
        t = t.head
    return any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in t.children)


def _governing_verb(token):
    t = token
    for _ in range(6):
        if t.head == t:
            return t if t.pos_ in {"VERB", "AUX"} else None
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None


def _claimant_of(verb, ctx: DocContext) -> ActorRef | None:
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ in {"advcl", "conj", "xcomp"}:
        subject = _subject_of(verb)
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


# --- date, confidence, merge ---------------------------------------------------------------------

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


def _framing(c: Candidate, rules: Rules) -> bool:
    """"Under the deal, ...", "war over the deal": an event noun after a framing preposition names
    the frame of another statement, not an event the sentence reports, unless a clause of its own
    tells of it ("under an amnesty that its leader announced last month")."""
    token = c.token
    # "came under attack", "under fire" have no determiner: those are attacks
    return c.trigger.pos == "NOUN" and token.dep_ == "pobj" and \
        token.head.lower_ in rules.cues.get("framing_prepositions", ()) and \
        any(x.dep_ in {"det", "poss"} for x in token.children) and \
        not any(x.dep_ in {"relcl", "acl"} for x in token.children)  # "under an amnesty its leader announced"


def _background(c: Candidate, rules: Rules) -> bool:
    """An event noun that the sentence does not report as an event: history dated by a year in its
    own phrase ("the 2020 Doha agreement", "the siege of Marawi in 2017"), a kind of event ("every
    crew kidnapping", "such killings"), a described topic ("the bombardment is a recurring theme"),
    a reason ("resigned in solidarity"), what a ban forbids or a proposal asks for ("a ban on
    protests", "a proposal for a truce"), a time anchor ("since the takeover"), or a definite noun
    that only qualifies another ("a violation of the peace agreement"). The word lists are in
    status_cues.json."""
    token = c.token
    if c.trigger.pos != "NOUN" or c.light_verb is not None or c.merged:
        return False
    if any(x.dep_ in {"nummod", "compound", "amod", "npadvmod"} and _is_year(x) for x in token.lefts):
        return True
    # "the siege of Marawi in 2017", "the Arusha accords of 2000": dated by a year alone
    if any(p.dep_ == "prep" and p.lower_ in {"in", "of", "since"} and any(_is_year(o) for o in p.children if o.dep_ == "pobj")
           for p in token.children):
        return True
    # "almost every crew kidnapping at sea": a kind of event, not one
    if any(x.dep_ in {"det", "nummod", "amod"} and x.lower_ in rules.cues.get("generic_determiners", ()) for x in token.children):
        return True
    if _described(token, rules):
        return True
    if _names_a_body(token, rules):
        return True
    if _kind_of_act(token, rules):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.pos_ in {"VERB", "AUX"} \
            and token.lemma_.lower() in rules.cues.get("manner_nouns", ()):
        return True  # "resigned in solidarity": why, not what
    # "a ban on protests": what is forbidden has not happened; "a government proposal for a
    # Christmas truce": what a proposal asks for is not coded
    if _object_of(token, "on", rules.cues.get("prohibition_nouns", ())) or \
            _object_of(token, "for", rules.cues.get("proposal_nouns", ())):
        return True
    anchors = rules.cues.get("anchor_prepositions", ())
    if token.dep_ == "pobj" and token.head.lower_ in anchors and not any(x.dep_ == "prep" for x in token.children):
        return True  # "since the fall of Bukavu" tells of the fall: kept
    if token.dep_ in {"nsubj", "nsubjpass"} and any(m.dep_ == "mark" and m.lower_ in anchors for m in token.head.children):
        return True
    return (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN"
            and any(x.dep_ == "det" and x.lower_ in DEFINITE for x in token.children)
            and not any(x.dep_ in {"prep", "relcl", "acl", "poss"} for x in token.children))


def _names_a_body(token, rules: Rules) -> bool:
    """"a commission of inquiry", "the ministry for reconciliation": an event noun with no article
    after "of" or "for" under an institution noun is part of the body's name."""
    return token.dep_ == "pobj" and token.head.lower_ in {"of", "for"} and \
        token.head.head.lemma_.lower() in rules.cues.get("institution_nouns", ()) and \
        not any(x.dep_ in {"det", "poss", "nummod"} for x in token.children)


def _told_in_a_document(token, rules: Rules) -> bool:
    """"placards demanding the release of prisoners", "a bill allowing detention without trial":
    what a participle clause on a document or a banner says is its text, not an event."""
    nouns = rules.cues.get("document_nouns", ())
    t = token
    for head, edge in _ancestors(token, 4):
        if edge == "acl" and t.tag_ == "VBG" and head.lemma_.lower() in nouns:
            return True
        if edge in {"relcl", "acl", "advcl", "ccomp", "conj"}:
            return False
        t = head
    return False


def _disaster(c: Candidate, rules: Rules) -> bool:
    """"a fire at a market killed four traders", "floods destroyed homes": harm done by a disaster
    is not an attack. A word in bare_causes counts only as "a fire": "Israeli fire" is gunfire."""
    if c.type != "ASSAULT" or not c.is_verb:
        return False
    cues = rules.cues
    doers = _active_subjects(c.token)
    doers += [o for x in c.token.children if x.dep_ == "agent" for o in x.children if o.dep_ == "pobj"]
    # "the collapse of a canopy that killed 14": the clause hangs on the canopy, the harm on its collapse
    doers += [d.head.head for d in doers if d.dep_ == "pobj" and d.head.lower_ == "of"]
    for d in doers:
        word = d.lemma_.lower()
        if word not in cues.get("natural_causes", ()):
            continue
        if word not in cues.get("bare_causes", ()):
            return True
        if any(x.dep_ == "det" for x in d.children) and \
                not any(x.dep_ in {"amod", "compound", "poss", "nmod", "nummod"} for x in d.children):
            return True
    return False


def _comparison(token) -> bool:
    """"not completed as promised", "as agreed", "as planned": a verb with "as" and no subject of its
    own compares with an earlier act; it reports none."""
    return token.pos_ == "VERB" and token.tag_ == "VBN" and \
        any(x.dep_ in {"mark", "advmod"} and x.lower_ == "as" and x.i == token.i - 1 for x in token.children) and \
        not any(x.dep_ in {"nsubj", "nsubjpass"} for x in token.children)


def _told_as_history(c: Candidate, ctx: DocContext) -> bool:
    """An event told in a clause dated to an earlier year, beside what the sentence reports: "since
    its status was revoked in 2018", "the crackdown seen in 2021, when dozens were shot dead during
    protests", "villagers who fled two years ago", "the genocide, in which forces killed 8,000 men
    in July 1995", "the offensive launched in late 2021"."""
    if not ctx.published or not ctx.published[:4].isdigit():
        return False
    year = int(ctx.published[:4])
    token = c.token
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    clauses = [x for n in {token, holder} for x in n.children if x.dep_ in {"relcl", "acl"}] \
        if c.trigger.pos == "NOUN" else []  # "a wave of detentions that has pushed ... since 2018"
    verb = token if c.is_verb else _governing_verb(token)
    for _ in range(4):  # "..., in which soldiers shot miners after arresting them": up to the clause
        if verb is None or verb.dep_ not in {"pcomp", "prep", "pobj", "xcomp"}:
            break
        verb = verb.head
    if verb is not None and verb.dep_ in {"relcl", "acl", "advcl"}:
        clauses.append(verb)
    return any(_dated_before(clause, year) for clause in clauses)


def _dated_before(clause, year: int) -> bool:
    """Whether a subordinate clause is dated before `year`: by a year in its own words, by "N years
    ago", by the year it hangs from ("in 2021, when ..."), or by the year of the event noun it
    describes ("the 2004 massacre, in which ...")."""
    words = list(_own_clause(clause))
    years = [int(t.text) for t in words if _is_year(t)]
    if clause.dep_ in {"relcl", "acl"}:
        head = clause.head
        years += [int(t.text) for t in (head, *head.lefts) if _is_year(t)]
    ago = any(t.lower_ == "ago" and any(x.lemma_.lower() in {"year", "decade"} for x in t.children) for t in words)
    last = any(t.lemma_.lower() == "year" and any(x.lower_ in {"last", "previous"} for x in t.children) for t in words)
    return ago or last or (bool(years) and max(years) < year)


def _own_clause(verb):
    """The words of a clause without the clauses inside it."""
    stack = [verb]
    while stack:
        t = stack.pop()
        yield t
        stack.extend(x for x in t.children if x.dep_ not in {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj"}
                     or t is verb and x.dep_ == "conj" and x.pos_ not in {"VERB", "AUX"})


def _kind_of_act(token, rules: Rules) -> bool:
    """An event noun that names a habit, a kind of act or a rehearsal of one, not an act that
    happened: "Ankara's long-standing refusal", "condemned attacks on soft targets" (a bare plural
    condemned), "a rhythm of spring offensives", "a drill that simulated a counterattack", "a
    rehearsal for invasion"."""
    cues = rules.cues
    # "long-standing" comes as three tokens: the modifier's whole phrase is compared
    if any(x.dep_ == "amod" and token.doc[x.left_edge.i:x.i + 1].text.lower() in cues.get("habitual_modifiers", ())
           for x in token.children):
        return True
    simulated = cues.get("simulation_words", ())
    if token.dep_ == "dobj" and token.head.lemma_.lower() in simulated:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() in simulated:
        return True
    bare = token.tag_ == "NNS" and not any(x.dep_ in {"det", "poss", "nummod"} for x in token.children)
    if bare and token.dep_ == "pobj" and token.head.lower_ == "of" and \
            token.head.head.lemma_.lower() in cues.get("pattern_nouns", ()):
        return True  # "a grim rhythm of spring offensives", "a history of coups"
    return bare and token.dep_ == "dobj" and token.head.lemma_.lower() in cues.get("condemnation_verbs", ())


def _habitual(token, rules: Rules) -> bool:
    """"have been targeted repeatedly", "has long denounced", "routinely detain", "have increasingly
    turned to small raids", "executed each year": a habit or a long record described, not one event
    reported."""
    adverbs = rules.cues.get("habitual_adverbs", ())
    periods = rules.cues.get("habitual_periods", ())
    verb = token if token.pos_ in {"VERB", "AUX"} else _governing_verb(token) if token.dep_ in {"dobj", "pobj"} else None
    if verb is None:
        return False
    if any(x.dep_ == "advmod" and x.lower_ in adverbs for x in verb.children):
        return True
    # "those executed each year", "clashes that erupt every summer"
    return any(x.dep_ == "npadvmod" and x.lemma_.lower() in periods and
               any(d.dep_ == "det" and d.lower_ in {"each", "every"} for d in x.children) for x in verb.children)


def _object_of(token, prep: str, heads) -> bool:
    """Whether `token` is the object of `prep` under a word whose lemma is one of `heads`."""
    return token.dep_ == "pobj" and token.head.lower_ == prep and token.head.head.lemma_.lower() in heads


def _described(token, rules: Rules) -> bool:
    """An event noun that a sentence characterises rather than reports: the subject of "is a
    recurring theme", "have become a genre", "still shapes", "is remembered as"."""
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.tag_ == "VBN" and \
            token.head.head.lemma_.lower() in rules.cues.get("descriptive_passives", ()):
        return True  # "a journalist known for his criticism of the mayor"
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    if lemma in rules.cues.get("descriptive_verbs", ()):
        return True
    if token.dep_ == "nsubjpass" and lemma in rules.cues.get("descriptive_passives", ()):
        return True
    # "X is / has become / remains a recurring theme": a copula with a noun attribute, in the present
    return lemma in {"be", "become", "remain"} and verb.tag_ in {"VBZ", "VBP", "VBN"} and \
        any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)


def _is_year(token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100


def _trigger_span(c: Candidate, measure_nouns=frozenset()) -> Span:
    """The words that state the event: the trigger, with the event noun its light verb carries
    ("launched an offensive") or the object its rule requires ("imposed sanctions", "granted a
    general amnesty"), when they lie close together."""
    token = c.token
    doc = token.doc
    partner = c.light_verb
    if partner is None and c.trigger.object and c.is_verb:
        themes = [x for x in token.children if x.dep_ in {"dobj", "nsubjpass", "attr", "dative"}]
        if c.trigger.prep:
            themes += [o for p in token.children if p.dep_ == "prep" and p.lower_ == c.trigger.prep
                       for o in p.children if o.dep_ == "pobj"]
        partner = next((x for x in themes if x.lemma_.lower() in c.trigger.object), None)
    if partner is None and c.trigger.agentive and any(m.token == token.head for m in c.merged):
        partner = token.head  # "a bomb hidden in a motorcycle exploded": the weapon and what it did
    if partner is None:  # "arson and bomb attacks": coordinated nouns of one act
        partner = next((m.token for m in c.merged if m.token.dep_ == "conj" and m.token.head == token
                        and m.trigger.pos == "NOUN"), None)
    if partner is None or abs(partner.i - token.i) > 6 or partner.sent != token.sent:
        first, last = _hyphenated_word(token)  # "sit-in", "cease-fire": the whole word
        return Span(doc.text[first.idx:last.idx + len(last.text)], first.idx, last.idx + len(last.text))
    # "held a round of talks", "a wave of strikes": a measure noun takes the event noun it counts
    counted = next((o for p in partner.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if counted is not None and partner.lemma_.lower() in measure_nouns and counted.i - token.i <= 8:
        partner = counted
    first, last = min(token, partner, key=lambda t: t.i), max(token, partner, key=lambda t: t.i)
    start, end = first.idx, last.idx + len(last.text)
    return Span(doc.text[start:end], start, end)


def _hyphenated_word(token):
    """The first and last tokens of the hyphenated word `token` is part of (itself when none)."""
    doc, first, last = token.doc, token, token
    while first.i >= 2 and doc[first.i - 1].text == "-" and not doc[first.i - 1].whitespace_ \
            and not doc[first.i - 2].whitespace_:
        first = doc[first.i - 2]
    while last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and not last.whitespace_ \
            and not doc[last.i + 1].whitespace_:
        last = doc[last.i + 2]
    return first, last


# The role of a trigger's clause in its sentence, by the dependency label of the trigger span's
# head. On the dev files a trigger in the main clause is right far more often than one in a
# prepositional phrase or a modifying clause; the calibration reads it (calibration.v3).
CLAUSE_ROLES = {"ROOT": "main", "conj": "conjunct", "ccomp": "complement", "xcomp": "complement",
                "advcl": "adverbial", "relcl": "modifier", "acl": "modifier", "pobj": "prepositional",
                "pcomp": "prepositional", "dobj": "argument", "nsubj": "argument", "nsubjpass": "argument",
                "attr": "argument", "dative": "argument"}


def trigger_role(doc, span: Span) -> str:
    """The clause role of an event's trigger: the role of the head of its span in `doc`. Read from
    the doc and the output span alone, so that the fitter computes what the coder does."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return CLAUSE_ROLES.get(words.root.dep_, "other") if words is not None and len(words) else "other"


def trigger_key(trigger: Trigger) -> str:
    """The word a trigger prior belongs to ("verb:kill", "noun:strike"): every entry of one lemma
    and word class shares it."""
    return f"{trigger.pos.lower()}:{trigger.alias_of or trigger.lemma}"


def calibration_features(trigger: Trigger, etype: str, status: str, source, target, place, role: str,
                         prior: float) -> dict[str, float]:
    """What the calibration reads: the event's type and status, how specific and how strong its
    rule is, how complete its coding is, the clause role of its trigger, and how often its trigger
    word was right on the dev files (`prior`, a log-odds from calibration.json). Computable from an
    output event, its rule and its document, so that `benchmarks/fit_calibration.py` can fit on
    the dev half what the coder applies."""
    return {f"status_{status}": 1.0, f"type_{etype}": 1.0, "specific": float(trigger.specificity > 0),
            "weak": float(trigger.weak), "noun": float(trigger.pos == "NOUN"), "has_source": float(bool(source)),
            "has_target": float(bool(target)), "has_place": float(place is not None),
            "retyped": float(etype != trigger.type), f"role_{role}": 1.0, "trigger_prior": prior}


def _uncalibrated(status, source, target, place) -> float:
    """A score from how complete the coding is, used only when no calibration file ships."""
    score = 0.5 + 0.15 * bool(source) + 0.1 * bool(target) + 0.1 * bool(place)
    if status != "asserted":
        score -= 0.05
    return round(min(score, 0.95), 2)


def _reason(words: str, etype, status, why, source, target, place) -> str:
    """One line on why the event exists: the trigger's words (its whole span, "sit-in", "imposed
    sanctions"), what they code, who did it to whom where, and what decided the status."""
    who = ", ".join(a.text for a in source) or "unknown source"
    whom = f" against {', '.join(a.text for a in target)}" if target else ""
    where = f" at {place.text}" if place is not None else ""
    return f"'{words}' codes {etype}: {who}{whom}{where}; {status}: {why}"


def _merge_repeats(events: list[Event]) -> tuple[Event, ...]:
    """The same event said again (same type, actors, place and date) in a later sentence becomes one
    event whose later sayings are its `mentions`; within one sentence, two triggers are two acts."""
    merged: dict[tuple, Event] = {}
    for e in sorted(events, key=lambda e: (e.trigger.start, e.id)):
        if not e.source and not e.target:
            key = ("solo", e.id)
        else:
            key = (e.type, e.status, tuple(a.actor for a in e.source), tuple(a.actor for a in e.target),
                   e.place.id if e.place else None, e.date.start if e.date and not e.date.inferred else None)
        if key in merged and merged[key].evidence.start == e.evidence.start:
            key = key + (e.trigger.start,)  # two verbs of one sentence are two acts ("executed men and torched houses")
        if key in merged:
            first = merged[key]
            merged[key] = replace(first, mentions=first.mentions + (Mention(e.trigger, e.evidence),))
        else:
            merged[key] = e
    return tuple(sorted(merged.values(), key=lambda e: (e.trigger.start, e.id)))


def sentence_claimant(sent, rules: Rules, ctx: DocContext) -> ActorRef | None:
    """Who a sentence is attributed to ("..., the Observatory said"; "according to the UN"), if anyone."""
    cues = rules.cues
    for t in sent:
        if t.lemma_.lower() in cues["speech_verbs"] or t.lemma_.lower() in cues["claim_verbs"]:
            claimant = _claimant_of(t, ctx)
            if claimant is not None:
                return claimant
    return _according_to(sent[0], ctx)
