"""The axe-core source the runners inject, and what it can do.

The source is the ``axe.min.js`` that axe-selenium-python 3.x bundles (axe-core
4.10, a 2024 release; the 2.1.x line, the last for Python 3.11, bundles axe-core
3.1 from 2018, without the EN 301 549 tags or ``wcag22aa``). Reading it from the
installed package keeps the engine in step with ``requirements.lock``.

axe-core ships message catalogues (``axe-core/locales/*.json``), but the wheel
does not: only ``axe.min.js``. Catalogues placed in ``locales/`` next to this
module (named ``<language>.json``) are used when present; without one, axe
speaks English and the editor's checker falls back on Balise's own gettext
messages (``accessibility.axe.messages``).
"""

import json
import re
from functools import cache
from importlib.resources import files
from pathlib import Path

LOCALES_DIR = Path(__file__).with_name("locales")
VERSION_BANNER = re.compile(r"/\*! axe v(\d+\.\d+\.\d+)")


def script_path():
    return Path(str(files("axe_selenium_python").joinpath("node_modules/axe-core/axe.min.js")))


@cache
def axe_source():
    return script_path().read_text(encoding="utf-8")


@cache
def axe_version():
    """The version in the source's banner (``axe.version`` says the same in a page)."""
    found = VERSION_BANNER.search(axe_source()[:200])
    return found.group(1) if found else ""


@cache
def has_tag(tag):
    """Whether any rule of the bundled axe carries ``tag``: rule metadata is
    plain JSON inside the minified source, so a quoted tag is a rule's tag."""
    return f'"{tag}"' in axe_source()


@cache
def axe_locale(language):
    """axe's message catalogue for ``language`` ("fr", "de-be"), or None when
    none is kept (axe then reports in English)."""
    if not language:
        return None
    for name in (language.lower(), language.split("-")[0].lower()):
        path = LOCALES_DIR / f"{name}.json"
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    return None
