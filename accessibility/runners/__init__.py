"""Accessibility runners: what opens a page in a browser and runs axe on it.
The site chooses one in ``BALISE_ACCESSIBILITY["RUNNER"]`` (``accessibility.conf``),
like wagtail-localize's machine translators: a dotted class and its options,
against the small base class in ``base``."""
