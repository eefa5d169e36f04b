"""Build the demo CPAS from its data files (data_files.py says what they
hold): the French snippets and pages, then their Dutch, German and English
translations through wagtail-localize (translating.py).

Idempotent: every object is found by a stable key (its path below the
French home, a channel's kind, a glossary term, a user name, a partner's or
a persona's name, a question's slug) and compared with its data; only what
differs is saved. A second run saves no page, no
revision, no translation and no row.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from modelcluster.models import get_all_child_relations
from wagtail.fields import StreamField
from wagtail.models import Collection, Locale, Page, ReferenceIndex, Site

from accessibility.demo import ensure_demo_audit
from accessibility.models import ManualAudit
from accessibility.publishing.signals import audits_paused
from forms.models import Service
from pages.models import (
    ContactChannel,
    GlossaryTerm,
    HomePage,
    OrganisationDetails,
    SiteSettings,
    StandardPage,
)
from rights_explorer import rule_set
from rights_explorer.models import PartnerOrganisation

from . import data_files
from .data_files import DemoDataError
from .example_requests import ensure_example_requests
from .groups import STAFF_USERS, ensure_staff_groups
from .indexing import indexed_once_at_the_end
from .rights import check_rules, ensure_personas, ensure_questions
from .stream_data import resolve
from .translating import translate_all

# Slugs of the first demo's plain pages, replaced by information pages.
LEGACY_SLUGS = {"revenu-integration", "premier-rendez-vous", "factures-energie",
                "nous-contacter", "vos-donnees"}
GLOSSARY_FIELDS = ["plain_alternative", "explanation", "allowed_if_explained"]


@dataclass
class Seeded:
    home: HomePage = None
    pages: dict = field(default_factory=dict)  # path below the home -> page
    published: int = 0  # French pages published by this run
    translated: int = 0  # translations saved by this run
    example_requests: int = 0  # requests added to the front office's inbox by this run
    questions: int = 0  # rights explorer questions written by this run
    personas: int = 0  # test personas saved by this run


class References:
    """What a data file's chooser or foreign key names, as an id."""

    def __init__(self, channels, users, groups=None):
        self.pages = {}
        self.channels = channels
        self.users = users
        self.groups = groups or {}
        self.services = {}
        self.partners = {}  # French name -> partner organisation
        self.audits = {}  # title -> manual audit (the statement's)

    def lookup(self, model, key, strict=True):
        if issubclass(model, Page):
            found = self.pages.get(key)
        elif issubclass(model, ContactChannel):
            found = self.channels.get(key)
        elif issubclass(model, get_user_model()):
            found = self.users.get(key)
        elif issubclass(model, Service):
            found = self.services.get(key)
        elif issubclass(model, Group):
            found = self.groups.get(key)
        elif issubclass(model, PartnerOrganisation):
            found = self.partners.get(key)
        elif issubclass(model, ManualAudit):
            found = self.audits.get(key)
        else:
            raise DemoDataError(f"The demo data cannot name a {model.__name__}: {key!r}")
        if found is None and strict:
            raise DemoDataError(f"The demo data names a {model.__name__} it lacks: {key!r}")
        return found.pk if found else None


def field_values(model, data, lookup, where):
    """The data's fields as the values to set on ``model``: (field, value)."""
    values = []
    for name, value in data.items():
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:
            raise DemoDataError(f"{where}: a {model.__name__} has no field {name!r}") from None
        if isinstance(model_field, StreamField):
            value = resolve(model_field.stream_block, value, lookup, f"{where}#{name}")
        elif model_field.is_relation:
            value = None if value is None else lookup(model_field.related_model, value)
        else:
            value = model_field.to_python(value)
        values.append((model_field, value))
    return values


def _stored(obj, model_field):
    if isinstance(model_field, StreamField):
        return list(model_field.get_prep_value(getattr(obj, model_field.name)))
    return getattr(obj, model_field.attname)


def differs(obj, values):
    return any(_stored(obj, model_field) != value for model_field, value in values)


