"""The Wagtail glue of the content rules: any page (information pages,
rights, contact forms, future types) reduced to ``content.PageContent`` by
walking its rich-text and long-text fields and its StreamFields generically,
then checked, each finding stamped with the page, locale and revision.

Blocks are recognised by what they hold, not by their class, so a new page
type's blocks are read without a change here: a struct with ``text`` and
``level`` is a heading, one with an image chooser an image, one with a
document chooser a document link, one with ``caption``/``header``/``rows``
a table."""

from django.apps import apps
from django.db import models
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.rich_text import RichText as WagtailRichText

from pages.plain_language.checking import check_page as plain_language_of
from pages.plain_language.checking import settings_for

from .checks import check_content, check_titles
from .content import (
    DocumentLink,
    Heading,
    Image,
    PageContent,
    PlainLanguage,
    RichText,
    Table,
    Text,
)

_UNSET = object()

# Wagtail's own page fields (slug, SEO texts…) are not content
_PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}


def page_language(page):
    locale = getattr(page, "locale", None)
    return locale.language_code.split("-")[0] if locale is not None else ""


def page_title(page):
    """What the browser tab and the screen reader say first."""
    return getattr(page, "seo_title", "") or page.title


def _content_fields(page):
    for field in type(page)._meta.concrete_fields:
        if field.name in _PAGE_FIELDS:
            continue
        if isinstance(field, StreamField | RichTextField) or type(field) is models.TextField:
            yield field


def fragments_of(page):
    found = []
    for field in _content_fields(page):
        value = getattr(page, field.name, None)
        if not value:
            continue
        if isinstance(field, RichTextField):
            found.append(RichText(field.name, str(value)))
        elif isinstance(field, StreamField):
            for index, child in enumerate(value):
                found.extend(block_fragments(child.block, child.value,
                                              f"{field.name}[{index}] > {child.block_type}"))
        elif isinstance(value, str):
            found.append(Text(field.name, value))
    return found


def _heading_level(value):
    text = str(value or "").lower().lstrip("h")
    return int(text) if text.isdigit() else 2


def _child_of_type(block, kind):
    for name, child in block.child_blocks.items():
        if isinstance(child, kind):
            return name
    return None


def _struct_fragments(block, value, path):
    children = set(block.child_blocks)
    if {"text", "level"} <= children:
        return [Heading(path, _heading_level(value.get("level")), str(value.get("text") or ""))]
    image_name = _child_of_type(block, ImageChooserBlock)
    if image_name is not None:
        image = value.get(image_name)
        if image is None:
            return []
        alt = value.get("alt_text", value.get("alt"))
        if alt is None:  # no alt field: Wagtail's own default
            alt = getattr(image, "default_alt_text", image.title)
        return [Image(path, str(alt or ""), bool(value.get("decorative")),
                      getattr(image.file, "name", ""), image.title)]
    document_name = _child_of_type(block, DocumentChooserBlock)
    if document_name is not None:
        document = value.get(document_name)
        if document is None:
            return []
        web_version = value.get("web_version")  # a page, which must be live to be read
        return [DocumentLink(path, document.title, getattr(document.file, "name", ""),
                             has_web_version=bool(getattr(web_version, "live", False)),
                             no_web_version=bool(value.get("no_web_version")))]
    if {"caption", "header", "rows"} <= children:
        header = value.get("header") or []
        return [Table(path, str(value.get("caption") or ""),
                      any(str(cell).strip() for cell in header))]
    found = []
    for name, child in block.child_blocks.items():
        found.extend(block_fragments(child, value.get(name), f"{path} > {name}"))
    return found


