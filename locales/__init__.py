"""Language behaviour: the language list, the switcher, hreflang and the wagtail-localize glue."""
