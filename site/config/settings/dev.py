"""The demo and local development: the site as citizens see it (DEBUG off,
hashed and compressed static files through whitenoise, the site's own error
pages); DEBUG on only with BALISE_DEBUG=1. A throw-away secret key."""

import os

from .base import *  # noqa: F403
from .environment import flag, served_hosts

DEBUG = flag("BALISE_DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret-balise"  # noqa: S105

if not DEBUG:
    # needs `manage.py collectstatic` (bin/demo runs it); with DEBUG, runserver
    # serves the files from the apps as they are edited.
    STORAGES = {**STORAGES, "staticfiles": HASHED_STATIC_STORAGE}  # noqa: F405
BALISE_SERVE_MEDIA = True

# Without DEBUG Django no longer lets localhost in by itself: the defaults
# (localhost, 127.0.0.1, [::1]) plus the address bin/demo serves on.
ALLOWED_HOSTS = [*ALLOWED_HOSTS, *served_hosts(os.environ.get("BALISE_ADDR", ""))]  # noqa: F405

# The demo writes its database, media and mail files here: create it on first use.
BALISE_VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405
