"""The contract every runner keeps, so that the audit can drive any browser
(or a remote service) the same way.

A page's states that no crawler reaches (a form with its errors, a step of a
questionnaire) are reached by ``actions``: a tuple of plain tuples, run in
order after the page has loaded and before axe, so that any runner can
replay them (a remote service gets them as data):

- ``("click", css)``: click the first element matching ``css``;
- ``("fill", css, text)``: type ``text`` into the first field matching ``css``;
- ``("submit", css)``: submit the first form matching ``css`` as it is, the
  browser's own validation off (the server's messages are what is checked);
- ``("tick", css)``: tick the first checkbox or radio button matching ``css``;
- ``("complete", css)``: fill every empty field of the first form matching
  ``css`` that a person sees with a plausible value (an e-mail address that
  cannot receive mail, a phone number, a date, the first choice, required
  boxes ticked; files and hidden fields left alone), to reach what follows a
  form (a next step, its confirmation);
- ``("wait", css)``: wait until an element matches ``css``;
- ``("expect", css)``: the state is reached only if an element matches
  ``css`` now; otherwise ``StateNotReached`` (a questionnaire shorter than
  expected: that step does not exist, which is not a fault of the page);
- ``("absent", css)``: the state is reached only if nothing matches ``css``
  (a form still on screen after it was completed: its confirmation was not
  reached, ``StateNotReached``);
- ``("repeat", css, times, actions)``: while an element matches ``css``, run
  ``actions`` again, at most ``times`` times (the questions of a
  questionnaire whose length depends on the answers).

An action that cannot be done (nothing matches) makes the page unavailable,
with the action as the reason: the state was not reached, so not checked.
"""

ACTIONS = ("click", "fill", "tick", "complete", "submit", "wait", "expect", "absent",
           "repeat")


def check_actions(actions):
    """Raise ValueError for an action a runner would not understand."""
    for action in actions:
        if not action or action[0] not in ACTIONS:
            raise ValueError(f"Unknown action {action!r}: use one of {ACTIONS}.")
        if action[0] == "repeat":
            check_actions(action[3])


class PageUnavailable(Exception):  # noqa: N818 (what the audit reports, not a bug)
    """The page could not be checked: it did not load in time, answered with
    an error status, or the server could not be reached. The audit reports it
    and goes on with the next page."""

    def __init__(self, url, reason):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class StateNotReached(PageUnavailable):
    """The actions did not lead to the state asked for (an ``expect`` failed):
    the audit leaves the address out instead of reporting it."""


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

    def check(self, url, *, include=None, actions=()):
        """Check the page at ``url`` (only the part matching the CSS selector
        ``include`` when given), after running ``actions`` on it, and return
        axe's result: a dict with at least ``violations``, ``incomplete``,
        ``testEngine`` and ``url``. Raise ``PageUnavailable`` when the page
        (or the state the actions lead to) cannot be checked."""
        raise NotImplementedError

    def check_steps(self, url, steps, *, include=None):
        """Check several states reached one after the other (each step's
        actions continue from the state the previous step left), as a list
        of axe results, one per step; when a step cannot be reached the
        list ends with its ``PageUnavailable`` (the later steps are not
        tried). This default replays the page and every action before each
        step; a browser runner keeps the page open instead, so a
        questionnaire of N questions costs N steps, not N²/2."""
        found, done = [], ()
        for actions in steps:
            done = (*done, *actions)
            try:
                found.append(self.check(url, include=include, actions=done))
            except PageUnavailable as unavailable:
                found.append(unavailable)
                break
        return found

    def close(self):
        """Stop what ``open()`` started; safe to call twice."""

    def __enter__(self):
        self.open()
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False
