"""The demo's content as it is kept: data files in data/, read here without
the database, so that seeding, tests and benchmarks share one reading.

- ``pages/``: one JSON file per French page, the folders following the URLs
  (``pages/index.json`` is the home, ``pages/argent-dettes/index.json`` the
  topic at /fr/argent-dettes/, ``pages/argent-dettes/dettes.json`` a page in
  it). A file holds the page's type, its fields and, for a page with
  children, their slugs in menu order (the order pages are created in).
  StreamFields are in the JSON Wagtail stores, except that a chosen page is
  named by its path below the home (``"argent-dettes/dettes"``) and a chosen
  contact channel by its kind; a block written without an ``id`` gets one
  (stream_data.py).
- ``snippets/``: the organisation details and the contact channels (French).
- ``glossary/<language>.json``: the plain-language checker's terms.
- ``users.json``: the colleagues who own pages.
- ``rights/questions.json``: the rights explorer's questions (the contract's
  JSON, their wording in every language); ``rights/personas.json``: the
  editors' test personas. The rights themselves are pages
  (``pages/a-quoi-ai-je-droit/``), each with its rule.
- ``locale/<language>.po``: the Dutch, German and English text of every
  French string, ``msgid`` exactly as wagtail-localize exports it.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polib

DATA_DIR = Path(__file__).resolve().parent / "data"
SOURCE_LANGUAGE = "fr"
TRANSLATION_LANGUAGES = ("nl", "de", "en")


class DemoDataError(Exception):
    """A data file that cannot be read as the demo expects."""


@dataclass(frozen=True)
class PageData:
    path: str  # below the home, "" for the home itself
    file: str  # relative to DATA_DIR, for messages
    type: str  # the page model's name
    fields: dict  # title, slug and the model's own fields

    @property
    def parent_path(self):
        return self.path.rpartition("/")[0] if self.path else None


def _read_json(relative):
    path = DATA_DIR / relative
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DemoDataError(f"{path}: {error}") from None


@cache
def pages():
    """Every page, the home first and each parent before its children."""
    found = []

    def visit(path, relative):
        data = _read_json(relative)
        fields = dict(data)
        kind = fields.pop("type", None)
        children = fields.pop("children", [])
        slug = fields.get("slug")
        if not kind or not slug or not fields.get("title"):
            raise DemoDataError(f"{relative}: needs a type, a slug and a title")
        if path and path.rpartition("/")[2] != slug:
            raise DemoDataError(f"{relative}: its slug is {slug!r}, its file name says otherwise")
        found.append(PageData(path, relative, kind, fields))
        for child in children:
            child_path = f"{path}/{child}" if path else child
            folder = Path("pages", child_path)
            relative_child = folder / "index.json" if (DATA_DIR / folder).is_dir() else (
                folder.with_suffix(".json"))
            visit(child_path, str(relative_child))

    visit("", "pages/index.json")
    listed = {page.file for page in found}
    for path in sorted((DATA_DIR / "pages").rglob("*.json")):
        relative = str(path.relative_to(DATA_DIR))
        if relative not in listed:
            raise DemoDataError(f"{relative} is in no parent's children list")
    return tuple(found)


def page(path):
    return next(data for data in pages() if data.path == path)


def snippet(name):
    """``organisation`` (one object) or ``contact_channels`` (a list)."""
    return _read_json(f"snippets/{name}.json")


def glossary(language):
    return _read_json(f"glossary/{language}.json")


def users():
    return _read_json("users.json")


def rights_questions():
    return _read_json("rights/questions.json")


def personas():
    return _read_json("rights/personas.json")


@cache
def catalogue(language):
    """French string -> its translation in ``language``."""
    path = DATA_DIR / "locale" / f"{language}.po"
    try:
        po = polib.pofile(str(path))
    except (OSError, ValueError) as error:
        raise DemoDataError(f"{path}: {error}") from None
    return {entry.msgid: entry.msgstr for entry in po if entry.msgstr and not entry.obsolete}


def translate(french, language):
    """A French text of the data files in ``language``, one line or several
    (wagtail-localize shows a text's line breaks as ``<br/>``)."""
    if language == SOURCE_LANGUAGE or not french:
        return french
    key = french.replace("\n", "<br/>")
    try:
        text = catalogue(language)[key]
    except KeyError:
        raise DemoDataError(f"No {language} translation in data/locale/{language}.po "
                            f"for: {key!r}") from None
    return text.replace("<br/>", "\n") if "\n" in french else text
