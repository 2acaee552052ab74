"""The one loader of heavy things: the spaCy pipeline, the gazetteer index and the data files.
Loading is an explicit call whose result is passed to the stages; nothing loads at import."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path

from . import __version__
from .clean import JunkPatterns, read_junk_patterns
from .events import Rules, load_rules
from .gazetteer import Gazetteer, build_gazetteer, default_path, read_stopnames, stopnames_version
from .lexicon import Lexicon, load_lexicon
from .nlp import load_nlp, model_version
from .options import Options
from .quantities import Units, load_units


@dataclass(frozen=True)
class Resources:
    options: Options
    nlp: object
    gazetteer: Gazetteer
    lexicon: Lexicon
    rules: Rules
    junk: JunkPatterns
    units: Units
    stopnames: frozenset[str]

    def versions(self) -> dict[str, str]:
        """What produced an output: stamped on every analysis."""
        import spacy
        import trafilatura

        from .actors import place_cues
        from .places import ranking_version
        from .references import reference_rules

        lexicons = "+".join([self.lexicon.version, reference_rules().version, self.rules.version, self.junk.version,
                             self.units.version, place_cues()["version"], stopnames_version(), ranking_version()])
        # the confidence bars decide which events come out, so the same input with other bars
        # is another output, and says so
        event_filter = (f"confidence>={self.options.min_event_confidence:g}; "
                        f"asserted>={self.options.confidence_floor('asserted'):g}")
        return {"sitrep": __version__, "model": model_version(self.nlp), "gazetteer": self.gazetteer.version,
                "lexicons": lexicons, "spacy": spacy.__version__, "trafilatura": trafilatura.__version__,
                "event_filter": event_filter}


def load_resources(options: Options = Options(), *, gazetteer_path: Path | None = None) -> Resources:
    """Everything the pipeline needs, loaded once. Builds the gazetteer index first if it is missing
    (about 20 seconds, once per machine)."""
    path = Path(gazetteer_path or default_path())
    if not path.is_file():
        print(f"sitrep: building the gazetteer index at {path} (once)", file=sys.stderr)
        build_gazetteer(path)
    junk_file = importlib_resources.files("sitrep") / "data" / "cleaning" / "junk_lines.tsv"
    return Resources(options=options, nlp=load_nlp(options.model), gazetteer=Gazetteer(path),
                     lexicon=load_lexicon(), rules=load_rules(),
                     junk=read_junk_patterns(junk_file.read_text(encoding="utf-8")), units=load_units(),
                     stopnames=read_stopnames())
