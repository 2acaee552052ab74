#!/usr/bin/env python3
"""Check the pronoun-resolution evaluation set (pronouns-dev.jsonl, pronouns-test.jsonl).

Stdlib only. Usage:

    python tests/data/actors/check_pronouns.py            # both files
    python tests/data/actors/check_pronouns.py FILE ...   # given files
    python tests/data/actors/check_pronouns.py -v         # also list unannotated "it"

Exits non-zero and lists every problem found. Prints counts (documents, refs, null refs,
refs per pronoun, conflicts) for each file and for all files together.
"""
import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
ACTORS = ROOT / "src" / "sitrep" / "data" / "actors"
DEFAULT_FILES = [HERE / "pronouns-dev.jsonl", HERE / "pronouns-test.jsonl"]
PREFIX = {"pronouns-dev.jsonl": "pd", "pronouns-test.jsonl": "pt"}

PRONOUNS = ("it", "they", "he", "she")
PRONOUN_RE = re.compile(r"(?<![A-Za-z0-9'\-])(it|they|he|she)(?![A-Za-z0-9\-])", re.IGNORECASE)
ALWAYS_SUBJECT = {"they", "he", "she"}  # nominative forms: every occurrence must be a ref
SECTORS = {"GOV", "MIL", "COP", "REB", "PRM", "CRM", "CVL", "REF", "JUD", "LEG", "MED",
           "JRN", "OPP", "SPY", "REL", "EDU", "LAB", "PTY", "BUS", "UNK"}
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ID_RE = re.compile(r"^(pd|pt)(\d{3})$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SENT_SPLIT = re.compile(r"(?<=[.!?])[\"']?\s+(?=[A-Z\"'])")

DOCS_PER_FILE = 40
MIN_SENTENCES, MAX_SENTENCES = 3, 7
MIN_REFS_DOC, MAX_REFS_DOC = 4, 8
MIN_REFS_TOTAL = 350
MIN_NULL_SHARE = 0.25
MIN_CONFLICTS = 14


def slugify(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s


def load_actor_ids():
    iso3, ids, people = set(), set(), set()
    for line in (ACTORS / "countries.jsonl").open(encoding="utf-8"):
        iso3.add(json.loads(line)["iso3"])
    for line in (ACTORS / "organizations.jsonl").open(encoding="utf-8"):
        ids.add(json.loads(line)["id"])
    for line in (ACTORS / "people.jsonl").open(encoding="utf-8"):
        pid = json.loads(line)["id"]
        ids.add(pid)
        people.add(pid)
    return iso3, ids, people


def check_actor(actor, pron, text, iso3, ids, people, err):
    if actor is None:
        return
    if not isinstance(actor, str) or not actor:
        err(f"actor must be null or a non-empty string, got {actor!r}")
        return
    is_person = False
    if actor.startswith("new:"):
        slug = actor[4:]
        if not SLUG_RE.match(slug):
            err(f"bad new: id {actor!r} (want new:lower-case-words-joined-by-hyphens)")
            return
        if slug in ids:
            err(f"{actor!r}: {slug!r} already exists in the actor files; use it without new:")
        if slug.startswith("the-"):
            err(f"{actor!r}: drop the leading 'the'")
        if f"-{slug}-" not in f"-{slugify(text)}-":
            err(f"{actor!r}: the name does not occur in the document text")
        is_person = None  # unknown kind
    elif actor in ids:
        is_person = actor in people
    else:
        code, _, sector = actor.partition("-")
        if code not in iso3:
            err(f"unknown actor id {actor!r}")
            return
        if _ and sector not in SECTORS:
            err(f"unknown sector in {actor!r}")
            return
    if pron in ("he", "she") and is_person is False:
        err(f"{pron!r} resolved to non-person actor {actor!r}")
    if pron == "it" and is_person is True:
        err(f"'it' resolved to person {actor!r}")


def check_file(path, iso3, ids, people, verbose):
    problems = []
    stats = {"docs": 0, "refs": 0, "null": 0, "pron": Counter(), "pron_null": Counter(),
             "conflicts": Counter(), "unannotated_it": 0}
    prefix = PREFIX.get(path.name)
    seen_ids = []
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as e:
        return [f"{path}: cannot read: {e}"], stats
    if lines and lines[-1] == "":
        lines.pop()
    else:
        problems.append(f"{path}: file must end with a newline")
    for lineno, line in enumerate(lines, 1):
        where = f"{path.name}:{lineno}"

        def err(msg, where=where):
            problems.append(f"{where}: {msg}")

        if not line.strip():
            err("blank line")
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"invalid JSON: {e}")
            continue
        if not isinstance(doc, dict):
            err("line is not a JSON object")
            continue
        keys = set(doc)
        want = {"id", "conflict", "published", "text", "refs"}
        if keys != want:
            err(f"keys {sorted(keys)} != {sorted(want)}")
            continue
        did = doc["id"]
        where = f"{path.name}:{lineno} ({did})"
        m = ID_RE.match(did) if isinstance(did, str) else None
        if not m:
            err(f"bad id {did!r}", where)
        else:
            if prefix and m.group(1) != prefix:
                err(f"id prefix should be {prefix!r}", where)
            expect = len(seen_ids) + 1
            if int(m.group(2)) != expect:
                err(f"ids must run {m.group(1)}001.. without gaps; expected number {expect:03d}", where)
        seen_ids.append(did)
        if not isinstance(doc["conflict"], str) or not doc["conflict"].strip():
            err("conflict must be a non-empty string", where)
        pub = doc["published"]
        if not isinstance(pub, str) or not DATE_RE.match(pub):
            err(f"published must be YYYY-MM-DD, got {pub!r}", where)
        else:
            try:
                datetime.date.fromisoformat(pub)
            except ValueError:
                err(f"published is not a real date: {pub!r}", where)
        text = doc["text"]
        if not isinstance(text, str) or not text.strip():
            err("text must be a non-empty string", where)
            continue
        if text != text.strip() or "  " in text or "\n" in text:
            err("text has stray whitespace", where)
        n_sent = len(SENT_SPLIT.split(text))
        if not MIN_SENTENCES <= n_sent <= MAX_SENTENCES:
            err(f"{n_sent} sentences (want {MIN_SENTENCES}-{MAX_SENTENCES})", where)
        refs = doc["refs"]
        if not isinstance(refs, list):
            err("refs must be a list", where)
            continue
        if not MIN_REFS_DOC <= len(refs) <= MAX_REFS_DOC:
            err(f"{len(refs)} refs (want {MIN_REFS_DOC}-{MAX_REFS_DOC})", where)
        spans = set()
        last_end = -1
        for i, ref in enumerate(refs):
            rw = f"{where} ref {i}"
            if not isinstance(ref, dict) or set(ref) != {"text", "start", "end", "actor"}:
                err("ref must have exactly the keys text, start, end, actor", rw)
                continue
            s, e, rt = ref["start"], ref["end"], ref["text"]
            if not (isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool)
                    and not isinstance(e, bool)):
                err("start/end must be integers", rw)
                continue
            if not (0 <= s < e <= len(text)):
                err(f"offsets {s}:{e} out of range", rw)
                continue
            if text[s:e] != rt:
                err(f"text[{s}:{e}] = {text[s:e]!r} != {rt!r}", rw)
                continue
            if not isinstance(rt, str) or rt.lower() not in PRONOUNS:
                err(f"{rt!r} is not one of {PRONOUNS}", rw)
                continue
            if (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "'-")) or \
               (e < len(text) and (text[e].isalnum() or text[e] in "-")):
                err(f"{rt!r} at {s} is not a whole word", rw)
            if s < last_end:
                err("refs must be sorted by start and must not overlap", rw)
            last_end = e
            spans.add((s, e))
            pron = rt.lower()
            check_actor(ref["actor"], pron, text, iso3, ids, people,
                        lambda msg, rw=rw: err(msg, rw))
            stats["refs"] += 1
            stats["pron"][pron] += 1
            if ref["actor"] is None:
                stats["null"] += 1
                stats["pron_null"][pron] += 1
        for m in PRONOUN_RE.finditer(text):
            if (m.start(), m.end()) in spans:
                continue
            word = m.group(1).lower()
            ctx = text[max(0, m.start() - 40):m.end() + 40]
            if word in ALWAYS_SUBJECT:
                err(f"unannotated subject pronoun {m.group(1)!r} at {m.start()}: ...{ctx}...", where)
            else:
                stats["unannotated_it"] += 1
                if verbose:
                    print(f"note {where}: unannotated {m.group(1)!r} at {m.start()}: ...{ctx}...")
        stats["docs"] += 1
        stats["conflicts"][doc["conflict"]] += 1
    if len(seen_ids) != len(set(seen_ids)):
        problems.append(f"{path.name}: duplicate ids")
    if prefix and stats["docs"] != DOCS_PER_FILE:
        problems.append(f"{path.name}: {stats['docs']} documents, want {DOCS_PER_FILE}")
    return problems, stats


