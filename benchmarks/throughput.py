"""Throughput: articles per second of `sitrep.analyze_all` beside bare `nlp.pipe` with the same
model, batch size and process count, on the same generated news texts, in one run.

    .venv/bin/python benchmarks/throughput.py [--n 240] [--batch-size 32] [--processes 1]
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
from corpus import news_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=240)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--processes", type=int, default=1)
    args = ap.parse_args()
    texts = news_corpus(args.n, seed=7)
    words = sum(len(t.split()) for t in texts)
    options = sitrep.Options(batch_size=args.batch_size, n_process=args.processes)
    started = time.perf_counter()
    resources = sitrep.load_resources(options)
    load = time.perf_counter() - started
    nlp = resources.nlp
    list(nlp.pipe(texts[:20], batch_size=args.batch_size))  # warm-up, for both

    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.processes):
        pass
    bare = time.perf_counter() - started

    started = time.perf_counter()
    results = list(sitrep.analyze_all(texts, published="2024-06-01", resources=resources))
    full = time.perf_counter() - started
    failed = sum(isinstance(r, sitrep.InputError) for r in results)

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{resources.versions()['model']}")
    print(f"texts: {len(texts)} distinct, {words / len(texts):.0f} words on average; batch size {args.batch_size}, "
          f"{args.processes} process(es); resources loaded in {load:.2f} s")
    print(f"bare nlp.pipe:        {len(texts) / bare:7.1f} articles/s  ({words / bare:,.0f} words/s)")
    print(f"sitrep.analyze_all:   {len(texts) / full:7.1f} articles/s  ({words / full:,.0f} words/s), {failed} failed")
    print(f"ratio analyze_all / nlp.pipe: {bare / full:.2f}")


if __name__ == "__main__":
    main()
