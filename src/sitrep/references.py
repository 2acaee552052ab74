"""Actor references resolved within the document: phrases that name no actor themselves but stand
for one the text named (`data/actors/references.json`).

Three steps after the actors stage has linked names:

- A person the lexicon lacks, named again by the last words of one person named earlier, is that
  person ("Joaquin Guzman Lopez ... Guzman Lopez").
- An owned noun is its owner's side: "Ukraine's defence ministry" is Ukraine's military,
  "Wagner mercenaries" and "al-Shabaab's fighters" are the group, "Hemedti's forces" are the side
  his role was of on the publication date. One mention then spans owner and noun.
- A definite description ("the group", "the Iran-backed militia", "the junta"), a possessive
  ("its jets", "their spokesman") or a subject pronoun ("It said", "they withdrew", "he told")
  takes the earlier actor it can denote. A possessive or pronoun inside a reported clause belongs
  to the speaker ("the ministry said its jets struck", "Hezbollah said it had fired"); an empty
  "it" ("it is unclear whether") is no reference, and a nameless earlier actor of the pronoun's
  number ("residents said they fled") leaves it open. Otherwise the nearest sentence (the
  reference's own first, then up to `window_sentences` back) that holds an actor the phrase can
  denote decides: one such actor, or one of them as a subject, and the phrase is that actor;
  several with no single subject, and it stays open. An unqualified
  country description ("the army", "the government") that the window leaves open is the home
  country's: the country most of the document's places are in (`via` ends in "+home").

A wrong link is worse than none: an analyst reading "the group" can still see the sentence. Every
resolved mention keeps its own words and points to what it refers to (`refers_to`: an actor
mention, or for a home country with no actor mention its first place) and the rule (`via`).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Callable

from .actors import LinkedMention
from .lexicon import SECTOR_NAMES, ActorInfo, Lexicon

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# An owner named on the noun: "Hezbollah fighters" (compound), "Ukraine's army" (poss).
OWNER_DEPS = {"compound", "poss", "nmod"}
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
# Sectors of armed nouns: a person's armed role owns them ("Burhan's troops"), a political one does not.
ARMED_SECTORS = {"MIL", "REB", "PRM", "CRM"}
# The kind of an organisation record that is itself a country's sector ("saf" is Sudan's army).
SECTOR_OF_KIND = {"government": "GOV", "military": "MIL", "police": "COP"}
COUNTRY_SECTOR_ID = re.compile(r"^[A-Z]{3}-[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class ReferenceRules:
    version: str
    window: int
    descriptions: dict[str, dict]
    owned_nouns: dict[str, str | None]
    possessives: frozenset[str]
    pronouns: dict[str, dict]
    expletive_verbs: frozenset[str]
    not_the_same: frozenset[str]
    backed_by: frozenset[str]
    focus_min_places: int
    speech_verbs: frozenset[str]  # from the events' status cues: one list of verbs of saying


@lru_cache(maxsize=1)
def reference_rules() -> ReferenceRules:
    """The rules in `data/actors/references.json`."""
    package = importlib_resources.files("sitrep") / "data"
    data = json.loads((package / "actors" / "references.json").read_text(encoding="utf-8"))
    speech = json.loads((package / "plover" / "status_cues.json").read_text(encoding="utf-8"))["speech_verbs"]
    return ReferenceRules(data["version"], int(data["window_sentences"]), data["descriptions"], data["owned_nouns"],
                          frozenset(data["possessives"]), data["pronouns"], frozenset(data["expletive_verbs"]),
                          frozenset(data["not_the_same"]),
                          frozenset(data["backed_by"]), int(data["focus_min_places"]), frozenset(speech))


@dataclass(frozen=True, slots=True)
class _Reference:
    start: int  # token span of the phrase
    end: int
    accept: Callable[[LinkedMention], str | None]  # an earlier mention -> the actor the phrase denotes
    via: str
    sector: str | None = None  # for a country description: the sector it names


def resolve_references(doc, lexicon: Lexicon, mentions: list[LinkedMention], new_actors: dict[str, ActorInfo],
                       published: str | None = None, places: list | None = None) -> list[LinkedMention]:
    """`mentions` with owned nouns merged into their owners and references linked to the actors
    they stand for, sorted by position. `places` (the places stage's mentions) give the home country."""
    rules = reference_rules()
    sides = _Sides(lexicon, lambda a: lexicon.actors.get(a) or new_actors.get(a), published)
    mentions = _merge_owned(doc, _link_short_names(mentions, sides), lexicon, sides, rules)
    at = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    home = _home_country(places or [], rules.focus_min_places)
    sentence_of = {i: sent for sent in doc.sents for i in range(sent.start, sent.end)}
    for token in doc:
        ref = _reference_at(token, at, rules, lexicon, sides)
        if ref is None:
            continue
        antecedent = _speaker_of(token, at, ref.accept) if ref.via.startswith(("possessive", "pronoun")) else None
        if antecedent is None:
            antecedent = _nearest(doc, token, ref.start, at, ref.accept, rules, sentence_of)
        actor = (ref.accept(antecedent) or None) if antecedent is not None else None  # "": nameless
        via = ref.via
        if ref.sector is not None and home is not None and actor is None and antecedent is None:
            antecedent, actor = _home_side(lexicon, ref, home, at)
            via = f"{ref.via}+home"
        if antecedent is None or actor is None:
            continue
        span = doc[ref.start:ref.end]
        linked = LinkedMention(span.start_char, span.end_char, actor, span.text, ref.start, ref.end,
                               refers_to=antecedent, via=via)
        for i in range(ref.start, ref.end):
            old = at.get(i)
            if old is not None:
                for j in range(old.token_start, old.token_end):
                    at.pop(j, None)
        for i in range(ref.start, ref.end):
            at[i] = linked
    return sorted({id(m): m for m in at.values()}.values(), key=lambda m: (m.start, m.end))


@dataclass(frozen=True, slots=True)
class _Sides:
    """Whose side a noun owned by an actor, or referring back to one, is on."""

    lexicon: Lexicon
    info: Callable[[str], ActorInfo | None]
    published: str | None

    def of_country(self, actor_id: str, sector: str) -> str | None:
        """The sector of a state's or a country sector's country ("RUS-MIL"); None for anyone else."""
        a = self.info(actor_id)
        if a is None or not a.country or not (a.kind == "state" or COUNTRY_SECTOR_ID.match(actor_id)):
            return None
        sector_actor = self.lexicon.country_actor(a.country, sector)
        return sector_actor.id if sector_actor is not None else None

    def owner_side(self, actor_id: str, sector: str | None) -> str | None:
        """The side of a noun of `sector` owned by `actor_id`: a country's sector, an organisation
        itself, or what a person's role on the publication date is of."""
        a = self.info(actor_id)
        if a is None or _unidentified(actor_id):
            return None
        if a.kind == "person":
            return self._person_side(actor_id, sector)
        if a.kind == "state" or COUNTRY_SECTOR_ID.match(actor_id):
            # a country's "fighters" or "members" are no sector of it
            return self.of_country(actor_id, sector) if sector in SECTOR_OF_KIND.values() else None
        return actor_id

    def _person_side(self, person: str, sector: str | None) -> str | None:
        """The side of a noun a person owns, from the roles they held on the publication date that
        fit the noun: "Burhan's troops" are the army he commands, not the council he chairs. None
        when two sides fit."""
        armed = sector in ARMED_SECTORS
        fitting = set()
        for of in self.lexicon.sides_of(person, self.published):
            if of in self.lexicon.iso3:
                sector_actor = self.lexicon.country_actor(of, sector) if sector in SECTOR_OF_KIND.values() else None
                side = sector_actor.id if sector_actor is not None else None
            else:
                org = self.lexicon.actors.get(of)
                fits = org is not None and (org.kind in {"military", "armed_group"}) == armed
                side = of if fits else None
            if side is not None:
                fitting.add(side)
        return fitting.pop() if len(fitting) == 1 else None


def _unidentified(actor_id: str | None) -> bool:
    """A sector known only by its noun ("MIL" for "the army"), owned by nobody in particular."""
    return actor_id in SECTOR_NAMES


def _named(at, i: int) -> bool:
    return at.get(i) is not None and not _unidentified(at[i].actor)


# --- people named again by part of their name ------------------------------------------------------

def _link_short_names(mentions: list[LinkedMention], sides: _Sides) -> list[LinkedMention]:
    """A person the lexicon lacks, named by the last words of exactly one person named earlier, is
    that person: "Joaquin Guzman Lopez ... Guzman Lopez", "Ivan Mordisco ... Mordisco". Two earlier
    Haqqanis leave "Haqqani" as it was."""
    out: list[LinkedMention] = []
    people: list[LinkedMention] = []
    for m in mentions:
        a = sides.info(m.actor)
        if a is None or a.kind != "person":
            out.append(m)
            continue
        words = m.text.split()
        if m.actor.startswith("new:"):
            earlier = {p.actor: p for p in people if p.actor != m.actor and len(p.text.split()) > len(words)
                       and p.text.split()[-len(words):] == words}
            if len(earlier) == 1:
                first = next(iter(earlier.values()))
                m = LinkedMention(m.start, m.end, first.actor, m.text, m.token_start, m.token_end,
                                  refers_to=first, via="short name")
        people.append(m)
        out.append(m)
    return out


# --- owned nouns ----------------------------------------------------------------------------------

def _merge_owned(doc, mentions, lexicon: Lexicon, sides: _Sides, rules: ReferenceRules) -> list[LinkedMention]:
    """Generic nouns with a named owner on them become one mention of the owner's side."""
    at = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    merged, dropped = {}, set()
    for m in mentions:
        if not _unidentified(m.actor) or _modified_by(doc[m.token_end - 1], rules.not_the_same | rules.backed_by) \
                or _named(at, m.token_end):
            continue  # "Hamas spokesman Hazem Qassem": a title before a name, the person is the actor
        owner = _owner_of(doc, m, at)
        if owner is None or id(owner) in dropped:
            continue
        side = sides.owner_side(owner.actor, _sector_of(m, lexicon))
        if side is None:
            continue
        span = doc[owner.token_start:m.token_end]
        merged[id(m)] = LinkedMention(span.start_char, span.end_char, side, span.text, owner.token_start,
                                      m.token_end, refers_to=None, via="owner")
        dropped.add(id(owner))
    return [merged.get(id(m), m) for m in mentions if id(m) not in dropped]


def _owner_of(doc, m: LinkedMention, at) -> LinkedMention | None:
    """The named mention that owns a generic noun: its possessor or compound in the parse, or the
    name just before it ("Hezbollah fighters", "Myanmar's military", which the small model may
    parse with "military" as an adjective)."""
    noun = doc[m.token_end - 1]
    for child in noun.children:
        owner = at.get(child.i)
        if child.dep_ in OWNER_DEPS and owner is not None and owner is not m and owner.token_end <= m.token_start \
                and not _unidentified(owner.actor) and _only_modifiers_between(doc, owner.token_end, m.token_start):
            return owner
    before = m.token_start - 1
    if before >= 0 and doc[before].text in POSSESSIVE_MARKS:
        before -= 1
    owner = at.get(before) if before >= 0 else None
    if owner is not None and owner.token_end == before + 1 and not _unidentified(owner.actor):
        return owner
    return None


def _only_modifiers_between(doc, start: int, end: int) -> bool:
    """Whether the tokens between an owner and its noun only qualify the noun ("Russia's long-range
    bombers"), with no coordination or clause between ("HTS and Turkish-backed rebels")."""
    return all(t.text in POSSESSIVE_MARKS or (t.dep_ in {"amod", "compound", "nmod", "npadvmod", "case"}
                                              or t.text == "-") and t.pos_ not in {"CCONJ", "VERB", "ADP"}
               for t in doc[start:end])


def _modified_by(noun, words: frozenset[str]) -> bool:
    """Whether a modifier of `noun` (or a word inside one, "Turkish-backed") is one of `words`."""
    return any(t.lower_ in words for c in noun.children if c.i < noun.i and c.dep_ not in {"det", "poss"}
               for t in c.subtree)


def _sector_of(m: LinkedMention, lexicon: Lexicon) -> str:
    """The sector a generic mention's noun names ("jets": MIL); its actor id is that sector."""
    alias = lexicon.lookup(m.text)
    return alias.sector if alias is not None and alias.sector else m.actor


# --- references -----------------------------------------------------------------------------------

def _reference_at(token, at, rules: ReferenceRules, lexicon: Lexicon, sides: _Sides) -> _Reference | None:
    """The reference `token` heads, if any."""
    if token.lower_ in rules.possessives and token.dep_ == "poss":
        return _possessive(token, at, rules, lexicon, sides)
    if token.lower_ in rules.pronouns and token.dep_ in SUBJECT_DEPS and token.pos_ == "PRON":
        return _pronoun(token, rules, sides)
    return _description(token, at, rules, lexicon, sides)


def _pronoun(token, rules: ReferenceRules, sides: _Sides) -> _Reference | None:
    """"It said", "they had withdrawn", "he told reporters": a subject pronoun that stands for a
    named actor of a kind it can name. An earlier actor known only by its noun ("the army",
    "residents") of the pronoun's number is a candidate too, one that leaves the pronoun open:
    "residents said they fled" does not reach back to the last armed group named."""
    if token.lower_ == "it" and _expletive(token, rules):
        return None
    entry = rules.pronouns[token.lower_]
    kinds, plural = frozenset(entry["kinds"]), bool(entry["plural"])

    def accept(m: LinkedMention) -> str | None:
        a = sides.info(m.actor)
        if a is None:
            return None
        if _unidentified(m.actor):
            head = token.doc[m.token_end - 1]
            return "" if (head.tag_ in {"NNS", "NNPS"}) == plural else None
        return m.actor if a.kind in kinds else None
    return _Reference(token.i, token.i + 1, accept, f"pronoun:{token.lower_}")


def _expletive(token, rules: ReferenceRules) -> bool:
    """"it is unclear whether", "it remains to be seen", "it was not immediately clear": an empty
    subject with the real one extraposed after the verb."""
    verb = token.head
    return verb.lemma_.lower() in rules.expletive_verbs and any(
        c.dep_ in {"acomp", "ccomp", "xcomp", "attr", "advcl"} for c in verb.children if c.i > token.i)


def _possessive(token, at, rules: ReferenceRules, lexicon: Lexicon, sides: _Sides) -> _Reference | None:
    """"its jets", "their spokesman": the owner's side, or None when the noun is no actor's."""
    noun = token.head
    if _modified_by(noun, rules.not_the_same | rules.backed_by):
        return None  # "its allied militias" are someone else
    held = at.get(noun.i)
    if held is not None and _unidentified(held.actor):
        sector, end = _sector_of(held, lexicon), held.token_end
    elif held is None and noun.lower_ in rules.owned_nouns:
        sector, end = rules.owned_nouns[noun.lower_], noun.i + 1
    else:
        return None
    return _Reference(token.i, end, lambda m: sides.owner_side(m.actor, sector), f"possessive:{token.lower_}")


def _description(token, at, rules: ReferenceRules, lexicon: Lexicon, sides: _Sides) -> _Reference | None:
    """"the group", "the Iran-backed militia", "the air force": what an earlier actor it can
    denote is, or None when the phrase names its own actor or is no description."""
    key, desc = _description_key(token, rules)
    if desc is None or not token.text.islower() or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the":
        return None
    if _named(at, token.i) or _modified_by(token, rules.not_the_same) or _introduces_a_name(token, at):
        return None  # named already ("the Houthi movement"), another actor, or a title before a name
    for child in token.children:
        if child.dep_ in OWNER_DEPS and any(_named(at, t.i) for t in child.subtree):
            return None  # owned by a name: the owner step decides
        if child.dep_ == "prep" and child.lower_ == "of":
            return None  # "the government of Sudan" names its own country
    kinds = frozenset(desc.get("kinds", ()))
    sector = desc.get("country_sector")
    country = _demonym_country(token, lexicon)  # "the Somali group" is a Somali actor

    def accept(m: LinkedMention) -> str | None:
        a = sides.info(m.actor)
        if a is None or _unidentified(m.actor) or (country and a.country != country):
            return None
        if sector and (a.kind == "state" or COUNTRY_SECTOR_ID.match(m.actor)):
            return sides.of_country(m.actor, sector)
        if a.kind in kinds:
            return m.actor
        if sector and a.kind in SECTOR_OF_KIND and a.country:  # "the army" after the Sovereignty Council
            return sides.of_country(lexicon.iso3.get(a.country, ""), sector)
        return None
    return _Reference(det.i, token.i + 1, accept, f"description:{key}", sector if not country else None)


def _description_key(token, rules: ReferenceRules) -> tuple[str, dict | None]:
    """The description entry of a head noun, its compound first ("air force", "security forces")."""
    compounds = [c for c in token.children if c.dep_ in {"compound", "amod"} and c.i == token.i - 1]
    if compounds:
        pair = f"{compounds[0].lower_} {token.lower_}"
        if pair in rules.descriptions:
            return pair, rules.descriptions[pair]
    return token.lower_, rules.descriptions.get(token.lower_)


def _demonym_country(token, lexicon: Lexicon) -> str | None:
    for c in token.children:
        alias = lexicon.lookup(c.text) if c.dep_ in {"amod", "compound"} else None
        if alias is not None and alias.role == "demonym":
            return alias.country
    return None


def _introduces_a_name(token, at) -> bool:
    """"the armed group Jama'at Nusrat al-Islam", "the militia, the Wagner Group,": a description
    that a name follows or stands beside is a title, not a reference back."""
    doc = token.doc
    nxt = token.i + 1
    if nxt < len(doc) and doc[nxt].text in {",", "("} and nxt + 1 < len(doc):
        nxt += 1
    return (nxt < len(doc) and _named(at, nxt)) or _named(at, token.head.i) or any(
        c.dep_ == "appos" and _named(at, c.i) for c in token.children)


def _speaker_of(token, at, accept) -> LinkedMention | None:
    """The subject of the nearest verb above `token` whose subject stands before it: "the ministry
    said its jets struck" (the speaker owns the jets)."""
    head = token.head
    while head.head is not head:
        head = head.head
        if head.pos_ not in {"VERB", "AUX"}:
            continue
        for child in head.children:
            holds_token = child.left_edge.i <= token.i <= child.right_edge.i
            if child.dep_ in SUBJECT_DEPS and child.i < token.i and not holds_token:
                m = at.get(child.i)
                if m is not None and accept(m):
                    return m
        return None
    return None


def _nearest(doc, token, ref_start: int, at, accept, rules: ReferenceRules, sentence_of: dict) -> LinkedMention | None:
    """The one actor the reference can denote in the nearest sentence that holds any, or the one
    subject among several (a speaker's last: "X seized the town, the Observatory said. The group
    ..." is X); None when that sentence leaves it open. `sentence_of` maps a token to its sentence,
    built once per document."""
    own = sentence_of[token.i]
    sent = own
    for _ in range(rules.window + 1):
        stop = ref_start if sent is own else sent.end
        seen, candidates = set(), []
        for i in range(sent.start, stop):
            m = at.get(i)
            if m is None or id(m) in seen or m.token_end > stop:
                continue
            seen.add(id(m))
            actor = accept(m)
            if actor is not None:
                candidates.append((m, actor))
        if candidates:
            return _one_candidate(doc, token, candidates, rules)
        if sent.start == 0:
            return None
        sent = sentence_of[sent.start - 1]
    return None


def _one_candidate(doc, token, candidates, rules: ReferenceRules) -> LinkedMention | None:
    """The mention a sentence's candidates agree on: one actor, or the one subject among several."""
    if len({a for _, a in candidates}) == 1:
        return candidates[-1][0]
    subjects = [(m, a, verb) for m, a in candidates if (verb := _subject_verb(doc, m)) is not None]
    if len({a for _, a, _ in subjects}) > 1:
        # a speaker goes on speaking ("X said ... It added"), but is no doer of what follows
        speaking = token.dep_ in SUBJECT_DEPS and token.head.lemma_ in rules.speech_verbs
        subjects = [(m, a, verb) for m, a, verb in subjects if (verb.lemma_ in rules.speech_verbs) == speaking]
    return subjects[-1][0] if len({a for _, a, _ in subjects}) == 1 else None


def _subject_verb(doc, m: LinkedMention):
    """The verb whose subject the mention is, if it is one, alone or coordinated ("X and Y attacked")."""
    root = doc[m.token_start:m.token_end].root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root.head if root.dep_ in SUBJECT_DEPS else None


# --- the home country -----------------------------------------------------------------------------

def _home_country(places, min_places: int) -> tuple[str, object] | None:
    """The country most of the document's places are in, with its first place, when it has at
    least `min_places` place mentions and more than any other country."""
    counts = Counter(p.entry.country for p in places if p.entry.country)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < min_places or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    country = ranked[0][0]
    return country, next(p for p in places if p.entry.country == country)


def _home_side(lexicon: Lexicon, ref: _Reference, home, at) -> tuple[LinkedMention | None, str | None]:
    """The home country's side for an unqualified country description: what the phrase makes of
    the last earlier actor of that country, else the country's sector, referring to its first place."""
    country, first_place = home
    earlier = sorted((m for m in {id(m): m for m in at.values()}.values() if m.token_end <= ref.start),
                     key=lambda m: m.start, reverse=True)
    for m in earlier:
        actor = ref.accept(m)
        info = lexicon.actors.get(actor) if actor else None
        if info is not None and info.country == country:
            return m, actor
    sector_actor = lexicon.country_actor(country, ref.sector)
    if sector_actor is None or first_place.token_start >= ref.start:
        return None, None
    return LinkedMention(first_place.start, first_place.end, sector_actor.id, first_place.text, first_place.token_start,
                         first_place.token_end), sector_actor.id
