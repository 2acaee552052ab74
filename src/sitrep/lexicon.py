"""The actor lexicon: canonical actors from `data/actors/*.jsonl`, and the surface forms that name them.

Countries give three actors each: the state (`RUS`), its government (`RUS-GOV`, named by the
capital or "the Kremlin") and its military (`RUS-MIL`, named by "Russian jets"); a demonym with a
generic noun ("Syrian rebels") gives `SYR-REB` and the like.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from typing import Iterator

from .errors import ResourceError

SECTOR_KINDS = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "armed_group",
                "PRM": "armed_group", "SPY": "military", "JUD": "government", "LEG": "government",
                "OPP": "group", "CVL": "group", "REF": "group", "MED": "group", "JRN": "media",
                "PTY": "party", "BUS": "other", "CRM": "armed_group", "REL": "group", "EDU": "group", "LAB": "group", "UNK": "other"}
SECTOR_NAMES = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels",
                "PRM": "militias", "SPY": "intelligence", "JUD": "judiciary", "LEG": "legislature",
                "OPP": "opposition", "CVL": "civilians", "REF": "refugees", "MED": "medical workers",
                "JRN": "journalists", "PTY": "party", "BUS": "business", "CRM": "criminal groups", "REL": "religious leaders",
                "EDU": "education", "LAB": "labour", "UNK": "unidentified"}


@dataclass(frozen=True, slots=True)
class ActorInfo:
    id: str
    name: str
    kind: str
    country: str | None
    wikidata: str | None


@dataclass(frozen=True, slots=True)
class Alias:
    """What a surface form names. `role` says how: a "name" of the actor itself, a "capital" or
    "government" metonym, a "demonym" (needs context), or a "generic" noun (a sector)."""

    actor: str | None
    role: str
    sector: str | None = None
    country: str | None = None  # ISO alpha-2 for capitals and demonyms


@dataclass(slots=True)
class Lexicon:
    version: str
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    aliases: dict[str, Alias] = field(default_factory=dict)            # lower-cased surface form
    exact_aliases: dict[str, Alias] = field(default_factory=dict)      # case-sensitive acronyms
    iso3: dict[str, str] = field(default_factory=dict)                 # alpha-2 -> alpha-3
    max_words: int = 1
    # First words of every form (lower case), each with how many tokens its forms may span: the
    # matcher tries a window only where one of these starts, which keeps matching linear.
    starts: dict[str, int] = field(default_factory=dict)
    # Person id -> their roles as (start, end, of), "of" an organisation id or a country's alpha-2:
    # whose side "Assad's forces" or "Hemedti's fighters" are on at a given date.
    roles: dict[str, tuple[tuple[str | None, str | None, str], ...]] = field(default_factory=dict)
    # Actor id -> its names over time as (name, from, until): "Jabhat al-Nusra" until 2016-07.
    names: dict[str, tuple[tuple[str, str | None, str | None], ...]] = field(default_factory=dict)

    def window_at(self, token_lower: str) -> int:
        return self.starts.get(token_lower, 0)

    def lookup(self, text: str) -> Alias | None:
        return self.exact_aliases.get(text) or self.aliases.get(" ".join(text.lower().split()))

    def country_actor(self, iso2: str, sector: str | None = None) -> ActorInfo | None:
        """The state (`sector=None`) or one of its sectors (`RUS-MIL`), created on first use."""
        base = self.iso3.get(iso2)
        if base is None:
            return None
        if sector is None:
            return self.actors.get(base)
        actor_id = f"{base}-{sector}"
        if actor_id not in self.actors:
            state = self.actors[base]
            self.actors[actor_id] = ActorInfo(actor_id, f"{state.name} ({SECTOR_NAMES.get(sector, sector.lower())})",
                                              SECTOR_KINDS.get(sector, "other"), iso2, None)
        return self.actors[actor_id]

    def name_on(self, actor_id: str, date: str | None) -> str | None:
        """The name `actor_id` went by on `date` (ISO), the latest-adopted where two overlap; None
        without a date or a history of names (the record's `name` then stands)."""
        if date is None:
            return None
        day = date[:7]
        held = [(start or "", name) for name, start, until in self.names.get(actor_id, ())
                if (start or "") <= day and (until is None or day <= until)]
        return max(held)[1] if held else None

    def sides_of(self, person: str, date: str | None) -> list[str]:
        """What `person`'s roles on `date` (ISO; None: roles with no end) are of: organisation ids
        and countries' alpha-2: a rebel commander in 2020 may lead a state in 2025."""
        day = (date or "9999")[:7]
        return [of for start, end, of in self.roles.get(person, ())
                if (start or "") <= day and (end is None or day < end)]

    def generic_actor(self, sector: str) -> ActorInfo:
        """An actor known only by its sector ("rebels", "gunmen"), with no country."""
        if sector not in self.actors:
            self.actors[sector] = ActorInfo(sector, f"{SECTOR_NAMES.get(sector, sector.lower())} (unidentified)",
                                            SECTOR_KINDS.get(sector, "other"), None, None)
        return self.actors[sector]


def _read_jsonl(name: str) -> Iterator[dict]:
    path = importlib_resources.files("sitrep") / "data" / "actors" / name
    if not path.is_file():
        raise ResourceError(f"actor data file {name} is missing from the sitrep package")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ResourceError(f"data/actors/{name}:{number}: {exc}") from None


def load_lexicon() -> Lexicon:
    """Read every actor file into one Lexicon. Where two entries claim one alias the first file
    wins (countries, then organisations, then people); a test keeps the files free of such clashes."""
    lex = Lexicon(version="actors.v1")
    for c in _read_jsonl("countries.jsonl"):
        iso2, iso3 = c["iso2"], c["iso3"]
        lex.iso3[iso2] = iso3
        lex.actors[iso3] = ActorInfo(iso3, c["name"], "state", iso2, c.get("wikidata"))
        _add(lex, [c["name"], *c.get("aliases", [])], Alias(iso3, "name", country=iso2))
        _add(lex, c.get("demonyms", []), Alias(None, "demonym", country=iso2))
        _add(lex, c.get("capitals", []), Alias(f"{iso3}-GOV", "capital", "GOV", iso2))
        _add(lex, c.get("government_aliases", []), Alias(f"{iso3}-GOV", "government", "GOV", iso2))
        _add(lex, c.get("military_aliases", []), Alias(f"{iso3}-MIL", "government", "MIL", iso2))
        _add(lex, c.get("case_sensitive_aliases", []), Alias(iso3, "name", country=iso2), exact=True)
    for name in ("organizations.jsonl", "people.jsonl"):
        for o in _read_jsonl(name):
            lex.actors[o["id"]] = ActorInfo(o["id"], o["name"], o["kind"], o.get("country"), o.get("wikidata"))
            _add(lex, [o["name"], *o.get("aliases", [])], Alias(o["id"], "name", country=o.get("country")))
            _add(lex, o.get("case_sensitive_aliases", []), Alias(o["id"], "name", country=o.get("country")), exact=True)
            roles = tuple((r.get("start"), r.get("end"), r["of"]) for r in o.get("roles") or [] if r.get("of"))
            if roles:
                lex.roles[o["id"]] = roles
            if o.get("names"):
                lex.names[o["id"]] = tuple((n["name"], n.get("from"), n.get("until")) for n in o["names"])
    for g in _read_jsonl("generic.jsonl"):
        _add(lex, [g["term"]], Alias(None, "generic", g["sector"]))
    for info in list(lex.actors.values()):
        if info.kind == "state" and info.country:
            lex.country_actor(info.country, "GOV")
            lex.country_actor(info.country, "MIL")
    return lex


def _add(lex: Lexicon, forms: list[str], alias: Alias, *, exact: bool = False) -> None:
    for form in forms:
        if not form:
            continue
        key = form if exact else " ".join(form.lower().split())
        table = lex.exact_aliases if exact else lex.aliases
        table.setdefault(key, alias)
        words = len(re.findall(r"\w+|[^\w\s]", form)) + 1
        lex.max_words = max(lex.max_words, words)
        low = form.lower()
        for first in {low.split()[0], re.match(r"\w*", low).group(0)}:
            if first:
                lex.starts[first] = max(lex.starts.get(first, 0), words)
