from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class TopTaskBlock(blocks.StructBlock):
    """A shortcut on the home page to something citizens ask for often.

    The link points at the French page; the home shows the reader's live,
    public translation of it, or leaves the task out (``pages.links``), so
    editors choose a page once.
    """

    page = blocks.PageChooserBlock(label=_("Page"))
    label = blocks.CharBlock(
        label=_("Label"),
        max_length=60,
        required=False,
        help_text=_("A short task, in the reader's words. Leave empty to use the page title."),
    )
    description = blocks.CharBlock(
        label=_("Description"),
        max_length=120,
        required=False,
        help_text=_("One short sentence: who this is for or what you get."),
    )

    class Meta:
        icon = "link"
        label = _("Top task")
        template = "balise_pages/blocks/top_task.html"
