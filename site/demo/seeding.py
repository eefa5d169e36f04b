"""Build the demo CPAS site: French pages, then their translations made through
wagtail-localize exactly as a translator would (a translation source, a
translation per language, every string filled in, the target published).

Idempotent: every object is found by a stable key (slug under the French
home, or the single organisation snippet) and updated in place, so running
it again changes nothing and adds nothing.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from pages.models import (
    ContactChannel,
    GlossaryTerm,
    HomePage,
    InformationPage,
    OrganisationDetails,
    ReachUsPage,
    SiteSettings,
    StandardPage,
    TopicPage,
)

from . import content, pages_help_and_rights, pages_money_housing
from .content import T
from .glossary_terms import GLOSSARY

INFORMATION_PAGES = [*pages_money_housing.PAGES, *pages_help_and_rights.PAGES]
TOPICS = pages_money_housing.TOPICS
CHANNELS = pages_help_and_rights.CHANNELS
# Slugs of the first demo's plain pages, replaced by information pages.
LEGACY_SLUGS = {"revenu-integration", "premier-rendez-vous", "factures-energie",
                "nous-contacter", "vos-donnees"}


class MissingDemoTranslation(Exception):
    pass


def _time(text):
    hours, minutes = text.split(":")
    return datetime.time(int(hours), int(minutes))


def _periods(hours):
    """OpeningPeriodBlock stream data from (weekday, "HH:MM", "HH:MM") tuples."""
    return [("period", {"weekday": str(day), "opens": _time(o), "closes": _time(c)})
            for day, o, c in hours]


def _paragraphs(texts):
    return "".join(f"<p>{t.fr}</p>" for t in texts)


def _information_body(blocks, channels):
    """StreamField data of an information page from its demo description."""
    stream = []
    for kind, *args in blocks:
        if kind in ("heading", "subheading"):
            level = "h2" if kind == "heading" else "h3"
            stream.append(("subheading", {"text": args[0].fr, "level": level}))
        elif kind == "paragraph":
            stream.append(("paragraph", _paragraphs(args[0])))
        elif kind == "list":
            items = "".join(f"<li>{t.fr}</li>" for t in args[0])
            stream.append(("paragraph", f"<ul>{items}</ul>"))
        elif kind == "steps":
            stream.append(("steps", {"steps": [t.fr for t in args[0]]}))
        elif kind == "checklist":
            stream.append(("checklist", {"items": [t.fr for t in args[0]]}))
        elif kind == "callout":
            stream.append(("callout", {"kind": args[0], "text": _paragraphs([args[1]])}))
        elif kind == "questions":
            stream.append(("questions", {"questions": [
                {"question": question.fr, "answer": _paragraphs([answer])}
                for question, answer in args[0]
            ]}))
        elif kind == "who_can_help":
            stream.append(("who_can_help", {"channel": channels[args[0]], "page": None,
                                            "note": args[1].fr}))
        elif kind == "table":
            caption, header, rows = args
            stream.append(("table", {
                "caption": caption.fr, "header": [t.fr for t in header],
                "rows": [{"cells": [t.fr for t in row]} for row in rows],
            }))
        else:
            raise ValueError(f"Unknown demo block kind: {kind}")
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
    glossary.add(content.REACH_US)
    for item in [*TOPICS, *INFORMATION_PAGES, *CHANNELS]:
        glossary.add(item)
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
    organisation.desk_hours = _periods(data["desk_hours"])
    organisation.phone_hours = _periods(data["phone_hours"])
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


def remove_legacy_pages(home):
    """The first version of the demo had plain pages where information pages
    and the contact page now live: remove them so their slugs are free."""
    for page in StandardPage.objects.child_of(home).filter(slug__in=LEGACY_SLUGS):
        page.get_translations().delete()
        page.delete()


def ensure_glossary(locales):
    for code, entries in GLOSSARY.items():
        for term, alternative, explanation, allowed in entries:
            GlossaryTerm.objects.update_or_create(
                locale=locales[code], term=term,
                defaults={"plain_alternative": alternative, "explanation": explanation,
                          "allowed_if_explained": allowed},
            )


def ensure_owners():
    owners = {}
    for key, (username, first_name, last_name) in content.OWNERS.items():
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"first_name": first_name, "last_name": last_name},
        )
        if created:
            user.set_unusable_password()
            user.save()
        owners[key] = user
    return owners


def ensure_channels(locale):
    channels = {}
    for spec in CHANNELS:
        channel = ContactChannel.objects.filter(locale=locale, kind=spec["kind"]).first()
        channel = channel or ContactChannel(locale=locale, kind=spec["kind"])
        channel.name = spec["name"].fr
        channel.summary = spec["summary"].fr
        channel.response_time = spec["response_time"].fr
        channel.prepare = spec["prepare"].fr
        channel.do_not_share = spec["do_not_share"].fr
        channel.wheelchair_access = spec["wheelchair"].fr
        channel.address = content.ORGANISATION["address"].fr if spec["kind"] == "desk" else ""
        channel.phone = content.ORGANISATION["phone"] if spec["kind"] == "phone" else ""
        channel.email = content.ORGANISATION["email"] if spec["kind"] == "email" else ""
        channel.hours = _periods(spec["hours"])
        channel.save()
        channels[spec["kind"]] = channel
    return channels


def _child(parent, model, slug, locale, title):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, locale=locale, title=title)
        if model is InformationPage:
            page.intro = "-"
        parent.add_child(instance=page)
        page = model.objects.get(pk=page.pk)
    return page


def ensure_topic(home, spec, locale):
    topic = _child(home, TopicPage, spec["slug"].fr, locale, spec["title"].fr)
    topic.title = spec["title"].fr
    topic.intro = spec["intro"].fr
    topic.show_in_menus = True
    _publish(topic)
    return topic


def ensure_information_page(topic, spec, locale, channels, owners):
    page = _child(topic, InformationPage, spec["slug"].fr, locale, spec["title"].fr)
    page.title = spec["title"].fr
    page.intro = spec["in_short"].fr
    page.body = _information_body(spec["body"], channels)
    page.last_reviewed = datetime.date.fromisoformat(spec["reviewed"])
    page.review_interval = spec["review_months"]
    page.content_owner = owners[spec["owner"]]
    _publish(page)
    return page


def ensure_reach_us(home, locale):
    spec = content.REACH_US
    page = _child(home, ReachUsPage, spec["slug"].fr, locale, spec["title"].fr)
    page.title = spec["title"].fr
    page.intro = spec["intro"].fr
    page.show_in_menus = True
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
        # obsolete entries are strings an earlier demo had: kept as they are
        for entry in po.translated_entries() + po.untranslated_entries():
            if not entry.obsolete:
                entry.msgstr = glossary.translate(entry.msgid, code)
        translation.import_po(po, translation_type="manual", tool_name="seed_demo")
        translation.save_target(publish=True)


def seed():
    glossary = build_glossary()
    locales = ensure_locales()
    french = locales["fr"]

    with transaction.atomic():
        ensure_glossary(locales)
        owners = ensure_owners()
        organisation = ensure_organisation(french)
        channels = ensure_channels(french)
        home = ensure_home(french)
        remove_legacy_pages(home)
        settings = SiteSettings.for_site(home.get_site())
        settings.organisation = organisation
        settings.save()
        topics = {spec["key"]: ensure_topic(home, spec, french) for spec in TOPICS}
        pages_by_key = {
            spec["key"]: ensure_information_page(topics[spec["topic"]], spec, french, channels,
                                                 owners)
            for spec in INFORMATION_PAGES
        }
        pages_by_key["contact"] = ensure_reach_us(home, french)
        home = fill_home(home, pages_by_key)

    # One transaction per object, never one around them all: wagtail-localize
    # publishes a translated page when its transaction commits, from the copy
    # it held, and a parent published after its children were added would
    # get back the child count it had before them (a broken tree).
    # Snippets before the pages that link to them; parents before children.
    for instance in [organisation, *channels.values(), home, *topics.values(),
                     *pages_by_key.values()]:
        with transaction.atomic():
            translate(instance, locales, glossary)
    return home, pages_by_key
