"""Check the actor-coreference evaluation sets (coref-dev.jsonl, coref-test.jsonl).

Stdlib only. Verifies offsets and actor ids against src/sitrep/data/actors/*.jsonl and prints counts.
Run from the repository root:  python tests/data/actors/check_coref.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ACTORS = HERE.parents[2] / "src" / "sitrep" / "data" / "actors"
FILES = {"dev": HERE / "coref-dev.jsonl", "test": HERE / "coref-test.jsonl"}
PREFIX = {"dev": "cd", "test": "ct"}


def load_ids():
    ids = set()
    for name in ("organizations.jsonl", "people.jsonl"):
        with open(ACTORS / name, encoding="utf-8") as f:
            ids.update(json.loads(line)["id"] for line in f)
    with open(ACTORS / "countries.jsonl", encoding="utf-8") as f:
        iso3 = {json.loads(line)["iso3"] for line in f}
    return ids, iso3


def valid_actor(actor, ids, iso3):
    if actor is None:
        return True
    if actor.startswith("new:"):
        return re.fullmatch(r"new:[a-z0-9]+(-[a-z0-9]+)*", actor) is not None
    if actor in ids or actor in iso3:
        return True
    m = re.fullmatch(r"([A-Z]{3})-(GOV|MIL|COP)", actor)
    return bool(m and m.group(1) in iso3)


def main():
    ids, iso3 = load_ids()
    errors = []
    docs = []
    for split, path in FILES.items():
        seen = set()
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                d = json.loads(line)
                where = f"{path.name}:{n} {d.get('id')}"
                if set(d) != {"id", "conflict", "published", "text", "refs"}:
                    errors.append(f"{where}: keys {sorted(d)}")
                if not re.fullmatch(PREFIX[split] + r"\d{3}", d["id"]) or d["id"] in seen:
                    errors.append(f"{where}: bad or duplicate id")
                seen.add(d["id"])
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]):
                    errors.append(f"{where}: bad date")
                text, prev_end = d["text"], -1
                for r in sorted(d["refs"], key=lambda r: r["start"]):
                    if text[r["start"]:r["end"]] != r["text"]:
                        errors.append(f"{where}: offset mismatch {r}")
                    if r["start"] < prev_end:
                        errors.append(f"{where}: overlapping ref {r}")
                    prev_end = r["end"]
                    if not valid_actor(r["actor"], ids, iso3):
                        errors.append(f"{where}: unknown actor {r['actor']!r}")
                docs.append((split, d))
    refs = [r for _, d in docs for r in d["refs"]]
    for split in FILES:
        sd = [d for s, d in docs if s == split]
        sr = [r for d in sd for r in d["refs"]]
        print(f"{split}: documents={len(sd)} refs={len(sr)} null={sum(r['actor'] is None for r in sr)}")
    heads = Counter(r["text"].split()[-1].lower() for r in refs)
    conflicts = Counter(d["conflict"] for _, d in docs)
    print(f"total: documents={len(docs)} refs={len(refs)} null={sum(r['actor'] is None for r in refs)} "
          f"conflicts={len(conflicts)} distinct_heads={len(heads)}")
    print("conflicts:", ", ".join(f"{c} {n}" for c, n in sorted(conflicts.items())))
    print("heads:", ", ".join(f"{h} {n}" for h, n in heads.most_common()))
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
