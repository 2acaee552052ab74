"""Analyses for people: a terminal table and Markdown. JSON is `Analysis.to_dict()`; this module
only lays out what is already there."""
from __future__ import annotations

import json

from .records import Analysis


def to_json_line(analysis: Analysis, *, include_text: bool = True) -> str:
    """One line of JSON Lines: keys in contract order, no ASCII escaping, so the same analysis is
    always the same bytes."""
    return json.dumps(analysis.to_dict(include_text=include_text), ensure_ascii=False, separators=(",", ":"))


def to_json_file(analysis: Analysis, *, include_text: bool = True) -> str:
    return json.dumps(analysis.to_dict(include_text=include_text), ensure_ascii=False, indent=2) + "\n"


def _rows(analysis: Analysis) -> dict[str, tuple[list[str], list[list[str]]]]:
    a = analysis
    names = {x.id: x.name for x in a.actors}

    def who(refs):
        return " + ".join(names.get(r.actor, r.text) for r in refs) or "-"

    return {
        "Places": (["place", "feature", "country", "lat, lon", "conf", "mentions"],
                   [[p.name, p.feature, p.country or "-", f"{p.lat:.3f}, {p.lon:.3f}", f"{p.confidence:.2f}",
                     str(len(p.mentions))] for p in a.places]),
        "Actors": (["actor", "id", "kind", "country", "mentions"],
                   [[x.name, x.id, x.kind, x.country or "-", ", ".join(sorted({m.text for m in x.mentions}))[:60]]
                    for x in a.actors]),
        "Events": (["type", "status", "source", "target", "place", "date", "trigger"],
                   [[e.type + (f"/{','.join(e.mode)}" if e.mode else ""), e.status, who(e.source), who(e.target),
                     e.place.name if e.place else "-",
                     (e.date.start + ("~" if e.date.inferred else "")) if e.date and e.date.start else "-",
                     e.trigger.text] for e in a.events]),
        "Times": (["expression", "from", "to", "precision"],
                  [[t.text, t.value_start or "-", t.value_end or "-", t.precision] for t in a.times]),
        "Quantities": (["quantity", "low", "high", "unit", "approx", "counted"],
                       [[q.text, _n(q.low), _n(q.high), q.unit or "-", q.approx, q.counted] for q in a.quantities]),
        "Claims": (["claim", "kind", "stated", "measured", "verdict"],
                   [[c.text[:50], c.kind, f"{_n(c.stated.value)} {c.stated.unit}" if c.stated else "-",
                     f"{_n(c.measured.value)} {c.measured.unit} ({c.measured.method})" if c.measured else "-",
                     c.verdict] for c in a.claims]),
    }


def _n(value) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _header(a: Analysis) -> list[str]:
    d = a.doc
    date = f"{d.published} ({d.published_source})" if d.published else "unknown (dates relative to it stay unresolved)"
    return [d.title or "(no title)", f"source: {d.uri}   id: {d.id}   published: {date}",
            f"{len(d.text):,} characters; {len(a.places)} places, {len(a.actors)} actors, {len(a.events)} events, "
            f"{len(a.times)} times, {len(a.quantities)} quantities, {len(a.claims)} claims"]


def to_table(analysis: Analysis, *, width: int = 110) -> str:
    """A plain-text summary for the terminal."""
    head = _header(analysis)
    lines = ["=" * min(width, max(len(h) for h in head)), *head, ""]
    for section, (cols, rows) in _rows(analysis).items():
        if not rows:
            continue
        lines.append(f"{section} ({len(rows)})")
        widths = [min(28, max(len(c), *(len(r[i]) for r in rows))) for i, c in enumerate(cols)]
        lines.append("  " + "  ".join(c.ljust(w) for c, w in zip(cols, widths)))
        for r in rows:
            lines.append("  " + "  ".join(_cut(v, w).ljust(w) for v, w in zip(r, widths)))
        lines.append("")
    return "\n".join(lines)


def to_markdown(analysis: Analysis) -> str:
    head = _header(analysis)
    lines = [f"## {head[0]}", "", f"{head[1]}  ", head[2], ""]
    for section, (cols, rows) in _rows(analysis).items():
        if not rows:
            continue
        lines += [f"### {section}", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(v.replace("|", "\\|") for v in r) + " |" for r in rows]
        lines.append("")
    return "\n".join(lines)


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
