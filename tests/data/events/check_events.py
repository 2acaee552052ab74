#!/usr/bin/env python3
"""Check the hand-written PLOVER events evaluation set (stdlib only).

Usage: python tests/data/events/check_events.py [DIR]

Verifies that every line of dev.jsonl and test.jsonl is a valid JSON object of the
documented shape, that ids are unique, that every trigger/source/target/place/claimant
span is a substring of the sentence, that types, modes and statuses are valid PLOVER /
sitrep values, and that the set is large and varied enough (counts below). Prints counts
per type, per status and per half. Exits 1 on any problem.
"""
import collections
import datetime
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
HALVES = ("dev", "test")

MODES = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
STATUSES = ("asserted", "reported", "claimed", "hypothetical", "negated")
STYLES = {"wire", "analysis", "statement", "ngo"}
SENTENCE_KEYS = {"id", "conflict", "style", "published", "text", "events"}
EVENT_KEYS = {"type", "mode", "trigger", "source", "target", "place", "status", "claimant"}
EVENT_OPTIONAL = {"date"}

MIN_SENTENCES = 440
MIN_PER_TYPE = 15
MIN_MORE = {"ASSAULT": 40, "COERCE": 25, "CONSULT": 25, "ACCUSE": 25}
MIN_TRIGGERS = 80
MIN_CONFLICTS = 12
MIN_EMPTY = 30


def _is_date(value):
    try:
        datetime.date.fromisoformat(value)
        return len(value) == 10
    except (TypeError, ValueError):
        return False


def check_event(where, text, ev, errors):
    keys = set(ev)
    if not EVENT_KEYS <= keys or keys - EVENT_KEYS - EVENT_OPTIONAL:
        errors.append(f"{where}: event keys {sorted(keys)}")
        return
    typ = ev["type"]
    if typ not in MODES:
        errors.append(f"{where}: unknown type {typ!r}")
        return
    if not isinstance(ev["mode"], list) or any(m not in MODES[typ] for m in ev["mode"]):
        errors.append(f"{where}: mode {ev['mode']!r} not valid for {typ}")
    if ev["status"] not in STATUSES:
        errors.append(f"{where}: unknown status {ev['status']!r}")
    trig = ev["trigger"]
    if not isinstance(trig, str) or not trig or trig not in text:
        errors.append(f"{where}: trigger {trig!r} not in text")
    for field in ("source", "target"):
        spans = ev[field]
        if not isinstance(spans, list):
            errors.append(f"{where}: {field} is not a list")
            continue
        for span in spans:
            if not isinstance(span, str) or not span or span not in text:
                errors.append(f"{where}: {field} span {span!r} not in text")
    for field in ("place", "claimant"):
        span = ev[field]
        if span is not None and (not isinstance(span, str) or not span or span not in text):
            errors.append(f"{where}: {field} span {span!r} not in text")
    if ev["status"] in ("reported", "claimed") and ev["claimant"] is None:
        errors.append(f"{where}: {ev['status']} event without claimant")
    if ev["status"] in ("asserted", "hypothetical") and ev["claimant"] is not None:
        errors.append(f"{where}: {ev['status']} event with claimant {ev['claimant']!r}")
    if "date" in ev and not _is_date(ev["date"]):
        errors.append(f"{where}: date {ev['date']!r} is not YYYY-MM-DD")


def load(directory, errors):
    rows = {}
    for half in HALVES:
        rows[half] = []
        # the dev half is dev.jsonl and the dev-*.jsonl sentences written later for tuning
        paths = [directory / f"{half}.jsonl"] + (sorted(directory.glob("dev-*.jsonl")) if half == "dev" else [])
        for path in paths:
            if not path.exists():
                errors.append(f"missing {path}")
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                where = f"{path.stem}:{n}"
                if not line.strip():
                    errors.append(f"{where}: blank line")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{where}: invalid JSON ({exc})")
                    continue
                if not isinstance(obj, dict):
                    errors.append(f"{where}: not an object")
                    continue
                rows[half].append((where, obj))
    return rows


