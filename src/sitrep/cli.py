"""The `sitrep` command: a thin layer that parses arguments and calls the library.

Exit codes: 0 all inputs analyzed; 1 some inputs failed (the rest were analyzed); 2 usage error.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from . import __version__
from .errors import InputError, SitrepError
from .options import (DEFAULT_BATCH_SIZE, DEFAULT_MAX_BYTES, DEFAULT_MIN_ASSERTED_CONFIDENCE,
                      DEFAULT_MIN_EVENT_CONFIDENCE, Options)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.run(args)
    except SitrepError as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sitrep", description="News about armed conflict in, a situation picture out.")
    p.add_argument("--version", action="version", version=f"sitrep {__version__}")
    sub = p.add_subparsers(dest="command")

    a = sub.add_parser("analyze", help="analyze articles and print their situation picture",
                       description="Analyze articles (text or HTML) into the sitrep.analysis/v1 contract.")
    a.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="a file, a folder (its .txt/.html/.htm files), - for standard input, or a .jsonl file")
    a.add_argument("--published", type=_iso_date, help="publication date YYYY-MM-DD; wins over the page's own")
    a.add_argument("--format", choices=("table", "json", "markdown"), default="table")
    a.add_argument("--out", type=Path, metavar="DIR", help="write one <doc id>.json per document into DIR")
    a.add_argument("--no-text", action="store_true", help="leave article text and sentences out (offsets stay)")
    _add_run_options(a)
    a.set_defaults(run=_run_analyze)

    pl = sub.add_parser("places", help="the resolved places of articles, as a table or GeoJSON")
    pl.add_argument("inputs", nargs="+", metavar="INPUT")
    pl.add_argument("--published", type=_iso_date)
    pl.add_argument("--format", choices=("table", "geojson"), default="table")
    _add_run_options(pl)
    pl.set_defaults(run=_run_places)

    g = sub.add_parser("gazetteer", help="build the gazetteer index, or rebuild it with GeoNames dumps")
    gsub = g.add_subparsers(dest="action", required=True)
    gb = gsub.add_parser("build", help="build the index from the installed packages and the curated overlay")
    gb.add_argument("--path", type=Path, help="where to write the index (default: the user's data directory)")
    gb.set_defaults(run=_run_gazetteer_build, files=[])
    gi = gsub.add_parser("import", help="rebuild the index with GeoNames dump files (allCountries, cities500, XX.txt)")
    gi.add_argument("files", nargs="+", type=Path)
    gi.add_argument("--path", type=Path)
    gi.set_defaults(run=_run_gazetteer_build)
    return p


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="skip inputs larger than this (default 20 MB)")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    p.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
    p.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_EVENT_CONFIDENCE, metavar="P",
                   help=f"leave out events whose calibrated confidence is below P (default {DEFAULT_MIN_EVENT_CONFIDENCE})")
    p.add_argument("--min-asserted-confidence", type=float, default=DEFAULT_MIN_ASSERTED_CONFIDENCE, metavar="P",
                   help=f"and events coded asserted below P (default {DEFAULT_MIN_ASSERTED_CONFIDENCE}; "
                        "both at 0 keep every event)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def _iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _analyses(args):
    """(analyses or errors, counts) over the inputs, printing errors and warnings as they come."""
    from .ingest import read_documents
    from .pipeline import analyze_documents
    from .resources import load_resources

    options = Options(max_bytes=args.max_bytes, batch_size=args.batch_size, n_process=args.processes,
                      min_event_confidence=args.min_confidence,
                      min_asserted_confidence=args.min_asserted_confidence)
    resources = load_resources(options)
    results = analyze_documents(read_documents(args.inputs, options), resources, published=args.published)
    if not args.quiet:
        from tqdm import tqdm
        # Shown only when the run lasts: a single article prints no bar.
        results = tqdm(results, desc="analyzing", unit="doc", file=sys.stderr, delay=2.0, leave=False)
    for result in results:
        if isinstance(result, InputError):
            print(f"sitrep: {result.uri}: {result.cause}", file=sys.stderr)
        else:
            for warning in result.doc.warnings:
                print(f"sitrep: warning: {warning}", file=sys.stderr)
        yield result


def _run_analyze(args) -> int:
    from .report import to_json_file, to_json_line, to_markdown, to_table

    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
    ok = failed = 0
    for result in _analyses(args):
        if isinstance(result, InputError):
            failed += 1
            continue
        ok += 1
        if args.out is not None:
            (args.out / f"{result.doc.id}.json").write_text(to_json_file(result, include_text=not args.no_text), encoding="utf-8")
        elif args.format == "json":
            sys.stdout.write(to_json_line(result, include_text=not args.no_text) + "\n")
        elif args.format == "markdown":
            sys.stdout.write(to_markdown(result) + "\n")
        else:
            sys.stdout.write(to_table(result) + "\n")
        sys.stdout.flush()
    return _finish(ok, failed, args.out)


def _run_places(args) -> int:
    import json

    ok = failed = 0
    features = []
    for result in _analyses(args):
        if isinstance(result, InputError):
            failed += 1
            continue
        ok += 1
        if args.format == "table":
            print(f"# {result.doc.title or result.doc.uri}")
            for p in result.places:
                print(f"{p.name:<28} {p.feature:<10} {p.country or '-':<3} {p.lat:>9.4f} {p.lon:>9.4f}  "
                      f"{p.confidence:.2f}  {', '.join(sorted({m.text for m in p.mentions}))}")
        else:
            features += [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                          "properties": {"name": p.name, "feature": p.feature, "country": p.country,
                                         "gazetteer_id": p.gazetteer_id, "confidence": p.confidence,
                                         "doc": result.doc.id, "mentions": [m.text for m in p.mentions]}}
                         for p in result.places]
    if args.format == "geojson":
        print(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1))
    return _finish(ok, failed, None)


def _run_gazetteer_build(args) -> int:
    from .gazetteer import build_gazetteer

    for f in args.files:
        if not f.is_file():
            print(f"sitrep: {f}: no such file", file=sys.stderr)
            return EXIT_USAGE
    path = build_gazetteer(args.path, geonames_files=args.files)
    print(f"sitrep: gazetteer index written to {path}", file=sys.stderr)
    return EXIT_OK


def _finish(ok: int, failed: int, out: Path | None) -> int:
    if out is not None:
        print(f"sitrep: wrote {ok} file{'s' if ok != 1 else ''} to {out}", file=sys.stderr)
    if failed:
        print(f"sitrep: {failed} of {ok + failed} input{'s' if ok + failed != 1 else ''} failed", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
