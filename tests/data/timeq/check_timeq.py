#!/usr/bin/env python3
"""Check the timeq evaluation set (dev.jsonl and dev-*.jsonl, test.jsonl) for shape and internal consistency.

Standard library only.  Usage: python check_timeq.py [DIR]   (DIR defaults to this file's folder)
Exit status 0 when every check passes, 1 otherwise; the problems are printed one a line.
"""
import json
import math
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

HALVES = ("dev", "test")
PRECISIONS = {"day", "week", "month", "season", "year", "decade", "unknown"}
APPROX = {"exact", "about", "at_least", "more_than", "up_to", "range"}
COUNTED = {"killed", "wounded", "displaced", "detained", "troops", "personnel", "aircraft", "vehicles", "money",
           "distance", "other"}
CLAIM_KINDS = {"distance", "containment", "bearing", "casualty", "force_size", "other"}
VERDICTS = {"consistent", "inconsistent", "unverifiable"}
DIRECTIONS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
              "west": 270, "northwest": 315}
UNIT_KM = {"km": 1.0, "mi": 1.609344, "m": 0.001}

TIME_CATEGORIES = ["absolute-day", "absolute-month", "absolute-year", "decade", "relative-day", "weekday",
                   "relative-week", "relative-month", "relative-year", "since", "until-by", "season", "vague",
                   "no-publication-date", "iso", "part-of-month"]
QUANTITY_CATEGORIES = ["casualties", "displacement", "detention", "force-size", "equipment", "money", "distance",
                       "range", "vague-amount", "written-number", "percentages"]
CLAIM_CATEGORIES = ["distance", "containment", "bearing", "casualty", "force_size"]
# minimum items per category (claims: casualty and force_size are counted together)
MIN_TIME_CATEGORY, MIN_QUANTITY_CATEGORY = 8, 10
MIN_CLAIMS = {"distance": 40, "containment": 15, "bearing": 10, "casualty+force_size": 10}
MIN_KIND = {"time": 220, "quantity": 160, "claim": 70}
MIN_NO_PUBLICATION = 15

# distance verdict rule: hedged figure +-25 %, exact figure +-10 %, and a road figure may be up to 40 % longer
TOLERANCE = {"about": 0.25, "exact": 0.10}
ROAD_ALLOWANCE = 1.4
BORDER_MARGIN = 0.05        # no distance case may sit within 5 % of a tolerance edge
BEARING_HALF_WIDTH = 67.5
BEARING_MARGIN = 5.0        # degrees

ID_RE = {"time": re.compile(r"^t-\d{4}$"), "quantity": re.compile(r"^q-\d{4}$"), "claim": re.compile(r"^c-\d{4}$")}


