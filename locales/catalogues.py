"""Compile the apps' gettext catalogues without GNU gettext.

The site must run on a machine that has only Python, so the install step
turns every ``locale/*/LC_MESSAGES/django.po`` of the Balise apps into its
``.mo`` with polib (already installed with wagtail-localize). Fuzzy entries
are left out, as msgfmt does, so that a half-checked translation never
reaches a citizen.
"""

from pathlib import Path

import polib

BALISE_APPS = ("pages", "rights_explorer", "forms", "accessibility", "locales")


def app_paths():
    """The folder of each Balise app, wherever it is installed."""
    import importlib

    return [Path(importlib.import_module(app).__file__).parent for app in BALISE_APPS]


def catalogue_files(paths=None):
    for path in paths or app_paths():
        yield from sorted((path / "locale").glob("*/LC_MESSAGES/django.po"))


def compile_catalogue(po_path):
    catalogue = polib.pofile(str(po_path))
    for entry in list(catalogue):
        if entry.fuzzy or entry.obsolete:
            catalogue.remove(entry)
    mo_path = Path(po_path).with_suffix(".mo")
    catalogue.save_as_mofile(str(mo_path))
    return mo_path


def compile_all(paths=None):
    return [compile_catalogue(path) for path in catalogue_files(paths)]
