#!/usr/bin/env python3
"""Stdlib checker for the PLOVER trigger lexicon (plover_triggers.v1).

Usage: python check_triggers.py [path/to/triggers.jsonl]
Exits 0 and prints counts per type when the file is valid; exits 1 and lists problems otherwise.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

VERSION = "plover_triggers.v1"

# Modes per type, from the PLOVER 2.0 manual as summarised in docs/plover.md (section 3).
MODES: dict[str, set[str]] = {
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
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}

CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
}

MINIMUMS = {t: 10 for t in MODES}
MINIMUMS.update({"ASSAULT": 80, "COERCE": 30, "CONSULT": 25, "ACCUSE": 25})
MIN_TOTAL = 450

REQUIRED = ["lemma", "pos", "type", "mode", "particle", "prep", "object", "target_via", "control", "note"]
OPTIONAL = {"context", "modifier", "xcomp", "actor_via", "place_via", "control_place_via",
            "control_actor_via", "weak", "alias_of", "forms", "outcome", "content", "needs_target", "subject_kinds",
            "object_not", "xcomp_not", "prep_not", "agentive", "place_object"}
SLOT_PLAIN = {"dobj", "nsubj", "dative", "poss", "amod", "compound", "agent"}


def _slot_ok(s: object) -> bool:
    if not isinstance(s, str):
        return False
    if s in SLOT_PLAIN:
        return True
    if s.startswith("pobj:") and len(s) > 5 and s[5:].replace("-", "").isalpha() and s[5:].islower():
        return True
    return False


def _str_list(v: object, allow_none: bool) -> bool:
    if v is None:
        return allow_none
    return isinstance(v, list) and len(v) > 0 and all(isinstance(x, str) and x and x == x.strip() for x in v)


# The contract's actor kinds (docs/design.md), for subject_kinds.
ACTOR_KINDS = {"state", "government", "military", "police", "armed_group", "party", "igo", "ngo", "media",
               "person", "group", "other"}


def check(path: Path) -> int:
    errors: list[str] = []
    counts: Counter[str] = Counter()
    pos_counts: Counter[str] = Counter()
    seen: dict[tuple, int] = {}
    n = 0
    with path.open(encoding="utf-8") as fh:
        for i, raw in enumerate(fh, 1):
            if not raw.strip():
                errors.append(f"line {i}: blank line")
                continue
            try:
                e = json.loads(raw)
            except json.JSONDecodeError as exc:
                errors.append(f"line {i}: invalid JSON ({exc})")
                continue
            if not isinstance(e, dict):
                errors.append(f"line {i}: not an object")
                continue
            n += 1
            where = f"line {i} ({e.get('lemma')!r}/{e.get('pos')!r})"
            missing = [k for k in REQUIRED if k not in e]
            if missing:
                errors.append(f"{where}: missing keys {missing}")
                continue
            unknown = set(e) - set(REQUIRED) - OPTIONAL
            if unknown:
                errors.append(f"{where}: unknown keys {sorted(unknown)}")
            lemma = e["lemma"]
            if not isinstance(lemma, str) or not lemma or lemma != lemma.lower() or lemma != lemma.strip():
                errors.append(f"{where}: lemma must be a non-empty lowercase string")
            if e["pos"] not in ("VERB", "NOUN"):
                errors.append(f"{where}: pos must be VERB or NOUN")
            t = e["type"]
            if t not in MODES:
                errors.append(f"{where}: unknown type {t!r}")
                continue
            modes = e["mode"]
            if not isinstance(modes, list) or not all(isinstance(m, str) for m in modes):
                errors.append(f"{where}: mode must be a list of strings")
            else:
                bad = [m for m in modes if m not in MODES[t]]
                if bad:
                    errors.append(f"{where}: modes {bad} not valid for {t} (valid: {sorted(MODES[t])})")
                if len(set(modes)) != len(modes):
                    errors.append(f"{where}: repeated mode")
            ctx = e.get("context", [])
            if not isinstance(ctx, list) or any(c not in CONTEXTS for c in ctx):
                errors.append(f"{where}: bad context {ctx!r}")
            for k in ("particle", "prep"):
                v = e[k]
                if v is not None and (not isinstance(v, str) or not v or v != v.lower()):
                    errors.append(f"{where}: {k} must be null or a lowercase string")
            for k in ("object", "modifier", "xcomp", "forms"):
                if k in e and not _str_list(e[k], allow_none=True):
                    errors.append(f"{where}: {k} must be null or a non-empty list of strings")
            # spaCy's English tokenizer splits intra-word hyphens, so no single token lemma holds one.
            words = [lemma] if isinstance(lemma, str) else []
            for k in ("object", "modifier", "xcomp"):
                if isinstance(e.get(k), list):
                    words += [w for w in e[k] if isinstance(w, str)]
            for k in ("particle", "prep"):
                if isinstance(e.get(k), str):
                    words.append(e[k])
            hy = [w for w in words if "-" in w or " " in w or w != w.lower()]
            if hy:
                errors.append(f"{where}: single-token lowercase lemmas expected, got {hy}")
            for k in ("target_via", "actor_via", "place_via", "control_place_via", "control_actor_via"):
                if k in e:
                    v = e[k]
                    if not isinstance(v, list) or not all(_slot_ok(s) for s in v):
                        errors.append(f"{where}: {k} has a bad slot {v!r}")
            if k := e["control"]:
                if k not in ("gain", "loss"):
                    errors.append(f"{where}: control must be gain, loss or null")
                if not e.get("control_place_via"):
                    errors.append(f"{where}: control set without control_place_via")
            elif "control_place_via" in e or "control_actor_via" in e:
                errors.append(f"{where}: control_*_via without control")
            if "weak" in e and e["weak"] is not True:
                errors.append(f"{where}: weak, when present, must be true")
            if "subject_kinds" in e and not (isinstance(e["subject_kinds"], list) and e["subject_kinds"] and
                                             all(k in ACTOR_KINDS for k in e["subject_kinds"])):
                errors.append(f"{where}: subject_kinds must be a non-empty list of actor kinds")
            for key in ("object_not", "xcomp_not", "prep_not"):
                if key in e and not (isinstance(e[key], list) and e[key] and
                                     all(isinstance(w, str) and w == w.lower() and " " not in w for w in e[key])):
                    errors.append(f"{where}: {key} must be a non-empty list of lower-case lemmas")
            if "agentive" in e and not (e["agentive"] is True and e["pos"] == "NOUN"):
                errors.append(f"{where}: agentive, when present, must be true and on a NOUN")
            if "needs_target" in e and e["needs_target"] is not True:
                errors.append(f"{where}: needs_target, when present, must be true")
            if "place_object" in e and not (e["place_object"] is True and e["pos"] == "VERB"):
                errors.append(f"{where}: place_object, when present, must be true and on a VERB")
            if "outcome" in e and e["outcome"] is not True:
                errors.append(f"{where}: outcome, when present, must be true")
            if "content" in e and not (isinstance(e["content"], list) and e["content"] and all(c in MODES for c in e["content"])):
                errors.append(f"{where}: content must be a non-empty list of PLOVER types")
            if "alias_of" in e and not isinstance(e["alias_of"], str):
                errors.append(f"{where}: alias_of must be a string")
            if not isinstance(e["note"], str) or not e["note"].strip():
                errors.append(f"{where}: note must be a non-empty string")

            def norm(v):
                return tuple(sorted(v)) if isinstance(v, list) else v

            key = (lemma, e["pos"], e["particle"], e["prep"], norm(e["object"]), norm(e.get("modifier")),
                   norm(e.get("xcomp")), norm(e.get("forms")), norm(e.get("subject_kinds")))
            if key in seen:
                errors.append(f"{where}: duplicate key of line {seen[key]}: {key}")
            else:
                seen[key] = i
            counts[t] += 1
            pos_counts[e["pos"]] += 1

    for t, m in MINIMUMS.items():
        if counts[t] < m:
            errors.append(f"type {t}: {counts[t]} entries, minimum {m}")
    if n < MIN_TOTAL:
        errors.append(f"total {n} entries, minimum {MIN_TOTAL}")

    print(f"{VERSION}: {path}")
    for t in MODES:
        print(f"  {t:<10} {counts[t]:>4}  (min {MINIMUMS[t]})")
    print(f"  {'TOTAL':<10} {n:>4}  (min {MIN_TOTAL}); VERB {pos_counts['VERB']}, NOUN {pos_counts['NOUN']}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for msg in errors:
            print("  " + msg)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    p = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "src" / "sitrep" / "data" / "plover" / "triggers.jsonl"
    sys.exit(check(p))
