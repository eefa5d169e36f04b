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

# HTTPS only. The reverse proxy (deploy/nginx) ends TLS and says so in
# X-Forwarded-Proto, which it must set itself (never pass the client's on):
# Django then redirects plain http to https and marks its cookies Secure.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = flag("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = flag("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = flag("SECURE_COOKIES", True)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# HSTS: browsers that have seen the site once refuse plain http for a year.
# Start with a short SECURE_HSTS_SECONDS (e.g. 300) on a new domain, and set
# SECURE_HSTS_INCLUDE_SUBDOMAINS=0 when a sub-domain is still served over http
# (it covers every sub-domain of the site's host name); SECURE_HSTS_PRELOAD=1
# only once the domain is to be listed in the browsers' preload list.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = flag("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # security.W021 only says the domain cannot be submitted to the preload list: a
    # choice for whoever owns the domain (often the municipality), hard to undo.
    SILENCED_SYSTEM_CHECKS = [*globals().get("SILENCED_SYSTEM_CHECKS", []), "security.W021"]

# Hashed, compressed static files served by whitenoise: run `collectstatic` on deploy.
STORAGES = {**STORAGES, "staticfiles": HASHED_STATIC_STORAGE}  # noqa: F405
