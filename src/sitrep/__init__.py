"""sitrep: news about armed conflict in, a situation picture out.

    >>> import sitrep
    >>> resources = sitrep.load_resources()                    # the model, gazetteer and lexicons, once
    >>> analysis = sitrep.analyze(text, published="2024-12-04", resources=resources)
    >>> for analysis in sitrep.analyze_all(texts, resources=resources): ...
"""
from __future__ import annotations

__version__ = "0.1.0"

from functools import lru_cache
from typing import Iterable, Iterator

from .errors import InputError, ResourceError, SitrepError
from .options import Options
from .records import Analysis, Document

__all__ = ["analyze", "analyze_all", "load_resources", "Analysis", "Document", "Options",
           "InputError", "ResourceError", "SitrepError", "__version__"]


def load_resources(options: Options = Options(), **kwargs):
    """Load the spaCy pipeline, gazetteer and lexicons (see `sitrep.resources.load_resources`)."""
    from .resources import load_resources as _load

    return _load(options, **kwargs)


@lru_cache(maxsize=1)
def _default_resources():
    return load_resources()


def analyze(text_or_html: str | bytes, *, published: str | None = None, uri: str = "<string>",
            resources=None) -> Analysis:
    """The analysis of one document given as text or HTML (str or bytes). Raises InputError when
    the input holds no English article.

    Without `resources`, the default ones are loaded on the first call and kept.
    """
    for result in analyze_all([text_or_html], published=published, resources=resources, uri=uri):
        if isinstance(result, InputError):
            raise result
        return result
    raise InputError(uri, "no document")


def analyze_all(items: Iterable[str | bytes | Document], *, published: str | None = None, resources=None,
                uri: str = "<string>") -> Iterator[Analysis | InputError]:
    """Analyses of many documents, streamed in input order, parsed in batches. A document that
    cannot be analyzed yields its InputError in its place instead of stopping the stream."""
    from .ingest import sniff_media_type
    from .pipeline import analyze_documents

    res = resources or _default_resources()

    def documents():
        for n, item in enumerate(items):
            if isinstance(item, Document):
                yield item
            else:
                raw = item.encode("utf-8") if isinstance(item, str) else item
                yield Document(uri=uri if n == 0 else f"{uri}#{n}", raw=raw, media_type=sniff_media_type(raw))

    return analyze_documents(documents(), res, published=published)
