"""The pure cores (the plain-language analyser, opening hours, the personal
data masker) run without a database: they may use Django's translations
(gettext, weekday names), and import nothing else from Django. lint-imports (in
bin/test) keeps Wagtail out of them; this keeps the ORM out."""

import ast
import importlib
from pathlib import Path

import pytest

PURE_MODULES = [
    "pages.plain_language.analysis", "pages.plain_language.findings",
    "pages.plain_language.formulas", "pages.plain_language.glossary",
    "pages.plain_language.passive", "pages.plain_language.syllables",
    "pages.plain_language.text_blocks", "pages.plain_language.tokens",
    "pages.contact.opening_hours", "pages.contact.calendar", "pages.personal_data",
    "pages.search.analysis", "pages.search.schema", "pages.search.highlight",
    "pages.search.suggestions",
    "forms.references", "forms.phone_numbers",
    "forms.email_addresses", "forms.typos", "forms.typos.base", "forms.typos.providers",
    "forms.service_levels", "forms.svg_chart",
    "rights_explorer.engine", "rights_explorer.engine.errors",
    "rights_explorer.engine.logic", "rights_explorer.engine.questions",
    "rights_explorer.engine.rules", "rights_explorer.engine.ruleset",
    "rights_explorer.engine.evaluate", "rights_explorer.engine.pruning",
    "rights_explorer.engine.serialise", "rights_explorer.engine.personas",
]
ALLOWED_FROM_DJANGO = {"django.utils.translation", "django.utils.functional",
                       "django.utils.dates", "django.utils.timezone"}


def imported_modules(module_name):
    path = Path(importlib.util.find_spec(module_name).origin)
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


@pytest.mark.parametrize("module_name", PURE_MODULES)
def test_a_pure_core_imports_no_orm_and_no_wagtail(module_name):
    outside = {name for name in imported_modules(module_name)
               if name.split(".")[0] in {"django", "wagtail", "wagtail_localize", "modelcluster"}
               and name not in ALLOWED_FROM_DJANGO}
    assert not outside, f"{module_name} imports {sorted(outside)}"
