"""Reference numbers for contact requests: read aloud on the phone, written on
a sticky note, typed back into the status lookup by someone who is not sure of
every character.

A reference is 8 random characters and 1 check character, always shown in
groups of three, for example ``K7P-4RM-9M3``. That grouped, upper-case form is
the only form there is: ``new_reference()`` returns it, the database stores it,
and ``normalise()`` turns whatever a citizen types back into it, so a lookup is
a plain equality. No language is involved, so the four translations of a form
share one reference system.

The alphabet (29 symbols) is the digits 2-9 and the letters A-Z without
I, L, O, Q and Z:

- 0, O and Q look alike, and so do 1, I and L (and a typed lower-case l):
  all of them go, so a citizen never has to guess which one was meant;
- Z goes because a handwritten Z and 2 look alike, and 2 stays because digits
  are easier to say in every language;
- S/5 and B/8 stay: they differ clearly in print and on screen, where
  references are shown, they sound nothing alike in French, Dutch, German or
  English, and the check character catches the rare confusion anyway. Removing
  them would leave 25 or 27 symbols, and the check below needs a prime.

Nothing that is not in the alphabet is mapped to something that is (no
"O means 0"): each left-out character has two or more look-alikes, so any
mapping would be a guess. A typed O, I, L, Q or Z makes the input invalid.

The check character makes the weighted sum ``sum(w_i * v_i)`` of the 9 symbol
values (weights 9, 8, ..., 1 from the left, the check character last with
weight 1) a multiple of 29. Because 29 is prime and the weights are distinct
and non-zero modulo 29:

- one wrong character changes the sum by ``w * d`` with ``w`` and ``d``
  non-zero, which is never a multiple of a prime: every single mistyped or
  misheard character is caught;
- swapping two different characters at positions i and j changes the sum by
  ``(w_i - w_j) * (b - a)``, also never a multiple of 29: every swap of
  neighbours is caught (and every other swap of two characters too);
- "twin" errors (``AA`` heard as ``BB``) change it by ``(w_i + w_i+1) * d``,
  with ``w_i + w_i+1`` between 3 and 17: caught as well.

Luhn mod N, the usual choice, misses some swaps of neighbours; this does not.

Random, not sequential: a sequential number reveals how many requests arrive
and lets anyone guess other people's references. 29**8 (about 5 * 10**11)
possibilities make guessing useless, and the status lookup asks for the e-mail
address or phone number as well. Uniqueness is the database's job (a unique
constraint); ``unique_reference()`` only avoids most collisions up front.
"""

import secrets
import unicodedata
from collections.abc import Callable

ALPHABET = "23456789ABCDEFGHJKMNPRSTUVWXY"
NOT_USED = "01ILOQZ"
RANDOM_LENGTH = 8
LENGTH = RANDOM_LENGTH + 1
GROUP_SIZE = 3
SEPARATOR = "-"
MODULUS = len(ALPHABET)
WEIGHTS = tuple(range(LENGTH, 0, -1))

# Longer input is garbage: checking it first keeps normalise() cheap.
MAX_INPUT_LENGTH = 64
# Typed between groups by people, or pasted along from a document or e-mail.
EXTRA_SEPARATORS = frozenset("._/\u2212")

_VALUES = {symbol: value for value, symbol in enumerate(ALPHABET)}
_SYSTEM_RANDOM = secrets.SystemRandom()


class InvalidReference(ValueError):
    """What a citizen typed is not a reference: a wrong length, a character
    that references never contain, or a check character that does not match."""


class NoFreeReference(RuntimeError):
    """Every attempt hit an existing reference: with 29**8 possibilities this
    means the ``exists`` callable or the random generator is broken."""


def check_character(random_part):
    """The check character for 8 alphabet symbols (see the module docstring)."""
    weights = WEIGHTS[:RANDOM_LENGTH]
    total = sum(weight * _VALUES[symbol]
                for weight, symbol in zip(weights, random_part, strict=True))
    return ALPHABET[-total % MODULUS]


def format_reference(symbols):
    """Groups of three, the form that is shown, stored and read aloud."""
    return SEPARATOR.join(symbols[start:start + GROUP_SIZE]
                          for start in range(0, len(symbols), GROUP_SIZE))


def new_reference(rng=_SYSTEM_RANDOM):
    """A new reference in its grouped form. ``rng`` defaults to the operating
    system's generator (``secrets``); tests pass a seeded ``random.Random``."""
    random_part = "".join(rng.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return format_reference(random_part + check_character(random_part))


def _is_separator(character):
    return (character.isspace() or character in EXTRA_SEPARATORS
            or unicodedata.category(character) in {"Pd", "Cf"})


def _symbols(text):
    """The alphabet symbols typed, or None when anything else was typed.

    NFKC turns full-width and other compatibility forms (typed with some
    keyboards or pasted from a PDF) into plain ASCII; only ASCII letters are
    upper-cased, so that no other script's letter can turn into one of ours
    (``str.upper`` makes "S" "S" out of "ß" and "I" out of a dotless "ı")."""
    if not isinstance(text, str) or len(text) > MAX_INPUT_LENGTH:
        return None
    symbols = []
    for character in unicodedata.normalize("NFKC", text):
        if _is_separator(character):
            continue
        if character.isascii():
            character = character.upper()
        if character not in _VALUES:
            return None
        symbols.append(character)
    return "".join(symbols)


def normalise(text):
    """The reference in its grouped form, from what a citizen typed (any case,
    any spaces or dashes anywhere), or None when it is not a valid reference.
    Never raises, whatever the input."""
    symbols = _symbols(text)
    if symbols is None or len(symbols) != LENGTH:
        return None
    if check_character(symbols[:RANDOM_LENGTH]) != symbols[RANDOM_LENGTH]:
        return None
    return format_reference(symbols)


def is_valid(text):
    return normalise(text) is not None


def parse(text):
    """Like ``normalise()``, but raises ``InvalidReference`` instead of
    returning None, for callers that would rather handle an exception."""
    reference = normalise(text)
    if reference is None:
        raise InvalidReference("Not a valid reference.")
    return reference


def unique_reference(exists: Callable[[str], bool], attempts=10, rng=_SYSTEM_RANDOM):
    """A new reference for which ``exists(reference)`` is false, trying up to
    ``attempts`` times before raising ``NoFreeReference``.

    Checking first is not enough under concurrent submissions: two requests
    can draw the same free reference at once. The unique constraint in the
    database settles that; the caller saves in a transaction and calls this
    again when the save fails with an IntegrityError."""
    for _ in range(attempts):
        reference = new_reference(rng)
        if not exists(reference):
            return reference
    raise NoFreeReference(f"{attempts} references in a row already existed.")
