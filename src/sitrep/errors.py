"""Errors a user can act on. Each carries the input it concerns and a one-line cause, so the CLI
can print `sitrep: PATH: cause` and go on with the rest of a batch."""
from __future__ import annotations


class SitrepError(Exception):
    """Base class for every error sitrep raises on purpose."""


class InputError(SitrepError):
    """One input cannot be analyzed; the others can."""

    def __init__(self, uri: str, cause: str):
        super().__init__(f"{uri}: {cause}")
        self.uri = uri
        self.cause = cause


class ResourceError(SitrepError):
    """A model, gazetteer or data file is missing or broken: nothing can be analyzed."""
