"""The few objects an app test needs, built directly: a site with a French
home page, pages under it, their translations, snippets and users.

Translations are made with Wagtail's own ``copy_for_translation`` (what
wagtail-localize does underneath), which is fast and needs no demo. Tests
that need the whole reference site use the ``demo_pages`` fixture instead.
"""

import datetime
import itertools
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from wagtail.models import Collection, GroupPagePermission, Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from pages.models import (
    ContactChannel,
    GlossaryTerm,
    HomePage,
    InformationPage,
    OrganisationDetails,
    ReachUsPage,
    SiteSettings,
    TopicPage,
)

LANGUAGES = ("fr", "nl", "de", "en")
_numbers = itertools.count(1)


def locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def publish(page):
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


def make_site(title="Accueil", **fields):
    """A French home page at the root of the default site (replacing
    Wagtail's welcome page), with the four locales."""
    french = locales()["fr"]
    # A live-server test empties the database, Wagtail's root page and root
    # collection (where uploads go) included.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=french))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    home = root.add_child(instance=HomePage(
        title=title, slug=f"home-{next(_numbers)}", locale=french, **fields))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    # Wagtail's "Welcome to your new Wagtail site!" page, left by its migrations
    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore",
                        content_type__model="page").delete()
    return publish(home)


def make_page(parent, model=InformationPage, title=None, live=True, **fields):
    number = next(_numbers)
    fields.setdefault("slug", f"page-{number}")
    if model is InformationPage:
        fields.setdefault("intro", "Une phrase courte.")
    page = parent.add_child(instance=model(title=title or f"Page {number}",
                                           locale=parent.locale, live=live, **fields))
    if live:
        return publish(page)
    page.save_revision()  # a draft, never published
    return page


def make_topic(home, **fields):
    fields.setdefault("show_in_menus", True)
    return make_page(home, TopicPage, **fields)


def make_reach_us(home, **fields):
    return make_page(home, ReachUsPage, **fields)


def translate(page, language, live=True, **fields):
    """The page's translation into ``language``, its parent translated
    first when needed, as wagtail-localize would make it."""
    locale = locales()[language]
    existing = page.get_translation_or_none(locale)
    if existing is None:
        parent = page.get_parent()
        if parent.depth > 1 and parent.get_translation_or_none(locale) is None:
            translate(parent.specific, language)
        existing = page.copy_for_translation(locale, copy_parents=True)
    existing = existing.specific
    for name, value in fields.items():
        setattr(existing, name, value)
    if live:
        return publish(existing)
    existing.save_revision()
    return existing


def make_translated_page(parent, model=InformationPage, **versions):
    """A page and its translations: ``fr={...}`` are the French page's
    fields, ``nl={...}`` and the others those of each translation (its slug,
    title…). ``parent`` is French; its own translations come first."""
    page = make_page(parent, model, **versions.pop("fr", {}))
    for language, fields in versions.items():
        translate(page, language, **fields)
    return page


