"""Actor references: "the group", "the regime", "its jets" resolved to the actor named earlier,
scored on tests/data/actors/coref-test.jsonl (the frozen half) beside the actors stage alone.

    .venv/bin/python benchmarks/references_eval.py [--dev] [--failures]

Tune on `--dev` only; the test half is for reporting (tests/data/actors/README-coref.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

from sitrep.evaluate_events import sentence_resources
from sitrep.evaluate_references import score_references

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "actors"


def main() -> None:
    half = "dev" if "--dev" in sys.argv else "test"
    resources = sentence_resources()
    path = DATA / f"coref-{half}.jsonl"
    with_step = score_references([path], resources)
    without = score_references([path], resources, resolve=False)
    print(f"== actor references, {half} half: {with_step.documents} documents, {with_step.references} references "
          f"({with_step.named} name an actor, {with_step.nulls} do not)")
    for label, s in (("sitrep", with_step), ("actors stage alone", without)):
        print(f"{label:<20} precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
              f"nulls left unresolved {s.abstention:.3f}  ({s.right}/{s.resolved} resolved right)")
    print("by rule (right/resolved): " + ", ".join(f"{k} {r}/{n}"
                                                    for k, (n, r) in sorted(with_step.by_rule.items())))
    print(f"recall gained: {with_step.recall - without.recall:+.3f}; precision ratio sitrep / actors stage alone: "
          f"{with_step.precision / without.precision if without.precision else float('inf'):.2f}")
    print(f"speed: {with_step.documents / with_step.seconds:.1f} documents/s (parse, places, actors, references)")
    if "--failures" in sys.argv and half == "dev":
        print("\n".join(with_step.failures))


if __name__ == "__main__":
    main()
