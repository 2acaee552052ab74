"""Actor references resolved to the actor named earlier, scored beside the actors stage alone on
two sets in tests/data/actors/: descriptions and possessives ("the group", "the regime", "its jets";
coref-*.jsonl) and subject pronouns ("It said", "they withdrew", "he told"; pronouns-*.jsonl).

    .venv/bin/python benchmarks/references_eval.py [--dev] [--failures]

The test halves are frozen and for reporting; tune on `--dev` only (README-coref.md, README-pronouns.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

from sitrep.evaluate_events import sentence_resources
from sitrep.evaluate_references import score_references

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "actors"
SETS = (("descriptions and possessives", "coref"), ("subject pronouns", "pronouns"))


def main() -> None:
    half = "dev" if "--dev" in sys.argv else "test"
    resources = sentence_resources()
    for label, stem in SETS:
        path = DATA / f"{stem}-{half}.jsonl"
        if not path.exists():
            continue
        with_step = score_references([path], resources)
        without = score_references([path], resources, resolve=False)
        print(f"== actor references, {label}, {half} half: {with_step.documents} documents, "
              f"{with_step.references} references ({with_step.named} name an actor, {with_step.nulls} do not)")
        for name, s in (("sitrep", with_step), ("actors stage alone", without)):
            print(f"{name:<20} precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
                  f"nulls left unresolved {s.abstention:.3f}  ({s.right}/{s.resolved} resolved right)")
        rules = sorted(with_step.by_rule.items())
        print("by rule (right/resolved): " + ", ".join(f"{k} {r}/{n}" for k, (n, r) in rules))
        print(f"speed: {with_step.documents / with_step.seconds:.1f} documents/s (parse, places, actors, references)")
        if "--failures" in sys.argv and half == "dev":
            print("\n".join(with_step.failures))
        print()


if __name__ == "__main__":
    main()
