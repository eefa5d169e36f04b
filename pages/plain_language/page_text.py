"""The text of a page, as the plain-language checker reads it: the title, the
"in short" summary and every text inside the StreamField blocks, each with a
reference to the field or block it came from ("body-<block id>"), so the
editor panel can send a writer straight to the block to fix."""

from wagtail import blocks
from wagtail.fields import RichTextField
from wagtail.rich_text import RichText

from .text_blocks import HEADING, ITEM, PARAGRAPH, TextBlock, from_html

# Fields read as text, in reading order. Anything not listed (alt texts,
# links, dates, choices) is not prose and is left out.
SKIPPED_STRUCT_FIELDS = {"alt_text"}


def text_blocks(page):
    found = [TextBlock(HEADING, page.title, "title")]
    for name in getattr(page, "plain_language_fields", ()):
        value = getattr(page, name, None)
        if isinstance(value, str) and _is_rich_text(page, name):
            # paragraphs and list items, not one run of HTML whose sentences
            # would run on across "</p><p>"
            found.extend(from_html(value, name))
        elif isinstance(value, str):
            found.append(TextBlock(PARAGRAPH, value, name))
        elif value is not None and hasattr(value, "stream_block"):
            for child in value:
                found.extend(_blocks_of(child.block, child.value, f"{name}-{child.id}"))
    return [block for block in found if block.text.strip()]


def _is_rich_text(page, name):
    try:
        return isinstance(page._meta.get_field(name), RichTextField)
    except Exception:  # a property, not a field
        return False


def _blocks_of(block, value, ref, kind=PARAGRAPH):
    if value is None:
        return []
    if isinstance(value, RichText):
        return from_html(value.source, ref, kind if kind != PARAGRAPH else None)
    if isinstance(block, blocks.RichTextBlock):
        return from_html(str(value), ref)
    if isinstance(block, blocks.StructBlock):
        if set(block.child_blocks) >= {"text", "level"}:  # a heading
            return [TextBlock(HEADING, value["text"], ref)]
        found = []
        for name, child in block.child_blocks.items():
            if name not in SKIPPED_STRUCT_FIELDS:
                found.extend(_blocks_of(child, value.get(name), ref))
        return found
    if isinstance(block, blocks.ListBlock):
        found = []
        for item in value:
            found.extend(_blocks_of(block.child_block, item, ref, ITEM))
        return found
    if isinstance(block, blocks.CharBlock | blocks.TextBlock) and isinstance(value, str):
        return [TextBlock(kind, value, ref)]
    return []
