"""The plain-language report: every live page with its score, band and
findings. The admin screen and ``plain_language_report`` read the same rows,
so both list the same pages with the same figures."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Page

from ..reports.views import ListReportView, edit_url
from .checking import check_page, glossary_for, page_language, settings_for
from .findings import RULES

LANGUAGE_PARAM = "language"


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


class PlainLanguageReportView(ListReportView):
    page_title = _("Plain language")
    header_icon = "edit"
    index_url_name = "balise_plain_language_report"
    index_results_url_name = "balise_plain_language_report_results"
    default_ordering = "score"
    export_name = "plain-language"
    list_export = ["title", "language", "url", "score", "band_label", "lix", "words",
                   *[f"findings_{rule}" for rule in RULES], "total_findings"]
    export_headings = {
        "title": _("Title"), "language": _("Language"), "url": _("Path"),
        "score": _("Score"), "band_label": _("Band"), "lix": "LIX", "words": _("Words"),
        **{f"findings_{rule}": label for rule, label in RULES.items()},
        "total_findings": _("All points"),
    }

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), get_url=edit_url, sort_key="title"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("score_display", label=_("Score"), sort_key="score"),
            Column("band_label", label=_("Band")),
            Column("lix_display", label="LIX", sort_key="lix"),
            Column("words", label=_("Words"), sort_key="words"),
            Column("long_sentences", label=RULES["long_sentence"], sort_key="long_sentences"),
            Column("jargon", label=RULES["jargon"], sort_key="jargon"),
            Column("total_findings", label=_("All points"), sort_key="total_findings"),
        ]

    def get_rows(self):
        rows = plain_language_rows(self.request.GET.get(LANGUAGE_PARAM) or None)
        for row in rows:
            row.score_display = f"{row.score:.0f}"
            row.lix_display = f"{row.lix:.0f}"
            row.long_sentences = row.count("long_sentence")
            row.jargon = row.count("jargon")
            for rule in RULES:
                setattr(row, f"findings_{rule}", row.count(rule))
        return rows
