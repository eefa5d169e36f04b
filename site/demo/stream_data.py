"""StreamField JSON from the data files, made into what Wagtail stores.

A chooser in a data file names what it chooses (a page by its path, a
contact channel by its kind): it becomes the id. A block or list item
written without an id gets one derived from where it stands, so that every
run stores the same JSON: wagtail-localize keys translated strings by block
id, and a new id would make a new revision and new translations each time.
"""

import uuid

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

ID_NAMESPACE = uuid.UUID("7b1f3c2e-5d4a-4e8b-9c61-0a2f6d8e4b17")


def resolve(block, raw, lookup, where):
    """``raw`` with every chooser's key replaced by ``lookup(model, key)``.

    ``where`` names the value (file and path inside it) for derived ids."""
    if isinstance(block, blocks.StreamBlock):
        return [
            _child(block.child_blocks[item["type"]], item, item["type"], lookup,
                   f"{where}/{index}")
            for index, item in enumerate(raw or [])
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            _child(block.child_block, item if _is_list_item(item) else {"value": item}, "item",
                   lookup, f"{where}/{index}")
            for index, item in enumerate(raw or [])
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: resolve(child, raw[name], lookup, f"{where}/{name}")
            for name, child in block.child_blocks.items()
            if name in raw
        }
    if isinstance(block, blocks.PageChooserBlock | SnippetChooserBlock) and raw is not None:
        return lookup(block.target_model, raw)
    return raw


def _is_list_item(item):
    return isinstance(item, dict) and item.get("type") == "item" and "value" in item


def _child(block, item, block_type, lookup, where):
    return {
        "type": block_type,
        "value": resolve(block, item["value"], lookup, where),
        "id": item.get("id") or str(uuid.uuid5(ID_NAMESPACE, where)),
    }
