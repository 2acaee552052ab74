"""Checkable statements, with a verdict and the evidence:

- distance: "A lies about 50 miles from B", "A, 75 miles north of B", "A and B, about 60 km apart",
  "from A to B ... some 140 km": measured great-circle against the gazetteer. A stated "about"
  allows 25 per cent either way, an exact figure 10 per cent; a stated distance may also be by road,
  and a straight line can be up to 40 per cent shorter than a road, so a figure that fits only as a
  road distance is consistent with method "road" (and said so in `tolerance`).
- bearing: "A, north of B": the bearing from B to A within 67.5 degrees of the stated direction.
- containment: "A, in B province", "A in northern B": A's country must be B's; for a province, B
  must be the nearest provincial centre to A (a Voronoi stand-in for boundaries we do not ship);
  for "northern B", A must lie in that part of B as seen from B's centre.
- casualty and force-size figures: kept as claims with their claimant, unverifiable by the gazetteer.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from .gazetteer import Gazetteer, great_circle_km, province_code
from .places import PlaceMention
from .records import Claim, Measure, Quantity, evidence_of

TO_KM = {"km": 1.0, "mi": 1.609344, "m": 0.001, "nmi": 1.852}
ABOUT_TOLERANCE = 0.25
EXACT_TOLERANCE = 0.10
ROAD_FACTOR = 1 / 0.6  # a road may be this many times the straight line (straight up to 40% shorter)
BEARING_TOLERANCE = 67.5
# Features whose point stands for a large area: a distance to them cannot be checked to 25 per cent.
AREAL = {"country", "admin1", "region", "water"}
SETTLEMENTS = {"city", "town", "village", "base", "airport", "crossing", "camp", "landmark", "infrastructure", "admin2"}

_DIRECTION = r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
DIRECTIONS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
              "west": 270, "northwest": 315}
# What may stand between a distance and the place it is measured from.
# what joins a figure to the place it is measured from: "(50 miles) northeast of", "to the southeast
# of", "across the Nile from", "up the coast from", "of the Armenian town of", "from central"
_TO_PLACE = re.compile(
    rf"^\s*(?:\([^)]{{1,25}}\)\s*)?(?P<road>by (?:the main )?(?:road|highway)\s+)?(?:away\s+)?"
    rf"(?:(?:to\s+the\s+)?(?P<dir>{_DIRECTION})(?:ern)?\s+of|from|outside(?: of)?|of|within|"
    rf"(?:across|up|down|along)\s+(?:the\s+)?\w+\s+from)\s+"
    rf"(?:the\s+(?:[A-Z][\w-]+\s+)?(?:(?:provincial|regional)\s+)?(?:city|town|village|capital|port|border\s+town)\s+(?:of\s+)?)?"
    rf"(?:(?:central|northern|southern|eastern|western|downtown)\s+)?$")
# what may stand between a figure and a pair of places it measures ("-km road between", "km of road from")
_ROUTE_WORDS = r"(?:-?\s*long\s+)?(?:(?:of\s+)?(?:the\s+)?(?:main\s+)?(?:road|highway|route|drive|journey|stretch|front(?:line)?|border|corridor|line|trip|supply\s+route)\s+)?"
_ROUTE = re.compile(r"\b(?:road|highway|route|drive|journey|trip)\b", re.I)
_BETWEEN_LEAD = re.compile(rf"^\s*{_ROUTE_WORDS}(?:that\s+(?:runs|lies|stretches)\s+)?between\s+(?:the\s+(?:city|town|cities|towns)\s+of\s+)?$", re.I)
_FROM_LEAD = re.compile(rf"^\s*(?:{_ROUTE_WORDS}(?:that\s+(?:runs|leads)\s+)?from|separates?)\s+(?:the\s+(?:city|town)\s+of\s+)?$", re.I)
_AND_LINK = re.compile(r"^\s*and\s+(?:the\s+(?:city|town)\s+of\s+)?$", re.I)
_TO_LINK = re.compile(r"^\s*(?:to|and|from)\s+(?:(?:reach|get\s+to)\s+)?(?:the\s+(?:city|town)\s+of\s+)?$", re.I)
_SEPARATED = re.compile(r"\bseparated by\s*$", re.I)
_ROAD = re.compile(r"\bby (?:the main )?(?:road|highway)|\balong the (?:\w+ )?(?:road|highway)|\bdrive\b", re.I)


def find_claims(doc_id: str, doc, quantities: list[Quantity], places: list[PlaceMention],
                gazetteer: Gazetteer | None = None) -> tuple[Claim, ...]:
    """Claims in a parsed document, from its quantities and resolved places."""
    text = doc.text
    out = []
    for q in quantities:
        if q.counted == "distance" and q.unit in TO_KM:
            claim = _distance_claim(doc_id, text, q, places, gazetteer)
            if claim is not None:
                out.append(claim)
        elif q.counted in {"killed", "wounded"}:
            out.append(_kept_claim(doc_id, "casualty", q))
        elif q.counted in {"troops", "personnel"}:
            out.append(_kept_claim(doc_id, "force_size", q))
    out += _bearing_claims(doc_id, doc, text, places)
    if gazetteer is not None:
        out += _containment_claims(doc_id, doc, text, places, gazetteer)
    return tuple(sorted(out, key=lambda c: c.id))


# --- distance -------------------------------------------------------------------------------

def _distance_claim(doc_id: str, text: str, q: Quantity, places: list[PlaceMention],
                    gazetteer: Gazetteer | None = None) -> Claim | None:
    pair = _distance_pair(text, q, places)
    if pair is None:
        return None
    from_place, to_place, road_stated = pair
    from_place, to_place = _as_point(from_place, gazetteer), _as_point(to_place, gazetteer)
    stated_value = q.low if q.low is not None else q.high
    stated_km = stated_value * TO_KM[q.unit]
    tolerance = ABOUT_TOLERANCE if q.approx in {"about", "range"} else EXACT_TOLERANCE
    claim_id = f"{doc_id}-cl{q.start}"
    start, end = min(from_place.start, to_place.start, q.start), max(from_place.end, to_place.end, q.end)
    stated = Measure(_num(stated_value), q.unit, "road" if road_stated else None)
    if from_place.entry.feature in AREAL or to_place.entry.feature in AREAL:
        return Claim(claim_id, "distance", text[start:end], stated, None,
                     "not checked: one place is an area, not a point", "unverifiable", q.claimant, q.evidence)
    measured_km = great_circle_km(from_place.entry.lat, from_place.entry.lon, to_place.entry.lat, to_place.entry.lon)
    verdict, method = _distance_verdict(stated_km, measured_km, tolerance)
    why = f"±{int(tolerance * 100)}% ({'about' if tolerance == ABOUT_TOLERANCE else 'exact figure'}) of the great-circle distance"
    if q.approx == "up_to":  # "within 15 km of", "no more than 20 miles from": a bound, not a figure
        verdict = "consistent" if measured_km <= stated_km * (1 + tolerance) else "inconsistent"
        method, why = "great_circle", f"an upper bound: the great-circle distance at most {int(tolerance * 100)}% above it"
    if method == "road":
        why = f"±{int(tolerance * 100)}% of a road distance, taken as up to {ROAD_FACTOR:.2f}× the great-circle one"
    measured = Measure(round(measured_km / TO_KM[q.unit], 1), q.unit, method)
    return Claim(claim_id, "distance", text[start:end], stated, measured, why, verdict, q.claimant, q.evidence)


def _as_point(place: PlaceMention, gazetteer: Gazetteer | None) -> PlaceMention:
    """A distance runs between points: where the document resolved a name to an area ("Kherson"
    the oblast, "Marib" the governorate) and the same name is also a settlement of that country, the
    settlement is meant (its most populous one)."""
    if gazetteer is None or place.entry.feature not in AREAL - {"country"}:
        return place
    towns = [c for c in gazetteer.lookup(place.text) if c.feature in {"city", "town", "village"}
             and c.country == place.entry.country and c.exact]
    if not towns:
        return place
    best = max(towns, key=lambda c: (c.population, c.gid))
    return replace(place, entry=best)


def _distance_pair(text: str, q: Quantity, places: list[PlaceMention]):
    """(A, B, stated as road) for a distance quantity, or None when the sentence names no pair."""
    sent_lo, sent_hi = q.evidence.start, q.evidence.end
    in_sentence = [p for p in places if sent_lo <= p.start < sent_hi]
    road = bool(_ROAD.search(text[sent_lo:sent_hi]))
    after = [p for p in in_sentence if q.end <= p.start < q.end + 60 and _TO_PLACE.match(text[q.end:p.start])]
    before = [p for p in in_sentence if p.end <= q.start]
    if after:
        to_place = after[0]
        # the subject: the nearest place before the figure that is not itself a "from" object, unless
        # the figure is in apposition to it ("militias from Misrata, 50 km east of Tripoli")
        if before and re.fullmatch(r",\s*", text[before[-1].end:q.start]) and before[-1].entry.gid != to_place.entry.gid:
            return before[-1], to_place, road
        candidates = [p for p in before if not _after_from(text, p) and p.entry.gid != to_place.entry.gid]
        if candidates:
            return candidates[-1], to_place, road
        # the figure first: "About 150 km east of Homs, the desert city of Palmyra ..."
        subject = next((p for p in in_sentence if p.start > to_place.end and p.entry.gid != to_place.entry.gid
                        and re.match(r"^,\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:city|town|village)\s+of\s+)?$",
                                     text[to_place.end:p.start])), None)
        return (subject, to_place, road) if subject is not None else None
    tail = text[q.end:q.end + 15].lower()
    if len(before) >= 2 and (re.match(r"^\s*apart\b", tail) or _SEPARATED.search(text[before[-1].end:q.start])):
        return before[-2], before[-1], road
    # "the 85-km road between A and B", "750 km of road from A to B"
    later = [p for p in in_sentence if q.end <= p.start < q.end + 60]
    if len(later) >= 2:
        a, b = later[0], later[1]
        lead, link = text[q.end:a.start], text[a.end:b.start]
        if (_BETWEEN_LEAD.match(lead) and _AND_LINK.match(link)) or (_FROM_LEAD.match(lead) and _TO_LINK.match(link)):
            return a, b, road or bool(_ROUTE.search(lead))
    # "from A to B ... some 140 km"
    m = [p for p in before if _after_from(text, p)]
    if m:
        origin = m[-1]
        later = [p for p in before if p.start > origin.end and text[origin.end:p.start].strip().lower().startswith("to")]
        if later:
            return origin, later[0], road
    return None


def _distance_verdict(stated_km: float, measured_km: float, tolerance: float) -> tuple[str, str]:
    if measured_km * (1 - tolerance) <= stated_km <= measured_km * (1 + tolerance):
        return "consistent", "great_circle"
    if measured_km < stated_km <= measured_km * ROAD_FACTOR * (1 + tolerance):
        return "consistent", "road"
    return "inconsistent", "great_circle"


def _after_from(text: str, p: PlaceMention) -> bool:
    return text[max(0, p.start - 6):p.start].strip().lower().endswith("from")


# --- bearing --------------------------------------------------------------------------------

_BEARING = re.compile(rf"^,?\s*(?:just\s+|some\s+|about\s+|roughly\s+|\w+\s+(?:km|miles)\s+)?(?P<dir>{_DIRECTION})(?:ern)?\s+of\s+(?:the\s+(?:city|town|capital)\s+of\s+)?$", re.I)


def _bearing_claims(doc_id: str, doc, text: str, places: list[PlaceMention]) -> list[Claim]:
    out = []
    for a, b in zip(places, places[1:]):
        between = text[a.end:b.start]
        m = _BEARING.match(between)
        if m is None or a.entry.gid == b.entry.gid:
            continue
        direction = m.group("dir").lower().replace("-", "")
        stated = DIRECTIONS[direction]
        measured = initial_bearing(b.entry.lat, b.entry.lon, a.entry.lat, a.entry.lon)
        evidence = evidence_of(doc[a.token_start].sent)
        claim_id = f"{doc_id}-cb{a.start}"
        if a.entry.feature in AREAL and b.entry.feature in AREAL:
            verdict, measure = "unverifiable", None
        else:
            verdict = "consistent" if _degrees_apart(measured, stated) <= BEARING_TOLERANCE else "inconsistent"
            measure = Measure(round(measured, 1), "degrees", "great_circle")
        out.append(Claim(claim_id, "bearing", text[a.start:b.end], Measure(stated, "degrees", None), measure,
                         f"±{BEARING_TOLERANCE}° of {direction}", verdict, None, evidence))
    return out


def _degrees_apart(a: float, b: float) -> float:
    """The smaller angle between two compass bearings."""
    return abs((a - b + 180) % 360 - 180)


def initial_bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Compass bearing in degrees from point 1 to point 2."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


# --- containment ----------------------------------------------------------------------------

_CONTAINED = re.compile(rf"^,?\s*in\s+(?:the\s+)?(?:(?P<part>{_DIRECTION}|central)(?:ern)?\s+)?(?:\w+'s\s+)?$", re.I)


def _containment_claims(doc_id: str, doc, text: str, places: list[PlaceMention], gazetteer: Gazetteer) -> list[Claim]:
    out = []
    for a, b in zip(places, places[1:]):
        m = _CONTAINED.match(text[a.end:b.start])
        if m is None or b.entry.feature not in {"country", "admin1", "region"}:
            continue
        a = _as_point(a, gazetteer)  # "Kidal in northern Mali": the town, not the region named after it
        if a.entry.feature not in SETTLEMENTS:
            continue
        if b.entry.feature == "region":
            continue  # regions have no outline or admin membership here: not checkable
        verdict, why = _contained(a, b, (m.group("part") or "").lower().replace("-", ""), gazetteer)
        out.append(Claim(f"{doc_id}-cc{a.start}", "containment", text[a.start:b.end], None,
                         Measure(0, "admin", "admin") if verdict != "unverifiable" else None, why, verdict, None,
                         evidence_of(doc[a.token_start].sent)))
    return out


def _province_code(province: PlaceMention, gazetteer: Gazetteer) -> tuple[str | None, str]:
    """A province's GeoNames admin1 code and where it was read: its own, where the gazetteer knows
    it (codes that agree with ISO 3166-2), else the one most common among the settlements at its
    point, looking wider where the point lies in empty land (a desert province's centre)."""
    if not province.entry.country:
        return None, ""
    own = province_code(province.entry)
    if own:
        return own, "its own"
    for km in (60.0, 150.0):
        code = gazetteer.admin1_code_at(province.entry.lat, province.entry.lon, country=province.entry.country, within_km=km)
        if code is not None:
            return code, f"the settlements' at {province.entry.name}'s centre"
    return None, ""


def _contained(a: PlaceMention, b: PlaceMention, part: str, gazetteer: Gazetteer) -> tuple[str, str]:
    if a.entry.country and b.entry.country and a.entry.country != b.entry.country:
        return "inconsistent", f"{a.entry.name} is in {a.entry.country}, {b.entry.name} in {b.entry.country}"
    if b.entry.feature == "admin1":
        code, read = _province_code(b, gazetteer)
        own = province_code(a.entry)  # an overlay row names its province in words, no code
        if code is not None and own:
            if own == code:
                return "consistent", f"same province code ({code}) as {b.entry.name}'s, read from {read}"
            return "inconsistent", f"{a.entry.name} has province code {own}, {b.entry.name} {code} (read from {read})"
        nearest = gazetteer.nearest(a.entry.lat, a.entry.lon, feature="admin1", country=a.entry.country)
        if nearest is None:
            return "unverifiable", "no provinces of that country in the gazetteer"
        if nearest.gid != b.entry.gid:
            return "inconsistent", f"the nearest provincial centre to {a.entry.name} is {nearest.name}'s"
        return "consistent", "the nearest provincial centre (stand-in for the boundary)"
    if part:
        if part == "central":
            return ("consistent", "near the country's centre") if great_circle_km(a.entry.lat, a.entry.lon, b.entry.lat, b.entry.lon) < 250 else ("inconsistent", "far from the country's centre")
        # "northern Mali" is read from the country's middle or from where its people live (Gao is
        # north of Bamako though south of Mali's geometric centre): either reading may hold
        centres = [("the country's centre", b.entry)]
        if (city := gazetteer.largest_city(b.entry.country)) is not None:
            centres.append((f"{city.name}, its largest city", city))
        readings = []
        for label, centre in centres:
            measured = initial_bearing(centre.lat, centre.lon, a.entry.lat, a.entry.lon)
            readings.append((_degrees_apart(measured, DIRECTIONS[part]) <= BEARING_TOLERANCE,
                             f"bearing {measured:.0f}° from {label}"))
        held = [why for ok, why in readings if ok]
        tolerance = f"±{BEARING_TOLERANCE}° of {part}"
        if held:
            return "consistent", f"{held[0]}, {tolerance}"
        return "inconsistent", f"{'; '.join(why for _, why in readings)}: none {tolerance}"
    return "consistent", "same country"


# --- kept -----------------------------------------------------------------------------------

def _kept_claim(doc_id: str, kind: str, q: Quantity) -> Claim:
    value = q.low if q.low is not None else q.high
    return Claim(f"{doc_id}-cl{q.start}", kind, q.text, Measure(_num(value), q.unit or "people", None), None,
                 None, "unverifiable", q.claimant, q.evidence)


def _num(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value
