#!/usr/bin/env python
"""The reference site's manage.py; run it as ``python site/manage.py …`` from the
repository root. ``site/`` is a plain folder (a package named ``site`` would
be shadowed by Python's own module), so this file puts its folder on the path
and the project imports as ``config``."""

import os
import sys
from pathlib import Path

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    sys.path.insert(1, str(here.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