def check(directory):
    errors = []
    rows = load(directory, errors)
    ids = collections.Counter()
    conflict_half = {}
    types = collections.Counter()
    statuses = collections.Counter()
    half_types = {h: collections.Counter() for h in HALVES}
    half_statuses = {h: collections.Counter() for h in HALVES}
    half_sentences = collections.Counter()
    triggers = set()
    conflicts = collections.Counter()
    empty = 0
    for half in HALVES:
        for where, obj in rows[half]:
            if set(obj) != SENTENCE_KEYS:
                errors.append(f"{where}: keys {sorted(obj)}")
                continue
            ids[obj["id"]] += 1
            if not (isinstance(obj["id"], str) and obj["id"].startswith("ev-")):
                errors.append(f"{where}: id {obj['id']!r} does not start with 'ev-'")
            where = f"{where} ({obj['id']})"
            text = obj["text"]
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: empty text")
                continue
            if obj["style"] not in STYLES:
                errors.append(f"{where}: style {obj['style']!r}")
            if not _is_date(obj["published"]):
                errors.append(f"{where}: published {obj['published']!r}")
            conflict = obj["conflict"]
            conflicts[conflict] += 1
            if conflict_half.setdefault(conflict, half) != half:
                errors.append(f"{where}: conflict {conflict!r} appears in both halves")
            half_sentences[half] += 1
            if not isinstance(obj["events"], list):
                errors.append(f"{where}: events is not a list")
                continue
            if not obj["events"]:
                empty += 1
            for i, ev in enumerate(obj["events"]):
                if not isinstance(ev, dict):
                    errors.append(f"{where} event {i}: not an object")
                    continue
                check_event(f"{where} event {i}", text, ev, errors)
                if (ev.get("status") != "hypothetical" and _is_date(ev.get("date"))
                        and _is_date(obj["published"]) and ev["date"] > obj["published"]):
                    errors.append(f"{where} event {i}: {ev['status']} event dated after publication")
                if ev.get("type") in MODES and ev.get("status") in STATUSES:
                    types[ev["type"]] += 1
                    statuses[ev["status"]] += 1
                    half_types[half][ev["type"]] += 1
                    half_statuses[half][ev["status"]] += 1
                    triggers.add(str(ev["trigger"]).lower())
    for ident, count in ids.items():
        if count > 1:
            errors.append(f"id {ident!r} used {count} times")
    total = sum(half_sentences.values())
    if total < MIN_SENTENCES:
        errors.append(f"only {total} sentences (need {MIN_SENTENCES})")
    for typ in MODES:
        need = MIN_MORE.get(typ, MIN_PER_TYPE)
        if types[typ] < need:
            errors.append(f"type {typ}: {types[typ]} events (need {need})")
    if len(triggers) < MIN_TRIGGERS:
        errors.append(f"only {len(triggers)} distinct triggers (need {MIN_TRIGGERS})")
    if len(conflicts) < MIN_CONFLICTS:
        errors.append(f"only {len(conflicts)} conflicts (need {MIN_CONFLICTS})")
    if empty < MIN_EMPTY:
        errors.append(f"only {empty} sentences without events (need {MIN_EMPTY})")
    for half in HALVES:
        for typ in MODES:
            if not half_types[half][typ]:
                errors.append(f"{half}: no {typ} event")
        for st in STATUSES:
            if not half_statuses[half][st]:
                errors.append(f"{half}: no {st} event")

    nev = sum(types.values())
    print(f"sentences: {total} (dev {half_sentences['dev']}, test {half_sentences['test']}); "
          f"events: {nev}; sentences without events: {empty}; "
          f"distinct triggers: {len(triggers)}; conflicts: {len(conflicts)}")
    print(f"\n{'type':<10} {'all':>5} {'dev':>5} {'test':>5}")
    for typ in MODES:
        print(f"{typ:<10} {types[typ]:>5} {half_types['dev'][typ]:>5} {half_types['test'][typ]:>5}")
    print(f"\n{'status':<13} {'all':>5} {'share':>6} {'dev':>5} {'test':>5}")
    for st in STATUSES:
        share = statuses[st] / nev if nev else 0
        print(f"{st:<13} {statuses[st]:>5} {share:>6.0%} {half_statuses['dev'][st]:>5} "
              f"{half_statuses['test'][st]:>5}")
    print(f"\n{'conflict':<20} {'half':<5} {'sentences':>9}")
    for conflict in sorted(conflicts, key=lambda c: (conflict_half[c], c)):
        print(f"{conflict:<20} {conflict_half[conflict]:<5} {conflicts[conflict]:>9}")
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for err in errors:
            print("  " + err, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(check(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
