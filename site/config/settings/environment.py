"""Reading the environment, with the defaults the README documents.

Everything the site writes goes under one directory, ``BALISE_VAR_DIR``
(``var/`` at the repository root by default), so that a demo can be thrown
away by deleting one folder and a server needs one writable path.
"""

import os
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parents[3]


def var_dir():
    path = Path(os.environ.get("BALISE_VAR_DIR") or REPO_DIR / "var").resolve()
    return path


def flag(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def csv_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]
