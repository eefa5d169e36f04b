"""Phone numbers as citizens type them, stored in one form.

People write "0470 12 34 56", "0470/12.34.56", "+32 470 12 34 56" or
"0032 2 555 12 34", and a callback must reach them whatever they typed. The
`phonenumbers` library (a port of Google's libphonenumber, kept up to date
with every country's numbering plan) does the parsing: a number without a
country code is read as Belgian. Numbers are stored in E.164 ("+32470123456")
and shown in the international format ("+32 470 12 34 56").
"""

import phonenumbers

DEFAULT_REGION = "BE"
MAX_TYPED_LENGTH = 40  # longer text is no phone number; parse nothing that big


def normalise(typed, region=DEFAULT_REGION):
    """The number in E.164, or None when it is not a possible number."""
    if not isinstance(typed, str) or not typed.strip() or len(typed) > MAX_TYPED_LENGTH:
        return None
    try:
        number = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def for_display(e164):
    """"+32 470 12 34 56" for a stored number; what was given when it is not one."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
