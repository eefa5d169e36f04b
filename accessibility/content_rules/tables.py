"""Tables a screen reader cannot read as tables: no header cells (each cell
is then read without its column name) or no caption (nothing says what the
table is before its cells are read)."""

from . import definitions as d
from .content import Table


def check(content):
    findings = []
    for fragment in content.fragments:
        if not isinstance(fragment, Table):
            continue
        if not fragment.has_header:
            findings.append(d.RULES[d.TABLE_NO_HEADER].finding(fragment.path, fragment.caption))
        if not fragment.caption.strip():
            findings.append(d.RULES[d.TABLE_NO_CAPTION].finding(fragment.path))
    return findings
