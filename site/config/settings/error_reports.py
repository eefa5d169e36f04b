"""Where errors are reported: stderr always (what a container or systemd
keeps), e-mail to ADMINS as well when the environment names some.

Django's own default sends ``django.*`` errors by e-mail only and prints
nothing without DEBUG; here every record of Django, the Balise apps and
django-axes reaches one stderr handler on the root logger, so a server log
shows a 500, a CSRF failure or a sign-in lock-out whatever the settings.
"""

import os
from email.utils import getaddresses

BALISE_LOGGERS = ("pages", "rights_explorer", "forms", "accessibility", "locales",
                  "config", "demo")


def admins_from(name):
    """``"Ana <ana@cpas.example>, ops@cpas.example"`` → Django's ADMINS list."""
    pairs = getaddresses([os.environ.get(name, "")])
    return [(person or address, address) for person, address in pairs if "@" in address]


def logging_config(mail_admins=False, level=None):
    level = level or os.environ.get("BALISE_LOG_LEVEL", "INFO")
    root_handlers = ["stderr"] + (["mail_admins"] if mail_admins else [])
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        },
        "formatters": {
            "plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"},
            "django.server": {"()": "django.utils.log.ServerFormatter",
                              "format": "[{server_time}] {message}", "style": "{"},
        },
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "plain"},
            "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
            "mail_admins": {
                "class": "django.utils.log.AdminEmailHandler",
                "level": "ERROR",
                "filters": ["require_debug_false"],
            },
        },
        "root": {"handlers": root_handlers, "level": "WARNING"},
        "loggers": {
            # Django's default handlers replaced by the root's (no double e-mail).
            # 4xx are warnings, 5xx errors; CSRF failures come from django.security.
            "django": {"handlers": [], "level": "WARNING", "propagate": True},
            # runserver's one line per request, as Django prints it
            "django.server": {"handlers": ["django.server"], "level": "INFO",
                              "propagate": False},
            # a request for a host the site does not serve is noise for the
            # administrators' inbox: stderr only
            "django.security.DisallowedHost": {"handlers": ["stderr"], "level": "ERROR",
                                               "propagate": False},
            # sign-in failures and lock-outs are warnings
            "axes": {"handlers": [], "level": "WARNING", "propagate": True},
            **{name: {"handlers": [], "level": level, "propagate": True}
               for name in BALISE_LOGGERS},
        },
    }
