"""A short text that one page hands to a form on another page, to fill in a
field the citizen can still change (the rights explorer's "Ask us about these
rights" opens the contact form with the rights listed).

The text travels signed, in a POSTed field, so that nobody can make the
site's own form show words of their choosing through a link, and it never
appears in an address. Both sides use this module: the apps do not import
each other."""

from django.core import signing

FIELD = "balise_prefill"
SALT = "balise.prefill"
MAX_LENGTH = 1000


def sign(text, salt=SALT, max_length=MAX_LENGTH):
    """``text``, cut to ``max_length`` characters, as a signed value."""
    return signing.dumps(str(text)[:max_length], salt=salt, compress=True)


def unsign(value, salt=SALT, max_length=MAX_LENGTH):
    """The text in a signed value, or None when it is missing, too long,
    tampered with or signed for another use (another ``salt``)."""
    # room for any text of max_length characters once escaped, compressed and encoded
    if not isinstance(value, str) or not value or len(value) > 10 * max_length + 200:
        return None
    try:
        text = signing.loads(value, salt=salt)
    except (signing.BadSignature, ValueError, TypeError, OverflowError, UnicodeError):
        return None
    if not isinstance(text, str) or len(text) > max_length:
        return None
    return text
