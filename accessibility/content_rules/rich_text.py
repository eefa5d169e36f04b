"""Rich text as Wagtail stores it, read into what the rules look at: its
paragraphs and headings (with whether they are all bold, or carry a
``lang``), its links and its embedded images. Never raises: broken HTML is
read as far as it goes."""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser

HEADING_TAGS = {f"h{level}": level for level in range(1, 7)}
BLOCK_TAGS = {"p", "li", "blockquote", *HEADING_TAGS}
BOLD_TAGS = {"b", "strong"}
_SPACES = re.compile(r"\s+")


@dataclass
class TextBlock:
    tag: str
    text: str = ""
    bold_text: str = ""
    has_lang: bool = False

    @property
    def level(self):
        return HEADING_TAGS.get(self.tag)

    @property
    def clean_text(self):
        return _SPACES.sub(" ", self.text).strip()

    @property
    def all_bold(self):
        """Every visible character is inside <b> or <strong>."""
        visible = _SPACES.sub("", self.text)
        return bool(visible) and visible == _SPACES.sub("", self.bold_text)


@dataclass
class Link:
    attrs: dict
    text: str = ""

    @property
    def linktype(self):
        return self.attrs.get("linktype", "")

    @property
    def href(self):
        return self.attrs.get("href", "")

    @property
    def clean_text(self):
        return _SPACES.sub(" ", self.text).strip()


@dataclass
class ParsedRichText:
    blocks: list = field(default_factory=list)
    links: list = field(default_factory=list)
    embeds: list = field(default_factory=list)  # attribute dicts of <embed>

    @property
    def headings(self):
        return [block for block in self.blocks if block.level]

    @property
    def images(self):
        return [attrs for attrs in self.embeds if attrs.get("embedtype") == "image"]

    @property
    def document_links(self):
        return [link for link in self.links if link.linktype == "document"]


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.result = ParsedRichText()
        self.open_blocks = []
        self.open_links = []
        self.bold_depth = 0
        self.lang_depth = 0
        self.tags = []

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "embed":
            self.result.embeds.append(attrs)
            return
        if tag == "br":
            self._text(" ")
            return
        self.tags.append((tag, "lang" in attrs))
        if "lang" in attrs:
            self.lang_depth += 1
            for block in self.open_blocks:
                block.has_lang = True
        if tag in BOLD_TAGS:
            self.bold_depth += 1
        if tag in BLOCK_TAGS:
            block = TextBlock(tag, has_lang=self.lang_depth > 0)
            self.open_blocks.append(block)
            self.result.blocks.append(block)
        elif tag == "a":
            link = Link(attrs)
            self.open_links.append(link)
            self.result.links.append(link)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in {"embed", "br"}:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        # close up to the matching open tag; a stray end tag is ignored
        if not any(name == tag for name, _lang in self.tags):
            return
        while self.tags:
            name, has_lang = self.tags.pop()
            self.lang_depth -= has_lang
            if name in BOLD_TAGS:
                self.bold_depth -= 1
            if name in BLOCK_TAGS and self.open_blocks:
                self.open_blocks.pop()
            elif name == "a" and self.open_links:
                self.open_links.pop()
            if name == tag:
                break

    def handle_data(self, data):
        self._text(data)

    def _text(self, data):
        if self.open_blocks:
            block = self.open_blocks[-1]
            block.text += data
            if self.bold_depth > 0:
                block.bold_text += data
        for link in self.open_links:
            link.text += data


def parse(html):
    """The parts of ``html`` (each rule family reads the same fragment: it is
    parsed once). The result is shared: read it, do not change it."""
    return _parse(str(html or ""))


@lru_cache(maxsize=512)
def _parse(html):
    reader = _Reader()
    try:
        reader.feed(html)
        reader.close()
    except Exception:  # a rule never breaks an audit on odd HTML: keep what was read
        return reader.result
    return reader.result


def plain_text(html):
    """The text of ``html`` without its tags, spaces collapsed."""
    parsed = parse(html)
    if parsed.blocks:
        return " ".join(block.clean_text for block in parsed.blocks if block.clean_text)
    return _SPACES.sub(" ", re.sub(r"<[^>]+>", " ", str(html or ""))).strip()
