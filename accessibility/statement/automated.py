"""What the latest automated audit run says, for the statement.

The run history (runs, findings, dismissals) arrives in a later session;
until then there is no run to read. The statement calls this function and
shows nothing when it returns None, so the history only has to fill it in.
"""


def latest_automated_summary(home=None):
    """{"finished_at", "pages", "violations", "dismissed_burden": [...]} for
    the latest finished run over ``home``'s language tree, or None."""
    return None
