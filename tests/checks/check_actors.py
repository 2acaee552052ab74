#!/usr/bin/env python3
"""Validate the canonical actor files in this folder (stdlib only).

Usage:  python check_actors.py [DIR]

Checks
  * every file is UTF-8 JSON Lines (one object per line, no header, no blank lines), sorted by its key
    (countries: iso2; organizations/people: id; generic: term then sector);
  * required fields and types; ids unique and matching ^[a-z0-9]+(-[a-z0-9]+)*$; kinds from the contract;
    ISO codes (two / three upper-case letters, unique); wikidata ^Q[1-9][0-9]*$ or null;
  * every surface form (name, aliases, demonyms, capitals, government/military aliases, historical names)
    maps to exactly one actor across ALL files, compared case-insensitively after folding accents,
    apostrophes, hyphens, dots and a leading "the"; generic terms may not collide with actor surface forms;
  * case-sensitive aliases are unique as written and do not collide with another actor's folded forms;
  * roles[].of points to an existing organisation id or country iso2; dates are YYYY or YYYY-MM and start <= end;
  * names[] entries are also listed among the record's name/aliases.
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys
import unicodedata

KINDS = {"state", "government", "military", "police", "armed_group", "party", "igo", "ngo", "media", "person",
         "group", "other"}
ORG_KINDS = KINDS - {"state", "person"}
SECTORS = {"MIL", "GOV", "COP", "REB", "PRM", "CVL", "REF", "JUD", "LEG", "MED", "JRN", "OPP", "SPY", "CRM",
           "PTY", "REL", "EDU", "LAB", "BUS", "UNK"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")

COUNTRY_FIELDS = {"iso2", "iso3", "name", "aliases", "demonyms", "capitals", "government_aliases", "wikidata"}
COUNTRY_OPTIONAL = {"military_aliases", "case_sensitive_aliases"}
ORG_FIELDS = {"id", "name", "kind", "country", "wikidata", "aliases", "note"}
ORG_OPTIONAL = {"case_sensitive_aliases", "names"}
PERSON_FIELDS = {"id", "name", "kind", "country", "wikidata", "aliases", "roles"}
PERSON_OPTIONAL = {"case_sensitive_aliases", "names", "note"}
GENERIC_FIELDS = {"term", "kind", "sector"}


def fold(s):
    """Comparison key used for collision detection (deliberately aggressive)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.casefold()
    s = re.sub(r"[\u2018\u2019\u02bc\u02bb`´]", "'", s)
    s = re.sub(r"[\u2010-\u2015-]", " ", s)
    s = s.replace(".", "")
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


