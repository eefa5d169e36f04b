"""The admin form every Balise page uses.

Its rules apply when a page is about to go live (published, scheduled, sent
to a workflow or approved in one), never to a draft: writers save unfinished
text at any time, and the editor shows live what publishing will ask for.
- "In short" has at most a few sentences (for the page types that have one);
- when a site asks for a minimum readability, a harder text is not published.
No text box silently cuts what is typed: a length limit is a validation
message, not a ``maxlength`` attribute.
"""

from django import forms as django_forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminAutoHeightTextInput

from .plain_language.checking import check_page, settings_for
from .plain_language.formulas import BAND_LABELS

IN_SHORT_FIELD = "intro"
# Buttons of Wagtail's page editor that make the text public now or later.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")
APPROVING_WORKFLOW_ACTIONS = ("approve",)


def is_publishing(data):
    if any(data.get(action) for action in PUBLISHING_ACTIONS):
        return True
    return bool(data.get("action-workflow-action")) and \
        data.get("workflow-action-name") in APPROVING_WORKFLOW_ACTIONS


def sentences_phrase(number, limit, shown=None):
    """Says "2 sentences of 3"; ``shown`` stands in for the number in the
    script's templates ("{count} sentences of 3")."""
    return ngettext("%(count)s sentence of %(limit)s", "%(count)s sentences of %(limit)s",
                    number) % {"count": number if shown is None else shown, "limit": limit}


def characters_phrase(number, shown=None):
    return ngettext("%(count)s character", "%(count)s characters",
                    number) % {"count": number if shown is None else shown}


class InShortWidget(AdminAutoHeightTextInput):
    """The "In short" box with its sentence and character count under it.

    The server writes the count for the saved text, so it is there without
    JavaScript; ``in_short_counter.js`` updates it as staff type and tells
    screen readers only when the number of sentences changes. The translated
    phrases travel as data attributes, one per plural form."""

    def __init__(self, count, max_length=None, attrs=None):
        super().__init__(attrs)
        self.count = count  # text -> InShortCount
        self.max_length = max_length

    @property
    def media(self):
        return super().media + django_forms.Media(js=["balise_pages/js/in_short_counter.js"])

    def render(self, name, value, attrs=None, renderer=None):
        attrs = dict(attrs or {})
        field_id = attrs.get("id") or self.attrs.get("id") or f"id_{name}"
        count_id = f"{field_id}-count"
        attrs["aria-describedby"] = " ".join(
            filter(None, [attrs.get("aria-describedby"), count_id]))
        count = self.count(value or "")
        too_many = _("Too many sentences to publish: keep %(limit)s at most.") % {
            "limit": count.limit}
        too_long = _("Too long to save: at most %(limit)s characters.") % {
            "limit": self.max_length} if self.max_length else ""
        warnings = [too_many] if count.too_many_sentences else []
        if self.max_length and count.characters > self.max_length:
            warnings.append(too_long)
        return super().render(name, value, attrs, renderer) + format_html(
            '<p class="balise-in-short-count" id="{id}" data-in-short-count data-for="{field}" '
            'data-limit="{limit}" data-max-length="{max_length}" '
            'data-sentences-one="{s_one}" data-sentences-other="{s_other}" '
            'data-characters-one="{c_one}" data-characters-other="{c_other}" '
            'data-too-many="{too_many}" data-too-long="{too_long}">'
            '<span data-in-short-figures>{figures}</span>'
            '<strong class="balise-in-short-warning" data-in-short-warning>{warning}</strong></p>'
            '<span class="w-sr-only" aria-live="polite" data-in-short-announce></span>',
            id=count_id, field=field_id, limit=count.limit, max_length=self.max_length or "",
            s_one=sentences_phrase(1, count.limit, "{count}"),
            s_other=sentences_phrase(2, count.limit, "{count}"),
            c_one=characters_phrase(1, "{count}"), c_other=characters_phrase(2, "{count}"),
            too_many=too_many, too_long=too_long,
            figures=f"{sentences_phrase(count.sentences, count.limit)} · "
                    f"{characters_phrase(count.characters)}",
            warning=" ".join(warnings),
        )


class BalisePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.pop("maxlength", None)
        count = getattr(self.instance, "count_in_short", None)
        field = self.fields.get(IN_SHORT_FIELD)
        if count is not None and field is not None:
            own = ("class", "rows", "data-controller")  # set again by the new widget
            field.widget = InShortWidget(count, max_length=field.max_length, attrs={
                key: value for key, value in field.widget.attrs.items() if key not in own})

    def _post_clean(self):
        super()._post_clean()  # the instance now holds the submitted values
        if not is_publishing(self.data):
            return
        self._check_in_short()
        if not self.errors:
            self._check_minimum_readability()

    def _check_in_short(self):
        count_in_short = getattr(self.instance, "count_in_short", None)
        if count_in_short is None or self.has_error(IN_SHORT_FIELD):
            return
        count = count_in_short(getattr(self.instance, IN_SHORT_FIELD))
        if count.too_many_sentences:
            self.add_error(IN_SHORT_FIELD, _(
                "\"In short\" has %(count)s sentences: a page is published with %(limit)s at "
                "most. Keep the answer people need most and move the rest to the body. "
                "Saving a draft still works."
            ) % {"count": count.sentences, "limit": count.limit})

    def _check_minimum_readability(self):
        settings = settings_for(self.instance, self.parent_page)
        if settings is None or not settings.minimum_band_to_publish:
            return
        analysis = check_page(self.instance, settings=settings)
        if analysis.has_text and not settings.allows_publishing(analysis.band):
            self.add_error(None, _(
                "This text is %(band)s to read. This site publishes pages that are at least "
                "%(minimum)s. Save a draft, then make sentences shorter and words simpler."
            ) % {"band": analysis.band_label,
                 "minimum": BAND_LABELS[settings.minimum_band_to_publish]})
