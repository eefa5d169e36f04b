"""When a translation counts as up to date: the rules alone, no database.

wagtail-localize keeps a *source* (the text extracted from the French page
or snippet, with the time of its last sync) and, per language, a
*translation* record (its strings). A translation is up to date when the
source has not changed since that sync, every string is translated and, for
a page, the translation was published after the sync.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext_lazy as _

UP_TO_DATE = "up_to_date"
MISSING = "missing"
STALE = "stale"

STATUS_LABELS = {
    UP_TO_DATE: _("Up to date"),
    MISSING: _("Missing"),
    STALE: _("Out of date"),
}

# Why a translation is missing or out of date, and what fixes it.
NOT_TRANSLATED = "not_translated"
SHOWS_SOURCE = "shows_source"
DRAFT = "draft"
SOURCE_CHANGED = "source_changed"
NOT_PUBLISHED_SINCE_SYNC = "not_published_since_sync"
WAITING_FOR_STRINGS = "waiting_for_strings"
CHANGED_SINCE_TRANSLATED = "changed_since_translated"

REASON_LABELS = {
    NOT_TRANSLATED: _("Not translated yet."),
    SHOWS_SOURCE: _("Readers see the source text: the translation has not been started."),
    DRAFT: _("The translation was started but is not published."),
    SOURCE_CHANGED: _("The source changed since the translation was last synced."),
    NOT_PUBLISHED_SINCE_SYNC: _("Synced, but the translation was not published since."),
    WAITING_FOR_STRINGS: _("Some texts are waiting for translation."),
    CHANGED_SINCE_TRANSLATED: _("The source was published again after this translation."),
}

#: What each reason asks staff to do: start, continue or sync a translation.
TRANSLATE, EDIT, SYNC = "translate", "edit", "sync"
REASON_ACTIONS = {
    NOT_TRANSLATED: TRANSLATE,
    SHOWS_SOURCE: TRANSLATE,
    DRAFT: EDIT,
    SOURCE_CHANGED: SYNC,
    NOT_PUBLISHED_SINCE_SYNC: EDIT,
    WAITING_FOR_STRINGS: EDIT,
    CHANGED_SINCE_TRANSLATED: EDIT,
}
ACTION_LABELS = {
    TRANSLATE: _("Translate"),
    EDIT: _("Update the translation"),
    SYNC: _("Sync translations"),
}


@dataclass(frozen=True)
class Target:
    """The object in the target language, as far as it exists."""

    exists: bool = False
    live: bool = True
    is_alias: bool = False
    published_at: datetime | None = None


@dataclass(frozen=True)
class Sync:
    """What wagtail-localize knows about the source and this language."""

    synced_at: datetime | None = None
    source_changed: bool = False
    managed: bool = False
    waiting_for_strings: bool = False


def verdict(target, sync, source_published_at=None):
    """(status, reason) of one object in one language; reason is None when
    the translation is up to date."""
    if not target.exists:
        return MISSING, NOT_TRANSLATED
    if target.is_alias:
        return MISSING, SHOWS_SOURCE
    if not target.live:
        return MISSING, DRAFT
    if sync.synced_at is None or not sync.managed:
        # Translated by hand, outside wagtail-localize: only the dates tell.
        if (source_published_at and target.published_at
                and source_published_at > target.published_at):
            return STALE, CHANGED_SINCE_TRANSLATED
        return UP_TO_DATE, None
    if sync.source_changed:
        return STALE, SOURCE_CHANGED
    if target.published_at is not None and target.published_at < sync.synced_at:
        return STALE, NOT_PUBLISHED_SINCE_SYNC
    if sync.waiting_for_strings:
        return STALE, WAITING_FOR_STRINGS
    return UP_TO_DATE, None


@dataclass(frozen=True)
class Share:
    """How many of ``total`` objects are translated and up to date."""

    up_to_date: int = 0
    total: int = 0

    @property
    def percent(self):
        return round(100 * self.up_to_date / self.total) if self.total else None
