"""Spreadsheet exports that are safe to open: a spreadsheet program runs a
cell that starts like a formula, so a citizen's comment such as
``=HYPERLINK("http://evil.example", "Click")`` would become a live link (or
worse) on a staff member's computer (CSV / formula injection, OWASP)."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Written before the first line of a CSV file: Excel reads the file as
#: UTF-8 only when it starts with a byte-order mark; without it "é" shows as "Ã©".
UTF8_BOM = "\ufeff"


def neutralise(value):
    """The cell as a spreadsheet shows it as text: a string that starts like
    a formula gets a leading apostrophe. Other values (numbers, dates, None)
    are returned unchanged, so a negative number stays a number."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
