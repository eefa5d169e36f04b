"""Plain language: the analyser and everything built on it.

Layers, each importing only those above it in this list:
- the pure core, no Django inside (tokens, syllables, formulas, text_blocks,
  glossary, passive, findings, analysis): ``analyse`` is exported here;
- the Wagtail glue (``page_text``: a page's text; ``checking``: which glossary,
  thresholds and language apply to a page);
- ``models`` (glossary terms, per-site settings);
- what staff use: ``editor`` (the live check in the page editor),
  ``reports`` and ``hooks`` (admin registration).
The editor, the commands and the reports all call the same core, so staff,
scripts and auditors see the same figures.
"""

from .analysis import Analysis, SentenceReport, analyse

__all__ = ["Analysis", "SentenceReport", "analyse"]
