"""Mask personal data in free text before it is stored.

Why: the "Did this page help you?" comment form is anonymous. Under the GDPR
principle of data minimisation (article 5(1)(c)), what would identify the
person writing must not be kept, yet people do type their e-mail address,
phone number, national register number or bank account "so that you can call
me back". ``mask_personal_data`` replaces each of these with the fixed,
language-neutral mask ``▒▒▒`` before anything reaches the database.

Privacy beats precision: over-masking is accepted. Any run of 8 or more digits
(possibly split by single spaces, dots, dashes, slashes or "(0)", optionally
after "+" or "00") is masked, whether it is a phone number, a national register
number, a file reference or a large amount. Only dates that are clearly dates
(dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, or the same with a 2-digit year) and
year ranges ("2024-2025") are spared. Shorter numbers ("3 mois", "1 314,20",
"1399 Valmont", "107") are kept.

National register numbers (and BIS numbers) are masked whether or not their
check digits are right: a number with a typo still points at a person.
``is_belgian_national_number`` validates the check digits; it is used by the
tests and is there for a possible stricter mode (e.g. flagging comments that
contain a valid number), not for deciding what to mask.

Everything else is kept exactly as typed (spacing, line breaks, accents), and
the function never raises: it only uses regular expressions written to run in
linear time, so huge or odd input (unicode, control characters) is safe.
"""

import calendar
import re

MASK = "▒▒▒"

#: Digits needed before a run of digits is taken for personal data.
MIN_DIGITS = 8

_SPACE = "[ \u00a0\u202f]"  # space, no-break space, narrow no-break space
_OPEN, _CLOSE = r"[(\[{]", r"[)\]}]"

# ---------------------------------------------------------------- e-mail ----
# Possessive quantifiers (++, *+) keep the search linear: a word that is not
# followed by an "at" is given up at once instead of being retried letter by
# letter.
_LOCAL_CHAR = r"[\w+'\-]"
_LOCAL = (
    rf"(?<![\w+'.\-])(?<! \. )"  # start at the beginning of the address
    rf"{_LOCAL_CHAR}++(?:(?:\.| \. ){_LOCAL_CHAR}++)*+"
)
_LABEL = r"[\w\-]++"
_AT_WORD = r"(?:at|arobase|apenstaartje|klammeraffe)"
_DOT_WORD = r"(?:dot|point|punt|punkt)"
# "@", " @ ", "(at)", "[at]", "{@}"...
_AT = rf"(?: ?@ ?| ?{_OPEN} ?(?:{_AT_WORD}|@) ?{_CLOSE} ?)"
# ".", " . ", "(dot)", "[point]"...
_DOT = rf"(?:\.| \. | ?{_OPEN} ?(?:{_DOT_WORD}|\.) ?{_CLOSE} ?)"
_EMAIL = re.compile(
    rf"{_LOCAL}{_AT}{_LABEL}(?:{_DOT}{_LABEL})++"
    # all in words ("jan at gmail dot com"): needs at least one worded dot, so
    # that "I found it at brussels.be" is left alone
    rf"|{_LOCAL} {_AT_WORD} {_LABEL}(?:\.{_LABEL})*+ {_DOT_WORD} {_LABEL}"
    rf"(?:(?:\.| {_DOT_WORD} ){_LABEL})*+",
    re.IGNORECASE,
)

# ------------------------------------------------------------------ IBAN ----
_IBAN = re.compile(
    rf"(?<![0-9a-z])BE{_SPACE}?[0-9]{{2}}(?:[ .\-]?[0-9]{{4}}){{3}}(?![0-9])",
    re.IGNORECASE,
)

# --------------------------------------------------------------- numbers ----
# A single separator between digit groups: a space, a dot, or a dash or slash
# (which may have a space on either side: "0470 / 12 34 56").
_SEP = rf"(?:{_SPACE}?[\-/]{_SPACE}?|\.|{_SPACE})"
_PAREN = r"\(\d{1,4}\)"  # "(0)", "(02)", "(555)"
_RUN = (
    rf"(?:\+{_SPACE}?)?(?:{_PAREN}{_SPACE}?)?\d++"
    rf"(?:(?:{_SEP}|{_SPACE}?{_PAREN}{_SPACE}?)\d++)*+"
)
_DAY = "(?:0?[1-9]|[12][0-9]|3[01])"
_MONTH = "(?:0?[1-9]|1[0-2])"
# A date is spared only when it stands alone: "85.07.30-033.28" or
# "01.02.03 033-28" (national numbers) must not lose their first 6 digits.
_DATE = (
    rf"(?<!\d)(?P<day>{_DAY})(?P<sep>[./\-])(?P<month>{_MONTH})(?P=sep)"
    rf"(?:(?P<year4>[0-9]{{4}})(?!\d|[./\-]\d)|(?P<year2>[0-9]{{2}})(?!\d|{_SEP}\d))"
)
# Dates are tried first at each position; a run that starts earlier takes
# the date with it ("0470 12/03/2026" is one run).
_NUMBER = re.compile(rf"(?P<date>{_DATE})|(?P<run>{_RUN})")
_YEAR_RANGE = re.compile(rf"(?:19|20)[0-9]{{2}}{_SPACE}?[\-/]{_SPACE}?(?:19|20)[0-9]{{2}}")
_DIGIT = re.compile(r"\d")


def _is_real_date(match: re.Match) -> bool:
    if match["year4"]:
        year = int(match["year4"])
    else:
        year = 2000 + int(match["year2"])  # for 29 February only
    return int(match["day"]) <= calendar.monthrange(year, int(match["month"]))[1]


def _mask_number(match: re.Match) -> str:
    text = match[0]
    if match["date"] is not None:
        if _is_real_date(match) or len(_DIGIT.findall(text)) < MIN_DIGITS:
            return text
        return MASK  # "31/02/2026": 8 digits that are not a date
    if len(_DIGIT.findall(text)) < MIN_DIGITS or _YEAR_RANGE.fullmatch(text):
        return text
    return MASK


def mask_personal_data(text: str) -> str:
    """``text`` with e-mail addresses, phone numbers, national register
    numbers and Belgian IBANs replaced by ``MASK``; all else unchanged."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if not text:
        return text
    text = _EMAIL.sub(MASK, text)
    text = _IBAN.sub(MASK, text)
    return _NUMBER.sub(_mask_number, text)


def is_belgian_national_number(digits: str) -> bool:
    """Whether ``digits`` is a Belgian national register (or BIS) number with
    valid check digits.

    Accepts the 11 digits bare or with the usual separators
    ("85.07.30-033.28"). The check digits are 97 minus the first 9 digits
    modulo 97; for people born from 2000, "2" is put before the 9 digits.
    BIS numbers have 20 or 40 added to the month; month 00 and day 00 occur
    when the birth date is unknown. Not used for masking (see the module
    docstring): only for tests and a possible stricter mode.
    """
    if not isinstance(digits, str):
        return False
    compact = re.sub(r"[ .\-/]", "", digits)
    if not re.fullmatch(r"[0-9]{11}", compact):
        return False
    month, day = int(compact[2:4]), int(compact[4:6])
    if month > 52 or month % 20 > 12 or day > 31:
        return False
    check = int(compact[9:])
    return check in (97 - int(compact[:9]) % 97, 97 - int("2" + compact[:9]) % 97)
