"""What every e-mail typo suggester offers the contact form."""


class TypoSuggester:
    """Base class of the suggesters a site can choose in its settings.

    Subclasses take their ``OPTIONS`` as keyword arguments and implement
    ``suggest``. It must be deterministic (the same address always gets the
    same suggestion: the form shows it, the citizen accepts it on the next
    request) and must never raise, whatever was typed.
    """

    def __init__(self, **options):
        if options:
            raise TypeError(f"{type(self).__name__} takes no options, got {sorted(options)}")

    def suggest(self, address):
        """The full address the citizen probably meant, or None.

        None also when the address is fine, unknown or not an address at all.
        """
        raise NotImplementedError


class NoSuggestions(TypoSuggester):
    """For a site that does not want suggestions at all."""

    def suggest(self, address):
        return None