def show(name, st):
    share = st["null"] / st["refs"] if st["refs"] else 0.0
    print(f"{name}: documents={st['docs']} refs={st['refs']} null_refs={st['null']} ({share:.1%})")
    print("  per pronoun (refs / null): " + ", ".join(
        f"{p}={st['pron'][p]}/{st['pron_null'][p]}" for p in PRONOUNS))
    print(f"  conflicts={len(st['conflicts'])}: " + ", ".join(
        f"{c} {n}" for c, n in sorted(st["conflicts"].items())))
    print(f"  unannotated 'it' (objects, left out by rule): {st['unannotated_it']}")


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    files = [Path(a) for a in args] or DEFAULT_FILES
    iso3, ids, people = load_actor_ids()
    problems = []
    total = {"docs": 0, "refs": 0, "null": 0, "pron": Counter(), "pron_null": Counter(),
             "conflicts": Counter(), "unannotated_it": 0}
    all_ids = Counter()
    for path in files:
        p, st = check_file(path, iso3, ids, people, verbose)
        problems += p
        show(path.name, st)
        for k in ("docs", "refs", "null", "unannotated_it"):
            total[k] += st[k]
        for k in ("pron", "pron_null", "conflicts"):
            total[k].update(st[k])
    if len(files) > 1:
        show("total", total)
    if not args:  # whole set: global targets
        if total["refs"] < MIN_REFS_TOTAL:
            problems.append(f"total refs {total['refs']} < {MIN_REFS_TOTAL}")
        if total["refs"] and total["null"] / total["refs"] < MIN_NULL_SHARE:
            problems.append(f"null share {total['null'] / total['refs']:.1%} < {MIN_NULL_SHARE:.0%}")
        if len(total["conflicts"]) < MIN_CONFLICTS:
            problems.append(f"{len(total['conflicts'])} conflicts < {MIN_CONFLICTS}")
    del all_ids
    for p in problems:
        print("ERROR", p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
