"""The data behind the plain-language, freshness and feedback reports, shared
by the admin screens and the management commands so that both list the same
pages with the same figures."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.models import Page

from .checking import check_page, glossary_for, page_language, settings_for
from .models import InformationPage, PageFeedback
from .plain_language.findings import RULES


@dataclass
class PlainLanguageRow:
    page: Page
    title: str
    language: str
    url: str
    score: float
    band: str
    band_label: str
    lix: float
    words: int
    findings: dict = field(default_factory=dict)

    @property
    def total_findings(self):
        return sum(self.findings.values())

    def count(self, rule):
        return self.findings.get(rule, 0)

    def as_dict(self):
        return {
            "id": self.page.pk, "title": self.title, "language": self.language,
            "url": self.url, "score": round(self.score, 2), "band": self.band,
            "lix": round(self.lix, 2), "words": self.words,
            "findings": {rule: self.count(rule) for rule in RULES},
            "total_findings": self.total_findings,
        }


def checked_pages(language=None):
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path")
    if language:
        pages = pages.filter(locale__language_code=language)
    return [page for page in pages.specific() if hasattr(page, "plain_language_fields")]


def plain_language_rows(language=None):
    glossaries, settings_by_site, rows = {}, {}, []
    for page in checked_pages(language):
        code = page_language(page)
        if code not in glossaries:
            glossaries[code] = glossary_for(code)
        site_key = page.path[:8]
        if site_key not in settings_by_site:
            settings_by_site[site_key] = settings_for(page)
        analysis = check_page(page, settings=settings_by_site[site_key], glossary=glossaries[code])
        rows.append(PlainLanguageRow(
            page=page, title=page.title, language=code, url=page.get_url() or page.url_path,
            score=analysis.score, band=analysis.band, band_label=str(analysis.band_label),
            lix=analysis.lix, words=analysis.words, findings=analysis.findings_by_rule(),
        ))
    return rows


@dataclass
class FreshnessRow:
    page: InformationPage
    owner: str
    last_reviewed: object
    review_due: object
    days_late: int | None


def freshness_rows(today=None):
    """Live information pages past their review date (or never reviewed),
    grouped by owner: the people who have to check them."""
    today = today or timezone.localdate()
    rows = []
    for page in InformationPage.objects.live().select_related("content_owner", "locale"):
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
class FeedbackRow:
    page: Page
    yes: int
    no: int
    comments: int

    @property
    def answers(self):
        return self.yes + self.no

    @property
    def helpful_percent(self):
        return round(100 * self.yes / self.answers) if self.answers else None


def feedback_rows():
    counts = (
        PageFeedback.objects.values("page")
        .annotate(yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False)),
                  comments=Count("pk", filter=~Q(comment="")))
    )
    pages = Page.objects.in_bulk([row["page"] for row in counts])
    return [
        FeedbackRow(page=pages[row["page"]], yes=row["yes"], no=row["no"],
                    comments=row["comments"])
        for row in counts if row["page"] in pages
    ]


@dataclass
class DocumentRow:
    page: Page
    title: str
    document: str
    language: str


def documents_without_web_version():
    """PDFs an editor ticked "no web version" for: the content exists only in
    a file many readers cannot use, so auditors need to see them."""
    rows = []
    for page in InformationPage.objects.live().select_related("locale"):
        for child in page.body:
            if child.block_type == "document" and child.value.get("no_web_version"):
                document = child.value.get("document")
                rows.append(DocumentRow(page=page, title=page.title,
                                        document=document.title if document else "",
                                        language=page.locale.language_code))
    return rows
