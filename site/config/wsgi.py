import os
import sys
from pathlib import Path

from django.core.wsgi import get_wsgi_application

_here = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(_here), str(_here.parent)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()
