"""The e-mail address a citizen types twice: cleaned and compared the way a
person means it, not byte for byte.

Addresses are pasted from messages, PDFs and phone keyboards that add spaces,
no-break spaces, zero-width characters, soft hyphens or a byte-order mark. A
citizen cannot see those, so they must never make the two fields "differ" or
the address fail the syntax check. Letter case does not matter either: the
domain is case-insensitive by the standard, and no real mail provider treats
``Jan.Peeters`` and ``jan.peeters`` as two people.

The address is still stored as typed (only the invisible characters and the
spaces around it are dropped), so staff answer to the spelling the citizen
chose.
"""

import unicodedata


def _is_invisible(char):
    # Unicode "format" characters: zero-width space / joiner / non-joiner,
    # word joiner, byte-order mark, soft hyphen, direction marks. None of them
    # is ever part of an e-mail address.
    return unicodedata.category(char) == "Cf"


def clean_typed(address):
    """The address as typed, minus what the citizen could not see.

    Invisible characters go wherever they are (a pasted zero-width space in
    the middle would otherwise give a syntax error nobody can find); spaces,
    including no-break spaces, go only at both ends, since a space inside is
    a mistake the citizen can see and correct.
    """
    if not address:
        return ""
    return "".join(char for char in str(address) if not _is_invisible(char)).strip()


def _domain_key(domain):
    """One spelling per domain: ``Bücher.BE`` and ``xn--bcher-kva.be`` match."""
    try:
        return domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        # Not a valid domain name (empty label, label too long...): the syntax
        # check reports it; here it only has to compare.
        return unicodedata.normalize("NFC", domain).casefold()


def comparison_key(address):
    """What two spellings of the same address have in common."""
    local, at, domain = clean_typed(address).rpartition("@")
    if not at:
        return unicodedata.normalize("NFC", domain).casefold()
    return f"{unicodedata.normalize('NFC', local).casefold()}@{_domain_key(domain)}"


def same_address(first, second):
    """Whether the two fields hold the same address for the citizen who typed them."""
    return comparison_key(first) == comparison_key(second)
