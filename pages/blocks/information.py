"""The blocks an information page is limited to: each one pushes towards a
short, task-shaped text (steps to follow, papers to bring, who can help) and
carries its accessibility rules as fields (heading levels, alt text, table
caption and header, a web version for every PDF)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from ..links import resolve_for_page
from .headings import HeadingBlock
from .text import ParagraphBlock

CALLOUT_FEATURES = ["bold", "link"]

# "IMG_2041.jpg", "photo-3", "dsc0042", "banner_final.png": a file name, not a description
FILE_NAME_ALT = re.compile(
    r"(\.(jpe?g|png|gif|webp|svg|tiff?|bmp|heic)$)|(^(img|dsc|dscn|pxl|image|photo|pic|screenshot)"
    r"[\s_-]*\d+)|(^[\w-]*[_\d][\w-]*$)",
    re.IGNORECASE,
)


def _page_and_request(parent_context):
    """The page being shown and the request, when the block is rendered in a page."""
    if parent_context is None:
        return None, None
    return parent_context.get("page"), parent_context.get("request")


class StepsBlock(blocks.StructBlock):
    steps = blocks.ListBlock(
        blocks.TextBlock(label=_("Step"), max_length=300, rows=2),
        min_num=1, label=_("Steps"),
        help_text=_("One action per step, starting with a verb: \"Call us\", \"Bring...\"."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps (what to do)")
        template = "balise_pages/blocks/steps.html"


class ChecklistBlock(blocks.StructBlock):
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item"), max_length=200),
        min_num=1, label=_("Items"),
        help_text=_("Short names of things: \"your identity card\"."),
    )

    class Meta:
        icon = "tasks"
        label = _("Checklist (what to bring)")
        template = "balise_pages/blocks/checklist.html"


class WhoCanHelpBlock(blocks.StructBlock):
    channel = SnippetChooserBlock(
        "balise_pages.ContactChannel", required=False, label=_("Contact channel"),
    )
    page = blocks.PageChooserBlock(
        required=False, label=_("Or a page"),
        help_text=_("A service page, when the help is not one of our contact channels."),
    )
    note = blocks.TextBlock(
        label=_("What they help with"), max_length=300, rows=2,
        help_text=_("For example: \"A social worker fills in the form with you.\""),
    )

    class Meta:
        icon = "user"
        label = _("Who can help")
        template = "balise_pages/blocks/who_can_help.html"

    def get_context(self, value, parent_context=None):
        """The channel and the page in the reader's language; a page that is
        not live and public in it is left out (``pages.links``)."""
        context = super().get_context(value, parent_context)
        page, request = _page_and_request(parent_context)
        context["channel"] = resolve_for_page(value.get("channel"), page, request)
        context["target"] = resolve_for_page(value.get("page"), page, request)
        return context

    def clean(self, value):
        value = super().clean(value)
        if not value.get("channel") and not value.get("page"):
            raise StructBlockValidationError(block_errors={
                "channel": ValidationError(_("Choose a contact channel or a page.")),
            })
        return value


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("important", _("Important")), ("warning", _("Warning"))],
        default="important", label=_("Kind"),
        help_text=_("Screen readers announce the kind before the text."),
    )
    text = blocks.RichTextBlock(features=CALLOUT_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Important or warning")
        template = "balise_pages/blocks/callout.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = ParagraphBlock(label=_("Answer"))


class QuestionsBlock(blocks.StructBlock):
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "balise_pages/blocks/questions.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        required=False, max_length=250, label=_("Text alternative"),
        help_text=_("What the image shows, for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        required=False, label=_("Decorative image"),
        help_text=_("Tick only if the image adds nothing to the text; screen readers skip it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "balise_pages/blocks/image.html"

    def clean(self, value):
        value = super().clean(value)
        alt = (value.get("alt_text") or "").strip()
        if value.get("decorative"):
            return value
        if not alt:
            message = _("Describe the image, or tick \"Decorative image\".")
        elif FILE_NAME_ALT.search(alt):
            message = _("This looks like a file name. Describe what the image shows.")
        else:
            return value
        raise StructBlockValidationError(block_errors={"alt_text": ValidationError(message)})


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(label=_("Cell"), max_length=200), label=_("Cells"))


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=200,
        help_text=_("What the table shows, read first by screen readers."),
    )
    header = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading"), max_length=100),
        min_num=1, label=_("Header row"),
    )
    rows = blocks.ListBlock(TableRowBlock(), min_num=1, label=_("Rows"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "balise_pages/blocks/table.html"

    def clean(self, value):
        value = super().clean(value)
        columns = len(value["header"])
        for row in value["rows"]:
            if len(row["cells"]) > columns:
                raise StructBlockValidationError(block_errors={"rows": ValidationError(
                    _("A row has more cells than the header has columns."))})
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    web_version = blocks.PageChooserBlock(
        required=False, label=_("Web page with the same content"),
        help_text=_("A PDF must also exist as a web page: many readers cannot use PDFs."),
    )
    no_web_version = blocks.BooleanBlock(
        required=False, label=_("There is no web version"),
        help_text=_("Only for a form that must be printed and signed. It is listed in the "
                    "accessibility reports."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "balise_pages/blocks/document.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page, request = _page_and_request(parent_context)
        context["web_version"] = resolve_for_page(value.get("web_version"), page, request)
        return context

    def clean(self, value):
        value = super().clean(value)
        document = value.get("document")
        is_pdf = document is not None and document.file_extension.lower() == "pdf"
        if is_pdf and not value.get("web_version") and not value.get("no_web_version"):
            raise StructBlockValidationError(block_errors={"web_version": ValidationError(
                _("Choose the web page that holds the same content, or tick "
                  "\"There is no web version\"."))})
        return value


class InformationBodyBlock(blocks.StreamBlock):
    """The body of an information page. Sub-heading levels may go down one
    step at a time only (h2, then h3...), because screen-reader users move
    through a page by its headings."""

    subheading = HeadingBlock()
    paragraph = ParagraphBlock()
    steps = StepsBlock()
    checklist = ChecklistBlock()
    who_can_help = WhoCanHelpBlock()
    callout = CalloutBlock()
    questions = QuestionsBlock()
    image = ImageBlock()
    table = TableBlock()
    document = DocumentBlock()

    def clean(self, value):
        value = super().clean(value)
        errors, previous = {}, 1  # the page title is the h1
        for index, child in enumerate(value):
            if child.block_type != "subheading":
                continue
            level = int(child.value["level"][1])
            if level > previous + 1:
                errors[index] = StructBlockValidationError(block_errors={"level": ValidationError(
                    _("This heading skips a level: use level %(level)s here.")
                    % {"level": previous + 1})})
            else:
                previous = level
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return value
