from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .headings import HeadingBlock

# Bold, links and lists only: no headings inside rich text (they would escape
# the heading-level rules), no italics (harder to read for many readers).
PARAGRAPH_FEATURES = ["bold", "link", "ol", "ul"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        kwargs.setdefault("label", _("Paragraph"))
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "balise_pages/blocks/paragraph.html"


def standard_body_blocks():
    return [
        ("heading", HeadingBlock()),
        ("paragraph", ParagraphBlock()),
    ]
