#!/usr/bin/env python3
"""Consistency checker for the sitrep cleaning evaluation set.

Usage: python3 tests/data/cleaning/check_gold.py

Standard library only. For every page NAME.html / NAME.txt in this folder it
loads NAME.gold.json and verifies that:

* the gold file parses and has the expected keys and value types;
* the title, every body paragraph and every junk string occur in the page's
  visible text (HTML: decoded with its BOM / declared charset, tags stripped,
  entities unescaped, whitespace collapsed; TXT: UTF-8, whitespace collapsed);
* body paragraphs occur in order and each one lies inside a single text block
  (one HTML block element / one line of a .txt page), so that a gold paragraph
  never silently merges two paragraphs of the page;
* no junk string is a substring of a body paragraph or of the title, and no
  body paragraph is a substring of a junk string;
* the gold is complete: once title, body and junk are removed from the visible
  text, only whitespace and punctuation remain;
* "published" agrees with <meta property="article:published_time"> if present.

Globally it checks that there are at least 24 pages and 9 distinct templates.
Exit status is 0 when everything passes, 1 otherwise.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_PAGES = 24
MIN_TEMPLATES = 9
KEYS = {"template", "format", "title", "published", "body", "junk"}

# Elements whose text is not rendered as page text.
SKIP_TAGS = {"head", "script", "style", "noscript", "template", "svg", "iframe"}
# Inline elements: they do not break a text block.
INLINE_TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font",
    "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
    "sup", "time", "u", "var", "wbr", "img", "label", "input",
}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
             "meta", "param", "source", "track", "wbr"}
# Characters allowed to be left over after removing all gold strings.
LEFTOVER_OK = re.compile(r"[\s|·•\-–—:;,.!?/\\>›»«<←→()\[\]{}*+'\"“”‘’…#]+")


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


class VisibleText(HTMLParser):
    """Collects rendered text; block boundaries become newlines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.metas: list[dict[str, str]] = []
        self.has_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            self.metas.append({k.lower(): (v or "") for k, v in attrs})
        if tag == "title":
            self.has_title = True
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag not in INLINE_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag == "meta":
            self.metas.append({k.lower(): (v or "") for k, v in attrs})
        if tag not in INLINE_TAGS and tag not in SKIP_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE_TAGS and tag not in VOID_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def decode_html(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8 (BOM)"
    head = raw[:4096].decode("ascii", errors="replace")
    m = re.search(r"""<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", head, re.I)
    if not m:
        raise ValueError("no BOM and no declared charset")
    charset = m.group(1).lower()
    return raw.decode(charset), charset


def page_text(path: Path) -> tuple[str, str, dict]:
    """Return (flat_text, lined_text, info)."""
    raw = path.read_bytes()
    info: dict = {}
    if path.suffix == ".html":
        text, charset = decode_html(raw)
        info["charset"] = charset
        parser = VisibleText()
        parser.feed(text)
        parser.close()
        info["metas"] = parser.metas
        info["has_title"] = parser.has_title
        joined = "".join(parser.parts)
    else:
        joined = raw.decode("utf-8")
        info["charset"] = "utf-8"
    lines = [collapse(x) for x in joined.split("\n")]
    lined = "\n".join(x for x in lines if x)
    flat = collapse(joined)
    return flat, lined, info


def check_page(page: Path, errors: list[str]) -> dict | None:
    name = page.name
    gold_path = page.with_name(page.stem + ".gold.json")

    def err(msg: str) -> None:
        errors.append(f"{name}: {msg}")

    if not gold_path.exists():
        err("missing gold file")
        return None
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"gold does not parse: {exc}")
        return None
    if set(gold) != KEYS:
        err(f"gold keys {sorted(gold)} != {sorted(KEYS)}")
        return None
    fmt = page.suffix[1:]
    if gold["format"] != fmt:
        err(f"format {gold['format']!r} but file is .{fmt}")
    if not isinstance(gold["template"], str) or not gold["template"]:
        err("template must be a non-empty string")
    title, body, junk = gold["title"], gold["body"], gold["junk"]
    if not isinstance(title, str) or not title:
        err("title must be a non-empty string")
        return None
    if not (isinstance(body, list) and all(isinstance(x, str) and x for x in body)):
        err("body must be a list of non-empty strings")
        return None
    if not (isinstance(junk, list) and all(isinstance(x, str) and x for x in junk)):
        err("junk must be a list of non-empty strings")
        return None
    if not 4 <= len(body) <= 15:
        err(f"body has {len(body)} paragraphs (expected 4-15)")
    if not junk:
        err("junk is empty")
    pub = gold["published"]
    if pub is not None:
        try:
            _dt.date.fromisoformat(pub)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub)
        except Exception:  # noqa: BLE001
            err(f"published {pub!r} is not YYYY-MM-DD")

    for s in [title, *body, *junk]:
        if s != collapse(s):
            err(f"string not whitespace-collapsed: {s[:60]!r}")

    try:
        flat, lined, info = page_text(page)
    except Exception as exc:  # noqa: BLE001
        err(f"cannot read page: {exc}")
        return None

    if fmt == "html":
        if not info["has_title"]:
            err("no <title> element")
        for meta in info["metas"]:
            if meta.get("property") == "article:published_time":
                date = meta.get("content", "")[:10]
                if date != pub:
                    err(f"published {pub!r} but article:published_time is {date!r}")

    if title not in flat:
        err(f"title not found in visible text: {title!r}")
    pos = 0
    for p in body:
        if p not in lined:
            where = "visible text" if p not in flat else "a single block/line"
            err(f"body paragraph not found in {where}: {p[:70]!r}")
            continue
        i = lined.find(p, pos)
        if i < 0:
            err(f"body paragraph out of order: {p[:70]!r}")
        else:
            pos = i + len(p)
    for j in junk:
        if j not in flat:
            err(f"junk not found in visible text: {j[:70]!r}")
    if len(set(body)) != len(body):
        err("duplicate body paragraphs")

    for j in junk:
        for p in body:
            if j in p:
                err(f"junk {j[:40]!r} is a substring of body paragraph {p[:40]!r}")
            if p in j:
                err(f"body paragraph {p[:40]!r} is a substring of junk {j[:40]!r}")
        if j in title:
            err(f"junk {j!r} is a substring of the title")

    # Completeness: nothing but punctuation may remain.
    rest = flat
    for s in sorted({title, *body, *junk}, key=len, reverse=True):
        rest = rest.replace(s, "\n")
    leftovers = [x.strip() for x in rest.split("\n")]
    leftovers = [x for x in leftovers if x and not LEFTOVER_OK.fullmatch(x)]
    for x in leftovers:
        err(f"visible text not covered by gold: {x[:80]!r}")

    return {"template": gold["template"], "format": fmt, "charset": info["charset"],
            "body": len(body), "junk": len(junk)}


def main() -> int:
    pages = sorted(p for p in HERE.iterdir()
                   if p.suffix in (".html", ".txt") and p.is_file())
    errors: list[str] = []
    golds = sorted(HERE.glob("*.gold.json"))
    stems = {p.stem for p in pages}
    for g in golds:
        if g.name[: -len(".gold.json")] not in stems:
            errors.append(f"{g.name}: gold file without page")
    stats = [s for p in pages if (s := check_page(p, errors))]
    templates = sorted({s["template"] for s in stats})
    if len(pages) < MIN_PAGES:
        errors.append(f"only {len(pages)} pages (need >= {MIN_PAGES})")
    if len(templates) < MIN_TEMPLATES:
        errors.append(f"only {len(templates)} templates (need >= {MIN_TEMPLATES})")
    n_html = sum(s["format"] == "html" for s in stats)
    n_txt = sum(s["format"] == "txt" for s in stats)
    charsets = sorted({s["charset"] for s in stats})
    print(f"pages: {len(pages)} ({n_html} html, {n_txt} txt)")
    print(f"templates ({len(templates)}): {', '.join(templates)}")
    print(f"charsets: {', '.join(charsets)}")
    print(f"body paragraphs: {sum(s['body'] for s in stats)}; "
          f"junk strings: {sum(s['junk'] for s in stats)}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
