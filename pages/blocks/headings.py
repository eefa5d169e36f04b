from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingLevelBlock(blocks.ChoiceBlock):
    """The one heading-level field every block with a heading shares. The page
    title is the only h1, so levels start at 2."""

    def __init__(self, **kwargs):
        kwargs.setdefault("default", "h2")
        kwargs.setdefault("label", _("Heading level"))
        kwargs.setdefault(
            "help_text",
            _("Use level 2 for main sections and level 3 inside them. Do not skip a level."),
        )
        super().__init__(
            choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
            **kwargs,
        )


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = HeadingLevelBlock()

    class Meta:
        icon = "title"
        label = _("Sub-heading")
        template = "balise_pages/blocks/heading.html"
