from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The reference site's demo content (``seed_demo``); not part of the
    distribution, so nothing in the Balise apps may import it."""

    name = "demo"
    label = "balise_demo"
    verbose_name = "Balise demo"
