"""Every model of the pages app, for Django's model discovery and for
``from pages.models import X``. Page types live here, one module each; the
models of a feature live in its package (contact/, feedback/,
plain_language/)."""

from ..contact.models import ClosureDay, ContactChannel, OrganisationDetails, SiteSettings
from ..documents.models import BaliseDocument
from ..feedback.models import PageFeedback
from ..plain_language.models import GlossaryTerm, PlainLanguageResult, PlainLanguageSettings
from .base import BalisePage
from .home import HomePage
from .information import InformationPage
from .promoted_result import PromotedResult
from .reach_us import ReachUsPage
from .search_terms import SearchTerm
from .standard import StandardPage
from .topic import TopicPage
from .usage_counts import DailyCount

__all__ = [
    "BaliseDocument",
    "BalisePage",
    "ClosureDay",
    "ContactChannel",
    "DailyCount",
    "GlossaryTerm",
    "HomePage",
    "InformationPage",
    "OrganisationDetails",
    "PageFeedback",
    "PlainLanguageResult",
    "PlainLanguageSettings",
    "PromotedResult",
    "ReachUsPage",
    "SearchTerm",
    "SiteSettings",
    "StandardPage",
    "TopicPage",
]
