"""What the latest automated audit says, for the statement (EU model: how
compliance was established, and the non-accessible content). The statement
page asks for it through ``models.statement.AUTOMATED_SUMMARY_HOOK``
(registered in ``statement_hooks``), so the models never import the run
history's readers, which import the models.

Read from the latest full run (``results.summary``), with dismissals as they
stand when the statement is shown: an auditor's "disproportionate burden"
dismissal is listed at once among the non-accessible content, with the
auditor's explanation, and leaves it when revoked. Findings dismissed as
false positives are not problems and are not mentioned.
"""

from dataclasses import dataclass, field
from types import SimpleNamespace

from django.utils.translation import gettext_lazy as _

from .models import FindingDismissal
from .results import labels
from .results.summary import latest_full_run, run_summary


@dataclass
class CriterionProblems:
    number: str  # "1.1.1", or "other" for axe's best practices
    title: str  # in the active language
    level: str  # "A", "AA" or "" for a best practice
    count: int  # active findings


@dataclass
class BurdenItem:
    content: str  # what is not accessible: the rule's title, in the active language
    place: str  # the page's title in the reader's language, or the shared templates
    criterion: str  # "1.1.1" or ""
    explanation: str  # the auditor's assessment, as written


@dataclass
class AutomatedSummary:
    run: object
    finished_at: object
    pages: int  # pages the run opened and checked, every language
    addresses: int  # addresses checked: pages and their states (forms, explorer…)
    by_criterion: list = field(default_factory=list)  # [CriterionProblems], active only
    burden: list = field(default_factory=list)  # [BurdenItem]

    @property
    def problems(self):
        return sum(item.count for item in self.by_criterion)


def _problems_by_criterion(summary):
    """The WCAG success criteria with active findings (axe's best practices,
    with no criterion, are not a non-compliance and are left out)."""
    found = []
    for number, title, level, findings in summary.by_criterion:
        count = sum(not finding.is_dismissed for finding in findings)
        if count and number != labels.OTHER:
            found.append(CriterionProblems(number, title, level, count))
    return found


def burden_items(home=None):
    """The active "disproportionate burden" dismissals, for the statement of
    ``home``'s language: each page named in that language (its translation
    when it has one), a dismissal with no page named as the shared parts."""

    locale = getattr(home, "locale", None)
    dismissals = (FindingDismissal.objects.active()
                  .filter(reason=FindingDismissal.DISPROPORTIONATE_BURDEN)
                  .select_related("page").order_by("dismissed_at", "pk"))
    items = []
    for dismissal in dismissals:
        page = dismissal.page
        if page is None:
            place = str(_("header, menu and footer of every page"))
        else:
            translated = page.get_translation_or_none(locale) if locale is not None else None
            place = (translated or page).title
        content = labels.rule_title(SimpleNamespace(rule=dismissal.rule, message=""))
        items.append(BurdenItem(content=content, place=place, criterion=dismissal.wcag,
                                explanation=dismissal.explanation))
    return items


def latest_automated_summary(home=None):
    """The latest full run for the statement of ``home`` (a language home):
    its date, the pages it checked, its active findings by WCAG criterion,
    and the disproportionate-burden dismissals; None before any full run."""
    run = latest_full_run()
    if run is None:
        return None
    summary = run_summary(run)
    loaded = [address for address in summary.addresses if address.loaded]
    return AutomatedSummary(
        run=run, finished_at=run.finished_at or run.started_at,
        pages=len({address.page_id for address in loaded if address.page_id}),
        addresses=len(loaded), by_criterion=_problems_by_criterion(summary),
        burden=burden_items(home))
