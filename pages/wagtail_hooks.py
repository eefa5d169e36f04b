"""Wagtail finds this module by name; each feature registers its own admin
parts in its ``hooks`` module."""

from .caching import hooks as caching_hooks  # noqa: F401
from .contact import hooks as contact_hooks  # noqa: F401
from .feedback import hooks as feedback_hooks  # noqa: F401
from .frame import hooks as frame_hooks  # noqa: F401
from .plain_language import hooks as plain_language_hooks  # noqa: F401
from .plain_language import translator_hooks as plain_language_translator_hooks  # noqa: F401
from .reports import hooks as reports_hooks  # noqa: F401
from .review import hooks as review_hooks  # noqa: F401
from .search import hooks as search_hooks  # noqa: F401
from .usage import hooks as usage_hooks  # noqa: F401
