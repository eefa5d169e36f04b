"""Content rules: what axe cannot see in a rendered page but the stored
content shows (an alt text that is a file name, "cliquez ici", a heading
that skips a level, a PDF with no web version...).

- ``definitions``: the rules and their word lists, as data (also served to
  the editor's live check, ``browser_definitions``);
- ``content``: the neutral input (a page as title, language and fragments);
- one pure module per family (``titles``, ``headings``, ``links``,
  ``images``, ``tables``, ``documents``, ``language``, ``readability``) and
  ``checks``, which runs them all;
- ``pages``: the Wagtail glue (any page type to fragments to findings).
"""
