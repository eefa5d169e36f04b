from .base import BalisePage
from .contact_channel import ContactChannel
from .feedback import PageFeedback
from .glossary import GlossaryTerm
from .home import HomePage
from .information import InformationPage
from .organisation import OrganisationDetails
from .plain_language_settings import PlainLanguageSettings
from .reach_us import ReachUsPage
from .site_settings import SiteSettings
from .standard import StandardPage
from .topic import TopicPage

__all__ = [
    "BalisePage",
    "ContactChannel",
    "GlossaryTerm",
    "HomePage",
    "InformationPage",
    "OrganisationDetails",
    "PageFeedback",
    "PlainLanguageSettings",
    "ReachUsPage",
    "SiteSettings",
    "StandardPage",
    "TopicPage",
]
