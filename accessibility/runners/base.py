"""The contract every runner keeps, so that the audit can drive any browser
(or a remote service) the same way."""


class PageUnavailable(Exception):  # noqa: N818 (what the audit reports, not a bug)
    """The page could not be checked: it did not load in time, answered with
    an error status, or the server could not be reached. The audit reports it
    and goes on with the next page."""

    def __init__(self, url, reason):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class AccessibilityRunner:
    """Opens pages and runs axe on them with ``accessibility.axe.configuration``.

    ``options`` come from ``BALISE_ACCESSIBILITY["RUNNER"]["OPTIONS"]``. A
    runner is used as a context manager (``with get_runner() as runner:``), so
    that what ``open()`` starts (a browser) is always stopped by ``close()``.
    """

    def __init__(self, **options):
        self.options = options

    def open(self):
        """Start what checking needs (a browser); called once before the first page."""

    def check(self, url, *, include=None):
        """Check the page at ``url`` (only the part matching the CSS selector
        ``include`` when given) and return axe's result: a dict with at least
        ``violations``, ``incomplete``, ``testEngine`` and ``url``. Raise
        ``PageUnavailable`` when the page cannot be checked."""
        raise NotImplementedError

    def close(self):
        """Stop what ``open()`` started; safe to call twice."""

    def __enter__(self):
        self.open()
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False