class Checker:
    def __init__(self, folder):
        self.folder = folder
        self.errors = []
        self.forms = {}       # folded form -> (actor key, original, file)
        self.cs_forms = {}    # exact case-sensitive alias -> actor key

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def load(self, fn):
        path = os.path.join(self.folder, fn)
        rows = []
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except OSError as e:
            self.err(fn, f"cannot read ({e})")
            return rows
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            self.err(fn, f"not UTF-8 ({e})")
            return rows
        if text.startswith("\ufeff"):
            self.err(fn, "has a byte-order mark")
            text = text[1:]
        if text and not text.endswith("\n"):
            self.err(fn, "last line lacks a newline")
        for i, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1):
            if not line.strip():
                self.err(f"{fn}:{i}", "blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                self.err(f"{fn}:{i}", f"invalid JSON ({e})")
                continue
            if not isinstance(obj, dict):
                self.err(f"{fn}:{i}", "line is not a JSON object")
                continue
            rows.append((i, obj))
        return rows

    def strlist(self, where, obj, field, required=True):
        if field not in obj:
            if required:
                self.err(where, f"missing field {field!r}")
            return []
        v = obj[field]
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() == x and x for x in v):
            self.err(where, f"{field!r} must be a list of non-empty, trimmed strings")
            return []
        if len(set(v)) != len(v):
            self.err(where, f"{field!r} has repeated entries")
        return v

    def fields(self, where, obj, required, optional):
        missing = required - obj.keys()
        extra = obj.keys() - required - optional
        if missing:
            self.err(where, f"missing fields {sorted(missing)}")
        if extra:
            self.err(where, f"unknown fields {sorted(extra)}")

    def wikidata(self, where, obj):
        q = obj.get("wikidata")
        if q is not None and not (isinstance(q, str) and QID_RE.match(q)):
            self.err(where, f"bad wikidata {q!r}")

    def register(self, where, key, forms, cs_forms):
        for s in forms:
            f = fold(s)
            if not f:
                self.err(where, f"empty surface form {s!r}")
                continue
            prev = self.forms.get(f)
            if prev is None:
                self.forms[f] = (key, s, where)
            elif prev[0] != key:
                self.err(where, f"surface form {s!r} collides with {prev[1]!r} of {prev[0]} ({prev[2]})")
        for s in cs_forms:
            prev = self.cs_forms.get(s)
            if prev is not None and prev != key:
                self.err(where, f"case-sensitive alias {s!r} also used by {prev}")
            self.cs_forms.setdefault(s, key)

    def check_cs_against_folded(self):
        for s, key in self.cs_forms.items():
            prev = self.forms.get(fold(s))
            if prev is not None and prev[0] != key:
                self.err(key, f"case-sensitive alias {s!r} collides with {prev[1]!r} of {prev[0]} ({prev[2]})")

    def sorted_by(self, fn, rows, keyf):
        keys = [keyf(o) for _, o in rows]
        if keys != sorted(keys):
            self.err(fn, "rows are not sorted")

    def names_history(self, where, obj, forms):
        if "names" not in obj:
            return
        hist = obj["names"]
        if not isinstance(hist, list) or not hist:
            self.err(where, "'names' must be a non-empty list")
            return
        folded = {fold(x) for x in forms}
        for h in hist:
            if not isinstance(h, dict) or not isinstance(h.get("name"), str):
                self.err(where, f"bad names entry {h!r}")
                continue
            if set(h) - {"name", "from", "until"}:
                self.err(where, f"names entry has unknown keys {sorted(set(h) - {'name', 'from', 'until'})}")
            for k in ("from", "until"):
                if k in h and not (isinstance(h[k], str) and DATE_RE.match(h[k])):
                    self.err(where, f"names entry {k}={h[k]!r} is not YYYY or YYYY-MM")
            if fold(h["name"]) not in folded:
                self.err(where, f"historical name {h['name']!r} is not among name/aliases")

    def run(self):
        countries = self.load("countries.jsonl")
        orgs = self.load("organizations.jsonl")
        people = self.load("people.jsonl")
        generic = self.load("generic.jsonl")

        iso2s, iso3s = set(), set()
        self.sorted_by("countries.jsonl", countries, lambda o: str(o.get("iso2")))
        for i, o in countries:
            where = f"countries.jsonl:{i}"
            self.fields(where, o, COUNTRY_FIELDS, COUNTRY_OPTIONAL)
            iso2, iso3 = o.get("iso2"), o.get("iso3")
            if not (isinstance(iso2, str) and ISO2_RE.match(iso2)):
                self.err(where, f"bad iso2 {iso2!r}")
            elif iso2 in iso2s:
                self.err(where, f"duplicate iso2 {iso2}")
            iso2s.add(iso2)
            if not (isinstance(iso3, str) and ISO3_RE.match(iso3)):
                self.err(where, f"bad iso3 {iso3!r}")
            elif iso3 in iso3s:
                self.err(where, f"duplicate iso3 {iso3}")
            iso3s.add(iso3)
            if not isinstance(o.get("name"), str) or not o.get("name"):
                self.err(where, "missing name")
            self.wikidata(where, o)
            forms = [o.get("name", "")]
            for fld in ("aliases", "demonyms", "capitals", "government_aliases"):
                forms += self.strlist(where, o, fld)
            forms += self.strlist(where, o, "military_aliases", required=False)
            cs = self.strlist(where, o, "case_sensitive_aliases", required=False)
            self.register(where, f"country:{iso2}", forms, cs)

        ids = set()
        for fn, rows, required, optional, kinds in (
                ("organizations.jsonl", orgs, ORG_FIELDS, ORG_OPTIONAL, ORG_KINDS),
                ("people.jsonl", people, PERSON_FIELDS, PERSON_OPTIONAL, {"person"})):
            self.sorted_by(fn, rows, lambda o: str(o.get("id")))
            for i, o in rows:
                where = f"{fn}:{i}"
                self.fields(where, o, required, optional)
                id_ = o.get("id")
                if not (isinstance(id_, str) and ID_RE.match(id_)):
                    self.err(where, f"bad id {id_!r}")
                elif id_ in ids:
                    self.err(where, f"duplicate id {id_}")
                ids.add(id_)
                if o.get("kind") not in kinds:
                    self.err(where, f"kind {o.get('kind')!r} not allowed here")
                c = o.get("country")
                if c is not None and not (isinstance(c, str) and ISO2_RE.match(c)):
                    self.err(where, f"bad country {c!r}")
                if not isinstance(o.get("name"), str) or not o.get("name"):
                    self.err(where, "missing name")
                if "note" in o and o["note"] is not None and not isinstance(o["note"], str):
                    self.err(where, "note must be a string or null")
                self.wikidata(where, o)
                forms = [o.get("name", "")] + self.strlist(where, o, "aliases")
                cs = self.strlist(where, o, "case_sensitive_aliases", required=False)
                self.register(where, f"id:{id_}", forms, cs)
                self.names_history(where, o, forms + cs)

        # country fields of orgs/people must be known countries
        for fn, rows in (("organizations.jsonl", orgs), ("people.jsonl", people)):
            for i, o in rows:
                c = o.get("country")
                if isinstance(c, str) and ISO2_RE.match(c) and c not in iso2s:
                    self.err(f"{fn}:{i}", f"country {c} not in countries.jsonl")

        # roles
        for i, o in people:
            where = f"people.jsonl:{i}"
            roles = o.get("roles")
            if not isinstance(roles, list):
                self.err(where, "'roles' must be a list")
                continue
            for r in roles:
                if not isinstance(r, dict):
                    self.err(where, f"bad role {r!r}")
                    continue
                if set(r) != {"title", "of", "start", "end"}:
                    self.err(where, f"role keys must be title/of/start/end, got {sorted(r)}")
                if not isinstance(r.get("title"), str) or not r.get("title"):
                    self.err(where, f"role without title {r!r}")
                of = r.get("of")
                if not (isinstance(of, str) and (of in ids and ID_RE.match(of) or of in iso2s)):
                    self.err(where, f"role.of {of!r} is neither an organisation id nor a country iso2")
                elif of in ids and not any(oo.get("id") == of for _, oo in orgs):
                    self.err(where, f"role.of {of!r} points to a person, not an organisation")
                for k in ("start", "end"):
                    v = r.get(k)
                    if v is not None and not (isinstance(v, str) and DATE_RE.match(v)):
                        self.err(where, f"role {k}={v!r} is not YYYY or YYYY-MM")
                s, e = r.get("start"), r.get("end")
                if isinstance(s, str) and isinstance(e, str) and DATE_RE.match(s) and DATE_RE.match(e) and s[:len(e)] > e[:len(s)]:
                    self.err(where, f"role starts after it ends: {r}")

        # generic terms
        self.sorted_by("generic.jsonl", generic, lambda o: (str(o.get("term")), str(o.get("sector"))))
        seen_terms = set()
        for i, o in generic:
            where = f"generic.jsonl:{i}"
            self.fields(where, o, GENERIC_FIELDS, set())
            t = o.get("term")
            if not isinstance(t, str) or not t or t != t.lower() or t.strip() != t:
                self.err(where, f"term must be a trimmed lower-case string, got {t!r}")
                continue
            if t in seen_terms:
                self.err(where, f"duplicate term {t!r}")
            seen_terms.add(t)
            if o.get("kind") not in KINDS - {"person", "state"}:
                self.err(where, f"bad kind {o.get('kind')!r}")
            if o.get("sector") not in SECTORS:
                self.err(where, f"bad sector {o.get('sector')!r}")
            prev = self.forms.get(fold(t))
            if prev is not None:
                self.err(where, f"generic term {t!r} collides with {prev[1]!r} of {prev[0]} ({prev[2]})")

        self.check_cs_against_folded()
        return {"countries": len(countries), "organizations": len(orgs), "people": len(people),
                "generic": len(generic)}


def main(argv):
    folder = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "sitrep", "data", "actors")
    ch = Checker(folder)
    counts = ch.run()
    for e in ch.errors:
        print("ERROR", e)
    print(" ".join(f"{k}={v}" for k, v in counts.items()), f"errors={len(ch.errors)}")
    return 1 if ch.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
