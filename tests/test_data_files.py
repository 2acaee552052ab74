"""Every data file is checked by its checker: ids well formed and unique, every alias naming one
actor, every overlay point inside its country's outline, every gold span inside its sentence."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
CHECKERS = [TESTS / "checks" / "check_actors.py", TESTS / "checks" / "check_triggers.py",
            TESTS / "checks" / "check_overlay.py", TESTS / "data" / "cleaning" / "check_gold.py",
            TESTS / "data" / "events" / "check_events.py", TESTS / "data" / "timeq" / "check_timeq.py",
            TESTS / "data" / "actors" / "check_coref.py", TESTS / "data" / "actors" / "check_pronouns.py",
            TESTS / "data" / "geoparse" / "check_geoparse.py"]


@pytest.mark.parametrize("checker", CHECKERS, ids=lambda p: p.stem)
def test_data_file_passes_its_checker(checker):
    proc = subprocess.run([sys.executable, str(checker)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]


def test_lexicon_aliases_each_name_one_actor():
    from sitrep.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.lookup("HTS").actor == "hts"
    assert lex.lookup("Hayat Tahrir al-Sham").actor == "hts"
    assert lex.lookup("al-Jolani").actor == lex.lookup("al-Julani").actor == lex.lookup("Ahmed al-Sharaa").actor
    assert lex.lookup("Moscow").actor == "RUS-GOV" and lex.lookup("Moscow").role == "capital"
    assert lex.lookup("Syrian").role == "demonym" and lex.lookup("Syrian").country == "SY"
    assert lex.lookup("is") is None  # "IS" the group matches only as written


def test_admin1_names_name_real_subdivisions_once():
    import json
    from pathlib import Path as P

    import iso3166_2

    from sitrep.gazetteer import read_admin1_names

    codes = {code for subs in json.loads((P(iso3166_2.__file__).parent / "iso3166-2.json").read_text(encoding="utf-8")).values()
             for code in subs}
    names = read_admin1_names()
    assert len(names) >= 50
    for code, forms in names.items():
        assert code in codes, f"{code}: not an ISO 3166-2 code"
        assert forms and len(forms) == len(set(forms)), f"{code}: names empty or repeated"
        assert all(f == f.strip() and f[:1].isupper() for f in forms), f"{code}: badly formed name"
