"""Build the demo CPAS site: French pages, then their translations made through
wagtail-localize exactly as a translator would (a translation source, a
translation per language, every string filled in, the target published).

Idempotent: every object is found by a stable key (slug under the French
home, or the single organisation snippet) and updated in place, so running
it again changes nothing and adds nothing.
"""

import datetime

from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from pages.models import HomePage, OrganisationDetails, SiteSettings, StandardPage

from . import content
from .content import T


class MissingDemoTranslation(Exception):
    pass


def _time(text):
    hours, minutes = text.split(":")
    return datetime.time(int(hours), int(minutes))


def _rich_text(block_kind, texts):
    if block_kind == "list":
        return "<ul>" + "".join(f"<li>{t.fr}</li>" for t in texts) + "</ul>"
    return "".join(f"<p>{t.fr}</p>" for t in texts)


def _body(blocks):
    stream = []
    for kind, value in blocks:
        if kind == "heading":
            stream.append(("heading", {"text": value.fr, "level": "h2"}))
        else:
            stream.append(("paragraph", _rich_text(kind, value)))
    return stream


class Glossary:
    """Every French text of the demo and its translations, so that each string
    wagtail-localize asks for can be answered."""

    def __init__(self):
        self.by_french = {}

    def add(self, value):
        if isinstance(value, T):
            if value.fr and self.by_french.setdefault(value.fr, value) != value:
                raise ValueError(f"Two translations for the same French text: {value.fr!r}")
        elif isinstance(value, list | tuple):
            for item in value:
                self.add(item)
        elif isinstance(value, dict):
            for item in value.values():
                self.add(item)

    def translate(self, french, language):
        # wagtail-localize shows the line breaks of a multi-line text as <br/>.
        key = french.replace("<br/>", "\n")
        try:
            return self.by_french[key].get(language).replace("\n", "<br/>")
        except KeyError:
            raise MissingDemoTranslation(
                f"No {language} translation in demo/content.py for: {french!r}"
            ) from None


def build_glossary():
    glossary = Glossary()
    glossary.add(content.ORGANISATION)
    glossary.add(content.HOME)
    for page in content.PAGES:
        glossary.add(page)
    return glossary


def ensure_locales():
    locales = {}
    for code in ("fr", *content.TRANSLATION_LANGUAGES):
        locales[code], _ = Locale.objects.get_or_create(language_code=code)
    return locales


def ensure_organisation(locale):
    data = content.ORGANISATION
    organisation = OrganisationDetails.objects.filter(locale=locale).order_by("pk").first()
    if organisation is None:
        organisation = OrganisationDetails(locale=locale)
    organisation.name = data["name"].fr
    organisation.address = data["address"].fr
    organisation.phone = data["phone"]
    organisation.email = data["email"]
    organisation.desk_hours = [
        ("period", {"weekday": str(day), "opens": _time(o), "closes": _time(c)})
        for day, o, c in data["desk_hours"]
    ]
    organisation.phone_hours = [
        ("period", {"weekday": str(day), "opens": _time(o), "closes": _time(c)})
        for day, o, c in data["phone_hours"]
    ]
    organisation.emergency_numbers = [
        ("number", {"label": label.fr, "number": number.fr, "note": note.fr})
        for label, number, note in data["emergency_numbers"]
    ]
    organisation.save()
    return organisation


def ensure_home(locale):
    """The French home page, placed at the site root instead of Wagtail's
    welcome page."""
    root = Page.get_first_root_node()
    if root is None:  # an emptied database (Wagtail's migrations normally make it)
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    if home is None:
        home = HomePage(title=content.HOME["title"].fr, slug=content.HOME["slug"].fr, locale=locale)
        root.add_child(instance=home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True,
            site_name=content.ORGANISATION["name"].fr,
        )
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = content.ORGANISATION["name"].fr
        site.save()
        if not isinstance(old_root.specific, HomePage):
            old_root.delete()
    return home


def _publish(page):
    page.save_revision().publish()


def ensure_page(home, spec, locale):
    page = StandardPage.objects.child_of(home).filter(slug=spec["slug"].fr).first()
    if page is None:
        page = StandardPage(slug=spec["slug"].fr, locale=locale, title=spec["title"].fr)
        home.add_child(instance=page)
        page = StandardPage.objects.get(pk=page.pk)
    page.title = spec["title"].fr
    page.intro = spec["intro"].fr
    page.show_in_menus = spec["in_menu"]
    page.body = _body(spec["body"])
    _publish(page)
    return page


def fill_home(home, pages_by_key):
    data = content.HOME
    home = HomePage.objects.get(pk=home.pk)
    home.title = data["title"].fr
    home.intro = data["intro"].fr
    home.reach_us_text = data["reach_us_text"].fr
    home.top_tasks = [
        ("task", {"page": pages_by_key[key], "label": "", "description": description.fr})
        for key, description in data["top_tasks"]
    ]
    home.contact_page = pages_by_key[data["contact_page"]]
    _publish(home)
    return home


def translate(instance, locales, glossary):
    """Make or refresh every translation of ``instance`` through
    wagtail-localize: source, translation records, strings, publish."""
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    for code in content.TRANSLATION_LANGUAGES:
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locales[code]
        )
        po = translation.export_po()
        for entry in po:
            entry.msgstr = glossary.translate(entry.msgid, code)
        translation.import_po(po, translation_type="manual", tool_name="seed_demo")
        translation.save_target(publish=True)


def seed():
    glossary = build_glossary()
    locales = ensure_locales()
    french = locales["fr"]

    with transaction.atomic():
        organisation = ensure_organisation(french)
        home = ensure_home(french)
        settings = SiteSettings.for_site(home.get_site())
        settings.organisation = organisation
        settings.save()
        pages_by_key = {spec["key"]: ensure_page(home, spec, french) for spec in content.PAGES}
        home = fill_home(home, pages_by_key)

    # One transaction per object, never one around them all: wagtail-localize
    # publishes a translated page when its transaction commits, from the copy
    # it held, and a parent published after its children were added would
    # get back the child count it had before them (a broken tree).
    # Parents before children: a translated page needs its translated parent.
    for instance in [organisation, home, *pages_by_key.values()]:
        with transaction.atomic():
            translate(instance, locales, glossary)
    return home, pages_by_key
