"""What the editor writes into the statement's list of non-accessible
content: a non-compliance described for readers, a disproportionate burden
(EU directive art. 5, with its assessment) or content out of the
directive's scope (art. 1(4))."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

OUT_OF_SCOPE_REASONS = [
    ("office_files", _("Office files published before 23 September 2018, not needed for "
                       "administrative processes")),
    ("recorded_media", _("Pre-recorded audio or video published before 23 September 2020")),
    ("live_media", _("Live audio or video")),
    ("maps", _("Online maps, when the essential information is also given in an accessible "
               "way")),
    ("third_party", _("Third-party content that we neither fund, develop nor control")),
    ("archives", _("Archived content, not updated or edited since 23 September 2019")),
]


class NonComplianceBlock(blocks.StructBlock):
    content = blocks.CharBlock(
        label=_("What does not work, and for whom"), max_length=250,
        help_text=_("In plain words, for example: \"Some older PDF documents cannot be read "
                    "with a screen reader.\""))
    criterion = blocks.CharBlock(label=_("WCAG success criterion"), max_length=10,
                                 required=False, help_text=_("For example 1.3.1."))
    alternative = blocks.TextBlock(label=_("Accessible alternative"), required=False)

    class Meta:
        label = _("Non-compliance")
        icon = "cross"


class BurdenBlock(blocks.StructBlock):
    content = blocks.CharBlock(label=_("Content concerned"), max_length=250)
    assessment = blocks.TextBlock(
        label=_("Why fixing it would be a disproportionate burden"),
        help_text=_("Your assessment: the cost for the organisation against the benefit "
                    "for people with disabilities."))
    alternative = blocks.TextBlock(label=_("Accessible alternative"), required=False)

    class Meta:
        label = _("Disproportionate burden")
        icon = "warning"


class OutOfScopeBlock(blocks.StructBlock):
    content = blocks.CharBlock(label=_("Content concerned"), max_length=250)
    reason = blocks.ChoiceBlock(choices=OUT_OF_SCOPE_REASONS, label=_("Why it is out of scope"))
    alternative = blocks.TextBlock(label=_("Accessible alternative"), required=False)

    class Meta:
        label = _("Out of scope")
        icon = "help"


def non_accessible_blocks():
    return [("non_compliance", NonComplianceBlock()), ("burden", BurdenBlock()),
            ("out_of_scope", OutOfScopeBlock())]
