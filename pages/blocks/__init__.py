"""StreamField blocks, in tiers: text (paragraph, heading), navigation (top
tasks) and organisation data (opening hours, emergency numbers)."""

from .headings import HeadingBlock, HeadingLevelBlock
from .opening_hours import EmergencyNumberBlock, OpeningPeriodBlock
from .tasks import TopTaskBlock
from .text import ParagraphBlock, standard_body_blocks

__all__ = [
    "EmergencyNumberBlock",
    "HeadingBlock",
    "HeadingLevelBlock",
    "OpeningPeriodBlock",
    "ParagraphBlock",
    "TopTaskBlock",
    "standard_body_blocks",
]
