"""Local development and the demo: debug on, a throw-away secret key."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret-balise"  # noqa: S105

# The demo writes its database, media and mail files here: create it on first use.
BALISE_VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405
