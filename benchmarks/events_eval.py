"""Events benchmark: PLOVER type, roles, status and calibration on the sitrep events set (the frozen
test half by default), and type accuracy on the PLOVER gold-standard records.

    .venv/bin/python benchmarks/events_eval.py [--dev] [--failures] [--no-plover]

Tune on `--dev` only (dev.jsonl and dev-*.jsonl); the test half is for reporting (tests/data/events/README.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

from sitrep.evaluate import half_files
from sitrep.evaluate_events import (STATUSES, score_events_file, score_plover, sentence_resources)

REPO = Path(__file__).resolve().parent.parent
EVENTS = REPO / "tests" / "data" / "events"
PLOVER = REPO.parent / "shared" / "data" / "events" / "plover_gsr_cameo" / "PLOVER_GSR_CAMEO.json"


def print_events(s, half: str) -> None:
    print(f"== sitrep events set, {half} half: {s.sentences} sentences, {sum(s.gold.values())} gold events, "
          f"{sum(s.predicted.values())} predicted, {s.paired} paired ({s.paired_by_type} of them by type "
          f"within the sentence, the rest by trigger)" +
          (f", {s.refused} refused" if s.refused else ""))
    p, r, f = s.prf()
    print(f"type (all):          P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    p, r, f = s.strict_prf()
    print(f"  strict (by trigger alone): P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"{'type':<10} {'gold':>5} {'pred':>5} {'right':>5}  {'P':>5}  {'R':>5}  {'F1':>5}")
    for t in sorted(set(s.gold) | set(s.predicted)):
        p, r, f = s.prf(t)
        print(f"{t:<10} {s.gold.get(t, 0):>5} {s.predicted.get(t, 0):>5} {s.correct.get(t, 0):>5}  "
              f"{p:.3f}  {r:.3f}  {f:.3f}")
    print(f"source accuracy:     exact {s.source_accuracy:.3f}  partial {s.source_partial_accuracy:.3f}  (of {s.paired} paired)")
    print(f"target accuracy:     exact {s.target_accuracy:.3f}  partial {s.target_partial_accuracy:.3f}")
    print(f"place accuracy:      {s.place_accuracy:.3f}  (the event's place is the gold place, or both have none)")
    print(f"status accuracy:     {s.status_accuracy:.3f}")
    print("status confusion (rows gold, columns predicted):")
    print(f"  {'':<13}" + "".join(f"{x[:6]:>8}" for x in STATUSES))
    for g in STATUSES:
        print(f"  {g:<13}" + "".join(f"{s.confusion.get((g, p), 0):>8}" for p in STATUSES))
    print(f"asserted precision:  {s.asserted_precision:.3f}  ({s.asserted_right}/{s.asserted_predicted} predicted asserted, "
          f"unpaired ones counted wrong); strict (by trigger alone) {s.strict_asserted_precision:.3f}")
    print(f"calibration error:   {s.calibration_error:.3f}  (ECE, 10 bins, {len(s.reliability)} predicted events; "
          f"correct = paired with the right type)")
    print(f"  {'bin':<11} {'n':>5} {'conf':>6} {'acc':>6}")
    for lo, hi, n, conf, acc in s.reliability_table():
        print(f"  {lo:.1f}-{hi:.1f}    {n:>5} {conf:>6.3f} {acc:>6.3f}")
    print(f"confidence AUC:      {s.confidence_auc:.3f}  (how well confidence sorts right from wrong events; 0.5 = chance)")
    print(f"speed:               {s.sentences_per_second:.1f} sentences/s ({s.seconds:.1f} s)")


def print_plover(s) -> None:
    print(f"== PLOVER gold-standard records (0.5b1 labels mapped): {s.records} records" +
          (f", {s.refused} refused" if s.refused else ""))
    print(f"type accuracy (top event): {s.type_accuracy:.3f}  ({s.type_ok}/{s.records}; {s.with_event} with any event)")
    print(f"source accuracy (overlap): {s.source_accuracy:.3f}  ({s.source_ok}/{s.sources})")
    print(f"target accuracy (overlap): {s.target_accuracy:.3f}  ({s.target_ok}/{s.targets})")
    print("by gold type: " + ", ".join(f"{t} {right}/{n}" for t, (n, right) in sorted(s.by_type.items())))
    print(f"speed: {s.records / s.seconds if s.seconds else 0:.1f} sentences/s")


def main() -> None:
    half = "dev" if "--dev" in sys.argv else "test"
    resources = sentence_resources()
    s = score_events_file(half_files(EVENTS, half), resources)
    print_events(s, half)
    if "--failures" in sys.argv and half == "dev":
        print("\n".join(s.failures))
    if "--no-plover" not in sys.argv and PLOVER.exists():
        print()
        ps = score_plover(PLOVER, resources)
        print_plover(ps)
        if "--failures" in sys.argv:
            print("\n".join(ps.failures))


if __name__ == "__main__":
    main()
