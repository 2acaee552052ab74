"""The one place that knows spaCy: the pipeline is loaded once and run over many texts in batches."""
from __future__ import annotations

from typing import Iterable, Iterator

from .errors import ResourceError


def load_nlp(model: str):
    """The spaCy pipeline `model` (a package name or a path). It must be installed: nothing is downloaded."""
    import spacy

    try:
        return spacy.load(model)
    except OSError as exc:
        raise ResourceError(f"spaCy model {model!r} is not installed: {exc}") from None


def model_version(nlp) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def parse_all(nlp, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1) -> Iterator:
    """Parsed spaCy Docs for `texts`, in order."""
    return nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
