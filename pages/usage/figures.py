"""The report's figures, read from the daily counts: pages with their
counts, views per day and language, the forms' funnel, the explorer and the
search (whose queries the search terms report already counts)."""

import datetime
from dataclasses import dataclass

from django.db.models import Q, Sum
from wagtail.models import Page

from ..models.search_terms import SearchTerm
from ..models.usage_counts import DailyCount
from .kinds import EXPLORER_RESULTS, FORM_STARTED, FORM_SUBMITTED, PAGE_VIEW, TOP_TASK

FIELD_OF_KIND = {PAGE_VIEW: "views", TOP_TASK: "top_task_clicks",
                 EXPLORER_RESULTS: "explorer_results", FORM_STARTED: "forms_started",
                 FORM_SUBMITTED: "forms_sent"}


@dataclass
class PageRow:
    page_id: int | None
    language: str
    title: str
    is_home: bool = False
    views: int = 0
    top_task_clicks: int = 0
    explorer_results: int = 0
    forms_started: int = 0
    forms_sent: int = 0

    @property
    def sent_share(self):
        """Forms sent for every 100 started (None before any start)."""
        if not self.forms_started:
            return None
        return round(100 * self.forms_sent / self.forms_started)


def counts(start, end, language=""):
    rows = DailyCount.objects.filter(day__gte=start, day__lte=end)
    return rows.filter(language=language) if language else rows


def page_rows(start, end, language=""):
    """One row per page and language counted in the period, most viewed first."""
    totals = (counts(start, end, language).exclude(key="")
              .values("language", "key", "kind").annotate(total=Sum("count")))
    rows = {}
    for total in totals:
        page_id = int(total["key"]) if total["key"].isdigit() else None
        row = rows.setdefault((total["language"], total["key"]),
                              PageRow(page_id, total["language"], total["key"]))
        field = FIELD_OF_KIND.get(total["kind"])
        if field:
            setattr(row, field, getattr(row, field) + total["total"])
    ids = {row.page_id for row in rows.values() if row.page_id}
    found = {pk: (title, model) for pk, title, model in Page.objects.filter(pk__in=ids)
             .values_list("pk", "title", "content_type__model")}
    for row in rows.values():
        title, model = found.get(row.page_id, (None, ""))
        row.title = title or f"#{row.page_id or '?'}"
        row.is_home = model == "homepage"
    return sorted(rows.values(), key=lambda row: (-row.views, row.title.lower(), row.language))


def days_between(start, end):
    return [start + datetime.timedelta(days=offset) for offset in range((end - start).days + 1)]


def daily_views(start, end, languages, language=""):
    """[(day, {language: views})] for every day of the period."""
    by_day = {}
    for row in (counts(start, end, language).filter(kind=PAGE_VIEW)
                .values("day", "language").annotate(total=Sum("count"))):
        by_day.setdefault(row["day"], {})[row["language"]] = row["total"]
    return [(day, {code: by_day.get(day, {}).get(code, 0) for code in languages})
            for day in days_between(start, end)]


def per_language(start, end, kind, languages, language=""):
    """{language: count of ``kind``} over the period."""
    found = dict(counts(start, end, language).filter(kind=kind)
                 .values_list("language").annotate(total=Sum("count")))
    return {code: found.get(code, 0) for code in languages}


def search_use(start, end, languages, language=""):
    """{language: (searches, searches whose results were none)} from the
    search terms' daily counts (kept for fewer days than these counts)."""
    terms = SearchTerm.objects.filter(day__gte=start, day__lte=end)
    if language:
        terms = terms.filter(language=language)
    found = {row["language"]: (row["made"] or 0, row["empty"] or 0) for row in
             terms.values("language").annotate(
                 made=Sum("searches"), empty=Sum("searches", filter=Q(last_result_count=0)))}
    return {code: found.get(code, (0, 0)) for code in languages}
