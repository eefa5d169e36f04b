"""StreamField blocks, in tiers: text (paragraph, heading), navigation (top
tasks) and information pages (steps, checklists, callouts...). Blocks of
organisation data (opening hours, emergency numbers) live in contact/."""

from .headings import HeadingBlock, HeadingLevelBlock
from .tasks import TopTaskBlock
from .text import ParagraphBlock, standard_body_blocks

__all__ = [
    "HeadingBlock",
    "HeadingLevelBlock",
    "ParagraphBlock",
    "TopTaskBlock",
    "standard_body_blocks",
]
