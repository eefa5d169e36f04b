"""Reports for editors: information pages past their review date, by
content owner, and documents ticked "no web version". Each editor sees the
pages they may edit (a superuser, every page)."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Page

from ..models import InformationPage
from ..reports.permissions import pages_user_can_edit
from ..reports.views import EditablePagesMixin, ListReportView, edit_url


@dataclass
class FreshnessRow:
    page: InformationPage
    owner: str
    last_reviewed: object
    review_due: object
    days_late: int | None


def _live_information_pages(within):
    pages = InformationPage.objects.live()
    if within is not None:
        pages = pages.filter(pk__in=within.values("pk"))
    return pages


def freshness_rows(today=None, within=None):
    """Live information pages past their review date (or never reviewed),
    grouped by owner: the people who have to check them. ``within``, a page
    queryset, limits the list (for example to the pages a reader may edit)."""
    today = today or timezone.localdate()
    rows = []
    pages = _live_information_pages(within).select_related("content_owner", "locale")
    for page in pages:
        if not page.is_overdue(today):
            continue
        owner = page.content_owner
        rows.append(FreshnessRow(
            page=page,
            owner=(owner.get_full_name() or owner.get_username()) if owner else "",
            last_reviewed=page.last_reviewed, review_due=page.review_due,
            days_late=(today - page.review_due).days if page.review_due else None,
        ))
    rows.sort(key=lambda row: (row.owner == "", row.owner.lower(), -(row.days_late or 10**6)))
    return rows


@dataclass
class DocumentRow:
    page: Page
    title: str
    document: str
    language: str


def documents_without_web_version(within=None):
    """PDFs an editor ticked "no web version" for: the content exists only in
    a file many readers cannot use, so auditors need to see them. ``within``
    as in ``freshness_rows``."""
    rows = []
    for page in _live_information_pages(within).select_related("locale"):
        for child in page.body:
            if child.block_type == "document" and child.value.get("no_web_version"):
                document = child.value.get("document")
                rows.append(DocumentRow(page=page, title=page.title,
                                        document=document.title if document else "",
                                        language=page.locale.language_code))
    return rows


class FreshnessReportView(EditablePagesMixin, ListReportView):
    page_title = _("Pages to review")
    header_icon = "date"
    index_url_name = "balise_freshness_report"
    index_results_url_name = "balise_freshness_report_results"
    default_ordering = "owner"
    export_name = "pages-to-review"
    list_export = ["owner", "title", "language", "last_reviewed", "review_due", "days_late"]
    export_headings = {
        "owner": _("Content owner"), "title": _("Title"), "language": _("Language"),
        "last_reviewed": _("Last reviewed"), "review_due": _("Review due"),
        "days_late": _("Days late"),
    }

    @property
    def columns(self):
        return [
            Column("owner_display", label=_("Content owner"), sort_key="owner"),
            TitleColumn("title", label=_("Title"), get_url=edit_url, sort_key="title"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("last_reviewed", label=_("Last reviewed"), sort_key="last_reviewed"),
            Column("review_due", label=_("Review due"), sort_key="review_due"),
            Column("days_late", label=_("Days late"), sort_key="days_late"),
        ]

    @classmethod
    def summary(cls, user):
        count = len(freshness_rows(within=pages_user_can_edit(user)))
        return ngettext("%(count)d page is past its review date.",
                        "%(count)d pages are past their review date.", count) % {"count": count}

    def get_rows(self):
        rows = freshness_rows(within=self.editable_pages())
        for row in rows:
            row.title = row.page.title
            row.language = row.page.locale.language_code
            row.owner_display = row.owner or _("No owner")
        return rows


class DocumentsReportView(EditablePagesMixin, ListReportView):
    page_title = _("Documents without a web version")
    header_icon = "doc-full"
    index_url_name = "balise_documents_report"
    index_results_url_name = "balise_documents_report_results"
    default_ordering = "title"
    export_name = "documents-without-web-version"
    list_export = ["title", "language", "document"]
    export_headings = {"title": _("Page"), "language": _("Language"), "document": _("Document")}

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Page"), get_url=edit_url, sort_key="title"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("document", label=_("Document"), sort_key="document"),
        ]

    def get_rows(self):
        return documents_without_web_version(within=self.editable_pages())
