"""The neutral input of the content rules: a page reduced to its title, its
language and its content as fragments, each with the block path it came
from. The Wagtail glue (``pages``) builds it from any page type; tests and
the editor's live check can build it by hand."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RichText:
    """Rich text as Wagtail stores it (``<a linktype="page" id="3">``,
    ``<embed embedtype="image" alt="…">``)."""

    path: str
    html: str


@dataclass(frozen=True)
class Text:
    """Plain text: a step, a checklist item, an introduction."""

    path: str
    text: str


@dataclass(frozen=True)
class Heading:
    """A heading block: ``level`` 2 for "h2"."""

    path: str
    level: int
    text: str


@dataclass(frozen=True)
class Image:
    path: str
    alt: str
    decorative: bool = False
    file_name: str = ""  # the image file's own name, which an alt text must not repeat
    title: str = ""


@dataclass(frozen=True)
class Table:
    path: str
    caption: str
    has_header: bool


@dataclass(frozen=True)
class DocumentLink:
    """A link to a document (a document block, or a link in rich text)."""

    path: str
    title: str
    file_name: str = ""
    has_web_version: bool = False
    # ticked by the editor: there is no web page with the same content
    no_web_version: bool = False


@dataclass(frozen=True)
class PlainLanguage:
    """The plain-language band of the page and the site's target, as the
    plain-language checker measured and stores them."""

    band: str
    target: str
    meets_target: bool


@dataclass
class PageContent:
    title: str
    language: str  # "fr", "nl", "de", "en"
    fragments: list = field(default_factory=list)
    is_home: bool = False
    plain_language: PlainLanguage | None = None
