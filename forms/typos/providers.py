"""The default typo suggester: a domain one keystroke away from a common
provider (in Belgium first) gets that provider.

Why not pymailcheck 1.1.0 (the Python port of mailcheck.js, last released in
2021)? With its own lists it is not deterministic (frozensets: ties follow
PYTHONHASHSEED); with ordered lists it still lowercases the whole address
(the citizen's spelling is lost), corrects the top-level domain of *any*
domain (``cpas.lu`` -> ``cpas.eu``, ``ex.ch`` -> ``ex.com``), patches
domains with ``str.replace`` (``x@lu.lu`` -> ``x@live.live``) and its sift3
distance finds ``vub.be`` (a Brussels university) close to ``voo.be``.

So the rule here is small and strict: only the providers in the list are
ever suggested, only for a domain at most one edit away (one letter added,
missing, wrong, or two neighbours swapped; two edits for provider domains of
11 characters or more, such as ``hotmail.com``), and a tie goes to the
provider listed first. Organisation domains are never "corrected".
"""

from forms.email_addresses import clean_typed

from .base import TypoSuggester

# In order: a tie goes to the first. Belgian providers, then the big webmail
# providers, then real domains listed so that they are never "corrected" into
# a neighbour (mail.com and ymail.com are one letter from gmail.com).
BELGIAN_PROVIDERS = (
    "telenet.be", "skynet.be", "proximus.be", "voo.be", "scarlet.be", "base.be",
    "pandora.be",
)
WEBMAIL_PROVIDERS = (
    "gmail.com", "hotmail.com", "hotmail.be", "outlook.com", "outlook.be", "live.be",
    "yahoo.com", "yahoo.fr", "icloud.com",
    "hotmail.fr", "outlook.fr", "live.fr", "hotmail.nl", "outlook.nl", "live.nl",
    "live.com", "googlemail.com", "mail.com", "ymail.com", "protonmail.com",
)
DEFAULT_DOMAINS = BELGIAN_PROVIDERS + WEBMAIL_PROVIDERS

LONG_DOMAIN = 11
LONGEST_DOMAIN = 253


def edit_distance(typed, known, limit):
    """Edits (insert, delete, replace, swap of neighbours) from ``typed`` to
    ``known``, or ``limit + 1`` as soon as it is sure to exceed ``limit``."""
    if abs(len(typed) - len(known)) > limit:
        return limit + 1
    before_previous, previous = None, list(range(len(known) + 1))
    for i, typed_char in enumerate(typed, start=1):
        current = [i] + [0] * len(known)
        for j, known_char in enumerate(known, start=1):
            cost = typed_char != known_char
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (before_previous is not None and j > 1 and typed_char == known[j - 2]
                    and typed[i - 2] == known_char):
                current[j] = min(current[j], before_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before_previous, previous = previous, current
    return previous[-1]


class ProviderTypoSuggester(TypoSuggester):
    """Suggests the closest provider domain of an ordered list.

    Options: ``domains``, an ordered list replacing the default one (keep it
    a list or tuple: the order breaks ties, a set would not).
    """

    def __init__(self, domains=DEFAULT_DOMAINS):
        if isinstance(domains, (set, frozenset, dict)):
            raise TypeError("domains must be ordered (a list or tuple): the order breaks ties")
        self.domains = tuple(dict.fromkeys(domain.strip().lower() for domain in domains))

    def allowed_edits(self, known):
        return 2 if len(known) >= LONG_DOMAIN else 1

    def closest_domain(self, domain):
        if domain in self.domains:
            return None
        best, best_distance = None, None
        for known in self.domains:
            limit = self.allowed_edits(known)
            distance = edit_distance(domain, known, limit)
            if distance <= limit and (best_distance is None or distance < best_distance):
                best, best_distance = known, distance
        return best

    def suggest(self, address):
        local, at, domain = clean_typed(address).rpartition("@")
        if not (local and at and domain) or len(domain) > LONGEST_DOMAIN:
            return None
        closest = self.closest_domain(domain.lower())
        return f"{local}@{closest}" if closest else None
