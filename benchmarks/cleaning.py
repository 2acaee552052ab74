"""Cleaning benchmark: body kept and junk removed over the hand-marked pages in tests/data/cleaning/.

    .venv/bin/python benchmarks/cleaning.py [--failures]
"""
from __future__ import annotations

import sys
from importlib import resources as importlib_resources
from pathlib import Path

from sitrep.clean import read_junk_patterns
from sitrep.evaluate import score_cleaning

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "cleaning"


def main() -> None:
    junk = read_junk_patterns((importlib_resources.files("sitrep") / "data" / "cleaning" / "junk_lines.tsv").read_text())
    s = score_cleaning(CASES, junk)
    print(f"pages: {s.pages}  templates: {len(s.by_template)}")
    print(f"body kept:    {s.body_kept}/{s.body_paragraphs} paragraphs = {s.body_kept_ratio:.3f}")
    print(f"junk removed: {s.junk_removed}/{s.junk_strings} strings = {s.junk_removed_ratio:.3f}")
    print(f"titles found: {s.titles_found}/{s.titles} = {s.title_ratio:.3f}")
    print(f"time: {1000 * s.seconds / max(1, s.pages):.1f} ms per page")
    print("by template (body kept, junk removed):")
    for name, (bk, bt, jr, jt) in sorted(s.by_template.items()):
        print(f"  {name:<32} {bk}/{bt}  {jr}/{jt}")
    if "--failures" in sys.argv:
        print("\n".join(s.failures))


if __name__ == "__main__":
    main()
