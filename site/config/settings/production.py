"""Production: refuses to start without a real SECRET_KEY and ALLOWED_HOSTS."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .environment import csv_list, flag

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "Set the SECRET_KEY environment variable: production settings have no default."
    )

ALLOWED_HOSTS = csv_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "Set ALLOWED_HOSTS (comma-separated host names): production settings have no default."
    )

CSRF_TRUSTED_ORIGINS = csv_list("CSRF_TRUSTED_ORIGINS")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = flag("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = flag("SECURE_COOKIES", True)
SECURE_CONTENT_TYPE_NOSNIFF = True

# Hashed, compressed static files served by whitenoise: run `collectstatic` on deploy.
STORAGES = {**STORAGES, "staticfiles": HASHED_STATIC_STORAGE}  # noqa: F405
