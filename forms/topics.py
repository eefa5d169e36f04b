"""What a question is about: the first step of a contact form.

Each topic names the service that answers it and a few information pages
that may already answer the question ("answer before asking"). The step works
without JavaScript: a small GET form (``?topic=<id>``) shows the chosen
topic's pages, then the contact form itself, the topic kept in it.
"""

from django import forms as django_forms
from django.utils.translation import gettext_lazy as _

from pages.links import live_translations

TOPIC_PARAMETER = "topic"
STEP_PARAMETER = "step"
MESSAGE = _("Choose what your question is about")


class TopicChoiceForm(django_forms.Form):
    """The first step, sent by GET so the chosen topic can be bookmarked."""

    topic = django_forms.ModelChoiceField(
        label=_("What is your question about?"), queryset=None, empty_label=None,
        widget=django_forms.RadioSelect,
        error_messages={"required": MESSAGE, "invalid_choice": MESSAGE},
    )

    def __init__(self, *args, topics=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = topics


def topic_from(page, value):
    """The page's topic with this id, or None for anything else."""
    # ASCII only: "²".isdigit() is true, yet int("²") raises.
    if not isinstance(value, str) or not (value.isascii() and value.isdigit()) or len(value) > 18:
        return None
    return page.topics.filter(pk=int(value)).first()


def suggested_pages(topic, request):
    """The topic's pages in the reader's language, only the live and public ones."""
    if topic is None:
        return []
    return [page for page in live_translations(topic.chosen_pages(), request=request)
            if page is not None]