def localize(instance, languages=LANGUAGES[1:], texts=None):
    """``instance`` (a page or snippet) translated through wagtail-localize
    as a translator does it: a source, a translation record per language,
    every string filled in (``texts[language][french]``, or the French text
    marked with the language), the target saved and, for a page, published.
    Returns the translations by language. A page's parent comes first."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string"))
    result = {}
    for language in languages:
        locale = locales()[language]
        record, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        own = (texts or {}).get(language, {})
        for segment in segments:
            french = segment.string.data
            StringTranslation.objects.update_or_create(
                translation_of=segment.string, locale=locale, context=segment.context,
                defaults={"data": own.get(french, f"{french} ({language})"),
                          "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL})
        # wagtail-localize publishes a page when the transaction commits: a
        # test's transaction never does, so its callbacks are run here.
        with TestCase.captureOnCommitCallbacks(execute=True):
            record.save_target(publish=True)
        result[language] = instance.get_translation(locale)
    return result


def make_channel(kind="phone", locale=None, **fields):
    fields.setdefault("name", {"desk": "Au guichet", "phone": "Par téléphone"}.get(kind, kind))
    return ContactChannel.objects.create(kind=kind, locale=locale or locales()["fr"], **fields)


def translate_snippet(snippet, language, **fields):
    translation = snippet.copy_for_translation(locales()[language])
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def make_organisation(site_home=None, **fields):
    fields.setdefault("name", "CPAS de Test")
    fields.setdefault("address", "Rue de l'Essai 1\n1000 Bruxelles")
    fields.setdefault("phone", "02 555 00 00")
    organisation = OrganisationDetails.objects.create(locale=locales()["fr"], **fields)
    if site_home is not None:
        settings = SiteSettings.for_site(site_home.get_site())
        settings.organisation = organisation
        settings.save()
    return organisation


def make_glossary_term(term, language="fr", **fields):
    return GlossaryTerm.objects.create(term=term, locale=locales()[language], **fields)


def make_user(username=None, permissions=(), groups=(), superuser=False, **fields):
    """A user who can log in; ``permissions`` as "app_label.codename"."""
    username = username or f"user{next(_numbers)}"
    model = get_user_model()
    if superuser:
        return model.objects.create_superuser(username, f"{username}@example.org", "pw")
    user = model.objects.create_user(username, f"{username}@example.org", "pw", **fields)
    for name in permissions:
        app_label, codename = name.split(".")
        user.user_permissions.add(Permission.objects.get(
            content_type__app_label=app_label, codename=codename))
    user.groups.add(*groups)
    return user


def make_editor_group(page, name=None, permissions=("change", "publish")):
    """A group that may enter the admin and edit ``page`` and its subtree."""
    group = Group.objects.create(name=name or f"Editors {next(_numbers)}")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin",
                                                 codename="access_admin"))
    for codename in permissions:
        GroupPagePermission.objects.create(
            group=group, page=page,
            permission=Permission.objects.get(content_type__app_label="wagtailcore",
                                              codename=f"{codename}_page"))
    return group


def reviewed(days_ago):
    return datetime.date.today() - datetime.timedelta(days=days_ago)


HOME_TITLES = {"fr": "Accueil", "nl": "Startpagina", "de": "Startseite", "en": "Home"}
SMALL_SITE = {
    "housing": {
        "fr": {"title": "Logement et énergie", "slug": "logement-energie"},
        "nl": {"title": "Wonen en energie", "slug": "wonen-energie"},
        "de": {"title": "Wohnen und Energie", "slug": "wohnen-energie"},
        "en": {"title": "Housing and energy", "slug": "housing-energy"},
    },
    "bills": {
        "fr": {"title": "Payer vos factures d'énergie", "slug": "factures-energie",
               "intro": "Le CPAS peut vous aider à payer vos factures d'énergie."},
        "nl": {"title": "Uw energiefacturen betalen", "slug": "energiefacturen",
               "intro": "Het OCMW kan u helpen uw energiefacturen te betalen."},
        "de": {"title": "Ihre Energierechnungen bezahlen", "slug": "energierechnungen",
               "intro": "Das ÖSHZ kann Ihnen helfen, Ihre Energierechnungen zu bezahlen."},
        "en": {"title": "Paying your energy bills", "slug": "energy-bills",
               "intro": "The CPAS can help you pay your energy bills."},
    },
    "money": {
        "fr": {"title": "Argent et dettes", "slug": "argent-dettes"},
        "nl": {"title": "Geld en schulden", "slug": "geld-schulden"},
        "de": {"title": "Geld und Schulden", "slug": "geld-schulden"},
        "en": {"title": "Money and debts", "slug": "money-debts"},
    },
    "income": {
        "fr": {"title": "Demander le revenu d'intégration", "slug": "revenu-integration",
               "intro": "Le revenu d'intégration aide à vivre quand on n'a pas assez."},
        "nl": {"title": "Een leefloon aanvragen", "slug": "leefloon",
               "intro": "Het leefloon helpt wie niet genoeg heeft om te leven."},
        "de": {"title": "Das Eingliederungseinkommen beantragen", "slug": "eingliederungseinkommen",
               "intro": "Das Eingliederungseinkommen hilft, wenn das Geld nicht reicht."},
        "en": {"title": "Applying for the living wage", "slug": "living-wage",
               "intro": "The living wage helps when you do not have enough to live on."},
    },
}


def make_site_in_four_languages():
    """The few pages the language tests need, in French, Dutch, German and
    English, each with its own title and slug: a home, and under it two
    topics with one information page each (``SMALL_SITE``)."""
    home = make_site(title=HOME_TITLES["fr"])
    for language in LANGUAGES[1:]:
        translate(home, language, title=HOME_TITLES[language])
    site = SimpleNamespace(home=home)
    for topic, page in (("housing", "bills"), ("money", "income")):
        versions = {**SMALL_SITE[topic]}
        versions["fr"] = {**versions["fr"], "show_in_menus": True}
        setattr(site, topic, make_translated_page(home, TopicPage, **versions))
        setattr(site, page, make_translated_page(getattr(site, topic), **SMALL_SITE[page]))
    return site


def make_draft(parent, model=InformationPage, **fields):
    """A page never published: not live, its text in a draft revision only."""
    return make_page(parent, model, live=False, **fields)


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def staff_member(username, *permissions, pages=()):
    """A user who is no superuser, in a group with ``permissions`` (Permission
    objects) and the right to edit the branches of ``pages``."""
    group = Group.objects.create(name=f"group of {username}")
    group.permissions.add(permission("wagtailadmin", "access_admin"), *permissions)
    for page in pages:
        GroupPagePermission.objects.create(group=group, page=page,
                                           permission=permission("wagtailcore", "change_page"))
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(group)
    return user
