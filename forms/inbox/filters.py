"""The inbox's filters, shared by the list and its export.

A filter comes from the address bar, which anyone can edit: each value is
validated by a small Django form, and a value that is not valid (a service
the user may not see, a status that does not exist, a form id that is not a
number) is left out with a message, so the list still answers.

Every choice is narrowed to what the user may see: a service's staff pick
among their services, the front office and superusers among all; the forms
are those whose requests the user can read, in French (the four
translations of a form share one register through ``translation_key``).
"""

from urllib.parse import urlencode

from django import forms
from django.db.models import BooleanField, Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .. import access
from ..models import ContactFormPage, ContactSubmission, Service
from ..references import MAX_INPUT_LENGTH, normalise

# Characters a partial reference may hold once spaces, dashes and case are ignored.
REFERENCE_SYMBOLS = frozenset("23456789ABCDEFGHJKMNPRSTUVWXY")


def today():
    return timezone.localdate()


def with_overdue(queryset, on=None):
    """``is_overdue``: due before today and not answered or closed yet."""
    on = on or today()
    return queryset.annotate(is_overdue=Case(
        When(ContactSubmission.late_on(on), then=Value(True)),
        default=Value(False), output_field=BooleanField()))


def source_locale():
    try:
        return Locale.get_default()
    except Locale.DoesNotExist:
        return None


def services_to_filter(user):
    """The services the user may pick: their own, or every (French) one
    for a superuser or a front office, who triage across services."""
    if user.is_superuser or access.front_office_forms(user).exists():
        services = Service.objects.all()
        locale = source_locale()
        if locale is not None:
            services = services.filter(locale=locale)
        return services.order_by("name")
    return access.services_for(user).order_by("name")


def forms_to_filter(user):
    """The French form pages whose requests the user can read."""
    visible = access.requests_for(user).values("translation_key")
    pages = ContactFormPage.objects.filter(
        Q(translation_key__in=visible) | Q(pk__in=access.front_office_forms(user).values("pk")))
    keys = pages.values("translation_key")
    french = ContactFormPage.objects.filter(translation_key__in=keys)
    locale = source_locale()
    if locale is not None:
        french = french.filter(locale=locale)
    return french.order_by("title")


def reference_fragment(text):
    """What a partial reference typed in any case, with spaces or dashes,
    looks like once stripped: upper-case symbols only, or "" for none."""
    symbols = [character.upper() for character in text if character.isascii()
               and character.upper() in REFERENCE_SYMBOLS]
    return "".join(symbols)


class FormChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class InboxFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False,
        choices=[("", _("Any status")), *ContactSubmission.Status.choices])
    service = forms.ModelChoiceField(label=_("Service"), required=False,
                                     queryset=Service.objects.none(),
                                     empty_label=_("Any service"))
    form = FormChoiceField(label=_("Form"), required=False,
                           queryset=ContactFormPage.objects.none(), empty_label=_("Any form"))
    topic = forms.CharField(label=_("Topic contains"), required=False, max_length=120)
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    reference = forms.CharField(
        label=_("Reference"), required=False, max_length=MAX_INPUT_LENGTH,
        help_text=_("The whole reference or a part of it, in any case, with or without "
                    "dashes."))

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["service"].queryset = services_to_filter(user)
        self.fields["form"].queryset = forms_to_filter(user)

    def problems(self):
        """The labels of the filters that were left out, for a message."""
        if not self.is_bound:
            return []
        self.is_valid()
        return [str(self.fields[name].label) for name in self.errors if name in self.fields]

    def apply(self, queryset):
        """``queryset`` narrowed by every valid filter; invalid ones are left out."""
        if not self.is_bound:
            return queryset
        self.is_valid()
        data = self.cleaned_data
        if data.get("status"):
            queryset = queryset.filter(status=data["status"])
        if data.get("service") is not None:
            queryset = queryset.filter(assigned_to=data["service"])
        if data.get("form") is not None:
            queryset = queryset.filter(translation_key=data["form"].translation_key)
        if data.get("topic"):
            queryset = queryset.filter(topic__icontains=data["topic"].strip())
        if data.get("overdue"):
            queryset = queryset.filter(ContactSubmission.late_on(today()))
        typed = data.get("reference") or ""
        if typed.strip():
            whole = normalise(typed)
            if whole is not None:
                queryset = queryset.filter(reference=whole)
            else:
                fragment = reference_fragment(typed)
                if not fragment:
                    return queryset.none()
                queryset = queryset.filter(reference_symbols(fragment))
        return queryset

    def query_string(self):
        """The valid filters as a query string, for the pages and the export."""
        if not self.is_bound:
            return ""
        self.is_valid()
        pairs = []
        for name, value in self.cleaned_data.items():
            if value in (None, "", False):
                continue
            if hasattr(value, "pk"):
                value = value.pk
            elif value is True:
                value = "on"
            pairs.append((name, value))
        return urlencode(pairs)


def reference_symbols(fragment):
    """A partial reference matches wherever it falls, the dashes between
    groups ignored: "4RM9" finds "K7P-4RM-9M3"."""
    if len(fragment) > 9:
        return Q(pk__in=[])
    patterns = set()
    positions = "XXX-XXX-XXX"
    slots = [index for index, character in enumerate(positions) if character == "X"]
    for start in range(len(slots) - len(fragment) + 1):
        first, last = slots[start], slots[start + len(fragment) - 1]
        pattern = list(positions[first:last + 1])
        symbols = iter(fragment)
        pattern = "".join(next(symbols) if character == "X" else "-" for character in pattern)
        patterns.add(pattern)
    condition = Q(pk__in=[])
    for pattern in patterns:
        condition |= Q(reference__contains=pattern)
    return condition

