"""Reading the environment, with the defaults the README documents.

Everything the site writes goes under one directory, ``BALISE_VAR_DIR``
(``var/`` at the repository root by default), so that a demo can be thrown
away by deleting one folder and a server needs one writable path.
"""

import ipaddress
import os
import socket
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

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


def trusted_proxies(name):
    """Addresses or networks, comma-separated; a typo stops the start-up
    instead of silently trusting nobody (or everybody)."""
    entries = csv_list(name)
    for entry in entries:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            raise ImproperlyConfigured(
                f"{name}: {entry!r} is not an IP address or network") from None
    return entries


WILDCARD_ADDRESSES = {"0.0.0.0", "[::]", "::"}  # noqa: S104 - names, not a bind


def served_hosts(addr):
    """Host names under which ``runserver ADDR`` (bin/demo's BALISE_ADDR) is
    reached: its host, or for an address that listens everywhere this
    machine's name and addresses, so a phone on the same network can open it."""
    if not addr or addr.isdigit():
        return []
    host = addr.rsplit(":", 1)[0] if not addr.endswith("]") else addr
    if host not in WILDCARD_ADDRESSES:
        return [host]
    name = socket.gethostname()
    try:
        addresses = socket.gethostbyname_ex(name)[2]
    except OSError:
        addresses = []
    return [name, f"{name}.local", *addresses]
