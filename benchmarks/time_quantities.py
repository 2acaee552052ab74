"""Times, quantities and claims: accuracy per category on the test half of tests/data/timeq/
(--dev for the development half), and what these stages cost as a share of the pipeline's time.

    .venv/bin/python benchmarks/time_quantities.py [--dev] [--errors] [--no-share]

The development half is dev.jsonl and every dev-*.jsonl beside it (items written later, for tuning).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sitrep  # noqa: E402
from sitrep import claims as claims_stage, quantities as quantities_stage, times as times_stage  # noqa: E402
from sitrep.evaluate import half_files  # noqa: E402
from sitrep.evaluate_timeq import read_items, score_timeq  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "timeq"


def stage_share(resources, n: int = 120) -> tuple[float, float]:
    """Seconds in the times, quantities and claims stages, and in the whole pipeline, over generated news."""
    from corpus import news_corpus

    spent = {"t": 0.0}
    originals = (times_stage.find_times, quantities_stage.find_quantities, claims_stage.find_claims)

    def timed(fn):
        def wrapper(*a, **k):
            started = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent["t"] += time.perf_counter() - started
        return wrapper

    times_stage.find_times, quantities_stage.find_quantities, claims_stage.find_claims = map(timed, originals)
    try:
        texts = news_corpus(n, seed=5)
        started = time.perf_counter()
        list(sitrep.analyze_all(texts, published="2024-06-01", resources=resources))
        total = time.perf_counter() - started
    finally:
        times_stage.find_times, quantities_stage.find_quantities, claims_stage.find_claims = originals
    return spent["t"], total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", action="store_true")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--no-share", action="store_true", help="skip the stage-share timing run")
    args = ap.parse_args()
    half = "dev" if args.dev else "test"
    items = [item for path in half_files(DATA, half) for item in read_items(path)]
    resources = sitrep.load_resources()
    score = score_timeq(items, resources)
    print(f"{half} half: {len(items)} items, {len(items) / score.seconds:.0f} sentences/s")
    for kind in ("dates", "quantities", "claims"):
        print(f"{kind:<11} {score.right[kind]:>3}/{score.total[kind]:<3} = {score.accuracy(kind):.3f}")
        for key in sorted(k for k in score.total if k.startswith(kind + ":")):
            print(f"    {key.split(':', 1)[1]:<22} {score.right[key]:>3}/{score.total[key]:<3} = {score.accuracy(key):.2f}")
    if not args.no_share:
        stages, total = stage_share(resources)
        print(f"times + quantities + claims: {stages:.2f} s of {total:.2f} s of the pipeline = {stages / total:.3f}")
    if args.errors:
        print("\n".join(score.errors))


if __name__ == "__main__":
    main()
