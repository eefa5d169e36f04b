"""Every interface string exists in fr, nl, de and en, and the catalogues are
what ``makemessages`` makes of the code (no string forgotten, none stale)."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.translation import gettext

from locales.catalogues import BALISE_APPS

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "nl", "de", "en")


def entries(path):
    return sorted(
        (e.msgctxt or "", e.msgid, e.msgid_plural or "", e.msgstr,
         tuple(sorted(e.msgstr_plural.items())), tuple(sorted(e.flags)),
         tuple(sorted(f for f, _ in e.occurrences)))
        for e in polib.pofile(str(path))
    )


@pytest.mark.parametrize("app", BALISE_APPS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_exists_and_every_string_is_translated(app, language):
    path = ROOT / app / "locale" / language / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"{app} has no {language} catalogue"
    catalogue = polib.pofile(str(path))
    assert len(catalogue) > 0
    for entry in catalogue:
        assert "fuzzy" not in entry.flags, f"{path}: fuzzy {entry.msgid!r}"
        if entry.msgid_plural:
            assert all(entry.msgstr_plural.values()), f"{path}: {entry.msgid!r}"
        else:
            assert entry.msgstr, f"{path}: untranslated {entry.msgid!r}"
        for placeholder in ("%(query)s", "%(language)s", "%(counter)s", "%(opens)s"):
            if placeholder in entry.msgid:
                assert placeholder in (entry.msgstr or entry.msgstr_plural[0]), (
                    f"{path}: {entry.msgid!r} loses {placeholder}")


@pytest.mark.parametrize("app", BALISE_APPS)
def test_makemessages_would_not_change_the_catalogues(app, tmp_path):
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext is needed for this check: apt-get install gettext")
    copy = tmp_path / app
    shutil.copytree(ROOT / app, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    subprocess.run(
        [sys.executable, str(ROOT / "site" / "manage.py"), "makemessages",
         "-l", "fr", "-l", "nl", "-l", "de", "-l", "en",
         "--add-location=file", "--no-obsolete", "-v", "0"],
        cwd=copy, check=True, env={"DJANGO_SETTINGS_MODULE": "config.settings.test",
                                   "PATH": "/usr/bin:/bin"},
    )
    for language in LANGUAGES:
        po = Path("locale") / language / "LC_MESSAGES" / "django.po"
        assert entries(copy / po) == entries(ROOT / app / po), (
            f"{app}/{po} is out of date: run bin/messages, translate, commit")


def test_compiled_catalogues_translate_the_interface():
    expected = {"fr": "Aller au contenu principal", "nl": "Naar de hoofdinhoud",
                "de": "Zum Hauptinhalt springen", "en": "Skip to main content"}
    for language, text in expected.items():
        with translation.override(language):
            assert gettext("Skip to main content") == text