def assign(obj, values):
    for model_field, value in values:
        name = model_field.name if isinstance(model_field, StreamField) else model_field.attname
        setattr(obj, name, value)


def save_if_changed(obj, values):
    if obj.pk is None or differs(obj, values):
        assign(obj, values)
        obj.save()
        # read back as stored: PostgreSQL's jsonb puts a StreamField's keys in
        # its own order, and wagtail-localize compares the text of the next
        # seed's copy with the one taken now (else 42 translations redone)
        obj.refresh_from_db()


def ensure_locales():
    languages = (data_files.SOURCE_LANGUAGE, *data_files.TRANSLATION_LANGUAGES)
    existing = {locale.language_code: locale for locale in Locale.objects.all()}
    for code in languages:
        if code not in existing:
            existing[code] = Locale.objects.create(language_code=code)
    return {code: existing[code] for code in languages}


def ensure_glossary(locales):
    """The checker's terms, one list per language, in a few queries."""
    existing = {(term.locale_id, term.term): term
                for term in GlossaryTerm.objects.filter(locale__in=locales.values())}
    new, changed = [], []
    for code, locale in locales.items():
        for entry in data_files.glossary(code):
            term = existing.get((locale.pk, entry["term"]))
            wanted = {name: entry[name] for name in GLOSSARY_FIELDS}
            if term is None:
                new.append(GlossaryTerm(locale=locale, term=entry["term"], **wanted))
            elif any(getattr(term, name) != value for name, value in wanted.items()):
                for name, value in wanted.items():
                    setattr(term, name, value)
                changed.append(term)
    GlossaryTerm.objects.bulk_create(new)
    GlossaryTerm.objects.bulk_update(changed, GLOSSARY_FIELDS)
    for term in [*new, *changed]:  # what a save would have told Wagtail's reference index
        ReferenceIndex.create_or_update_for_object(term)


def ensure_users():
    """The colleagues who own pages (no password: they cannot log in)."""
    User = get_user_model()
    users = {}
    for data in data_files.users():
        user = User.objects.filter(username=data["username"]).first()
        if user is None:
            user = User(**data)
            user.set_unusable_password()
            user.save()
        else:
            save_if_changed(user, field_values(User, data, None, "users.json"))
        users[data["username"]] = user
    return users


def ensure_staff_users(groups):
    """The front office's demo logins (``groups.STAFF_USERS``), each in its
    group; ``seed_demo`` sets and prints their password."""
    User = get_user_model()
    users = {}
    for username, (group, first_name, last_name) in STAFF_USERS.items():
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, first_name=first_name, last_name=last_name,
                        email=f"{username}@cpas-valmont.example")
            user.set_unusable_password()
            user.save()
        user.groups.add(groups[group])
        users[username] = user
    return users


def ensure_organisation(locale, references):
    organisation = OrganisationDetails.objects.filter(locale=locale).order_by("pk").first()
    organisation = organisation or OrganisationDetails(locale=locale)
    save_if_changed(organisation, field_values(
        OrganisationDetails, data_files.snippet("organisation"), references.lookup,
        "snippets/organisation.json"))
    return organisation


def ensure_channels(locale, references):
    existing = {channel.kind: channel for channel in ContactChannel.objects.filter(locale=locale)}
    for data in data_files.snippet("contact_channels"):
        channel = existing.get(data["kind"]) or ContactChannel(locale=locale)
        # A channel's form is a page, linked once the pages exist (link_channel_forms).
        data = {name: value for name, value in data.items() if name != "form_page"}
        save_if_changed(channel, field_values(
            ContactChannel, data, references.lookup, "snippets/contact_channels.json"))
        references.channels[data["kind"]] = channel


def ensure_services(locale, references):
    """The services requests are routed to, each with its staff group (an
    administrator may add more groups: they are kept)."""
    existing = {service.email: service for service in Service.objects.filter(locale=locale)}
    for data in data_files.snippet("services"):
        values = {"name": data["name"], "email": data["email"]}
        service = existing.get(data["email"]) or Service(locale=locale)
        save_if_changed(service, field_values(Service, values, references.lookup,
                                              "snippets/services.json"))
        service.groups.add(references.groups[data["group"]])
        references.services[data["key"]] = service


