"""gunicorn's access log without the secrets some paths carry.

The format in deploy/gunicorn.conf.py already leaves out the query string,
the referrer, the address and the user agent. Some links carry a signed token
in the path itself (the satisfaction survey sent after an answer: whoever
holds the link may answer it, and it names the request it follows): each path
segment that reads like one of Django's signed values (``payload:signature``,
``payload:time:signature``) is written as ``[token]``.
"""

import re

from gunicorn.glogging import Logger

# a segment of letters, digits, "-" and "_" parts joined by ":" (Django's
# signing), long enough not to be a word with a colon
SIGNED_SEGMENT = re.compile(r"(?<=/)[\w.-]{2,}(?::[\w-]+){1,2}(?=/|$)")
MIN_TOKEN_LENGTH = 24


def masked_path(path):
    """``path`` with every signed-looking segment written ``[token]``."""
    return SIGNED_SEGMENT.sub(
        lambda found: "[token]" if len(found.group()) >= MIN_TOKEN_LENGTH else found.group(),
        path)


class PrivateAccessLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        atoms["U"] = masked_path(atoms.get("U", ""))
        return atoms