def block_fragments(block, value, path):
    """The fragments of one block's value (recursing into structs, lists and streams)."""
    if value is None or value == "":
        return []
    if isinstance(value, WagtailRichText):
        return [RichText(path, value.source)]
    if isinstance(block, blocks.RichTextBlock):
        return [RichText(path, str(value))]
    if isinstance(block, blocks.StructBlock):
        return _struct_fragments(block, value, path)
    if isinstance(block, blocks.ListBlock):
        found = []
        for index, item in enumerate(value):
            found.extend(block_fragments(block.child_block, item, f"{path}[{index}]"))
        return found
    if isinstance(block, blocks.StreamBlock):
        found = []
        for index, child in enumerate(value):
            found.extend(block_fragments(child.block, child.value,
                                          f"{path}[{index}] > {child.block_type}"))
        return found
    if isinstance(block, ImageChooserBlock):
        return [Image(path, str(getattr(value, "default_alt_text", value.title) or ""),
                      file_name=getattr(value.file, "name", ""), title=value.title)]
    if isinstance(block, DocumentChooserBlock):
        return [DocumentLink(path, value.title, getattr(value.file, "name", ""))]
    table = _table_fragment(block, value, path)
    if table is not None:
        return [table]
    if isinstance(block, blocks.CharBlock | blocks.TextBlock) and isinstance(value, str):
        return [Text(path, value)]
    return []


def _table_fragment(block, value, path):
    """Wagtail's optional table blocks (contrib), when a page type uses them."""
    name = type(block).__name__
    if name == "TableBlock" and isinstance(value, dict):
        header = (value.get("first_row_is_table_header") or value.get("first_col_is_header")
                  or value.get("table_header_choice") not in (None, "", "neither"))
        return Table(path, str(value.get("table_caption") or ""), bool(header))
    if name == "TypedTableBlock" and hasattr(value, "columns"):
        return Table(path, str(getattr(value, "caption", "") or ""),
                     any(column.get("heading") for column in value.columns))
    return None


def plain_language_verdict(page, revision_id=None, settings=_UNSET):
    """The page's plain-language band against the site's target (its
    "minimum readability to publish"), or None when the site sets none."""
    settings = settings_for(page) if settings is _UNSET else settings
    if settings is None or not settings.minimum_band_to_publish:
        return None
    stored = None
    if revision_id is not None:
        stored = apps.get_model("balise_pages", "PlainLanguageResult").objects.filter(
            revision_id=revision_id).first()
    if stored is not None:
        band, has_text = stored.band, stored.has_text
    else:
        analysis = plain_language_of(page, settings=settings)
        band, has_text = analysis.band, analysis.has_text
    if not has_text:
        return None
    return PlainLanguage(band, settings.minimum_band_to_publish,
                         settings.allows_publishing(band))


def revision_id_of(page, revision=None):
    if revision is not None:
        return revision.pk
    if page.live and page.live_revision_id:
        return page.live_revision_id
    return page.latest_revision_id


def page_content(page, revision_id=None, plain_language_settings=_UNSET):
    return PageContent(
        title=page_title(page), language=page_language(page), fragments=fragments_of(page),
        is_home=page.depth == 2,
        plain_language=plain_language_verdict(page, revision_id, plain_language_settings))


def _stamp(findings, page, revision_id):
    language = page_language(page)
    return [finding.on_page(page.pk, language, revision_id) for finding in findings]


def check_page(page, revision=None, plain_language_settings=_UNSET):
    """The findings of every page-level content rule on ``page`` (any type)."""
    page = page.specific
    revision_id = revision_id_of(page, revision)
    content = page_content(page, revision_id, plain_language_settings)
    return _stamp(check_content(content), page, revision_id)


def check_site(pages):
    """The site-level findings over ``pages`` (titles used twice in a language)."""
    pages = list(pages)
    found = check_titles((page.pk, page_language(page), page_title(page)) for page in pages)
    return [finding.on_page(page.pk, page_language(page), revision_id_of(page))
            for page in pages if (finding := found.get(page.pk)) is not None]


def check_pages(pages):
    """Every content finding on ``pages``: each page's own, then the site-level ones."""
    pages = [page.specific for page in pages]
    settings = {}
    findings = []
    for page in pages:
        site_key = page.path[:8]
        if site_key not in settings:
            settings[site_key] = settings_for(page)
        findings.extend(check_page(page, plain_language_settings=settings[site_key]))
    return findings + check_site(pages)
