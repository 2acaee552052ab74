"""Where bytes come from: files, folders, standard input and JSON Lines. Yields Documents, or the
InputError that stops one input, so a batch goes on past a bad input. It never interprets content."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError
from .options import Options
from .records import Document

DOCUMENT_SUFFIXES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def read_documents(inputs: Iterable[str], options: Options = Options()) -> Iterator[Document | InputError]:
    """Documents from each input: a file, a folder (its .txt/.html/.htm files, recursively), `-` for
    standard input, or a JSON Lines file with one document per line."""
    for item in inputs:
        if item == "-":
            yield from _read_stdin(options)
            continue
        path = Path(item)
        if not path.exists():
            yield InputError(item, "no such file or folder")
        elif path.is_dir():
            yield from _read_folder(path, options)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl(path, options)
        else:
            yield _read_file(path, options)


def _read_folder(folder: Path, options: Options) -> Iterator[Document | InputError]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
    if not files:
        yield InputError(str(folder), "folder holds no .txt, .html or .htm files")
    for path in files:
        yield _read_file(path, options)


def _read_file(path: Path, options: Options) -> Document | InputError:
    uri = str(path)
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            return InputError(uri, f"file is {size:,} bytes, over the limit of {options.max_bytes:,} (--max-bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        return InputError(uri, f"cannot read: {exc.strerror or exc}")
    if not raw.strip():
        return InputError(uri, "file is empty")
    return Document(uri=uri, raw=raw, media_type=sniff_media_type(raw, path.suffix.lower()))


def _read_stdin(options: Options) -> Iterator[Document | InputError]:
    raw = sys.stdin.buffer.read(options.max_bytes + 1)
    if len(raw) > options.max_bytes:
        yield InputError("-", f"standard input is over the limit of {options.max_bytes:,} bytes (--max-bytes)")
    elif not raw.strip():
        yield InputError("-", "standard input is empty")
    else:
        yield Document(uri="-", raw=raw, media_type=sniff_media_type(raw))


def _read_jsonl(path: Path, options: Options) -> Iterator[Document | InputError]:
    try:
        lines = path.read_bytes().splitlines()
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if not any(line.strip() for line in lines):
        yield InputError(str(path), "file is empty")
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _document_from_json_line(f"{path}:{number}", line, options)


def _document_from_json_line(where: str, line: bytes, options: Options) -> Document | InputError:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return InputError(where, f"not valid JSON: {exc}")
    if not isinstance(record, dict):
        return InputError(where, "a line must be a JSON object with `text` or `html`")
    body, media_type = (record.get("html"), "text/html") if record.get("html") else (record.get("text"), "text/plain")
    if not isinstance(body, str) or not body.strip():
        return InputError(where, "the object has no `text` or `html` string")
    if len(body.encode("utf-8")) > options.max_bytes:
        return InputError(where, f"document is over the limit of {options.max_bytes:,} bytes (--max-bytes)")
    hints = tuple((k, str(record[k])) for k in ("url", "title", "published") if record.get(k))
    return Document(uri=str(record.get("url") or where), raw=body, media_type=media_type, hints=hints)


def sniff_media_type(raw: bytes, suffix: str = "") -> str:
    """"text/html" when the file is named or looks like HTML, else "text/plain"."""
    if suffix in DOCUMENT_SUFFIXES and suffix != ".txt":
        return DOCUMENT_SUFFIXES[suffix]
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "text/html" if head.startswith((b"<!doctype html", b"<html")) else "text/plain"
