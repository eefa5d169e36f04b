"""Documents linked from the site: what a PDF itself lacks for people who use
assistive technology (``pdf``, pure, with pypdf) and which live pages link
each document (``usage``, the Wagtail glue)."""
