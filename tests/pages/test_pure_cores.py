"""The pure cores (the plain-language analyser, opening hours, the personal
data masker) run without a database: they may use Django's translations
(gettext, weekday names), and import nothing else from Django. lint-imports (in
bin/test) keeps Wagtail out of them; this keeps the ORM out."""

import ast
import importlib
import tomllib
from pathlib import Path

import pytest

PURE_CONTRACT = "The pure cores import no Wagtail"


def pure_modules():
    """The pure cores, as listed once in pyproject.toml's import contract."""
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    contracts = tomllib.loads(pyproject.read_text())["tool"]["importlinter"]["contracts"]
    found = [contract for contract in contracts if contract["name"].startswith(PURE_CONTRACT)]
    assert len(found) == 1, "the pure cores' contract is in pyproject.toml"
    return found[0]["source_modules"]


PURE_MODULES = pure_modules()
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
