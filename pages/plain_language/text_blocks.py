"""The text of a page as the analyser needs it: a list of blocks, each with
its kind (a heading, a paragraph, a list item...) and a reference back to
where it was written, so that a finding can point the editor to the field or
StreamField block to fix.

Rich text is stored as HTML; it is cut at every paragraph, list item,
heading, table cell and line break, because each of those ends a sentence
for a reader.
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

NUMBERED = re.compile(r"^\d+[.)]\s+")

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"

_BLOCK_TAGS = {
    "p": PARAGRAPH, "div": PARAGRAPH, "blockquote": PARAGRAPH,
    "li": ITEM, "td": ITEM, "th": ITEM, "dt": ITEM, "dd": ITEM, "caption": ITEM,
    "h1": HEADING, "h2": HEADING, "h3": HEADING, "h4": HEADING, "h5": HEADING, "h6": HEADING,
}


@dataclass(frozen=True)
class TextBlock:
    kind: str   # HEADING, PARAGRAPH or ITEM
    text: str
    ref: str = ""   # e.g. "title", "in_short", "body-<block id>"


def as_blocks(blocks):
    """Accept plain strings (each one a paragraph) as well as TextBlocks."""
    if isinstance(blocks, str | TextBlock):
        blocks = [blocks]
    return [b if isinstance(b, TextBlock) else TextBlock(PARAGRAPH, b) for b in blocks]


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self._kind = PARAGRAPH
        self._parts = []

    def _flush(self):
        text = " ".join("".join(self._parts).split())
        if text:
            self.blocks.append((self._kind, text))
        self._parts = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self._flush()
            self._kind = _BLOCK_TAGS[tag]
        elif tag == "br":
            self._flush()

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self._flush()
            self._kind = PARAGRAPH

    def handle_data(self, data):
        self._parts.append(data)


def from_html(html, ref="", kind=None):
    """TextBlocks of a rich-text HTML fragment; ``kind`` overrides every block's
    kind (the items of a checklist are items even if written as paragraphs)."""
    collector = _Collector()
    collector.feed(html or "")
    collector.close()
    collector._flush()
    return [TextBlock(kind or found, text, ref) for found, text in collector.blocks]


def from_plain_text(text):
    """Blocks of a plain-text file: blank lines separate paragraphs, a line
    starting with "#" is a heading, a line starting with "-", "*", "•" or
    "1." is a list item; other lines of one paragraph stay together (a line
    break still ends a sentence)."""
    blocks = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        lines = []
        for line in (raw.strip() for raw in chunk.split("\n")):
            if not line:
                continue
            if line.startswith("#"):
                kind, line = HEADING, line.lstrip("#").strip()
            elif line[:1] in "-*•" or NUMBERED.match(line):
                kind, line = ITEM, NUMBERED.sub("", line.lstrip("-*•")).strip()
            else:
                lines.append(line)
                continue
            if lines:
                blocks.append(TextBlock(PARAGRAPH, "\n".join(lines)))
                lines = []
            blocks.append(TextBlock(kind, line))
        if lines:
            blocks.append(TextBlock(PARAGRAPH, "\n".join(lines)))
    return blocks

