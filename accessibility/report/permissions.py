"""Who may do what in the accessibility report. Each view asks here itself:
the Reports menu only hides the entry."""

VIEW = "balise_a11y.view_auditrun"
RUN = "balise_a11y.run_audit"
DISMISS = "balise_a11y.dismiss_finding"
# the permissions an administrator may give a group in Settings → Groups
GROUP_PERMISSIONS = (
    ("auditrun", "view_auditrun"),
    ("auditrun", "run_audit"),
    ("findingdismissal", "dismiss_finding"),
    ("findingdismissal", "view_findingdismissal"),
)


def can_view(user):
    return user.has_perm(VIEW)


def can_run(user):
    return user.has_perm(RUN)


def can_dismiss(user):
    """Dismissing is done from the report, so it needs reading it too."""
    return user.has_perm(DISMISS) and user.has_perm(VIEW)
