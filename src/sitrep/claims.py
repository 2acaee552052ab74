"""Checkable statements: distances between two places measured against the gazetteer, and casualty
and force-size figures kept as claims with whoever states them.

Distance tolerance: a stated "about" allows 25 per cent either way, an exact figure 10 per cent.
A stated distance may also be by road, and a straight line can be up to 40 per cent shorter than a
road: when the figure only fits as a road distance the claim is consistent with method "road".
"""
from __future__ import annotations

from .gazetteer import great_circle_km
from .places import PlaceMention
from .records import Claim, Measure, Quantity

TO_KM = {"km": 1.0, "mi": 1.609344, "m": 0.001, "nmi": 1.852}
ABOUT_TOLERANCE = 0.25
EXACT_TOLERANCE = 0.10
ROAD_FACTOR = 1 / 0.6  # road distance up to this multiple of the straight line
# Features whose point stands for a large area: a distance to them cannot be checked to 25 per cent.
AREAL = {"country", "admin1", "region", "water"}


def find_claims(doc_id: str, text: str, quantities: list[Quantity], places: list[PlaceMention]) -> tuple[Claim, ...]:
    out = []
    for q in quantities:
        if q.counted == "distance" and q.unit in TO_KM:
            claim = _distance_claim(doc_id, text, q, places)
            if claim is not None:
                out.append(claim)
        elif q.counted in {"killed", "wounded"}:
            out.append(_kept_claim(doc_id, "casualty", q))
        elif q.counted in {"troops", "personnel"}:
            out.append(_kept_claim(doc_id, "force_size", q))
    return tuple(out)


def _distance_claim(doc_id: str, text: str, q: Quantity, places: list[PlaceMention]) -> Claim | None:
    """"A lies about 50 miles from B": B is the place after "from"; A the nearest place before the
    figure in its sentence that is not itself the object of an earlier "from"."""
    sent_lo, sent_hi = q.evidence.start, q.evidence.end
    after = [p for p in places if q.end <= p.start < min(q.end + 30, sent_hi)
             and text[q.end:p.start].strip().lower().startswith("from")]
    if not after:
        return None
    to_place = after[0]
    before = [p for p in places if sent_lo <= p.start < q.start and not _after_from(text, p)
              and p.entry.gid != to_place.entry.gid]
    if not before:
        return None
    from_place = before[-1]
    start, end = from_place.start, to_place.end
    stated_km = (q.low if q.low is not None else q.high) * TO_KM[q.unit]
    tolerance = ABOUT_TOLERANCE if q.approx in {"about", "range"} else EXACT_TOLERANCE
    claim_id = f"{doc_id}-cl{q.start}"
    stated = Measure(_num(q.low if q.low is not None else q.high), q.unit, None)
    if from_place.entry.feature in AREAL or to_place.entry.feature in AREAL:
        return Claim(claim_id, "distance", text[start:end], stated, None,
                     "not checked: one place is an area, not a point", "unverifiable", q.claimant, q.evidence)
    measured_km = great_circle_km(from_place.entry.lat, from_place.entry.lon, to_place.entry.lat, to_place.entry.lon)
    verdict, method = _distance_verdict(stated_km, measured_km, tolerance)
    why = f"±{int(tolerance * 100)}% ({'about' if tolerance == ABOUT_TOLERANCE else 'exact figure'})"
    if method == "road":
        why += "; fits only as a road distance (straight line up to 40% shorter)"
    measured = Measure(round(measured_km * (1 if q.unit == "km" else 1 / TO_KM[q.unit]), 1), q.unit, method)
    return Claim(claim_id, "distance", text[start:end], stated, measured, why, verdict, q.claimant, q.evidence)


def _distance_verdict(stated_km: float, measured_km: float, tolerance: float) -> tuple[str, str]:
    if measured_km * (1 - tolerance) <= stated_km <= measured_km * (1 + tolerance):
        return "consistent", "great_circle"
    if measured_km < stated_km <= measured_km * ROAD_FACTOR * (1 + tolerance):
        return "consistent", "road"
    return "inconsistent", "great_circle"


def _after_from(text: str, p: PlaceMention) -> bool:
    return text[max(0, p.start - 6):p.start].strip().lower().endswith("from")


def _kept_claim(doc_id: str, kind: str, q: Quantity) -> Claim:
    value = q.low if q.low is not None else q.high
    return Claim(f"{doc_id}-cl{q.start}", kind, q.text, Measure(_num(value), q.unit or "people", None), None,
                 None, "unverifiable", q.claimant, q.evidence)


def _num(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value
