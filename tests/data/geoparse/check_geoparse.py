"""Check sitrep's geoparsing sets (conflict, local and world news; the -a files are dev halves, the
-b files frozen test halves): structure, offsets, coordinates, feature types. Stdlib only. Prints
counts.

    python tests/data/geoparse/check_geoparse.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# file -> the id prefix of its documents
FILES = {HERE / "conflict-a.jsonl": "ga", HERE / "conflict-b.jsonl": "gb",
         HERE / "local-a.jsonl": "la", HERE / "local-b.jsonl": "lb",
         HERE / "world-a.jsonl": "wa", HERE / "world-b.jsonl": "wb"}
FEATURES = {"country", "admin1", "admin2", "city", "town", "village", "base", "airport", "crossing", "camp",
            "region", "water", "landmark", "infrastructure", "other"}


KEYS = {"start": int, "end": int, "name": str, "lat": (int, float), "lon": (int, float), "country": str, "feature": str}


def problems_of(item: dict, prefix: str) -> list[str]:
    out = []
    if not re.fullmatch(prefix + r"\d{3}", str(item.get("id", ""))):
        out.append(f"id {item.get('id')!r} is not {prefix}NNN")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(item.get("published", ""))):
        out.append("published is not YYYY-MM-DD")
    if not isinstance(item.get("text"), str) or not isinstance(item.get("places"), list):
        return out + ["text must be a string and places a list"]
    text, last_end = item["text"], 0
    for p in item["places"]:
        where = f"{p.get('name')!r} at {p.get('start')}"
        wrong = [k for k, kind in KEYS.items() if not isinstance(p.get(k), kind) or isinstance(p.get(k), bool)]
        if wrong:
            out.append(f"{where}: missing or mistyped {', '.join(wrong)}")
            continue
        if not 0 <= p["start"] < p["end"] <= len(text):
            out.append(f"{where}: offsets out of order or outside the text")
        if text[p["start"]:p["end"]] != p["name"]:
            out.append(f"{where}: the text there is {text[p['start']:p['end']]!r}")
        if p["start"] < last_end:
            out.append(f"{where}: overlaps or precedes the previous place")
        last_end = p["end"]
        if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
            out.append(f"{where}: coordinates out of range")
        if p["country"] and not re.fullmatch(r"[A-Z]{2}", p["country"]):
            out.append(f"{where}: country {p['country']!r} is not ISO alpha-2")
        if p["feature"] not in FEATURES:
            out.append(f"{where}: unknown feature {p['feature']!r}")
    return out


def main() -> int:
    failed = 0
    for path, prefix in FILES.items():
        items = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as err:
                print(f"FAIL {path.name} line {number}: not JSON ({err})")
                failed += 1
        ids = Counter(str(i.get("id")) for i in items)
        for doc_id, n in ids.items():
            if n > 1:
                print(f"FAIL {path.name}: id {doc_id} appears {n} times")
                failed += 1
        for item in items:
            for problem in problems_of(item, prefix):
                print(f"FAIL {path.name} {item.get('id')}: {problem}")
                failed += 1
        features = Counter(p.get("feature") for i in items for p in i.get("places") or [] if isinstance(p, dict))
        half = "dev" if path.stem.endswith("-a") else "test"
        print(f"{path.name} ({half}): {len(items)} documents, {sum(features.values())} toponyms; "
              + ", ".join(f"{k} {v}" for k, v in features.most_common()))
    print("OK" if not failed else f"{failed} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