def haversine_km(a, b):
    """Great-circle distance in km between two (lat, lon) points, mean Earth radius."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def initial_bearing(frm, to):
    """Initial great-circle bearing in degrees (0 = north, clockwise) from `frm` to `to`."""
    la1, lo1, la2, lo2 = map(math.radians, (frm[0], frm[1], to[0], to[1]))
    x = math.sin(lo2 - lo1) * math.cos(la2)
    y = math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(lo2 - lo1)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


def distance_verdict(stated_km, true_km, approx):
    """Return (verdict, distance of the ratio to the nearest tolerance edge, relative)."""
    tol = TOLERANCE[approx]
    low, high = 1 - tol, (1 + tol) * ROAD_ALLOWANCE
    ratio = stated_km / true_km
    verdict = "consistent" if low <= ratio <= high else "inconsistent"
    return verdict, min(abs(ratio - low) / low, abs(ratio - high) / high)


def iso_date(value):
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(value)
    return date.fromisoformat(value)


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, message):
        self.errors.append(f"{where}: {message}")

    def need(self, rec, where, keys):
        missing = [k for k in keys if k not in rec]
        if missing:
            self.err(where, f"missing keys {missing}")
        return not missing

    def check_common(self, rec, where):
        if not isinstance(rec.get("text"), str) or not rec["text"].strip():
            self.err(where, "text must be a non-empty string")
        pub = rec.get("published")
        if pub is not None:
            try:
                iso_date(pub)
            except ValueError:
                self.err(where, f"published not an ISO date: {pub!r}")
        if "expr" in rec and rec["expr"] not in rec.get("text", ""):
            self.err(where, f"expr {rec['expr']!r} is not a substring of text")
        claimant = rec.get("claimant")
        if claimant is not None and (not isinstance(claimant, str) or claimant not in rec.get("text", "")):
            self.err(where, f"claimant {claimant!r} is not a substring of text")

    def check_time(self, rec, where):
        if not self.need(rec, where, ["published", "text", "expr", "value_start", "value_end", "precision", "future",
                                      "category"]):
            return
        if rec["category"] not in TIME_CATEGORIES:
            self.err(where, f"unknown time category {rec['category']!r}")
        if rec["precision"] not in PRECISIONS:
            self.err(where, f"bad precision {rec['precision']!r}")
        if not isinstance(rec["future"], bool):
            self.err(where, "future must be a boolean")
        s, e = rec["value_start"], rec["value_end"]
        if (s is None) != (e is None):
            self.err(where, "value_start and value_end must both be null or both be dates")
            return
        if rec["precision"] == "unknown" and s is not None:
            self.err(where, "precision unknown must have null values")
        if rec["published"] is None and rec["category"] != "no-publication-date":
            self.err(where, "published is null outside the no-publication-date category")
        if rec["category"] == "no-publication-date" and rec["published"] is not None:
            self.err(where, "no-publication-date items must have published null")
        if s is None:
            if rec["precision"] not in ("unknown",) and rec["published"] is not None:
                self.err(where, "null values with a publication date are only allowed for precision unknown")
            return
        try:
            ds, de = iso_date(s), iso_date(e)
        except ValueError as exc:
            self.err(where, f"value not an ISO date: {exc}")
            return
        if ds > de:
            self.err(where, f"value_start {s} after value_end {e}")
        # since/until spans run to or from publication; their precision is that of the anchor date
        if rec["precision"] == "day" and rec["category"] not in ("since", "until-by") and (de - ds).days > 1:
            self.err(where, "day precision spans more than two days")
        if rec["published"] is not None:
            pub = iso_date(rec["published"])
            if ds > pub and not rec["future"]:
                self.err(where, "value starts after publication but future is false")
            if de < pub and rec["future"]:
                self.err(where, "value ends before publication but future is true")

    def check_quantity(self, rec, where):
        if not self.need(rec, where, ["published", "text", "expr", "low", "high", "unit", "approx", "counted",
                                      "claimant", "category"]):
            return
        if rec["category"] not in QUANTITY_CATEGORIES:
            self.err(where, f"unknown quantity category {rec['category']!r}")
        if rec["approx"] not in APPROX:
            self.err(where, f"bad approx {rec['approx']!r}")
        if rec["counted"] not in COUNTED:
            self.err(where, f"bad counted {rec['counted']!r}")
        if not isinstance(rec["unit"], str) or not rec["unit"]:
            self.err(where, "unit must be a non-empty string")
        lo, hi, ap = rec["low"], rec["high"], rec["approx"]
        for v in (lo, hi):
            if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0):
                self.err(where, f"low/high must be non-negative numbers or null, got {v!r}")
                return
        shape_ok = {
            "exact": lo is not None and lo == hi,
            "about": lo is not None and lo == hi,
            "at_least": lo is not None and hi is None,
            "more_than": lo is not None and hi is None,
            "up_to": lo is None and hi is not None,
            "range": lo is not None and hi is not None and lo < hi,
        }.get(ap, True)
        if not shape_ok:
            self.err(where, f"low={lo!r} high={hi!r} do not fit approx {ap!r}")
        if rec["category"] == "percentages" and rec["unit"] != "%":
            self.err(where, "percentages must use unit '%'")
        if rec["counted"] == "money" and not re.fullmatch(r"[A-Z]{3}", rec["unit"]):
            self.err(where, "money must use an ISO 4217 currency code as unit")

    def check_claim(self, rec, where):
        if not self.need(rec, where, ["published", "text", "claim_kind", "places", "stated", "approx",
                                      "expected_verdict", "true_km", "note", "category"]):
            return
        kind = rec["claim_kind"]
        if kind not in CLAIM_KINDS:
            self.err(where, f"bad claim_kind {kind!r}")
            return
        if rec["category"] != kind:
            self.err(where, "category must equal claim_kind")
        if rec["expected_verdict"] not in VERDICTS:
            self.err(where, f"bad expected_verdict {rec['expected_verdict']!r}")
        places = rec["places"]
        if not isinstance(places, list) or not all(isinstance(p, str) and p in rec["text"] for p in places):
            self.err(where, "places must be a list of substrings of text")
        if kind in ("distance", "bearing", "containment") and len(places) != 2:
            self.err(where, f"{kind} claims name exactly two places")
            return
        if kind == "distance":
            self.check_distance(rec, where)
        elif kind == "bearing":
            self.check_bearing(rec, where)
        elif kind == "containment":
            if rec["stated"] is not None:
                self.err(where, "containment claims have stated null")
            if rec["expected_verdict"] == "unverifiable":
                self.err(where, "containment claims in this set are decidable")
        else:
            if not rec.get("claimant"):
                self.err(where, f"{kind} claims need a claimant")
            if rec["expected_verdict"] != "unverifiable":
                self.err(where, f"{kind} claims are expected unverifiable")
            st = rec["stated"]
            if not isinstance(st, dict) or not isinstance(st.get("value"), (int, float)):
                self.err(where, "stated must be {'value': number, 'unit': ...}")

    def coords_of(self, rec, where):
        coords = rec.get("coords")
        if not isinstance(coords, dict) or any(p not in coords for p in rec["places"]):
            self.err(where, "coords must give [lat, lon] for both places")
            return None
        pts = []
        for p in rec["places"]:
            c = coords[p]
            if not (isinstance(c, list) and len(c) == 2 and -90 <= c[0] <= 90 and -180 <= c[1] <= 180):
                self.err(where, f"bad coordinates for {p}: {c!r}")
                return None
            pts.append(c)
        return pts

    def check_distance(self, rec, where):
        st = rec["stated"]
        if not isinstance(st, dict) or st.get("unit") not in UNIT_KM or not isinstance(st.get("value"), (int, float)):
            self.err(where, f"stated must be {{'value': number, 'unit': one of {sorted(UNIT_KM)}}}")
            return
        if rec["approx"] not in TOLERANCE:
            self.err(where, f"distance approx must be one of {sorted(TOLERANCE)}")
            return
        pts = self.coords_of(rec, where)
        if pts is None:
            return
        computed = haversine_km(*pts)
        if not isinstance(rec["true_km"], (int, float)) or abs(rec["true_km"] - computed) > 0.02 * computed:
            self.err(where, f"true_km {rec['true_km']!r} differs from haversine {computed:.1f} by more than 2%")
        verdict, margin = distance_verdict(st["value"] * UNIT_KM[st["unit"]], computed, rec["approx"])
        if verdict != rec["expected_verdict"]:
            self.err(where, f"expected_verdict {rec['expected_verdict']} but the rule gives {verdict}")
        if margin < BORDER_MARGIN:
            self.err(where, f"borderline case: {margin:.1%} from a tolerance edge")

    def check_bearing(self, rec, where):
        st = rec["stated"]
        if not isinstance(st, dict) or st.get("value") not in DIRECTIONS:
            self.err(where, f"stated must be {{'value': direction, 'unit': 'direction'}}")
            return
        pts = self.coords_of(rec, where)
        if pts is None:
            return
        x, y = pts        # "X, north of Y": bearing from Y to X
        b = initial_bearing(y, x)
        off = abs((b - DIRECTIONS[st["value"]] + 180) % 360 - 180)
        verdict = "consistent" if off <= BEARING_HALF_WIDTH else "inconsistent"
        if verdict != rec["expected_verdict"]:
            self.err(where, f"expected_verdict {rec['expected_verdict']} but bearing {b:.0f} deg gives {verdict}")
        if abs(off - BEARING_HALF_WIDTH) < BEARING_MARGIN:
            self.err(where, f"borderline bearing case ({off:.1f} deg off nominal)")


def half_paths(folder):
    """(half, file) pairs: test.jsonl; dev.jsonl and the dev-*.jsonl items written later for tuning."""
    yield "dev", folder / "dev.jsonl"
    for extra in sorted(folder.glob("dev-*.jsonl")):
        yield "dev", extra
    yield "test", folder / "test.jsonl"


def main(argv):
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    chk = Checker()
    seen_ids, seen_texts = {}, {}
    counts = {h: defaultdict(Counter) for h in HALVES}
    for half, path in half_paths(folder):
        if not path.exists():
            chk.err(str(path), "file missing")
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            if not line.strip():
                chk.err(where, "blank line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                chk.err(where, f"invalid JSON: {exc}")
                continue
            if not isinstance(rec, dict):
                chk.err(where, "line is not a JSON object")
                continue
            kind, rid = rec.get("kind"), rec.get("id")
            if kind not in ID_RE:
                chk.err(where, f"bad kind {kind!r}")
                continue
            where = f"{where} ({rid})"
            if not isinstance(rid, str) or not ID_RE[kind].match(rid):
                chk.err(where, f"id {rid!r} does not match the pattern for kind {kind}")
            if rid in seen_ids:
                chk.err(where, f"duplicate id, first at {seen_ids[rid]}")
            seen_ids[rid] = where
            key = (kind, rec.get("text"))
            if key in seen_texts:
                chk.err(where, f"duplicate text, first at {seen_texts[key]}")
            seen_texts[key] = where
            chk.check_common(rec, where)
            {"time": chk.check_time, "quantity": chk.check_quantity, "claim": chk.check_claim}[kind](rec, where)
            counts[half][kind][rec.get("category")] += 1

    total = defaultdict(Counter)
    for half in HALVES:
        for kind, c in counts[half].items():
            total[kind].update(c)
    for kind, minimum in MIN_KIND.items():
        if sum(total[kind].values()) < minimum:
            chk.err("counts", f"{kind}: {sum(total[kind].values())} items, need at least {minimum}")
    for cats, kind, minimum in ((TIME_CATEGORIES, "time", MIN_TIME_CATEGORY),
                                (QUANTITY_CATEGORIES, "quantity", MIN_QUANTITY_CATEGORY)):
        for cat in cats:
            if total[kind][cat] < minimum:
                chk.err("counts", f"{kind}/{cat}: {total[kind][cat]} items, need at least {minimum}")
    if total["time"]["no-publication-date"] < MIN_NO_PUBLICATION:
        chk.err("counts", f"time/no-publication-date: need at least {MIN_NO_PUBLICATION}")
    claim_totals = dict(total["claim"])
    claim_totals["casualty+force_size"] = total["claim"]["casualty"] + total["claim"]["force_size"]
    for cat, minimum in MIN_CLAIMS.items():
        if claim_totals.get(cat, 0) < minimum:
            chk.err("counts", f"claim/{cat}: {claim_totals.get(cat, 0)} items, need at least {minimum}")
    for kind, cats in (("time", TIME_CATEGORIES), ("quantity", QUANTITY_CATEGORIES), ("claim", CLAIM_CATEGORIES)):
        for cat in cats:
            for half in HALVES:
                if counts[half][kind][cat] == 0:
                    chk.err("halves", f"{half} has no {kind}/{cat} item")

    for kind, cats in (("time", TIME_CATEGORIES), ("quantity", QUANTITY_CATEGORIES), ("claim", CLAIM_CATEGORIES)):
        print(f"{kind}: {sum(total[kind].values())} (dev {sum(counts['dev'][kind].values())}, "
              f"test {sum(counts['test'][kind].values())})")
        for cat in cats:
            print(f"  {cat:22s} {total[kind][cat]:4d}  dev {counts['dev'][kind][cat]:3d}  test {counts['test'][kind][cat]:3d}")
    if chk.errors:
        print(f"\n{len(chk.errors)} problem(s):")
        for e in chk.errors:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