def ensure_partners(locale):
    """The social map's organisations, each found by its French name."""
    existing = {partner.name: partner
                for partner in PartnerOrganisation.objects.filter(locale=locale)}
    partners = []
    for index, data in enumerate(data_files.snippet("partners")):
        partner = existing.get(data["name"]) or PartnerOrganisation(locale=locale)
        save_if_changed(partner, field_values(
            PartnerOrganisation, data, None, f"snippets/partners.json[{index}]"))
        partners.append(partner)
    return partners


def link_channel_forms(references):
    for data in data_files.snippet("contact_channels"):
        if "form_page" in data:
            channel = references.channels[data["kind"]]
            save_if_changed(channel, field_values(
                ContactChannel, {"form_page": data["form_page"]}, references.lookup,
                "snippets/contact_channels.json"))


def ensure_site(home, organisation):
    """The French home at the site root, instead of Wagtail's welcome page,
    and the footer's organisation in the site settings."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home,
                                   is_default_site=True, site_name=organisation.name)
    if site.root_page_id != home.pk or site.site_name != organisation.name:
        old_root = site.root_page
        site.root_page = home
        site.site_name = organisation.name
        site.save()
        if old_root.pk != home.pk and not isinstance(old_root.specific, HomePage):
            old_root.delete()
    settings = SiteSettings.for_site(site)
    if settings.organisation_id != organisation.pk:
        settings.organisation = organisation
        settings.save()


def remove_legacy_pages(home):
    """The first version of the demo had plain pages where information pages
    and the contact page now live: remove them so their slugs are free."""
    for page in StandardPage.objects.child_of(home).filter(slug__in=LEGACY_SLUGS):
        page.get_translations().delete()
        page.delete()


def page_model(data):
    """``InformationPage`` (the pages app) or ``app_label.Model`` (another app)."""
    return apps.get_model(*data.type.split(".")) if "." in data.type else (
        apps.get_model("balise_pages", data.type))


def _child_relations(model, fields):
    """The data's child rows (a form's questions and topics) by relation name."""
    names = {relation.name for relation in get_all_child_relations(model)}
    return {name: value for name, value in fields.items() if name in names}


def _page_values(data, references, strict):
    model = page_model(data)

    def lookup(target, key):
        return references.lookup(target, key, strict=strict)

    children = _child_relations(model, data.fields)
    fields = {name: value for name, value in data.fields.items() if name not in children}
    return model, field_values(model, fields, lookup, data.file)


def child_values(page, data, references):
    """Each child relation of the data: (relation name, child model, values per row)."""
    found = []
    for name, rows in _child_relations(type(page), data.fields).items():
        child_model = getattr(type(page), name).rel.related_model
        ordered = hasattr(child_model, "sort_order")  # in the data's order
        found.append((name, child_model, [
            field_values(child_model, {**row, "sort_order": index} if ordered else row,
                         references.lookup, f"{data.file}#{name}")
            for index, row in enumerate(rows)]))
    return found


def children_differ(page, children):
    for name, _child_model, rows in children:
        stored = list(getattr(page, name).all())
        if len(stored) != len(rows) or any(
                differs(obj, values) for obj, values in zip(stored, rows, strict=True)):
            return True
    return False


def assign_children(page, children):
    """The rows in the page's cluster, saved with the page's revision. A
    row keeps its place's stored row (its id and translation key), so that
    its translations stay the same rows and a chosen topic the same one."""
    for name, child_model, rows in children:
        stored = list(getattr(page, name).all())
        objects = []
        for index, values in enumerate(rows):
            obj = stored[index] if index < len(stored) else child_model()
            if getattr(obj, "clean_name", "") and differs(obj, values):
                obj.clean_name = ""  # a changed question: named from its label again
            assign(obj, values)
            objects.append(obj)
        setattr(page, name, objects)


def ensure_root_collection():
    """Wagtail's root collection, which documents and images go into by
    default: a migration makes it, but a database emptied since (a live-server
    test) has none, and the first upload would then fail."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def ensure_page(data, locale, references):
    """The French page at ``data.path``, created (not yet published) with
    what can be resolved before the pages it links to exist."""
    model, values = _page_values(data, references, strict=False)
    if data.path == "":
        parent = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=locale))
        page = model.objects.filter(depth=2, locale=locale).first()
    else:
        parent = references.pages[data.parent_path]
        page = model.objects.child_of(parent).filter(slug=data.fields["slug"]).first()
    if page is None:
        page = model(locale=locale, live=False)
        assign(page, values)
        parent.add_child(instance=page)
    return page


