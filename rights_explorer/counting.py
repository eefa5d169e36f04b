"""Adding to the explorer's anonymous counters (``ResultCount``): how often
each right was shown in each group, and how often a reader said a result
surprised them.

Only numbers change: one row per day, right and outcome. Two readers seeing
their results at the same moment must both be counted, so every increment is
an ``F()`` update in the database, on rows created beforehand when missing
(the unique constraint keeps one row when two readers create it at once);
two queries per outcome, however many rights."""

from django.db.models import F
from django.utils import timezone

from .result_counts import ResultCount

SHOWN = "shown"
UNEXPECTED = "unexpected"


def count_shown(outcomes, day=None):
    """One more "shown" for each right: ``outcomes`` maps a right's slug to
    its outcome (likely, possible, unlikely)."""
    _add(outcomes, SHOWN, day)


def count_unexpected(outcomes, day=None):
    """One more "said to be unexpected" for each right in ``outcomes``."""
    _add(outcomes, UNEXPECTED, day)


def _add(outcomes, field, day):
    day = day or timezone.localdate()
    by_outcome = {}
    longest = ResultCount._meta.get_field("right").max_length
    for slug, outcome in outcomes.items():
        if len(slug) > longest:  # no row can name it: not counted rather than an error
            continue
        by_outcome.setdefault(outcome, set()).add(slug)
    for outcome, slugs in by_outcome.items():
        # the day's rows exist first (a row another reader creates at the
        # same moment is kept, ours ignored), then one update adds to them all
        ResultCount.objects.bulk_create(
            [ResultCount(day=day, right=slug, outcome=outcome) for slug in sorted(slugs)],
            ignore_conflicts=True)
        ResultCount.objects.filter(day=day, outcome=outcome, right__in=slugs).update(
            **{field: F(field) + 1})