def publish_if_changed(page, data, references):
    _model, values = _page_values(data, references, strict=True)
    children = child_values(page, data, references)
    if (page.live and not page.has_unpublished_changes and not differs(page, values)
            and not children_differ(page, children)):
        return False
    assign(page, values)
    assign_children(page, children)
    page.save_revision().publish()
    return True


def _fresh(pages):
    """The pages as stored now (``add_child`` and ``publish`` leave the
    objects in memory behind the database: tree counts, revisions)."""
    by_pk = {page.pk: page for page in Page.objects.filter(
        pk__in=[page.pk for page in pages.values()]).specific()}
    return {path: by_pk[page.pk] for path, page in pages.items()}


def seed():
    # the demo's pages are audited together (manage.py accessibility_audit),
    # not one browser per page published here
    with indexed_once_at_the_end(), audits_paused():
        return _seed(data_files.pages())


def _seed(all_pages):
    check_rules(all_pages)
    locales = ensure_locales()
    french = locales[data_files.SOURCE_LANGUAGE]
    ensure_root_collection()
    seeded = Seeded()
    # The rules were checked as one set: the rights are written in the
    # explorer's order, one naming another that comes later.
    with transaction.atomic(), rule_set.checked_beforehand():
        ensure_glossary(locales)
        groups = ensure_staff_groups()
        references = References(channels={}, users=ensure_users(), groups=groups)
        organisation = ensure_organisation(french, references)
        ensure_channels(french, references)
        ensure_services(french, references)
        partners = ensure_partners(french)
        references.partners = {partner.name: partner for partner in partners}
        seeded.questions = ensure_questions(locales)
        for data in all_pages:
            references.pages[data.path] = ensure_page(data, french, references)
            if data.path == "":
                remove_legacy_pages(references.pages[""])
        references.pages = _fresh(references.pages)
        link_channel_forms(references)
        ensure_site(references.pages[""], organisation)
        # The accessibility statement last: its manual audit samples the
        # published pages.
        audited = [data for data in all_pages if "audit" in data.fields]
        for data in all_pages:
            if data not in audited:
                seeded.published += publish_if_changed(
                    references.pages[data.path], data, references)
        if audited:
            audit = ensure_demo_audit(_fresh(references.pages)[""])
            references.audits[audit.title] = audit
        for data in audited:
            seeded.published += publish_if_changed(references.pages[data.path], data, references)
    seeded.pages = _fresh(references.pages)
    seeded.home = seeded.pages[""]

    # Snippets before the pages that link to them; parents before children.
    sources = [(organisation, "snippets/organisation.json")]
    sources += [(channel, "snippets/contact_channels.json")
                for channel in references.channels.values()]
    sources += [(service, "snippets/services.json")
                for service in references.services.values()]
    sources += [(partner, "snippets/partners.json") for partner in partners]
    sources += [(seeded.pages[data.path], data.file) for data in all_pages]
    targets = {code: locales[code] for code in data_files.TRANSLATION_LANGUAGES}
    seeded.translated = translate_all(sources, targets)
    staff = ensure_staff_users(references.groups)
    with transaction.atomic():
        seeded.personas = ensure_personas()
        seeded.example_requests = ensure_example_requests(
            seeded.pages, references.services, staff["accueil"])
    return seeded
